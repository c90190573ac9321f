/**
 * `--jobs N` on one large JUnit file: the file is cut at boundaries a fast scan finds (`@tr/xml/Boundaries`), the
 * pieces are read by the worker threads, and this thread reads the document whole in the sense of
 * `JunitPieces.whole`: it reads the start itself (until the dialect is decided), then takes the pieces in order, passing
 * over each one whose reading assumed exactly the state it has there and writing that piece's records, and reading
 * itself a piece that closes a suite open around it, the last piece, and, from the first piece that does not fit,
 * the rest of the file. So the output is what one thread writes, whatever the file holds.
 *
 * `TR_SPLIT_BYTES` sets the size from which a file is split, and `TR_SPLIT_TRACE=1` makes each split file say on
 * stderr how many pieces the workers read, whether this thread read on from one of them, and how long it waited for
 * them: tests use the first two.
 *
 * Memory stays flat: the scan holds a few tags, the file is read by ranges (here and by each worker), and a piece's
 * records wait here only while up to twice as many pieces as there are workers are being read.
 */
import type * as Canonical from "@tr/core/Canonical"
import type { Tally } from "@tr/core/Tally"
import * as JunitPieces from "@tr/junit/JunitPieces"
import { Chunk, Effect, Fiber, Option, Stream } from "effect"
import { closeSync, fstatSync, openSync } from "node:fs"
import { TextDecoder } from "node:util"
import * as Formats from "./formats.js"
import * as Piece from "./piece.js"
import type * as ReaderPool from "./readerPool.js"
import * as Sources from "./sources.js"
import type { Batch, Request } from "./worker.js"

const MiB = 1024 * 1024

/**
 * Files smaller than this are read whole: splitting pays only on large files. `TR_SPLIT_BYTES` sets it (tests split
 * small files).
 */
const threshold = (): number => Number(process.env["TR_SPLIT_BYTES"] ?? "") || 32 * MiB

/** Bytes a piece takes at least: an eighth of the threshold, at most 1 MiB. */
const pieceBytes = (): number => Math.max(1, Math.min(MiB, Math.floor(threshold() / 8)))

/** Enough of a file's start for its XML declaration and first element. */
const HEAD_BYTES = 64 * 1024

/** Whether the head is that of an uncompressed JUnit document in UTF-8, which the scan reads. */
const isUtf8Junit = (head: Uint8Array, reading: Formats.Reading): boolean => {
  if (head[0] === 0x1f && head[1] === 0x8b) return false
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || head[0] === 0) return false
  const text = new TextDecoder().decode(head)
  const declared = /^\ufeff?<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']/.exec(text)?.[1]
  if (declared !== undefined && !/^utf-?8$/i.test(declared.trim())) return false
  return (reading.from ?? Formats.formatOfHead(text)) === "junit"
}

