import { describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import { corpusConformance } from "@tr/tooling/conformance"
import { readWith } from "@tr/tooling/records"
import { Effect } from "effect"
import * as RobotReader from "../src/RobotReader.js"

const read = (xml: string, size?: number) => readWith(RobotReader.stream({ source: "output.xml" }), xml, size)
const tests = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.TestCase => r.type === "test")
const errors = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r) => r.type === "diagnostic" && r.severity === "error")

/** Robot Framework 7 (schema 5): `start` and `elapsed`, `<tag>` in the test, `owner`. */
const RF7 = `<?xml version="1.0" encoding="UTF-8"?>
<robot generator="Robot 7.0" generated="2026-01-01T10:00:00.000000" rpa="false" schemaversion="5">
<suite id="s1" name="Shop" source="/app/tests">
<suite id="s1-s1" name="Cart" source="/app/tests/cart.robot">
<test id="s1-s1-t1" name="Adds an item @Tabcd1234" line="7">
<kw name="Open Cart" type="SETUP">
<status status="PASS" start="2026-01-01T10:00:00.100000" elapsed="0.200000"/>
</kw>
<kw name="Add" owner="CartLibrary">
<arg>apple</arg>
<arg>2</arg>
<msg time="2026-01-01T10:00:00.400000" level="INFO">added 2 apples</msg>
<status status="PASS" start="2026-01-01T10:00:00.300000" elapsed="0.150000"/>
</kw>
<for flavor="IN">
<iter>
<kw name="Log"><arg>x</arg><status status="PASS" start="2026-01-01T10:00:00.500000" elapsed="0.001000"/></kw>
<status status="PASS" start="2026-01-01T10:00:00.500000" elapsed="0.001000"/>
</iter>
<status status="PASS" start="2026-01-01T10:00:00.500000" elapsed="0.001000"/>
</for>
<doc>Adds one item.</doc>
<tag>smoke</tag>
<tag>cart</tag>
<status status="PASS" start="2026-01-01T10:00:00.000000" elapsed="1.500000">all good</status>
</test>
<test id="s1-s1-t2" name="Removes an item" line="15">
<kw name="Should Be Equal" owner="BuiltIn">
<arg>1</arg><arg>0</arg>
<msg time="2026-01-01T10:00:02.000000" level="FAIL">1 != 0</msg>
<status status="FAIL" start="2026-01-01T10:00:02.000000" elapsed="0.010000"/>
</kw>
<status status="FAIL" start="2026-01-01T10:00:02.000000" elapsed="0.020000">1 != 0</status>
</test>
<test id="s1-s1-t3" name="Pays" line="20">
<status status="SKIP" start="2026-01-01T10:00:03.000000" elapsed="0.000000">Skipped with Skip keyword: no gateway</status>
</test>
<test id="s1-s1-t4" name="Refunds" line="24">
<status status="NOT RUN" start="2026-01-01T10:00:03.000000" elapsed="0.000000">Dry run</status>
</test>
<status status="FAIL" start="2026-01-01T10:00:00.000000" elapsed="3.100000"/>
</suite>
<status status="FAIL" start="2026-01-01T10:00:00.000000" elapsed="3.200000"/>
</suite>
<statistics><total><stat pass="1" fail="1" skip="2">All Tests</stat></total></statistics>
<errors></errors>
</robot>
`

/** Robot Framework 6 (schema 4): `starttime`/`endtime`, `<tags>`, `library`. */
const RF6 = `<?xml version="1.0" encoding="UTF-8"?>
<robot generator="Robot 6.1 (Python 3.11)" generated="20260101 10:00:00.000" rpa="false" schemaversion="4">
<suite id="s1" name="Login" source="/app/login.robot">
<test id="s1-t1" name="Valid login" line="3">
<kw name="Input Text" library="SeleniumLibrary">
<arg>id:user</arg>
<status status="FAIL" starttime="20260101 10:00:00.100" endtime="20260101 10:00:01.350"/>
<msg timestamp="20260101 10:00:01.300" level="FAIL">Element 'id:user' not found</msg>
</kw>
<tags><tag>login</tag></tags>
<status status="FAIL" starttime="20260101 10:00:00.000" endtime="20260101 10:00:02.500"></status>
</test>
<status status="FAIL" starttime="20260101 10:00:00.000" endtime="20260101 10:00:02.600"/>
</suite>
</robot>
`

