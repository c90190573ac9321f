/**
 * The input of a `push`: result files converted in-process, or a canonical stream on stdin.
 */
import type * as FileSystem from "@effect/platform/FileSystem"
import type * as Canonical from "@tr/core/Canonical"
import * as Ndjson from "@tr/core/Ndjson"
import { Tally } from "@tr/core/Tally"
import { Effect, Stream } from "effect"
import * as Sources from "./sources.js"
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
 * With inputs, converts them (and prints their diagnostics); without, reads NDJSON from stdin, where a bad line
 * becomes a diagnostic and the rest still flows.
 */
export const open = (
  inputs: ReadonlyArray<string>,
  options: { readonly reading: Sources.Reading; readonly version: string },
  terminal: Terminal
) =>
  Effect.gen(function*() {
    const tally = new Tally()
    if (inputs.length === 0) {
      const records = Stdio.stdin().pipe(
        Ndjson.decodeLenient({ source: "-" }),
        Stream.catchAll((error) => Stream.make(stdinFailed(error))),
        Stream.mapChunks((chunk) => {
          for (const record of chunk) {
            tally.add(record)
            // Diagnostics of the producer were shown by it; the decoder's (bad lines, durations left out) are shown here.
            if (record.type === "diagnostic" && Ndjson.isDecoderNote(record)) terminal.diagnostic(record)
          }
          return chunk
        })
      )
      return { records, tally } satisfies Input
    }
    const sources = yield* Sources.expand(inputs)
    const records = Sources.read(sources, options, tally).pipe(
      Stream.mapChunks((chunk) => {
        for (const record of chunk) if (record.type === "diagnostic") terminal.diagnostic(record)
        return chunk
      })
    )
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
