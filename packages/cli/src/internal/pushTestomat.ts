/** `tr push testomat`, `tr testomat start`, `tr testomat finish`. */
import * as Retry from "@tr/core/Retry"
import type { SinkError } from "@tr/core/SinkError"
import * as TestomatClient from "@tr/testomat/TestomatClient"
import * as TestomatSink from "@tr/testomat/TestomatSink"
import { Console, Effect, type Redacted, Stream } from "effect"
import { ExitCode, forSinkError, worst } from "../ExitCode.js"
import * as Env from "./env.js"
import * as FailedOut from "./failedOut.js"
import type { Reading } from "./formats.js"
import * as Records from "./records.js"
import { Signals, stopping } from "./signals.js"
import { count, plural, Terminal } from "./terminal.js"

export interface Connection {
  readonly apiKey: Redacted.Redacted<string> | undefined
  readonly url: string
  readonly timeoutMs: number
  readonly retries: number
  readonly retryTimeSeconds: number
  readonly requestsPerSecond: number | undefined
}

export interface PushArgs {
  readonly inputs: ReadonlyArray<string>
  readonly connection: Connection
  readonly runId: string | undefined
  readonly run: TestomatClient.RunParams
  readonly create: boolean
  readonly finish: boolean
  /** What asked to leave the run open, when `finish` is false: the flag or the variable. */
  readonly leftOpenBy: string
  /** Leave skipped tests out (TESTOMATIO_EXCLUDE_SKIPPED). */
  readonly excludeSkipped: boolean
  readonly batchSize: number
  readonly batchBytes: number
  readonly lingerMs: number
  readonly concurrency: number
  readonly passedOutput: boolean
  readonly maxStack: number
  readonly runTimeUnit: "s" | "ms"
  readonly ridPrefix: string | undefined
  readonly failedOut: string | undefined
  readonly dryRun: boolean
  readonly json: boolean
  readonly quiet: boolean
  readonly reading: Reading
  readonly version: string
}

const config = (c: Connection, apiKey: Redacted.Redacted<string>): TestomatClient.Config => ({
  url: c.url,
  apiKey,
  timeout: `${c.timeoutMs} millis`,
  retry: Retry.schedule({ ...Retry.defaultPolicy, maxRetries: c.retries, maxElapsed: `${c.retryTimeSeconds} seconds` }),
  ...(c.requestsPerSecond === undefined ? {} : { requestsPerSecond: c.requestsPerSecond })
})

const noKey = (terminal: Terminal) => {
  terminal.fatal(
    `no API key: set ${Env.TESTOMAT_ENV.apiKey} (or give --api-key, which leaves it in your shell history)`
  )
  return Effect.succeed(ExitCode.Usage)
}

const showRequest = (request: { method: string; url: string; body: string }) =>
  Console.log(`${request.method} ${request.url}\n${request.body}\n`)

