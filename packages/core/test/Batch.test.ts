import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Fiber, Queue, Stream, TestClock } from "effect"
import * as Batch from "../src/Batch.js"

const sizes = (batches: Chunk.Chunk<Chunk.Chunk<number>>) => Chunk.toArray(batches).map((b) => b.length)

/** Batches of a live input: items offered one by one, each batch taken as it leaves. */
const live = (limits: Batch.Limits) =>
  Effect.gen(function*() {
    const input = yield* Queue.unbounded<number>()
    const out = yield* Queue.unbounded<Chunk.Chunk<number>>()
    const fiber = yield* Stream.fromQueue(input).pipe(
      Batch.group(limits, () => 1),
      Stream.runForEach((b) => Queue.offer(out, b)),
      Effect.fork
    )
    return { fiber, input, next: Effect.map(Queue.take(out), Chunk.toArray) }
  })

describe("Batch.group", () => {
  it.effect("cuts at the item count, keeping order and losing nothing", () =>
    Effect.gen(function*() {
      const batches = yield* Stream.range(1, 2500).pipe(
        Batch.group({ maxItems: 1000, maxBytes: 1e9, linger: "1 hour" }, () => 1),
        Stream.runCollect
      )
      expect(sizes(batches)).toEqual([1000, 1000, 500])
      expect(Chunk.toArray(batches).flatMap((b) => Chunk.toArray(b))).toEqual(
        Array.from({ length: 2500 }, (_, i) => i + 1)
      )
    }))

  it.effect("cuts before an item that would pass the byte limit, and lets an oversized item leave alone", () =>
    Effect.gen(function*() {
      const batches = yield* Stream.make(40, 40, 40, 500, 10, 10).pipe(
        Batch.group({ maxItems: 100, maxBytes: 100, linger: "1 hour" }, (n) => n),
        Stream.runCollect
      )
      expect(Chunk.toArray(batches).map(Chunk.toArray)).toEqual([[40, 40], [40], [500], [10, 10]])
    }))

  it.effect("handles a chunk of a hundred thousand items without deep recursion", () =>
    Effect.gen(function*() {
      const items = Chunk.range(1, 100_000)
      const batches = yield* Stream.fromChunk(items).pipe(
        Batch.group({ maxItems: 500, maxBytes: 1e9, linger: "1 hour" }, () => 1),
        Stream.runCollect
      )
      expect(batches.length).toBe(200)
    }))

  it.effect("lets a partial batch leave after the linger, before the input ends", () =>
    Effect.gen(function*() {
      const { fiber, input, next } = yield* live({ maxItems: 100, maxBytes: 1e9, linger: "1 second" })
      yield* Queue.offerAll(input, [1, 2, 3])
      yield* TestClock.adjust("1500 millis")
      expect(yield* next).toEqual([1, 2, 3])
      yield* Fiber.interrupt(fiber)
    }))

  it.effect("lets a full batch leave at once, without waiting for the next item or the clock", () =>
    Effect.gen(function*() {
      const { fiber, input, next } = yield* live({ maxItems: 3, maxBytes: 1e9, linger: "1 hour" })
      yield* Queue.offerAll(input, [1, 2, 3])
      expect(yield* next).toEqual([1, 2, 3])
      yield* Fiber.interrupt(fiber)
    }))

  it.effect("keeps the clock going: each partial batch leaves within the linger", () =>
    Effect.gen(function*() {
      const { fiber, input, next } = yield* live({ maxItems: 100, maxBytes: 1e9, linger: "1 second" })
      yield* Queue.offerAll(input, [1, 2])
      yield* TestClock.adjust("1 second")
      expect(yield* next).toEqual([1, 2])
      yield* Queue.offer(input, 3)
      yield* TestClock.adjust("1 second")
      expect(yield* next).toEqual([3])
      yield* Fiber.interrupt(fiber)
    }))

  it.effect("does not cut a batch that began just before a tick: it leaves once it has waited", () =>
    Effect.gen(function*() {
      const { fiber, input, next } = yield* live({ maxItems: 100, maxBytes: 1e9, linger: "1 second" })
      yield* TestClock.adjust("900 millis")
      yield* Queue.offerAll(input, [1, 2])
      // A clock that cut whatever waited at each tick would send [1, 2] alone here, 0.1 s after it began.
      yield* TestClock.adjust("200 millis")
      yield* Queue.offer(input, 3)
      yield* TestClock.adjust("500 millis")
      // Item 1 waited 0.6 s: within the linger.
      expect(yield* next).toEqual([1, 2, 3])
      yield* Fiber.interrupt(fiber)
    }))

  it.effect("passes on a failure of the input after the batches before it", () =>
    Effect.gen(function*() {
      const seen: Array<ReadonlyArray<number>> = []
      const result = yield* Stream.range(1, 7).pipe(
        Stream.concat(Stream.fail("broken")),
        Batch.group({ maxItems: 3, maxBytes: 1e9, linger: "1 hour" }, () => 1),
        Stream.runForEach((b) => Effect.sync(() => seen.push(Chunk.toArray(b)))),
        Effect.flip
      )
      expect(result).toBe("broken")
      expect(seen).toEqual([[1, 2, 3], [4, 5, 6]])
    }))
})
