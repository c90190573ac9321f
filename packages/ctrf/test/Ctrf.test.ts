import { describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import { JsonScanner, MAX_TOKEN } from "@tr/core/JsonScanner"
import * as Records from "@tr/core/Records"
import { readFileWith, readWith } from "@tr/tooling/records"
import { corpus, sharedDir, SKIP_MESSAGE } from "@tr/tooling/shared"
import { Chunk, Effect, Stream } from "effect"
import * as CtrfReader from "../src/CtrfReader.js"
import * as CtrfWriter from "../src/CtrfWriter.js"

const read = (json: string, size?: number) => readWith(CtrfReader.stream({ source: "ctrf.json" }), json, size)

const REPORT = JSON.stringify(
  {
    reportFormat: "CTRF",
    specVersion: "1.0.0",
    results: {
      tool: { name: "playwright" },
      summary: { tests: 3, passed: 1, failed: 1, pending: 1, skipped: 0, other: 0, start: 1, stop: 2 },
      tests: [
        {
          name: "logs in @Tabcd1234",
          status: "passed",
          duration: 1500,
          start: 1767261600000,
          suite: ["Auth", "Login"],
          filePath: "e2e/login.spec.ts",
          line: 12,
          tags: ["smoke"],
          flaky: true,
          retryAttempts: [{ attempt: 1, status: "failed", message: "timeout", trace: "at login", duration: 900 }, {
            attempt: 2,
            status: "passed"
          }],
          parameters: { browser: "firefox" },
          browser: "firefox"
        },
        {
          name: "pays \"fast\" ✓",
          status: "failed",
          duration: 20,
          suite: "Checkout > Pay",
          message: "expected 200",
          trace: "Error: expected 200\n  at pay",
          stdout: ["a", "b"],
          stderr: ["c"],
          attachments: [{ name: "shot", contentType: "image/png", path: "shots/pay.png" }],
          steps: [{ name: "open", status: "passed" }]
        },
        { name: "ships", status: "pending", duration: 0, message: "later" }
      ]
    }
  },
  null,
  2
)

describe("CtrfReader", () => {
  it.effect("reads every test of a report fed a byte at a time, with everything CTRF says about it", () =>
    Effect.gen(function*() {
      const records = yield* read(REPORT, 1)
      expect(Records.source(records)).toEqual({
        type: "source",
        path: "ctrf.json",
        format: "ctrf",
        dialect: "playwright"
      })
      const t = Records.tests(records)
      expect(t.map((x) => [x.title, x.status])).toEqual([["logs in", "passed"], ["pays \"fast\" ✓", "failed"], [
        "ships",
        "skipped"
      ]])
      expect(t[0]).toMatchObject({
        testId: "abcd1234",
        suite: ["Auth", "Login"],
        file: "e2e/login.spec.ts",
        line: 12,
        duration: 1.5,
        startedAt: "2026-01-01T10:00:00.000Z",
        tags: ["smoke"],
        flaky: true,
        attempts: [{ kind: "flakyFailure", message: "timeout", stack: "at login", duration: 0.9 }],
        parameters: [{ name: "browser", value: "firefox" }],
        attributes: { browser: "firefox" }
      })
      expect(t[1]).toMatchObject({
        suite: ["Checkout", "Pay"],
        failures: [{ kind: "failure", message: "expected 200", stack: "Error: expected 200\n  at pay" }],
        stdout: "a\nb",
        stderr: "c",
        attachments: [{ name: "shot", contentType: "image/png", path: "shots/pay.png" }],
        steps: [{ title: "open", status: "passed" }]
      })
      expect(t[2]?.skip).toEqual({ message: "later", type: "pending" })
      expect(Records.diagnostics(records)).toEqual([])
    }))

  it.effect("names line and column of malformed JSON, and keeps the tests before it", () =>
    Effect.gen(function*() {
      const broken =
        `{"results": {"tests": [\n{"name": "a", "status": "passed", "duration": 1},\n{"name": "b" "status": "failed"}]}}`
      const records = yield* read(broken, 5)
      expect(Records.tests(records).map((t) => t.title)).toEqual(["a"])
      expect(Records.diagnostics(records)).toMatchObject([{
        code: "invalid-json",
        severity: "error",
        line: 3,
        column: 14
      }])
    }))

  it.effect("leaves out a duration no record may hold (1e300 ms, negative, a string), with a warning", () =>
    Effect.gen(function*() {
      const report = `{"results": {"tests": [{"name": "a", "status": "passed", "duration": 1e300}, ` +
        `{"name": "b", "status": "passed", "duration": 1e400}, {"name": "c", "status": "failed", "duration": -5, ` +
        `"retryAttempts": [{"status": "failed", "duration": "9"}]}, {"name": "d", "status": "passed", "duration": 7}]}}`
      const records = yield* read(report, 9)
      expect(Records.tests(records).map((t) => t.duration)).toEqual([undefined, undefined, undefined, 0.007])
      expect(Records.tests(records)[2]?.attempts).toEqual([{ kind: "rerunFailure" }])
      const warnings = Records.diagnostics(records)
      expect(warnings.map((d) => `${d.severity}:${d.code}`)).toEqual(Array(4).fill("warning:invalid-duration"))
      expect(warnings[1]?.message).toMatch(/^test "b": duration Infinity is not a duration in milliseconds/)
      expect(JSON.stringify(records)).not.toMatch(/"duration":null/)
    }))

  it.effect("says a cut file is cut, empty is empty, and XML is not CTRF", () =>
    Effect.gen(function*() {
      const cut = yield* read(REPORT.slice(0, REPORT.indexOf(`"ships"`)))
      expect(Records.counts(cut).tests).toBe(2)
      expect(Records.diagnostics(cut)[0]?.code).toBe("truncated-file")
      expect(Records.diagnostics(yield* read(""))[0]?.code).toBe("empty-file")
      expect(Records.diagnostics(yield* read("<testsuites/>"))[0]?.code).toBe("unrecognized-format")
      expect(Records.diagnostics(yield* read(`{"results": {"tool": {"name": "x"}}}`))[0]).toMatchObject({
        code: "unrecognized-format",
        message: "not a CTRF report: it has no results.tests"
      })
    }))

  it.effect("reads a report with values nested 100,000 deep, keeping a too-deep extra as a note", () =>
    Effect.gen(function*() {
      const deep = "[".repeat(100_000) + "]".repeat(100_000)
      const records = yield* read(
        `{"results": {"junk": ${deep}, "tests": [{"name": "a", "status": "passed", "duration": 1, "extra": ${deep}}]}}`
      )
      expect(Records.tests(records).map((t) => [t.title, t.attributes])).toEqual([
        ["a", { extra: "(nested too deeply to keep)" }]
      ])
    }))

  it.effect("caps every string of a test as it is read, title included, keeping start and end, and records the cut", () =>
    Effect.gen(function*() {
      // Escapes on every side of every piece boundary: the cut never splits one.
      const unit = `é\n"\\\t🚀`
      const long = (middle: string) => unit.repeat(40_000) + middle + unit.repeat(40_000)
      const title = long("TITLE-MIDDLE")
      const message = long("MESSAGE-MIDDLE")
      const json = JSON.stringify({
        results: {
          tests: [
            { name: "before", status: "passed", duration: 1 },
            { name: title, status: "failed", duration: 1, message, stdout: ["a", "b"] },
            { name: "after", status: "passed", duration: 1 }
          ]
        }
      })
      for (const size of [4093, 65_536]) {
        const records = yield* readWith(CtrfReader.stream({ source: "ctrf.json", maxTextLength: 1000 }), json, size)
        const tests = Records.tests(records)
        expect(tests.map((t) => t.title.slice(0, 6))).toEqual(["before", unit.slice(0, 6), "after"])
        const cut = tests[1]!
        expect(cut.title.length).toBeLessThan(1100)
        expect(cut.title.startsWith(unit.repeat(50)) && cut.title.endsWith(unit.repeat(50))).toBe(true)
        expect(cut.title).not.toContain("MIDDLE")
        expect(cut.failures![0]!.message!.startsWith(unit.repeat(50))).toBe(true)
        expect(cut.failures![0]!.message!.length).toBeLessThan(1100)
        expect(cut.stdout).toBe("a\nb")
        expect(cut.truncated).toEqual([
          { field: "title", length: title.length },
          { field: "failures", length: message.length }
        ])
        expect(Records.diagnostics(records)).toEqual([])
      }
    }))

  it.effect("keeps a string longer than the scanner holds raw but under the cap whole", () =>
    Effect.gen(function*() {
      const message = `a\u0000"\\ü`.repeat(30_000)
      const json = JSON.stringify({ results: { tests: [{ name: "a", status: "failed", message }] } })
      const [test] = Records.tests(yield* readWith(CtrfReader.stream({ source: "ctrf.json" }), json, 1000))
      expect(test!.failures![0]!.message).toBe(message)
      expect(test!.truncated).toBeUndefined()
    }))

  it.effect("stops at a key or number longer than any real one, keeping the tests before it", () =>
    Effect.gen(function*() {
      for (const hostile of [`"${"k".repeat(100_000)}": 1`, `"duration": ${"1".repeat(100_000)}`]) {
        const records = yield* read(
          `{"results": {"tests": [{"name": "a", "status": "passed"},\n{"name": "b", ${hostile}}]}}`,
          65_536
        )
        expect(Records.tests(records).map((t) => t.title)).toEqual(["a"])
        expect(Records.diagnostics(records)).toMatchObject([{ code: "invalid-json", severity: "error", line: 2 }])
        expect(Records.diagnostics(records)[0]!.message).toContain(`longer than ${MAX_TOKEN} characters`)
      }
    }))

  it("builds the path of no value deeper than the paths it wants", () => {
    const depths: Array<number> = []
    const scanner = new JsonScanner((path) => (depths.push(path.length), false), 1024, 3)
    scanner.feed(`{"results": {"junk": ${"[".repeat(10_000)}${"]".repeat(10_000)}, "tests": []}}`, [])
    expect(Math.max(...depths)).toBe(3)
    expect(depths.length).toBeLessThan(10)
  })
})

describe("CtrfWriter", () => {
  it.effect("writes a CTRF report that reads back to the same tests", () =>
    Effect.gen(function*() {
      const original = Records.tests(yield* read(REPORT))
      const json = Chunk.join(
        yield* Stream.fromIterable<Canonical.StreamRecord>(original).pipe(
          CtrfWriter.encode({ tool: "tr", version: "1.2.3" }),
          Stream.runCollect
        ),
        ""
      )
      const report = JSON.parse(json)
      expect(report).toMatchObject({
        reportFormat: "CTRF",
        specVersion: CtrfWriter.SPEC_VERSION,
        results: {
          tool: { name: "tr", version: "1.2.3" },
          summary: { tests: 3, passed: 1, failed: 1, skipped: 1, pending: 0, other: 0 }
        }
      })
      for (const field of ["start", "stop"]) expect(typeof report.results.summary[field]).toBe("number")
      for (const test of report.results.tests) {
        for (const field of ["name", "status", "duration"]) expect(test).toHaveProperty(field)
      }
      const back = Records.tests(yield* read(json, 7))
      const essentials = (
        t: Canonical.TestCase
      ) => [
        t.title,
        t.status,
        t.suite,
        t.duration,
        t.testId,
        t.file,
        t.failures?.[0]?.message,
        t.skip?.message,
        t.stdout,
        t.parameters,
        t.attempts?.length
      ]
      expect(back.map(essentials)).toEqual(original.map(essentials))
    }))

  it.effect("keeps what CTRF has no field for in extra.tr, and reads it back", () =>
    Effect.gen(function*() {
      const test: Canonical.TestCase = {
        type: "test",
        id: "x",
        source: "TEST-Cart.xml",
        title: "ships",
        suite: ["Cart"],
        className: "shop.CartTest",
        status: "skipped",
        disabled: true
      }
      const json = Chunk.join(
        yield* Stream.make<Array<Canonical.StreamRecord>>(test).pipe(
          CtrfWriter.encode({ tool: "tr" }),
          Stream.runCollect
        ),
        ""
      )
      expect(JSON.parse(json).results.tests[0].extra).toEqual({
        tr: { id: "x", source: "TEST-Cart.xml", className: "shop.CartTest", disabled: true }
      })
      const [back] = Records.tests(yield* read(json))
      expect(back).toMatchObject({ className: "shop.CartTest", disabled: true, status: "skipped" })
      expect(back!.attributes).toBeUndefined()
    }))
})

if (sharedDir() === undefined) console.warn(SKIP_MESSAGE)

describe.skipIf(sharedDir() === undefined)("CTRF corpus", () => {
  it.effect("ctrf-json/ctrf__comprehensive.json", () =>
    Effect.gen(function*() {
      const file = "ctrf-json/ctrf__comprehensive.json"
      const records = yield* readFileWith(CtrfReader.stream({ source: file }), corpus(file), 100)
      expect(Records.counts(records)).toEqual({ tests: 3, passed: 2, failed: 1, skipped: 0 })
      expect(Records.source(records)?.dialect).toBe("example-runner")
      expect(Records.tests(records)[0]).toMatchObject({
        title: "user can login",
        suite: ["Authentication", "Login"],
        file: "tests/auth/login.test.js",
        duration: 3.5
      })
      expect(Records.tests(records)[1]).toMatchObject({
        title: "user can checkout",
        flaky: true,
        attempts: [{ kind: "flakyFailure", message: "Payment gateway timeout" }]
      })
      expect(Records.diagnostics(records)).toEqual([])
    }))
})
