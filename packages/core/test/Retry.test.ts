import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Fiber, Ref, TestClock } from "effect"
import { HttpError } from "../src/Http.js"
import * as Retry from "../src/Retry.js"

const status = (code: number, retryAfter?: Duration.DurationInput) =>
  new HttpError({
    reason: "Status",
    method: "POST",
    url: "http://127.0.0.1/x",
    status: code,
    ...(retryAfter === undefined ? {} : { retryAfter: Duration.decode(retryAfter) })
  })

const policy: Retry.RetryPolicy = {
  initialDelay: "1 second",
  maxDelay: "4 seconds",
  maxRetries: 3,
  maxElapsed: "1 minute"
}

/** An attempt that fails with the given errors in turn, then succeeds; counts attempts. */
const attempts = (errors: ReadonlyArray<HttpError>) =>
  Effect.map(Ref.make(0), (count) => ({
    count,
    attempt: Effect.flatMap(Ref.getAndUpdate(count, (n) => n + 1), (n) =>
      n < errors.length ? Effect.fail(errors[n]!) : Effect.succeed("ok"))
  }))

describe("Retry", () => {
  it("retries network errors, timeouts, 408, 429 and 5xx, and nothing else", () => {
    const transport = new HttpError({ reason: "Transport", method: "GET", url: "u" })
    const timeout = new HttpError({ reason: "Timeout", method: "GET", url: "u" })
    for (
      const e of [transport, timeout, status(408), status(429), status(500), status(502), status(503), status(504)]
    ) {
      expect(Retry.isRetryable(e)).toBe(true)
    }
    for (const code of [400, 401, 403, 404, 413, 422]) expect(Retry.isRetryable(status(code))).toBe(false)
  })

  it.effect("backs off exponentially and succeeds once the server recovers", () =>
    Effect.gen(function*() {
      const { attempt, count } = yield* attempts([status(503), status(503)])
      const fiber = yield* Effect.fork(Effect.retry(attempt, Retry.schedule(policy)))
      yield* TestClock.adjust("700 millis")
      expect(yield* Ref.get(count)).toBe(1) // the first delay is 1 s ± 20%
      yield* TestClock.adjust("600 millis")
      expect(yield* Ref.get(count)).toBe(2)
      // The second retry comes 2 s ± 20% after the first, which came at 1 s ± 20%: between 2.4 s and 3.6 s.
      yield* TestClock.adjust("1 second")
      expect(yield* Ref.get(count)).toBe(2)
      yield* TestClock.adjust("1400 millis")
      expect(yield* Fiber.join(fiber)).toBe("ok")
      expect(yield* Ref.get(count)).toBe(3)
    }))

  it.effect("does not retry a 400", () =>
    Effect.gen(function*() {
      const { attempt, count } = yield* attempts([status(400)])
      const error = yield* Effect.flip(Effect.retry(attempt, Retry.schedule(policy)))
      expect(error.status).toBe(400)
      expect(yield* Ref.get(count)).toBe(1)
    }))

  it.effect("stops after the last retry and fails with the last error", () =>
    Effect.gen(function*() {
      const { attempt, count } = yield* attempts(Array.from({ length: 10 }, () => status(503)))
      const fiber = yield* Effect.fork(Effect.flip(Effect.retry(attempt, Retry.schedule(policy))))
      yield* TestClock.adjust("1 minute")
      const error = yield* Fiber.join(fiber)
      expect(error.status).toBe(503)
      expect(yield* Ref.get(count)).toBe(4)
    }))

  it.effect("waits as long as Retry-After asks, even beyond the backoff", () =>
    Effect.gen(function*() {
      const { attempt, count } = yield* attempts([status(429, "10 seconds")])
      const fiber = yield* Effect.fork(Effect.retry(attempt, Retry.schedule(policy)))
      yield* TestClock.adjust("9900 millis")
      expect(yield* Ref.get(count)).toBe(1)
      yield* TestClock.adjust("200 millis")
      expect(yield* Fiber.join(fiber)).toBe("ok")
    }))

  it.effect("gives up instead of waiting for a Retry-After beyond the time budget", () =>
    Effect.gen(function*() {
      const { attempt, count } = yield* attempts([status(503, "2 hours")])
      const error = yield* Effect.flip(Effect.retry(attempt, Retry.schedule(policy)))
      expect(error.status).toBe(503)
      expect(yield* Ref.get(count)).toBe(1)
    }))

  it.effect("starts no retry after the time budget is spent", () =>
    Effect.gen(function*() {
      const slow = { ...policy, maxRetries: 100, maxElapsed: "5 seconds" } satisfies Retry.RetryPolicy
      const { attempt, count } = yield* attempts(Array.from({ length: 100 }, () => status(503)))
      const fiber = yield* Effect.fork(Effect.flip(Effect.retry(attempt, Retry.schedule(slow))))
      yield* TestClock.adjust("1 minute")
      yield* Fiber.join(fiber)
      expect(yield* Ref.get(count)).toBeLessThanOrEqual(4)
    }))
})
