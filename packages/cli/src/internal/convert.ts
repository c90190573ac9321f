/** `tr convert`: result files to the canonical NDJSON stream on stdout, or to one CTRF or JUnit XML document. */
import type * as Canonical from "@tr/core/Canonical"
import * as Ndjson from "@tr/core/Ndjson"
import { Tally } from "@tr/core/Tally"
import { Effect, Either, Fiber, Schedule, Stream } from "effect"
import { ExitCode } from "../ExitCode.js"
import type { Reading } from "./formats.js"
import * as Sources from "./sources.js"
import * as Split from "./split.js"
import * as Stdio from "./stdio.js"
import { count, plural, Terminal } from "./terminal.js"

export interface ConvertOptions {
  readonly inputs: ReadonlyArray<string>
  readonly quiet: boolean
  readonly reading: Reading
  readonly version: string
  /** What goes to stdout. */
  readonly to: "ndjson" | "ctrf" | "junit"
  /** Threads that read files side by side (`--jobs`), this one included; 1 reads them all on this one. */
  readonly jobs: number
  /** `--jobs` was given: one large JUnit file is read in pieces by the threads too. */
  readonly split: boolean
}

/** The text of the chosen output, from records. */
const writer =
  (options: ConvertOptions) =>
  <E, R>(records: Stream.Stream<Canonical.StreamRecord, E, R>): Stream.Stream<string, E, R> => {
    switch (options.to) {
      // The writers are loaded when asked for: `tr convert` to the canonical stream starts without them.
      case "ctrf":
        return Stream.unwrap(
          Effect.map(
            Effect.promise(() => import("@tr/ctrf/CtrfWriter")),
            (CtrfWriter) => CtrfWriter.encode({ tool: "tr", version: options.version })(records)
          )
        )
      case "junit":
        return Stream.unwrap(
          Effect.map(
            Effect.promise(() => import("@tr/junit/JunitWriter")),
            (JunitWriter) => JunitWriter.encode(records)
          )
        )
      default:
        return Ndjson.encodeText(records)
    }
  }

const MB = 1024 * 1024

const rate = (bytes: number, ms: number): string => `${(bytes / MB / Math.max(ms / 1000, 0.001)).toFixed(1)} MB/s`

export const run = (options: ConvertOptions) =>
  Effect.gen(function*() {
    const terminal = yield* Terminal.make(options.quiet)
    const io = yield* Stdio.Stdio
    const unknown = Sources.unknownOption(options.inputs)
    if (unknown !== undefined) {
      terminal.fatal(`unknown option ${unknown} (see tr convert --help; a file so named can be given as ./${unknown})`)
      return ExitCode.Usage
    }
    if (options.inputs.length === 0 && io.stdinIsTTY) {
      terminal.fatal("no input: give result files (paths, directories or globs), or pipe a report into stdin")
      return ExitCode.Usage
    }
    const sources = yield* Sources.expand(options.inputs)
    const tally = new Tally()
    const progress: Sources.Progress = { files: 0, bytes: 0, tests: 0 }
    const started = Date.now()
    const showProgress = () =>
      terminal.progress(
        `tr convert: ${progress.files}/${sources.length} files, ${plural(progress.tests, "test")}, ` +
          rate(progress.bytes, Date.now() - started)
      )
    showProgress()
    const ticker = yield* Effect.fork(
      Effect.repeat(Effect.sync(showProgress), Schedule.spaced("250 millis")).pipe(Effect.delay("250 millis"))
    )

    // Files side by side in workers (a large one in pieces, when --jobs is given), when the canonical stream is
    // written: the other writers need the records themselves, which workers send only as text, so they read on this
    // thread. Loaded only then: one file, or --jobs 1, loads no worker machinery.
    const plan = Split.plan(sources, options.reading, options.to === "ndjson" ? options.jobs : 1, options.split)
    const text = plan.workers > 0
      ? Stream.unwrap(Effect.map(
        Effect.promise(() => import("./jobs.js")),
        (Jobs) =>
          Jobs.read(Jobs.text, sources, { ...options, progress, stdin: io.stdin }, tally, plan, (d) =>
            terminal.diagnostic(d))
      ))
      : Sources.read(sources, { ...options, progress, stdin: io.stdin }, tally).pipe(
        Stream.mapChunks((chunk) => {
          for (const record of chunk) {
            if (record.type === "diagnostic") {
              terminal.diagnostic(record)
            }
          }
          return chunk
        }),
        writer(options)
      )
    const written = yield* text.pipe(Stream.run(io.stdout), Effect.either)
    yield* Fiber.interrupt(ticker)
    terminal.clearProgress()

    if (Either.isLeft(written)) {
      if (written.left.isBrokenPipe) {
        return ExitCode.BrokenPipe
      }
      terminal.fatal(`cannot write to stdout: ${String(written.left.cause)}`)
      return ExitCode.Unexpected
    }
    const c = tally.counts
    const elapsed = Date.now() - started
    terminal.line(
      `tr convert: ${plural(sources.length, "file")}, ${plural(c.tests, "test")} ` +
        `(${count(c.passed)} passed, ${count(c.failed)} failed, ${count(c.skipped)} skipped), ` +
        `${plural(tally.errors, "error")}, ${plural(tally.warnings, "warning")}; ` +
        `${(progress.bytes / MB).toFixed(1)} MB in ${(elapsed / 1000).toFixed(1)} s, ${rate(progress.bytes, elapsed)}` +
        (plan.workers > 0 ? `, ${plural(plan.workers, "worker thread")}` : "")
    )
    return tally.errors > 0 ? ExitCode.InputProblems : ExitCode.Ok
  })
