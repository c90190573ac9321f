/**
 * The canonical stream as NDJSON: encoding and decoding as stream stages.
 *
 * @since 0.1.0
 */
import * as Chunk from "effect/Chunk"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Canonical from "./Canonical.js"
import { LineSplitter, TOO_LONG } from "./Lines.js"

/**
 * A line of the stream that is not a valid record, or a stream that ends without its trailer.
 *
 * @since 0.1.0
 * @category errors
 */
export class NdjsonError extends Schema.TaggedError<NdjsonError>("@tr/core/NdjsonError")("NdjsonError", {
  reason: Schema.Literal("InvalidJson", "InvalidRecord", "LineTooLong", "Truncated"),
  line: Schema.Number,
  detail: Schema.String
}) {
  override get message(): string {
    return this.reason === "Truncated"
      ? `the stream ended after line ${this.line} without its "end" trailer: the producer stopped or the pipe was cut`
      : `line ${this.line}: ${this.detail}`
  }
}

/**
 * Longest line accepted by default, in UTF-16 code units: 8 MiB, eight times the readers' default text cap. Only a
 * record's text fields are long, each under that cap, so a longer line is damage, not data. It is never held whole:
 * the decoder stops keeping it at the bound, reports it once (its line number) and reads on at the next line.
 *
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_MAX_LINE = 8 * 1024 * 1024

const encoder = new TextEncoder()

/**
 * Longest string `encodeText` emits, in UTF-16 code units. V8 keeps strings over 128 KB (64 Ki two-byte characters)
 * in its large-object space, which only a full collection frees: on a 1 GB report such strings alone held 50 MB.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_TEXT_PIECE = 32 * 1024

/**
 * Records to NDJSON text, as strings of whole lines of at most about `MAX_TEXT_PIECE` characters.
 *
 * @since 0.1.0
 * @category encoding
 */
export const encodeText = <E, R>(records: Stream.Stream<Canonical.StreamRecord, E, R>): Stream.Stream<string, E, R> =>
  Stream.mapChunks(records, (chunk) => {
    const out: Array<string> = []
    let text = ""
    for (const record of chunk) {
      text += JSON.stringify(record) + "\n"
      if (text.length >= MAX_TEXT_PIECE) {
        out.push(text)
        text = ""
      }
    }
    if (text !== "") out.push(text)
    return Chunk.unsafeFromArray(out)
  })

/**
 * Records to NDJSON bytes (UTF-8), one byte array per chunk of records.
 *
 * @example
 * import * as Ndjson from "@tr/core/Ndjson"
 * import * as Stream from "effect/Stream"
 * Stream.make(header, test, end).pipe(Ndjson.encode) // Stream<Uint8Array>
 *
 * @since 0.1.0
 * @category encoding
 */
export const encode = <E, R>(records: Stream.Stream<Canonical.StreamRecord, E, R>): Stream.Stream<Uint8Array, E, R> =>
  Stream.map(encodeText(records), (text) => encoder.encode(text))

/**
 * A decoded line: the record, or why the line is not one.
 *
 * @since 0.1.0
 * @category models
 */
export type Decoded = Either.Either<Canonical.StreamRecord, NdjsonError>

const decodeRecord = Schema.decodeUnknownEither(Canonical.StreamRecord, { onExcessProperty: "ignore" })

const invalidRecord = (line: number, detail: string) =>
  new NdjsonError({ reason: "InvalidRecord", line, detail: `not a record of the tr stream: ${detail}` })

/**
 * Removes every `duration` no record may hold (beyond `Canonical.MAX_SECONDS`, negative, or `null`: a number JSON
 * could not write), so that the test around it still arrives. Runs only on lines the fast check refused.
 */
const dropBadDurations = (u: unknown, dropped: Array<string>): void => {
  if (typeof u !== "object" || u === null) return
  if (Array.isArray(u)) {
    for (const item of u) dropBadDurations(item, dropped)
    return
  }
  const fields = u as { [key: string]: unknown }
  for (const key in fields) {
    const value = fields[key]
    if (key === "duration" && (value === null || typeof value === "number") && !Canonical.isSeconds(value)) {
      dropped.push(String(value))
      delete fields[key]
    } else {
      dropBadDurations(value, dropped)
    }
  }
}

