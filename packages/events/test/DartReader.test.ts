import { describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import { corpusConformance } from "@tr/tooling/conformance"
import { readWith } from "@tr/tooling/records"
import { Effect } from "effect"
import * as DartReader from "../src/DartReader.js"

const read = (events: ReadonlyArray<object>, size?: number) =>
  readWith(DartReader.stream({ source: "dart.json" }), events.map((e) => JSON.stringify(e)).join("\n") + "\n", size)
const tests = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.TestCase => r.type === "test")
const diagnostics = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.Diagnostic => r.type === "diagnostic")

const meta = { skip: false, skipReason: null }
const test = (id: number, name: string, groupIDs: Array<number>, more: object = {}) => ({
  type: "testStart",
  time: 10 * id,
  test: {
    id,
    name,
    suiteID: 0,
    groupIDs,
    metadata: meta,
    line: id,
    column: 3,
    url: "file:///app/test/calc_test.dart",
    ...more
  }
})
const done = (testID: number, result: string, more: object = {}) => ({
  type: "testDone",
  time: 10 * testID + 5,
  testID,
  result,
  skipped: false,
  hidden: false,
  ...more
})

const START = [
  { type: "start", protocolVersion: "0.1.1", runnerVersion: "1.25.0", pid: 1, time: 0 },
  { type: "suite", suite: { id: 0, platform: "vm", path: "test/calc_test.dart" }, time: 0 },
  test(1, "loading test/calc_test.dart", [], { line: null, url: null }),
  done(1, "success", { hidden: true }),
  { type: "group", group: { id: 2, suiteID: 0, parentID: null, name: "", metadata: meta, testCount: 3 }, time: 1 },
  { type: "group", group: { id: 3, suiteID: 0, parentID: 2, name: "Calc", metadata: meta, testCount: 3 }, time: 1 },
  { type: "group", group: { id: 4, suiteID: 0, parentID: 3, name: "Calc add", metadata: meta, testCount: 2 }, time: 1 }
]

describe("DartReader", () => {
  it.effect("each visible testDone is a test: title without its group's name, suite file and groups, line, time", () =>
    Effect.gen(function*() {
      const records = yield* read([
        ...START,
        test(5, "Calc add adds", [2, 3, 4]),
        { type: "print", testID: 5, messageType: "print", message: "hello", time: 51 },
        done(5, "success"),
        test(6, "Calc add fails", [2, 3, 4], { root_line: 40, root_url: "file:///app/test/helpers.dart" }),
        {
          type: "error",
          testID: 6,
          error: "Expected: <2>",
          stackTrace: "test/calc_test.dart 13:9",
          isFailure: true,
          time: 62
        },
        { type: "error", testID: 6, error: "tearDown threw", stackTrace: "at tearDown", isFailure: false, time: 63 },
        done(6, "failure"),
        test(7, "Calc throws", [2, 3], { metadata: { skip: true, skipReason: "not on CI" } }),
        { type: "print", testID: 7, messageType: "skip", message: "Skip: not on CI", time: 71 },
        done(7, "success", { skipped: true }),
        test(8, "Calc crashes", [2, 3]),
        { type: "error", testID: 8, error: "Exception: boom", stackTrace: "at crash", isFailure: false, time: 82 },
        done(8, "error"),
        { type: "done", success: false, time: 100 }
      ], 1)
      expect(records[0]).toEqual({ type: "source", path: "dart.json", format: "dart-json" })
      expect(tests(records).map((t) => [t.title, t.suite, t.status])).toEqual([
        ["adds", ["test/calc_test.dart", "Calc", "add"], "passed"],
        ["fails", ["test/calc_test.dart", "Calc", "add"], "failed"],
        ["throws", ["test/calc_test.dart", "Calc"], "skipped"],
        ["crashes", ["test/calc_test.dart", "Calc"], "failed"]
      ])
      const [adds, fails, throws, crashes] = tests(records)
      expect(adds).toMatchObject({ file: "test/calc_test.dart", line: 5, duration: 0.005, stdout: "hello\n" })
      expect(fails).toMatchObject({ line: 40, attributes: { url: "file:///app/test/helpers.dart" } })
      expect(fails!.failures).toEqual([
        { kind: "failure", message: "Expected: <2>", stack: "test/calc_test.dart 13:9" },
        { kind: "error", message: "tearDown threw", stack: "at tearDown" }
      ])
      expect(throws!.skip).toEqual({ message: "not on CI" })
      expect(crashes!.failures).toEqual([{ kind: "error", message: "Exception: boom", stack: "at crash" }])
      expect(diagnostics(records)).toEqual([])
    }))

  it.effect("a file that fails to load is a failed test (the loading test is no longer hidden)", () =>
    Effect.gen(function*() {
      const records = yield* read([
        START[0]!,
        START[1]!,
        test(1, "loading test/calc_test.dart", [], { line: null, url: null }),
        { type: "error", testID: 1, error: "Failed to load: syntax error", stackTrace: "", isFailure: false, time: 3 },
        done(1, "error"),
        { type: "done", success: false, time: 4 }
      ])
      expect(tests(records)).toEqual([expect.objectContaining({
        title: "loading test/calc_test.dart",
        status: "failed",
        failures: [{ kind: "error", message: "Failed to load: syntax error" }]
      })])
    }))

  it.effect("a run cut before done: started tests are failed, the cut an error; other lines passed over", () =>
    Effect.gen(function*() {
      const text = [...START, test(5, "Calc add adds", [2, 3, 4])].map((e) => JSON.stringify(e)).join("\n") +
        "\nObservatory listening on http://127.0.0.1:8181/\n"
      const records = yield* readWith(DartReader.stream({ source: "dart.json" }), text)
      expect(tests(records)).toEqual([expect.objectContaining({
        title: "adds",
        status: "failed",
        failures: [expect.objectContaining({ kind: "error", message: expect.stringMatching(/never finished/) })]
      })])
      expect(diagnostics(records).map((d) => [d.severity, d.code])).toEqual([
        ["warning", "skipped-line"],
        ["error", "truncated-file"]
      ])
    }))

  it("recognises its events, and not other JSON", () => {
    expect(DartReader.isEvent({ type: "start", protocolVersion: "0.1.1", time: 0 })).toBe(true)
    expect(DartReader.isEvent({ type: "run", schemaVersion: 1 })).toBe(false)
    expect(DartReader.isEvent({ Action: "run" })).toBe(false)
  })
})

corpusConformance("Dart JSON corpus", (source) => DartReader.stream({ source }), {
  "dart-json/dorny__dart-json.json": {
    counts: { tests: 6, passed: 1, failed: 4, skipped: 1 },
    first: {
      title: "Timeout test",
      suite: ["test\\second_test.dart"],
      file: "test/second_test.dart",
      line: 5,
      status: "failed",
      failures: [{
        kind: "error",
        message: "TimeoutException after 0:00:00.000001: Test timed out after 0 seconds.",
        stack: "dart:isolate  _RawReceivePortImpl._handleMessage\n"
      }]
    },
    last: { title: "Exception in test", suite: ["test\\main_test.dart", "Test 2"], status: "failed", line: 23 }
  }
})
