import * as Ndjson from "@tr/core/Ndjson"
import { startTestomatEmulator, type TestomatEmulator } from "@tr/tooling/emulators/testomat"
import { HOSTILE, type HostileName, writeHostile } from "@tr/tooling/hostile"
import { spawn } from "node:child_process"
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { fixture, lines, TR } from "./run.js"

/**
 * Hostile inputs through the built binary: one token of a report far longer than any real one must not take `tr`'s
 * memory with it. Each file's long token is 12 MB, which took sax to 500 MB and more (a 200 MB one to a V8 abort), and
 * a 100 MB JSON string to 426–813 MB; `tr` reads them in the memory of any other conversion.
 */
const work = mkdtempSync(join(tmpdir(), "tr-hostile-"))
const KEY = "tstmt_hostile_key"
let emulator: TestomatEmulator
beforeAll(async () => {
  emulator = await startTestomatEmulator({ apiKey: KEY })
})
afterAll(async () => {
  await emulator.close()
  rmSync(work, { recursive: true, force: true })
})

/** Preloaded into `tr`: writes its peak resident memory (KiB) when it exits. */
const PEAK = join(work, "peak.mjs")
writeFileSync(
  PEAK,
  `import { writeFileSync } from "node:fs"
process.on("exit", () => writeFileSync(process.env.TR_PEAK_FILE, String(process.resourceUsage().maxRSS)))\n`
)

/** Peak resident memory of one conversion, in MB; the usual bound of a conversion whatever its input. */
const BOUND_MB = 150
/** The same for a push, which holds requests in flight too (~125 MB with a stream of one test). */
const PUSH_BOUND_MB = 200
const TOKEN_BYTES = 12 * 1024 * 1024

interface Ran {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
  readonly peakMb: number
}

/** Runs the built `tr` with `args`, its stdin the file `input` if given, and measures its peak memory. */
const tr = (args: ReadonlyArray<string>, input?: string): Promise<Ran> =>
  new Promise((resolve, reject) => {
    const peakFile = join(work, `peak-${Math.random()}`)
    const stdin = input === undefined ? "ignore" : openSync(input, "r")
    const child = spawn(process.execPath, ["--import", PEAK, TR, ...args], {
      env: { ...process.env, NO_COLOR: "1", TR_PEAK_FILE: peakFile, TESTOMATIO: KEY, TESTOMATIO_URL: emulator.url },
      stdio: [stdin, "pipe", "pipe"]
    })
    if (typeof stdin === "number") closeSync(stdin)
    let stdout = ""
    let stderr = ""
    child.stdout!.on("data", (d) => (stdout += d))
    child.stderr!.on("data", (d) => (stderr += d))
    child.on("error", reject)
    child.on("close", (status) => {
      let peakMb = Infinity
      try {
        peakMb = Number(readFileSync(peakFile, "utf8")) / 1024
      } catch {
        // No figure: the process died before its exit handler (an out-of-memory abort).
      }
      resolve({ status, stdout, stderr, peakMb })
    })
  })

const named = (format: string) =>
  (Object.keys(HOSTILE) as Array<HostileName>).filter((name) => HOSTILE[name].format === format)

const hostile = (name: HostileName, bytes = TOKEN_BYTES) => {
  const path = join(work, `${name}.${HOSTILE[name].format === "junit" ? "xml" : "json"}`)
  return { path, recipe: writeHostile(path, name, bytes) }
}

const titles = (stdout: string) => lines(stdout).filter((r) => r.type === "test").map((r) => r["title"] as string)

/** Every field under the cap (1 MiB characters), so every line of the stream well under 3 MB. */
const longestLine = (stdout: string) => Math.max(...stdout.split("\n").map((l) => l.length))

