import { describe, expect, it } from "@effect/vitest"
import { Clock, Effect, Fiber, Ref, TestClock } from "effect"
import * as RateLimit from "../src/RateLimit.js"

describe("RateLimit.slidingWindow", () => {
  it.effect("never lets more than the limit start within any window", () =>
    Effect.gen(function*() {
      const limit = yield* RateLimit.slidingWindow(5, "1 second")
      const starts = yield* Ref.make<Array<number>>([])
      const request = limit(Effect.flatMap(Clock.currentTimeMillis, (t) => Ref.update(starts, (s) => [...s, t])))
      const fiber = yield* Effect.fork(
        Effect.all(Array.from({ length: 23 }, () => request), { concurrency: "unbounded" })
      )
      for (let i = 0; i < 10; i++) yield* TestClock.adjust("500 millis")
      yield* Fiber.join(fiber)
      const times = (yield* Ref.get(starts)).sort((a, b) => a - b)
      expect(times).toHaveLength(23)
      for (let i = 0; i + 5 < times.length; i++) expect(times[i + 5]! - times[i]!).toBeGreaterThanOrEqual(1000)
      // and it does not wait for nothing: five start at once, five a second later, …
      expect(times.slice(0, 6)).toEqual([0, 0, 0, 0, 0, 1000])
    }))
})
