import { startOctaneEmulator } from "@tr/tooling/emulators/octane"
import { startTestomatEmulator } from "@tr/tooling/emulators/testomat"
import { execFile, execFileSync } from "node:child_process"
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"
import { parse } from "yaml"
import { lines } from "./run.js"
import { sh } from "./spawn.js"

const root = fileURLToPath(new URL("../../..", import.meta.url))
const version = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string })
  .version

/** Bytes of every file below `path`. */
const size = (path: string): number =>
  statSync(path).isDirectory()
    ? readdirSync(path).reduce((sum, entry) => sum + size(join(path, entry)), 0)
    : statSync(path).size

// npm as a user runs it: none of the settings pnpm passes to its scripts, a cache of its own, and offline, so that
// anything the tarball failed to bring along fails the install instead of coming from the registry.
const npmEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)))

/** Runs a program to its end without blocking the test's event loop. */
const run = (command: string, args: ReadonlyArray<string>, options: { cwd: string; env?: NodeJS.ProcessEnv }) =>
  new Promise<{ status: number | null; output: string }>((resolve) => {
    execFile(
      command,
      args,
      { ...options, encoding: "utf8", timeout: 600_000, maxBuffer: 16 * 1024 * 1024 },
      (e, o, r) => resolve({ status: e === null ? 0 : typeof e.code === "number" ? e.code : null, output: o + r })
    )
  })

const tarball = join(root, "dist", "test-results.tgz")

interface Action {
  readonly inputs: Record<string, { readonly default?: string }>
  readonly runs: {
    readonly steps: ReadonlyArray<
      { readonly name: string; readonly shell: string; readonly env?: Record<string, string>; readonly run: string }
    >
  }
}

