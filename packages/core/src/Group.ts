/**
 * The group a test is shown under (`group`) and where that group lives (`namespace`), from the names a report gives:
 * readers use it to fill the canonical fields, and sinks to fall back on for records that lack them.
 *
 * @since 0.2.0
 */

/**
 * @since 0.2.0
 * @category models
 */
export interface Group {
  readonly group: string
  readonly namespace?: string
}

const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|php|rb|go|rs|cs|fs|vb|java|kt|kts|scala|groovy|swift|dart|feature|robot)$/i

/**
 * Whether a name ends like a source file (`login.spec.ts`, `test_login.py`).
 *
 * @since 0.2.0
 * @category predicates
 */
export const isSourceFile = (name: string): boolean => SOURCE_FILE.test(name)

/**
 * Whether a name is a path to a source file (`auth/login.spec.ts`, `tests\\test_a.py`, `login.spec.ts`) rather than a
 * dotted class name.
 *
 * @since 0.2.0
 * @category predicates
 */
export const isPath = (name: string): boolean => /[/\\]/.test(name) || SOURCE_FILE.test(name)

/**
 * A file as a group: the file's name in its folder (`auth/login.spec.ts` → `login.spec.ts` in `auth`). A file name is
 * never split at a dot: its extension is no class.
 *
 * @example
 * import * as Group from "@tr/core/Group"
 * Group.fromFile("e2e/auth/login.spec.ts") // { group: "login.spec.ts", namespace: "e2e/auth" }
 *
 * @since 0.2.0
 * @category constructors
 */
export const fromFile = (file: string): Group => {
  const trimmed = file.replace(/[/\\]+$/, "")
  const cut = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("\\"))
  if (cut <= 0) return { group: trimmed === "" ? file : trimmed }
  return { group: trimmed.slice(cut + 1), namespace: trimmed.slice(0, cut) }
}

/**
 * A class name as a group: a dotted name is split at its last dot (`com.acme.LoginTest` → `LoginTest` in `com.acme`),
 * a file path as a file, anything else (`Login form`) is a group of its own.
 *
 * @example
 * import * as Group from "@tr/core/Group"
 * Group.fromClassName("com.acme.LoginTest") // { group: "LoginTest", namespace: "com.acme" }
 * Group.fromClassName("auth/login.spec.ts") // { group: "login.spec.ts", namespace: "auth" }
 *
 * @since 0.2.0
 * @category constructors
 */
export const fromClassName = (className: string): Group => {
  if (isPath(className)) return fromFile(className)
  const dot = className.lastIndexOf(".")
  if (dot <= 0 || dot === className.length - 1 || /\s/.test(className)) return { group: className }
  return { group: className.slice(dot + 1), namespace: className.slice(0, dot) }
}

/**
 * The group of a test record: the one its reader stated, else one derived from its class name, else its innermost
 * suite (for records of producers that do not state one).
 *
 * @since 0.2.0
 * @category constructors
 */
export const of = (
  test: {
    readonly group?: string | undefined
    readonly namespace?: string | undefined
    readonly className?: string | undefined
    readonly suite: ReadonlyArray<string>
  }
): Group | undefined => {
  if (test.group !== undefined) {
    return test.namespace === undefined ? { group: test.group } : { group: test.group, namespace: test.namespace }
  }
  if (test.className !== undefined && test.className !== "") return fromClassName(test.className)
  // A suite's name is whole (`App.Tests.dll` is no class `dll` in `App.Tests`).
  const suite = test.suite.at(-1)
  return suite === undefined || suite === "" ? undefined : { group: suite }
}

/**
 * Writes a group into a record being built: `group` and `namespace` from the group given (nothing when it is
 * `undefined`), or, called with the record alone, from `of(record)` (its class name, else its innermost suite). A
 * namespace already on the record stays when the group has none.
 *
 * @example
 * import * as Group from "@tr/core/Group"
 * const record = { suite: ["App.Tests.dll"], className: "App.Tests.CalcTests" }
 * Group.fill(record) // record.group === "CalcTests", record.namespace === "App.Tests"
 *
 * @since 0.2.0
 * @category mutations
 */
export const fill = (
  record: {
    group?: string | undefined
    namespace?: string | undefined
    readonly className?: string | undefined
    readonly suite: ReadonlyArray<string>
  },
  ...given: [] | [group: Group | undefined]
): void => {
  const group = given.length === 0 ? of(record) : given[0]
  if (group === undefined) return
  record.group = group.group
  if (group.namespace !== undefined) record.namespace = group.namespace
}