/** The diagnostics decoding adds: no lines of the input, and said by no producer. */
const notes = new WeakSet<Canonical.StreamRecord>()

const note = (diagnostic: Canonical.Diagnostic): Canonical.Diagnostic => {
  notes.add(diagnostic)
  return diagnostic
}

/**
 * Whether a record is a diagnostic the decoder wrote (a bad line, a duration left out), not one the producer sent:
 * a consumer shows these, the producer showed its own.
 *
 * @since 0.1.0
 * @category guards
 */
export const isDecoderNote = (record: Canonical.StreamRecord): boolean => notes.has(record)

const parseLine = (text: string, line: number, source: string | undefined, out: Array<Decoded>): void => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    out.push(Either.left(new NdjsonError({ reason: "InvalidJson", line, detail: `not JSON: ${(e as Error).message}` })))
    return
  }
  try {
    if (Canonical.isPlainTestCase(json)) {
      out.push(Either.right(json))
      return
    }
    const dropped: Array<string> = []
    dropBadDurations(json, dropped)
    const decoded = Canonical.isPlainTestCase(json) ? Either.right(json) : decodeRecord(json)
    if (Either.isLeft(decoded)) {
      out.push(Either.left(invalidRecord(line, ParseResult.TreeFormatter.formatErrorSync(decoded.left))))
      return
    }
    out.push(Either.right(decoded.right))
    if (dropped.length > 0) {
      const diagnostic: Canonical.Diagnostic = {
        type: "diagnostic",
        severity: "warning",
        code: "invalid-duration",
        message:
          `line ${line}: duration ${dropped.join(", ")} is out of range (0 to ${Canonical.MAX_SECONDS} seconds); ` +
          "left out",
        ...(source === undefined ? {} : { source }),
        line
      }
      out.push(Either.right(note(diagnostic)))
    }
  } catch (e) {
    // JSON.parse takes nesting far deeper than the checks' recursion (steps within steps) can follow.
    if (!(e instanceof RangeError)) throw e
    out.push(Either.left(invalidRecord(line, "nested too deeply")))
  }
}

/**
 * NDJSON bytes to one `Either` per non-blank line, with line numbers, never failing on bad content. A duration no
 * record may hold is left out of its record, which a warning diagnostic follows.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeEither =
  (options?: { readonly maxLineLength?: number; readonly source?: string }) =>
  <E, R>(bytes: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Decoded, E, R> =>
    Stream.suspend(() => {
      const maxLine = options?.maxLineLength ?? DEFAULT_MAX_LINE
      const decoder = new TextDecoder()
      const splitter = new LineSplitter(maxLine)
      let lineNumber = 0
      const toDecoded = (lines: Array<string | typeof TOO_LONG>): Chunk.Chunk<Decoded> => {
        const out: Array<Decoded> = []
        for (const line of lines) {
          lineNumber++
          if (line === TOO_LONG) {
            out.push(
              Either.left(
                new NdjsonError({
                  reason: "LineTooLong",
                  line: lineNumber,
                  detail: `longer than ${maxLine} characters`
                })
              )
            )
          } else if (line.trim() !== "") {
            parseLine(line, lineNumber, options?.source, out)
          }
        }
        return Chunk.unsafeFromArray(out)
      }
      return Stream.concat(
        Stream.mapChunks(bytes, (chunk) => {
          const lines: Array<string | typeof TOO_LONG> = []
          for (const b of chunk) splitter.push(decoder.decode(b, { stream: true }), lines)
          return toDecoded(lines)
        }),
        Stream.suspend(() => {
          const lines: Array<string | typeof TOO_LONG> = []
          splitter.push(decoder.decode(), lines)
          splitter.end(lines)
          return Stream.fromChunk(toDecoded(lines))
        })
      )
    })

/**
 * NDJSON bytes to validated records. Fails with the first bad line, and with `Truncated` when the stream ends without
 * its trailer.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decode =
  (options?: { readonly maxLineLength?: number }) =>
  <E, R>(bytes: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Canonical.StreamRecord, E | NdjsonError, R> =>
    Stream.suspend(() => {
      let last: Canonical.StreamRecord | undefined
      let lines = 0
      let bad: NdjsonError | undefined
      // A chunk at a time (an effect per line cost ~15 µs a line): the records before the first bad line go on, a
      // marker takes the bad line's place, and the stream stops there, reading no further.
      return decodeEither(options)(bytes).pipe(
        Stream.mapChunks((chunk) => {
          const out: Array<Canonical.StreamRecord | typeof BAD_LINE> = []
          for (const decoded of chunk) {
            if (!(Either.isRight(decoded) && notes.has(decoded.right))) lines++
            if (Either.isLeft(decoded)) {
              bad = decoded.left
              out.push(BAD_LINE)
              break
            }
            last = decoded.right
            out.push(last)
          }
          return Chunk.unsafeFromArray(out)
        }),
        Stream.takeWhile((item): item is Canonical.StreamRecord => item !== BAD_LINE),
        Stream.concat(Stream.suspend(() =>
          bad !== undefined
            ? Stream.fail(bad)
            : last?.type === "end"
            ? Stream.empty
            : Stream.fail(new NdjsonError({ reason: "Truncated", line: lines, detail: "no trailer" }))
        ))
      )
    })

const BAD_LINE = Symbol("bad line")

/**
 * NDJSON bytes to records, where a bad line becomes an error diagnostic naming its line, so that everything valid
 * still flows. Sinks use this: one damaged line must not cost the tests around it.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeLenient =
  (options?: { readonly maxLineLength?: number; readonly source?: string }) =>
  <E, R>(bytes: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Canonical.StreamRecord, E, R> =>
    Stream.map(
      decodeEither(options)(bytes),
      (decoded): Canonical.StreamRecord =>
        Either.isRight(decoded) ? decoded.right : note(toDiagnostic(decoded.left, options?.source))
    )

/**
 * @since 0.1.0
 * @category conversions
 */
