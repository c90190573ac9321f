/**
 * This package's version, for `--version`. Only Node built-ins: `tr --version` answers from here before anything
 * else of ours is loaded.
 */
import { existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

/** From the nearest package.json of test-results (this package) above this module, compiled or bundled. */
export const findVersion = (): string => {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (true) {
    const candidate = join(dir, "package.json")
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, "utf8")) as { name?: string; version?: string }
      if (pkg.name === "test-results" && pkg.version !== undefined) return pkg.version
    }
    const parent = dirname(dir)
    if (parent === dir) return "0.0.0-unknown"
    dir = parent
  }
}
