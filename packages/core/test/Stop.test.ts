import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Fiber, Option, TestClock } from "effect"
import * as Stop from "../src/Stop.js"

describe("Stop", () => {
  it.scoped("lets work finish until a stop, then gives what is under way its grace, and cuts it after", () =>
    Effect.gen(function*() {
      const signal = yield* Deferred.make<void>()
      const stop = yield* Stop.make(Deferred.await(signal), "5 seconds")
      expect(stop.requested()).toBe(false)
      const slow = yield* Effect.fork(stop.withinGrace(Effect.as(Effect.sleep("20 seconds"), "answered")))
      const quick = yield* Effect.fork(stop.withinGrace(Effect.as(Effect.sleep("3 seconds"), "answered")))
      yield* TestClock.adjust("1 second")
      yield* Deferred.succeed(signal, undefined)
      yield* Effect.yieldNow()
      expect(stop.requested()).toBe(true)
      yield* TestClock.adjust("4 seconds")
      expect(yield* Fiber.join(quick)).toEqual(Option.some("answered"))
      expect(yield* Effect.map(Fiber.poll(slow), Option.isNone)).toBe(true)
      yield* TestClock.adjust("1 second")
      expect(yield* Fiber.join(slow)).toEqual(Option.none())
      // Anything started after the grace is over is cut at once.
      expect(yield* stop.withinGrace(Effect.never)).toEqual(Option.none())
    }))

  it.effect("never stops when never asked", () =>
    Effect.gen(function*() {
      expect(Stop.never.requested()).toBe(false)
      expect(yield* Stop.never.withinGrace(Effect.succeed(1))).toEqual(Option.some(1))
    }))
})
