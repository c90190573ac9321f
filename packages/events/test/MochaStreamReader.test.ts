import { describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import { readWith } from "@tr/tooling/records"
import { Effect } from "effect"
import * as MochaStreamReader from "../src/MochaStreamReader.js"

const read = (events: ReadonlyArray<unknown>, size?: number) =>
  readWith(
    MochaStreamReader.stream({ source: "mocha.ndjson" }),
    events.map((e) => JSON.stringify(e)).join("\n") + "\n",
    size
  )
const tests = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.TestCase => r.type === "test")
const diagnostics = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.Diagnostic => r.type === "diagnostic")

const FILE = "/app/test/cart.spec.js"

describe("MochaStreamReader", () => {
  it.effect("pass and fail lines are tests; the suites' part of fullTitle is the suite; end's counts checked", () =>
    Effect.gen(function*() {
      const records = yield* read([
        ["start", { total: 3 }],
        ["pass", {
          title: "adds @Tabcd1234",
          fullTitle: "Cart items adds @Tabcd1234",
          file: FILE,
          duration: 12,
          currentRetry: 0
        }],
        ["fail", {
          title: "removes",
          fullTitle: "Cart items removes",
          file: FILE,
          duration: 3,
          currentRetry: 0,
          err: "expected 1 to equal 0",
          stack: "AssertionError: expected 1 to equal 0\n    at Context.<anonymous> (test/cart.spec.js:9:5)"
        }],
        ["pass", { title: "retried", fullTitle: "retried", file: FILE, duration: 1, currentRetry: 2 }],
        ["end", { suites: 2, tests: 3, passes: 2, pending: 0, failures: 1 }]
      ], 1)
      expect(records[0]).toEqual({
        type: "source",
        path: "mocha.ndjson",
        format: "mocha-json-stream",
        dialect: "mocha"
      })
      const [adds, removes, retried] = tests(records)
      expect(adds).toMatchObject({
        title: "adds",
        testId: "abcd1234",
        suite: ["Cart items"],
        file: FILE,
        status: "passed",
        duration: 0.012
      })
      expect(removes).toMatchObject({
        title: "removes",
        status: "failed",
        failures: [{
          kind: "failure",
          message: "expected 1 to equal 0",
          stack: "AssertionError: expected 1 to equal 0\n    at Context.<anonymous> (test/cart.spec.js:9:5)"
        }]
      })
      expect(retried).toMatchObject({ suite: [], status: "passed", flaky: true, attributes: { currentRetry: "2" } })
      expect(diagnostics(records)).toEqual([])
    }))

  it.effect("pending lines are skipped tests; counts that disagree are a warning; no end line means a cut run", () =>
    Effect.gen(function*() {
      const counted = yield* read([
        ["start", { total: 2 }],
        ["pending", { title: "later", fullTitle: "Cart later", file: FILE }],
        ["end", { passes: 1, pending: 1, failures: 0 }]
      ])
      expect(tests(counted)).toEqual([expect.objectContaining({ title: "later", status: "skipped", skip: {} })])
      expect(diagnostics(counted)).toEqual([
        expect.objectContaining({
          severity: "warning",
          code: "count-mismatch",
          message: expect.stringMatching(/passes=1/)
        })
      ])
      const cut = yield* read([["start", { total: 2 }], ["pass", { title: "a", fullTitle: "a", duration: 1 }]])
      expect(tests(cut)).toHaveLength(1)
      expect(diagnostics(cut)).toEqual([expect.objectContaining({ severity: "error", code: "truncated-file" })])
    }))

  it("recognises its events, and not other JSON arrays", () => {
    expect(MochaStreamReader.isEvent(["start", { total: 1 }])).toBe(true)
    expect(MochaStreamReader.isEvent(["pass", "x"])).toBe(false)
    expect(MochaStreamReader.isEvent([1, 2])).toBe(false)
  })
})
