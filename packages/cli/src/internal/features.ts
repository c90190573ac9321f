/**
 * The text of the Gherkin feature files a report names, for ALM Octane's Gherkin runs. A report is untrusted: only
 * `.feature` files are read, and only inside the allowed roots (`--features-root`, the report's directory, the
 * working directory).
 */
import { readFileSync, statSync } from "node:fs"
import { dirname, isAbsolute, relative, resolve } from "node:path"

/** A feature file longer than this is no feature file: its text is rebuilt instead. */
const MAX_FEATURE_BYTES = 4 * 1024 * 1024

const inside = (root: string, path: string): boolean => {
  const r = relative(root, path)
  return r !== "" && !r.startsWith("..") && !isAbsolute(r)
}

/** Finds a feature file by the path a report wrote, relative to each allowed root in turn. */
export const featureTextFinder =
  (featuresRoot: string | undefined) => (file: string, source: string): string | undefined => {
    if (!file.endsWith(".feature")) return undefined
    const roots = [
      ...(featuresRoot === undefined ? [] : [resolve(featuresRoot)]),
      ...(source === "-" || source === "" ? [] : [dirname(resolve(source))]),
      process.cwd()
    ]
    for (const root of roots) {
      const path = resolve(root, file)
      if (!inside(root, path)) continue
      try {
        const stat = statSync(path)
        if (stat.isFile() && stat.size <= MAX_FEATURE_BYTES) return readFileSync(path, "utf8")
      } catch {
        // Not there: the next root.
      }
    }
    return undefined
  }
