import { describe, expect, it } from "@effect/vitest"
import * as Records from "@tr/core/Records"
import { corpusConformance } from "@tr/tooling/conformance"
import { readFileWith, readWith } from "@tr/tooling/records"
import { corpus, sharedDir } from "@tr/tooling/shared"
import { Effect } from "effect"
import { readFileSync } from "node:fs"
import { MAX_WAITING_RESULTS } from "../src/internal/handler.js"
import * as TrxReader from "../src/TrxReader.js"

const read = (xml: string, size?: number) => readWith(TrxReader.stream({ source: "results.trx" }), xml, size)

const result = (id: string, test: string, name: string, outcome: string, body = "") =>
  `<UnitTestResult executionId="${id}" testId="${test}" testName="${name}" computerName="ci" duration="00:00:01.2500000" startTime="2026-11-20T09:00:00.0000000+00:00" outcome="${outcome}">${body}</UnitTestResult>`

const definitions = `<TestDefinitions>
  <UnitTest name="AddsItem" storage="/repo/bin/Shop.Tests.dll" id="t1"><Execution id="e1"/><TestMethod codeBase="Shop.Tests.dll" className="Shop.Tests.CartTests, Shop.Tests, Version=1.0.0.0" name="AddsItem"/></UnitTest>
  <UnitTest name="Rows" storage="/repo/bin/Shop.Tests.dll" id="t2"><TestMethod className="Shop.Tests.CartTests" name="Rows"/></UnitTest>
  <UnitTest name="Hangs" storage="/repo/bin/Shop.Tests.dll" id="t3"><TestMethod className="Shop.Tests.NetTests" name="Hangs"/></UnitTest>
</TestDefinitions>`

const results = `<Results>
  ${
  result(
    "e1",
    "t1",
    "AddsItem",
    "Passed",
    "<Output><StdOut>added 1</StdOut></Output><ResultFiles><ResultFile path=\"cart.png\"/></ResultFiles>"
  )
}
  ${
  result(
    "p2",
    "t2",
    "Rows",
    "Failed",
    `<InnerResults>${result("c1", "t2", "Rows (1, 2)", "Passed")}${
      result(
        "c2",
        "t2",
        "Rows (3, 4)",
        "Failed",
        "<Output><ErrorInfo><Message>expected 7</Message><StackTrace>at Rows()</StackTrace></ErrorInfo></Output>"
      )
    }</InnerResults>`
  )
}
  ${result("e3", "t3", "Hangs", "Timeout")}
  ${
  result(
    "e4",
    "t9",
    "Unknown",
    "NotExecuted",
    "<Output><ErrorInfo><Message>not run: filtered</Message></ErrorInfo></Output>"
  )
}
</Results>`

/** What a writer counts for `results`: every result, the data-driven parent `Rows` and each of its rows alike. */
const COUNTERS = `<Counters total="6" executed="5" passed="2" failed="2" timeout="1" notExecuted="0"/>`

const trx = (inner: string, counters = COUNTERS) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<TestRun id="run" name="ci" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">${inner}<ResultSummary outcome="Failed">${counters}</ResultSummary></TestRun>`

