/**
 * A synchronous parser as a stream stage: bytes in, records out, a fresh parser per stream. The parser is fed whole
 * chunks and hands back what each completed, so the stream pays its per-element cost once per chunk.
 *
 * @since 0.1.0
 */
import * as Chunk from "effect/Chunk"
import * as Stream from "effect/Stream"

/**
 * @since 0.1.0
 * @category models
 */
export interface Incremental<A> {
  readonly feed: (bytes: Uint8Array, out: Array<A>) => void
  /** The input ended: hand back what is left, and what the end means (a cut, for instance). */
  readonly end: (out: Array<A>) => void
}

/**
 * @example
 * import * as Incremental from "@tr/core/Incremental"
 * export const stream = (options: Options) => Incremental.stream(() => new MyParser(options))
 *
 * @since 0.1.0
 * @category constructors
 */
export const stream =
  <A>(make: () => Incremental<A>) => <E, R>(bytes: Stream.Stream<Uint8Array, E, R>): Stream.Stream<A, E, R> =>
    Stream.suspend(() => {
      const parser = make()
      return Stream.concat(
        Stream.mapChunks(bytes, (chunk) => {
          const out: Array<A> = []
          for (const b of chunk) parser.feed(b, out)
          return Chunk.unsafeFromArray(out)
        }),
        Stream.suspend(() => {
          const out: Array<A> = []
          parser.end(out)
          return Stream.fromIterable(out)
        })
      )
    })