describe("the packed CLI, installed alone", () => {
  beforeAll(async () => {
    const packaged = await run("pnpm", ["package"], { cwd: root })
    expect(packaged.status, packaged.output).toBe(0)
  }, 900_000)

  it("installs from its tarball into an empty prefix with nothing else, and runs from an empty directory", async () => {
    const work = mkdtempSync(join(tmpdir(), "tr-install-"))
    const prefix = join(work, "prefix")
    const empty = join(work, "empty")
    mkdirSync(empty)
    const cache = join(work, "npm-cache")
    const installed = await run(
      "npm",
      ["install", "--global", "--prefix", prefix, "--cache", cache, "--offline", "--no-audit", "--no-fund", tarball],
      { cwd: empty, env: npmEnv }
    )
    expect(installed.status, installed.output).toBe(0)

    const manifest = JSON.parse(readFileSync(join(prefix, "lib/node_modules/test-results/package.json"), "utf8"))
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(Object.keys(manifest.scripts ?? {}).filter((s) => /install|prepare/.test(s))).toEqual([])
    expect(size(prefix)).toBeLessThan(25 * 1024 * 1024)
    expect(readdirSync(empty)).toEqual([])

    const report = join(work, "report.xml")
    copyFileSync(join(root, "examples", "web-ui.xml"), report)
    const emulator = await startTestomatEmulator()
    const octane = await startOctaneEmulator()
    try {
      const env = {
        PATH: `${join(prefix, "bin")}:${process.env["PATH"]}`,
        TESTOMATIO: emulator.apiKey,
        TESTOMATIO_URL: emulator.url
      }
      const inEmpty = (script: string, input?: string) => sh(`cd "${empty}" && ${script}`, env, input)

      expect((await inEmpty("command -v tr")).stdout.trim()).toBe(join(prefix, "bin", "tr"))
      const versioned = await inEmpty("tr --version")
      expect(versioned.status).toBe(0)
      expect(versioned.stdout.trim()).toBe(version)

      const converted = await inEmpty(`tr convert "${report}"`)
      expect(converted.status, converted.stderr).toBe(0)
      const records = lines(converted.stdout)
      expect(records.filter((r) => r.type === "test")).toHaveLength(5)
      expect(records.at(-1)).toMatchObject({ type: "end" })

      const pushed = await inEmpty(`test-results push testomat "${report}" --title installed --json`)
      expect(pushed.status, pushed.stderr).toBe(0)
      expect(JSON.parse(pushed.stdout)).toMatchObject({ read: 5, delivered: 5, finished: true })
      expect([...emulator.runs.values()].map((run) => [run.created["title"], run.tests.size])).toEqual([
        ["installed", 5]
      ])
      expect(readFileSync(join(prefix, "lib/node_modules/test-results/dist/PromiseApi.d.ts"), "utf8")).not.toMatch(
        /from "(@tr|effect)/
      )

      // xmllint's WebAssembly came along: each Octane payload is checked against the server's XSD before it is sent.
      const toOctane = await inEmpty(
        `OCTANE_URL=${octane.url} OCTANE_SHARED_SPACE=${octane.sharedSpace} OCTANE_WORKSPACE=${octane.workspace} ` +
          `OCTANE_CLIENT_ID=${octane.clientId} OCTANE_CLIENT_SECRET=${octane.clientSecret} ` +
          `tr push octane "${report}" --server-id ci --job-id installed --build-id 1 --json`
      )
      expect(toOctane.status, toOctane.stderr).toBe(0)
      expect(JSON.parse(toOctane.stdout)).toMatchObject({ read: 5, accepted: 5 })
      expect(octane.payloads).toHaveLength(1)

      expect(await inEmpty("echo abc | tr a-c x-z")).toMatchObject({ status: 0, stdout: "xyz\n" })
      expect(readdirSync(empty)).toEqual([])

      // The Promise API, imported by a project that installed the package as a dependency.
      const project = join(work, "project")
      mkdirSync(project)
      writeFileSync(join(project, "package.json"), JSON.stringify({ name: "project", private: true, type: "module" }))
      const local = await run(
        "npm",
        ["install", "--cache", cache, "--offline", "--no-audit", "--no-fund", tarball],
        { cwd: project, env: npmEnv }
      )
      expect(local.status, local.output).toBe(0)
      writeFileSync(
        join(project, "push.js"),
        `import { convertFile, pushToTestomat } from "test-results"\n` +
          `const s = await pushToTestomat(convertFile(${JSON.stringify(report)}), ` +
          `{ apiKey: process.env.TESTOMATIO, url: process.env.TESTOMATIO_URL, title: "from a program" })\n` +
          `console.log(JSON.stringify(s))\n`
      )
      const program = await sh(`cd "${project}" && node push.js`, env)
      expect(program.status, program.stderr).toBe(0)
      expect(JSON.parse(program.stdout)).toMatchObject({ read: 5, delivered: 5, finished: true })
      expect(existsSync(join(project, "node_modules", "test-results", "dist", "PromiseApi.d.ts"))).toBe(true)
    } finally {
      await emulator.close()
      await octane.close()
    }
    expect(execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })).toContain(
      "bin/node_modules/xmllint-wasm/xmllint.wasm"
    )
  }, 300_000)

  it("runs the GitHub Action's steps as a runner would: installs the packed CLI, pushes a glob, sets its outputs", async () => {
    const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as Action
    const work = mkdtempSync(join(tmpdir(), "tr-action-"))
    const prefix = join(work, "prefix")
    mkdirSync(join(work, "reports", "nested"), { recursive: true })
    copyFileSync(join(root, "examples", "web-ui.xml"), join(work, "reports", "web-ui.xml"))
    copyFileSync(join(root, "examples", "checkout-service.xml"), join(work, "reports", "nested", "checkout.xml"))
    const outputs = join(work, "github-output")
    writeFileSync(outputs, "")
    const emulator = await startTestomatEmulator()
    try {
      const given: Record<string, string> = {
        service: "testomat",
        files: "reports/**/*.xml",
        package: join(root, "dist", "test-results.tgz"),
        url: emulator.url,
        "api-key": emulator.apiKey,
        title: "from the action"
      }
      const input = (name: string) => given[name] ?? action.inputs[name]?.default ?? ""
      // The only expressions the action may use: its inputs.
      const expand = (text: string) =>
        text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => input(name)).replace(
          /\$\{\{[^}]*\}\}/g,
          (e) => {
            throw new Error(`action.yml uses ${e}, which this test does not provide`)
          }
        )
      for (const step of action.runs.steps) {
        expect(step.shell).toBe("bash")
        const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))]))
        const ran = await run("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run], {
          cwd: work,
          env: {
            ...npmEnv,
            ...env,
            PATH: `${join(prefix, "bin")}:${process.env["PATH"]}`,
            NPM_CONFIG_PREFIX: prefix,
            NPM_CONFIG_CACHE: join(work, "npm-cache"),
            NPM_CONFIG_OFFLINE: "true",
            GITHUB_OUTPUT: outputs
          }
        })
        expect(ran.status, `${step.name}: ${ran.output}`).toBe(0)
      }
      const written = readFileSync(outputs, "utf8")
      expect(written).toMatch(/^exit-code=0$/m)
      const summary = JSON.parse(written.match(/^summary<<(\S+)\n([\s\S]*?)\n\1$/m)![2]!)
      expect(summary).toMatchObject({ read: 11, delivered: 11, finished: true })
      expect([...emulator.runs.values()].map((r) => [r.created["title"], r.tests.size])).toEqual([[
        "from the action",
        11
      ]])
    } finally {
      await emulator.close()
    }
  })
})
