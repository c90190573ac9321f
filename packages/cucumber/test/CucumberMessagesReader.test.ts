import { describe, expect, it } from "@effect/vitest"
import * as Records from "@tr/core/Records"
import { readFileWith, readWith } from "@tr/tooling/records"
import { Chunk, Effect, Fiber, Queue, Stream } from "effect"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as CucumberMessagesReader from "../src/CucumberMessagesReader.js"

const fixture = fileURLToPath(new URL("fixtures/messages.ndjson", import.meta.url))
const read = (text: string) => readWith(CucumberMessagesReader.stream({ source: "m.ndjson" }), text)

describe("CucumberMessagesReader", () => {
  it.effect("one test per pickle: backgrounds, outlines, rules, hooks, undefined, ambiguous, retries, attachments", () =>
    Effect.gen(function*() {
      const records = yield* readFileWith(CucumberMessagesReader.stream({ source: "m.ndjson" }), fixture, 5)
      expect(Records.source(records)).toEqual({
        type: "source",
        path: "m.ndjson",
        format: "cucumber-messages",
        dialect: "cucumber-js"
      })
      const tests = Records.tests(records)
      expect(tests.map((t) => [t.title, t.status, t.suite])).toEqual([
        ["pay by card", "failed", ["Checkout"]],
        ["pay with visa", "passed", ["Checkout"]],
        ["pay with amex", "skipped", ["Checkout"]],
        ["pay with a voucher", "failed", ["Checkout", "vouchers"]],
        ["flaky network", "passed", ["Checkout"]]
      ])
      const [card, visa, amex, voucher, flaky] = tests
      expect(card).toMatchObject({
        file: "features/checkout.feature",
        line: 7,
        testId: "1a2b3c4d",
        tags: ["@web", "@T1a2b3c4d"],
        startedAt: "2025-12-01T10:00:00.000Z",
        stdout: "signed in as ann",
        attachments: [
          // Taken in a hook and embedded: carried with its test, to be uploaded with it.
          { name: "shot.png", contentType: "image/png", content: "iVBORw0KGgo=", encoding: "base64", size: 8 },
          { name: "run.mp4", url: "https://ci.example/videos/1.mp4", contentType: "video/mp4" }
        ],
        gherkin: { feature: "Checkout", featureTags: ["@web"], keyword: "Scenario" }
      })
      // The feature file's text, from its `source` envelope, goes with the feature's first scenario only.
      const source = readFileSync(fixture, "utf8").split("\n").find((l) => l.startsWith(`{"source"`))!
      expect(card!.gherkin?.featureText).toBe(JSON.parse(source).source.data)
      expect(tests.slice(1).map((t) => t.gherkin?.featureText)).toEqual([undefined, undefined, undefined, undefined])
      expect(card!.duration).toBeCloseTo(0.013, 9)
      expect(card!.failures).toEqual([{
        kind: "failure",
        message: "AssertionError: expected accepted",
        type: "AssertionError",
        stack: "AssertionError: expected accepted\n    at steps.js:12",
        file: "features/checkout.feature",
        line: 9
      }])
      expect(card!.steps!.map((s) => [s.title, s.category, s.status])).toEqual([
        ["Before (features/hooks.js:2)", "hook", "passed"],
        ["Given a signed-in customer", "user", "passed"],
        ["When I pay with \"visa\"", "user", "passed"],
        ["Then the payment is accepted", "user", "failed"],
        ["After screenshot (features/hooks.js:6)", "hook", "passed"]
      ])
      expect(card!.steps![2]!.steps).toEqual([{
        title: "AfterStep (features/hooks.js:10)",
        category: "hook",
        status: "passed",
        duration: 0.001
      }])
      expect(visa).toMatchObject({
        line: 18,
        tags: ["@web", "@cards"],
        parameters: [{ name: "card", value: "visa" }],
        gherkin: { keyword: "Scenario Outline", outlineIndex: 1 }
      })
      expect(amex).toMatchObject({
        parameters: [{ name: "card", value: "amex" }],
        gherkin: { outlineIndex: 2 },
        skip: { message: "undefined step: When I pay with \"amex\"", type: "undefined" }
      })
      expect(voucher!.failures![0]).toMatchObject({ type: "ambiguous", message: "Multiple step definitions match:" })
      expect(voucher!.gherkin).toMatchObject({ rule: "vouchers" })
      expect(flaky).toMatchObject({
        flaky: true,
        attempts: [{ kind: "flakyFailure", message: "Error: connection reset" }]
      })
      expect(Records.diagnostics(records)).toEqual([])
    }))

  it.effect("an embedded file is carried while the test's embedded files fit within the text cap", () =>
    Effect.gen(function*() {
      const envelopes = [
        { meta: { protocolVersion: "27.0.0", implementation: { name: "cucumber-js", version: "11.0.0" } } },
        {
          pickle: {
            id: "p",
            uri: "f.feature",
            name: "shows a chart",
            language: "en",
            steps: [{ id: "ps", text: "it draws", type: "Action", astNodeIds: [] }],
            tags: [],
            astNodeIds: []
          }
        },
        { testCase: { id: "c", pickleId: "p", testSteps: [{ id: "cs", pickleStepId: "ps" }] } },
        { testCaseStarted: { id: "x", testCaseId: "c", attempt: 0, timestamp: { seconds: 0, nanos: 0 } } },
        ...[["small.txt", "héllo", "IDENTITY"], ["chart.png", "QUJD\nREVG", "BASE64"], [
          "big.png",
          "A".repeat(40),
          "BASE64"
        ]]
          .map(([fileName, body, contentEncoding]) => ({
            attachment: {
              body,
              contentEncoding,
              mediaType: fileName!.endsWith(".txt") ? "text/plain" : "image/png",
              fileName,
              testCaseStartedId: "x",
              testStepId: "cs"
            }
          })),
        {
          testStepFinished: {
            testCaseStartedId: "x",
            testStepId: "cs",
            testStepResult: { status: "PASSED", duration: { seconds: 0, nanos: 0 } },
            timestamp: { seconds: 0, nanos: 0 }
          }
        },
        { testCaseFinished: { testCaseStartedId: "x", timestamp: { seconds: 0, nanos: 0 }, willBeRetried: false } },
        { testRunFinished: { success: true, timestamp: { seconds: 0, nanos: 0 } } }
      ]
      const text = envelopes.map((e) => JSON.stringify(e)).join("\n") + "\n"
      const records = yield* Stream.make(new TextEncoder().encode(text)).pipe(
        CucumberMessagesReader.stream({ source: "m.ndjson", maxTextLength: 20 }),
        Stream.runCollect,
        Effect.map(Chunk.toArray)
      )
      const [test] = Records.tests(records)
      expect(test!.attachments).toEqual([
        { name: "small.txt", contentType: "text/plain", content: "héllo", size: 6 },
        { name: "chart.png", contentType: "image/png", content: "QUJDREVG", encoding: "base64", size: 6 }
      ])
      expect(Records.diagnostics(records)).toEqual([
        expect.objectContaining({ code: "attachments-not-carried", message: expect.stringMatching(/^1 attachments/) })
      ])
    }))

  it.effect("emits each test when its testCaseFinished line arrives, not at the end", () =>
    Effect.gen(function*() {
      const lines = readFileSync(fixture, "utf8").split("\n").filter((l) => l !== "")
      const firstFinished = lines.findIndex((l) => l.startsWith("{\"testCaseFinished\""))
      const input = yield* Queue.unbounded<Uint8Array>()
      const output = yield* Queue.unbounded<string>()
      const fiber = yield* Stream.fromQueue(input).pipe(
        CucumberMessagesReader.stream({ source: "live" }),
        Stream.runForEach((r) => r.type === "test" ? Queue.offer(output, r.title) : Effect.void),
        Effect.fork
      )
      for (const line of lines.slice(0, firstFinished)) yield* Queue.offer(input, new TextEncoder().encode(line + "\n"))
      yield* Effect.yieldNow()
      expect(Chunk.toArray(yield* Queue.takeAll(output))).toEqual([])
      yield* Queue.offer(input, new TextEncoder().encode(lines[firstFinished]! + "\n"))
      expect(yield* Queue.take(output)).toBe("pay by card")
      yield* Fiber.interrupt(fiber)
    }))

  it.effect("a malformed line is reported with its number and skipped; the lines after it are read", () =>
    Effect.gen(function*() {
      const lines = readFileSync(fixture, "utf8").split("\n")
      lines.splice(3, 0, "{\"pickle\": oops")
      const records = yield* read(lines.join("\n"))
      expect(Records.tests(records)).toHaveLength(5)
      expect(Records.diagnostics(records).filter((d) => d.code === "invalid-json")).toEqual([
        expect.objectContaining({ severity: "error", line: 4 })
      ])
    }))

  it.effect("a stream cut while scenarios run says so, keeping the finished ones", () =>
    Effect.gen(function*() {
      const text = readFileSync(fixture, "utf8")
      const cut = text.slice(0, text.indexOf("{\"testCaseStarted\":{\"id\":\"x2\""))
      const records = yield* read(cut + "{\"testCaseStarted\":{\"id\":\"x2\",\"testCaseId\":\"c2\"}}\n")
      expect(Records.tests(records).map((t) => t.title)).toEqual(["pay by card"])
      expect(Records.diagnostics(records).map((d) => d.code)).toContain("truncated-file")
    }))

  it.effect("an empty file and a file that is not JSON", () =>
    Effect.gen(function*() {
      expect(Records.diagnostics(yield* read("")).map((d) => d.code)).toEqual(["empty-file"])
      expect(Records.diagnostics(yield* read("Feature: x\n")).map((d) => d.code)).toEqual(["not-json"])
    }))
})
