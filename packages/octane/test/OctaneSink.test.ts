import { describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import { Chunk, Clock, Effect, Exit, Fiber, Redacted, Stream, TestClock } from "effect"
import * as OctaneClient from "../src/OctaneClient.js"
import * as OctaneSink from "../src/OctaneSink.js"
import { config, emulator, options, sharedXsd, stream, test } from "./helpers.js"

const tests = (n: number, extra: Partial<Canonical.TestCase> = {}) =>
  Array.from({ length: n }, (_, i) => test(i + 1, extra))

describe("OctaneSink.push against the emulator", () => {
  it.scopedLive("delivers 2,500 tests in three payloads, each validated and polled to success", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const summary = yield* OctaneSink.push(
        stream(tests(2500)),
        options({
          context: { build: { serverId: "ci", jobId: "nightly", buildId: "7" }, release: { name: "_default_" } }
        })
      ).pipe(
        Effect.provide(OctaneClient.layer(config(e)))
      )
      expect(summary).toMatchObject({ read: 2500, accepted: 2500, notAccepted: 0, deferred: 0, truncated: false })
      expect(summary.payloads.map((p) => [p.tests, p.state, p.taskStatus])).toEqual([
        [1000, "accepted", "success"],
        [1000, "accepted", "success"],
        [500, "accepted", "success"]
      ])
      // In the order they arrived: POSTs in flight side by side may arrive in either order on a busy machine.
      expect(e.payloads.map((p) => p.runs.length).sort((a, b) => b - a)).toEqual([1000, 1000, 500])
      expect(e.payloads.every((p) => p.gzipped && p.context.join(",") === "build,release,test_runs")).toBe(true)
      expect(e.payloads.find((p) => p.runs.length === 1000 && p.runs[0]!.attributes["name"] === "test1")).toBeDefined()
      expect(e.payloads.flatMap((p) => p.runs).find((r) => r.attributes["name"] === "test1")!.attributes).toMatchObject(
        {
          name: "test1",
          package: "com.acme",
          class: "SuiteTest",
          duration: "250",
          status: "Passed"
        }
      )
      // signed in once, out at the end, with the CI client header on every request
      expect(e.requests.filter((r) => r.route === "sign_in")).toHaveLength(1)
      expect(e.requests.at(-1)?.route).toBe("sign_out")
      expect(e.requests.every((r) => r.headers["hpeclienttype"] === "HPE_CI_CLIENT")).toBe(true)
      // validated against the server's own XSD, fetched once
      expect(e.requests.filter((r) => r.route === "xsd")).toHaveLength(1)
    }))

  it.scopedLive("renews a session that expires mid-push without losing a payload", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      e.expireSessionsAfterPayloads(1)
      const summary = yield* OctaneSink.push(stream(tests(2500)), options()).pipe(
        Effect.provide(OctaneClient.layer(config(e)))
      )
      expect(summary).toMatchObject({ accepted: 2500, notAccepted: 0, signIns: 2 })
      expect(e.payloads).toHaveLength(3)
      // Requests in flight when the session expired (POSTs, polls) each met one 401; one sign-in renewed it for all.
      const refused = e.requests.filter((r) => r.status === 401).length
      expect(refused).toBeGreaterThanOrEqual(1)
      expect(refused).toBeLessThanOrEqual(options().postsInFlight + options().maxPending)
    }))

  it.scopedLive("retries 429 with Retry-After, 503 and resets, and loses nothing", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      e.inject({ route: "push", fault: { kind: "status", status: 429, retryAfter: "0.05" } })
      e.inject({ route: "push", fault: { kind: "status", status: 503 }, times: 2 })
      e.inject({ route: "task", fault: { kind: "reset" } })
      e.inject({ route: "sign_in", fault: { kind: "status", status: 502 } })
      const summary = yield* OctaneSink.push(stream(tests(1500)), options()).pipe(
        Effect.provide(OctaneClient.layer(config(e)))
      )
      expect(summary).toMatchObject({ accepted: 1500, notAccepted: 0 })
      expect(summary.retries).toBeGreaterThanOrEqual(5)
    }))

  it.scopedLive("reports a payload the server rejects with the server's words, and sends the rest", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      // The fault hits the first POST to arrive: one at a time, that is the first payload's.
      e.inject({ route: "push", fault: { kind: "status", status: 400, body: "Build reference not resolved" } })
      const back: Array<Canonical.TestCase> = []
      const summary = yield* OctaneSink.push(
        stream(tests(1200)),
        options({ chunkSize: 500, postsInFlight: 1, onUndelivered: (t) => Effect.sync(() => back.push(...t)) })
      ).pipe(
        Effect.provide(OctaneClient.layer(config(e)))
      )
      expect(summary.payloads.map((p) => p.state)).toEqual(["rejected", "accepted", "accepted"])
      expect(summary.payloads[0]?.detail).toContain("Build reference not resolved")
      expect(summary).toMatchObject({ accepted: 700, notAccepted: 500 })
      expect(back.map((t) => t.id)).toEqual(tests(500).map((t) => t.id))
      expect(e.requests.filter((r) => r.route === "push")).toHaveLength(3)
    }))

  it.scopedLive("fails with a defect of a sending fiber once every other payload is answered", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      e.inject({ route: "push", fault: { kind: "status", status: 400, body: "Build reference not resolved" } })
      const exit = yield* Effect.exit(
        OctaneSink.push(
          stream(tests(1200)),
          options({
            chunkSize: 500,
            postsInFlight: 1,
            onUndelivered: () => Effect.die(new Error("bug in onUndelivered"))
          })
        ).pipe(Effect.provide(OctaneClient.layer(config(e))))
      )
      expect(Exit.isFailure(exit) && String(exit.cause)).toContain("bug in onUndelivered")
      // The payloads after the broken one were still sent and followed, and the session was closed.
      expect(e.requests.filter((r) => r.route === "push")).toHaveLength(3)
      expect(e.payloads).toHaveLength(2)
      expect(e.requests.at(-1)?.route).toBe("sign_out")
    }))

  it.scopedLive("reports a task never final as unconfirmed with its id after the limit, and posts the rest", () =>
    Effect.gen(function*() {
      const e = yield* emulator({ pollsPerState: 1_000_000 })
      const summary = yield* OctaneSink.push(
        stream(tests(3)),
        options({
          chunkSize: 1,
          maxPending: 1,
          poll: { initialDelay: "5 millis", maxDelay: "20 millis", timeout: "150 millis" }
        })
      ).pipe(Effect.provide(OctaneClient.layer(config(e))))
      expect(e.payloads).toHaveLength(3)
      expect(summary.payloads.map((p) => p.state)).toEqual(["unconfirmed", "unconfirmed", "unconfirmed"])
      expect(summary.payloads.every((p) => p.task !== undefined && p.taskStatus === "queued")).toBe(true)
      expect(summary.payloads[0]?.detail).toBe("its task was not final after 150ms (--wait-timeout)")
    }))

  it.scopedLive("once stopped, posts nothing more and hands every test read back", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const kept: Array<string> = []
      const summary = yield* OctaneSink.push(
        stream(tests(5)),
        options({
          chunkSize: 2,
          stop: Effect.void,
          onUndelivered: (tests) => Effect.sync(() => kept.push(...tests.map((t) => t.id)))
        })
      ).pipe(Effect.provide(OctaneClient.layer(config(e))))
      expect(summary).toMatchObject({ interrupted: true, read: 5, accepted: 0, notAccepted: 5 })
      expect(summary.payloads.map((p) => p.state)).toEqual(["not sent", "not sent", "not sent"])
      expect(kept).toEqual(tests(5).map((t) => t.id))
      expect(e.payloads).toHaveLength(0)
    }))

  it.scopedLive("fetches the log of a task that ends in failure and reports it per payload", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      e.finishTasksAs("failed", "Release 99 not found")
      const summary = yield* OctaneSink.push(stream(tests(10)), options()).pipe(
        Effect.provide(OctaneClient.layer(config(e)))
      )
      expect(summary.payloads[0]).toMatchObject({ state: "failed", taskStatus: "failed", tests: 10 })
      // Without onUndelivered, the records are not kept, and what was not accepted is still counted.
      expect(summary).toMatchObject({ accepted: 0, notAccepted: 10 })
      expect(summary.payloads[0]?.detail).toContain("Release 99 not found")
      expect(summary.payloads[0]?.detail).toContain("status: failed")
      expect(e.requests.filter((r) => r.route === "log")).toHaveLength(1)
    }))

  it.scopedLive("never exceeds the rate limit, sign-in and polls included", () =>
    Effect.gen(function*() {
      const e = yield* emulator({ pollsPerState: 3 })
      const started = Date.now()
      // The polling limit is not what this test is about: on a shared CPU, twelve tasks polled through a limiter of 20
      // requests a second may need more than the helpers' 10 s each.
      const poll = { initialDelay: "5 millis", maxDelay: "20 millis", timeout: "2 minutes" } as const
      const summary = yield* OctaneSink.push(stream(tests(6000)), options({ chunkSize: 500, maxPending: 12, poll }))
        .pipe(
          Effect.provide(OctaneClient.layer(config(e, { requestsPerSecond: 20 })))
        )
      expect(summary.accepted).toBe(6000)
      const n = e.requests.length
      expect(n).toBeGreaterThan(40)
      // Every request, sign-in and polls included, is admitted by one limiter: a request starts a second after the
      // end of the one 20 before it (core's RateLimit test proves the window exactly). So the last of n requests
      // cannot arrive before floor((n - 1) / 20) seconds have passed since the push began, however the CPU is
      // shared: a request arrives after it was admitted, never before.
      const last = Math.max(...e.requests.map((r) => r.at))
      expect(last - started).toBeGreaterThanOrEqual(Math.floor((n - 1) / 20) * 1000)
      // Arrivals are recorded in this same process, late when its event loop is busy (other test processes share
      // the CPU), so a second can collect arrivals admitted in the one before; never twice the limit. Without the
      // limiter, this run's requests arrive in one burst.
      expect(e.peakRequestsPerSecond()).toBeLessThanOrEqual(40)
    }), { timeout: 60_000 })

  it.scopedLive("never puts two executions of one test in one payload, and delivers each, in order", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const input = [
        test(1, { id: "a" }),
        test(2),
        test(1, { id: "b", status: "failed", failures: [{ kind: "failure", message: "second" }] }),
        test(1, { id: "c" })
      ]
      const summary = yield* OctaneSink.push(stream(input), options()).pipe(
        Effect.provide(OctaneClient.layer(config(e)))
      )
      expect(summary).toMatchObject({ accepted: 4, deferred: 2 })
      expect(e.payloads.map((p) => p.runs.map((r) => `${r.attributes["name"]}:${r.attributes["status"]}`))).toEqual([
        ["test1:Passed", "test2:Passed"],
        ["test1:Failed"],
        ["test1:Passed"]
      ])
    }))

  it.scopedLive("a test repeated with nothing to tell its executions apart keeps each: run_name #2, #3 …", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const failed: Partial<Canonical.TestCase> = { status: "failed", failures: [{ kind: "failure", message: "x" }] }
      const input = [
        test(1, { id: "a", status: "failed", failures: [{ kind: "failure", message: "first" }] }),
        test(2, { id: "p", execution: "chromium" }),
        test(1, { id: "b" }),
        test(2, { id: "q", execution: "firefox", ...failed }),
        test(2, { id: "r", execution: "chromium", ...failed }),
        test(1, { id: "c" }),
        test(3)
      ]
      const summary = yield* OctaneSink.push(stream(input), options()).pipe(
        Effect.provide(OctaneClient.layer(config(e)))
      )
      expect(summary).toMatchObject({ accepted: 7, repeated: 3, unchecked: 0 })
      // Octane keeps one run per test and run_name: every execution is still there, the failures included.
      expect(e.kept().map((r) => [r.attributes["name"], r.attributes["run_name"], r.attributes["status"]])).toEqual([
        ["test1", undefined, "Failed"],
        ["test2", "chromium", "Passed"],
        ["test3", undefined, "Passed"],
        ["test1", "#2", "Passed"],
        ["test2", "firefox", "Failed"],
        ["test2", "chromium #2", "Failed"],
        ["test1", "#3", "Passed"]
      ])
      // Each is a run of the one test: the test's identity is the same.
      const ids = e.kept().filter((r) => r.attributes["name"] === "test1").map((r) =>
        `${r.attributes["package"]}/${r.attributes["class"]}`
      )
      expect(ids).toEqual(["com.acme/SuiteTest", "com.acme/SuiteTest", "com.acme/SuiteTest"])
    }))

  it.scopedLive("past repeatsTracked identities, new ones go unchecked and are counted, the ones held still counted", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const input = [test(1, { id: "a" }), test(2, { id: "b" }), test(1, { id: "c" }), test(2, { id: "d" })]
      const summary = yield* OctaneSink.push(stream(input), options({ repeatsTracked: 1 })).pipe(
        Effect.provide(OctaneClient.layer(config(e)))
      )
      expect(summary).toMatchObject({ accepted: 4, repeated: 1, unchecked: 2 })
      expect(e.kept().map((r) => [r.attributes["name"], r.attributes["run_name"]])).toEqual([
        ["test1", undefined],
        ["test2", undefined],
        ["test1", "#2"]
      ])
    }))

  it.scopedLive("posts payloads side by side, but a later execution of a test only after the earlier one's", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      for (let i = 0; i < 6; i++) e.inject({ route: "push", fault: { kind: "slow", ms: 150 } })
      // Payloads 1–4 hold different tests; payload 5 holds test 1 again.
      const input = [...tests(40), test(1, { id: "again", status: "failed", failures: [{ kind: "failure" }] })]
      const summary = yield* OctaneSink.push(stream(input), options({ chunkSize: 10, postsInFlight: 8 })).pipe(
        Effect.provide(OctaneClient.layer(config(e)))
      )
      expect(summary).toMatchObject({ accepted: 41, notAccepted: 0 })
      const posts = e.requests.filter((r) => r.route === "push")
      expect(posts).toHaveLength(5)
      const underwayAt = (t: number) => posts.filter((p) => p.at <= t && t < p.answered!).length
      expect(Math.max(...posts.map((p) => underwayAt(p.at)))).toBeGreaterThan(1)
      const [first, second] = e.payloads.filter((p) => p.runs.some((r) => r.attributes["name"] === "test1"))
      expect(second!.runs.find((r) => r.attributes["name"] === "test1")!.attributes["status"]).toBe("Failed")
      const postOf = (payload: typeof first) => posts.find((p) => p.task === payload!.task)!
      expect(postOf(second).at).toBeGreaterThanOrEqual(postOf(first).answered!)
    }))

  it.scopedLive("delivers names over 255 characters shortened, with the rest of their payload", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const input = [test(1), test(2, { title: "n".repeat(400) }), test(3, { title: "" })]
      const summary = yield* OctaneSink.push(stream(input), options()).pipe(
        Effect.provide(OctaneClient.layer(config(e)))
      )
      expect(summary).toMatchObject({ accepted: 3, shortened: { name: 1 }, unnamed: 1 })
      expect(e.payloads[0]!.runs.map((r) => r.attributes["name"]!.length)).toEqual([5, 255, 14])
    }))

  it.scopedLive("does not send a payload that fails the server's XSD here, and says what the validator said", () =>
    Effect.gen(function*() {
      const strict = sharedXsd()
      if (strict === undefined) return
      // A server whose XSD allows names of at most 10 characters.
      const e = yield* emulator({
        xsd: strict.replace(/(<xs:simpleType name="string255">[\s\S]*?maxLength value=")255/, "$110")
      })
      const summary = yield* OctaneSink.push(
        stream([...tests(3), test(4, { title: "much longer than ten" })]),
        options({ chunkSize: 3 })
      ).pipe(
        Effect.provide(OctaneClient.layer(config(e)))
      )
      expect(summary.payloads.map((p) => p.state)).toEqual(["accepted", "invalid"])
      expect(summary.payloads[1]?.detail).toMatch(/does not conform to the server's XSD: line \d+: .*name.*/)
      expect(e.payloads).toHaveLength(1)
    }))

  it.scopedLive("fails fast on refused credentials, before anything is sent", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const bad = config({ ...e, clientSecret: "wrong" })
      const exit = yield* OctaneSink.push(stream(tests(5)), options()).pipe(
        Effect.provide(OctaneClient.layer(bad)),
        Effect.exit
      )
      expect(Exit.isFailure(exit)).toBe(true)
      expect(JSON.stringify(exit)).toContain("Unauthorized")
      expect(e.requests.map((r) => r.route)).toEqual(["sign_in"])
    }))

  it.scopedLive("credentials refused mid-push stop it: no later payload is posted, every test handed back", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const kept: Array<string> = []
      let revoked = false
      const summary = yield* OctaneSink.push(
        stream(tests(50)),
        options({
          chunkSize: 10,
          // One payload at a time, from its POST to its final task.
          postsInFlight: 1,
          maxPending: 1,
          onUndelivered: (undelivered) => Effect.sync(() => kept.push(...undelivered.map((t) => t.id))),
          // Once the first payload is accepted, every request is refused, as when a key is revoked mid-push.
          onProgress: (p) => {
            if (p.accepted > 0 && !revoked) {
              revoked = true
              e.inject({ fault: { kind: "status", status: 403 }, times: 1000 })
            }
          }
        })
      ).pipe(Effect.provide(OctaneClient.layer(config(e))))
      expect(summary.unauthorized).toBe(true)
      expect(summary.accepted).toBe(10)
      expect(kept).toHaveLength(40)
      // The second payload's POST was refused; the three after it were never posted.
      expect(e.requests.filter((r) => r.route === "push").length).toBe(2)
      expect(summary.payloads.map((p) => p.state)).toEqual(["accepted", "not sent", "not sent", "not sent", "not sent"])
    }))

  it.scopedLive("signs in with user and password too", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const layer = OctaneClient.layer({
        ...config(e),
        credentials: { kind: "user", user: e.user, password: Redacted.make(e.password) }
      })
      const summary = yield* OctaneSink.push(stream(tests(2)), options({ validate: false })).pipe(Effect.provide(layer))
      expect(summary.accepted).toBe(2)
      expect(e.requests.some((r) => r.route === "xsd")).toBe(false)
    }))

  it.scopedLive("stops at the 202 without waiting, and reports truncated input", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const summary = yield* OctaneSink.push(stream(tests(3), false), options({ wait: false, skipErrors: true })).pipe(
        Effect.provide(OctaneClient.layer(config(e)))
      )
      expect(summary).toMatchObject({ accepted: 3, truncated: true, waited: false })
      expect(summary.payloads[0]?.taskStatus).toBe("queued")
      expect(e.requests.some((r) => r.route === "task")).toBe(false)
      expect(e.payloads[0]?.skipErrors).toBe(true)
    }))

  it.scopedLive("fills Framework and Testing_Tool_Type from each test's framework and tool", () =>
    Effect.gen(function*() {
      const e = yield* emulator()
      const records = Stream.fromIterable<Canonical.StreamRecord>([
        test(1, { source: "py.xml", framework: "pytest", tool: "pytest" }),
        test(2, { source: "plain.xml" })
      ])
      yield* OctaneSink.push(records, options()).pipe(Effect.provide(OctaneClient.layer(config(e))))
      const [py, plain] = e.payloads[0]!.runs
      expect(py?.children).toContain("test_fields")
      expect(e.payloads[0]!.xml).toContain(
        `<test_field type="Framework" value="pytest"/><test_field type="Testing_Tool_Type" value="pytest"/>`
      )
      expect(plain?.children).not.toContain("test_fields")
    }))
})

