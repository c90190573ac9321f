import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as OctanePayload from "../src/OctanePayload.js"
import * as OctaneValidator from "../src/OctaneValidator.js"
import { sharedXsd } from "./helpers.js"

const everything: OctanePayload.Context = {
  build: {
    serverId: "jenkins-1",
    jobId: "nightly",
    buildId: "42",
    jobName: "Nightly",
    buildName: "#42",
    subType: "x",
    artifactId: "a"
  },
  suite: { id: "5001", externalRunId: "ext-1", component: "checkout" },
  programId: "7",
  release: { id: "1001" },
  milestoneId: "2002",
  backlogItemIds: ["3001", "3002"],
  productAreaIds: ["4001"],
  testFields: [{ type: "Test_Level", value: "Unit Test" }, { type: "Framework", value: "JUnit" }],
  environment: [{ type: "OS", value: "Linux" }, { type: "Browser", value: "Firefox" }]
}

const run: OctanePayload.TestRun = {
  name: "pays by card",
  duration: 1250,
  status: "Failed",
  module: "shop",
  package: "com.shop",
  class: "PaymentsTest",
  started: 1_767_261_600_000,
  runName: "linux",
  externalReportUrl: "https://ci.example/job/42",
  externalTestId: "T-1",
  externalRunId: "R-1",
  links: {
    release: { name: "_default_" },
    productAreaIds: ["4002"],
    testFields: [{ type: "Test_Type", value: "Sanity" }]
  },
  error: {
    type: "AssertionError",
    message: `expected "200" <ok>`,
    stack: "AssertionError\n\tat pay(Payments.java:12) & more"
  },
  description: "--- stdout ---\nPOST /pay"
}

describe("OctanePayload.render", () => {
  it("writes the context and the runs in the order the XSD demands", () => {
    const xml = OctanePayload.render(everything, [run])
    const order = [
      ...xml.matchAll(
        /<(build|suite_ref|program_ref|release_ref|release|milestone_ref|backlog_items|product_areas|test_fields|environment|test_runs)\b/g
      )
    ].map((m) => m[1])
    expect(order).toEqual([
      "build",
      "suite_ref",
      "program_ref",
      "release_ref",
      "milestone_ref",
      "backlog_items",
      "product_areas",
      "test_fields",
      "environment",
      "test_runs",
      "release",
      "product_areas",
      "test_fields"
    ])
    expect(xml).toContain(
      `<error type="AssertionError" message="expected &quot;200&quot; &lt;ok&gt;">AssertionError\n\tat pay(Payments.java:12) &amp; more</error>`
    )
    expect(xml.indexOf("<error")).toBeLessThan(xml.indexOf("<description>"))
  })

  it("replaces characters XML forbids and keeps newlines in attributes", () => {
    const xml = OctanePayload.render({}, [{
      name: "bad\u0001\ud800name",
      duration: 0,
      status: "Passed",
      error: { message: "line 1\nline 2" }
    }])
    expect(xml).toContain(`name="bad\ufffd\ufffdname"`)
    expect(xml).toContain(`message="line 1&#10;line 2"`)
  })

  it.effect.skipIf(sharedXsd() === undefined)(
    "produces payloads that validate against the XSD a live server serves",
    () =>
      Effect.gen(function*() {
        const validate = OctaneValidator.make(sharedXsd()!)
        yield* validate(OctanePayload.render(everything, [run, { name: "b", duration: 0, status: "Skipped" }]))
        yield* validate(OctanePayload.render({}, []))
        const error = yield* Effect.flip(validate(OctanePayload.render({}, [{ ...run, name: "x".repeat(256) }])))
        expect(error.message).toMatch(/does not conform to the server's XSD: line \d+: .*name/)
      })
  )
})

describe("OctanePayload.encode", () => {
  it("is the rendered document in UTF-8, however many pieces it is encoded in", () => {
    const runs = Array.from({ length: 300 }, (_, i): OctanePayload.TestRun => ({
      ...run,
      name: `tëst ${i} 😀`,
      error: { message: "ünïcode", stack: "at x\n".repeat(i) }
    }))
    const bytes = OctanePayload.encode(everything, runs)
    expect(bytes.length).toBeGreaterThan(200_000)
    expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(OctanePayload.render(everything, runs))
    expect(new TextDecoder().decode(OctanePayload.encode({}, []))).toBe(OctanePayload.render({}, []))
  })

  it.effect.skipIf(sharedXsd() === undefined)("validates as bytes as it does as text", () =>
    Effect.gen(function*() {
      const validate = OctaneValidator.make(sharedXsd()!)
      yield* validate(OctanePayload.encode(everything, [run]))
      const error = yield* Effect.flip(validate(OctanePayload.encode({}, [{ ...run, name: "x".repeat(256) }])))
      expect(error.message).toMatch(/does not conform to the server's XSD: line \d+: .*name/)
    }))
})

describe("OctanePayload.problems", () => {
  it("accepts a valid context", () => {
    expect(OctanePayload.problems(everything)).toEqual([])
  })

  it("names every invalid value or combination", () => {
    expect(OctanePayload.problems({
      build: { serverId: "s", jobId: "", buildId: "1" },
      release: { id: "R12" },
      backlogItemIds: ["12", "abc"],
      testFields: [{ type: "Owner" as OctanePayload.TestFieldType, value: "me" }, {
        type: "Test_Level",
        value: "x".repeat(256)
      }],
      environment: [{ type: "OS", value: "" }]
    })).toEqual([
      "the build needs a server id, a job id and a build id together; job id is missing",
      `release id must be a numeric id, not "R12"`,
      `backlog item id must be a numeric id, not "abc"`,
      "test field type \"Owner\" is not one of Test_Level, Test_Type, Testing_Tool_Type, Framework",
      "test field Test_Level must be 1–255 characters (it has 256)",
      "environment OS must be 1–255 characters (it has 0)"
    ])
  })
})
