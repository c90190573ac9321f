import { describe, expect, it } from "@effect/vitest"
import * as Records from "@tr/core/Records"
import { readFileWith, readWith } from "@tr/tooling/records"
import { corpus, sharedDir, SKIP_MESSAGE } from "@tr/tooling/shared"
import { Effect } from "effect"
import * as MochaJsonReader from "../src/MochaJsonReader.js"
import { readCleanly } from "./clean.js"

const read = (json: string, size?: number, root?: string) =>
  readWith(MochaJsonReader.stream({ source: "mocha.json", ...(root === undefined ? {} : { root }) }), json, size)

const passed = {
  title: "adds @Tabcd1234",
  fullTitle: "Math adds @Tabcd1234",
  file: "/ci/app/test/math.test.js",
  duration: 3,
  currentRetry: 0,
  speed: "fast",
  err: {}
}
const failed = {
  title: "divides",
  fullTitle: "Math Division divides",
  file: "/ci/app/test/math.test.js",
  duration: 5,
  currentRetry: 0,
  err: {
    stack: "AssertionError [ERR_ASSERTION]: 1 == 2\n    at Context.<anonymous> (test/math.test.js:9:12)",
    message: "1 == 2",
    name: "AssertionError",
    code: "ERR_ASSERTION",
    expected: 2,
    actual: 1,
    operator: "=="
  }
}
const pending = { title: "later", fullTitle: "Math later", file: "/ci/app/test/math.test.js", currentRetry: 0, err: {} }
// Skipped from its body with this.skip(): it ran, so it has a duration, but no speed and no error.
const skippedInside = { ...pending, title: "on windows", fullTitle: "Math on windows", duration: 1 }
const retried = { ...passed, title: "flaky", fullTitle: "Math flaky", currentRetry: 2 }
const hook = {
  title: "\"before all\" hook for \"connects\"",
  fullTitle: "Database \"before all\" hook for \"connects\"",
  file: "/ci/app/test/db.test.js",
  duration: 2,
  currentRetry: 0,
  err: { message: "ECONNREFUSED", stack: "Error: ECONNREFUSED\n    at connect (db.js:3:9)" }
}

const REPORT = JSON.stringify(
  {
    stats: { suites: 3, tests: 5, passes: 2, pending: 2, failures: 2, start: "2026-01-01T00:00:00.000Z", duration: 12 },
    tests: [passed, failed, pending, skippedInside, retried],
    pending: [pending, skippedInside],
    failures: [failed, hook],
    passes: [passed, retried]
  },
  null,
  2
)

