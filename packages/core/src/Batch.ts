/**
 * Grouping a stream into batches for a sink: a batch leaves when it holds `maxItems`, when one more item would take
 * it past `maxBytes`, or when it has lingered: no item waits longer than `linger` for the input to go on, and a batch
 * that fills in less than half of it is never cut short by the clock (each cut is one more request).
 *
 * @since 0.1.0
 */
import * as Chunk from "effect/Chunk"
import * as Duration from "effect/Duration"
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

/**
 * Items are gathered in plain code, a chunk of input at a time; only whole chunks and the clock's ticks pass through
 * the stream's machinery (per item, Effect's own `aggregateWithin` cost as much as the rest of a push). The clock
 * ticks every half `linger`; a batch leaves at a tick when it was already waiting at the one before.
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
    Stream.suspend(() => {
      let batch: Array<A> = []
      let size = 0
      /** The batch was already waiting at the last tick. */
      let waited = false
      const cut = (): Chunk.Chunk<A> => {
        const full = Chunk.unsafeFromArray(batch)
        batch = []
        size = 0
        waited = false
        return full
      }
      const gather = (chunk: Chunk.Chunk<A>): Chunk.Chunk<Chunk.Chunk<A>> => {
        const out: Array<Chunk.Chunk<A>> = []
        for (const item of chunk) {
          const cost = bytes(item)
          if (batch.length > 0 && size + cost > limits.maxBytes) out.push(cut())
          batch.push(item)
          size += cost
          if (batch.length >= limits.maxItems) out.push(cut())
        }
        return Chunk.unsafeFromArray(out)
      }
      const rest = (): Chunk.Chunk<Chunk.Chunk<A>> => (batch.length === 0 ? Chunk.empty() : Chunk.of(cut()))
      const tick = (): Chunk.Chunk<Chunk.Chunk<A>> => {
        if (waited) return rest()
        waited = batch.length > 0
        return Chunk.empty()
      }
      const ticks = Stream.tick(Duration.unsafeDivide(Duration.decode(limits.linger), 2)).pipe(Stream.as(LINGERED))
      return Stream.merge(Stream.chunks(items), ticks, { haltStrategy: "left" }).pipe(
        Stream.mapConcatChunk((event) => (event === LINGERED ? tick() : gather(event))),
        Stream.concat(Stream.suspend(() => Stream.fromChunk(rest())))
      )
    })
