// Every README example marked runnable (a fenced block whose info string is `ts runnable` or `js runnable`) runs as
// written: TypeScript stripped of its types, from a directory holding the report files the examples name, with the
// packages resolved as an installed project resolves them, against the loopback emulators of both services.
import { startOctaneEmulator } from "@tr/tooling/emulators/octane"
import { startTestomatEmulator } from "@tr/tooling/emulators/testomat"
import { transform } from "esbuild"
import { execFile } from "node:child_process"
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { fixture, run } from "./run.js"

const root = fileURLToPath(new URL("../../..", import.meta.url))
const cli = fileURLToPath(new URL("..", import.meta.url))

interface Example {
  readonly readme: string
  readonly line: number
  readonly language: "ts" | "js"
  readonly code: string
}

/** The runnable blocks of a README, with the line each starts on. */
const runnableBlocks = (readme: string, text: string): Array<Example> => {
  const examples: Array<Example> = []
  const lines = text.split("\n")
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|js) runnable\s*$/.exec(lines[i]!)
    if (open === null) continue
    const end = lines.indexOf("```", i + 1)
    examples.push({ readme, line: i + 1, language: open[1] as "ts" | "js", code: lines.slice(i + 1, end).join("\n") })
    i = end
  }
  return examples
}

const readmes = [
  join(root, "README.md"),
  ...readdirSync(join(root, "packages")).map((dir) => join(root, "packages", dir, "README.md"))
].flatMap((path) => {
  try {
    return [{ path, text: readFileSync(path, "utf8") }]
  } catch {
    return []
  }
})
const examples = readmes.flatMap(({ path, text }) => runnableBlocks(path.slice(root.length), text))

/** The report files the examples name, where they name them. */
const FILES: ReadonlyArray<readonly [string, string]> = [
  ["TEST-CartTest.xml", "login.xml"],
  ["junit.xml", "login.xml"],
  ["target/surefire-reports/TEST-CartTest.xml", "login.xml"],
  ["target/surefire-reports/testng-results.xml", "testng-results.xml"],
  ["TestResult.xml", "nunit3.xml"],
  ["results.xml", "xunit.xml"],
  ["TestResults/run.trx", "results.trx"],
  ["target/cucumber.json", "cucumber.json"],
  ["messages.ndjson", "messages.ndjson"],
  ["ctrf/ctrf-report.json", "ctrf.json"],
  ["results.tap", "results.tap"],
  ["output.xml", "output.xml"],
  ["go-test.json", "go-test.json"],
  ["playwright-report.json", "playwright.json"],
  ["allure-results/payment-result.json", "payment-result.json"],
  ["mocha.json", "mocha.json"],
  ["jest.json", "jest.json"],
  ["rspec.json", "rspec.json"]
]

/** A project directory whose `node_modules` holds what the cli package's does, and `test-results` itself. */
const project = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "tr-readme-"))
  const modules = join(dir, "node_modules")
  mkdirSync(modules)
  const link = (target: string, name: string) => {
    if (!existsSync(join(modules, name))) symlinkSync(target, join(modules, name))
  }
  for (const entry of readdirSync(join(cli, "node_modules"))) {
    if (entry.startsWith(".")) continue
    if (!entry.startsWith("@")) link(join(cli, "node_modules", entry), entry)
    else {
      mkdirSync(join(modules, entry))
      for (const inner of readdirSync(join(cli, "node_modules", entry))) {
        link(join(cli, "node_modules", entry, inner), `${entry}/${inner}`)
      }
    }
  }
  // Every package of the workspace, as a project that installed them has them (the CLI uses some only through others).
  for (const dir of readdirSync(join(root, "packages"))) {
    const name =
      (JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) as { name: string }).name
    mkdirSync(dirname(join(modules, name)), { recursive: true })
    link(join(root, "packages", dir), name)
  }
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "readme-examples", private: true, type: "module" }))
  for (const [path, from] of FILES) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    copyFileSync(fixture(from), join(dir, path))
  }
  copyFileSync(
    fileURLToPath(new URL("../../../tooling/src/emulators/octane-test-results.xsd", import.meta.url)),
    join(dir, "octane.xsd")
  )
  writeFileSync(join(dir, "run.ndjson"), run(["convert", fixture("login.xml")]).stdout)
  return dir
}

const runNode = (file: string, cwd: string, env: NodeJS.ProcessEnv) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [file],
      { cwd, env: { ...process.env, ...env }, encoding: "utf8", timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ status: error === null ? 0 : typeof error.code === "number" ? error.code : null, stdout, stderr })
    )
  })

describe("README examples marked runnable", () => {
  let testomat: Awaited<ReturnType<typeof startTestomatEmulator>>
  let octane: Awaited<ReturnType<typeof startOctaneEmulator>>
  let dir: string
  beforeAll(async () => {
    testomat = await startTestomatEmulator()
    octane = await startOctaneEmulator()
    dir = project()
  })
  afterAll(async () => {
    await testomat.close()
    await octane.close()
  })

  it("are found where they are promised: a Promise API, each sink, and the core's framing", () => {
    const where = new Set(examples.map((e) => e.readme))
    for (const readme of ["packages/cli/README.md", "packages/testomat/README.md", "packages/octane/README.md"]) {
      expect(where, readme).toContain(readme)
    }
    expect(examples.length).toBeGreaterThanOrEqual(10)
  })

  it.each(examples.map((e) => [`${e.readme}:${e.line}`, e] as const))("%s", async (_, example) => {
    const code = example.language === "ts"
      ? (await transform(example.code, { loader: "ts", format: "esm", target: "node20" })).code
      : example.code
    const file = join(dir, `example-${example.readme.replace(/\W+/g, "-")}-${example.line}.mjs`)
    writeFileSync(file, code)
    const runsBefore = new Set(testomat.runs.keys())
    const payloadsBefore = octane.payloads.length
    const ran = await runNode(file, dir, {
      TESTOMATIO: testomat.apiKey,
      TESTOMATIO_URL: testomat.url,
      OCTANE_URL: octane.url,
      OCTANE_SHARED_SPACE: octane.sharedSpace,
      OCTANE_WORKSPACE: octane.workspace,
      OCTANE_CLIENT_ID: octane.clientId,
      OCTANE_CLIENT_SECRET: octane.clientSecret
    })
    expect(ran.stderr).toBe("")
    expect(ran.status).toBe(0)
    // Every example shows what it did.
    expect(ran.stdout.trim()).not.toBe("")
    // A run an example opens is finished: the sinks finish a run only from a complete stream.
    const opened = [...testomat.runs.values()].filter((r) => !runsBefore.has(r.uid))
    for (const run of opened) {
      expect(run.tests.size).toBeGreaterThan(0)
      expect(run.status, `run ${run.uid} of ${example.readme}:${example.line}`).toBe("finished")
    }
    for (const payload of octane.payloads.slice(payloadsBefore)) expect(payload.runs.length).toBeGreaterThan(0)
  })
})