describe("an XML report with one token longer than any real one", () => {
  it.each(named("junit"))("%s: the tests around it kept, the problem said, memory bounded", async (name) => {
    const { path, recipe } = hostile(name)
    const { peakMb, status, stderr, stdout } = await tr(["convert", path])
    const records = lines(stdout)
    expect(titles(stdout)[0]).toBe("before")
    if (recipe.afterKept) expect(titles(stdout).at(-1)).toBe("after")
    expect(records.at(-1)?.type).toBe("end")
    expect(longestLine(stdout)).toBeLessThan(3 * 1024 * 1024)
    expect(peakMb).toBeLessThan(BOUND_MB)
    if (name === "xml-cdata") {
      // Text is a field under the cap, as it always was: kept start and end, the cut recorded, no error.
      expect(status).toBe(0)
    } else {
      expect(status).toBe(3)
      const problems = records.filter((r) => r.type === "diagnostic" && r["severity"] === "error")
      expect(problems.length).toBeGreaterThan(0)
      expect(problems.every((p) => typeof p["line"] === "number")).toBe(true)
      expect(stderr).toMatch(new RegExp(`${name}\\.xml:\\d+:\\d+: error: .*\\[(token-too-long|too-many-attributes)\\]`))
    }
  }, 120_000)
})

describe("a CTRF report with one string longer than any real one", () => {
  it.each(named("ctrf"))("%s: kept start and end, the cut recorded, memory bounded", async (name) => {
    const { path } = hostile(name)
    const { peakMb, status, stdout } = await tr(["convert", path])
    expect(status).toBe(0)
    const tests = lines(stdout).filter((r) => r.type === "test")
    expect(tests.map((t) => (t["title"] as string).slice(0, 6))).toEqual([
      "before",
      name === "ctrf-title" ? "xxxxxx" : "long",
      "after"
    ])
    expect(tests[1]!["truncated"]).toEqual([{
      field: name === "ctrf-title" ? "title" : "failures",
      length: TOKEN_BYTES
    }])
    expect(longestLine(stdout)).toBeLessThan(3 * 1024 * 1024)
    expect(peakMb).toBeLessThan(BOUND_MB)
  }, 120_000)
})

describe("a Playwright JSON report with one string longer than any real one", () => {
  it.each(named("playwright"))("%s: kept start and end, the cut recorded, memory bounded", async (name) => {
    const { path } = hostile(name)
    const { peakMb, status, stdout } = await tr(["convert", path])
    expect(status).toBe(0)
    const tests = lines(stdout).filter((r) => r.type === "test")
    expect(tests.map((t) => [t["title"], t["status"]])).toEqual([
      ["before", "passed"],
      ["long", "failed"],
      ["after", "passed"]
    ])
    // An inline attachment is no file: only named, its length said.
    expect(tests[1]!["truncated"]).toEqual([{
      field: name === "playwright-error" ? "failures" : "attachments",
      length: TOKEN_BYTES
    }])
    if (name === "playwright-attachment-body") {
      expect(tests[1]!["attributes"]).toMatchObject({
        inlineAttachments: `shot (image/png, ${TOKEN_BYTES * 3 / 4} bytes)`
      })
    }
    expect(longestLine(stdout)).toBeLessThan(3 * 1024 * 1024)
    expect(peakMb).toBeLessThan(BOUND_MB)
  }, 120_000)
})

describe("a Cucumber JSON report with one string longer than any real one", () => {
  // 40 MB: a scenario read whole with a 12 MB string stays under the bound (~145 MB), one with 40 MB does not (~240 MB).
  const bytes = 40 * 1024 * 1024
  it.each(named("cucumber"))("%s: kept start and end, the cut recorded, memory bounded", async (name) => {
    const { path } = hostile(name, bytes)
    const { peakMb, status, stdout } = await tr(["convert", path])
    expect(status).toBe(0)
    const tests = lines(stdout).filter((r) => r.type === "test")
    expect(tests.map((t) => t["title"])).toEqual(["before", "long", "after"])
    // An embedded file is no field of a test: cut while scanning, it leaves no record.
    expect(tests[1]!["truncated"]).toEqual(
      name === "cucumber-error" ? [{ field: "failures", length: bytes }] : undefined
    )
    // The failing step's error is the test's message, its stack and the step's error: three capped fields, so the
    // line stays under the stream's own line limit, which a push reads back.
    expect(longestLine(stdout)).toBeLessThan(Ndjson.DEFAULT_MAX_LINE)
    expect(peakMb).toBeLessThan(BOUND_MB)
  }, 120_000)
})

