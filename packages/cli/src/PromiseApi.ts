/**
 * `tr` for programs that do not use Effect: convert result files into canonical records, push records to Testomat.io
 * or ALM Octane, with Promises and async iterables. What `tr convert` and `tr push` do, without a process; the
 * package is one bundle, so `npm install test-results` brings nothing else.
 *
 * @since 0.1.0
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import type * as Canonical from "@tr/core/Canonical"
import * as Retry from "@tr/core/Retry"
import { Tally } from "@tr/core/Tally"
import type * as OctanePayload from "@tr/octane/OctanePayload"
import type * as OctaneSinkModule from "@tr/octane/OctaneSink"
import type * as TestomatSinkModule from "@tr/testomat/TestomatSink"
import { Effect, Either, Layer, Redacted, Stream } from "effect"
import * as Sources from "./internal/sources.js"
import * as Stdio from "./internal/stdio.js"
import { VERSION } from "./internal/version.js"

// The types below are written out here rather than taken from @tr/core, @tr/testomat and @tr/octane: this package
// installs without them, so its declarations must stand alone. `test/PromiseApi.test.ts` checks that they still
// describe what those packages produce.

/**
 * One line of the canonical stream (see `tr schema` for all of its fields): a `run` header first, `test`, `suite`,
 * `source` and `diagnostic` records, an `end` trailer last.
 *
 * @since 0.1.0
 * @category models
 */
export type CanonicalRecord = RunHeader | TestRecord | SuiteRecord | SourceRecord | DiagnosticRecord | EndRecord

/**
 * @since 0.1.0
 * @category models
 */
export interface RunHeader {
  readonly type: "run"
  readonly schemaVersion: 1
  readonly tool: { readonly name: string; readonly version: string }
  readonly sources: ReadonlyArray<string>
  readonly metadata?: { readonly [key: string]: string } | undefined
}

/**
 * One execution of a test. Every field the input states is kept (`tr schema` lists them all).
 *
 * @since 0.1.0
 * @category models
 */
export interface TestRecord {
  readonly type: "test"
  /** Stable: the same input gives the same id. */
  readonly id: string
  readonly source: string
  readonly title: string
  /** Enclosing suites, outermost first. */
  readonly suite: ReadonlyArray<string>
  readonly status: "passed" | "failed" | "skipped"
  /** Seconds. */
  readonly duration?: number | undefined
  readonly className?: string | undefined
  readonly file?: string | undefined
  readonly group?: string | undefined
  /** Why it failed: a `failure` (an assertion did not hold) or an `error` (the test broke), each with its text. */
  readonly failures?:
    | ReadonlyArray<{
      readonly kind: "failure" | "error"
      readonly message?: string | undefined
      readonly type?: string | undefined
      readonly stack?: string | undefined
    }>
    | undefined
  readonly [field: string]: unknown
}

/**
 * @since 0.1.0
 * @category models
 */
export interface SuiteRecord {
  readonly type: "suite"
  readonly [field: string]: unknown
}

/**
 * @since 0.1.0
 * @category models
 */
export interface SourceRecord {
  readonly type: "source"
  readonly path: string
  readonly [field: string]: unknown
}

/**
 * A recoverable problem of an input: what was wrong, where, and what was kept.
 *
 * @since 0.1.0
 * @category models
 */
export interface DiagnosticRecord {
  readonly type: "diagnostic"
  readonly severity: "error" | "warning"
  readonly code: string
  readonly message: string
  readonly source?: string | undefined
  readonly [field: string]: unknown
}

/**
 * The trailer: counts by status and by source. A stream without it was cut, and no sink finishes a run from it.
 *
 * @since 0.1.0
 * @category models
 */
export interface EndRecord {
  readonly type: "end"
  readonly tests: number
  readonly passed: number
  readonly failed: number
  readonly skipped: number
  readonly errors: number
  readonly warnings: number
  readonly sources: ReadonlyArray<{ readonly path: string; readonly tests: number; readonly status: string }>
  readonly [field: string]: unknown
}

/**
 * @since 0.1.0
 * @category models
 */
export interface ConvertOptions {
  /** Longest text kept of a message, stack or output, in characters (as `tr convert --max-text`). */
  readonly maxTextLength?: number | undefined
  /** The format to read instead of recognising it (as `--from`). */
  readonly from?: string | undefined
  /** The JUnit dialect instead of the one recognised (as `--dialect`). */
  readonly dialect?: string | undefined
  /** Prefixes every test's execution (as `--execution-key`). */
  readonly executionKey?: string | undefined
}

