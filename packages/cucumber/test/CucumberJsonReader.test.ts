import { describe, expect, it } from "@effect/vitest"
import * as Records from "@tr/core/Records"
import { readFileWith, readWith } from "@tr/tooling/records"
import { corpus, sharedDir, SKIP_MESSAGE } from "@tr/tooling/shared"
import { Effect } from "effect"
import { fileURLToPath } from "node:url"
import * as CucumberJsonReader from "../src/CucumberJsonReader.js"

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))
const readFixture = (name: string, size?: number) =>
  readFileWith(CucumberJsonReader.stream({ source: name }), fixture(name), size)
const read = (json: string, size?: number) => readWith(CucumberJsonReader.stream({ source: "c.json" }), json, size)

describe("CucumberJsonReader: cucumber-jvm", () => {
  it.effect("one test per scenario and outline row, background steps and hooks in each, fed a byte at a time", () =>
    Effect.gen(function*() {
      const records = yield* readFixture("jvm.json", 1)
      expect(Records.source(records)).toEqual({ type: "source", path: "jvm.json", format: "cucumber" })
      const tests = Records.tests(records)
      expect(tests.map((t) => [t.title, t.status])).toEqual([
        ["Add a book", "failed"],
        ["Pay with <card>", "passed"],
        ["Pay with <card>", "skipped"]
      ])
      const [add, visa, bitcoin] = tests
      expect(add).toMatchObject({
        suite: ["Cart"],
        file: "src/test/resources/cart.feature",
        line: 8,
        testId: "1a2b3c4d",
        tags: ["@web", "@T1a2b3c4d"],
        startedAt: "2026-12-01T10:00:00.000Z",
        stdout: "added Dune",
        gherkin: { feature: "Cart", featureTags: ["@web"], keyword: "Scenario" }
      })
      // 2 + 1.5 + 3 + 0.5 + 4 + 1 ms: hooks and the background count.
      expect(add!.duration).toBeCloseTo(0.012, 9)
      expect(add!.failures).toEqual([{
        kind: "failure",
        message: "org.opentest4j.AssertionFailedError: expected: <1> but was: <0>",
        stack: expect.stringContaining("CartSteps.java:31"),
        file: "src/test/resources/cart.feature",
        line: 10
      }])
      expect(add!.steps!.map((s) => [s.title, s.category, s.status])).toEqual([
        ["Before (steps.Hooks.open())", "hook", "passed"],
        ["Given a signed-in customer", "user", "passed"],
        ["When I add \"Dune\"", "user", "passed"],
        ["Then the cart holds 1 book", "user", "failed"],
        ["And the total is 9.99", "user", "skipped"],
        ["After (steps.Hooks.close())", "hook", "passed"]
      ])
      expect(add!.steps![2]!.steps).toEqual([{
        title: "AfterStep (steps.Hooks.shot())",
        category: "hook",
        status: "passed",
        duration: 0.0005
      }])
      expect(add!.steps![3]!.error?.message).toBe("org.opentest4j.AssertionFailedError: expected: <1> but was: <0>")
      expect(visa!.gherkin).toMatchObject({ keyword: "Scenario Outline", outlineIndex: 1 })
      expect(bitcoin!.gherkin).toMatchObject({ keyword: "Scenario Outline", outlineIndex: 2 })
      expect(bitcoin!.skip).toEqual({ message: "undefined step: When I pay with bitcoin", type: "undefined" })
      expect(new Set(tests.map((t) => t.id)).size).toBe(3)
      expect(Records.diagnostics(records)).toEqual([])
    }))

  it.effect("gives the same records whatever the piece size", () =>
    Effect.gen(function*() {
      expect(yield* readFixture("jvm.json", 7)).toEqual(yield* readFixture("jvm.json"))
    }))
})

