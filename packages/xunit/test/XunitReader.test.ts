import { describe, expect, it } from "@effect/vitest"
import * as Records from "@tr/core/Records"
import { corpusConformance } from "@tr/tooling/conformance"
import { readWith } from "@tr/tooling/records"
import { Effect } from "effect"
import * as XunitReader from "../src/XunitReader.js"

const read = (xml: string, size?: number) => readWith(XunitReader.stream({ source: "results.xml" }), xml, size)

const V2 = `<?xml version="1.0" encoding="utf-8"?>
<assemblies timestamp="11/20/2026 09:00:00">
  <assembly name="/repo/bin/Shop.Tests.dll" run-date="2026-11-20" total="4" passed="1" failed="2" skipped="1" time="0.5">
    <collection total="4" passed="1" failed="2" skipped="1" name="Test collection for Shop.Tests.CartTests" time="0.5">
      <test name="Shop.Tests.CartTests.AddsItem" type="Shop.Tests.CartTests" method="AddsItem" time="0.01" result="Pass">
        <output><![CDATA[added]]></output>
        <traits><trait name="Category" value="smoke"/><trait name="Owner" value="team-a"/></traits>
      </test>
      <test name="Shop.Tests.CartTests.Totals(a: 2, b: 3)" type="Shop.Tests.CartTests" method="Totals" time="0.2" result="Fail">
        <failure exception-type="Xunit.Sdk.EqualException">
          <message><![CDATA[Assert.Equal() Failure: Expected 5, Actual 6]]></message>
          <stack-trace><![CDATA[   at Shop.Tests.CartTests.Totals(Int32 a, Int32 b) in CartTests.cs:line 30]]></stack-trace>
        </failure>
      </test>
      <test name="Shop.Tests.CartTests.Divides" type="Shop.Tests.CartTests" method="Divides" time="0.01" result="Fail">
        <failure exception-type="System.DivideByZeroException"><message><![CDATA[Attempted to divide by zero.]]></message></failure>
      </test>
      <test name="Shop.Tests.CartTests.Ships" type="Shop.Tests.CartTests" method="Ships" time="0" result="Skip">
        <reason><![CDATA[carrier API down]]></reason>
      </test>
    </collection>
    <errors>
      <error type="fixture-cleanup" name="Shop.Tests.DbFixture"><failure exception-type="System.IO.IOException"><message><![CDATA[database locked]]></message></failure></error>
    </errors>
  </assembly>
</assemblies>`