const DEFAULT_MAX_TEXT = 64 * 1024

/**
 * The records of result files, as `tr convert` writes them: a complete run (header, every input's records, the
 * trailer), read as it is iterated. Files are streamed, never held whole, so a 5 GB report takes no more memory than a
 * small one; stop iterating and reading stops. `input` is a file, a directory (its reports) or a glob, or several.
 * Input problems (a missing file, a damaged report) never reject: they are `diagnostic` records, counted in the
 * trailer's `errors`, as everything readable is still read.
 *
 * @example
 * import { convertFile } from "test-results"
 *
 * for await (const record of convertFile("build/test-results/**\/*.xml")) {
 *   if (record.type === "test" && record.status === "failed") console.log(record.title)
 * }
 *
 * @since 0.1.0
 * @category converting
 */
export const convertFile = (
  input: string | ReadonlyArray<string>,
  options: ConvertOptions = {}
): AsyncIterable<CanonicalRecord> => ({
  [Symbol.asyncIterator]: () => iterate(records(typeof input === "string" ? [input] : input, options))
})

/**
 * Every record of `convertFile`, in an array: for small reports only (a large one is better iterated).
 *
 * @since 0.1.0
 * @category converting
 */
export const convertFileToArray = async (
  input: string | ReadonlyArray<string>,
  options: ConvertOptions = {}
): Promise<Array<CanonicalRecord>> => {
  const all: Array<CanonicalRecord> = []
  for await (const record of convertFile(input, options)) all.push(record)
  return all
}

const records = (inputs: ReadonlyArray<string>, options: ConvertOptions) =>
  Stream.unwrap(Effect.zipWith(Sources.expand(inputs), Stdio.Stdio, (sources, io) =>
    Sources.read(sources, {
      reading: {
        maxTextLength: options.maxTextLength ?? DEFAULT_MAX_TEXT,
        root: process.cwd(),
        ...(options.from === undefined ? {} : { from: options.from }),
        ...(options.dialect === undefined ? {} : { dialect: options.dialect }),
        ...(options.executionKey === undefined ? {} : { executionKey: options.executionKey })
      },
      version: VERSION,
      stdin: io.stdin
    }, new Tally()))).pipe(Stream.provideLayer(Layer.merge(NodeFileSystem.layer, Stdio.layer)))

/** A chunk of records at a time from the stream, one record at a time to the caller; `return` interrupts the stream. */
async function* iterate(stream: Stream.Stream<Canonical.StreamRecord, unknown>): AsyncGenerator<CanonicalRecord> {
  for await (const chunk of Stream.toAsyncIterable(Stream.chunks(stream))) yield* chunk as Iterable<CanonicalRecord>
}

/** Records from any iterable, sync or async: a `convertFile`, an array, a generator of one's own. */
const fromRecords = (
  input: AsyncIterable<CanonicalRecord> | Iterable<CanonicalRecord>
): Stream.Stream<Canonical.StreamRecord, unknown> =>
  (Symbol.asyncIterator in input
    ? Stream.fromAsyncIterable(input, (e) => e)
    : Stream.fromIterable(input as Iterable<CanonicalRecord>)) as Stream.Stream<Canonical.StreamRecord, unknown>

/**
 * How to reach the service and retry: the defaults are those of `tr push`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DeliveryOptions {
  /** Per request, in milliseconds. */
  readonly timeoutMs?: number | undefined
  /** Retries of a failed request (network errors, timeouts, 408, 429, 5xx). */
  readonly retries?: number | undefined
  /** Seconds after which a failing request is given up. */
  readonly retryTimeSeconds?: number | undefined
  /** Stops the push: nothing new is sent, and what was not confirmed is counted as not delivered. */
  readonly signal?: AbortSignal | undefined
}

const retrySchedule = (options: DeliveryOptions, retryable?: Parameters<typeof Retry.schedule>[1]) =>
  Retry.schedule({
    ...Retry.defaultPolicy,
    ...(options.retries === undefined ? {} : { maxRetries: options.retries }),
    ...(options.retryTimeSeconds === undefined ? {} : { maxElapsed: `${options.retryTimeSeconds} seconds` })
  }, retryable)

