/** `tr push octane`, `tr octane xsd`, and `tr convert --to octane`. */
import * as FileSystem from "@effect/platform/FileSystem"
import * as Path from "@effect/platform/Path"
import * as Retry from "@tr/core/Retry"
import * as OctaneClient from "@tr/octane/OctaneClient"
import type * as OctanePayload from "@tr/octane/OctanePayload"
import * as OctaneSink from "@tr/octane/OctaneSink"
import { Effect, Either, Stream } from "effect"
import { ExitCode, forSinkError, worst } from "../ExitCode.js"
import * as Env from "./env.js"
import * as FailedOut from "./failedOut.js"
import { writeError } from "./files.js"
import type { Reading } from "./formats.js"
import * as Records from "./records.js"
import { Signals, stopping } from "./signals.js"
import * as Stdio from "./stdio.js"
import { count, plural, Terminal } from "./terminal.js"

export interface Connection {
  readonly url: string | undefined
  readonly sharedSpace: string | undefined
  readonly workspace: string | undefined
  readonly credentials: OctaneClient.Credentials | undefined
  readonly timeoutMs: number
  readonly retries: number
  readonly retryTimeSeconds: number
  readonly requestsPerSecond: number
}

export interface PushArgs {
  readonly inputs: ReadonlyArray<string>
  readonly connection: Connection
  readonly payload: OctaneSink.PayloadOptions
  readonly skipErrors: boolean
  readonly wait: boolean
  readonly validate: boolean
  readonly maxPending: number
  readonly postsInFlight: number
  readonly waitTimeoutSeconds: number
  readonly failedOut: string | undefined
  readonly json: boolean
  readonly quiet: boolean
  readonly reading: Reading
  /** Threads that read the files given (`--jobs`), this one included. */
  readonly jobs: number
  readonly version: string
}

const E = Env.OCTANE_ENV

/** The client's configuration, or what is missing to make one. */
const configOf = (c: Connection, terminal: Terminal): OctaneClient.Config | undefined => {
  const missing = [
    c.url === undefined ? `--url or ${E.url}` : undefined,
    c.sharedSpace === undefined ? `--shared-space or ${E.sharedSpace}` : undefined,
    c.workspace === undefined ? `--workspace or ${E.workspace}` : undefined,
    c.credentials === undefined
      ? `credentials: ${E.clientId} and ${E.clientSecret} (API access key), or ${E.user} and ${E.password}`
      : undefined
  ].filter((m) => m !== undefined)
  if (missing.length > 0) {
    terminal.fatal(`ALM Octane needs ${missing.join("; ")}`)
    return undefined
  }
  return {
    ...OctaneClient.defaultConfig(c.url!, c.sharedSpace!, c.workspace!, c.credentials!),
    timeout: `${c.timeoutMs} millis`,
    retry: Retry.schedule(
      { ...Retry.defaultPolicy, maxRetries: c.retries, maxElapsed: `${c.retryTimeSeconds} seconds` },
      OctaneClient.isRetryable
    ),
    requestsPerSecond: c.requestsPerSecond
  }
}

const buildNotes = (s: OctaneSink.BuildStats): Array<string> => {
  const notes: Array<string> = []
  if (s.deferred > 0) {
    notes.push(`${plural(s.deferred, "later execution")} of a test already in a payload went to a later payload`)
  }
  if (s.repeated > 0) {
    notes.push(
      `${plural(s.repeated, "repeated execution")} of a test with nothing to tell it apart sent with its occurrence ` +
        `as run_name (#2, #3 …), so that Octane keeps each`
    )
  }
  if (s.unchecked > 0) {
    notes.push(
      `${plural(s.unchecked, "test")} read after ${count(OctaneSink.MAX_TRACKED_RUNS)} distinct tests were not ` +
        `checked for repeats: a repeated one among them overwrites its earlier run in Octane`
    )
  }
  for (const [field, n] of Object.entries(s.shortened)) {
    notes.push(`${plural(n, "value")} of ${field} shortened to 255 characters`)
  }
  if (s.unnamed > 0) notes.push(`${plural(s.unnamed, "test")} without a name sent as "(unnamed test)"`)
  if (s.problemCount > 0) {
    notes.push(
      `${plural(s.problemCount, "value")} left out:`,
      ...s.problems.slice(0, 10).map((p) => `  ${p}`)
    )
  }
  return notes
}

