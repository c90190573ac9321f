/**
 * Grouping a stream into batches for a sink: a batch leaves when it holds `maxItems`, when one more item would take
 * it past `maxBytes`, or when it has lingered: no item waits longer than `linger` for the input to go on, and a batch
 * that fills in less than half of it is never cut short by the clock (each cut is one more request).
 *
 * @since 0.1.0
 */
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as Queue from "effect/Queue"
import * as Stream from "effect/Stream"

/**
 * @since 0.1.0
 * @category models
 */
export interface Limits {
  readonly maxItems: number
  /** An item larger than this on its own still leaves, alone. */
  readonly maxBytes: number
  readonly linger: Duration.DurationInput
}

const LINGERED = Symbol("lingered")

/** What reaches the batcher: a chunk of input, a tick of the clock, or how the input ended. */
type Event<A, E> = Chunk.Chunk<A> | typeof LINGERED | Exit.Exit<void, E>

/** Chunks of input that may wait for the batcher, and that it takes at once. */
const AHEAD = 16

/**
 * Items are gathered in plain code, a chunk of input at a time. The input and the clock, each in a fiber of its own,
 * hand chunks and ticks to the batcher through one queue, which it empties at each turn; per item, Effect's own
 * `aggregateWithin` cost as much as the rest of a push, and per chunk, `Stream.merge` cost five times this queue. The
 * clock ticks every half `linger`; a batch leaves at a tick when it was already waiting at the one before.
 *
 * @example
 * import * as Batch from "@tr/core/Batch"
 * encodedTests.pipe(Batch.group({ maxItems: 500, maxBytes: 1024 * 1024, linger: "1 second" }, (t) => t.json.length))
 *
 * @since 0.1.0
 * @category combinators
 */
export const group =
  <A>(limits: Limits, bytes: (item: A) => number) =>
  <E, R>(items: Stream.Stream<A, E, R>): Stream.Stream<Chunk.Chunk<A>, E, R> =>
    Stream.unwrapScoped(Effect.gen(function*() {
      const events = yield* Queue.bounded<Event<A, E>>(AHEAD)
      let batch: Array<A> = []
      let size = 0
      /** The batch was already waiting at the last tick. */
      let waited = false
      /** How the input ended, once it has and every batch before the end has left. */
      let ended: Exit.Exit<void, E> | undefined
      const cut = (): Chunk.Chunk<A> => {
        const full = Chunk.unsafeFromArray(batch)
        batch = []
        size = 0
        waited = false
        return full
      }
      const gather = (chunk: Chunk.Chunk<A>, out: Array<Chunk.Chunk<A>>): void => {
        for (const item of chunk) {
          const cost = bytes(item)
          if (batch.length > 0 && size + cost > limits.maxBytes) out.push(cut())
          batch.push(item)
          size += cost
          if (batch.length >= limits.maxItems) out.push(cut())
        }
      }
      const tick = (out: Array<Chunk.Chunk<A>>): void => {
        if (waited) out.push(cut())
        else waited = batch.length > 0
      }
      const handle = (taken: Chunk.Chunk<Event<A, E>>): Chunk.Chunk<Chunk.Chunk<A>> => {
        const out: Array<Chunk.Chunk<A>> = []
        for (const event of taken) {
          if (event === LINGERED) tick(out)
          else if (Exit.isExit(event)) {
            if (Exit.isSuccess(event) && batch.length > 0) out.push(cut())
            ended = event
            break
          } else gather(event, out)
        }
        return Chunk.unsafeFromArray(out)
      }
      const next: Effect.Effect<Chunk.Chunk<Chunk.Chunk<A>>, Option.Option<E>> = Effect.suspend(() =>
        ended === undefined
          ? Effect.map(Queue.takeBetween(events, 1, AHEAD), handle)
          : Exit.isSuccess(ended)
          ? Effect.fail(Option.none())
          : Effect.failCause(Cause.map(ended.cause, Option.some))
      )

      yield* items.pipe(
        Stream.runForEachChunk((chunk) => Queue.offer(events, chunk)),
        Effect.exit,
        Effect.flatMap((exit) => Queue.offer(events, exit)),
        Effect.forkScoped
      )
      yield* Queue.offer(events, LINGERED).pipe(
        Effect.delay(Duration.unsafeDivide(Duration.decode(limits.linger), 2)),
        Effect.forever,
        Effect.forkScoped
      )
      return Stream.repeatEffectChunkOption(next)
    }))
