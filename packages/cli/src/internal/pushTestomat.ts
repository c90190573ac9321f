/** `tr push testomat`, `tr testomat start`, `tr testomat finish`. */
import type * as Http from "@tr/core/Http"
import * as Retry from "@tr/core/Retry"
import type { SinkError } from "@tr/core/SinkError"
import * as Artifacts from "@tr/testomat/Artifacts"
import type * as S3 from "@tr/testomat/S3"
import * as TestomatClient from "@tr/testomat/TestomatClient"
import * as TestomatSink from "@tr/testomat/TestomatSink"
import { Effect, type Redacted, Stream } from "effect"
import { ExitCode, forSinkError, worst } from "../ExitCode.js"
import * as Env from "./env.js"
import * as FailedOut from "./failedOut.js"
import type { Reading } from "./formats.js"
import * as Records from "./records.js"
import { Signals, stopping } from "./signals.js"
import * as Stdio from "./stdio.js"
import { count, plural, Terminal } from "./terminal.js"

export interface Connection {
  readonly apiKey: Redacted.Redacted<string> | undefined
  readonly url: string
  readonly timeoutMs: number
  readonly retries: number
  readonly retryTimeSeconds: number
  readonly requestsPerSecond: number | undefined
}

export interface ArtifactArgs {
  /** Upload nothing (TESTOMATIO_DISABLE_ARTIFACTS). */
  readonly disabled: boolean
  readonly private: boolean
  /** `--artifacts-root`: the current directory and each report's directory when empty. */
  readonly roots: ReadonlyArray<string>
  readonly maxBytes?: number
  /** Undefined when no bucket is configured. */
  readonly storage?: S3.Storage
}

export interface PushArgs {
  readonly artifacts: ArtifactArgs
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
  /** Threads that read the files given (`--jobs`), this one included. */
  readonly jobs: number
  readonly version: string
}

const config = (c: Connection, apiKey: Redacted.Redacted<string>): TestomatClient.Config => ({
  url: c.url,
  apiKey,
  timeout: `${c.timeoutMs} millis`,
  retry: Retry.schedule({ ...Retry.defaultPolicy, maxRetries: c.retries, maxElapsed: `${c.retryTimeSeconds} seconds` }),
  ...(c.requestsPerSecond === undefined ? {} : { requestsPerSecond: c.requestsPerSecond })
})

type Print = (text: string) => Effect.Effect<void>

const noKey = (terminal: Terminal) => {
  terminal.fatal(
    `no API key: set ${Env.TESTOMAT_ENV.apiKey} (or give --api-key, which leaves it in your shell history)`
  )
  return Effect.succeed(ExitCode.Usage)
}

const showRequest = (print: Print) => (request: { method: string; url: string; body: string }) =>
  print(`${request.method} ${request.url}\n${request.body}\n\n`)

/** A dry run shows each upload it would make: method, URL and length, never a header (the signature, a token). */
const showUpload = (print: Print) => (request: Http.Request) => {
  const length = request.headers?.["content-length"]
  // A multipart upload's answers as the storage would give them, so that the dry run shows every part.
  return Effect.as(
    print(`${request.method} ${request.url}${length === undefined ? "" : ` (${length} bytes)`}\n\n`),
    {
      status: 200,
      headers: { etag: "\"dry-run\"" },
      body: request.url.endsWith("?uploads") ? "<InitiateMultipartUploadResult><UploadId>dry-run</UploadId>" : ""
    }
  )
}

const uploaderOf = (args: PushArgs, print: Print) =>
  Artifacts.make({
    storage: args.artifacts.disabled ? undefined : args.artifacts.storage,
    // Without S3_* settings, the storage Testomat.io answers the run's creation with, unless uploads are off.
    storageFromRun: !args.artifacts.disabled,
    private: args.artifacts.private,
    ...(args.artifacts.roots.length === 0 ? {} : { roots: args.artifacts.roots }),
    ...(args.artifacts.maxBytes === undefined ? {} : { maxBytes: args.artifacts.maxBytes }),
    concurrency: args.concurrency,
    timeout: `${args.connection.timeoutMs} millis`,
    retry: Retry.schedule({
      ...Retry.defaultPolicy,
      maxRetries: args.connection.retries,
      maxElapsed: `${args.connection.retryTimeSeconds} seconds`
    }),
    ...(args.dryRun ? { wire: showUpload(print) } : {})
  })

/** How to keep tests that did not arrive, unless `--failed-out` was named (and could not be written: said already). */
const keepThem = (args: PushArgs): string =>
  args.failedOut === undefined ? "; name --failed-out FILE to keep them for another push" : ""

const PROBLEMS_LISTED = 20

