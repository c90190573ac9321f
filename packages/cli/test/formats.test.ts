import { describe, expect, it } from "@effect/vitest"
import { type OctaneEmulator, octaneEnv, startOctaneEmulator } from "@tr/tooling/emulators/octane"
import { startTestomatEmulator, type TestomatEmulator } from "@tr/tooling/emulators/testomat"
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll } from "vitest"
import { inProcess, trLine } from "./inProcess.js"
import { fixture, lines } from "./run.js"

const EVERY_FORMAT = [
  ["login.xml", "junit", 3],
  ["nunit3.xml", "nunit", 2],
  ["xunit.xml", "xunit", 2],
  ["results.trx", "trx", 2],
  ["testng-results.xml", "testng", 2],
  ["ctrf.json", "ctrf", 2],
  ["cucumber.json", "cucumber", 3],
  ["messages.ndjson", "cucumber-messages", 5],
  ["go-test.json", "go-test-json", 2],
  ["dart.json", "dart-json", 2],
  ["mocha-stream.json", "mocha-json-stream", 2],
  ["results.tap", "tap", 2],
  ["output.xml", "robot", 2],
  ["playwright.json", "playwright-json", 2],
  ["payment-result.json", "allure", 1],
  ["mocha.json", "mocha-json", 3],
  ["jest.json", "jest-json", 2],
  ["rspec.json", "rspec-json", 2]
] as const

const all = EVERY_FORMAT.map(([file]) => fixture(file))
const total = EVERY_FORMAT.reduce((n, [, , tests]) => n + tests, 0)