describe("CucumberJsonReader: other writers", () => {
  it.effect("cucumber-js: hidden Before/After steps are hooks, pending is a skip kind, ambiguous fails", () =>
    Effect.gen(function*() {
      const tests = Records.tests(yield* readFixture("js.json"))
      expect(tests.map((t) => [t.title, t.status, t.file])).toEqual([
        ["finds a book", "skipped", "features/search.feature"],
        ["finds nothing", "failed", "features/search.feature"]
      ])
      expect(tests[0]!.steps!.map((s) => [s.title, s.category, s.status])).toEqual([
        ["Before", "hook", "passed"],
        ["Given an open catalogue", "user", "passed"],
        ["When I search for", "user", "skipped"],
        ["Then I see \"Dune\"", "user", "skipped"],
        ["After", "hook", "passed"]
      ])
      expect(tests[0]!.skip).toEqual({ message: "pending step: When I search for", type: "pending" })
      expect(tests[1]!.failures![0]).toMatchObject({
        kind: "failure",
        type: "ambiguous",
        message: "Multiple step definitions match:",
        line: 14
      })
    }))

  it.effect("behave: durations in seconds, location for uri and line, bare tags, error lines, a background once", () =>
    Effect.gen(function*() {
      const records = yield* readFixture("behave.json")
      expect(Records.source(records)).toMatchObject({ format: "cucumber", dialect: "behave" })
      const [valid, wrong] = Records.tests(records)
      expect(valid).toMatchObject({
        title: "valid password",
        status: "passed",
        file: "features/login.feature",
        line: 6,
        duration: 0.75,
        tags: ["@auth", "@smoke", "@T0badf00d"],
        testId: "0badf00d"
      })
      // The background's steps (no results of their own) come first, as behave ran them.
      expect(valid!.steps!.map((s) => [s.title, s.status])).toEqual([
        ["Given the login page", undefined],
        ["Given the login page", "passed"],
        ["When I sign in", "passed"]
      ])
      expect(wrong).toMatchObject({ title: "wrong password -- @1.1 Bad", status: "failed", line: 14 })
      expect(wrong!.failures![0]).toMatchObject({
        message: "Assertion Failed: expected an error",
        stack: "Assertion Failed: expected an error\nTraceback (most recent call last):\n  File \"login.py\", line 13",
        line: 10
      })
      expect(wrong!.steps![2]!.status).toBe("skipped")
    }))

  it.effect("godog: nanoseconds, feature fields first", () =>
    Effect.gen(function*() {
      const [t] = Records.tests(yield* readFixture("godog.json"))
      expect(t).toMatchObject({ title: "Eat 5 out of 12", status: "failed", duration: 0.000168 })
      expect(t!.failures![0]!.message).toBe("expected 7 godogs to be remaining, but there is 12")
    }))

  it.effect("milliseconds when told (cucumber-js 2 and 3 wrote them)", () =>
    Effect.gen(function*() {
      const records = yield* readWith(
        CucumberJsonReader.stream({ source: "old.json", durationUnit: "ms" }),
        JSON.stringify([{
          name: "F",
          uri: "f.feature",
          elements: [{
            name: "s",
            type: "scenario",
            steps: [{ name: "x", result: { status: "passed", duration: 250 } }]
          }]
        }])
      )
      expect(Records.tests(records)[0]!.duration).toBe(0.25)
    }))
})

describe("CucumberJsonReader: damaged and odd input", () => {
  it.effect("keeps the features before malformed JSON and names line and column", () =>
    Effect.gen(function*() {
      const records = yield* read(
        `[{"name":"A","uri":"a.feature","elements":[{"name":"s1","type":"scenario"}]},\n{"name": x}]`
      )
      expect(Records.tests(records).map((t) => t.title)).toEqual(["s1"])
      expect(Records.diagnostics(records)).toEqual([
        expect.objectContaining({ code: "invalid-json", severity: "error", line: 2, column: 10 })
      ])
    }))

  it.effect("says a cut file is cut, keeping what was read", () =>
    Effect.gen(function*() {
      const records = yield* read(`[{"name":"A","elements":[{"name":"s1","type":"scenario"},{"name":"s2"`)
      expect(Records.tests(records).map((t) => t.title)).toEqual(["s1"])
      expect(Records.diagnostics(records).map((d) => d.code)).toEqual(["truncated-file"])
    }))

  it.effect("an empty file, XML, and a report with no scenarios", () =>
    Effect.gen(function*() {
      expect(Records.diagnostics(yield* read("")).map((d) => d.code)).toEqual(["empty-file"])
      expect(Records.diagnostics(yield* read("<testsuite/>")).map((d) => d.code)).toEqual(["unrecognized-format"])
      const none = yield* read("[]")
      expect(Records.source(none)).toMatchObject({ format: "cucumber" })
      expect(Records.diagnostics(none).map((d) => [d.code, d.severity])).toEqual([["no-scenarios", "warning"]])
    }))

  it.effect("reads old behave's {\"features\": [...]} too", () =>
    Effect.gen(function*() {
      const records = yield* read(
        `{ "features": [{"keyword":"Feature","location":"a.feature:1","name":"A",` +
          `"elements":[{"keyword":"Scenario","location":"a.feature:3","name":"s","steps":[]}]}]}`
      )
      expect(Records.tests(records).map((t) => [t.title, t.file, t.line, t.status])).toEqual([
        ["s", "a.feature", 3, "passed"]
      ])
    }))
})

