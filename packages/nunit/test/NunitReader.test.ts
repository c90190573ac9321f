import { describe, expect, it } from "@effect/vitest"
import * as Records from "@tr/core/Records"
import { corpusConformance } from "@tr/tooling/conformance"
import { readWith } from "@tr/tooling/records"
import { Effect } from "effect"
import * as NunitReader from "../src/NunitReader.js"

const read = (xml: string, size?: number) => readWith(NunitReader.stream({ source: "TestResult.xml" }), xml, size)

const NUNIT3 = `<?xml version="1.0" encoding="utf-8"?>
<test-run id="0" testcasecount="7" result="Failed" total="7" passed="2" failed="2" skipped="3" start-time="2026-11-20 09:00:00Z">
  <test-suite type="Assembly" name="Shop.Tests.dll" fullname="/repo/Shop.Tests.dll" result="Failed">
    <test-suite type="TestSuite" name="Shop" fullname="Shop" result="Failed">
      <test-suite type="TestFixture" name="CartTests" fullname="Shop.CartTests" classname="Shop.CartTests" result="Failed">
        <properties><property name="Category" value="fast"/></properties>
        <test-case name="AddsItem" fullname="Shop.CartTests.AddsItem" methodname="AddsItem" classname="Shop.CartTests" result="Passed" duration="0.012" start-time="2026-11-20T09:00:00.1Z">
          <output><![CDATA[added 1 item]]></output>
          <attachments><attachment><filePath>/tmp/cart.png</filePath><description>the cart</description></attachment></attachments>
        </test-case>
        <test-case name="Totals(2,3)" fullname="Shop.CartTests.Totals(2,3)" methodname="Totals" classname="Shop.CartTests" result="Failed" duration="0.5">
          <properties><property name="Category" value="math"/><property name="ID" value="@T1a2b3c4d"/></properties>
          <failure><message><![CDATA[  Expected: 5
  But was:  6
]]></message><stack-trace><![CDATA[at Shop.CartTests.Totals(Int32 a, Int32 b) in CartTests.cs:line 30]]></stack-trace></failure>
        </test-case>
        <test-case name="Divides" fullname="Shop.CartTests.Divides" classname="Shop.CartTests" result="Failed" label="Error" duration="0.001">
          <failure><message><![CDATA[System.DivideByZeroException : Attempted to divide by zero.]]></message></failure>
        </test-case>
        <test-case name="Ships" fullname="Shop.CartTests.Ships" classname="Shop.CartTests" result="Skipped" label="Ignored" duration="0">
          <reason><message><![CDATA[carrier API down]]></message></reason>
        </test-case>
        <test-case name="Maybe" fullname="Shop.CartTests.Maybe" classname="Shop.CartTests" result="Inconclusive" duration="0"/>
        <test-case name="Slow" fullname="Shop.CartTests.Slow" classname="Shop.CartTests" result="Skipped" label="Explicit" duration="0"/>
        <test-case name="Empties" fullname="Shop.CartTests.Empties" classname="Shop.CartTests" result="Passed" duration="0.002"/>
      </test-suite>
      <test-suite type="TestFixture" name="PayTests" fullname="Shop.PayTests" classname="Shop.PayTests" result="Failed" site="TearDown">
        <failure><message><![CDATA[TearDown : could not close the connection]]></message></failure>
      </test-suite>
    </test-suite>
  </test-suite>
</test-run>`

const NUNIT2 = `<?xml version="1.0" encoding="utf-8"?>
<test-results name="Shop.Tests.dll" total="3" errors="1" failures="1" not-run="1" date="2026-11-20" time="09:00:00">
  <test-suite type="Assembly" name="Shop.Tests.dll" executed="True" result="Failure" success="False" time="0.2">
    <results>
      <test-suite type="Namespace" name="Shop" executed="True" result="Failure" success="False" time="0.2">
        <results>
          <test-suite type="TestFixture" name="PriceTests" executed="True" result="Failure" success="False" time="0.2">
            <categories><category name="pricing"/></categories>
            <results>
              <test-case name="Shop.PriceTests.Rounds" executed="True" result="Success" success="True" time="0.1" asserts="1"/>
              <test-case name="Shop.PriceTests.Converts(&quot;EUR&quot;,1.5)" executed="True" result="Failure" success="False" time="0.05">
                <failure><message><![CDATA[Expected 1.5]]></message><stack-trace><![CDATA[at Shop.PriceTests.Converts()]]></stack-trace></failure>
              </test-case>
              <test-case name="Shop.PriceTests.Taxes" executed="True" result="Error" success="False" time="0.01">
                <failure><message><![CDATA[NullReferenceException]]></message></failure>
              </test-case>
              <test-case name="Shop.PriceTests.Legacy" executed="False" result="Ignored">
                <reason><message><![CDATA[obsolete]]></message></reason>
              </test-case>
            </results>
          </test-suite>
        </results>
      </test-suite>
    </results>
  </test-suite>
</test-results>`

