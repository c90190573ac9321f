import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as OctanePayload from "../src/OctanePayload.js"
import * as OctaneRun from "../src/OctaneRun.js"
import * as OctaneValidator from "../src/OctaneValidator.js"
import { sharedXsd, test } from "./helpers.js"

const map = (t: Parameters<typeof OctaneRun.fromTestCase>[0]) => OctaneRun.fromTestCase(t, OctaneRun.defaultRunOptions)
const surefire = { framework: "JUnit", tool: "Maven Surefire" }
const pytest = { framework: "pytest", tool: "pytest" }

describe("OctaneRun.fromTestCase", () => {
  it("splits the class name at its last dot and writes whole milliseconds", () => {
    const { run } = map(
      test(1, {
        className: "com.acme.web.LoginTest",
        duration: 1.2345,
        status: "failed",
        failures: [{ kind: "failure", type: "AssertionError", message: "no", stack: "at x" }]
      })
    )
    expect(run).toMatchObject({
      name: "test1",
      package: "com.acme.web",
      class: "LoginTest",
      duration: 1235,
      status: "Failed",
      error: { type: "AssertionError", message: "no", stack: "at x" }
    })
  })

  it("reads the start time as epoch milliseconds, a time without offset as UTC", () => {
    expect(map(test(2, { startedAt: "2026-01-01T10:00:00" })).run.started).toBe(Date.UTC(2026, 0, 1, 10))
    expect(map(test(2, { startedAt: "2026-01-01T10:00:00+02:00" })).run.started).toBe(Date.UTC(2026, 0, 1, 8))
    expect(map(test(2, { startedAt: "yesterday" })).run.started).toBeUndefined()
  })

  it("shortens values over 255 characters, keeping long names that differ distinct, and says so", () => {
    const long = "a".repeat(300)
    const one = map(test(3, { title: `${long}1`, className: `pkg.${"C".repeat(300)}` }))
    const two = map(test(4, { title: `${long}2` }))
    expect(one.run.name).toHaveLength(255)
    expect(one.run.name).not.toBe(two.run.name)
    expect(one.run.name.startsWith("a".repeat(246) + "…")).toBe(true)
    expect(one.shortened).toEqual(["name", "class"])
  })

  it("names an unnamed test with the placeholder", () => {
    const mapped = map(test(5, { title: "  " }))
    expect(mapped.run.name).toBe(OctaneRun.UNNAMED)
    expect(mapped.unnamed).toBe(true)
  })

  it("takes per-test context from octane.* properties, and leaves out what is invalid, saying why", () => {
    const mapped = map(test(6, {
      properties: [
        { name: "octane.product_area_ref", value: "4001, 4002" },
        { name: "octane.backlog_item_ref", value: "US-12" },
        { name: "octane.release", value: "R1" },
        { name: "octane.test_field.Test_Level", value: "Integration" },
        { name: "octane.test_field.Owner", value: "me" },
        { name: "octane.taxonomy.Browser", value: "Chrome" },
        { name: "octane.external_report_url", value: "ftp://nope" },
        { name: "octane.run_name", value: "nightly" },
        { name: "owner", value: "ignored" }
      ]
    }))
    expect(mapped.run.links).toEqual({
      release: { name: "R1" },
      productAreaIds: ["4001", "4002"],
      testFields: [{ type: "Test_Level", value: "Integration" }],
      environment: [{ type: "Browser", value: "Chrome" }]
    })
    expect(mapped.run.runName).toBe("nightly")
    expect(mapped.run.externalReportUrl).toBeUndefined()
    expect(mapped.problems).toEqual([
      `property octane.backlog_item_ref="US-12" is not a numeric id; left out`,
      `property octane.test_field.Owner: "Owner" is not one of Test_Level, Test_Type, Testing_Tool_Type, Framework; left out`,
      `external report URL "ftp://nope" is not an http(s) URL of 6–512 characters; left out`
    ])
  })

  it("fills Framework and Testing_Tool_Type from the test's framework and tool, unless the user set them", () => {
    expect(map(test(7, surefire)).run.links?.testFields).toEqual([
      { type: "Framework", value: "JUnit" },
      { type: "Testing_Tool_Type", value: "Maven Surefire" }
    ])
    const user = OctaneRun.fromTestCase(test(7, surefire), {
      ...OctaneRun.defaultRunOptions,
      globalTestFields: [{ type: "Framework", value: "Spock" }]
    })
    expect(user.run.links?.testFields).toEqual([{ type: "Framework", value: "Spock" }, {
      type: "Testing_Tool_Type",
      value: "Maven Surefire"
    }])
  })

  it("gives each test the fields of its own framework, tool and options, and counts a shortened field for every test", () => {
    const long = "x".repeat(300)
    const options = { ...OctaneRun.defaultRunOptions, globalTestFields: [{ type: "Test_Type" as const, value: long }] }
    const first = OctaneRun.fromTestCase(test(1, pytest), options)
    const second = OctaneRun.fromTestCase(test(2, pytest), options)
    for (const mapped of [first, second]) {
      expect(mapped.run.links?.testFields?.map((f) => [f.type, f.value.length])).toEqual([
        ["Test_Type", 255],
        ["Framework", 6],
        ["Testing_Tool_Type", 6]
      ])
      expect(mapped.shortened).toEqual(["test field Test_Type"])
    }
    expect(
      OctaneRun.fromTestCase(test(3, { framework: "Jest", tool: "jest-junit" }), options).run.links?.testFields?.[1]
    ).toEqual({
      type: "Framework",
      value: "Jest"
    })
    expect(OctaneRun.fromTestCase(test(4), options).run.links?.testFields).toBeUndefined()
    expect(map(test(5, pytest)).run.links?.testFields?.map((f) => f.type)).toEqual(["Framework", "Testing_Tool_Type"])
    const own = OctaneRun.fromTestCase(
      test(6, { ...pytest, properties: [{ name: "octane.test_field.Framework", value: "hypothesis" }] }),
      options
    )
    expect(own.run.links?.testFields?.map((f) => f.value.slice(0, 10))).toEqual(["xxxxxxxxxx", "hypothesis", "pytest"])
    // The next pytest test is not affected by the one with fields of its own.
    expect(OctaneRun.fromTestCase(test(7, pytest), options).run.links?.testFields?.[1]?.value).toBe("pytest")
  })

  it("takes package and class from the test's namespace and group, and a file path as a folder and a file", () => {
    expect(map(test(1, { className: "x.Y", group: "Login form", namespace: "e2e/login.spec.ts" })).run).toMatchObject({
      package: "e2e/login.spec.ts",
      class: "Login form"
    })
    // Records without a group: a class name that is a file path is never split at its extension.
    const path = map(test(2, { className: "auth/login.spec.ts" })).run
    expect([path.package, path.class]).toEqual(["auth", "login.spec.ts"])
    const bare = map(test(3, { className: "login.spec.ts" })).run
    expect([bare.package, bare.class]).toEqual([undefined, "login.spec.ts"])
  })

  it("names the run after the test's execution, so that two executions of one test are two runs", () => {
    const chromium = map(test(1, { execution: "chromium" })).run
    const firefox = map(test(1, { execution: "firefox" })).run
    expect(OctanePayload.identity(chromium)).toBe(OctanePayload.identity(firefox))
    expect([chromium.runName, firefox.runName]).toEqual(["chromium", "firefox"])
    const named = OctaneRun.fromTestCase(test(1, { execution: "firefox" }), {
      ...OctaneRun.defaultRunOptions,
      runName: "nightly"
    })
    expect(named.run.runName).toBe("nightly firefox")
    expect(map(test(1)).run.runName).toBeUndefined()
  })

  it("describes skipped and flaky tests", () => {
    expect(map(test(8, { status: "skipped", skip: { message: "no GPU" } })).run.description).toBe("no GPU")
    expect(map(test(9, { flaky: true, attempts: [{ kind: "flakyFailure" }] })).run.description).toBe(
      "flaky: passed after 1 failed attempt(s)"
    )
  })

  it.effect.skipIf(sharedXsd() === undefined)(
    "keeps a payload of hostile tests valid against the server's XSD",
    () =>
      Effect.gen(function*() {
        const runs = [
          map(test(10, { title: "x".repeat(1000), className: "y".repeat(600) })).run,
          map(test(11, { title: "" })).run,
          map(
            test(12, {
              title: "ctrl\u0007 \ud83d\ude80 <&>",
              properties: [{ name: "octane.external_report_url", value: "not a url" }]
            })
          ).run,
          map(test(13, { ...pytest, status: "failed", failures: [{ kind: "error", message: "m".repeat(10_000) }] })).run
        ]
        yield* OctaneValidator.make(sharedXsd()!)(OctanePayload.render({}, runs))
      })
  )
})

describe("OctaneRun.occurrenceName", () => {
  it("names a later execution by its occurrence, after the run name, within 255 characters and distinct", () => {
    expect(OctaneRun.occurrenceName(undefined, 2)).toBe("#2")
    expect(OctaneRun.occurrenceName("", 3)).toBe("#3")
    expect(OctaneRun.occurrenceName("chromium", 2)).toBe("chromium #2")
    const long = "r".repeat(300)
    const [second, third] = [OctaneRun.occurrenceName(long, 2), OctaneRun.occurrenceName(long, 3)]
    expect([second.length, third.length]).toEqual([255, 255])
    expect(second).not.toBe(third)
    expect(second).not.toBe(OctaneRun.shorten(long))
  })
})