describe("tr convert of every format", () => {
  it("recognises each format by its content and makes one stream of mixed inputs", async () => {
    const r = await inProcess(["convert", ...all])
    expect(r.status).toBe(0)
    const records = lines(r.stdout)
    expect(records.filter((x) => x.type === "source").map((x) => x["format"])).toEqual(
      EVERY_FORMAT.map(([, format]) => format)
    )
    for (const [file, , tests] of EVERY_FORMAT) {
      expect(records.filter((x) => x.type === "test" && x["source"] === fixture(file))).toHaveLength(tests)
    }
    expect(records.at(-1)).toMatchObject({ type: "end", tests: total })
  })

  it("reads by content, not by name: a JUnit report named .json is still JUnit", async () => {
    const r = await inProcess(["convert", "-"], { input: `<testsuite name="s"><testcase name="t"/></testsuite>` })
    expect(lines(r.stdout).find((x) => x.type === "source")).toMatchObject({ format: "junit" })
  })

  it("tells a stream of JSON events from a JSON document by its first line, even one written on a single line", async () => {
    const ctrf = `{"results":{"tool":{"name":"x"},"tests":[{"name":"t","status":"passed","duration":1}]}}`
    expect(lines((await inProcess(["convert", "-"], { input: ctrf })).stdout).find((x) => x.type === "source"))
      .toMatchObject({
        format: "ctrf"
      })
    const go =
      `{"Action":"pass","Package":"p","Test":"TestA","Elapsed":0}\n{"Action":"pass","Package":"p","Elapsed":0}\n`
    expect(
      lines((await inProcess(["convert", "-"], { input: go })).stdout).filter((x) =>
        x.type === "source" || x.type === "test"
      )
    )
      .toMatchObject([
        { type: "source", format: "go-test-json" },
        { type: "test", title: "TestA", status: "passed" }
      ])
  })

  it("tells a JSON object by its top-level keys, pretty or minified, whatever long value comes before them", async () => {
    const format = async (input: string) =>
      lines((await inProcess(["convert", "-"], { input })).stdout).find((x) => x.type === "source")?.["format"]
    const mocha = readFileSync(fixture("mocha.json"), "utf8")
    expect(await format(mocha)).toBe("mocha-json")
    expect(await format(JSON.stringify(JSON.parse(mocha)))).toBe("mocha-json")
    const rspec = JSON.parse(readFileSync(fixture("rspec.json"), "utf8"))
    expect(await format(JSON.stringify(rspec, null, 2))).toBe("rspec-json")
    // RSpec writes its version first and, after a spec file failed to load, long messages before its examples.
    const tricky = "{[\\\"]}"
    const long = { version: "3.13.0", messages: ["x".repeat(100_000), tricky, "y".repeat(100_000)], ...rspec }
    expect(await format(JSON.stringify(long))).toBe("rspec-json")
    expect(await format(JSON.stringify({ numTotalTestSuites: 0, numTotalTests: 0, testResults: [] }))).toBe("jest-json")
    const ctrf = { reportFormat: "CTRF", results: { tests: [{ name: "t", status: "passed", duration: 1 }] } }
    expect(await format(JSON.stringify(ctrf, null, 2))).toBe("ctrf")
  })

  it("finds a JSON report after what the tests printed on the same stream (mocha --reporter json > report.json)", async () => {
    const printed = "server listening on 3000\n{ user: 'ann' }\n"
    const mocha = await inProcess(["convert", "-"], { input: printed + readFileSync(fixture("mocha.json"), "utf8") })
    expect(mocha.status).toBe(0)
    expect(lines(mocha.stdout).filter((x) => x.type === "source" || x.type === "diagnostic")).toMatchObject([
      { type: "diagnostic", code: "text-before-report", severity: "warning" },
      { type: "source", format: "mocha-json" }
    ])
    const rspec = await inProcess(["convert", "-"], {
      input: "seeding\n" + readFileSync(fixture("rspec.json"), "utf8")
    })
    expect(lines(rspec.stdout).find((x) => x.type === "source")).toMatchObject({ format: "rspec-json" })
    expect(lines(rspec.stdout).filter((x) => x.type === "test")).toHaveLength(2)
  })

  it("finds a Playwright JSON report between what the run printed before and after it (--reporter=json > out)", async () => {
    const report = readFileSync(fixture("playwright.json"), "utf8")
    const alone = lines((await inProcess(["convert", "-"], { input: report })).stdout).filter((x) => x.type === "test")
    const printed = await inProcess(["convert", "-"], {
      input: `Running 3 tests using 1 worker\n${report}\n  3 passed (1.2s)\n`
    })
    expect(printed.status).toBe(0)
    const records = lines(printed.stdout)
    expect(records.filter((x) => x.type === "source" || x.type === "diagnostic")).toMatchObject([
      { type: "diagnostic", code: "text-before-report", severity: "warning", line: 1 },
      { type: "source", format: "playwright-json" },
      { type: "diagnostic", code: "text-after-report", severity: "warning" }
    ])
    expect(alone.length).toBeGreaterThan(0)
    expect(records.filter((x) => x.type === "test")).toEqual(alone)
  })

  it("says which keys it saw in a JSON object that no format claims, instead of misreading it", async () => {
    const r = await inProcess(["convert", "-"], {
      input: JSON.stringify({ name: "x", data: { results: [] } }, null, 2)
    })
    expect(r.status).toBe(3)
    expect(lines(r.stdout).filter((x) => x.type === "source" || x.type === "diagnostic")).toMatchObject([{
      type: "diagnostic",
      code: "unrecognized-format",
      line: 1,
      column: 1,
      message: expect.stringMatching(
        /^not a test report tr reads: a JSON object with the top-level keys "name", "data"; /
      )
    }])
  })

  it("finds TAP or JSON events after what a script or a build wrote before them", async () => {
    const tap = "> shop@1.0.0 test\n> node --test --test-reporter=tap\n\nTAP version 13\nok 1 - a\n1..1\n"
    expect(lines((await inProcess(["convert", "-"], { input: tap })).stdout).find((x) => x.type === "test"))
      .toMatchObject({
        title: "a",
        status: "passed"
      })
    const go = `# example.com/p\n./p.go:3:1: syntax error\n{"Action":"start","Package":"example.com/p"}\n` +
      `{"Action":"output","Package":"example.com/p","Output":"FAIL\\texample.com/p [build failed]\\n"}\n` +
      `{"Action":"fail","Package":"example.com/p","Elapsed":0}\n`
    expect(lines((await inProcess(["convert", "-"], { input: go })).stdout).find((x) => x.type === "test"))
      .toMatchObject({
        title: "[build failed]",
        status: "failed"
      })
  })

  it("takes --from over what it recognises", async () => {
    const r = await inProcess(["convert", "--from", "ctrf", fixture("login.xml")])
    expect(r.status).toBe(3)
    expect(r.stderr).toContain("not a CTRF report: this is XML, not JSON")
  })

  it("writes one CTRF report of mixed inputs with --to ctrf", async () => {
    const r = await inProcess(["convert", "--to", "ctrf", ...all])
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.reportFormat).toBe("CTRF")
    expect(report.results.tests).toHaveLength(total)
    expect(report.results.summary.tests).toBe(total)
  })

  it("writes one JUnit document of mixed inputs with --to junit, which reads back to the same tests", async () => {
    const junit = await inProcess(["convert", "--to", "junit", ...all])
    expect(junit.status).toBe(0)
    const back = await inProcess(["convert", "-"], { input: junit.stdout })
    const titles = (stdout: string) =>
      lines(stdout).filter((x) => x.type === "test").map((x) => [x["title"], x["status"]])
    expect(titles(back.stdout)).toEqual(titles((await inProcess(["convert", ...all])).stdout))
  })
})