if (sharedDir() === undefined) console.warn(SKIP_MESSAGE)

describe.skipIf(sharedDir() === undefined)("CucumberJsonReader: the corpus", () => {
  const readCorpus = (name: string) =>
    readFileWith(CucumberJsonReader.stream({ source: name }), corpus(`cucumber-json/${name}`))

  it.effect("captain__before_fail.json: a failed Before hook fails the scenario, its steps skipped", () =>
    Effect.gen(function*() {
      const records = yield* readCorpus("captain__before_fail.json")
      const tests = Records.tests(records)
      expect(Records.counts(records)).toEqual({ tests: 1, passed: 0, failed: 1, skipped: 0 })
      expect(tests[0]).toMatchObject({
        title: "With a failing before hook",
        suite: ["Rule Sample"],
        file: "features/rule.feature",
        line: 34,
        duration: 0.000141,
        tags: ["@feature_tag", "@rule_tag", "@failing_before_hook"]
      })
      expect(tests[0]!.failures![0]!.message).toBe("failed in before hook (RuntimeError)")
      expect(tests[0]!.steps!.map((s) => s.status)).toEqual(["failed", "skipped", "skipped", "skipped"])
    }))

  it.effect("trcli__sample_cucumber_advanced.json: outline rows, background, a rule", () =>
    Effect.gen(function*() {
      const records = yield* readCorpus("trcli__sample_cucumber_advanced.json")
      const tests = Records.tests(records)
      expect(Records.counts(records)).toEqual({ tests: 4, passed: 4, failed: 0, skipped: 0 })
      expect(tests[0]).toMatchObject({
        title: "Add items to cart",
        suite: ["Shopping Cart"],
        line: 10,
        parameters: [{ name: "quantity", value: "1" }, { name: "product", value: "Laptop" }, {
          name: "price",
          value: "$1000"
        }],
        gherkin: { feature: "Shopping Cart", outlineIndex: 1 }
      })
      expect(tests[0]!.steps!.map((s) => s.title)).toEqual([
        "Given I am logged in as a customer",
        "And my shopping cart is empty",
        "When I add \"1\" of \"Laptop\" to my cart",
        "Then my cart should contain \"1\" items",
        "And the total price should be \"$1000\""
      ])
      expect(tests[0]!.duration).toBe(5)
      expect(tests.at(-1)).toMatchObject({
        title: "Valid credit card payment",
        suite: ["Payment Processing", "Payment validation"],
        file: "features/payment.feature",
        line: 11,
        duration: 5.5,
        tags: ["@payment", "@validation", "@credit-card"]
      })
      expect(tests.at(-1)!.steps![0]!.title).toBe("Given the payment gateway is available")
    }))

  it.effect("trrparser__test-with-skipped-steps.json: the failed step's error, the skipped step after", () =>
    Effect.gen(function*() {
      const records = yield* readCorpus("trrparser__test-with-skipped-steps.json")
      expect(Records.counts(records)).toEqual({ tests: 1, passed: 0, failed: 1, skipped: 0 })
      const [t] = Records.tests(records)
      expect(t).toMatchObject({
        title: "Addition of two numbers",
        suite: ["Addition"],
        file: "features/sample.feature",
        line: 5,
        duration: 0.002678399
      })
      expect(t!.failures![0]).toMatchObject({ message: "AssertionError [ERR_ASSERTION]: 13 == 14", line: 8 })
      expect(t!.steps!.map((s) => s.status)).toEqual(["passed", "passed", "failed", "skipped"])
    }))
})
