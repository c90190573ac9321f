import { describe, expect, it } from "@effect/vitest"
import * as Records from "@tr/core/Records"
import { corpusConformance } from "@tr/tooling/conformance"
import { readWith } from "@tr/tooling/records"
import { Effect } from "effect"
import * as TestngReader from "../src/TestngReader.js"

const read = (xml: string, size?: number) => readWith(TestngReader.stream({ source: "testng-results.xml" }), xml, size)

const method = (attrs: string, body = "") =>
  `<test-method ${attrs} started-at="2026-11-20T09:00:00Z" duration-ms="250">${body}</test-method>`

const REPORT = `<?xml version="1.0" encoding="UTF-8"?>
<testng-results total="5" passed="2" failed="1" skipped="1" retried="1">
  <suite name="Shop suite">
    <groups>
      <group name="smoke"><method signature="adds()" name="adds" class="shop.CartTest"/></group>
    </groups>
    <test name="Cart">
      <class name="shop.CartTest">
        ${
  method(
    `status="PASS" signature="adds()[pri:0, instance:shop.CartTest@1]" name="adds" description="adds an item"`,
    `<reporter-output><line><![CDATA[added]]></line><line><![CDATA[done]]></line></reporter-output>`
  )
}
        ${
  method(
    `status="SKIP" signature="pays(java.lang.String)[pri:0, instance:shop.CartTest@1]" name="pays" retried="true"`,
    `<exception class="java.lang.AssertionError"><message><![CDATA[declined]]></message><full-stacktrace><![CDATA[java.lang.AssertionError: declined]]></full-stacktrace></exception>`
  )
}
        ${
  method(
    `status="PASS" signature="pays(java.lang.String)[pri:0, instance:shop.CartTest@1]" name="pays" data-provider="cards"`,
    `<params><param index="0"><value><![CDATA[visa]]></value></param></params>`
  )
}
        ${
  method(
    `status="FAIL" signature="totals()[pri:0, instance:shop.CartTest@1]" name="totals"`,
    `<exception class="java.lang.IllegalStateException"><message><![CDATA[no prices]]></message><full-stacktrace><![CDATA[java.lang.IllegalStateException: no prices]]></full-stacktrace></exception>`
  )
}
      </class>
      <class name="shop.PayTest">
        ${
  method(
    `is-config="true" status="FAIL" signature="setUp()[pri:0, instance:shop.PayTest@2]" name="setUp"`,
    `<exception class="java.io.IOException"><message><![CDATA[no database]]></message></exception>`
  )
}
        ${method(`status="SKIP" signature="refunds()[pri:0, instance:shop.PayTest@2]" name="refunds"`)}
        ${
  method(`is-config="true" status="PASS" signature="tearDown()[pri:0, instance:shop.PayTest@2]" name="tearDown"`)
}
      </class>
    </test>
  </suite>
</testng-results>`

describe("TestngReader", () => {
  it.effect("leaves out a duration-ms out of range with a warning, and keeps the test", () =>
    Effect.gen(function*() {
      const huge = "9".repeat(400)
      const records = yield* read(
        `<testng-results><suite name="S"><test name="T"><class name="C">` +
          `<test-method status="PASS" name="a" duration-ms="${huge}"/><test-method status="PASS" name="b" duration-ms="1500"/>` +
          `</class></test></suite></testng-results>`
      )
      expect(Records.tests(records).map((t) => [t.title, t.duration])).toEqual([["a", undefined], ["b", 1.5]])
      expect(Records.diagnostics(records)).toMatchObject([{ severity: "warning", code: "invalid-duration" }])
    }))

  it.effect("reads methods with groups, parameters, output, retries, and what a failed configuration skipped", () =>
    Effect.gen(function*() {
      const records = yield* read(REPORT, 41)
      expect(Records.source(records)).toMatchObject({ format: "testng" })
      const t = Records.tests(records)
      expect(t.map((x) => [x.title, x.status])).toEqual([["adds", "passed"], ["pays", "passed"], ["totals", "failed"], [
        "refunds",
        "skipped"
      ]])
      expect(t[0]).toMatchObject({
        suite: ["Shop suite", "Cart"],
        className: "shop.CartTest",
        duration: 0.25,
        tags: ["smoke"],
        stdout: "added\ndone",
        attributes: { description: "adds an item" }
      })
      expect(t[1]).toMatchObject({
        flaky: true,
        parameters: [{ value: "visa" }],
        attempts: [{
          kind: "flakyFailure",
          message: "declined",
          type: "java.lang.AssertionError",
          stack: "java.lang.AssertionError: declined",
          duration: 0.25
        }]
      })
      expect(t[2]?.failures).toEqual([{
        kind: "error",
        message: "no prices",
        type: "java.lang.IllegalStateException",
        stack: "java.lang.IllegalStateException: no prices"
      }])
      expect(t[3]?.skip).toEqual({ message: "configuration method setUp of shop.PayTest failed: no database" })
      expect(Records.diagnostics(records).map((d) => d.code)).toEqual(["configuration-failure"])
    }))
})

corpusConformance("TestNG corpus", (source) => TestngReader.stream({ source }), {
  "testng/trrparser__failures.setup.teardown.xml": {
    counts: { tests: 6, passed: 0, failed: 0, skipped: 6 },
    first: { title: "GU", className: "C.T.ST" }
  },
  "testng/trrparser__multiple-suites-retries.xml": {
    counts: { tests: 6, passed: 4, failed: 2, skipped: 0 },
    first: { title: "GU", className: "C.T.ST" }
  }
})
