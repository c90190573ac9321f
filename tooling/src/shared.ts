/**
 * Where the shared material (`../shared`: corpus, XSD, API notes) sits beside the project. Tests that need it skip
 * with a message when it is absent, as in a user's clone.
 */
import { existsSync } from "node:fs"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

/** The repository root. */
export const repoRoot: string = resolve(fileURLToPath(new URL("../..", import.meta.url)))

/** `../shared`, or `TR_SHARED_DIR`, when it exists. */
export const sharedDir = (): string | undefined => {
  const dir = process.env["TR_SHARED_DIR"] ?? join(repoRoot, "..", "shared")
  return existsSync(join(dir, "corpus")) ? dir : undefined
}

/** The message a skipped test gives when the shared material is absent. */
export const SKIP_MESSAGE = "../shared is absent (a user's clone): corpus and XSD tests are skipped"

/** Path of a corpus file, e.g. `corpus("junit-jest/dorny__jest-junit.xml")`. */
export const corpus = (relative: string): string => join(sharedDir() ?? "", "corpus", relative)