/** Settings that are valid but most likely not what was meant. */
const settingWarnings = (context: OctanePayload.Context): Array<string> => {
  const release = context.release
  return release !== undefined && "name" in release && /^\d+$/.test(release.name)
    ? [
      `warning: the release name "${release.name}" (--release, ${Env.OCTANE_ENV.release}) looks like an id; a ` +
      `release of that name is what Octane looks for. If ${release.name} is the release's id, give --release-id ` +
      `${release.name}`
    ]
    : []
}

export const push = (args: PushArgs) =>
  Effect.gen(function*() {
    const terminal = yield* Terminal.make(args.quiet)
    for (const warning of settingWarnings(args.payload.context)) terminal.line(warning)
    const config = configOf(args.connection, terminal)
    if (config === undefined) return ExitCode.Usage
    if (args.inputs.length === 0 && (yield* Stdio.Stdio).stdinIsTTY) {
      terminal.fatal("no input: give result files, or pipe the stream of tr convert into stdin")
      return ExitCode.Usage
    }
    const input = yield* Records.open(args.inputs, args, terminal)
    const failedOut = yield* FailedOut.openFor(args.failedOut, args.version, terminal)
    if (typeof failedOut === "number") return failedOut
    const signals = yield* Signals
    const progress = terminal.throttled()
    const outcome = yield* OctaneSink.push(input.records, {
      ...OctaneSink.defaultPushOptions,
      ...args.payload,
      skipErrors: args.skipErrors,
      wait: args.wait,
      validate: args.validate,
      maxPending: args.maxPending,
      postsInFlight: args.postsInFlight,
      poll: { ...OctaneSink.defaultPushOptions.poll, timeout: `${args.waitTimeoutSeconds} seconds` },
      // Without a file to write them to, the sink need not keep the records of payloads under way.
      ...(args.failedOut === undefined ? {} : { onUndelivered: failedOut.add }),
      stop: signals.stop,
      onProgress: (p) =>
        progress(() =>
          `tr push octane: ${plural(p.read, "test")} read, ${count(p.accepted)} ${args.wait ? "accepted" : "queued"}, ${
            count(p.inFlight)
          } in flight, ${plural(p.retries, "retry", "retries")}`
        )
    }).pipe(
      Effect.provide(OctaneClient.layer(config)),
      Effect.either,
      signals.handling(() => terminal.line(stopping(args.failedOut)))
    )

    if (outcome._tag === "Left") {
      if (args.failedOut !== undefined) yield* FailedOut.addAll(failedOut, input.records)
      return yield* FailedOut.nothingSent(
        outcome.left,
        failedOut,
        { ...args, again: "tr push octane" },
        ["accepted", "notAccepted"],
        terminal
      )
    }
    yield* failedOut.close
    const keptIn = failedOut.keptIn()
    const s = outcome.right
    const code = FailedOut.settle(
      failedOut,
      worst(
        s.interrupted ? ExitCode.Interrupted : ExitCode.Ok,
        s.notAccepted > 0 ? ExitCode.DeliveryIncomplete : ExitCode.Ok,
        s.unauthorized ? ExitCode.AuthenticationRefused : ExitCode.Ok,
        s.truncated || s.contradiction !== undefined || s.inputErrors > 0 || input.tally.errors > 0
          ? ExitCode.InputProblems
          : ExitCode.Ok
      ),
      terminal
    )
    const states = new Map<string, number>()
    for (const p of s.payloads) states.set(p.state, (states.get(p.state) ?? 0) + 1)
    terminal.line(
      `tr push octane${s.interrupted ? " (interrupted)" : ""}: ${plural(s.read, "test")} read, ${count(s.accepted)} ${
        s.waited ? "accepted" : "queued"
      }, ` +
        `${count(s.notAccepted)} not accepted; ${plural(s.payloads.length, "payload")} (${
          [...states].map(([state, n]) => `${n} ${state}`).join(", ") || "none"
        }), ${plural(s.requests, "request")}, ${plural(s.retries, "retry", "retries")}`
    )
    for (const p of s.payloads.filter((x) => x.state !== "accepted").slice(0, 20)) {
      terminal.line(
        `  payload ${p.index} (${plural(p.tests, "test")}): ${p.state}${p.task ? ` (task ${p.task})` : ""}${
          p.detail ? `: ${p.detail}` : ""
        }`
      )
    }
    for (const note of buildNotes(s)) terminal.line(note)
    for (const note of Records.inputNotes(s)) terminal.line(note)
    // A --failed-out that could not be written was said by `FailedOut.settle`: no advice to name one.
    if (s.notAccepted > 0 && keptIn !== undefined) {
      terminal.line(
        `the ${
          plural(s.notAccepted, "test")
        } not accepted are in ${keptIn}; push it again with: tr push octane < ${keptIn}`
      )
    } else if (s.notAccepted > 0 && args.failedOut === undefined) {
      terminal.line("name --failed-out FILE to keep the tests that were not accepted for another push")
    }
    if (args.json) yield* Stdio.print(JSON.stringify({ ...s, exitCode: code }) + "\n")
    return code
  })