describe("every format pushed to both services (emulators)", () => {
  let testomat: TestomatEmulator
  let octane: OctaneEmulator
  beforeAll(async () => {
    testomat = await startTestomatEmulator()
    octane = await startOctaneEmulator()
  })
  afterAll(async () => {
    await testomat.close()
    await octane.close()
  })

  it("tr push testomat delivers the tests of every format", async () => {
    const r = await trLine(`push testomat --json ${all.join(" ")}`, {
      TESTOMATIO: testomat.apiKey,
      TESTOMATIO_URL: testomat.url
    })
    expect(r.status).toBe(0)
    const summary = JSON.parse(r.stdout)
    expect(summary).toMatchObject({ read: total, delivered: total, finished: true })
    const titles = [...testomat.runs.get(summary.run.uid)!.tests.values()].map((t) => t.body["title"])
    for (
      const title of [
        "accepts a valid password",
        "Totals(2,3)",
        "Shop.CartTests.Ships",
        "Refunds",
        "cancels",
        "logs out",
        "Add a book",
        "checks out",
        "Refunds a payment"
      ]
    ) {
      expect(titles).toContain(title)
    }
  })

  it("tr push testomat sends each Cucumber scenario with its steps, and the failing step's error", async () => {
    const r = await trLine(`push testomat --json ${fixture("cucumber.json")}`, {
      TESTOMATIO: testomat.apiKey,
      TESTOMATIO_URL: testomat.url
    })
    expect(r.status).toBe(0)
    const summary = JSON.parse(r.stdout)
    expect(summary).toMatchObject({ read: 3, delivered: 3, finished: true })
    const sent = [...testomat.runs.get(summary.run.uid)!.tests.values()].map((t) => t.body)
    const add = sent.find((t) => t["title"] === "Add a book")!
    expect(add).toMatchObject({
      status: "failed",
      test_id: "@T1a2b3c4d",
      suite_title: "Cart",
      file: "src/test/resources/cart.feature",
      message: "org.opentest4j.AssertionFailedError: expected: <1> but was: <0>",
      stack: expect.stringContaining("at steps.CartSteps.count(CartSteps.java:31)")
    })
    expect(add["steps"]).toEqual([
      { title: "Before (steps.Hooks.open())", category: "hook", duration: 2 },
      { title: "Given a signed-in customer", category: "user", duration: 2 },
      {
        title: "When I add \"Dune\"",
        category: "user",
        duration: 3,
        steps: [{ title: "AfterStep (steps.Hooks.shot())", category: "hook", duration: 1 }]
      },
      {
        title: "Then the cart holds 1 book",
        category: "user",
        duration: 4,
        error: {
          message: "org.opentest4j.AssertionFailedError: expected: <1> but was: <0>",
          stack: expect.stringContaining("CartSteps.java:31")
        }
      },
      { title: "And the total is 9.99", category: "user" },
      { title: "After (steps.Hooks.close())", category: "hook", duration: 1 }
    ])
    const skipped = sent.find((t) => t["status"] === "skipped")!
    expect(skipped).toMatchObject({ title: "Pay with <card>", message: "undefined step: When I pay with bitcoin" })
  })

  it("tr push octane sends a Cucumber feature as a Gherkin run with the .feature file's text", async () => {
    const root = mkdtempSync(join(tmpdir(), "tr-features-"))
    mkdirSync(join(root, "src/test/resources"), { recursive: true })
    const text = "@web\nFeature: Cart\n  Scenario: Add a book @T1a2b3c4d\n    When I add \"Dune\"\n"
    writeFileSync(join(root, "src/test/resources/cart.feature"), text)
    const env = octaneEnv(octane)
    const before = octane.payloads.length
    const found = await trLine(`push octane --json --features-root ${root} ${fixture("cucumber.json")}`, env)
    expect(found.status).toBe(0)
    const [run] = octane.payloads.slice(before).flatMap((p) => p.gherkinRuns)
    expect(run!.attributes).toMatchObject({ name: "Cart", status: "Failed" })
    expect(run!.feature).toMatchObject({ name: "Cart", path: "src/test/resources/cart.feature", tag: "" })
    expect(run!.file).toBe(text)
    expect(run!.scenarios.map((s) => [s.attributes["name"], s.attributes["status"], s.attributes["outlineIndex"]]))
      .toEqual([["Add a book", "Failed", undefined], ["Pay with <card>", "Passed", "1"], [
        "Pay with <card>",
        "Skipped",
        "2"
      ]])
    expect(run!.scenarios[0]!.steps[2]).toMatchObject({
      attributes: { name: "Then the cart holds 1 book", status: "failed", duration: "4" },
      error: expect.stringContaining("expected: <1> but was: <0>")
    })
    const rebuilt = await trLine(`push octane --json ${fixture("cucumber.json")}`, env)
    expect(rebuilt.status).toBe(0)
    expect(rebuilt.stderr).toContain("its file src/test/resources/cart.feature was not found")
    expect(octane.payloads.at(-1)!.gherkinRuns[0]!.file).toContain(
      "Feature: Cart\n\n  @T1a2b3c4d\n  Scenario: Add a book"
    )
  })

  it("tr push octane sends a Cucumber Messages feature with the text the report carries, no file needed", async () => {
    const before = octane.payloads.length
    const r = await trLine(`push octane --json ${fixture("messages.ndjson")}`, octaneEnv(octane))
    expect(r.status).toBe(0)
    expect(r.stderr).not.toContain("rebuilt")
    const source = readFileSync(fixture("messages.ndjson"), "utf8").split("\n").find((l) => l.startsWith(`{"source"`))!
    const [run] = octane.payloads.slice(before).flatMap((p) => p.gherkinRuns)
    expect(run!.feature).toMatchObject({ name: "Checkout", path: "features/checkout.feature" })
    expect(run!.file).toBe(JSON.parse(source).source.data)
  })

  it("tr push octane delivers the tests of every format, in payloads valid against the XSD", async () => {
    const before = octane.payloads.length
    const r = await trLine(`push octane --json ${all.join(" ")}`, octaneEnv(octane))
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ read: total, accepted: total })
    const received = octane.payloads.slice(before)
    const runs = received.flatMap((p) => p.runs)
    // The Cucumber scenarios go as one Gherkin run per feature, in payloads of their own.
    expect(runs).toHaveLength(total - 3 - 5)
    expect(received.every((p) => p.runs.length === 0 || p.gherkinRuns.length === 0)).toBe(true)
    expect(received.flatMap((p) => p.gherkinRuns).map((g) => [g.feature["name"], g.scenarios.length])).toEqual([
      ["Cart", 3],
      ["Checkout", 5]
    ])
    expect(runs.find((x) => x.attributes["name"] === "Refunds")?.attributes).toMatchObject({
      class: "PayTests",
      package: "Shop",
      status: "Failed",
      duration: "1000"
    })
  })
})
