import { describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import { Chunk, Effect, Stream } from "effect"
import * as OctaneClient from "../src/OctaneClient.js"
import * as OctaneGherkin from "../src/OctaneGherkin.js"
import * as OctaneSink from "../src/OctaneSink.js"
import * as OctaneValidator from "../src/OctaneValidator.js"
import { config, emulator, options, sharedXsd, stream, test } from "./helpers.js"

const scenario = (
  feature: string,
  n: number,
  extra: Partial<Canonical.TestCase> = {}
): Canonical.TestCase =>
  test(n, {
    source: "cucumber.json",
    title: `scenario ${n}`,
    suite: [feature],
    file: `features/${feature.toLowerCase()}.feature`,
    className: undefined as never,
    steps: [
      { title: "Before (hooks.js:2)", category: "hook", status: "passed", duration: 0.001 },
      { title: "Given a cart", category: "user", status: "passed", duration: 0.0024 },
      { title: "Then it holds 1", category: "user", status: "passed", duration: 0.1 }
    ],
    gherkin: { feature, featureTags: ["@web", "@TID4001REV0.2.0"], keyword: "Scenario" },
    ...extra
  })

const { className: _c, ...failedBase } = scenario("Cart", 2)
const failed: Canonical.TestCase = {
  ...failedBase,
  status: "failed",
  startedAt: "2026-12-01T10:00:00Z",
  failures: [{ kind: "failure", message: "expected 1", stack: "AssertionError: expected 1\n  at cart.js:9" }],
  steps: [
    { title: "Given a cart", category: "user", status: "passed", duration: 0.002 },
    {
      title: "Then it holds 1",
      category: "user",
      status: "failed",
      duration: 0.004,
      error: { message: "expected 1", stack: "AssertionError: expected 1\n  at cart.js:9" }
    }
  ],
  gherkin: { feature: "Cart", featureTags: ["@web", "@TID4001REV0.2.0"], keyword: "Scenario Outline", outlineIndex: 2 }
}

const build = (tests: ReadonlyArray<Canonical.TestCase>, extra: Partial<OctaneSink.PayloadOptions> = {}) =>
  OctaneSink.payloads(
    stream(tests),
    { ...options(), chunkSize: 1000, now: 1764583200000, ...extra },
    Stream.runCollect
  ).pipe(Effect.map(([c, stats]) => ({ payloads: Chunk.toArray(c), stats })))
const xml = (p: OctaneSink.Payload) => new TextDecoder().decode(p.bytes)

describe("OctaneGherkin", () => {
  it.effect("a feature's scenarios as one gherkin_test_run, in a payload of Gherkin runs only", () =>
    Effect.gen(function*() {
      const { payloads, stats } = yield* build([scenario("Cart", 1), failed], {
        featureText: (file) => (file === "features/cart.feature" ? "@web @TID4001REV0.2.0\nFeature: Cart\n" : undefined)
      })
      expect(payloads).toHaveLength(1)
      expect(payloads[0]!.size).toBe(2)
      expect(payloads[0]!.tests!.map((t) => t.title)).toEqual(["scenario 1", "scenario 2"])
      const text = xml(payloads[0]!)
      expect(text).not.toContain("<test_run ")
      expect(text).toContain(
        `<test_fields><test_field type="Test_Level" value="Gherkin Test"/><test_field type="Framework" value="Cucumber"/></test_fields>`
      )
      expect(text).toContain(`<gherkin_test_run name="Cart" duration="500" status="Failed">`)
      expect(text).toContain(
        `<feature name="Cart" path="features/cart.feature" started="1796119200000" tag="TID4001REV0.2.0">` +
          `<file>@web @TID4001REV0.2.0\nFeature: Cart\n</file>`
      )
      // Hooks that passed are left out; steps keep status, whole milliseconds and the error.
      expect(text).toContain(
        `<scenario name="scenario 1" status="Passed"><steps><step name="Given a cart" duration="2" status="passed"/>`
      )
      expect(text).toContain(
        `<scenario name="scenario 2" outlineIndex="2" status="Failed"><steps>` +
          `<step name="Given a cart" duration="2" status="passed"/>` +
          `<step name="Then it holds 1" duration="4" status="failed"><error_message>AssertionError: expected 1\n  at cart.js:9</error_message></step>`
      )
      expect(stats.problems).toEqual([])
    }))

  it.effect("features of two frameworks go in payloads of their own: Framework is a field of the payload", () =>
    Effect.gen(function*() {
      const { payloads } = yield* build([
        scenario("Cart", 1, { framework: "Cucumber-JVM" }),
        scenario("Login", 2, { framework: "behave" }),
        scenario("Search", 3, { framework: "Cucumber-JVM" })
      ])
      const frameworks = payloads.map((p) => /type="Framework" value="([^"]*)"/.exec(xml(p))?.[1])
      expect(frameworks.sort()).toEqual(["Cucumber-JVM", "behave"])
      expect(payloads.map((p) => p.tests!.map((t) => t.gherkin?.feature)).sort()).toEqual([
        ["Cart", "Search"],
        ["Login"]
      ])
    }))

  it.effect("rebuilds the feature text from the scenarios when the file is not found, and says so", () =>
    Effect.gen(function*() {
      const { payloads, stats } = yield* build([scenario("Cart", 1)])
      expect(xml(payloads[0]!)).toContain(
        `<file>@web @TID4001REV0.2.0\nFeature: Cart\n\n  Scenario: scenario 1\n    Given a cart\n    Then it holds 1</file>`
      )
      expect(stats.problems).toEqual([
        `cucumber.json: feature "Cart": its file features/cart.feature was not found, so its text was rebuilt from the scenarios`
      ])
    }))

  it.effect("a run mixing BDD and other tests sends two kinds of payload; Gherkin runs count toward the limit", () =>
    Effect.gen(function*() {
      const mixed = [
        test(1),
        scenario("Cart", 1),
        scenario("Cart", 2),
        scenario("Pay", 3),
        test(2),
        scenario("Ship", 4),
        scenario("Ship", 5)
      ]
      const { payloads } = yield* build(mixed, { chunkSize: 2 })
      for (const p of payloads) {
        expect(xml(p).includes("<gherkin_test_run") && xml(p).includes("<test_run ")).toBe(false)
      }
      const gherkin = payloads.filter((p) => xml(p).includes("<gherkin_test_run"))
      // Three features (five scenarios) in payloads of at most two runs.
      const runs = gherkin.map((p) => xml(p).split("<gherkin_test_run ").length - 1)
      expect(runs.every((n) => n <= 2)).toBe(true)
      expect(runs.reduce((a, b) => a + b, 0)).toBe(3)
      expect(gherkin.reduce((n, p) => n + p.size, 0)).toBe(5)
      expect(payloads.flatMap((p) => p.tests ?? []).map((t) => t.id).sort()).toEqual(mixed.map((t) => t.id).sort())
    }))

  it.effect.skipIf(sharedXsd() === undefined)(
    "every payload validates against the XSD a live server serves",
    () =>
      Effect.gen(function*() {
        const validate = OctaneValidator.make(sharedXsd()!)
        const { payloads } = yield* build([
          test(1),
          scenario("Cart", 1),
          failed,
          scenario("x".repeat(300), 4, { file: undefined as never, gherkin: { feature: "x".repeat(300) } }),
          scenario("Empty", 5, { steps: [] })
        ])
        expect(payloads).toHaveLength(2)
        for (const p of payloads) yield* validate(p.bytes)
      })
  )

  it.scopedLive("reaches the emulator, which validates Gherkin payloads against the XSD", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const summary = yield* OctaneSink.push(stream([test(1), scenario("Cart", 1), failed]), options()).pipe(
        Effect.provide(OctaneClient.layer(config(e)))
      )
      expect(summary.accepted).toBe(3)
      const gherkin = e.payloads.flatMap((p) => p.gherkinRuns)
      expect(gherkin.map((g) => [g.attributes["name"], g.attributes["status"], g.feature["path"]])).toEqual([
        ["Cart", "Failed", "features/cart.feature"]
      ])
      expect(gherkin[0]!.scenarios.map((s) => [s.attributes["name"], s.attributes["outlineIndex"]])).toEqual([
        ["scenario 1", undefined],
        ["scenario 2", "2"]
      ])
      expect(gherkin[0]!.scenarios[1]!.steps[1]!.error).toContain("expected 1")
      expect(e.payloads.flatMap((p) => p.runs).map((r) => r.attributes["name"])).toEqual(["test1"])
    }))
})

describe("OctaneGherkin.rebuildFeature", () => {
  it("writes the feature's tags, its name, and each scenario with its own tags and steps", () => {
    expect(OctaneGherkin.rebuildFeature([scenario("Cart", 1, { tags: ["@web", "@TID4001REV0.2.0", "@slow"] })])).toBe(
      "@web @TID4001REV0.2.0\nFeature: Cart\n\n  @slow\n  Scenario: scenario 1\n    Given a cart\n    Then it holds 1"
    )
  })
})
