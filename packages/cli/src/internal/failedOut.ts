/**
 * `--failed-out FILE`: the tests that did not arrive, as a complete canonical stream (header, tests, trailer), so
 * that `tr push … < FILE` finishes the job. Written as batches fail; the file is always written, empty of tests when
 * everything arrived, so that it never holds a previous run's leftovers.
 */
import * as Canonical from "@tr/core/Canonical"
import type { SinkError } from "@tr/core/SinkError"
import { Tally } from "@tr/core/Tally"
import { Chunk, Console, Effect, Stream } from "effect"
import { appendFileSync, writeFileSync } from "node:fs"
import { type ExitCode, forSinkError } from "../ExitCode.js"
import { plural, type Terminal } from "./terminal.js"

export interface FailedOut {
  readonly add: (tests: ReadonlyArray<Canonical.TestCase>) => Effect.Effect<void>
  readonly close: Effect.Effect<void>
  readonly count: () => number
}

const line = (record: Canonical.StreamRecord) => JSON.stringify(record) + "\n"

export const open = (path: string, version: string): Effect.Effect<FailedOut> =>
  Effect.sync(() => {
    const tally = new Tally()
    const header: Canonical.RunHeader = {
      type: "run",
      schemaVersion: Canonical.SCHEMA_VERSION,
      tool: { name: "tr", version },
      sources: [],
      metadata: { purpose: "tests that did not arrive; push this file again to deliver them" }
    }
    writeFileSync(path, line(header))
    return {
      add: (tests) =>
        Effect.sync(() => {
          let text = ""
          for (const test of tests) {
            tally.add(test)
            text += line(test)
          }
          appendFileSync(path, text)
        }),
      close: Effect.sync(() => appendFileSync(path, line(tally.end()))),
      count: () => tally.counts.tests
    }
  })

/** When no file was named: nothing is kept, but the count still is. */
export const none: FailedOut = { add: () => Effect.void, close: Effect.void, count: () => 0 }

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
  args: { readonly failedOut: string | undefined; readonly json: boolean; readonly again: string },
  counts: readonly [sent: string, notSent: string],
  terminal: Terminal
): Effect.Effect<ExitCode> =>
  Effect.gen(function*() {
    const kept = failedOut.count()
    yield* failedOut.close
    terminal.fatal(`${error.message}; nothing was sent`)
    if (args.failedOut !== undefined) {
      terminal.line(
        `all ${plural(kept, "test")} read are in ${args.failedOut}; send them with: ${args.again} ${args.failedOut}`
      )
    }
    if (args.json) {
      yield* Console.log(
        JSON.stringify({ error: error.message, reason: error.reason, [counts[0]]: 0, [counts[1]]: kept })
      )
    }
    return forSinkError(error)
  })
