/**
 * The formats `tr` reads, recognised by their content (never by file extension): the first element of an XML
 * document, the top-level keys of a JSON object, the opening bracket of a JSON array, the first event of a stream. `--from` names one instead. A gzip-compressed input (its
 * first two bytes say so) is read decompressed, streaming.
 */
import * as NodeStream from "@effect/platform-node/NodeStream"
import * as AllureFormat from "@tr/allure/AllureFormat"
import type * as Canonical from "@tr/core/Canonical"
import type * as ReaderFormat from "@tr/core/Format"
import * as Ndjson from "@tr/core/Ndjson"
import * as XmlDecoder from "@tr/core/XmlDecoder"
import * as CtrfFormat from "@tr/ctrf/CtrfFormat"
import * as CucumberJsonFormat from "@tr/cucumber/CucumberJsonFormat"
import * as CucumberMessagesFormat from "@tr/cucumber/CucumberMessagesFormat"
import * as DartFormat from "@tr/events/DartFormat"
import * as GoTestFormat from "@tr/events/GoTestFormat"
import * as MochaStreamFormat from "@tr/events/MochaStreamFormat"
import * as JestJsonFormat from "@tr/json-reports/JestJsonFormat"
import * as MochaJsonFormat from "@tr/json-reports/MochaJsonFormat"
import * as RspecJsonFormat from "@tr/json-reports/RspecJsonFormat"
import * as JunitFormat from "@tr/junit/JunitFormat"
import * as NunitFormat from "@tr/nunit/NunitFormat"
import * as PlaywrightJsonFormat from "@tr/playwright/PlaywrightJsonFormat"
import * as RobotFormat from "@tr/robot/RobotFormat"
import * as TapFormat from "@tr/tap/TapFormat"
import * as TestngFormat from "@tr/testng/TestngFormat"
import * as TrxFormat from "@tr/trx/TrxFormat"
import * as XunitFormat from "@tr/xunit/XunitFormat"
import { Chunk, Data, Effect, Option, Stream } from "effect"
import { createGunzip } from "node:zlib"

/** How the inputs are read: the options every reader takes. */
export interface Reading {
  readonly maxTextLength: number
  /** A format to use instead of the detected one. */
  readonly from?: string
  /** A JUnit dialect to use instead of the detected one. */
  readonly dialect?: string
  /** Tells this run's executions of each test from another machine's (a CI matrix cell, a shard). */
  readonly executionKey?: string
  /** The project's root (the working directory): test files a report names by absolute paths under it are relative. */
  readonly root?: string
}

type Reader = (
  source: string,
  reading: Reading
) => <E, R>(bytes: Stream.Stream<Uint8Array, E, R>) => Stream.Stream<Canonical.SourceRecord, E, R>

export interface Format {
  readonly name: string
  readonly label: string
  /** Root elements of the XML documents of this format; none for JSON. */
  readonly roots: ReadonlyArray<string>
  /** For a stream of JSON events, one a line: whether the first line, parsed, is one of its events. */
  readonly firstEvent?: (value: unknown) => boolean
  /** For a stream of text lines: whether a line opens one. */
  readonly firstLine?: (line: string) => boolean
  /**
   * For a JSON object document: top-level keys that tell it. The first top-level key of the document that any format
   * lists decides (formats listing the same key: the first in `FORMATS`), so a format lists the keys its writer puts
   * first and none that another writer puts before its own.
   */
  readonly documentKeys?: ReadonlyArray<string>
  readonly read: Reader
}

/** The options a reader gets for `source`: the text cap, the root and the dialect `reading` asks for. */
export const readerOptions = (source: string, reading: Reading) => ({
  source,
  maxTextLength: reading.maxTextLength,
  ...(reading.root === undefined ? {} : { root: reading.root }),
  ...(reading.dialect === undefined ? {} : { dialect: reading.dialect })
})

/** A reader package's format as the commands use it, read with `readerOptions`. */
const listed = (format: ReaderFormat.Format): Format => ({
  name: format.name,
  label: format.label,
  roots: format.roots ?? [],
  ...(format.firstEvent === undefined ? {} : { firstEvent: format.firstEvent }),
  ...(format.firstLine === undefined ? {} : { firstLine: format.firstLine }),
  ...(format.documentKeys === undefined ? {} : { documentKeys: format.documentKeys }),
  read: (source, reading) => format.stream(readerOptions(source, reading))
})

/**
 * Every format, in the order a list of them shows, a first line is tried in, and a top-level key two formats list is
 * decided in.
 */
