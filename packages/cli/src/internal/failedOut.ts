/**
 * `--failed-out FILE`: the tests that did not arrive, as a complete canonical stream (header, tests, trailer), so
 * that `tr push … < FILE` finishes the job. Written as batches fail; the file is always written, empty of tests when
 * everything arrived, so that it never holds a previous run's leftovers.
 */
import * as FileSystem from "@effect/platform/FileSystem"
import * as Canonical from "@tr/core/Canonical"
import type { SinkError } from "@tr/core/SinkError"
import { Tally } from "@tr/core/Tally"
import { Chunk, Effect, Stream } from "effect"
import { ExitCode, forSinkError, worst } from "../ExitCode.js"
import { type WriteError, writeError } from "./files.js"
import * as Stdio from "./stdio.js"
import { plural, type Terminal } from "./terminal.js"

export interface FailedOut {
  /** Keeps tests; never fails: a write that fails is remembered (`problem`), and later tests are not written. */
  readonly add: (tests: ReadonlyArray<Canonical.TestCase>) => Effect.Effect<void>
  readonly close: Effect.Effect<void>
  readonly count: () => number
  /** The file, while it holds every test handed to it; `undefined` without one, or once a write failed. */
  readonly keptIn: () => string | undefined
  /** Why the file does not hold every test handed to it, if a write failed. */
  readonly problem: () => WriteError | undefined
}

const line = (record: Canonical.StreamRecord) => JSON.stringify(record) + "\n"

/** Creates (or empties) the file: failing here, before anything is sent, is failing early. */
export const open = (path: string, version: string): Effect.Effect<FailedOut, WriteError, FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const tally = new Tally()
    const header: Canonical.RunHeader = {
      type: "run",
      schemaVersion: Canonical.SCHEMA_VERSION,
      tool: { name: "tr", version },
      sources: [],
      metadata: { purpose: "tests that did not arrive; push this file again to deliver them" }
    }
    yield* fs.writeFileString(path, line(header)).pipe(Effect.mapError(writeError(path)))
    let problem: WriteError | undefined
    const append = (text: string) =>
      problem !== undefined ? Effect.void : fs.writeFileString(path, text, { flag: "a" }).pipe(
        Effect.catchAll((error) => Effect.sync(() => problem = writeError(path)(error)))
      )
    return {
      add: (tests) =>
        Effect.suspend(() => {
          let text = ""
          for (const test of tests) {
            tally.add(test)
            text += line(test)
          }
          return append(text)
        }),
      close: Effect.suspend(() => append(line(tally.end()))),
      count: () => tally.counts.tests,
      keptIn: () => problem === undefined ? path : undefined,
      problem: () => problem
    }
  })

/** When no file was named: nothing is kept, but the count still is. */
export const none: FailedOut = {
  add: () => Effect.void,
  close: Effect.void,
  count: () => 0,
  keptIn: () => undefined,
  problem: () => undefined
}

/**
 * The file of `failedOut`, opened for a push, or why it cannot be: the push then sends nothing (exit 6), since what
 * did not arrive could not be kept as asked.
 */
export const openFor = (
  path: string | undefined,
  version: string,
  terminal: Terminal
): Effect.Effect<FailedOut | ExitCode, never, FileSystem.FileSystem> =>
  path === undefined ? Effect.succeed(none) : open(path, version).pipe(
    Effect.catchAll((error) =>
      Effect.sync(() => {
        terminal.fatal(`${error.message} (--failed-out); nothing was sent`)
        return ExitCode.CannotWrite
      })
    )
  )

/** The code of a push, made worse when `--failed-out` lost tests, which is then said. */
export const settle = (failedOut: FailedOut, code: ExitCode, terminal: Terminal): ExitCode => {
  const problem = failedOut.problem()
  if (problem === undefined) return code
  terminal.fatal(`${problem.message}: the tests that did not arrive are not all in it`)
  return worst(code, ExitCode.CannotWrite)
}

/**
 * Every test of `records` into `failedOut`, for a push that could send nothing (the run not created, sign-in
 * refused): the file then holds every test read, and pushing it again does the whole job. Says how many.
 */
export const addAll = <E, R>(failedOut: FailedOut, records: Stream.Stream<Canonical.StreamRecord, E, R>) =>
  records.pipe(
    Stream.runForEachChunk((chunk) => failedOut.add(Chunk.toReadonlyArray(Chunk.filter(chunk, Canonical.isTestCase)))),
    Effect.map(() => failedOut.count())
  )

/**
 * The end of a push that could send nothing (the run not created, the sign-in refused): why, where every test read
 * is and how to send them, the summary `--json` asks for (`counts` names its two counts), and the exit code.
 */
export const nothingSent = (
  error: SinkError,
  failedOut: FailedOut,
  args: { readonly json: boolean; readonly again: string },
  counts: readonly [sent: string, notSent: string],
  terminal: Terminal
): Effect.Effect<ExitCode, never, Stdio.Stdio> =>
  Effect.gen(function*() {
    const kept = failedOut.count()
    yield* failedOut.close
    terminal.fatal(`${error.message}; nothing was sent`)
    const keptIn = failedOut.keptIn()
    if (keptIn !== undefined) {
      terminal.line(`all ${plural(kept, "test")} read are in ${keptIn}; send them with: ${args.again} ${keptIn}`)
    }
    if (args.json) {
      yield* Stdio.print(
        JSON.stringify({ error: error.message, reason: error.reason, [counts[0]]: 0, [counts[1]]: kept }) + "\n"
      )
    }
    return settle(failedOut, forSinkError(error), terminal)
  })