describe("MochaJsonReader", () => {
  it.effect("reads every test of `tests`, fed a byte at a time, with its status, suite, error and retries", () =>
    Effect.gen(function*() {
      const records = yield* read(REPORT, 1, "/ci/app")
      const tests = readCleanly(records, { path: "mocha.json", format: "mocha-json", dialect: "mocha" }, [
        ["adds", "passed"],
        ["divides", "failed"],
        ["later", "skipped"],
        ["flaky", "passed"],
        // Held until `pending` says it was skipped.
        ["on windows", "skipped"],
        // A hook's failure is in `failures` only: a failed test of its own.
        ["\"before all\" hook for \"connects\"", "failed"]
      ])
      expect(tests[0]).toMatchObject({
        testId: "abcd1234",
        suite: ["Math"],
        group: "Math",
        file: "test/math.test.js",
        duration: 0.003,
        framework: "Mocha",
        tool: "Mocha json"
      })
      expect(tests[1]!.suite).toEqual(["Math Division"])
      expect(tests[1]!.failures).toEqual([{
        kind: "failure",
        message: "1 == 2",
        type: "AssertionError",
        stack: `${failed.err.stack}\n\nexpected: 2\nactual: 1`
      }])
      expect(tests[2]).toMatchObject({ skip: {} })
      expect(tests[2]!.duration).toBeUndefined()
      expect(tests[3]).toMatchObject({ flaky: true, attributes: { currentRetry: "2" } })
      expect(tests[5]).toMatchObject({
        suite: ["Database"],
        file: "test/db.test.js",
        failures: [{ kind: "failure", message: "ECONNREFUSED", stack: hook.err.stack }]
      })
      expect(new Set(tests.map((t) => t.id)).size).toBe(6)
      // The same report read in other pieces gives the same records, identities included.
      expect(yield* read(REPORT, 7, "/ci/app")).toEqual(records)
    }))

  it.effect("keeps files as written without a root, and checks the stats", () =>
    Effect.gen(function*() {
      const records = yield* read(REPORT.replace("\"passes\": 2", "\"passes\": 3"))
      expect(Records.tests(records)[0]!.file).toBe("/ci/app/test/math.test.js")
      expect(Records.diagnostics(records)).toMatchObject([{
        severity: "warning",
        code: "count-mismatch",
        message: "the stats declare passes=3 but 2 read"
      }])
    }))

  it.effect("a failure `tests` already gave is not repeated; one that failed again after it ended is kept", () =>
    Effect.gen(function*() {
      const report = JSON.stringify({
        stats: { tests: 1, failures: 2 },
        tests: [failed],
        failures: [failed, { ...failed, err: { message: "done() called multiple times" } }]
      })
      const tests = Records.tests(yield* read(report))
      expect(tests.map((t) => t.failures?.[0]?.message)).toEqual(["1 == 2", "done() called multiple times"])
      expect(Records.diagnostics(yield* read(report))).toEqual([])
    }))

  it.effect("a Mocha before 8.2 wrote no speed: its passes are settled by `passes`", () =>
    Effect.gen(function*() {
      const { speed: _, ...old } = passed
      const report = JSON.stringify({
        stats: { tests: 2, passes: 1, pending: 1 },
        tests: [old, skippedInside],
        pending: [skippedInside],
        failures: [],
        passes: [old]
      })
      expect(Records.tests(yield* read(report)).map((t) => [t.title, t.status])).toEqual([
        ["on windows", "skipped"],
        ["adds", "passed"]
      ])
      // Without the lists, a test that ran without an error passed.
      const cut = JSON.stringify({ stats: { tests: 1 }, tests: [old] })
      expect(Records.tests(yield* read(cut)).map((t) => t.status)).toEqual(["passed"])
    }))

  it.effect("a report without `tests` is read from its lists", () =>
    Effect.gen(function*() {
      const report = JSON.stringify({
        stats: { passes: 1, failures: 1, pending: 1 },
        passes: [passed],
        failures: [failed],
        pending: [pending]
      })
      const records = yield* read(report)
      expect(Records.tests(records).map((t) => [t.title, t.status])).toEqual([
        ["adds", "passed"],
        ["divides", "failed"],
        ["later", "skipped"]
      ])
      expect(Records.diagnostics(records)).toEqual([])
    }))

  it.effect("damage: cut, malformed, empty, not a Mocha report", () =>
    Effect.gen(function*() {
      const cut = yield* read(REPORT.slice(0, REPORT.indexOf("\"pending\": [")))
      expect(Records.tests(cut).map((t) => t.title)).toEqual(["adds", "divides", "later", "flaky", "on windows"])
      expect(Records.diagnostics(cut)).toMatchObject([{ severity: "error", code: "truncated-file" }])
      const broken = yield* read("{\"stats\": {},\n \"tests\": [" + JSON.stringify(passed) + ", x]}")
      expect(Records.tests(broken)).toHaveLength(1)
      expect(Records.diagnostics(broken)).toMatchObject([{ code: "invalid-json", line: 2 }])
      expect(Records.diagnostics(yield* read(""))).toMatchObject([{ code: "empty-file" }])
      expect(Records.diagnostics(yield* read("{\"results\": {}}"))).toMatchObject([{
        code: "unrecognized-format",
        message: "not a Mocha JSON report: it has no stats, tests, passes, failures or pending"
      }])
      expect(Records.diagnostics(yield* read("[]"))).toMatchObject([{ code: "unrecognized-format" }])
    }))

  it.effect("passes over what the tests printed before the report on the same stream, and says so", () =>
    Effect.gen(function*() {
      // console.log of objects, one line and several, and a JSON log line: none opens the report.
      const printed =
        "connecting to {db}\n{ user: 'ann' }\n{\n  user: 'bob'\n}\n{\"level\":\"info\"}\n\nseeded 3 rows\n"
      for (const size of [1, 5, 4096]) {
        const records = yield* read(printed + REPORT.replace("\"passes\": 2", "\"passes\": 9"), size)
        expect(Records.tests(records)).toHaveLength(6)
        expect(Records.diagnostics(records)).toEqual([
          expect.objectContaining({
            severity: "warning",
            code: "text-before-report",
            message: "8 lines before the report passed over (it starts with \"c\": output written to the same stream " +
              "as the report)"
          }),
          expect.objectContaining({ code: "count-mismatch" })
        ])
      }
      // And after it: the report is whole, what follows is said and passed over.
      const after = yield* read(REPORT + "\n3 passing (12ms)\n{ done: true }\n")
      expect(Records.tests(after)).toHaveLength(6)
      expect(Records.diagnostics(after)).toMatchObject([{
        severity: "warning",
        code: "text-after-report",
        line: REPORT.split("\n").length + 1
      }])
      // Damage is placed in the file, the lines passed over counted.
      const broken = yield* read("log\nlog\n{\"stats\": {},\n\"tests\": [x]}")
      expect(Records.diagnostics(broken).at(-1)).toMatchObject({ code: "invalid-json", line: 4 })
      expect(Records.diagnostics(yield* read("only a log line\n"))).toMatchObject([{
        severity: "error",
        code: "not-json",
        message: "not JSON: it starts with \"o\""
      }])
    }))

  it.effect("a long error keeps its start and end, the cut recorded once", () =>
    Effect.gen(function*() {
      const long = "x".repeat(5000)
      const report = JSON.stringify({ stats: {}, tests: [{ ...failed, err: { message: long, stack: long } }] })
      const [test] = Records.tests(
        yield* readWith(MochaJsonReader.stream({ source: "m.json", maxTextLength: 100 }), report, 64)
      )
      expect(test!.failures![0]!.message!.length).toBeLessThan(200)
      expect(test!.truncated).toEqual([{ field: "failures", length: 5000 }])
    }))
})

if (sharedDir() === undefined) console.warn(SKIP_MESSAGE)

describe.skipIf(sharedDir() === undefined)("Mocha JSON corpus", () => {
  it.effect("mocha-json/dorny__mocha-json.json", () =>
    Effect.gen(function*() {
      const file = "mocha-json/dorny__mocha-json.json"
      const records = yield* readFileWith(MochaJsonReader.stream({ source: file }), corpus(file), 100)
      expect(Records.counts(records)).toEqual({ tests: 6, passed: 1, failed: 4, skipped: 1 })
      expect(Records.diagnostics(records)).toEqual([])
      const tests = Records.tests(records)
      expect(tests[0]).toMatchObject({
        title: "Timeout test",
        suite: [],
        status: "failed",
        duration: 0.008,
        group: "second.test.js",
        failures: [{ kind: "failure", message: expect.stringMatching(/^Timeout of 1ms exceeded/) }]
      })
      expect(tests[1]).toMatchObject({ title: "Skipped test", status: "skipped" })
      expect(tests.at(-1)).toMatchObject({
        title: "Exception in test",
        suite: ["Test 2"],
        status: "failed",
        failures: [{ message: "Some error", stack: expect.stringMatching(/^Error: Some error\n/) }]
      })
    }))
})
