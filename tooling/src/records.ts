/**
 * Helpers for reader tests: run a reader stage over a document fed in pieces of any size.
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { readFileSync } from "node:fs"

/** What a stage gives for `document`, fed in pieces of `size` bytes. */
export const readWith = <A>(
  stage: (bytes: Stream.Stream<Uint8Array>) => Stream.Stream<A>,
  document: string | Uint8Array,
  size = 65536
): Effect.Effect<ReadonlyArray<A>> => {
  const bytes = typeof document === "string" ? new TextEncoder().encode(document) : document
  const pieces: Array<Uint8Array> = []
  for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size))
  return Stream.fromIterable(pieces).pipe(stage, Stream.runCollect, Effect.map(Chunk.toArray))
}

export const readFileWith = <A>(
  stage: (bytes: Stream.Stream<Uint8Array>) => Stream.Stream<A>,
  path: string,
  size?: number
) => readWith(stage, new Uint8Array(readFileSync(path)), size)