/** Whether `--jobs` reads `source` in pieces: a regular UTF-8 JUnit file of at least the threshold. */
export const splits = (source: Sources.Source, reading: Formats.Reading, jobs: number): boolean => {
  if (jobs <= 1 || !Sources.isFile(source) || !JunitPieces.canSplit(Formats.readerOptions(source.path, reading))) {
    return false
  }
  let fd: number | undefined
  try {
    fd = openSync(source.path, "r")
    return fstatSync(fd).size >= threshold() && isUtf8Junit(Piece.readAt(fd, 0, HEAD_BYTES), reading)
  } catch {
    return false
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Which of a read's sources `--jobs` reads in pieces, and how many worker threads the read needs. */
export interface Plan {
  readonly pieces: ReadonlyArray<boolean>
  readonly workers: number
}

/**
 * The plan of `--jobs jobs` for `sources`: files in pieces only when `split` (a `--jobs` given); then as many workers
 * as there are threads beside this one, which scans and writes, else one a file beside this one's (`Sources.workers`).
 */
export const plan = (
  sources: ReadonlyArray<Sources.Source>,
  reading: Formats.Reading,
  jobs: number,
  split: boolean
): Plan => {
  const pieces = sources.map((source) => split && splits(source, reading, jobs))
  return { pieces, workers: pieces.includes(true) ? Math.max(1, jobs - 1) : Sources.workers(sources, jobs) }
}

/** A piece, from a boundary (or the file's start) to the next (or the file's end), and its reading if a worker has it. */
interface Span {
  readonly from: JunitPieces.Boundary | undefined
  readonly to: JunitPieces.Boundary | undefined
  task?: Fiber.Fiber<ReadonlyArray<Batch>>
}

/** A piece closes no element open at its start: a worker can read it with the start tags of those. */
const closesNothing = (from: JunitPieces.Boundary, to: JunitPieces.Boundary): boolean =>
  from.open.length <= to.open.length && from.open.every((tag, i) => to.open[i]!.offset === tag.offset)

/** Ids of pieces in the workers, apart from those of files (0 and up). */
let pieces = 0

/**
 * The NDJSON text of `source`'s records, read in pieces by `threads` (`tally`, `onDiagnostic` and `options.progress`
 * as `jobs.ts` keeps them).
 */
export const read = (
  source: Sources.Source,
  options: Sources.ReadOptions,
  tally: Tally,
  onDiagnostic: (diagnostic: Canonical.Diagnostic) => void,
  threads: Effect.Effect<ReadonlyArray<ReaderPool.Execute>>
): Stream.Stream<string | Uint8Array> =>
  Stream.unwrapScoped(Effect.gen(function*() {
    const fd = yield* Effect.acquireRelease(
      Effect.sync(() => openSync(source.path, "r")),
      (fd) => Effect.sync(() => closeSync(fd))
    )
    const workers = yield* threads
    const scope = yield* Effect.scope
    const progress = options.progress
    const whole = JunitPieces.whole(Formats.readerOptions(source.path, options.reading))
    const keyed = Sources.withKey(options.reading.executionKey)
    const scanner = JunitPieces.scanner(pieceBytes())
    tally.source(source.path)

    let scanned = 0
    let scanEnded = false
    /** The last piece, to the file's end, was made. */
    let made = false
    let from: JunitPieces.Boundary | undefined
    const found: Array<JunitPieces.Boundary> = []
    /** Pieces made and not yet taken, in order. */
    const spans: Array<Span> = []
    /** The next piece, the file scanned on until its end is found. */
    const nextSpan = (): Span | undefined => {
      if (made) return undefined
      while (found.length === 0 && !scanEnded) {
        const bytes = Piece.readAt(fd, scanned, Piece.SCAN_BYTES)
        scanned += bytes.length
        if (bytes.length === 0) scanEnded = true
        else found.push(...scanner.feed(bytes))
      }
      const to = found.shift()
      if (to === undefined) made = true
      const span: Span = { from, to }
      from = to
      return span
    }
    let turn = 0
    const window = workers.length + 1
    /** Makes pieces ahead, and has the workers read those they can once the dialect is known. */
    const fill = (): Effect.Effect<void> =>
      Effect.gen(function*() {
        while (spans.length < window) {
          const span = nextSpan()
          if (span === undefined) break
          spans.push(span)
        }
        const dialect = whole.dialect()
        if (dialect === undefined) return
        for (const span of spans) {
          const { from, to } = span
          if (span.task !== undefined || from === undefined || to === undefined || !closesNothing(from, to)) continue
          const worker = workers[turn++ % workers.length]!
          const request: Request = {
            id: -++pieces,
            source,
            reading: options.reading,
            piece: { start: from, end: to.offset, dialect }
          }
          span.task = yield* Effect.forkIn(collect(worker, request), scope)
        }
      })

    /** Where this thread's reading is, and where it reads to itself (the file's end: `Infinity`). */
    let position = 0
    let readTo: number | undefined = undefined
    let ended = false
    const trace = { taken: 0, readOnFrom: -1, waited: 0, started: performance.now() }

    const text = (records: Array<Canonical.SourceRecord>): string => {
      let out = ""
      for (const r of records) {
        const record = keyed(r)
        tally.add(record)
        if (record.type === "diagnostic") onDiagnostic(record)
        out += JSON.stringify(record) + "\n"
      }
      if (progress !== undefined) progress.tests = tally.counts.tests
      return out
    }

    /** The next stretch this thread reads itself. */
    const readHere = (to: number): string => {
      const out: Array<Canonical.SourceRecord> = []
      const bytes = Piece.readChunk(fd, position, to)
      position += bytes.length
      if (progress !== undefined) progress.bytes += bytes.length
      if (bytes.length > 0) whole.feed(bytes, out)
      if (bytes.length === 0 || position >= to) {
        readTo = undefined
        if (to === Infinity || bytes.length === 0) {
          whole.end(out)
          ended = true
          if (progress !== undefined) progress.files++
          if (process.env["TR_SPLIT_TRACE"] === "1") {
            const ms = (t: number) => Math.round(t)
            process.stderr.write(
              `split ${source.path}: ${trace.taken} pieces taken, read on from ${trace.readOnFrom}, ` +
                `${ms(trace.waited)} of ${ms(performance.now() - trace.started)} ms waiting for workers\n`
            )
          }
        }
      }
      return text(out)
    }

    /** A piece a worker read, written if this thread can pass over it, else read here with the rest of the file. */
    const take = (span: Span & { readonly from: JunitPieces.Boundary; readonly to: JunitPieces.Boundary }) =>
      Effect.gen(function*() {
        const t0 = performance.now()
        const batches = yield* Fiber.join(span.task!)
        trace.waited += performance.now() - t0
        const opened = span.to.open.slice(span.from.open.length).map((tag) => ({
          line: tag.line,
          column: tag.column,
          text: Piece.readAt(fd, tag.offset, tag.length)
        }))
        if (!whole.skip(span.to, batches.at(-1)!.piece!, opened)) {
          trace.readOnFrom = span.from.offset
          for (const rest of spans) if (rest.task !== undefined) yield* Fiber.interrupt(rest.task)
          spans.length = 0
          made = true
          readTo = Infinity
          return Chunk.empty<string | Uint8Array>()
        }
        position = span.to.offset
        trace.taken++
        for (const batch of batches) {
          for (const diagnostic of batch.diagnostics) onDiagnostic(diagnostic)
          if (batch.end !== undefined) tally.merge(batch.end)
          if (progress !== undefined) progress.bytes += batch.read
        }
        if (progress !== undefined) progress.tests = tally.counts.tests
        return Chunk.unsafeFromArray(batches.map((batch) => batch.ndjson))
      })

    const step: Effect.Effect<Chunk.Chunk<string | Uint8Array>, Option.Option<never>> = Effect.suspend(() => {
      if (ended) return Effect.fail(Option.none())
      if (readTo !== undefined) return Effect.succeed(Chunk.of(readHere(readTo)))
      return Effect.flatMap(fill(), () => {
        const span = spans.shift()
        if (span === undefined) {
          readTo = Infinity
          return Effect.succeed(Chunk.empty())
        }
        if (span.task !== undefined) return take(span as Parameters<typeof take>[0])
        readTo = span.to?.offset ?? Infinity
        return Effect.succeed(Chunk.empty())
      })
    })
    return Stream.repeatEffectChunkOption(step)
  }))

/** Every batch of a piece from its worker. */
const collect = (execute: ReaderPool.Execute, request: Request) =>
  Effect.gen(function*() {
    const batches: Array<Batch> = []
    while (batches.at(-1)?.end === undefined) batches.push(yield* execute(request))
    return batches as ReadonlyArray<Batch>
  }).pipe(Effect.orDie)