describe("NunitReader", () => {
  it.effect("reads NUnit 3: results, labels, reasons, output, properties, categories, attachments, parameters", () =>
    Effect.gen(function*() {
      const records = yield* read(NUNIT3, 61)
      expect(Records.source(records)).toMatchObject({ format: "nunit", dialect: "nunit3" })
      const t = Records.tests(records)
      expect(t.map((x) => [x.title, x.status])).toEqual([
        ["AddsItem", "passed"],
        ["Totals(2,3)", "failed"],
        ["Divides", "failed"],
        ["Ships", "skipped"],
        ["Maybe", "skipped"],
        ["Slow", "skipped"],
        ["Empties", "passed"]
      ])
      expect(t[0]).toMatchObject({
        suite: ["Shop", "CartTests"],
        className: "Shop.CartTests",
        duration: 0.012,
        startedAt: "2026-11-20T09:00:00.1Z",
        stdout: "added 1 item",
        tags: ["fast"],
        attachments: [{ path: "/tmp/cart.png", name: "the cart" }]
      })
      expect(t[1]).toMatchObject({
        failures: [{
          kind: "failure",
          message: "Expected: 5\n  But was:  6",
          stack: "at Shop.CartTests.Totals(Int32 a, Int32 b) in CartTests.cs:line 30"
        }],
        parameters: [{ value: "2" }, { value: "3" }],
        tags: ["math"],
        testId: "1a2b3c4d"
      })
      expect(t[2]?.failures?.[0]).toMatchObject({
        kind: "error",
        type: "Error",
        message: "System.DivideByZeroException : Attempted to divide by zero."
      })
      expect(t[3]?.skip).toEqual({ message: "carrier API down", type: "Ignored" })
      expect(t[4]?.skip).toEqual({ type: "Inconclusive" })
      expect(t[5]?.skip).toEqual({ type: "Explicit" })
      const d = Records.diagnostics(records)
      expect(d.map((x) => x.code)).toEqual(["fixture-failure"])
      expect(d[0]?.message).toContain(
        `TestFixture "Shop.PayTests" failed in TearDown: TearDown : could not close the connection`
      )
    }))

  it.effect("reads NUnit 2: full names become titles within their fixture, categories become tags", () =>
    Effect.gen(function*() {
      const records = yield* read(NUNIT2, 7)
      expect(Records.source(records)).toMatchObject({ format: "nunit", dialect: "nunit2" })
      const t = Records.tests(records)
      expect(t.map((x) => [x.title, x.className, x.status])).toEqual([
        ["Rounds", "Shop.PriceTests", "passed"],
        ["Converts(\"EUR\",1.5)", "Shop.PriceTests", "failed"],
        ["Taxes", "Shop.PriceTests", "failed"],
        ["Legacy", "Shop.PriceTests", "skipped"]
      ])
      expect(t[0]).toMatchObject({ suite: ["Shop", "PriceTests"], tags: ["pricing"], duration: 0.1 })
      expect(t[1]?.parameters).toEqual([{ value: "\"EUR\"" }, { value: "1.5" }])
      expect(t[2]?.failures?.[0]?.kind).toBe("error")
      expect(t[3]?.skip).toEqual({ message: "obsolete", type: "not executed" })
      expect(Records.diagnostics(records)).toEqual([])
    }))

  it.effect("keeps the tests read before a cut, and names the unfinished one", () =>
    Effect.gen(function*() {
      const records = yield* read(NUNIT3.slice(0, NUNIT3.indexOf("carrier API")))
      expect(Records.tests(records).map((t) => t.title)).toEqual(["AddsItem", "Totals(2,3)", "Divides"])
      const [cut] = Records.diagnostics(records)
      expect(cut).toMatchObject({ code: "truncated-file", severity: "error" })
      expect(cut?.message).toContain(`unfinished test case "Ships"`)
    }))

  it.effect("keeps the text of a message around an output nested in it (hostile nesting), the output its own", () =>
    Effect.gen(function*() {
      const [test] = Records.tests(
        yield* read(
          `<test-run><test-case name="T" result="Failed"><failure><message>head <output>out</output>tail</message>` +
            `</failure></test-case></test-run>`
        )
      )
      expect(test).toMatchObject({ status: "failed", stdout: "out" })
      expect(test?.failures?.[0]?.message).toBe("head tail")
    }))

  it.effect("keeps 64 names of suites nested deeper, with one warning, and reads the tests", () =>
    Effect.gen(function*() {
      const depth = 3000
      const records = yield* read(
        `<test-run>${`<test-suite type="TestSuite" name="s">`.repeat(depth)}<test-case name="T" result="Passed"/>` +
          `${`</test-suite>`.repeat(depth)}</test-run>`
      )
      expect(Records.tests(records).map((t) => [t.title, t.suite.length])).toEqual([["T", 64]])
      expect(Records.diagnostics(records).map((d) => d.code)).toEqual(["deep-nesting"])
    }))

  it.effect("says XML of another kind is not an NUnit report", () =>
    Effect.gen(function*() {
      const [d] = Records.diagnostics(yield* read(`<testsuites/>`))
      expect(d?.message).toBe(
        "not an NUnit report: the root element is <testsuites>, expected <test-run> or <test-results>"
      )
    }))
})

corpusConformance("NUnit corpus", (source) => NunitReader.stream({ source }), {
  "nunit2/enricomi__pickles.xml": {
    counts: { tests: 4, passed: 3, failed: 1, skipped: 0 },
    first: { title: `AddingSeveralNumbers("60","70","130",System.String[])` }
  },
  "nunit3/dorny__dotnet-nunit.xml": {
    counts: { tests: 9, passed: 3, failed: 5, skipped: 1 },
    first: { title: "Exception_In_TargetTest", className: "DotnetTests.XUnitTests.CalculatorTests" }
  },
  "nunit3/enricomi__NUnit-correct.xml": {
    counts: { tests: 28, passed: 18, failed: 2, skipped: 8 },
    first: { title: "FailingTest" }
  },
  "nunit3/enricomi__NUnit-issue44527.xml": {
    counts: { tests: 150, passed: 6, failed: 144, skipped: 0 },
    first: { className: "MyCompanyUiSettings.Tl.My_Tasks._My_Requests.Grid.GridValidation" }
  }
})