describe("XunitReader", () => {
  it.effect("reads xUnit.net v2: results, exception types, skip reasons, output, traits, parameters", () =>
    Effect.gen(function*() {
      const records = yield* read(V2, 53)
      expect(Records.source(records)).toMatchObject({ format: "xunit", dialect: "xunit2" })
      const t = Records.tests(records)
      expect(t.map((x) => [x.title, x.status])).toEqual([
        ["Shop.Tests.CartTests.AddsItem", "passed"],
        ["Shop.Tests.CartTests.Totals(a: 2, b: 3)", "failed"],
        ["Shop.Tests.CartTests.Divides", "failed"],
        ["Shop.Tests.CartTests.Ships", "skipped"]
      ])
      expect(t[0]).toMatchObject({
        suite: ["Shop.Tests.dll", "Test collection for Shop.Tests.CartTests"],
        className: "Shop.Tests.CartTests",
        stdout: "added",
        tags: ["smoke"],
        properties: [{ name: "Category", value: "smoke" }, { name: "Owner", value: "team-a" }]
      })
      expect(t[1]?.failures).toEqual([{
        kind: "failure",
        type: "Xunit.Sdk.EqualException",
        message: "Assert.Equal() Failure: Expected 5, Actual 6",
        stack: "   at Shop.Tests.CartTests.Totals(Int32 a, Int32 b) in CartTests.cs:line 30"
      }])
      expect(t[1]?.parameters).toEqual([{ value: "a: 2" }, { value: "b: 3" }])
      expect(t[2]?.failures?.[0]?.kind).toBe("error")
      expect(t[3]?.skip).toEqual({ message: "carrier API down" })
      const d = Records.diagnostics(records)
      expect(d.map((x) => x.code)).toEqual(["fixture-failure"])
      expect(d[0]?.message).toContain("fixture-cleanup outside a test (Shop.Tests.DbFixture): database locked")
    }))

  it.effect("reads v3 source locations and start times", () =>
    Effect.gen(function*() {
      const v3 =
        `<assemblies schema-version="3"><assembly name="a.dll"><collection name="c"><test name="T.M" type="T" method="M" result="NotRun" time="0" source-file="T.cs" source-line="12" start-rtf="2026-11-20T09:00:00Z"/></collection></assembly></assemblies>`
      const records = yield* read(v3)
      expect(Records.source(records)?.dialect).toBe("xunit3")
      expect(Records.tests(records)[0]).toMatchObject({
        file: "T.cs",
        line: 12,
        startedAt: "2026-11-20T09:00:00Z",
        status: "skipped",
        skip: { type: "NotRun" }
      })
    }))

  it.effect("carries v3 attachment contents within the text cap (text, or base64 with its media type)", () =>
    Effect.gen(function*() {
      const png = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256)
      const base64 = btoa(String.fromCharCode(...png))
      const big = "x".repeat(5000)
      const v3 = `<assemblies schema-version="3"><assembly name="a.dll"><collection name="c">` +
        `<test name="T.M" type="T" method="M" result="Fail" time="0"><failure><message>no</message></failure>` +
        `<attachments><attachment name="log"><![CDATA[line 1\nline 2 é]]></attachment>` +
        `<attachment name="screen" media-type="image/png">\n${base64.slice(0, 200)}\n${
          base64.slice(200)
        }\n</attachment>` +
        `<attachment name="huge.txt">${big}</attachment>` +
        `<attachment name="after" media-type="application/octet-stream">${base64}</attachment>` +
        `</attachments></test>` +
        `<test name="T.N" type="T" method="N" result="Pass" time="0"><attachments><attachment name="own">fits</attachment>` +
        `</attachments></test></collection></assembly></assemblies>`
      const records = yield* readWith(XunitReader.stream({ source: "results.xml", maxTextLength: 700 }), v3, 97)
      const [first, second] = Records.tests(records)
      expect(first!.attachments).toEqual([
        { name: "log", contentType: "text/plain", content: "line 1\nline 2 é", size: 16 },
        { name: "screen", contentType: "image/png", content: base64, encoding: "base64", size: 300 },
        // Over the cap: named and counted, not carried.
        { name: "huge.txt", contentType: "text/plain", size: 5000 },
        // Within the cap alone, but not with what the test already carries.
        { name: "after", contentType: "application/octet-stream", encoding: "base64", size: 300 }
      ])
      expect(first!.truncated).toEqual([{ field: "attachments", length: 5000 }, { field: "attachments", length: 400 }])
      expect(second!.attachments).toEqual([{ name: "own", contentType: "text/plain", content: "fits", size: 4 }])
      expect(second!.truncated).toBeUndefined()
      expect(atob(first!.attachments![1]!.content!)).toBe(String.fromCharCode(...png))
    }))
})

corpusConformance("xUnit.net corpus", (source) => XunitReader.stream({ source }), {
  "xunit-net/captain__xunit_dot_net.xml": {
    counts: { tests: 15, passed: 13, failed: 1, skipped: 1 },
    first: { title: "NullAssertsTests+Null.Success", className: "NullAssertsTests+Null" }
  },
  "xunit-net/enricomi__testcase1.xml": {
    counts: { tests: 3, passed: 1, failed: 1, skipped: 1 },
    first: { title: "MyProject.Tests.SampleFact.FailedTest", className: "MyProject.Tests.SampleFact" }
  },
  "xunit-net/trrparser__xunit3_fail.xml": {
    counts: { tests: 1, passed: 0, failed: 1, skipped: 0 },
    first: {
      title: "XUnit3Example2.UnitTest2.FailingTest",
      file: "C:\\dev\\code\\_Experiments\\NUnitSample\\XUnit3Example2\\UnitTest2.cs"
    }
  }
})