export const FORMATS: ReadonlyArray<Format> = [
  ...[
    JunitFormat.format,
    NunitFormat.format,
    XunitFormat.format,
    TrxFormat.format,
    TestngFormat.format,
    RobotFormat.format,
    GoTestFormat.format,
    DartFormat.format,
    MochaStreamFormat.format,
    TapFormat.format,
    PlaywrightJsonFormat.format,
    AllureFormat.format,
    CtrfFormat.format,
    MochaJsonFormat.format,
    JestJsonFormat.format,
    RspecJsonFormat.format,
    CucumberJsonFormat.format,
    CucumberMessagesFormat.format
  ].map(listed),
  {
    name: "ndjson",
    label: "tr's canonical NDJSON stream",
    roots: [],
    firstEvent: (value) => isCanonicalRecord(value),
    read: (source, reading) => canonical(source, reading)
  }
]

/**
 * Whether the first line of an input, parsed, is a record of a canonical stream: the run header, or a test (a stream
 * that lost its header still reads as one).
 */
export const isCanonicalRecord = (value: unknown): boolean => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false
  const record = value as { readonly [key: string]: unknown }
  return record["type"] === "run" ||
    record["type"] === "test" && typeof record["id"] === "string" && typeof record["source"] === "string"
}

/**
 * The records of a canonical stream, bad lines reported and passed over. A line holds a record's fields, each under
 * the text cap: one longer than eight caps is damage, never held whole.
 */
export const decodeCanonical = (source: string, reading: Reading) =>
  Ndjson.decodeLenient({ source, maxLineLength: Math.max(Ndjson.DEFAULT_MAX_LINE, 8 * reading.maxTextLength) })

/**
 * A saved canonical stream (`tr convert results/ > run.ndjson`) is an input like any report: its records join the
 * stream being written, without its own header and trailer, and one cut before its trailer says so.
 */
const canonical = (source: string, reading: Reading) => <E, R>(bytes: Stream.Stream<Uint8Array, E, R>) =>
  Stream.suspend(() => {
    let complete = false
    const cut: Canonical.Diagnostic = {
      type: "diagnostic",
      severity: "error",
      code: "truncated-stream",
      message: "the stream ends without its trailer: its producer stopped or the file was cut, so tests may be missing",
      source
    }
    return bytes.pipe(
      decodeCanonical(source, reading),
      Stream.mapChunks((chunk) => {
        const kept: Array<Canonical.SourceRecord> = []
        for (const record of chunk) {
          complete = record.type === "end"
          if (record.type !== "run" && record.type !== "end") kept.push(record)
        }
        return Chunk.unsafeFromArray(kept)
      }),
      Stream.concat(Stream.suspend(() => complete ? Stream.empty : Stream.make(cut)))
    )
  })

export const NAMES: ReadonlyArray<string> = FORMATS.map((f) => f.name)

const byName = (name: string) => FORMATS.find((f) => f.name === name)!

/** Enough of the start of a document to find its first element (a long comment or DOCTYPE can precede it). */
const SNIFF_LIMIT = 256 * 1024

type Sniffed =
  | { readonly format: Format }
  | { readonly unknownRoot: string; readonly line: number; readonly column: number }
  | { readonly unknownKeys: ReadonlyArray<string> }
  | undefined

/** The XML declaration, processing instructions, comments and a DOCTYPE before the first element. */
const PROLOG = /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]*\[[\s\S]*?\])?[^>]*>))*\s*/

/** What the top-level keys of a JSON object in a head say; undefined when no key is listed by a format. */
const byKeys = (keys: ReadonlyArray<string>): Format | undefined => {
  for (const key of keys) {
    const format = FORMATS.find((f) => f.documentKeys?.includes(key) === true)
    if (format !== undefined) return format
  }
  return undefined
}

/**
 * The top-level keys of the JSON object `text` starts with, in order, as far as `text` goes (a long value before a
 * key is passed over, however it nests): `complete` once the object's end was read.
 */
export const topLevelKeys = (text: string): { readonly keys: ReadonlyArray<string>; readonly complete: boolean } => {
  const keys: Array<string> = []
  let depth = 0
  let inString = false
  let keyNext = false
  let keyStart = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === "\\") i++
      else if (c === "\"") {
        inString = false
        if (keyStart !== -1) {
          const raw = text.slice(keyStart, i)
          try {
            keys.push(JSON.parse(`"${raw}"`) as string)
          } catch {
            keys.push(raw)
          }
          keyStart = -1
        }
      }
      continue
    }
    if (c === "\"") {
      inString = true
      if (depth === 1 && keyNext) {
        keyStart = i + 1
        keyNext = false
      }
    } else if (c === "{" || c === "[") {
      depth++
      if (depth === 1) keyNext = true
    } else if (c === "}" || c === "]") {
      depth--
      if (depth === 0) return { keys, complete: true }
    } else if (c === "," && depth === 1) keyNext = true
  }
  return { keys, complete: false }
}

