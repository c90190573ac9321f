// What a new user runs into: pipes cut short, near-misses of our commands, malformed URLs.
import { describe, expect, it } from "@effect/vitest"
import { spawnSync } from "node:child_process"
import { chmodSync, mkdtempSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
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
  it("TESTOMATIO_URL without a scheme is a usage error at once", () => {
    const r = run(["push", "testomat", fixture("login.xml")], {
      env: { TESTOMATIO: "tstmt_x", TESTOMATIO_URL: "localhost:9" }
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("TESTOMATIO_URL")
    expect(r.stderr).toContain("https://localhost:9")
  }, 10_000)

  it("--url that is no URL is a usage error naming the flag", () => {
    const r = run(["testomat", "start", "--url", "not a url"], { env: { TESTOMATIO: "tstmt_x" } })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("--url")
  }, 10_000)

  it("OCTANE_URL without a scheme is a usage error at once", () => {
    const r = run(["push", "octane", fixture("login.xml")], {
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
  }, 10_000)
})