export const toDiagnostic = (error: NdjsonError, source?: string): Canonical.Diagnostic => ({
  type: "diagnostic",
  severity: "error",
  code: error.reason === "Truncated" ? "truncated-stream" : "invalid-line",
  message: error.reason === "LineTooLong" ? `${error.message}; left out, the lines after it are read` : error.message,
  ...(source === undefined ? {} : { source }),
  line: error.line
})

/**
 * Whether a stream is whole and agrees with itself: pass records through `track`, then ask `complete()` (the last
 * record was the trailer) and `contradiction()` (a second run header, or a trailer whose counts disagree with the
 * tests that came: the stream was spliced or rewritten, so no sink may call the run complete) and `cut()` (an input
 * upstream ended before its end, as a reader's `truncated-file` error says: a runner killed mid-run, a file cut off).
 *
 * @example
 * import * as Ndjson from "@tr/core/Ndjson"
 * const check = Ndjson.completeness()
 * for (const record of records) check.track(record)
 * check.complete() // false when the trailer never came
 * check.contradiction() // "the trailer counts 10 tests, but 3 came", or undefined
 * check.cut() // "go.json ends inside the report …", or undefined
 *
 * @since 0.1.0
 * @category utils
 */
export const completeness = () => {
  let sawEnd = false
  let headers = 0
  const came = { tests: 0, passed: 0, failed: 0, skipped: 0 }
  let contradiction: string | undefined
  let cut: string | undefined
  const checkCounts = (end: Canonical.End) => {
    const differences = (["tests", "passed", "failed", "skipped"] as const).flatMap((k) =>
      end[k] === came[k] ? [] : [`${end[k]} ${k === "tests" ? "tests" : k}, but ${came[k]} came`]
    )
    if (differences.length > 0) contradiction ??= `the trailer counts ${differences.join("; ")}`
  }
  return {
    track: (record: Canonical.StreamRecord): void => {
      sawEnd = record.type === "end"
      if (record.type === "test") {
        came.tests++
        came[record.status]++
      } else if (record.type === "end") {
        checkCounts(record)
      } else if (record.type === "run" && ++headers === 2) {
        contradiction ??= "a second run header: two streams were joined into one"
      } else if (
        record.type === "diagnostic" && record.severity === "error" &&
        (record.code === "truncated-file" || record.code === "truncated-stream")
      ) {
        cut ??= `${record.source ?? "an input"}: ${record.message}`
      }
    },
    complete: (): boolean => sawEnd,
    contradiction: (): string | undefined => contradiction,
    cut: (): string | undefined => cut
  }
}
