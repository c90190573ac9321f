import { describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import * as Retry from "@tr/core/Retry"
import { SinkError } from "@tr/core/SinkError"
import { Effect, Exit, Layer, Redacted, Stream } from "effect"
import * as TestomatClient from "../src/TestomatClient.js"
import * as TestomatSink from "../src/TestomatSink.js"
import { clientLayer, emulator, header, options, stream, test, trailer } from "./helpers.js"

const tests = (n: number, extra: Partial<Canonical.TestCase> = {}) =>
  Array.from({ length: n }, (_, i) => test(i + 1, extra))

describe("TestomatSink.push against the emulator", () => {
  it.scopedLive("creates no run, and touches no existing one, for an input without tests", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const summary = yield* TestomatSink.push(stream([]), options()).pipe(Effect.provide(clientLayer(e.url, e.apiKey)))
      expect(summary).toMatchObject({ run: undefined, read: 0, finished: false, requests: 0 })
      expect(summary.leftOpen).toContain("no run was created")
      expect(e.runs.size).toBe(0)
      const joined = yield* TestomatSink.push(stream([]), options({ runId: "r1" })).pipe(
        Effect.provide(clientLayer(e.url, e.apiKey))
      )
      expect(joined.leftOpen).toContain("run r1 was not touched")
      expect(e.requests).toEqual([])
    }))

  it.scopedLive("a run that cannot be created fails the push once every test of the input went to onUndelivered", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      e.always({ kind: "status", status: 422 })
      const kept: Array<string> = []
      const exit = yield* Effect.exit(
        TestomatSink.push(
          stream(tests(250)),
          options({ onUndelivered: (undelivered) => Effect.sync(() => kept.push(...undelivered.map((t) => t.id))) })
        ).pipe(Effect.provide(clientLayer(e.url, e.apiKey)))
      )
      expect(Exit.isFailure(exit) && String(exit.cause)).toContain("create run (422)")
      expect(kept).toEqual(tests(250).map((t) => t.id))
      // Asked once: the later batches are kept without asking again.
      expect(e.requests.map((r) => r.route)).toEqual(["create"])
      expect(e.runs.size).toBe(0)
    }))

  it.scopedLive("creates a run, sends every test with all its fields, and finishes the run", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const input = [
        test(1, {
          status: "failed",
          duration: 0.5,
          file: "a.spec.ts",
          testId: "abcd1234",
          failures: [{ kind: "error", message: "boom", stack: "Error: boom\n  at x" }],
          parameters: [{ name: "role", value: "admin" }],
          steps: [{ title: "log in", category: "user", duration: 0.2 }]
        }),
        ...tests(249).map((t, i) => ({ ...t, id: `more${i}` }))
      ]
      const summary = yield* TestomatSink.push(
        stream(input),
        options({ run: { title: "nightly", env: "linux", group_title: "CI" }, create: true })
      ).pipe(
        Effect.provide(clientLayer(e.url, e.apiKey))
      )
      expect(summary).toMatchObject({
        read: 250,
        delivered: 250,
        undelivered: 0,
        batches: 3,
        finished: true,
        truncated: false
      })
      const run = e.runs.get(summary.run!.uid)!
      expect(run.created).toMatchObject({ title: "nightly", env: "linux", group_title: "CI" })
      expect(run.status).toBe("finished")
      expect(run.statusEvent).toBe("finish")
      expect(run.duration).toBe(0.5)
      expect(run.tests.size).toBe(250)
      expect(run.tests.get(`rid:${input[0]!.id}`)?.body).toMatchObject({
        title: "test 1",
        status: "failed",
        test_id: "@Tabcd1234",
        suite_title: "Suite",
        file: "a.spec.ts",
        run_time: 0.5,
        message: "boom",
        example: { role: "admin" },
        steps: [{ title: "log in", category: "user", duration: 200 }]
      })
      expect([...run.batchIndexes].sort((a, b) => a - b)).toEqual([1, 2, 3])
      const testruns = e.requests.filter((r) => r.route === "testrun")
      expect(testruns.every((r) => JSON.parse(r.body).create === true)).toBe(true)
    }))

  it.scopedLive("keeps the API key in the body, never in a URL", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      yield* TestomatSink.push(stream(tests(3)), options()).pipe(Effect.provide(clientLayer(e.url, e.apiKey)))
      expect(e.requests.length).toBe(3)
      for (const r of e.requests) {
        expect(r.query).toBe("")
        expect(JSON.parse(r.body).api_key).toBe(e.apiKey)
      }
    }))

  it.scopedLive("cuts batches by encoded size as well as by count", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const big = tests(40, {
        status: "failed",
        failures: [{ kind: "failure", message: "x", stack: "y".repeat(5000) }]
      })
      const summary = yield* TestomatSink.push(
        stream(big),
        options({ batch: { maxItems: 1000, maxBytes: 20_000, linger: "1 second" } })
      ).pipe(
        Effect.provide(clientLayer(e.url, e.apiKey))
      )
      expect(summary.delivered).toBe(40)
      const bodies = e.requests.filter((r) => r.route === "testrun").map((r) => r.body.length)
      expect(bodies.length).toBeGreaterThanOrEqual(10)
      for (const size of bodies) expect(size).toBeLessThan(20_000 + 200)
    }))

  it.scopedLive("delivers 20,000 tests exactly once under a mix of every fault", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      e.randomFaults({
        rate: 0.3,
        seed: 7,
        route: "testrun",
        faults: [
          { kind: "status", status: 429, retryAfter: "0.01" },
          { kind: "status", status: 500 },
          { kind: "status", status: 502 },
          { kind: "status", status: 503 },
          { kind: "reset" },
          { kind: "slow", ms: 30 },
          { kind: "after", then: "status", status: 502 },
          { kind: "after", then: "reset" }
        ]
      })
      const input = tests(20_000)
      const summary = yield* TestomatSink.push(
        stream(input),
        options({ batch: { maxItems: 250, maxBytes: 1024 * 1024, linger: "1 second" } })
      ).pipe(
        Effect.provide(clientLayer(e.url, e.apiKey, {
          retry: Retry.schedule({
            initialDelay: "2 millis",
            maxDelay: "20 millis",
            maxRetries: 12,
            maxElapsed: "20 seconds"
          })
        }))
      )
      expect(summary).toMatchObject({ read: 20_000, delivered: 20_000, undelivered: 0, finished: true })
      expect(summary.retries).toBeGreaterThan(0)
      const run = e.runs.get(summary.run!.uid)!
      expect(run.tests.size).toBe(20_000)
      for (const t of input) expect(run.tests.has(`rid:${t.id}`)).toBe(true)
      // Faults after processing make some batches arrive twice; the rid keeps each test once.
      expect([...run.tests.values()].some((t) => t.received > 1)).toBe(true)
    }))

  it.scopedLive("gives up in bounded time on a server that always answers 503, and hands back every test", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const input = tests(3000)
      const back: Array<Canonical.TestCase> = []
      const layer = clientLayer(e.url, e.apiKey, {
        retry: Retry.schedule({
          initialDelay: "5 millis",
          maxDelay: "20 millis",
          maxRetries: 4,
          maxElapsed: "2 seconds"
        })
      })
      // The run can be created; every request that carries tests fails.
      e.inject({ route: "testrun", fault: { kind: "status", status: 503 }, times: 1_000_000 })
      const summary = yield* TestomatSink.push(
        stream(input),
        options({ onUndelivered: (t) => Effect.sync(() => back.push(...t)) })
      ).pipe(
        Effect.provide(layer)
      )
      expect(summary).toMatchObject({ read: 3000, delivered: 0, undelivered: 3000, finished: false })
      expect(summary.leftOpen).toBe("3000 tests did not arrive")
      expect(back.map((t) => t.id).sort()).toEqual(input.map((t) => t.id).sort())
      // The breaker stops delivery: far fewer requests than 30 batches × 5 attempts.
      const sent = e.requests.filter((r) => r.route === "testrun").length
      expect(sent).toBeLessThan(30)
      expect(summary.failures[0]).toMatch(/kept failing to send tests after retries \(503\)/)
    }))

  it.scopedLive("fails fast on an invalid key, before sending any test", () =>
    Effect.gen(function*() {
      const e = yield* emulator({ invalidKeyStatus: 403 })
      const exit = yield* TestomatSink.push(stream(tests(10)), options()).pipe(
        Effect.provide(clientLayer(e.url, "tstmt_wrong")),
        Effect.exit
      )
      expect(Exit.isFailure(exit)).toBe(true)
      const error = Exit.isFailure(exit)
        ? (exit.cause as { error?: { reason: string; message: string } }).error
        : undefined
      expect(error?.reason).toBe("Unauthorized")
      expect(error?.message).toContain("refused the API key (403)")
      expect(error?.message).not.toContain("tstmt_wrong")
      expect(e.requests.length).toBe(1)
    }))

  it.scopedLive("reports a stream without its trailer as truncated and leaves the run open", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const summary = yield* TestomatSink.push(stream(tests(5), false), options()).pipe(
        Effect.provide(clientLayer(e.url, e.apiKey))
      )
      expect(summary).toMatchObject({ delivered: 5, truncated: true, finished: false })
      expect(summary.leftOpen).toMatch(/without its trailer/)
      expect(e.runs.get(summary.run!.uid)?.status).toBe("running")
    }))

  it.scopedLive("leaves the run open when a reader says its input was cut (a runner killed mid-run)", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const cut: Canonical.Diagnostic = {
        type: "diagnostic",
        severity: "error",
        code: "truncated-file",
        message: "the stream ends inside test TestPay",
        source: "go.json"
      }
      const records = Stream.fromIterable<Canonical.StreamRecord>([header, ...tests(2), cut, trailer(tests(2))])
      const summary = yield* TestomatSink.push(records, options()).pipe(Effect.provide(clientLayer(e.url, e.apiKey)))
      expect(summary).toMatchObject({ delivered: 2, truncated: false, finished: false, inputErrors: 1 })
      expect(summary.leftOpen).toBe(
        "an input was cut before its end (go.json: the stream ends inside test TestPay), so the run may be incomplete"
      )
      expect(e.runs.get(summary.run!.uid)?.status).toBe("running")
    }))

  it.scopedLive("honours Retry-After, and does not retry a 422", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      e.inject({ route: "testrun", fault: { kind: "status", status: 429, retryAfter: 1 } })
      const ok = yield* TestomatSink.push(stream(tests(1)), options()).pipe(
        Effect.provide(clientLayer(e.url, e.apiKey))
      )
      expect(ok).toMatchObject({ delivered: 1, retries: 1 })
      e.inject({ route: "testrun", fault: { kind: "status", status: 422, body: "bad test" } })
      const rejected = yield* TestomatSink.push(stream(tests(1)), options()).pipe(
        Effect.provide(clientLayer(e.url, e.apiKey))
      )
      expect(rejected).toMatchObject({ delivered: 0, undelivered: 1, retries: 0 })
      expect(rejected.failures[0]).toContain("rejected the request to send tests (422)")
    }))

  it.scopedLive("reports into an existing run, and leaves it open when asked", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const first = yield* TestomatSink.push(stream(tests(2)), options({ finish: false })).pipe(
        Effect.provide(clientLayer(e.url, e.apiKey))
      )
      expect(first.finished).toBe(false)
      const more = tests(3).map((t) => ({ ...t, id: `second-${t.id}` }))
      const second = yield* TestomatSink.push(stream(more), options({ runId: first.run!.uid })).pipe(
        Effect.provide(clientLayer(e.url, e.apiKey))
      )
      expect(second).toMatchObject({ run: { uid: first.run!.uid }, delivered: 3, finished: true })
      const run = e.runs.get(first.run!.uid)!
      expect(run.tests.size).toBe(5)
      expect(run.status).toBe("finished")
    }))

  it.scopedLive("says a run that does not exist does not exist", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const error = yield* Effect.flip(
        TestomatSink.push(stream(tests(1)), options({ runId: "nope1234" })).pipe(
          Effect.provide(clientLayer(e.url, e.apiKey))
        )
      )
      expect(error).toMatchObject({ reason: "NotFound", status: 404 })
    }))

  it.effect("dry run: shows every request it would send, the key masked, and sends nothing", () =>
    Effect.gen(function*() {
      const shown: Array<{ method: string; url: string; body: string }> = []
      const config = { ...TestomatClient.defaultConfig("https://app.testomat.io", Redacted.make("tstmt_real_secret")) }
      const summary = yield* TestomatSink.push(stream(tests(3)), options()).pipe(
        Effect.provide(TestomatClient.layerDryRun(config, (r) => Effect.sync(() => shown.push(r))))
      )
      expect(summary).toMatchObject({ run: { uid: "dry-run" }, delivered: 3, finished: true })
      expect(shown.map((r) => `${r.method} ${r.url}`)).toEqual([
        "POST https://app.testomat.io/api/reporter",
        "POST https://app.testomat.io/api/reporter/dry-run/testrun",
        "PUT https://app.testomat.io/api/reporter/dry-run"
      ])
      for (const r of shown) {
        expect(r.body).not.toContain("tstmt_real_secret")
        expect(JSON.parse(r.body).api_key).toBe(TestomatClient.MASKED_KEY)
      }
      expect(JSON.parse(shown[1]!.body).tests).toHaveLength(3)
    }))

  describe("batches in flight", () => {
    /** A client whose batches take a turn of the event loop each, counting how many are under way at once. */
    const counting = (onBatch: (index: number) => void = () => {}) => {
      const seen = { inFlight: 0, most: 0, indexes: [] as Array<number> }
      const layer = Layer.succeed(TestomatClient.TestomatClient, {
        createRun: () => Effect.succeed({ uid: "run1" }),
        joinRun: () => Effect.void,
        sendBatch: (_uid, batch) =>
          Effect.gen(function*() {
            seen.inFlight++
            seen.most = Math.max(seen.most, seen.inFlight)
            yield* Effect.promise(() => new Promise((resolve) => setImmediate(resolve)))
            seen.indexes.push(batch.index)
            seen.inFlight--
            onBatch(batch.index)
          }),
        finishRun: () => Effect.void,
        stats: Effect.succeed({ requests: 0, retries: 0 })
      })
      return { seen, layer }
    }

    it.live("halves a batch the service refuses until the refused test stands alone, and the others arrive", () =>
      Effect.gen(function*() {
        const sent: Array<number> = []
        const delivered = new Set<string>()
        const layer = Layer.succeed(TestomatClient.TestomatClient, {
          createRun: () => Effect.succeed({ uid: "run1" }),
          joinRun: () => Effect.void,
          sendBatch: (_uid, batch) =>
            Effect.suspend(() => {
              sent.push(batch.tests.length)
              return batch.tests.some((t) => t.includes(`"title":"test 37"`))
                ? Effect.fail(
                  new SinkError({
                    sink: "Testomat.io",
                    operation: "send tests",
                    reason: "Rejected",
                    status: 422,
                    detail: "run_time is invalid"
                  })
                )
                : Effect.sync(() => batch.tests.forEach((t) => delivered.add(t)))
            }),
          finishRun: () => Effect.void,
          stats: Effect.succeed({ requests: 0, retries: 0 })
        })
        const refused: Array<string> = []
        const summary = yield* TestomatSink.push(
          stream(tests(100)),
          options({ onUndelivered: (t) => Effect.sync(() => refused.push(...t.map((x) => x.title))) })
        ).pipe(Effect.provide(layer))
        expect(summary).toMatchObject({ read: 100, delivered: 99, undelivered: 1, failedBatches: 1, finished: false })
        expect(delivered.size).toBe(99)
        expect(refused).toEqual(["test 37"])
        expect(summary.failures).toHaveLength(1)
        expect(summary.failures[0]).toContain(`1 test, "test 37"`)
        expect(summary.failures[0]).toContain("run_time is invalid")
        // Halving: one request per level on each side, about 2·log2(100), not one per test.
        expect(sent.length).toBeLessThanOrEqual(15)
      }))

    it.live("keeps at most `concurrency` batches under way, and sends every one", () =>
      Effect.gen(function*() {
        for (const concurrency of [1, 3]) {
          const { layer, seen } = counting()
          const summary = yield* TestomatSink.push(stream(tests(1000)), options({ concurrency })).pipe(
            Effect.provide(layer)
          )
          expect(summary).toMatchObject({ read: 1000, delivered: 1000, batches: 10, finished: true })
          expect(seen.most).toBe(concurrency)
          expect([...seen.indexes].sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1))
        }
      }))

    it.live("fails with a defect of a sending fiber once every other batch is answered", () =>
      Effect.gen(function*() {
        const { layer, seen } = counting((index) => {
          if (index === 2) throw new Error("bug in batch 2")
        })
        const exit = yield* Effect.exit(
          TestomatSink.push(stream(tests(500)), options({ concurrency: 2 })).pipe(
            Effect.provide(layer)
          )
        )
        expect(Exit.isFailure(exit) && String(exit.cause)).toContain("bug in batch 2")
        expect(seen.indexes).toHaveLength(5)
        expect(seen.inFlight).toBe(0)
      }))
  })
})
