/**
 * Grouping a stream into batches for a sink: a batch leaves when it holds `maxItems`, when one more item would take
 * it past `maxBytes`, or when `linger` has passed since the last batch left, never only at the end of the input.
 *
 * @since 0.1.0
 */
import * as Chunk from "effect/Chunk"
import * as Duration from "effect/Duration"
import { pipe } from "effect/Function"
import * as Schedule from "effect/Schedule"
import * as Sink from "effect/Sink"
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

interface Acc<A> {
  readonly items: Chunk.Chunk<A>
  readonly bytes: number
}

/**
 * @example
 * import * as Batch from "@tr/core/Batch"
 * encodedTests.pipe(Batch.group({ maxItems: 500, maxBytes: 1024 * 1024, linger: "1 second" }, (t) => t.json.length))
 *
 * @since 0.1.0
 * @category combinators
 */
export const group =
  <A>(limits: Limits, bytes: (item: A) => number) =>
  <E, R>(items: Stream.Stream<A, E, R>): Stream.Stream<Chunk.Chunk<A>, E, R> => {
    // foldWeighted loops over a chunk rather than recursing per item, so large chunks are safe; its cost may read the
    // batch so far, which is how the count limit joins the byte limit.
    const sink = Sink.foldWeighted<Acc<A>, A>({
      initial: { items: Chunk.empty(), bytes: 0 },
      maxCost: limits.maxBytes,
      cost: (acc, item) => (acc.items.length >= limits.maxItems ? limits.maxBytes + 1 : bytes(item)),
      body: (acc, item) => ({ items: Chunk.append(acc.items, item), bytes: acc.bytes + bytes(item) })
    })
    return pipe(
      items,
      Stream.aggregateWithin(sink, Schedule.spaced(Duration.decode(limits.linger))),
      Stream.map((acc) => acc.items),
      Stream.filter(Chunk.isNonEmpty)
    )
  }
