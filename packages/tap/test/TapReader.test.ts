import { describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import { corpusConformance } from "@tr/tooling/conformance"
import { readWith } from "@tr/tooling/records"
import { Chunk, Effect, Stream } from "effect"
import * as TapReader from "../src/TapReader.js"

const read = (tap: string, size?: number) => readWith(TapReader.stream({ source: "t.tap" }), tap, size)
const tests = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.TestCase => r.type === "test")
const diagnostics = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.Diagnostic => r.type === "diagnostic")
const summary = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  tests(records).map((t) => [t.suite.join(" > "), t.title, t.status])

describe("TapReader", () => {
  it.effect("TAP 12 as bats writes it: plan first, diagnostics after a failure, # skip, fed a byte at a time", () =>
    Effect.gen(function*() {
      const records = yield* read(
        [
          "1..4",
          "ok 1 addition using bc",
          "not ok 2 addition using dc",
          "# (in test file test/calc.bats, line 8)",
          "#   `[ \"$result\" -eq 4 ]' failed",
          "ok 3 multiplication # skip no bc on this machine",
          "ok 4 - escaped \\# hash \\\\ and a # SKIP",
          ""
        ].join("\n"),
        1
      )
      expect(records[0]).toEqual({ type: "source", path: "t.tap", format: "tap" })
      expect(summary(records)).toEqual([
        ["", "addition using bc", "passed"],
        ["", "addition using dc", "failed"],
        ["", "multiplication", "skipped"],
        ["", "escaped # hash \\ and a", "skipped"]
      ])
      const [, dc, mul, escaped] = tests(records)
      expect(dc!.failures).toEqual([{
        kind: "failure",
        stack: "(in test file test/calc.bats, line 8)\n  `[ \"$result\" -eq 4 ]' failed"
      }])
      expect(mul!.skip).toEqual({ message: "no bc on this machine" })
      expect(escaped!.skip).toEqual({})
      expect(diagnostics(records)).toEqual([])
    }))

  it.effect("an escaped \\# is no directive; TODO: not ok is skipped with the todo kept, ok stays passed", () =>
    Effect.gen(function*() {
      const records = yield* read([
        "TAP version 13",
        "ok 1 - issue \\# SKIP 12",
        "not ok 2 - parses dates # TODO timezone support",
        "  ---",
        "  message: 'expected 1 to be 2'",
        "  stack: |-",
        "    at parse (src/date.js:3:9)",
        "  ...",
        "ok 3 - works already # TODO remove the todo",
        "1..3"
      ].join("\n"))
      expect(summary(records)).toEqual([
        ["", "issue # SKIP 12", "passed"],
        ["", "parses dates", "skipped"],
        ["", "works already", "passed"]
      ])
      expect(tests(records)[1]!.skip).toEqual({
        type: "todo",
        message: "timezone support",
        text: "expected 1 to be 2\nat parse (src/date.js:3:9)"
      })
      expect(tests(records)[2]!.attributes).toEqual({ todo: "remove the todo" })
    }))

  it.effect("TAP 13 YAML: duration, message, stack, failure type, node-tap's at:, node's location; the rest kept", () =>
    Effect.gen(function*() {
      const records = yield* read([
        "TAP version 13",
        "not ok 1 - should be equal",
        "  ---",
        "  duration_ms: 12.5",
        "  failureType: 'testCodeFailure'",
        "  error: \"Expected values to be strictly equal:\\n\\n1 !== 2\\n\"",
        "  found: 1",
        "  wanted: 2",
        "  at:",
        "    line: 4",
        "    column: 5",
        "    file: test/eq.js",
        "  stack: |",
        "    Test.<anonymous> (test/eq.js:4:5)",
        "    process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
        "  ...",
        "ok 2 - located",
        "  ---",
        "  duration_ms: 0.5",
        "  location: '/app/test/eq.js:10:3'",
        "  ...",
        "1..2"
      ].join("\n"))
      const [equal, located] = tests(records)
      expect(equal).toMatchObject({
        title: "should be equal",
        status: "failed",
        duration: 0.0125,
        file: "test/eq.js",
        line: 4,
        failures: [{
          kind: "failure",
          type: "testCodeFailure",
          message: "Expected values to be strictly equal:\n\n1 !== 2\n",
          stack:
            "Test.<anonymous> (test/eq.js:4:5)\nprocess.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
        }],
        attributes: { found: "1", wanted: "2" }
      })
      expect(located).toMatchObject({ status: "passed", duration: 0.0005, file: "/app/test/eq.js", line: 10 })
      expect(diagnostics(records)).toEqual([])
    }))

  it.effect("TAP 14 subtests by indentation: a closing point is its subtest's suite, not a test; pragma accepted", () =>
    Effect.gen(function*() {
      const records = yield* read([
        "TAP version 14",
        "pragma +strict",
        "1..2",
        "# Subtest: cart",
        "    1..2",
        "    ok 1 - adds",
        "    # Subtest: totals",
        "        ok 1 - sums",
        "        1..1",
        "    ok 2 - totals",
        "ok 1 - cart",
        "  ---",
        "  duration_ms: 30",
        "  ...",
        "ok 2 - checkout"
      ].join("\n"))
      expect(summary(records)).toEqual([
        ["cart", "adds", "passed"],
        ["cart > totals", "sums", "passed"],
        ["", "checkout", "passed"]
      ])
      expect(records.filter((r) => r.type === "suite")).toEqual([
        { type: "suite", source: "t.tap", path: ["cart", "totals"], name: "totals" },
        { type: "suite", source: "t.tap", path: ["cart"], name: "cart", duration: 0.03 }
      ])
      expect(diagnostics(records)).toEqual([])
    }))

  it.effect("a subtest without a # Subtest line is named by its closing point; its tests wait for that name", () =>
    Effect.gen(function*() {
      const records = yield* read(["    ok 1 - inner", "    1..1", "ok 1 - outer", "1..1"].join("\n"))
      expect(summary(records)).toEqual([["outer", "inner", "passed"]])
    }))

  it.effect("a subtest that fails with every test inside passing (a failing hook) is reported as a failed test", () =>
    Effect.gen(function*() {
      const records = yield* read([
        "# Subtest: db",
        "    ok 1 - reads",
        "    1..1",
        "not ok 1 - db",
        "  ---",
        "  error: 'after hook failed: connection refused'",
        "  ...",
        "# Subtest: api",
        "    not ok 1 - lists",
        "    1..1",
        "not ok 2 - api",
        "1..2"
      ].join("\n"))
      expect(summary(records)).toEqual([
        ["db", "reads", "passed"],
        ["", "db", "failed"],
        ["api", "lists", "failed"]
      ])
      expect(tests(records)[1]!.failures).toEqual([{
        kind: "failure",
        message: "after hook failed: connection refused"
      }])
    }))

  it.effect("Bail out!: what was reported is kept, nothing is invented, the bail-out is a diagnostic", () =>
    Effect.gen(function*() {
      const records = yield* read(
        ["1..3", "ok 1 - a", "Bail out! database down", "ok 2 - after the bail-out"].join("\n")
      )
      expect(summary(records)).toEqual([["", "a", "passed"]])
      expect(diagnostics(records)).toEqual([
        expect.objectContaining({
          severity: "warning",
          code: "bail-out",
          line: 3,
          message: expect.stringMatching(/database down.*1 of the 3 planned/)
        })
      ])
    }))

  it.effect("node --test colours: ANSI codes removed from names", () =>
    Effect.gen(function*() {
      const records = yield* read(
        ["TAP version 13", "# Subtest: \u001b[32mgreen\u001b[39m", "ok 1 - \u001b[32mgreen\u001b[39m", "1..1"].join(
          "\n"
        )
      )
      expect(summary(records)).toEqual([["", "green", "passed"]])
    }))

  it.effect("a plan that does not match, a cut inside a subtest, an empty input and no TAP at all are reported", () =>
    Effect.gen(function*() {
      const short = yield* read(["1..3", "ok 1 - a", "ok 2 - b"].join("\n"))
      expect(diagnostics(short)).toEqual([expect.objectContaining({ severity: "error", code: "plan-mismatch" })])
      const cut = yield* read(
        ["# Subtest: s", "    ok 1 - a", "    not ok 2 - b", "      ---", "      duration_ms: 1"].join("\n")
      )
      expect(summary(cut)).toEqual([["s", "a", "passed"], ["s", "b", "failed"]])
      expect(diagnostics(cut)).toEqual([expect.objectContaining({ severity: "error", code: "truncated-file" })])
      expect(diagnostics(yield* read(""))).toEqual([expect.objectContaining({ code: "empty-file" })])
      expect(diagnostics(yield* read("hello\nworld\n"))).toEqual([
        expect.objectContaining({ severity: "error", code: "unrecognized-format" })
      ])
    }))

  it.effect("a point is emitted as soon as the next line shows it complete, before the input ends", () =>
    Effect.gen(function*() {
      const piece = new TextEncoder().encode("TAP version 13\nok 1 - first\n  ---\n  duration_ms: 1\n  ...\n")
      const records = yield* Stream.make(piece).pipe(
        Stream.concat(Stream.fail("still running")),
        TapReader.stream({ source: "live" }),
        Stream.catchAll(() => Stream.empty),
        Stream.runCollect
      )
      expect(tests(Chunk.toArray(records)).map((t) => t.title)).toEqual(["first"])
    }))

  it("recognises TAP by its first line", () => {
    expect(["TAP version 14", "1..12", "ok 1 - a", "not ok", "# Subtest: x", "Bail out!"].map(TapReader.isFirstLine))
      .toEqual([true, true, true, true, true, true])
    expect(["okay", "{\"Action\":\"run\"}", "<testsuite>"].map(TapReader.isFirstLine)).toEqual([false, false, false])
  })
})

corpusConformance("TAP corpus", (source) => TapReader.stream({ source }), {
  "tap/tap2junit__test-nested.tap": {
    counts: { tests: 5, passed: 4, failed: 1, skipped: 0 },
    first: { title: "top level 1", suite: ["parent"], status: "passed", duration: 0.000340575089 },
    last: { title: "top level 4", suite: ["parent"], status: "passed" }
  },
  "tap/tap2junit__test-bailout.tap": {
    counts: { tests: 3, passed: 3, failed: 0, skipped: 0 },
    first: { title: "/MyTest/1", suite: [], status: "passed" },
    last: { title: "/MyTest/3", status: "passed" }
  },
  "tap/tap2junit__yaml-block.tap": {
    counts: { tests: 1, passed: 0, failed: 1, skipped: 0 },
    first: {
      title: "message/test_runner_describe_it",
      status: "failed",
      duration: 0.004758,
      failures: [{ kind: "failure", stack: expect.stringMatching(/^TAP version 13\n# Subtest: sync pass todo\n/) }],
      attributes: { severity: "fail", exitcode: "1" }
    }
  }
})