const bytesText = (n: number) =>
  n < 1024 ? `${n} bytes` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`

/** What became of the files tests named, for the summary: each one not uploaded is named. */
const artifactLines = (report: Artifacts.Report, args: PushArgs): Array<string> => {
  const lines: Array<string> = []
  if (report.uploaded > 0 || report.linked > 0) {
    lines.push(
      `artifacts: ${plural(report.uploaded, "file")} uploaded (${bytesText(report.bytes)}), ${
        plural(report.linked, "link")
      } sent`
    )
  }
  if (report.notConfigured > 0) {
    lines.push(
      args.artifacts.disabled
        ? `${
          plural(report.notConfigured, "attached file")
        } not uploaded, as asked (${Env.TESTOMAT_ENV.disableArtifacts})`
        : args.runId !== undefined
        // Testomat.io hands out its storage only in the answer to a run's creation: joining a run gives none.
        ? `${plural(report.notConfigured, "attached file")} not uploaded: a run joined with --run gets no artifact ` +
          `storage from Testomat.io (only creating a run answers with it); set ${Env.S3_ENV.bucket}, ` +
          `${Env.S3_ENV.accessKeyId} and ${Env.S3_ENV.secretAccessKey} to upload them`
        : `${plural(report.notConfigured, "attached file")} not uploaded: no artifact storage configured (set ` +
          `${Env.S3_ENV.bucket}, ${Env.S3_ENV.accessKeyId} and ${Env.S3_ENV.secretAccessKey})`
    )
  }
  if (report.problemCount > 0) {
    lines.push(`${plural(report.problemCount, "artifact")} not uploaded:`)
    const what: Record<Artifacts.Problem["reason"], string> = {
      Missing: "missing",
      Outside: "outside the allowed roots, not read",
      NotAFile: "not a regular file",
      Changed: "replaced after its check, not read",
      TooBig: "too big",
      Failed: "upload failed"
    }
    for (const p of report.problems.slice(0, PROBLEMS_LISTED)) {
      lines.push(`  ${p.path} (named in ${p.source}): ${what[p.reason]}: ${p.detail}`)
    }
    if (report.problemCount > PROBLEMS_LISTED) lines.push(`  … and ${report.problemCount - PROBLEMS_LISTED} more`)
  }
  return lines
}

export const push = (args: PushArgs) =>
  Effect.scoped(Effect.gen(function*() {
    const terminal = yield* Terminal.make(args.quiet)
    const apiKey = args.connection.apiKey
    if (apiKey === undefined) return yield* noKey(terminal)
    if (args.inputs.length === 0 && (yield* Stdio.Stdio).stdinIsTTY) {
      terminal.fatal("no input: give result files, or pipe the stream of tr convert into stdin")
      return ExitCode.Usage
    }
    const input = yield* Records.open(args.inputs, args, terminal)
    const print = yield* Stdio.printer
    const failedOut = yield* FailedOut.openFor(args.failedOut, args.version, terminal)
    if (typeof failedOut === "number") return failedOut
    const client = args.dryRun
      ? TestomatClient.layerDryRun(config(args.connection, apiKey), showRequest(print))
      : TestomatClient.layer(config(args.connection, apiKey))
    const signals = yield* Signals
    const artifacts = yield* uploaderOf(args, print)
    const progress = terminal.throttled()
    let leftOut = 0
    let artifactsLeft = 0
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
      artifacts,
      // Delivered without a link: kept too, since pushing it again (same rid) attaches its files without a second test.
      onArtifactsNotUploaded: (test) =>
        Effect.suspend(() => {
          artifactsLeft++
          return failedOut.add([test])
        }),
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
    const keptIn = failedOut.keptIn()
    const s = outcome.right
    const inputProblems = s.truncated || s.contradiction !== undefined || s.inputErrors > 0 || input.tally.errors > 0
    const problems = s.artifacts?.problems ?? []
    // A file the report names that is missing or may not be read is a problem of the input; one that did not upload,
    // a delivery left incomplete.
    const badAttachments = problems.some((p) =>
      p.reason === "Missing" || p.reason === "Outside" || p.reason === "NotAFile" || p.reason === "Changed"
    )
    const failedUploads = problems.some((p) => p.reason === "Failed")
    const code = FailedOut.settle(
      failedOut,
      worst(
        s.interrupted ? ExitCode.Interrupted : ExitCode.Ok,
        s.undelivered > 0 || s.finishFailed || failedUploads ? ExitCode.DeliveryIncomplete : ExitCode.Ok,
        badAttachments ? ExitCode.InputProblems : ExitCode.Ok,
        s.unauthorized ? ExitCode.AuthenticationRefused : ExitCode.Ok,
        inputProblems ? ExitCode.InputProblems : ExitCode.Ok
      ),
      terminal
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
    if (s.artifacts !== undefined) { for (const line of artifactLines(s.artifacts, args)) terminal.line(line) }
    if (artifactsLeft > 0) {
      const into = s.run === undefined ? "" : `--run ${s.run.uid} `
      terminal.line(
        keptIn !== undefined
          ? `the ${plural(artifactsLeft, "test")} whose files did not upload are in ${keptIn}; pushing it ` +
            `again attaches them (same rid, no second test): tr push testomat ${into}${keptIn}`
          : `${plural(artifactsLeft, "test")} arrived without some of their files${keepThem(args)}`
      )
    }
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
        keptIn !== undefined
          ? `the ${plural(s.undelivered, "test")} ${notConfirmed} are in ${keptIn}; deliver them with: ` +
            `tr push testomat ${into}${keptIn}`
          : `${plural(s.undelivered, "test")} ${s.interrupted ? "were not confirmed" : "did not arrive"}${
            keepThem(args)
          }`
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
    if (args.json) yield* Stdio.print(JSON.stringify({ ...s, exitCode: code }) + "\n")
    return code
  }))

/** One call to the service outside a push (`tr testomat start`, `tr testomat finish`). */
export const runOnce = <A, R>(
  connection: Connection,
  quiet: boolean,
  use: (client: TestomatClient.TestomatClient["Type"], terminal: Terminal) => Effect.Effect<A, SinkError, R>
) =>
  Effect.gen(function*() {
    const terminal = yield* Terminal.make(quiet)
    if (connection.apiKey === undefined) return yield* noKey(terminal)
    const outcome = yield* Effect.flatMap(TestomatClient.TestomatClient, (client) => use(client, terminal)).pipe(
      Effect.provide(TestomatClient.layer(config(connection, connection.apiKey))),
      Effect.either
    )
    if (outcome._tag === "Right") return ExitCode.Ok
    terminal.fatal(outcome.left.message)
    return forSinkError(outcome.left)
  })