const stopOn = (signal: AbortSignal | undefined) =>
  signal === undefined ? {} : {
    stop: Effect.async<void>((resume) => {
      if (signal.aborted) return resume(Effect.void)
      const done = () => resume(Effect.void)
      signal.addEventListener("abort", done, { once: true })
      return Effect.sync(() => signal.removeEventListener("abort", done))
    })
  }

/**
 * The push failed as a whole: the credentials were refused, or the run could not be created, or (Octane) signing in
 * failed. Nothing was sent. A test that did not arrive is no failure of this kind: the summary counts it.
 *
 * @since 0.1.0
 * @category errors
 */
export class PushError extends Error {
  override readonly name = "PushError"
  constructor(
    message: string,
    /** `Unauthorized`, `NotFound`, `Rejected`, `Unavailable` or `Stopped`. */
    readonly reason: string,
    /** The HTTP status, when there was an answer. */
    readonly status: number | undefined
  ) {
    super(message)
  }
}

const run = <A>(effect: Effect.Effect<A, unknown>): Promise<A> =>
  Effect.runPromise(Effect.either(effect)).then((outcome) => {
    if (Either.isRight(outcome)) return outcome.right
    const e = outcome.left as { _tag?: string; message?: string; reason?: string; status?: number }
    if (e._tag === "SinkError") throw new PushError(e.message ?? "push failed", e.reason ?? "Unavailable", e.status)
    throw outcome.left
  })

/**
 * @since 0.1.0
 * @category models
 */
export interface TestomatOptions extends DeliveryOptions {
  /** The project's reporter key (what `TESTOMATIO` holds). */
  readonly apiKey: string
  /** Defaults to `https://app.testomat.io`. */
  readonly url?: string | undefined
  readonly title?: string | undefined
  readonly env?: string | undefined
  /** A run to report into instead of a new one (`TESTOMATIO_RUN`). */
  readonly runId?: string | undefined
  /** Finish the run at the end, when everything arrived from a complete stream (default `true`). */
  readonly finish?: boolean | undefined
}

/**
 * What a push to Testomat.io did.
 *
 * @since 0.1.0
 * @category models
 */
export interface TestomatSummary {
  /** Undefined when the input held no test: no run was created. */
  readonly run: { readonly uid: string; readonly url?: string } | undefined
  readonly read: number
  readonly delivered: number
  readonly undelivered: number
  /** The input had no trailer (it was cut), so the run was left open. */
  readonly truncated: boolean
  readonly finished: boolean
  /** Why the run was left open, when it was. */
  readonly leftOpen?: string
  /** The first failures, one line each. */
  readonly failures: ReadonlyArray<string>
}

/**
 * Pushes records into a Testomat.io run: created (or joined with `runId`), filled in batches, and finished when the
 * records were a complete run (a `convertFile`, or any stream ending with its `end` trailer) and all of them arrived.
 * Rejects with `PushError` when the key is refused or the run cannot be created; tests that did not arrive after
 * retries are counted in the summary instead.
 *
 * @example
 * import { convertFile, pushToTestomat } from "test-results"
 *
 * const summary = await pushToTestomat(convertFile("results/"), { apiKey: process.env.TESTOMATIO!, title: "nightly" })
 * console.log(`${summary.delivered} delivered to ${summary.run?.url}`)
 *
 * @since 0.1.0
 * @category pushing
 */
export const pushToTestomat = (
  records: AsyncIterable<CanonicalRecord> | Iterable<CanonicalRecord>,
  options: TestomatOptions
): Promise<TestomatSummary> =>
  run(Effect.gen(function*() {
    if (typeof options.apiKey !== "string" || options.apiKey === "") {
      return yield* Effect.die(new TypeError("pushToTestomat needs apiKey, the project's reporter key"))
    }
    const { TestomatClient, TestomatSink } = yield* Effect.promise(() => import("./internal/testomatModules.js"))
    const summary: TestomatSinkModule.Summary = yield* TestomatSink.push(fromRecords(records), {
      ...TestomatSink.defaultPushOptions,
      run: {
        ...(options.title === undefined ? {} : { title: options.title }),
        ...(options.env === undefined ? {} : { env: options.env })
      },
      ...(options.runId === undefined ? {} : { runId: options.runId }),
      finish: options.finish ?? true,
      create: true,
      ...stopOn(options.signal)
    }).pipe(
      Effect.provide(TestomatClient.layer({
        url: options.url ?? "https://app.testomat.io",
        apiKey: Redacted.make(options.apiKey),
        timeout: `${options.timeoutMs ?? 30_000} millis`,
        retry: retrySchedule(options)
      }))
    )
    return summary satisfies TestomatSummary
  }))