/**
 * A JSON document (Cucumber's array, an object told by its top-level keys), or a stream of JSON events whose first
 * line says whose: a line that is no whole JSON value starts a document.
 */
const sniffJson = (text: string, final: boolean): Sniffed | "more" => {
  const newline = text.indexOf("\n")
  if (newline === -1 && !final && text.length < SNIFF_LIMIT) return "more"
  let value: unknown = undefined
  try {
    value = JSON.parse(newline === -1 ? text : text.slice(0, newline))
    const event = FORMATS.find((f) => f.firstEvent?.(value) === true)
    if (event !== undefined) return { format: event }
  } catch {
    // A document that goes on past its first line.
  }
  // A Cucumber JSON report is an array of features.
  if (text.startsWith("[")) return { format: byName("cucumber") }
  const { keys, complete } = topLevelKeys(text)
  const format = byKeys(keys)
  if (format !== undefined) return { format }
  if (!complete && !final && text.length < SNIFF_LIMIT) return "more"
  return { unknownKeys: keys }
}

/**
 * Text that is neither XML nor JSON: TAP, or a stream of JSON events, after whatever a runner or a script wrote before
 * it (`npm test`'s banner, `go build` errors on stderr): the first line that is either says which.
 */
const sniffLines = (text: string, final: boolean): Sniffed | "more" => {
  const lines = text.split("\n")
  const complete = final ? lines : lines.slice(0, -1)
  let at = 0
  for (const line of complete) {
    const start = at
    at += line.length + 1
    const trimmed = line.trim()
    const opened = FORMATS.find((f) => f.firstLine?.(trimmed) === true)
    if (opened !== undefined) return { format: opened }
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      const found = sniffJson(trimmed, true)
      if (found !== "more" && found !== undefined && "format" in found && found.format.firstEvent) return found
    }
    // A JSON object report after the runner's own output on the same stream (console.log in Mocha tests, puts in
    // specs): its readers pass over the lines before a line that starts with `{`.
    if (line.startsWith("{")) {
      const document = sniffJson(text.slice(start), final)
      if (document === "more") return "more"
      if (document !== undefined && "format" in document && document.format.documentKeys !== undefined) {
        return document
      }
    }
  }
  return final || text.length >= SNIFF_LIMIT ? undefined : "more"
}

/** What the head of a document says it is; undefined until it says enough. */
const sniff = (head: string, final: boolean): Sniffed | "more" => {
  const text = head.replace(/^\ufeff/, "")
  const first = /\S/.exec(text)
  if (first === null) return final ? undefined : "more"
  if (text[first.index] === "{" || text[first.index] === "[") return sniffJson(text.slice(first.index), final)
  if (text[first.index] !== "<") return sniffLines(text.slice(first.index), final)
  const prolog = PROLOG.exec(text.slice(first.index))![0]
  const rest = text.slice(first.index + prolog.length)
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(rest)
  if (m === null) {
    return final || rest.length > 0 && !rest.startsWith("<") || text.length >= SNIFF_LIMIT
      ? undefined
      : "more"
  }
  const root = m[1]!.replace(/^[\w-]+:/, "")
  const format = FORMATS.find((f) => f.roots.includes(root))
  if (format !== undefined) return { format }
  const before = text.slice(0, first.index + prolog.length + 1)
  const line = before.split("\n").length
  return { unknownRoot: root, line, column: before.length - before.lastIndexOf("\n") - 1 + m[1]!.length }
}

const unrecognized = (source: string, saw: string, line: number, column: number): Canonical.Diagnostic => ({
  type: "diagnostic",
  severity: "error",
  code: "unrecognized-format",
  message: `not a test report tr reads: ${saw}; tr reads ${
    FORMATS.map((f) => f.label).join(", ")
  } (name one with --from if it was misread)`,
  source,
  line,
  column
})

/** The keys of an object no format claims, as a diagnostic says them: the first few, and how many more. */
const keysSeen = (keys: ReadonlyArray<string>): string => {
  if (keys.length === 0) return "a JSON object with no keys tr could read"
  const shown = keys.slice(0, 8).map((k) => JSON.stringify(k.length > 40 ? k.slice(0, 40) + "…" : k))
  return `a JSON object with the top-level keys ${shown.join(", ")}${
    keys.length > 8 ? ` and ${keys.length - 8} more` : ""
  }`
}

