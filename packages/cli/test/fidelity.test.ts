/**
 * What lands in Testomat.io and ALM Octane is what each runner meant: reports as runners write them, read in process
 * and pushed through both emulators, checked in the payloads each service received.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { deliver, type Delivered, forOctane, forTestomat, inOctane, inTestomat, read, type Seen } from "./deliver.js"
import { fixture, lines, run } from "./run.js"

const push = (name: string, xml: string, mapping?: Parameters<typeof deliver>[1]) =>
  Effect.flatMap(read(name, new TextEncoder().encode(xml)), (records) => deliver(records, mapping))

/** Each service received the test as `want` says (among the tests of that title). */
const arrived = (d: Delivered, want: Seen) => {
  expect(inTestomat(d, want.title)).toContainEqual(forTestomat(want))
  expect(inOctane(d, want.title)).toContainEqual(forOctane(want))
}

describe("what each service receives", () => {
  it.live("pytest: grouped by class, else module, with the module's file; never under the suite `pytest`", () =>
    Effect.gen(function*() {
      const d = yield* push(
        "pytest.xml",
        `<testsuites><testsuite name="pytest" tests="2" failures="0" errors="0" skipped="0" hostname="ci">
          <testcase classname="tests.test_login.TestLogin" name="test_accepts" time="0.01"/>
          <testcase classname="tests.test_utils" name="test_slug" time="0.01"/>
        </testsuite></testsuites>`
      )
      const framework = "pytest"
      arrived(d, {
        title: "test_accepts",
        suite: "TestLogin",
        file: "tests/test_login.py",
        package: "tests.test_login",
        class: "TestLogin",
        framework
      })
      arrived(d, {
        title: "test_slug",
        suite: "test_utils",
        file: "tests/test_utils.py",
        package: "tests",
        class: "test_utils",
        framework
      })
    }))

  it.live("a suite's `file` is the file of its tests (jest-junit and any other writer)", () =>
    Effect.gen(function*() {
      const jest = yield* push(
        "jest.xml",
        `<testsuites name="jest tests" tests="1"><testsuite name="Login" file="src/login.test.js" tests="1">
          <testcase classname="Login form" name="signs in" time="0.002"/>
        </testsuite></testsuites>`
      )
      arrived(jest, {
        title: "signs in",
        suite: "Login form",
        file: "src/login.test.js",
        package: "src/login.test.js",
        class: "Login form",
        framework: "Jest"
      })
      const other = yield* push(
        "rspec.xml",
        `<testsuite name="rspec" tests="1"><testsuite name="Cart" file="spec/cart_spec.rb">
          <testcase classname="Cart" name="adds an item" time="0.1"/>
        </testsuite></testsuite>`
      )
      arrived(other, { title: "adds an item", suite: "Cart", file: "spec/cart_spec.rb", class: "Cart" })
    }))

  it.live("Playwright: two projects are two executions of one test, and a spec file is a folder and a file", () =>
    Effect.gen(function*() {
      const project = (name: string, failed: boolean) =>
        `<testsuite name="auth/login.spec.ts" timestamp="2024-01-01T00:00:00Z" hostname="${name}" tests="2"
            failures="${failed ? 1 : 0}" skipped="0" time="1" errors="0">
          <testcase name="Login › signs in" classname="auth/login.spec.ts" time="0.5">${
          failed ? `<failure message="timeout" type="Error">Error: timeout</failure>` : ""
        }</testcase>
          <testcase name="shows the form" classname="auth/login.spec.ts" time="0.5"></testcase>
        </testsuite>`
      const d = yield* push(
        "playwright.xml",
        `<testsuites id="" name="" tests="4" failures="1" skipped="0" errors="0" time="2">
          ${project("chromium", false)}${project("firefox", true)}
        </testsuites>`
      )
      const framework = "Playwright"
      const signsIn = { title: "signs in", suite: "Login", file: "auth/login.spec.ts", package: "auth/login.spec.ts" }
      for (const execution of ["chromium", "firefox"]) {
        arrived(d, { ...signsIn, class: "Login", framework, execution })
        arrived(d, {
          title: "shows the form",
          suite: "login.spec.ts",
          file: "auth/login.spec.ts",
          package: "auth",
          class: "login.spec.ts",
          framework,
          execution
        })
      }
      // Same test identity, distinct runs: the failure on one browser is not overwritten by the pass on the other.
      const runs = d.octane.filter((r) => r.attributes["name"] === "signs in")
      expect(runs.map((r) => [r.attributes["run_name"], r.attributes["status"]])).toEqual([
        ["chromium", "Passed"],
        ["firefox", "Failed"]
      ])
      expect(new Set(runs.map((r) => `${r.attributes["package"]}/${r.attributes["class"]}`)).size).toBe(1)
      const rids = d.testomat.map((t) => t["rid"])
      expect(new Set(rids).size).toBe(4)
      expect(d.testomat.filter((t) => t["title"] === "signs in").map((t) => t["status"])).toEqual(["passed", "failed"])
    }))

  it.live("a test repeated with nothing to tell its executions apart: each execution stays in both services", () =>
    Effect.gen(function*() {
      // Two runs of one suite merged into one report (no hostname, no properties): the same test twice.
      const suite = (failed: boolean) =>
        `<testsuite name="com.acme.CartTest" tests="1" failures="${failed ? 1 : 0}" errors="0" skipped="0">
          <testcase classname="com.acme.CartTest" name="addsItem" time="0.1">${
          failed ? `<failure message="expected 1" type="AssertionError">at CartTest</failure>` : ""
        }</testcase></testsuite>`
      const d = yield* push("merged.xml", `<testsuites>${suite(true)}${suite(false)}${suite(false)}</testsuites>`)
      // Octane keeps one run per test and run_name: the failure is not overwritten by the passes after it.
      expect(d.octaneKept.map((r) => [r.attributes["class"], r.attributes["run_name"], r.attributes["status"]]))
        .toEqual([["CartTest", undefined, "Failed"], ["CartTest", "#2", "Passed"], ["CartTest", "#3", "Passed"]])
      expect(new Set(d.octaneKept.map((r) => `${r.attributes["package"]}/${r.attributes["name"]}`)).size).toBe(1)
      expect(d.testomat.map((t) => t["status"])).toEqual(["failed", "passed", "passed"])
      expect(new Set(d.testomat.map((t) => t["rid"])).size).toBe(3)
    }))

  it.live("NUnit, xUnit.net, TRX and TestNG reports get Octane's Framework and Testing_Tool_Type", () =>
    Effect.gen(function*() {
      const trx = (adapter: string, name: string) =>
        `<TestRun id="1" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>
          <UnitTestResult executionId="e1" testId="t1" testName="${name}" duration="00:00:00.0100000"
            outcome="Passed"/></Results>
          <TestDefinitions><UnitTest name="${name}" storage="app.tests.dll" id="t1"><Execution id="e1"/>
            <TestMethod codeBase="app.tests.dll" adapterTypeName="${adapter}"
              className="App.CalcTests" name="${name}"/></UnitTest></TestDefinitions></TestRun>`
      const cases: ReadonlyArray<readonly [string, string, string, string]> = [
        [
          "nunit.xml",
          `<test-run id="0" testcasecount="1" result="Passed" total="1" passed="1" failed="0">
            <test-suite type="Assembly" name="App.Tests.dll"><test-suite type="TestFixture" name="CalcTests"
              fullname="App.CalcTests" classname="App.CalcTests">
              <test-case name="Adds" fullname="App.CalcTests.Adds" classname="App.CalcTests" result="Passed"
                duration="0.01"/></test-suite></test-suite></test-run>`,
          "NUnit",
          "Adds"
        ],
        [
          "xunit.xml",
          `<assemblies><assembly name="App.Tests.dll" total="1" passed="1" failed="0" skipped="0">
            <collection name="C" total="1"><test name="App.CalcTests.Adds" type="App.CalcTests" method="Adds"
              result="Pass" time="0.01"/></collection></assembly></assemblies>`,
          "xUnit.net",
          "App.CalcTests.Adds"
        ],
        ["mstest.trx", trx("executor://mstestadapter/v2", "Adds"), "MSTest", "Adds"],
        // xUnit.net v3 under Microsoft.Testing.Platform names its framework by uid.
        [
          "xunit3-mtp.trx",
          trx("executor://30ea7c6e-dd24-4152-a360-1387158cd41d/3.1.0", "App.CalcTests.Adds"),
          "xUnit.net",
          "App.CalcTests.Adds"
        ],
        [
          "testng-results.xml",
          `<testng-results total="1" passed="1"><suite name="S"><test name="T"><class name="App.CalcTests">
            <test-method status="PASS" signature="adds()" name="adds" duration-ms="10"
              started-at="2024-01-01T00:00:00Z"/></class></test></suite></testng-results>`,
          "TestNG",
          "adds"
        ]
      ]
      for (const [name, xml, framework, title] of cases) {
        const d = yield* push(name, xml)
        expect(d.octane.map((r) => [r.attributes["name"], r.testFields?.["Framework"]]), name).toEqual([
          [title, framework]
        ])
        expect(d.octane[0]?.testFields?.["Testing_Tool_Type"], name).toBeDefined()
        expect(d.octane[0]?.attributes, name).toMatchObject({ package: "App", class: "CalcTests" })
        expect(d.testomat[0], name).toMatchObject({ title, suite_title: "App.CalcTests" })
      }
    }))

  it.live("NUnit 2.2–2.5: executed=\"True\" success=\"True|False\" without a result is passed or failed", () =>
    Effect.gen(function*() {
      const xml = `<test-results name="App.Tests.dll" total="2" failures="1" not-run="0">
        <test-suite name="App.Tests.dll" success="False"><results><test-suite name="App.CalcTests" success="False">
        <results>
          <test-case name="App.CalcTests.Adds" executed="True" success="True" time="0.010"/>
          <test-case name="App.CalcTests.Divides" executed="True" success="False" time="0.020">
            <failure><message>expected 2</message><stack-trace>at Divides</stack-trace></failure></test-case>
        </results></test-suite></results></test-suite></test-results>`
      const records = yield* read("nunit22.xml", new TextEncoder().encode(xml))
      expect(records.filter((r) => r.type === "diagnostic")).toEqual([])
      const d = yield* deliver(records)
      expect(d.testomat.map((t) => [t["title"], t["status"], t["suite_title"], t["message"]])).toEqual([
        ["Adds", "passed", "App.CalcTests", undefined],
        ["Divides", "failed", "App.CalcTests", "expected 2"]
      ])
      expect(d.octane.map((r) => [r.attributes["class"], r.attributes["name"], r.attributes["status"]])).toEqual([
        ["CalcTests", "Adds", "Passed"],
        ["CalcTests", "Divides", "Failed"]
      ])
    }))

  it.live("a duration with a decimal comma is that many seconds, never thousands", () =>
    Effect.gen(function*() {
      const junit = yield* push(
        "comma.xml",
        `<testsuite name="s" tests="2" time="1,514"><testcase classname="a.B" name="fast" time="0,014"/>
          <testcase classname="a.B" name="slow" time="1,5"/></testsuite>`
      )
      expect(junit.testomat.map((t) => t["run_time"])).toEqual([0.014, 1.5])
      expect(junit.octane.map((r) => r.attributes["duration"])).toEqual(["14", "1500"])
      const nunit = yield* push(
        "comma-nunit.xml",
        `<test-run id="0" total="1" passed="1" failed="0"><test-suite type="TestFixture" name="B" classname="a.B">
          <test-case name="fast" classname="a.B" result="Passed" duration="0,014"/></test-suite></test-run>`
      )
      expect(nunit.octane.map((r) => r.attributes["duration"])).toEqual(["14"])
    }))

  it.live("run_time goes in seconds, or in milliseconds when asked", () =>
    Effect.gen(function*() {
      const xml = `<testsuite name="s" tests="1"><testcase classname="a.B" name="c" time="1.25"/></testsuite>`
      expect((yield* push("s.xml", xml)).testomat[0]?.["run_time"]).toBe(1.25)
      expect((yield* push("ms.xml", xml, { runTimeUnit: "ms" })).testomat[0]?.["run_time"]).toBe(1250)
    }))
})

describe("tr convert --execution-key", () => {
  it("puts the key before each test's own execution, from the flag or TR_EXECUTION_KEY", () => {
    const flag = run(["convert", "--execution-key", "linux-node20", fixture("login.xml")])
    expect(flag.status).toBe(0)
    const tests = lines(flag.stdout).filter((r) => r.type === "test")
    expect(tests.length).toBeGreaterThan(0)
    expect(tests.every((t) => t["execution"] === "linux-node20")).toBe(true)
    const env = run(["convert", fixture("login.xml")], { env: { TR_EXECUTION_KEY: "shard-2" } })
    expect(lines(env.stdout).filter((r) => r.type === "test").every((t) => t["execution"] === "shard-2")).toBe(true)
  })
})