describe("a Mocha, Jest or RSpec JSON report with one string longer than any real one", () => {
  // 40 MB: memory that followed the string would cross the bound.
  const bytes = 40 * 1024 * 1024
  it.each(["mocha-json-error", "jest-json-failure", "rspec-json-backtrace"] as const)(
    "%s: kept start and end, the cut recorded, memory bounded",
    async (name) => {
      const { path } = hostile(name, bytes)
      const { peakMb, status, stdout } = await tr(["convert", path])
      expect(status).toBe(0)
      const records = lines(stdout)
      expect(records.find((r) => r.type === "source")?.["format"]).toBe(HOSTILE[name].format)
      const tests = records.filter((r) => r.type === "test")
      expect(tests.map((t) => t["title"])).toEqual(["before", "long", "after"])
      expect(tests[1]!["truncated"]).toEqual([{ field: "failures", length: bytes }])
      expect(longestLine(stdout)).toBeLessThan(3 * 1024 * 1024)
      expect(peakMb).toBeLessThan(BOUND_MB)
    },
    120_000
  )
})

describe("a Jest JSON report of many test files", () => {
  it("jest-json-many-files: every test read, in the memory of one file", async () => {
    const { path } = hostile("jest-json-many-files", 24 * 1024 * 1024)
    const { peakMb, status, stderr } = await tr(["convert", path])
    expect(status).toBe(0)
    // Ten tests a file result of about 1.2 KB, and the last file's one.
    const summary = /1 file, ([\d,]+) tests \(\1 passed, 0 failed, 0 skipped\), 0 errors, 0 warnings/.exec(stderr)
    expect(summary, stderr).not.toBeNull()
    const tests = Number(summary![1]!.replaceAll(",", ""))
    expect(tests).toBeGreaterThan(150_000)
    expect(tests % 10).toBe(1)
    expect(peakMb).toBeLessThan(BOUND_MB)
  }, 300_000)
})

describe("a Cucumber Messages stream with an attachment larger than any line it reads", () => {
  it("counts it as not carried, reads every test, memory bounded", async () => {
    // A 40 MB screenshot, embedded as base64 after the first test case started: parsed whole, it took 226 MB.
    const messages = readFileSync(fixture("messages.ndjson"), "utf8").split("\n")
    const started = messages.findIndex((l) => l.startsWith(`{"testCaseStarted"`))
    const path = join(work, "attachment.ndjson")
    const body = "A".repeat(40 * 1024 * 1024)
    writeFileSync(
      path,
      [
        ...messages.slice(0, started + 1),
        `{"attachment":{"testCaseStartedId":"x1","mediaType":"image/png","contentEncoding":"BASE64","body":"${body}"}}`,
        ...messages.slice(started + 1)
      ].join("\n")
    )
    const whole = await tr(["convert", fixture("messages.ndjson")])
    const { peakMb, status, stderr, stdout } = await tr(["convert", path])
    expect(status).toBe(whole.status)
    expect(titles(stdout)).toEqual(titles(whole.stdout))
    expect(stderr).not.toContain("line-too-long")
    expect(stderr).toContain("attachments-not-carried")
    expect(peakMb).toBeLessThan(BOUND_MB)
  }, 120_000)
})

describe("a canonical stream with a line longer than any tr writes", () => {
  it.each(named("ndjson"))("%s: the line said and left out, every other line pushed, memory bounded", async (name) => {
    // Longer than the bound of a line (8 MiB), which no stream of tr's comes near.
    const { path } = hostile(name, Ndjson.DEFAULT_MAX_LINE + 1024 * 1024)
    const { peakMb, status, stderr, stdout } = await tr(["push", "testomat", "--json"], path)
    expect(status).toBe(3)
    expect(stderr).toContain("line 4")
    const summary = JSON.parse(stdout)
    const run = emulator.runs.get(summary.run.uid)!
    expect([...run.tests.values()].map((t) => t.body["title"]).sort()).toEqual(["after", "before"])
    expect(peakMb).toBeLessThan(PUSH_BOUND_MB)
  }, 120_000)
})
