/**
 * Paths of test files as reports write them: runners that write absolute paths (Jest, Vitest, Mocha) name the same
 * file differently on every machine, so a reader given the project's root writes them relative to it.
 *
 * @since 0.2.0
 */

const slashes = (path: string): string => path.replaceAll("\\", "/")

/**
 * A file's path relative to `root` when it lies under it (Windows or POSIX separators alike, the result with `/`), a
 * leading `./` left out; any other path as written.
 *
 * @example
 * import * as FilePath from "@tr/core/FilePath"
 * FilePath.relativeTo("/ci/app/src/a.test.ts", "/ci/app") // "src/a.test.ts"
 * FilePath.relativeTo("./spec/a_spec.rb", undefined) // "spec/a_spec.rb"
 * FilePath.relativeTo("/elsewhere/a.test.ts", "/ci/app") // "/elsewhere/a.test.ts"
 *
 * @since 0.2.0
 * @category paths
 */
export const relativeTo = (file: string, root: string | undefined): string => {
  if (file.startsWith("./")) return file.slice(2)
  if (root === undefined || root === "") return file
  const base = slashes(root).replace(/\/+$/, "")
  const path = slashes(file)
  // Windows drive letters differ in case from one tool to the next (`c:\` and `C:\`).
  const windows = /^[a-z]:\//i.test(base)
  const under = windows ? path.toLowerCase().startsWith(base.toLowerCase() + "/") : path.startsWith(base + "/")
  return under ? path.slice(base.length + 1) : file
}