describe("TrxReader", () => {
  for (
    const [order, inner] of [["results before definitions", results + definitions], [
      "definitions before results",
      definitions + results
    ]] as const
  ) {
    it.effect(`joins results to their definitions (${order}), data rows as tests of their own`, () =>
      Effect.gen(function*() {
        const records = yield* read(trx(inner), 37)
        const t = Records.tests(records)
        expect(t.map((x) => [x.title, x.status, x.className])).toEqual([
          ["AddsItem", "passed", "Shop.Tests.CartTests"],
          ["Rows (1, 2)", "passed", "Shop.Tests.CartTests"],
          ["Rows (3, 4)", "failed", "Shop.Tests.CartTests"],
          ["Hangs", "failed", "Shop.Tests.NetTests"],
          ["Unknown", "skipped", undefined]
        ])
        expect(t[0]).toMatchObject({
          suite: ["Shop.Tests.dll", "Shop.Tests.CartTests"],
          duration: 1.25,
          stdout: "added 1",
          attachments: [{ path: "cart.png" }]
        })
        expect(t[1]?.parameters).toEqual([{ value: "1" }, { value: "2" }])
        expect(t[2]?.failures).toEqual([{ kind: "failure", message: "expected 7", stack: "at Rows()" }])
        expect(t[3]?.failures).toEqual([{ kind: "error", type: "Timeout" }])
        expect(t[4]?.skip).toEqual({ message: "not run: filtered", type: "NotExecuted" })
        expect(Records.diagnostics(records).map((d) => d.code)).toEqual(["definitions-missing"])
      }))
  }

  it.effect(`holds at most ${MAX_WAITING_RESULTS} results while waiting for definitions, and says what lost its class`, () =>
    Effect.gen(function*() {
      const n = MAX_WAITING_RESULTS + 5
      const many = Array.from({ length: n }, (_, i) => result(`e${i}`, "t1", `Case${i}`, "Passed")).join("")
      const records = yield* read(
        trx(`<Results>${many}</Results>${definitions}`, `<Counters total="${n}" passed="${n}"/>`)
      )
      const t = Records.tests(records)
      expect(t).toHaveLength(n)
      expect(t.filter((x) => x.className === undefined)).toHaveLength(MAX_WAITING_RESULTS)
      expect(t.at(-1)?.className).toBe("Shop.Tests.CartTests")
      expect(Records.diagnostics(records)[0]?.message).toBe(
        `${MAX_WAITING_RESULTS} results were written without their class name: more than ${MAX_WAITING_RESULTS} results came before the test definitions`
      )
    }))

  it.effect("holds at most maxDefinitions definitions, and says which results lost their class for it", () =>
    Effect.gen(function*() {
      const records = yield* readWith(
        TrxReader.stream({ source: "results.trx", maxDefinitions: 1 }),
        trx(definitions + results)
      )
      const t = Records.tests(records)
      expect(t).toHaveLength(5)
      expect(t.filter((x) => x.className !== undefined).map((x) => x.title)).toEqual(["AddsItem"])
      const messages = Records.diagnostics(records).map((d) => d.message)
      expect(messages).toContain(
        "2 test definitions were not held: more than 1 tests are defined; results of those tests have no class name"
      )
      expect(messages).toContain(
        "4 results name a test the file does not define (or whose definition was not held); they have no class name"
      )
    }))

  it.effect("names the framework by the adapter: its name, or the uid of a Microsoft.Testing.Platform framework", () =>
    Effect.gen(function*() {
      const adapters = [
        "executor://xunit/VsTestRunner2/netcoreapp",
        "executor://30ea7c6e-dd24-4152-a360-1387158cd41d/2.0.3",
        "executor://30EA7C6E-DD24-4152-A360-1387158CD41D",
        "executor://NUnitExtension/5.0.0",
        "executor://nunit3testexecutor/",
        "executor://TUnitExtension/1.43.11.0",
        "executor://MSTest.Sdk/4.4.1",
        "Microsoft.VisualStudio.TestTools.TestTypes.Unit.UnitTestAdapter, Microsoft.VisualStudio.QualityTools.Tips.UnitTest.Adapter",
        "executor://0b5b4a5e-0000-4000-8000-000000000000/1.0",
        "executor://pharos/run"
      ]
      const defined = adapters.map((adapter, i) =>
        `<UnitTest name="T${i}" id="t${i}"><TestMethod className="App.Tests" name="T${i}" adapterTypeName="${adapter}"/></UnitTest>`
      ).join("")
      const ran = adapters.map((_, i) => result(`e${i}`, `t${i}`, `T${i}`, "Passed")).join("")
      const records = yield* read(
        trx(`<Results>${ran}</Results><TestDefinitions>${defined}</TestDefinitions>`, "")
      )
      expect(Records.tests(records).map((t) => [t.title, t.framework, t.tool])).toEqual([
        ["T0", "xUnit.net", "TRX"],
        ["T1", "xUnit.net", "TRX"],
        ["T2", "xUnit.net", "TRX"],
        ["T3", "NUnit", "TRX"],
        ["T4", "NUnit", "TRX"],
        ["T5", "TUnit", "TRX"],
        ["T6", "MSTest", "TRX"],
        ["T7", "MSTest", "TRX"],
        // An unknown uid, and a tool's own name: no framework is named.
        ["T8", undefined, "TRX"],
        ["T9", undefined, "TRX"]
      ])
    }))

  it.effect("checks <Counters> against every result read, by the status its outcome is read as", () =>
    Effect.gen(function*() {
      const warnings = (counters: string) =>
        Effect.map(
          read(trx(definitions + results, counters)),
          (records) => Records.diagnostics(records).filter((d) => d.code === "count-mismatch")
        )
      // Outcome counters add up to the status they are read as; executed and the skipped counters are not compared.
      expect(yield* warnings(`<Counters total="6" executed="2" passed="1" warning="1" failed="1" aborted="2"/>`))
        .toEqual([])
      expect(yield* warnings(`<Counters total="6" notExecuted="5" inconclusive="3"/>`)).toEqual([])
      const wrong = `<Counters total="7" passed="2" failed="1" timeout="1"/>`
      const [off, ...more] = yield* warnings(wrong)
      expect(more).toEqual([])
      expect(off).toMatchObject({ severity: "warning", source: "results.trx" })
      expect(off?.message).toBe("<Counters> declares total=7 but 6 found, failed+timeout=2 but 3 found")
      expect(off?.line).toBe(trx(definitions + results, wrong).split("\n").findIndex((l) => l.includes(wrong)) + 1)
      // A file cut before its end is not compared with a summary it never reached.
      const cut = yield* read(trx(definitions + results).replace("</TestRun>", ""))
      expect(Records.diagnostics(cut).map((d) => d.code)).not.toContain("count-mismatch")
    }))

  it.effect("finds result files where Visual Studio puts them: {runDeploymentRoot}/In/{relativeResultsDirectory}/", () =>
    Effect.gen(function*() {
      const records = yield* read(trx(
        `<TestSettings name="default"><Deployment runDeploymentRoot="ci_BOX 2026-11-20 09_00_00"/></TestSettings>` +
          `<Results><UnitTestResult executionId="e1" testId="t1" testName="AddsItem" outcome="Failed" ` +
          `relativeResultsDirectory="e1-dir"><ResultFiles><ResultFile path="shots\\cart.png"/>` +
          `<ResultFile path="/abs/log.txt"/></ResultFiles></UnitTestResult>` +
          `<UnitTestResult executionId="e2" testId="t2" testName="Rows" outcome="Passed">` +
          `<ResultFiles><ResultFile path="beside.png"/></ResultFiles></UnitTestResult></Results>` + definitions
      ))
      const [first, second] = Records.tests(records)
      expect(first!.attachments).toEqual([
        { path: "ci_BOX 2026-11-20 09_00_00/In/e1-dir/shots/cart.png" },
        { path: "/abs/log.txt" }
      ])
      // Without a results directory, beside the report.
      expect(second!.attachments).toEqual([{ path: "beside.png" }])
    }))
})

