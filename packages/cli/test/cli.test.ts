import { describe, expect, it } from "@effect/vitest"
import { spawnSync } from "node:child_process"
import { chmodSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { run, TEST_RESULTS, TR } from "./run.js"

const ESC = "\u001b["

describe("tr (built binary)", () => {
  it("prints its version", () => {
    const r = run(["--version"])
    expect(r.status).toBe(0)
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))
    expect(r.stdout.trim()).toBe(pkg.version)
  })

  for (const args of [["--help"], ["convert", "--help"], ["schema", "--help"]]) {
    it(`answers ${args.join(" ")} without colour when piped`, () => {
      const r = run(args)
      expect(r.status).toBe(0)
      expect(r.stdout).toContain("Usage: tr")
      expect(r.stdout).not.toContain(ESC)
    })
  }

  it("prints the published JSON Schema with tr schema", () => {
    const r = run(["schema"])
    expect(r.status).toBe(0)
    const published = readFileSync(new URL("../../core/tr-stream.schema.json", import.meta.url), "utf8")
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(published))
  })

  it("reports an invalid option value as a usage error", () => {
    const r = run(["convert", "--max-text", "lots"])
    expect(r.status).toBe(2)
  })

  it("never hands the long alias over to another tr", () => {
    const r = run(["a-c", "x-z"], { bin: TEST_RESULTS })
    expect(r.status).toBe(2)
  })
})

describe("tr as the POSIX character translator", () => {
  const ours = mkdtempSync(join(tmpdir(), "tr-path-"))
  symlinkSync(TR, join(ours, "tr"))
  chmodSync(TR, 0o755)
  const env = { ...process.env, PATH: `${ours}:${process.env["PATH"]}` }
  const shell = (script: string, input = "") => spawnSync("sh", ["-c", script], { env, input, encoding: "utf8" })

  it("finds ours first on PATH", () => {
    expect(shell("command -v tr").stdout.trim()).toBe(join(ours, "tr"))
    expect(shell("tr --version").stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it("still translates: echo abc | tr a-c x-z prints xyz", () => {
    const r = shell("echo abc | tr a-c x-z")
    expect(r.stdout).toBe("xyz\n")
    expect(r.status).toBe(0)
  })

  it("passes stdin, stdout and options through unchanged", () => {
    expect(shell("tr -d l", "hello world\n").stdout).toBe("heo word\n")
    expect(shell("tr -s ' '", "a   b\n").stdout).toBe("a b\n")
  })

  it("passes the other tr's exit status and error through", () => {
    const r = shell("tr -Q 2>&1; echo status=$?")
    expect(r.stdout).toMatch(/invalid option/)
    expect(r.stdout).toMatch(/status=1\n$/)
  })
})

describe("tr convert on a terminal", () => {
  it("shows a progress line with files, tests and MB/s on stderr", () => {
    const r = spawnSync("script", [
      "-qec",
      `"${process.execPath}" "${TR}" convert "${
        fileURLToPath(new URL("./fixtures/login.xml", import.meta.url))
      }" > /dev/null`,
      "/dev/null"
    ], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" }
    })
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/tr convert: \d+\/1 files, [\d,]+ tests?, [\d.]+ MB\/s/)
    expect(r.stdout).toMatch(/tr convert: 1 file, 3 tests/)
  })
})

const EVERY_COMMAND = [
  ["push"],
  ["push", "testomat"],
  ["push", "octane"],
  ["testomat", "start"],
  ["testomat", "finish"],
  ["octane", "xsd"]
]

describe("help of every command", () => {
  for (const command of EVERY_COMMAND) {
    const args = [...command, "--help"]
    it(`answers ${args.join(" ")}`, () => {
      const r = run(args)
      expect(r.status).toBe(0)
      expect(r.stdout).toContain(`Usage: tr ${command.join(" ")}`)
      expect(r.stdout).not.toContain(ESC)
    })
  }
})
