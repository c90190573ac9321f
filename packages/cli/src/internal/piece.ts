/**
 * One piece of a large JUnit file, read by a worker thread for `split.ts`: the piece's bytes, read from the file by
 * their place, after the start tags of the suites open around it, then how its reading ended.
 */
import type * as Canonical from "@tr/core/Canonical"
import * as JunitPieces from "@tr/junit/JunitPieces"
import { Chunk, Effect, Option, Stream } from "effect"
import { closeSync, openSync, readSync } from "node:fs"
import * as Formats from "./formats.js"
import * as Sources from "./sources.js"
import * as Stdio from "./stdio.js"

/** Where a piece lies in its file and what a reader needs to begin there (see `JunitPieces.Start`). */
export interface Request {
  readonly start: JunitPieces.Boundary
  /** Where the piece ends: the next boundary. */
  readonly end: number
  readonly dialect: number
}

/** Bytes the scan reads at once. */
export const SCAN_BYTES = 256 * 1024

/**
 * The bytes of a file from `at` to the next multiple of `READ_CHUNK_BYTES` (or `end`): the places where one thread's
 * reads end, which a reader that resumes in the middle keeps to, because where sax is handed its input shows in a
 * few diagnostics (the place where a token grew too long).
 */
export const readChunk = (fd: number, at: number, end: number): Uint8Array =>
  readAt(fd, at, Math.min(end, (Math.floor(at / Stdio.READ_CHUNK_BYTES) + 1) * Stdio.READ_CHUNK_BYTES) - at)

/** `length` bytes of the open file `fd` from `offset`, fewer at its end. */
export const readAt = (fd: number, offset: number, length: number): Uint8Array => {
  const bytes = new Uint8Array(length)
  let got = 0
  while (got < length) {
    const n = readSync(fd, bytes, got, length - got, offset + got)
    if (n === 0) break
    got += n
  }
  return got === length ? bytes : bytes.subarray(0, got)
}

/** The piece's records; `done` hears how its reading ended, once the last is read. */
export const read = (
  source: Sources.Source,
  reading: Formats.Reading,
  request: Request,
  onBytes: (length: number) => void,
  done: (end: JunitPieces.PieceEnd) => void
): Stream.Stream<Canonical.SourceRecord> =>
  Stream.acquireRelease(Effect.sync(() => openSync(source.path, "r")), (fd) => Effect.sync(() => closeSync(fd))).pipe(
    Stream.flatMap((fd) => {
      const { start } = request
      const reader = JunitPieces.piece(Formats.readerOptions(source.path, reading), {
        offset: start.offset,
        line: start.line,
        column: start.column,
        counted: start.counted,
        dialect: request.dialect,
        open: start.open.map((tag) => ({
          line: tag.line,
          column: tag.column,
          text: readAt(fd, tag.offset, tag.length)
        }))
      })
      const keyed = Sources.withKey(reading.executionKey)
      let at = start.offset
      return Stream.repeatEffectChunkOption(Effect.suspend(() => {
        const bytes = at < request.end ? readChunk(fd, at, request.end) : new Uint8Array(0)
        if (bytes.length === 0) {
          done(reader.end())
          return Effect.fail(Option.none())
        }
        at += bytes.length
        onBytes(bytes.length)
        const out: Array<Canonical.SourceRecord> = []
        reader.feed(bytes, out)
        return Effect.succeed(Chunk.unsafeFromArray(out.map(keyed)))
      }))
    })
  )