describe.skipIf(sharedDir() === undefined)("TRX corpus: <Counters> agree with the results of every real file", () => {
  for (
    const file of [
      "trx/allure2__testresultsWithChildren.trx",
      "trx/dorny__FluentValidation.Tests.trx",
      "trx/dorny__dotnet-trx.trx",
      "trx/dorny__dotnet-xunitv3.trx",
      "trx/enricomi__yami_YAMILEX_2015-10-24_04_18_59.trx",
      "edge-malformed/dorny__dotnet-trx-empty-test-definitions.trx"
    ]
  ) {
    it.effect(file, () =>
      Effect.gen(function*() {
        const records = yield* readFileWith(TrxReader.stream({ source: file }), corpus(file))
        expect(Records.diagnostics(records).filter((d) => d.code === "count-mismatch")).toEqual([])
        // The same file whose summary counts one result more is told so: the check is live on this file.
        const text = readFileSync(corpus(file), "utf8")
        const total = Number(/<Counters total="(\d+)"/.exec(text)?.[1])
        const more = yield* read(text.replace(/<Counters total="\d+"/, `<Counters total="${total + 1}"`))
        expect(Records.diagnostics(more).filter((d) => d.code === "count-mismatch").map((d) => d.message)).toEqual([
          `<Counters> declares total=${total + 1} but ${total} found`
        ])
      }))
  }
})

corpusConformance("TRX corpus", (source) => TrxReader.stream({ source }), {
  "trx/allure2__testresultsWithChildren.trx": {
    counts: { tests: 5, passed: 3, failed: 2, skipped: 0 },
    first: { title: "UnitTest_One", className: "Test" }
  },
  "trx/dorny__FluentValidation.Tests.trx": {
    counts: { tests: 804, passed: 803, failed: 0, skipped: 1 },
    first: {
      title: "FluentValidation.Tests.ValidatorTesterTester.ShouldNotHaveValidationError_async_model_throws",
      className: "FluentValidation.Tests.ValidatorTesterTester"
    }
  },
  "trx/dorny__dotnet-trx.trx": {
    counts: { tests: 11, passed: 5, failed: 5, skipped: 1 },
    first: {
      title: "DotnetTests.XUnitTests.CalculatorTests.Timeout_Test",
      className: "DotnetTests.XUnitTests.CalculatorTests"
    }
  },
  "trx/dorny__dotnet-xunitv3.trx": {
    counts: { tests: 4, passed: 1, failed: 3, skipped: 0 },
    first: {
      title: "DotnetTests.XUnitV3Tests.FixtureTests.Failing_Test",
      className: "DotnetTests.XUnitV3Tests.FixtureTests"
    }
  },
  "trx/enricomi__yami_YAMILEX_2015-10-24_04_18_59.trx": {
    counts: { tests: 25, passed: 2, failed: 3, skipped: 20 },
    first: { title: "TestMethod1", className: "Prueba_Sistema.UnitTest1" }
  }
})

describe.skipIf(sharedDir() === undefined)("TRX corpus: edge cases", () => {
  it.effect("edge-malformed/dorny__dotnet-trx-empty-test-definitions.trx", () =>
    Effect.gen(function*() {
      const file = "edge-malformed/dorny__dotnet-trx-empty-test-definitions.trx"
      const records = yield* readFileWith(TrxReader.stream({ source: file }), corpus(file))
      expect(Records.counts(records).tests).toBe(0)
      expect(Records.diagnostics(records).filter((d) => d.severity === "error")).toEqual([])
    }))
})