describe("OctaneSink.payloads", () => {
  it.effect("keeps each payload's records unless told not to, and counts its tests either way", () =>
    Effect.gen(function*() {
      const input = tests(1500)
      const build = (keep: Partial<OctaneSink.PayloadOptions>) =>
        Effect.map(
          OctaneSink.payloads(stream(input), { ...options(), chunkSize: 1000, ...keep }, Stream.runCollect),
          ([payloads, stats]) => {
            expect(stats).toMatchObject({ read: 1500, truncated: false })
            return Chunk.toArray(payloads)
          }
        )
      const kept = yield* build({})
      expect(kept.map((p) => p.size)).toEqual([1000, 500])
      expect(kept.flatMap((p) => p.tests ?? []).map((t) => t.id)).toEqual(input.map((t) => t.id))
      const lean = yield* build({ keepTests: false })
      expect(lean.map((p) => p.size)).toEqual([1000, 500])
      expect(lean.every((p) => p.tests === undefined)).toBe(true)
      expect(lean.map((p) => p.bytes)).toEqual(kept.map((p) => p.bytes))
    }))
})

describe("OctaneSink.pollSchedule", () => {
  it.effect("backs off by 1.5 up to its cap, stops at a final task, and gives up after its overall limit", () =>
    Effect.gen(function*() {
      const poll = { initialDelay: "1 second", maxDelay: "4 seconds", timeout: "20 seconds" } as const
      const polls: Array<number> = []
      const task = (status: string) =>
        Effect.flatMap(Clock.currentTimeMillis, (now) =>
          Effect.sync(() => {
            polls.push(now)
            return { id: "7", status } as OctaneClient.Task
          }))

      const never = yield* Effect.fork(Effect.repeat(task("running"), OctaneSink.pollSchedule(poll)))
      yield* TestClock.adjust("1 minute")
      const last = yield* Fiber.join(never)
      expect(last.status).toBe("running")
      // Waits of 1, 1.5, 2.25, 3.375, then 4 (the cap), until 20 s have passed.
      expect(polls.slice(1).map((t, i) => t - polls[i]!)).toEqual([1000, 1500, 2250, 3375, 4000, 4000, 4000])
      // The limit is checked before each wait: the last poll comes at most one wait (the cap) after it.
      expect(polls.at(-2)! - polls[0]!).toBeLessThan(20_000)
      expect(polls.at(-1)! - polls[0]!).toBeLessThanOrEqual(20_000 + 4_000)

      polls.length = 0
      let n = 0
      const finishing = Effect.suspend(() => task(++n < 3 ? "running" : "success"))
      const done = yield* Effect.fork(Effect.repeat(finishing, OctaneSink.pollSchedule(poll)))
      yield* TestClock.adjust("1 minute")
      expect((yield* Fiber.join(done)).status).toBe("success")
      expect(polls).toHaveLength(3)
    }))
})
