import { describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import { corpusConformance } from "@tr/tooling/conformance"
import { readWith } from "@tr/tooling/records"
import { Chunk, Effect, Stream } from "effect"
import * as GoTestReader from "../src/GoTestReader.js"

const PKG = "example.com/calc"
let clock = 0
/** One test2json event as a line. */
const ev = (Action: string, fields: { Test?: string; Output?: string; Elapsed?: number; [k: string]: unknown } = {}) =>
  JSON.stringify({
    Time: `2026-01-01T00:00:${String(clock++ % 60).padStart(2, "0")}Z`,
    Action,
    Package: PKG,
    ...fields
  })

const read = (lines: ReadonlyArray<string>, size?: number) =>
  readWith(GoTestReader.stream({ source: "go.json" }), lines.join("\n") + "\n", size)
const tests = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.TestCase => r.type === "test")
const diagnostics = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.Diagnostic => r.type === "diagnostic")

describe("GoTestReader", () => {
  it.effect("every test with a final pass, fail or skip is a test, parents and subtests alike, fed a byte at a time", () =>
    Effect.gen(function*() {
      const records = yield* read([
        ev("start"),
        ev("run", { Test: "TestAdd" }),
        ev("output", { Test: "TestAdd", Output: "=== RUN   TestAdd\n" }),
        ev("run", { Test: "TestAdd/one" }),
        ev("output", { Test: "TestAdd/one", Output: "=== RUN   TestAdd/one\n" }),
        ev("output", { Test: "TestAdd/one", Output: "    calc_test.go:12: got 3, want 4\n" }),
        ev("output", { Test: "TestAdd/one", Output: "    --- FAIL: TestAdd/one (0.01s)\n" }),
        ev("fail", { Test: "TestAdd/one", Elapsed: 0.01 }),
        ev("run", { Test: "TestAdd/two" }),
        ev("output", { Test: "TestAdd/two", Output: "    calc_test.go:20: fine\n" }),
        ev("pass", { Test: "TestAdd/two", Elapsed: 0.02 }),
        ev("output", { Test: "TestAdd", Output: "--- FAIL: TestAdd (0.03s)\n" }),
        ev("fail", { Test: "TestAdd", Elapsed: 0.03 }),
        ev("run", { Test: "TestSkip" }),
        ev("output", { Test: "TestSkip", Output: "    calc_test.go:30: needs a database\n" }),
        ev("skip", { Test: "TestSkip", Elapsed: 0 }),
        ev("output", { Output: "FAIL\n" }),
        ev("fail", { Elapsed: 0.5 })
      ], 1)
      expect(records[0]).toEqual({ type: "source", path: "go.json", format: "go-test-json" })
      const [one, two, parent, skip] = tests(records)
      expect(tests(records).map((t) => [t.title, t.status])).toEqual([
        ["TestAdd/one", "failed"],
        ["TestAdd/two", "passed"],
        ["TestAdd", "failed"],
        ["TestSkip", "skipped"]
      ])
      expect(one).toMatchObject({
        suite: [PKG],
        className: PKG,
        duration: 0.01,
        failures: [{
          kind: "failure",
          message: "calc_test.go:12: got 3, want 4",
          stack: "    calc_test.go:12: got 3, want 4\n",
          file: "calc_test.go",
          line: 12
        }]
      })
      expect(one!.startedAt).toMatch(/^2026-01-01T00:00:/)
      expect(two).toMatchObject({ status: "passed", duration: 0.02, stdout: "    calc_test.go:20: fine\n" })
      expect(parent!.failures).toEqual([{ kind: "failure", message: "subtest TestAdd/one failed" }])
      expect(skip).toMatchObject({ skip: { message: "needs a database" }, duration: 0 })
      expect(diagnostics(records)).toEqual([])
      expect(new Set(tests(records).map((t) => t.id)).size).toBe(4)
    }))

  it.effect("a test that started and never finished is failed, with the package's output (a timeout's panic)", () =>
    Effect.gen(function*() {
      const records = yield* read([
        ev("run", { Test: "TestSlow" }),
        ev("output", { Test: "TestSlow", Output: "    slow_test.go:5: waiting\n" }),
        ev("output", { Output: "panic: test timed out after 1s\n" }),
        ev("fail", { Elapsed: 1 })
      ])
      const [slow] = tests(records)
      expect(tests(records)).toHaveLength(1)
      expect(slow).toMatchObject({ title: "TestSlow", status: "failed" })
      expect(slow!.failures![0]!.kind).toBe("error")
      expect(slow!.failures![0]!.message).toMatch(/never finished/)
      expect(slow!.failures![0]!.stack).toBe("    slow_test.go:5: waiting\npanic: test timed out after 1s\n")
      expect(diagnostics(records)).toEqual([])
    }))

  it.effect("a package that fails to build becomes one failed test carrying the build output (Go 1.24 events)", () =>
    Effect.gen(function*() {
      const records = yield* read([
        JSON.stringify({ ImportPath: `${PKG} [${PKG}.test]`, Action: "build-output", Output: "# example.com/calc\n" }),
        JSON.stringify({
          ImportPath: `${PKG} [${PKG}.test]`,
          Action: "build-output",
          Output: "./calc.go:3:1: syntax error\n"
        }),
        JSON.stringify({ ImportPath: `${PKG} [${PKG}.test]`, Action: "build-fail" }),
        ev("start"),
        ev("output", { Output: `FAIL\t${PKG} [build failed]\n` }),
        ev("fail", { Elapsed: 0, FailedBuild: `${PKG} [${PKG}.test]` })
      ])
      expect(tests(records)).toEqual([expect.objectContaining({
        title: "[build failed]",
        suite: [PKG],
        status: "failed",
        failures: [{
          kind: "error",
          message: `package ${PKG} failed to build`,
          stack: `# example.com/calc\n./calc.go:3:1: syntax error\nFAIL\t${PKG} [build failed]\n`
        }]
      })])
    }))

  it.effect("a package that fails outside its tests (TestMain, init) is one failed test; passing and empty ones none", () =>
    Effect.gen(function*() {
      const records = yield* read([
        ev("start"),
        ev("run", { Test: "TestOk" }),
        ev("pass", { Test: "TestOk", Elapsed: 0 }),
        ev("output", { Output: "exit status 3\n" }),
        ev("output", { Output: `FAIL\t${PKG}\t0.01s\n` }),
        ev("fail", { Elapsed: 0.01 }),
        JSON.stringify({ Action: "start", Package: "example.com/empty" }),
        JSON.stringify({
          Action: "output",
          Package: "example.com/empty",
          Output: "?   \texample.com/empty\t[no test files]\n"
        }),
        JSON.stringify({ Action: "skip", Package: "example.com/empty", Elapsed: 0 })
      ])
      expect(tests(records).map((t) => [t.title, t.status])).toEqual([["TestOk", "passed"], [
        "[package failed]",
        "failed"
      ]])
      expect(tests(records)[1]!.failures![0]).toEqual({
        kind: "error",
        message: `package ${PKG} failed outside its tests`,
        stack: `exit status 3\nFAIL\t${PKG}\t0.01s\n`
      })
    }))

  it.effect("lines that are not JSON are passed over with a warning naming the line; the tests around them stay", () =>
    Effect.gen(function*() {
      const records = yield* read([
        "# example.com/calc",
        ev("run", { Test: "TestA" }),
        "not json {",
        ev("pass", { Test: "TestA", Elapsed: 0.1 }),
        ev("pass", { Elapsed: 0.1 })
      ])
      expect(tests(records).map((t) => t.title)).toEqual(["TestA"])
      expect(diagnostics(records)).toEqual([
        expect.objectContaining({ severity: "warning", code: "skipped-line", line: 1 }),
        expect.objectContaining({ severity: "warning", code: "skipped-line", line: 3 })
      ])
    }))

  it.effect("an input cut before its package ended: the unfinished tests are failed, the cut an error", () =>
    Effect.gen(function*() {
      const records = yield* read([
        ev("run", { Test: "TestA" }),
        ev("pass", { Test: "TestA" }),
        ev("run", { Test: "TestB" })
      ])
      expect(tests(records).map((t) => [t.title, t.status])).toEqual([["TestA", "passed"], ["TestB", "failed"]])
      expect(diagnostics(records)).toEqual([
        expect.objectContaining({ severity: "error", code: "truncated-file", line: 3 })
      ])
    }))

  it.effect("each test is emitted as soon as its last line arrives, before the input ends", () =>
    Effect.gen(function*() {
      // The input stays open (here: fails) after TestA's last line: what comes out came from that line alone.
      const piece = new TextEncoder().encode(
        [ev("run", { Test: "TestA" }), ev("pass", { Test: "TestA" })].join("\n") + "\n"
      )
      const records = yield* Stream.make(piece).pipe(
        Stream.concat(Stream.fail("still running")),
        GoTestReader.stream({ source: "live" }),
        Stream.catchAll(() => Stream.empty),
        Stream.runCollect
      )
      expect(tests(Chunk.toArray(records)).map((t) => t.title)).toEqual(["TestA"])
    }))

  it.effect("an empty input is an error; a Testomat.io id in a name becomes testId", () =>
    Effect.gen(function*() {
      expect(diagnostics(yield* readWith(GoTestReader.stream({ source: "e" }), ""))).toEqual([
        expect.objectContaining({ severity: "error", code: "empty-file" })
      ])
      // `t.Run` turns spaces into underscores: the id is still found.
      const records = yield* read([
        ev("run", { Test: "TestLogin/ok_@Tabcd1234" }),
        ev("pass", { Test: "TestLogin/ok_@Tabcd1234" })
      ])
      expect(tests(records)[0]).toMatchObject({ title: "TestLogin/ok_", testId: "abcd1234" })
    }))

  it.effect("output beyond the cap keeps its start and end and records the cut", () =>
    Effect.gen(function*() {
      const records = yield* readWith(
        GoTestReader.stream({ source: "cap", maxTextLength: 100 }),
        [
          ev("run", { Test: "TestBig" }),
          ev("output", { Test: "TestBig", Output: "x".repeat(1000) + "\n" }),
          ev("pass", { Test: "TestBig" })
        ]
          .join("\n")
      )
      const [big] = tests(records)
      expect(big!.stdout!.length).toBeLessThan(200)
      expect(big!.truncated).toEqual([{ field: "stdout", length: 1001 }])
    }))
})

corpusConformance("go test -json corpus", (source) => GoTestReader.stream({ source }), {
  "go-test-json/dorny__golang-json.json": {
    counts: { tests: 12, passed: 5, failed: 6, skipped: 1 },
    first: {
      title: "TestPassing",
      suite: ["_/home/james_t/git/test-reporter/reports/go"],
      status: "passed",
      duration: 0.06,
      stdout: "    calculator_test.go:11: pass!\n"
    },
    last: { title: "TestCases", status: "failed", duration: 2.25 }
  },
  "go-test-json/gojunitreport__103-subtests.gojson.txt": {
    counts: { tests: 4, passed: 2, failed: 2, skipped: 0 },
    first: { title: "TestMultiple/Empty_string", suite: ["package/name/subtest"], status: "passed" },
    last: { title: "TestMultiple", status: "failed" }
  }
})