/** The format the head of an uncompressed document names, as `read` decides it without `--from`. */
export const formatOfHead = (head: string): string | undefined => {
  const found = sniff(head, true)
  return found !== undefined && found !== "more" && "format" in found ? found.format.name : undefined
}

/**
 * Pulls the head of `bytes`, decoded, until `decide` says what the input is (or `SNIFF_LIMIT` bytes are read), then
 * hands the whole input, head included, to `then`. The rest continues from the same pull in this fiber: `Stream.peel`
 * would hand every chunk of the rest over from a fiber of its own, ~70 µs a chunk (0.2 s on a 100 MB report). A live
 * input is decided as soon as its first line says enough.
 */
export const withHead = <D, A, E, R, E2, R2>(
  bytes: Stream.Stream<Uint8Array, E, R>,
  decide: (head: string, final: boolean, bytes: ReadonlyArray<Uint8Array>) => D | "more",
  then: (decided: D, whole: Stream.Stream<Uint8Array, E, R>) => Stream.Stream<A, E2, R2>
): Stream.Stream<A, E | E2, R | R2> =>
  Stream.unwrapScoped(Effect.gen(function*() {
    const pull = yield* Stream.toPull(bytes)
    const next = Effect.catchAll(
      pull,
      (end) => Option.isNone(end) ? Effect.succeed(undefined) : Effect.fail(end.value)
    )
    const head: Array<Uint8Array> = []
    const decoder = XmlDecoder.make()
    let text = ""
    let size = 0
    let ended = false
    while (!ended && size < SNIFF_LIMIT && decide(text, false, head) === "more") {
      const chunk = yield* next
      if (chunk === undefined) {
        ended = true
        text += decoder.end()
      } else {
        for (const piece of chunk) {
          head.push(piece)
          size += piece.length
          text += decoder.decode(piece)
        }
      }
    }
    const whole = Stream.concat(
      Stream.fromIterable(head),
      ended ? Stream.empty : Stream.repeatEffectChunkOption(pull)
    )
    return then(decide(text, true, head) as D, whole)
  }))

/** A compressed input that does not decompress (damaged, or cut). */
export class GzipError extends Data.TaggedError("GzipError")<{ readonly description: string }> {}

const isGzip = (head: ReadonlyArray<Uint8Array>): boolean => {
  const [first, second] = head.length > 0 && head[0]!.length >= 2 ? head[0]! : Buffer.concat(head)
  return first === 0x1f && second === 0x8b
}

const gunzip = <E, R>(bytes: Stream.Stream<Uint8Array, E, R>) =>
  NodeStream.pipeThroughDuplex(
    bytes,
    () => createGunzip(),
    (error) => new GzipError({ description: `not a valid gzip file: ${(error as Error).message}` })
  )

/** What the head of an input decides: compressed, named by `--from`, or what it says it is. */
type Decided = Sniffed | "gzip" | "named"

/**
 * The records of one input, in the format it turns out to be (or the one named). An input that is not XML or JSON
 * at all goes to the JUnit reader, whose diagnostics say what it is instead.
 */
export const read =
  (source: string, reading: Reading & { readonly from?: string }) =>
  <E, R>(bytes: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Canonical.SourceRecord, E | GzipError, R> => {
    const decide = (text: string, final: boolean, head: ReadonlyArray<Uint8Array>): Decided | "more" => {
      if (!final && head.reduce((size, piece) => size + piece.length, 0) < 2) return "more"
      if (isGzip(head)) return "gzip"
      if (reading.from !== undefined) return "named"
      return sniff(text, final)
    }
    return withHead(bytes, decide, (found, whole): Stream.Stream<Canonical.SourceRecord, E | GzipError, R> => {
      if (found === "gzip") return read(source, reading)(gunzip(whole))
      if (found === "named") return byName(reading.from!).read(source, reading)(whole)
      if (found !== undefined && "unknownRoot" in found) {
        return Stream.succeed(
          unrecognized(source, `the root element is <${found.unknownRoot}>`, found.line, found.column)
        )
      }
      if (found !== undefined && "unknownKeys" in found) {
        return Stream.succeed(unrecognized(source, keysSeen(found.unknownKeys), 1, 1))
      }
      return (found?.format ?? byName("junit")).read(source, reading)(whole)
    })
  }
