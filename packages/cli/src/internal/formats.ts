/**
 * The formats `tr` reads, recognised by their content (never by file extension): the first element of an XML
 * document, or the opening brace or bracket of a JSON one. `--from` names one instead.
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Ndjson from "@tr/core/Ndjson"
import * as XmlDecoder from "@tr/core/XmlDecoder"
import * as CtrfReader from "@tr/ctrf/CtrfReader"
import * as CucumberJsonReader from "@tr/cucumber/CucumberJsonReader"
import * as CucumberMessagesReader from "@tr/cucumber/CucumberMessagesReader"
import * as JunitReader from "@tr/junit/JunitReader"
import * as NunitReader from "@tr/nunit/NunitReader"
import * as TestngReader from "@tr/testng/TestngReader"
import * as TrxReader from "@tr/trx/TrxReader"
import * as XunitReader from "@tr/xunit/XunitReader"
import { Chunk, Effect, Option, Stream } from "effect"
import type { Reading } from "./sources.js"

type Reader = (
  source: string,
  reading: Reading
) => <E, R>(bytes: Stream.Stream<Uint8Array, E, R>) => Stream.Stream<Canonical.SourceRecord, E, R>

export interface Format {
  readonly name: string
  readonly label: string
  /** Root elements of the XML documents of this format; none for JSON. */
  readonly roots: ReadonlyArray<string>
  readonly read: Reader
}

const cap = (reading: Reading) => ({ maxTextLength: reading.maxTextLength })

export const FORMATS: ReadonlyArray<Format> = [
  {
    name: "junit",
    label: "JUnit XML (every common dialect)",
    roots: ["testsuites", "testsuite"],
    read: (source, reading) =>
      JunitReader.stream({
        source,
        ...cap(reading),
        ...(reading.dialect === undefined ? {} : { dialect: reading.dialect })
      })
  },
  {
    name: "nunit",
    label: "NUnit 2 and 3 XML",
    roots: ["test-run", "test-results"],
    read: (source, reading) => NunitReader.stream({ source, ...cap(reading) })
  },
  {
    name: "xunit",
    label: "xUnit.net v2 and v3 XML",
    roots: ["assemblies", "assembly"],
    read: (source, reading) => XunitReader.stream({ source, ...cap(reading) })
  },
  {
    name: "trx",
    label: "TRX (MSTest, xUnit.net and NUnit loggers)",
    roots: ["TestRun"],
    read: (source, reading) => TrxReader.stream({ source, ...cap(reading) })
  },
  {
    name: "testng",
    label: "TestNG testng-results.xml",
    roots: ["testng-results"],
    read: (source, reading) => TestngReader.stream({ source, ...cap(reading) })
  },
  {
    name: "ctrf",
    label: "CTRF JSON",
    roots: [],
    read: (source, reading) => CtrfReader.stream({ source, ...cap(reading) })
  },
  {
    name: "cucumber",
    label: "Cucumber JSON (cucumber-jvm, -js, -ruby, behave, godog, …)",
    roots: [],
    read: (source, reading) => CucumberJsonReader.stream({ source, ...cap(reading) })
  },
  {
    name: "cucumber-messages",
    label: "Cucumber Messages NDJSON (--format message)",
    roots: [],
    read: (source, reading) => CucumberMessagesReader.stream({ source, ...cap(reading) })
  }
]

/**
 * A saved canonical stream (`tr convert results/ > run.ndjson`) is an input like any report: its records join the
 * stream being written, without its own header and trailer, and one cut before its trailer says so.
 */
const CANONICAL: Format = {
  name: "ndjson",
  label: "tr's canonical NDJSON stream",
  roots: [],
  read: (source) => (bytes) =>
    Stream.suspend(() => {
      let complete = false
      const cut: Canonical.Diagnostic = {
        type: "diagnostic",
        severity: "error",
        code: "truncated-stream",
        message:
          "the stream ends without its trailer: its producer stopped or the file was cut, so tests may be missing",
        source
      }
      return bytes.pipe(
        Ndjson.decodeLenient({ source }),
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
}

export const NAMES: ReadonlyArray<string> = [...FORMATS.map((f) => f.name), CANONICAL.name]

const byName = (name: string) => FORMATS.find((f) => f.name === name) ?? CANONICAL

/** Enough of the start of a document to find its first element (a long comment or DOCTYPE can precede it). */
const SNIFF_LIMIT = 256 * 1024

type Sniffed =
  | { readonly format: Format }
  | { readonly unknownRoot: string; readonly line: number; readonly column: number }
  | undefined

/** The XML declaration, processing instructions, comments and a DOCTYPE before the first element. */
const PROLOG = /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]*\[[\s\S]*?\])?[^>]*>))*\s*/

/** How the header line of a canonical stream starts (`tr schema`). */
const CANONICAL_HEADER = /^\{\s*"type"\s*:\s*"run"/

/** What the head of a document says it is; undefined until it says enough. */
const sniff = (head: string, final: boolean): Sniffed | "more" => {
  const text = head.replace(/^\ufeff/, "")
  const first = /\S/.exec(text)
  if (first === null) return final ? undefined : "more"
  // A Cucumber JSON report is an array of features; a CTRF report is an object.
  if (text[first.index] === "[") return { format: byName("cucumber") }
  if (text[first.index] === "{") {
    // The header line of a canonical stream (tr writes `type` first; --from ndjson reads any other).
    if (CANONICAL_HEADER.test(text.slice(first.index, first.index + 64))) return { format: CANONICAL }
    // Cucumber Messages: one envelope a line, named by its only key.
    const key = /^\{\s*"(\w+)"\s*:/.exec(text.slice(first.index))
    if (key === null && !final && text.length - first.index < 64) return "more"
    if (key !== null && CucumberMessagesReader.FIRST_ENVELOPES.includes(key[1]!)) {
      return { format: byName("cucumber-messages") }
    }
    return { format: byName("ctrf") }
  }
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

const unrecognized = (source: string, root: string, line: number, column: number): Canonical.Diagnostic => ({
  type: "diagnostic",
  severity: "error",
  code: "unrecognized-format",
  message: `not a test report tr reads: the root element is <${root}>; tr reads ${
    FORMATS.map((f) => f.label).join(", ")
  } (name one with --from if it was misread)`,
  source,
  line,
  column
})

/**
 * The records of one input, in the format it turns out to be (or the one named). An input that is not XML or JSON
 * at all goes to the JUnit reader, whose diagnostics say what it is instead.
 */
export const read =
  (source: string, reading: Reading & { readonly from?: string }) =>
  <E, R>(bytes: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Canonical.SourceRecord, E, R> => {
    if (reading.from !== undefined) return byName(reading.from).read(source, reading)(bytes)
    // The head is pulled in this fiber and the rest continues from the same pull: `Stream.peel` would hand every
    // chunk of the rest over from a fiber of its own, ~70 µs a chunk (0.2 s on a 100 MB report).
    return Stream.unwrapScoped(Effect.gen(function*() {
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
      while (!ended && size < SNIFF_LIMIT && sniff(text, false) === "more") {
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
      const found = sniff(text, true)
      if (found !== undefined && found !== "more" && "unknownRoot" in found) {
        return Stream.succeed(unrecognized(source, found.unknownRoot, found.line, found.column))
      }
      const format = found !== undefined && found !== "more" ? found.format : byName("junit")
      const whole = Stream.concat(
        Stream.fromIterable(head),
        ended ? Stream.empty : Stream.repeatEffectChunkOption(pull)
      )
      return format.read(source, reading)(whole)
    }))
  }