export const push = (args: PushArgs) =>
  Effect.gen(function*() {
    const terminal = new Terminal(args.quiet)
    const apiKey = args.connection.apiKey
    if (apiKey === undefined) return yield* noKey(terminal)
    if (args.inputs.length === 0 && process.stdin.isTTY) {
      terminal.fatal("no input: give result files, or pipe the stream of tr convert into stdin")
      return ExitCode.Usage
    }
    const input = yield* Records.open(args.inputs, args, terminal)
    const failedOut = args.failedOut === undefined
      ? FailedOut.none
      : yield* FailedOut.open(args.failedOut, args.version)
    const client = args.dryRun
      ? TestomatClient.layerDryRun(config(args.connection, apiKey), showRequest)
      : TestomatClient.layer(config(args.connection, apiKey))
    const signals = yield* Signals
    const progress = terminal.throttled()
    let leftOut = 0
    const records = args.excludeSkipped
      ? input.records.pipe(
        Stream.filter((r) => {
          const skipped = r.type === "test" && r.status === "skipped"
          if (skipped) leftOut++
          return !skipped
        }),
        // The trailer then counts what is sent, so that the sink does not take the stream for a rewritten one.
        Stream.map((r) => r.type === "end" ? { ...r, tests: r.tests - leftOut, skipped: r.skipped - leftOut } : r)
      )
      : input.records
    const outcome = yield* TestomatSink.push(records, {
      ...(args.runId === undefined ? {} : { runId: args.runId }),
      run: args.run,
      finish: args.finish,
      create: args.create,
      batch: { maxItems: args.batchSize, maxBytes: args.batchBytes, linger: `${args.lingerMs} millis` },
      concurrency: args.concurrency,
      mapping: {
        passedOutput: args.passedOutput,
        maxStack: args.maxStack,
        runTimeUnit: args.runTimeUnit,
        ...(args.ridPrefix === undefined ? {} : { ridPrefix: args.ridPrefix })
      },
      // Without a file to write them to, the sink need not keep the records of batches in flight.
      ...(args.failedOut === undefined ? {} : { onUndelivered: failedOut.add }),
      stop: signals.stop,
      onProgress: (p) =>
        progress(() =>
          `tr push testomat: ${plural(p.read, "test")} read, ${count(p.delivered)} delivered, ${
            count(p.inFlight)
          } in flight, ${plural(p.retries, "retry", "retries")}`
        )
    }).pipe(Effect.provide(client), Effect.either, signals.handling(() => terminal.line(stopping(args.failedOut))))

    if (outcome._tag === "Left") {
      // The sink handed every test of the input to --failed-out before it gave up.
      return yield* FailedOut.nothingSent(
        outcome.left,
        failedOut,
        { ...args, again: "tr push testomat" },
        ["delivered", "undelivered"],
        terminal
      )
    }
    yield* failedOut.close
    const s = outcome.right
    const inputProblems = s.truncated || s.contradiction !== undefined || s.inputErrors > 0 || input.tally.errors > 0
    const code = worst(
      s.interrupted ? ExitCode.Interrupted : ExitCode.Ok,
      s.undelivered > 0 || s.finishFailed ? ExitCode.DeliveryIncomplete : ExitCode.Ok,
      s.unauthorized ? ExitCode.AuthenticationRefused : ExitCode.Ok,
      inputProblems ? ExitCode.InputProblems : ExitCode.Ok
    )
    terminal.line(
      `tr push testomat${s.interrupted ? " (interrupted)" : ""}: ${plural(s.read, "test")} read, ${
        count(s.delivered)
      } delivered, ${count(s.undelivered)} not delivered ` +
        `(${plural(s.batches, "batch", "batches")}, ${plural(s.requests, "request")}, ${
          plural(s.retries, "retry", "retries")
        })`
    )
    for (const failure of s.failures) terminal.line(`  ${failure}`)
    if (leftOut > 0) {
      terminal.line(`${plural(leftOut, "skipped test")} left out, as asked (${Env.TESTOMAT_ENV.excludeSkipped})`)
    }
    // A finished run answers tests with 400: a shard that joined a run another push without --no-finish closed.
    const runFinishedElsewhere = args.runId !== undefined && s.failures.some((f) => f.includes("(400)"))
    if (runFinishedElsewhere) {
      terminal.line(
        `Testomat.io refused the tests for run ${args.runId} (400), as it refuses tests for a finished run: an ` +
          "earlier push into this run (another shard's) most likely ran without --no-finish and finished it. Push " +
          `every shard with --no-finish (or ${Env.TESTOMAT_ENV.proceed}=1), then finish the run once, after the ` +
          `last shard: tr testomat finish --run ${args.runId}`
      )
    }
    for (const note of Records.inputNotes(s)) terminal.line(note)
    const notConfirmed = s.interrupted ? "not confirmed" : "that did not arrive"
    if (s.undelivered > 0) {
      const into = s.run === undefined || runFinishedElsewhere ? "" : `--run ${s.run.uid} `
      terminal.line(
        args.failedOut !== undefined
          ? `the ${plural(s.undelivered, "test")} ${notConfirmed} are in ${args.failedOut}; deliver them with: ` +
            `tr push testomat ${into}${args.failedOut}`
          : `${plural(s.undelivered, "test")} ${
            s.interrupted ? "were not confirmed" : "did not arrive"
          }; name --failed-out FILE to keep them for another push`
      )
    }
    if (s.run === undefined) terminal.line(`${s.leftOpen}`)
    else {
      const why = args.finish || s.leftOpen !== "not finished on request"
        ? s.leftOpen
        : `${s.leftOpen} (${args.leftOpenBy})`
      terminal.line(
        `run ${s.run.uid}${s.run.url ? `: ${s.run.url}` : ""} (${s.finished ? "finished" : `left open: ${why}`})`
      )
      if (s.finishFailed) terminal.line(`finish it with: tr testomat finish --run ${s.run.uid}`)
      if (!s.finished && args.finish && s.interrupted) {
        terminal.line(`finish it once the rest has arrived with: tr testomat finish --run ${s.run.uid}`)
      }
    }
    if (args.json) yield* Console.log(JSON.stringify({ ...s, exitCode: code }))
    return code
  })

/** One call to the service outside a push (`tr testomat start`, `tr testomat finish`). */
export const runOnce = <A>(
  connection: Connection,
  quiet: boolean,
  use: (client: TestomatClient.TestomatClient["Type"], terminal: Terminal) => Effect.Effect<A, SinkError>
) =>
  Effect.gen(function*() {
    const terminal = new Terminal(quiet)
    if (connection.apiKey === undefined) return yield* noKey(terminal)
    const outcome = yield* Effect.flatMap(TestomatClient.TestomatClient, (client) => use(client, terminal)).pipe(
      Effect.provide(TestomatClient.layer(config(connection, connection.apiKey))),
      Effect.either
    )
    if (outcome._tag === "Right") return ExitCode.Ok
    terminal.fatal(outcome.left.message)
    return forSinkError(outcome.left)
  })
