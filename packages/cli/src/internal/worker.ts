/**
 * A worker thread of `tr convert --jobs N`: reads the files it is given (format recognised, parsed, records built and
 * serialised as NDJSON here), a batch at a time, each batch only when the main thread asks for it. Asking is what
 * bounds the buffering: a file whose reader is ahead of the writer waits until its batches are taken.
 */
import * as NodeWorkerRunner from "@effect/platform-node/NodeWorkerRunner"
import * as Transferable from "@effect/platform/Transferable"
import * as WorkerRunner from "@effect/platform/WorkerRunner"
import type * as Canonical from "@tr/core/Canonical"
import * as Ndjson from "@tr/core/Ndjson"
import { Tally } from "@tr/core/Tally"
import type * as JunitPieces from "@tr/junit/JunitPieces"
import { type Chunk, Effect, Exit, Fiber, Layer, Option, Scope, Stream } from "effect"
import type { Reading } from "./formats.js"
import * as Piece from "./piece.js"
import * as Sources from "./sources.js"

/** Asks for the next batch of a file, which the first ask opens. */
export interface Request {
  readonly id: number
  readonly source: Sources.Source
  readonly reading: Reading
  /** Only this piece of the file (`split.ts`). */
  readonly piece?: Piece.Request
}

/** Whole lines of NDJSON and what the main thread must know of them without decoding them. */
export interface Batch {
  /**
   * The records' lines as UTF-8, what stdout gets: encoded here, its buffer moved to the main thread, not copied, so
   * that the thread that writes does as little as it can.
   */
  readonly ndjson: Uint8Array
  /** The diagnostics among them, for the terminal. */
  readonly diagnostics: ReadonlyArray<Canonical.Diagnostic>
  /** Bytes of the file read since the last batch. */
  readonly read: number
  readonly tests: number
  /** With the file's last batch: the counts of all its records, for the trailer. */
  readonly end?: Canonical.End
  /** With a piece's last batch: how its reading ended. */
  readonly piece?: JunitPieces.PieceEnd
}

/** Characters of NDJSON a batch carries (fewer at the end of a file): a message costs about as much as 50 lines. */
export const BATCH_SIZE = 256 * 1024

interface Reader {
  readonly pull: Effect.Effect<Chunk.Chunk<Canonical.SourceRecord>, Option.Option<never>>
  readonly scope: Scope.CloseableScope
  readonly tally: Tally
  /** Characters of a batch: a piece of a file leaves in one, its worker never waiting to be asked for more. */
  readonly batchSize: number
  bytes: number
  piece?: JunitPieces.PieceEnd
  /**
   * The next batch, begun as soon as the last one left: the worker parses while the main thread takes that one and
   * asks again, and stops there, one batch ahead.
   */
  ahead?: Fiber.Fiber<Batch> | undefined
}

const readers = new Map<number, Reader>()

const open = (request: Request) =>
  Effect.gen(function*() {
    const scope = yield* Scope.make()
    const tally = new Tally()
    tally.source(request.source.path)
    const reader: { bytes: number; piece?: JunitPieces.PieceEnd } = { bytes: 0 }
    const count = (length: number) => reader.bytes += length
    const records = request.piece === undefined
      ? Sources.readInput(request.source, request.reading, count)
      : Piece.read(request.source, request.reading, request.piece, count, (end) => reader.piece = end)
    const pull = yield* Scope.extend(Stream.toPull(records), scope)
    return Object.assign(reader, { pull, scope, tally, batchSize: request.piece === undefined ? BATCH_SIZE : Infinity })
  })

const next = (request: Request): Effect.Effect<Batch> =>
  Effect.gen(function*() {
    let reader = readers.get(request.id)
    if (reader === undefined) {
      reader = yield* open(request)
      readers.set(request.id, reader)
    }
    const batch = reader.ahead === undefined ? yield* build(reader) : yield* Fiber.join(reader.ahead)
    // Forgotten when the file's last batch leaves, not when it is built: until then, the main thread asks for it.
    if (batch.end === undefined) reader.ahead = yield* Effect.forkDaemon(build(reader))
    else readers.delete(request.id)
    return batch
  })

const build = (reader: Reader): Effect.Effect<Batch> =>
  Effect.gen(function*() {
    const text: Array<string> = []
    const diagnostics: Array<Canonical.Diagnostic> = []
    let piece = ""
    let size = 0
    let tests = 0
    let done = false
    while (size < reader.batchSize) {
      const chunk = yield* Effect.option(reader.pull)
      if (Option.isNone(chunk)) {
        done = true
        break
      }
      for (const record of chunk.value) {
        reader.tally.add(record)
        if (record.type === "test") tests++
        else if (record.type === "diagnostic") diagnostics.push(record)
        // As `Ndjson.encodeText` writes it: the output is the same bytes whichever thread wrote it.
        piece += JSON.stringify(record) + "\n"
        if (piece.length >= Ndjson.MAX_TEXT_PIECE) {
          text.push(piece)
          size += piece.length
          piece = ""
        }
      }
    }
    if (piece !== "") text.push(piece)
    const read = reader.bytes
    reader.bytes = 0
    const ndjson = utf8(text)
    if (!done) return { ndjson, diagnostics, read, tests }
    yield* Scope.close(reader.scope, Exit.void)
    const end = reader.tally.end()
    return reader.piece === undefined
      ? { ndjson, diagnostics, read, tests, end }
      : { ndjson, diagnostics, read, tests, end, piece: reader.piece }
  })

const encoder = new TextEncoder()

/** The pieces as one UTF-8 array with a buffer of its own (`Buffer.from` may share a pool's, which cannot move). */
const utf8 = (pieces: ReadonlyArray<string>): Uint8Array => {
  const encoded = pieces.map((piece) => encoder.encode(piece))
  const out = new Uint8Array(encoded.reduce((size, e) => size + e.length, 0))
  let at = 0
  for (const e of encoded) {
    out.set(e, at)
    at += e.length
  }
  return out
}

WorkerRunner.layer(next, {
  // Moved, not copied: the buffer is no longer this thread's.
  encodeOutput: (_, batch) => Effect.as(Transferable.addAll([batch.ndjson.buffer]), batch)
}).pipe(Layer.provide(NodeWorkerRunner.layer), WorkerRunner.launch, Effect.runFork)
