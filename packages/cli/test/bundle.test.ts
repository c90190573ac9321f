import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { describe, expect, it } from "vitest"
import { TEST_RESULTS } from "./run.js"

// `from "./x.js"` and `import "./x.js"`, minified or not; `import("./x.js")` is not static.
const STATIC_IMPORT = /\b(?:from|import)\s*"(\.\.?\/[^"]+)"/g

/** The files Node loads when it loads `entry`: its static imports, followed, not its `import()` calls. */
const staticGraph = (entry: string): Set<string> => {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const match of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) visit(join(dirname(file), match[1]!))
  }
  visit(entry)
  return seen
}

const pushChunk = (name: string) => {
  const source = readFileSync(TEST_RESULTS, "utf8")
  const path = source.match(new RegExp(`import\\("(\\./chunks/${name}-[^"]+)"\\)`))?.[1]
  expect(path, `test-results.js loads ${name} on demand`).toBeDefined()
  return join(dirname(TEST_RESULTS), path!)
}

// undici's error codes: the bundle keeps no comments, so no paths, but these strings stay.
const UNDICI = "UND_ERR_"
const holds = (files: Set<string>, marker: string) =>
  [...files].some((file) => readFileSync(file, "utf8").includes(marker))

describe("the bundled binary", () => {
  it("starts tr convert without the HTTP client: undici is loaded by the push commands only", () => {
    expect(staticGraph(TEST_RESULTS).size).toBeGreaterThan(2)
    expect(holds(staticGraph(TEST_RESULTS), UNDICI)).toBe(false)
    expect(holds(staticGraph(pushChunk("pushTestomat")), UNDICI)).toBe(true)
    expect(holds(staticGraph(pushChunk("pushOctane")), UNDICI)).toBe(true)
  })
})
