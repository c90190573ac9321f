import { describe, expect, it } from "@effect/vitest"
import * as Records from "@tr/core/Records"
import { corpusConformance } from "@tr/tooling/conformance"
import { readFileWith, readWith } from "@tr/tooling/records"
import { corpus, sharedDir } from "@tr/tooling/shared"
import { Effect } from "effect"
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

const trx = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<TestRun id="run" name="ci" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">${inner}<ResultSummary outcome="Failed"><Counters total="5" passed="2" failed="2"/></ResultSummary></TestRun>`

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
      const records = yield* read(trx(`<Results>${many}</Results>${definitions}`))
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
