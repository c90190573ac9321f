import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { describe, expect, it } from "vitest"
import { TEST_RESULTS } from "./run.js"

const STATIC_IMPORT = /^(?:import|export)\b[^"]*?"(\.\.?\/[^"]+)";?$/gm

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

const bundles = (files: Set<string>, pkg: string) =>
  [...files].some((file) => readFileSync(file, "utf8").includes(`/node_modules/${pkg}/`))

describe("the bundled binary", () => {
  it("starts tr convert without the HTTP client: undici is loaded by the push commands only", () => {
    expect(bundles(staticGraph(TEST_RESULTS), "undici")).toBe(false)
    expect(bundles(staticGraph(pushChunk("pushTestomat")), "undici")).toBe(true)
    expect(bundles(staticGraph(pushChunk("pushOctane")), "undici")).toBe(true)
  })
})
