/**
 * What a reader of `--jobs N` does with the files it is given (format recognised, parsed, records built and
 * serialised as NDJSON), a batch at a time, handed over when the writer asks for it. Asking is what bounds the
 * buffering: a file whose reader is a few batches ahead of the writer waits until they are taken. Worker threads run
 * it (`workerThread.ts`), and so does the main thread for the files it reads itself.
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Ndjson from "@tr/core/Ndjson"
import { Tally } from "@tr/core/Tally"
import type * as JunitPieces from "@tr/junit/JunitPieces"
import { type Chunk, Effect, Exit, Option, Queue, Scope, Stream } from "effect"
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
}

/**
 * Batches of a file built before they are asked for: the reader goes on parsing while the thread that asks is busy
 * (reading a file of its own, or waiting for a core) and answers its asks at once. With one batch ahead, a worker
 * beside a main thread that reads too waited for it half the time.
 */
const BUILT_AHEAD = 4

const readers = new Map<number, Queue.Dequeue<Batch>>()

/** Opens the file and starts building its batches, at most `BUILT_AHEAD` of them before they are taken. */
const open = (request: Request) =>
  Effect.gen(function*() {
    const scope = yield* Scope.make()
    const tally = new Tally()
    tally.source(request.source.path)
    const counter: { bytes: number; piece?: JunitPieces.PieceEnd } = { bytes: 0 }
    const count = (length: number) => counter.bytes += length
    const records = request.piece === undefined
      ? Sources.readInput(request.source, request.reading, count)
      : Piece.read(request.source, request.reading, request.piece, count, (end) => counter.piece = end)
    const pull = yield* Scope.extend(Stream.toPull(records), scope)
    const reader: Reader = Object.assign(counter, {
      pull,
      scope,
      tally,
      batchSize: request.piece === undefined ? BATCH_SIZE : Infinity
    })
    const built = yield* Queue.bounded<Batch>(BUILT_AHEAD)
    const produce: Effect.Effect<void> = Effect.flatMap(
      build(reader),
      (batch) => Effect.zipRight(Queue.offer(built, batch), batch.end === undefined ? produce : Effect.void)
    )
    yield* Effect.forkDaemon(produce)
    return built
  })

/** The next batch of the file `request` names. */
export const next = (request: Request): Effect.Effect<Batch> =>
  Effect.gen(function*() {
    let built = readers.get(request.id)
    if (built === undefined) {
      built = yield* open(request)
      readers.set(request.id, built)
    }
    const batch = yield* Queue.take(built)
    // Forgotten when the file's last batch leaves, not when it is built: until then, the writer asks for it.
    if (batch.end !== undefined) readers.delete(request.id)
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

/**
 * The pieces as one UTF-8 array with a buffer of its own (`Buffer.from` may share a pool's, which cannot move),
 * encoded straight into it: measured first, copied once.
 */
const utf8 = (pieces: ReadonlyArray<string>): Uint8Array => {
  const out = new Uint8Array(pieces.reduce((size, piece) => size + Buffer.byteLength(piece), 0))
  let at = 0
  for (const piece of pieces) at += encoder.encodeInto(piece, out.subarray(at)).written
  return out
}