export const xsd = (connection: Connection, quiet: boolean) =>
  Effect.gen(function*() {
    const terminal = yield* Terminal.make(quiet)
    const config = configOf(connection, terminal)
    if (config === undefined) return ExitCode.Usage
    const outcome = yield* Effect.flatMap(OctaneClient.OctaneClient, (client) =>
      Effect.ensuring(client.xsd, client.signOut)).pipe(Effect.provide(OctaneClient.layer(config)), Effect.either)
    if (outcome._tag === "Left") {
      terminal.fatal(outcome.left.message)
      return forSinkError(outcome.left)
    }
    // Through the stdout sink, as convert writes: a reader that leaves (`tr octane xsd | head -3`) is exit 141.
    const written = yield* Stream.make(`${outcome.right.trimEnd()}\n`).pipe(
      Stream.run((yield* Stdio.Stdio).stdout),
      Effect.either
    )
    if (written._tag === "Left") {
      if (written.left.isBrokenPipe) {
        return ExitCode.BrokenPipe
      }
      terminal.fatal(`cannot write to stdout: ${String(written.left.cause)}`)
      return ExitCode.Unexpected
    }
    return ExitCode.Ok
  })

/** The name of a payload file `tr convert --to octane` writes. */
const PAYLOAD_FILE = /^payload-\d{4,}\.xml$/

/** `tr convert --to octane --out DIR`: the payloads as files, nothing sent. */
export const writePayloads = (
  args: {
    readonly inputs: ReadonlyArray<string>
    readonly out: string
    readonly payload: Omit<OctaneSink.PayloadOptions, "linger">
    readonly quiet: boolean
    readonly reading: Reading
    readonly version: string
  }
) =>
  Effect.gen(function*() {
    const terminal = yield* Terminal.make(args.quiet)
    for (const warning of settingWarnings(args.payload.context)) terminal.line(warning)
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    // Payloads of an earlier run would be taken for this one's: ours go, anything else in the directory stays.
    const cleared = yield* Effect.gen(function*() {
      yield* fs.makeDirectory(args.out, { recursive: true })
      const stale = (yield* fs.readDirectory(args.out)).filter((name) => PAYLOAD_FILE.test(name))
      yield* Effect.forEach(stale, (name) => fs.remove(path.join(args.out, name)), { discard: true })
      return stale.length
    }).pipe(Effect.mapError(writeError(args.out)), Effect.either)
    if (Either.isLeft(cleared)) {
      terminal.fatal(`${cleared.left.message} (--out)`)
      return ExitCode.CannotWrite
    }
    if (cleared.right > 0) {
      terminal.line(`removed ${plural(cleared.right, "payload file")} of an earlier run from ${args.out}`)
    }
    const input = yield* Records.open(args.inputs, args, terminal)
    let files = 0
    const written = yield* OctaneSink.payloads(
      input.records,
      { ...args.payload, linger: "1 hour", keepTests: false },
      Stream.runForEach((p) => {
        const file = path.join(args.out, `payload-${String(p.index).padStart(4, "0")}.xml`)
        return fs.writeFile(file, p.bytes).pipe(Effect.mapError(writeError(file)), Effect.tap(() => files++))
      })
    ).pipe(Effect.either)
    if (Either.isLeft(written)) {
      terminal.fatal(`${written.left.message}; ${plural(files, "payload")} written before it`)
      return ExitCode.CannotWrite
    }
    const [, stats] = written.right
    terminal.line(
      `tr convert: ${plural(stats.read, "test")} in ${plural(files, "Octane payload")} written to ${args.out}`
    )
    for (const note of buildNotes(stats)) terminal.line(note)
    if (stats.contradiction !== undefined) terminal.line(`the input contradicts itself: ${stats.contradiction}`)
    return input.tally.errors > 0 || stats.truncated || stats.contradiction !== undefined
      ? ExitCode.InputProblems
      : ExitCode.Ok
  })
