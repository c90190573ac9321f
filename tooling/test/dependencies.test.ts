import { ESLint } from "eslint"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { repoRoot } from "../src/shared.js"

// The dependency rules of the design, as the lint step enforces them on every package's source.
const eslint = new ESLint({ cwd: repoRoot })

/** The import rules an `import` of `specifier` breaks in a source file of `dir`. */
const broken = async (dir: string, specifier: string): Promise<Array<string>> => {
  const [result] = await eslint.lintText(`import * as M from "${specifier}"\n\nexport const m = M\n`, {
    filePath: join(repoRoot, "packages", dir, "src", "Probe.ts")
  })
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message)
}

describe("the dependency rules", () => {
  it.each([
    ["junit", "@tr/testomat/TestomatSink", "never reaches a service"],
    ["cucumber", "@tr/octane", "never reaches a service"],
    ["events", "undici", "never reaches a service"],
    ["testomat", "@tr/junit/JunitReader", "never reads a report format"],
    ["octane", "@tr/xml/XmlReader", "never reads a report format"],
    ["core", "@tr/xml/Attributes", "imports none of them"],
    ["nunit", "test-results/Cli", "never imports the CLI or the tooling"],
    ["octane", "@tr/tooling/emulators/octane", "never imports the CLI or the tooling"],
    ["core", "@effect/cli", "belong to packages/cli"]
  ])("a file of packages/%s may not import %s", async (dir, specifier, why) => {
    expect((await broken(dir, specifier)).join("\n")).toContain(why)
  })

  it.each([
    ["junit", "@tr/xml/XmlReader"],
    ["ctrf", "@tr/core/Canonical"],
    ["octane", "@tr/xsd"],
    ["testomat", "@tr/core/Transport"],
    ["cli", "@tr/testomat/TestomatSink"],
    ["cli", "@tr/junit/JunitReader"]
  ])("a file of packages/%s may import %s", async (dir, specifier) => {
    expect(await broken(dir, specifier)).toEqual([])
  })
})