describe("RobotReader", () => {
  it.effect("Robot Framework 7: suites nest, keywords and control structures are steps, statuses and times map", () =>
    Effect.gen(function*() {
      const records = yield* read(RF7, 7)
      expect(records[0]).toEqual({ type: "source", path: "output.xml", format: "robot" })
      expect(tests(records).map((t) => [t.suite, t.title, t.status])).toEqual([
        [["Shop", "Cart"], "Adds an item", "passed"],
        [["Shop", "Cart"], "Removes an item", "failed"],
        [["Shop", "Cart"], "Pays", "skipped"],
        [["Shop", "Cart"], "Refunds", "skipped"]
      ])
      const [adds, removes, pays, refunds] = tests(records)
      expect(adds).toMatchObject({
        testId: "abcd1234",
        file: "/app/tests/cart.robot",
        line: 7,
        duration: 1.5,
        startedAt: "2026-01-01T10:00:00.000000",
        tags: ["smoke", "cart"],
        stdout: "[INFO] added 2 apples",
        attributes: { doc: "Adds one item.", message: "all good", id: "s1-s1-t1" }
      })
      expect(adds!.steps).toEqual([
        { title: "Open Cart", category: "hook", status: "passed", duration: 0.2 },
        { title: "Add  apple  2", status: "passed", duration: 0.15 },
        {
          title: "FOR IN",
          status: "passed",
          duration: 0.001,
          steps: [{
            title: "ITERATION",
            status: "passed",
            duration: 0.001,
            steps: [{ title: "Log  x", status: "passed", duration: 0.001 }]
          }]
        }
      ])
      expect(removes!.failures).toEqual([{ kind: "failure", message: "1 != 0" }])
      expect(removes!.steps![0]).toMatchObject({ status: "failed", error: { message: "1 != 0" } })
      expect(pays!.skip).toEqual({ message: "Skipped with Skip keyword: no gateway" })
      expect(refunds!.skip).toEqual({ message: "Dry run", type: "not run" })
      expect(records.filter((r) => r.type === "suite").map((s) => (s as Canonical.Suite).path)).toEqual([
        ["Shop", "Cart"],
        ["Shop"]
      ])
      expect(errors(records)).toEqual([])
    }))

  it.effect("Robot Framework 6: starttime/endtime durations, <tags>, a failure message from the FAIL log line", () =>
    Effect.gen(function*() {
      const [login] = tests(yield* read(RF6))
      expect(login).toMatchObject({
        title: "Valid login",
        suite: ["Login"],
        status: "failed",
        duration: 2.5,
        tags: ["login"],
        failures: [{ kind: "failure", message: "Element 'id:user' not found" }],
        stdout: "[FAIL] Element 'id:user' not found"
      })
      expect(login!.steps).toEqual([{
        title: "Input Text  id:user",
        status: "failed",
        duration: 1.25,
        error: { message: "Element 'id:user' not found" }
      }])
    }))

  it.effect("a file cut inside a test keeps the tests before it and names the unfinished one", () =>
    Effect.gen(function*() {
      const cut = RF7.slice(0, RF7.indexOf("<test id=\"s1-s1-t3\""))
      const records = yield* read(cut)
      expect(tests(records).map((t) => t.title)).toEqual(["Adds an item", "Removes an item"])
      expect(errors(records)).toEqual([expect.objectContaining({ code: "truncated-file" })])
    }))
})

corpusConformance("Robot Framework corpus", (source) => RobotReader.stream({ source }), {
  "robot-xml/trcli__robotframework_simple_RF70.xml": {
    counts: { tests: 4, passed: 3, failed: 1, skipped: 0 },
    first: {
      title: "Subtest 1a",
      suite: ["Sub-Tests", "Subtests 1"],
      file: "rf/tests-basic/sub-tests/subtests 1.robot",
      line: 5,
      status: "passed",
      duration: 2.5,
      startedAt: "2023-07-12T22:32:12.951000"
    },
    last: { title: "Subtest 2b", suite: ["Sub-Tests", "Subtests 2"], status: "passed", duration: 3.001, line: 8 }
  }
})