/**
 * @since 0.1.0
 * @category models
 */
export interface OctaneOptions extends DeliveryOptions {
  /** The server, e.g. `https://octane.example.com`. */
  readonly url: string
  readonly sharedSpace: string
  readonly workspace: string
  /** API access: a client id and secret (or `user` and `password`). */
  readonly clientId?: string | undefined
  readonly clientSecret?: string | undefined
  readonly user?: string | undefined
  readonly password?: string | undefined
  /** The run's context: build, release, product areas, test fields, environment (as `tr push octane`'s flags). */
  readonly context?: OctaneContext | undefined
  /** Poll each payload's task until it is final (default `true`). */
  readonly wait?: boolean | undefined
  /** At most this many requests a second, sign-in and polls included (default 20). */
  readonly requestsPerSecond?: number | undefined
}

/**
 * @since 0.1.0
 * @category models
 */
export interface OctaneContext {
  readonly build?: {
    readonly serverId: string
    readonly jobId: string
    readonly buildId: string
    readonly jobName?: string
    readonly buildName?: string
  }
  readonly release?: { readonly id: string } | { readonly name: string }
  readonly milestoneId?: string
  readonly programId?: string
  readonly backlogItemIds?: ReadonlyArray<string>
  readonly productAreaIds?: ReadonlyArray<string>
  readonly testFields?: ReadonlyArray<
    { readonly type: "Test_Level" | "Test_Type" | "Testing_Tool_Type" | "Framework"; readonly value: string }
  >
  readonly environment?: ReadonlyArray<{ readonly type: string; readonly value: string }>
}

/**
 * What a push to ALM Octane did.
 *
 * @since 0.1.0
 * @category models
 */
export interface OctaneSummary {
  readonly read: number
  readonly accepted: number
  readonly notAccepted: number
  readonly payloads: ReadonlyArray<{
    readonly index: number
    readonly tests: number
    readonly state: "accepted" | "failed" | "rejected" | "invalid" | "not sent" | "unconfirmed"
    readonly detail?: string
  }>
  /** The input had no trailer (it was cut). */
  readonly truncated: boolean
}

/**
 * Pushes records to ALM Octane in payloads of at most 1000 tests, each checked against the server's XSD, and polls
 * each until the server has processed it. Rejects with `PushError` when signing in fails; payloads not accepted are
 * reported in the summary.
 *
 * @since 0.1.0
 * @category pushing
 */
export const pushToOctane = (
  records: AsyncIterable<CanonicalRecord> | Iterable<CanonicalRecord>,
  options: OctaneOptions
): Promise<OctaneSummary> =>
  run(Effect.gen(function*() {
    const { OctaneClient, OctaneSink } = yield* Effect.promise(() => import("./internal/octaneModules.js"))
    const credentials = options.clientId !== undefined && options.clientSecret !== undefined
      ? { kind: "apiKey" as const, clientId: options.clientId, clientSecret: Redacted.make(options.clientSecret) }
      : options.user !== undefined && options.password !== undefined
      ? { kind: "user" as const, user: options.user, password: Redacted.make(options.password) }
      : undefined
    if (credentials === undefined) {
      return yield* Effect.die(new TypeError("pushToOctane needs clientId and clientSecret, or user and password"))
    }
    const context: OctanePayload.Context = options.context ?? {}
    const config = OctaneClient.defaultConfig(options.url, options.sharedSpace, options.workspace, credentials)
    const summary: OctaneSinkModule.Summary = yield* OctaneSink.push(fromRecords(records), {
      ...OctaneSink.defaultPushOptions,
      context,
      wait: options.wait ?? true,
      ...stopOn(options.signal)
    }).pipe(
      Effect.provide(OctaneClient.layer({
        ...config,
        ...(options.timeoutMs === undefined ? {} : { timeout: `${options.timeoutMs} millis` }),
        retry: retrySchedule(options, OctaneClient.isRetryable),
        ...(options.requestsPerSecond === undefined ? {} : { requestsPerSecond: options.requestsPerSecond })
      }))
    )
    return summary satisfies OctaneSummary
  }))

export { ExitCode } from "./ExitCode.js"
