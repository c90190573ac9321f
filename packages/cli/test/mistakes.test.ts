// What a new user runs into: pipes cut short, near-misses of our commands, malformed URLs.
import { describe, expect, it } from "@effect/vitest"
import { type OctaneEmulator, octaneEnv, startOctaneEmulator } from "@tr/tooling/emulators/octane"
import { spawn, spawnSync } from "node:child_process"
import { chmodSync, mkdtempSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll } from "vitest"
import { inProcess } from "./inProcess.js"
import { fixture, run, TR } from "./run.js"
import { sh } from "./spawn.js"

describe("a reader of stdout that goes away", () => {
  it("tr convert FILE | head -2: exit 141 as for a directory, and no stack trace", async () => {
    for (const input of [fixture("login.xml"), join(fixture("login.xml"), "..")]) {
      const r = await sh(`($TR convert "${input}"; echo "status=$?" >&2) | head -2 >/dev/null`)
      expect(r.stderr).not.toMatch(/EPIPE|node:events| {4}at /)
      expect(r.stderr).toMatch(/status=141/)
    }
  })
})

/** Runs the built `tr` with a stdout whose reader is gone before `tr` has started: its first write fails, always. */
const toClosedReader = (args: ReadonlyArray<string>, env: NodeJS.ProcessEnv = {}) =>
  new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [TR, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"]
    })
    child.stdout.destroy()
    let stderr = ""
    child.stderr.on("data", (d) => (stderr += d))
    child.on("error", reject)
    child.on("close", (status) => resolve({ status, stderr }))
  })

describe("a reader of stdout that goes away, for every command that writes to stdout", () => {
  let e: OctaneEmulator
  beforeAll(async () => {
    // Larger than a pipe holds: head -3 leaves while tr is still writing.
    e = await startOctaneEmulator({
      xsd: `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n` +
        `${"<!-- a long schema -->\n".repeat(20_000)}</xs:schema>\n`
    })
  })
  afterAll(() => e.close())
  const octane = () => ({
    ...octaneEnv(e)
  })

  it("tr octane xsd | head -3: exit 141, and no stack trace", async () => {
    const r = await sh(`($TR octane xsd; echo "status=$?" >&2) | head -3`, octane())
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      `<?xml version="1.0"?>`,
      `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">`
    ])
    expect(r.stderr).not.toMatch(/EPIPE|node:events| {4}at /)
    expect(r.stderr).toMatch(/status=141/)
  })

  for (
    const [args, env] of [
      [["octane", "xsd"], true],
      [["--version"], false],
      [["schema"], false],
      [["--help"], false],
      [["convert", fixture("login.xml")], false]
    ] as const
  ) {
    it(`tr ${args.map((a) => (a.includes("/") ? "FILE" : a)).join(" ")} to a reader already gone: exit 141, quietly`, async () => {
      const r = await toClosedReader(args, env ? octane() : {})
      expect(r.stderr).not.toMatch(/EPIPE|node:events| {4}at /)
      expect(r.status).toBe(141)
    })
  }
})

describe("near-misses of our commands", () => {
  const ours = mkdtempSync(join(tmpdir(), "tr-path-"))
  symlinkSync(TR, join(ours, "tr"))
  chmodSync(TR, 0o755)
  const env = { ...process.env, PATH: `${ours}:${process.env["PATH"]}` }
  const shell = (script: string, input = "") => spawnSync("sh", ["-c", script], { env, input, encoding: "utf8" })

  for (
    const [typed, meant] of [
      ["convrt", "convert"],
      ["covnert", "convert"],
      ["pussh", "push"],
      ["psuh", "push"],
      ["shema", "schema"],
      ["testomt", "testomat"],
      ["octan", "octane"]
    ] as const
  ) {
    it(`tr ${typed} is a usage error suggesting tr ${meant}`, () => {
      const r = run([typed, "results/"])
      expect(r.status).toBe(2)
      expect(r.stderr).toContain(`did you mean "tr ${meant}"`)
    })
  }

  it("real POSIX calls still pass through unchanged", () => {
    expect(shell("tr a-z A-Z", "hello\n").stdout).toBe("HELLO\n")
    expect(shell("tr -d '\\r'", "a\r\nb\r\n").stdout).toBe("a\nb\n")
    expect(shell("tr -s ' '", "a   b\n").stdout).toBe("a b\n")
    expect(shell("tr '[:lower:]' '[:upper:]'", "abc\n").stdout).toBe("ABC\n")
    // Words are sets too: far from every command name, they stay POSIX calls.
    expect(shell("tr abc xyz", "aabbcc\n").stdout).toBe("xxyyzz\n")
    expect(shell("tr post pots", "stop\n").stdout).toBe("tsop\n")
  })
})

describe("malformed service URLs", () => {
  it("TESTOMATIO_URL without a scheme is a usage error at once", async () => {
    const r = await inProcess(["push", "testomat", fixture("login.xml")], {
      env: { TESTOMATIO: "tstmt_x", TESTOMATIO_URL: "localhost:9" }
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("TESTOMATIO_URL")
    expect(r.stderr).toContain("https://localhost:9")
  })

  it("--url that is no URL is a usage error naming the flag", async () => {
    const r = await inProcess(["testomat", "start", "--url", "not a url"], { env: { TESTOMATIO: "tstmt_x" } })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("--url")
  })

  it("OCTANE_URL without a scheme is a usage error at once", async () => {
    const r = await inProcess(["push", "octane", fixture("login.xml")], {
      env: {
        OCTANE_URL: "octane.example:8080",
        OCTANE_SHARED_SPACE: "1001",
        OCTANE_WORKSPACE: "1002",
        OCTANE_CLIENT_ID: "id",
        OCTANE_CLIENT_SECRET: "secret"
      }
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("OCTANE_URL")
  })
})
