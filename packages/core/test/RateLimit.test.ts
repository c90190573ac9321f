import { describe, expect, it } from "@effect/vitest"
import { Clock, Effect, Fiber, Ref, TestClock } from "effect"
import * as RateLimit from "../src/RateLimit.js"

interface Span {
  readonly start: number
  readonly end: number
}

/** `n` requests through `limit`, all at once, each lasting `takes(i)` milliseconds; their spans by start. */
const burst = (limit: RateLimit.RateLimiter, n: number, takes: (i: number) => number) =>
  Effect.gen(function*() {
    const spans = yield* Ref.make<Array<Span>>([])
    const request = (i: number) =>
      limit(Effect.gen(function*() {
        const start = yield* Clock.currentTimeMillis
        if (takes(i) > 0) yield* Effect.sleep(`${takes(i)} millis`)
        const end = yield* Clock.currentTimeMillis
        yield* Ref.update(spans, (s) => [...s, { start, end }])
      }))
    const fiber = yield* Effect.fork(
      Effect.all(Array.from({ length: n }, (_, i) => request(i)), { concurrency: "unbounded" })
    )
    for (let i = 0; i < 60; i++) yield* TestClock.adjust("100 millis")
    yield* Fiber.join(fiber)
    return (yield* Ref.get(spans)).sort((a, b) => a.start - b.start)
  })

describe("RateLimit.slidingWindow", () => {
  it.effect("never lets more than the limit start within any window", () =>
    Effect.gen(function*() {
      const spans = yield* burst(yield* RateLimit.slidingWindow(5, "1 second"), 23, () => 0)
      expect(spans).toHaveLength(23)
      for (let i = 0; i + 5 < spans.length; i++) {
        expect(spans[i + 5]!.start - spans[i]!.start).toBeGreaterThanOrEqual(1000)
      }
      // and it does not wait for nothing: five start at once, five a second later, …
      expect(spans.slice(0, 6).map((s) => s.start)).toEqual([0, 0, 0, 0, 0, 1000])
    }))

  it.effect("counts a request until it ends: wherever it arrived, no window holds more than the limit", () =>
    Effect.gen(function*() {
      // The first request is slow (a new connection); the ones after it are quick.
      const spans = yield* burst(yield* RateLimit.slidingWindow(5, "1 second"), 12, (i) => (i === 0 ? 400 : 0))
      expect(spans).toHaveLength(12)
      // The sixth waits for the first to end, then a full window: had the first arrived at its very end, the six
      // arrivals would still span a second.
      expect(spans[5]!.start).toBe(1400)
      for (let i = 0; i + 5 < spans.length; i++) {
        expect(spans[i + 5]!.start - spans[i]!.end).toBeGreaterThanOrEqual(1000)
      }
    }))

  it.effect("an interrupted request frees its place", () =>
    Effect.gen(function*() {
      const limit = yield* RateLimit.slidingWindow(1, "1 second")
      const hung = yield* Effect.fork(limit(Effect.never))
      yield* TestClock.adjust("10 millis")
      yield* Fiber.interrupt(hung)
      const next = yield* Effect.fork(limit(Clock.currentTimeMillis))
      yield* TestClock.adjust("1 second")
      expect(yield* Fiber.join(next)).toBe(1010)
    }))
})
