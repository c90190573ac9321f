/**
 * The input of a `push`: result files converted in-process, or a canonical stream on stdin.
 */
import type * as FileSystem from "@effect/platform/FileSystem"
import type * as Canonical from "@tr/core/Canonical"
import * as Ndjson from "@tr/core/Ndjson"
import { Tally } from "@tr/core/Tally"
import { Effect, Stream } from "effect"
import * as Formats from "./formats.js"
import * as Sources from "./sources.js"
import * as Split from "./split.js"
import * as Stdio from "./stdio.js"
import type { Terminal } from "./terminal.js"

export interface Input {
  readonly records: Stream.Stream<Canonical.StreamRecord, never, FileSystem.FileSystem>
  /** Says what reading found; complete only once the stream has been run. */
  readonly tally: Tally
}

const stdinFailed = (error: Stdio.StdioError): Canonical.Diagnostic => ({
  type: "diagnostic",
  severity: "error",
  code: "unreadable",
  message: `cannot read standard input: ${String(error.cause)}`,
  source: "-"
})

/**
 * Whether standard input is the canonical stream (a `tr convert` upstream, or a producer of its own): its first line
 * is the run header, or a test record. Anything else is a runner's own output, converted as it arrives.
 */
const isCanonical = (head: string, final: boolean): boolean | "more" => {
  const text = head.replace(/^\ufeff/, "").trimStart()
  const newline = text.indexOf("\n")
  if (newline === -1 && !final) return "more"
  try {
    return Formats.isCanonicalRecord(JSON.parse(newline === -1 ? text : text.slice(0, newline)))
  } catch {
    return false
  }
}

/**
 * With inputs, converts them (and prints their diagnostics). Without, reads stdin: the canonical stream, where a bad
 * line becomes a diagnostic and the rest still flows, or any format `tr convert` reads (`go test -json ./... | tr push
 * testomat`), converted test by test as its lines arrive.
 */
export const open = (
  inputs: ReadonlyArray<string>,
  options: { readonly reading: Formats.Reading; readonly version: string; readonly jobs?: number },
  terminal: Terminal
) =>
  Effect.gen(function*() {
    const tally = new Tally()
    const io = yield* Stdio.Stdio
    const converted = (sources: ReadonlyArray<Sources.Source>, stdin: Stream.Stream<Uint8Array, Stdio.StdioError>) =>
      Sources.read(sources, { ...options, stdin }, tally).pipe(
        Stream.mapChunks((chunk) => {
          for (const record of chunk) if (record.type === "diagnostic") terminal.diagnostic(record)
          return chunk
        })
      )
    if (inputs.length === 0) {
      const records = Formats.withHead(io.stdin, isCanonical, (canonical, stdin) =>
        canonical
          ? stdin.pipe(
            Formats.decodeCanonical("-", options.reading),
            Stream.mapChunks((chunk) => {
              for (const record of chunk) {
                tally.add(record)
                // Diagnostics of the producer were shown by it; the decoder's (bad lines, durations left out) are shown here.
                if (record.type === "diagnostic" && Ndjson.isDecoderNote(record)) terminal.diagnostic(record)
              }
              return chunk
            })
          )
          : converted([{ path: "-" }], stdin)).pipe(Stream.catchAll((error) => Stream.make(stdinFailed(error))))
      return { records, tally } satisfies Input
    }
    const sources = yield* Sources.expand(inputs)
    const jobs = options.jobs ?? 1
    // Loaded only when workers read: one file, or --jobs 1, loads no worker machinery.
    const plan = Split.plan(sources, options.reading, jobs, false)
    const records = plan.workers > 0
      ? Stream.unwrap(Effect.map(
        Effect.promise(() => import("./jobs.js")),
        (Jobs) =>
          Jobs.read(Jobs.records, sources, { ...options, stdin: io.stdin }, tally, plan, (d) => terminal.diagnostic(d))
      ))
      : converted(sources, io.stdin)
    return { records, tally } satisfies Input
  })

/** What a push says about its input beyond the counts: a contradiction, a cut (by an interrupt or not). */
export const inputNotes = (
  s: { readonly contradiction?: string; readonly truncated: boolean; readonly interrupted: boolean }
): Array<string> => [
  ...(s.contradiction === undefined ? [] : [`the input contradicts itself: ${s.contradiction}`]),
  ...(!s.truncated ? [] : s.interrupted
    ? [
      "the input was cut: it ended without its trailer (its producer was stopped too), so tests after the cut were " +
      "never read"
    ]
    : ["the input ended without its trailer: the producer stopped or the pipe was cut, so the run may be incomplete"])
]
