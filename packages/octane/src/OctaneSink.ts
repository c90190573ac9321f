/**
 * The canonical stream into ALM Octane: payloads of at most 1000 tests built while the input is read, checked against
 * the server's XSD, pushed in order, and polled until their tasks are final. Every test that was not accepted is
 * handed back, never dropped.
 *
 * @since 0.1.0
 */
import * as Background from "@tr/core/Background"
import * as Batch from "@tr/core/Batch"
import type * as Canonical from "@tr/core/Canonical"
import * as Ndjson from "@tr/core/Ndjson"
import type { SinkError } from "@tr/core/SinkError"
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { Chunker } from "./internal/chunker.js"
import { isFinal, OctaneClient, type Task } from "./OctaneClient.js"
import * as OctaneGherkin from "./OctaneGherkin.js"
import * as OctanePayload from "./OctanePayload.js"
import * as OctaneRun from "./OctaneRun.js"
import * as OctaneValidator from "./OctaneValidator.js"

/**
 * The most tests Octane takes in one POST.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_CHUNK = OctanePayload.MAX_TESTS

/**
 * How payloads are built.
 *
 * @since 0.1.0
 * @category models
 */
export interface PayloadOptions {
  readonly context: OctanePayload.Context
  /** Tests per payload, at most 1000. */
  readonly chunkSize: number
  /** A partial payload leaves after this long without filling. */
  readonly linger: Duration.DurationInput
  readonly run: OctaneRun.RunOptions
  /**
   * Keep each payload's records in `Payload.tests` (the default). Records held until a payload is answered survive
   * young-generation collections, which is most of the collector's work in a push: leave them out when unused.
   */
  readonly keepTests?: boolean
  /**
   * The text of a Gherkin feature file named by a test (`file`, as the report wrote it, and the report's path), when
   * it can be found: it goes into the feature's `gherkin_test_run`. Without it the text is rebuilt from the scenarios.
   */
  readonly featureText?: (file: string, source: string) => string | undefined
  /** Epoch milliseconds given as a feature's start when none of its scenarios says when it started. */
  readonly now?: number
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Payload {
  /** From 1, in the order payloads are built and sent. */
  readonly index: number
  /** The document, UTF-8 (`OctanePayload.encode`). */
  readonly bytes: Uint8Array
  /** How many tests it holds. */
  readonly size: number
  /** Its records, unless built with `keepTests: false`. */
  readonly tests?: ReadonlyArray<Canonical.TestCase>
  /** The test identities it holds (`OctanePayload.identity`). */
  readonly keys: ReadonlyArray<string>
}

/**
 * What building payloads found, filled in while the stream runs.
 *
 * @since 0.1.0
 * @category models
 */
export interface BuildStats {
  read: number
  /** Executions of a test already in a payload, moved to a later one. */
  deferred: number
  /** Attributes shortened to 255 characters, by attribute. */
  readonly shortened: { [field: string]: number }
  /** Tests without a name, sent as `OctaneRun.UNNAMED`. */
  unnamed: number
  /** Values left out (bad URLs, bad ids), one sentence each, the first 100. */
  readonly problems: Array<string>
  problemCount: number
  inputErrors: number
  truncated: boolean
}

/**
 * @since 0.1.0
 * @category constructors
 */
export const emptyStats = (): BuildStats => ({
  read: 0,
  deferred: 0,
  shortened: {},
  unnamed: 0,
  problems: [],
  problemCount: 0,
  inputErrors: 0,
  truncated: false
})

/** A `test_run` (one test), or a `gherkin_test_run` (a feature's scenarios): each counts once toward a payload. */
type Prepared =
  & { readonly tests: ReadonlyArray<Canonical.TestCase>; readonly size: number; readonly key: string }
  & ({ readonly run: OctanePayload.TestRun } | { readonly gherkin: OctaneGherkin.GherkinRun })

const NO_TESTS: ReadonlyArray<Canonical.TestCase> = []

/**
 * The payloads of a canonical stream, each leaving as soon as it is full (or has lingered), never two executions of
 * one test identity in one payload. `stats` is filled in as the stream runs.
 *
 * @example
 * import * as OctaneSink from "@tr/octane/OctaneSink"
 * const stats = OctaneSink.emptyStats()
 * records.pipe(OctaneSink.payloads(options, stats), Stream.runForEach((p) => writeFile(`payload-${p.index}.xml`, p.bytes)))
 *
 * @since 0.1.0
 * @category payloads
 */
export const payloads =
  (options: PayloadOptions, stats: BuildStats) =>
  <E, R>(records: Stream.Stream<Canonical.StreamRecord, E, R>): Stream.Stream<Payload, E, R> =>
    Stream.suspend(() => {
      const size = Math.max(1, Math.min(MAX_CHUNK, options.chunkSize))
      const completeness = Ndjson.completeness()
      const chunker = new Chunker<Prepared>(size, (p) => p.key)
      // Payloads hold one kind of run or the other (the XSD's test_runs is a choice).
      const gherkinChunker = new Chunker<Prepared>(size, (p) => p.key)
      const now = options.now ?? Date.now()
      let feature: { readonly key: string; readonly tests: Array<Canonical.TestCase> } | undefined
      const keepTests = options.keepTests ?? true
      let index = 0
      const runOptions: OctaneRun.RunOptions = {
        ...options.run,
        ...(options.context.testFields === undefined ? {} : { globalTestFields: options.context.testFields })
      }
      const prepare = (test: Canonical.TestCase): Prepared => {
        const mapped = OctaneRun.fromTestCase(test, runOptions)
        for (const field of mapped.shortened) stats.shortened[field] = (stats.shortened[field] ?? 0) + 1
        if (mapped.unnamed) stats.unnamed++
        for (const problem of mapped.problems) {
          stats.problemCount++
          if (stats.problems.length < 100) stats.problems.push(`${test.source}: test "${test.title}": ${problem}`)
        }
        return {
          tests: keepTests ? [test] : NO_TESTS,
          size: 1,
          run: mapped.run,
          key: OctanePayload.identity(mapped.run)
        }
      }
      /** A feature's scenarios arrive together: the feature's run leaves when a test of another feature comes. */
      const closeFeature = (out: Array<Prepared>): void => {
        if (feature === undefined) return
        const { key, tests } = feature
        feature = undefined
        const first = tests[0]!
        const text = first.file === undefined ? undefined : options.featureText?.(first.file, first.source)
        if (text === undefined) {
          stats.problemCount++
          if (stats.problems.length < 100) {
            stats.problems.push(
              `${first.source}: feature "${first.gherkin?.feature ?? ""}": its file ${
                first.file === undefined ? "is not named" : `${first.file} was not found`
              }, so its text was rebuilt from the scenarios`
            )
          }
        }
        out.push({
          tests: keepTests ? tests : NO_TESTS,
          size: tests.length,
          gherkin: OctaneGherkin.fromScenarios(tests, text, now),
          key
        })
      }
      const toPayload = (group: ReadonlyArray<Prepared>): Payload => ({
        index: ++index,
        bytes: "run" in group[0]!
          ? OctanePayload.encode(options.context, group.flatMap((p) => "run" in p ? [p.run] : []))
          : OctaneGherkin.encode(options.context, group.flatMap((p) => "gherkin" in p ? [p.gherkin] : [])),
        size: group.reduce((n, p) => n + p.size, 0),
        ...(keepTests ? { tests: group.flatMap((p) => p.tests) } : {}),
        keys: group.map((p) => p.key)
      })
      const add = (group: ReadonlyArray<Prepared>): Array<Payload> => {
        const runs = group.filter((p) => "run" in p)
        const gherkins = group.filter((p) => "gherkin" in p)
        return [
          ...(runs.length === 0 ? [] : chunker.add(runs)),
          ...(gherkins.length === 0 ? [] : gherkinChunker.add(gherkins))
        ].map(toPayload)
      }
      const prepared = Stream.mapChunks(records, (chunk) => {
        const out: Array<Prepared> = []
        for (const record of chunk) {
          completeness.track(record)
          if (record.type === "diagnostic" && record.severity === "error") stats.inputErrors++
          else if (record.type === "test") {
            stats.read++
            if (record.gherkin === undefined) out.push(prepare(record))
            else {
              const key = OctaneGherkin.identity(record)
              if (feature?.key !== key) closeFeature(out)
              feature ??= { key, tests: [] }
              feature.tests.push(record)
            }
          }
        }
        return Chunk.unsafeFromArray(out)
      })
      const lastFeature = Stream.suspend(() => {
        const out: Array<Prepared> = []
        closeFeature(out)
        return Stream.fromIterable(out)
      })
      return Stream.concat(
        Stream.concat(prepared, lastFeature).pipe(
          Batch.group({ maxItems: size, maxBytes: Number.MAX_SAFE_INTEGER, linger: options.linger }, () => 1),
          Stream.mapConcat((group) => add(Chunk.toReadonlyArray(group)))
        ),
        Stream.suspend(() => {
          stats.deferred = chunker.deferred + gherkinChunker.deferred
          stats.truncated = !completeness.complete()
          return Stream.fromIterable([...chunker.end(), ...gherkinChunker.end()].map(toPayload))
        })
      )
    })

/**
 * @since 0.1.0
 * @category models
 */
export interface PushOptions extends PayloadOptions {
  readonly skipErrors: boolean
  /** Poll every task until it is final; `false` stops at the 202. */
  readonly wait: boolean
  /** Check every payload against the server's XSD before sending it. */
  readonly validate: boolean
  /** Payloads whose task is still being polled, at most; the next POST waits for one to finish. */
  readonly maxPending: number
  /**
   * POSTs under way at once, at most. A payload holding another execution of a test that a POST under way holds
   * waits for that POST to be answered, so that the executions of a test arrive in order.
   */
  readonly postsInFlight: number
  readonly poll: {
    readonly initialDelay: Duration.DurationInput
    readonly maxDelay: Duration.DurationInput
    /** A task still not final after this long is reported as unconfirmed. */
    readonly timeout: Duration.DurationInput
  }
  /** Receives the tests of every payload that was not accepted, with the reason. */
  readonly onUndelivered?: (tests: ReadonlyArray<Canonical.TestCase>, reason: string) => Effect.Effect<void>
}

/**
 * @since 0.1.0
 * @category constants
 */
export const defaultPushOptions: PushOptions = {
  context: {},
  chunkSize: MAX_CHUNK,
  linger: "2 seconds",
  run: OctaneRun.defaultRunOptions,
  skipErrors: false,
  wait: true,
  validate: true,
  maxPending: 8,
  postsInFlight: 4,
  poll: { initialDelay: "500 millis", maxDelay: "10 seconds", timeout: "10 minutes" }
}

/**
 * How one payload ended.
 *
 * - `accepted`: its task finished with `success` (or, without waiting, the server queued it).
 * - `failed`: its task finished in another state; `detail` holds what the server said.
 * - `rejected`: the server refused the POST (400: the payload failed its XSD check).
 * - `invalid`: it failed the XSD check here, and was not sent.
 * - `not sent`: the POST failed after retries, or delivery had stopped.
 * - `unconfirmed`: accepted for processing, but the task was not final in time.
 *
 * @since 0.1.0
 * @category models
 */
export interface PayloadReport {
  readonly index: number
  readonly tests: number
  readonly state: "accepted" | "failed" | "rejected" | "invalid" | "not sent" | "unconfirmed"
  readonly task?: string
  readonly taskStatus?: string
  readonly detail?: string
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Summary extends BuildStats {
  readonly accepted: number
  readonly notAccepted: number
  readonly payloads: ReadonlyArray<PayloadReport>
  readonly requests: number
  readonly retries: number
  readonly signIns: number
  readonly waited: boolean
}

const VALIDATIONS_IN_FLIGHT = 2
const READY_AHEAD = 4

const pollUntilFinal = (client: OctaneClient["Type"], id: string, options: PushOptions["poll"]) =>
  Effect.gen(function*() {
    const deadline = Date.now() + Duration.toMillis(Duration.decode(options.timeout))
    let delay = Duration.toMillis(Duration.decode(options.initialDelay))
    const cap = Duration.toMillis(Duration.decode(options.maxDelay))
    while (true) {
      yield* Effect.sleep(Duration.millis(delay))
      const task = yield* client.task(id)
      if (isFinal(task)) return task
      if (Date.now() + delay > deadline) return task
      delay = Math.min(cap, Math.ceil(delay * 1.5))
    }
  })

/**
 * Pushes a canonical stream. Fails only when signing in (or fetching the XSD to validate against) fails: nothing was
 * sent then. Every other problem is reported per payload in the summary, and its tests go to `onUndelivered`. A defect
 * (a bug, in `onUndelivered` or here) while a payload is sent or followed fails the push once every other payload is
 * answered, instead of leaving that payload out of the summary.
 *
 * @example
 * import * as OctaneClient from "@tr/octane/OctaneClient"
 * import * as OctaneSink from "@tr/octane/OctaneSink"
 * OctaneSink.push(records, { ...OctaneSink.defaultPushOptions, context: { release: { name: "_default_" } } }).pipe(
 *   Effect.provide(OctaneClient.layer(config))
 * )
 *
 * @since 0.1.0
 * @category sinks
 */
export const push = <E, R>(
  records: Stream.Stream<Canonical.StreamRecord, E, R>,
  options: PushOptions
): Effect.Effect<Summary, E | SinkError, OctaneClient | R> =>
  Effect.gen(function*() {
    const client = yield* OctaneClient
    yield* client.signIn
    const validate = options.validate ? OctaneValidator.make(yield* client.xsd) : OctaneValidator.none
    const stats = emptyStats()
    const reports: Array<PayloadReport> = []
    const pending = yield* Effect.makeSemaphore(Math.max(1, options.maxPending))
    const counts = { accepted: 0, notAccepted: 0 }
    /** A defect in a fiber that sends or follows a payload is passed on once every payload is answered. */
    const background = Background.make()

    const settle = (payload: Payload, report: Omit<PayloadReport, "index" | "tests">) => {
      const full: PayloadReport = { index: payload.index, tests: payload.size, ...report }
      reports.push(full)
      if (full.state === "accepted") {
        counts.accepted += payload.size
        return Effect.void
      }
      counts.notAccepted += payload.size
      const reason = `payload ${payload.index} ${full.state}${full.detail === undefined ? "" : `: ${full.detail}`}`
      return options.onUndelivered?.(payload.tests ?? [], reason) ?? Effect.void
    }

    const follow = (payload: Payload, queued: Task) =>
      pollUntilFinal(client, queued.id, options.poll).pipe(
        Effect.flatMap((task): Effect.Effect<void> => {
          if (!isFinal(task)) return settle(payload, { state: "unconfirmed", task: task.id, taskStatus: task.status })
          if (task.status === "success") {
            return settle(payload, { state: "accepted", task: task.id, taskStatus: task.status })
          }
          return Effect.flatMap(
            Effect.orElseSucceed(client.log(task.id), () => ""),
            (log) =>
              settle(payload, {
                state: "failed",
                task: task.id,
                taskStatus: task.status,
                detail: [task.errorDetails, log.trim()].filter((x) => x !== undefined && x !== "").join(" | ") ||
                  "no details from the server"
              })
          )
        }),
        Effect.catchAll((error) => settle(payload, { state: "unconfirmed", task: queued.id, detail: error.message }))
      )

    const send = (payload: Payload) =>
      Effect.gen(function*() {
        yield* pending.take(1)
        const posted = yield* Effect.either(client.push(payload.bytes, { skipErrors: options.skipErrors }))
        if (posted._tag === "Left") {
          yield* pending.release(1)
          const error = posted.left
          return yield* settle(payload, {
            state: error.reason === "Rejected" ? "rejected" : "not sent",
            detail: error.message
          })
        }
        if (!options.wait) {
          yield* pending.release(1)
          return yield* settle(payload, { state: "accepted", task: posted.right.id, taskStatus: posted.right.status })
        }
        yield* background.fork(follow(payload, posted.right), pending.release(1))
      })

    const posting = Math.max(1, options.postsInFlight)
    const posts = yield* Effect.makeSemaphore(posting)
    const underway = new Set<{ readonly keys: ReadonlySet<string>; readonly answered: Deferred.Deferred<void> }>()
    /** Starts the POST of `payload` once a place is free and no POST under way holds one of its tests. */
    const dispatch = ([payload, invalid]: readonly [Payload, Option.Option<OctaneValidator.InvalidPayload>]) =>
      Effect.gen(function*() {
        if (invalid._tag === "Some") return yield* settle(payload, { state: "invalid", detail: invalid.value.message })
        yield* posts.take(1)
        for (const other of [...underway]) {
          if (payload.keys.some((key) => other.keys.has(key))) yield* Deferred.await(other.answered)
        }
        const post = { keys: new Set(payload.keys), answered: yield* Deferred.make<void>() }
        underway.add(post)
        const answered = Effect.suspend(() => {
          underway.delete(post)
          return Effect.zipRight(Deferred.succeed(post.answered, undefined), posts.release(1))
        })
        yield* background.fork(send(payload), answered)
      })

    yield* Effect.scoped(
      Effect.gen(function*() {
        yield* records.pipe(
          payloads({ ...options, keepTests: options.onUndelivered !== undefined }, stats),
          // Payloads are built and validated ahead of the POSTs (two validations at a time, a few payloads ready), so
          // that a POST admitted by the rate limiter never waits for them; `dispatch` starts the POSTs in order.
          Stream.mapEffect(
            (p) => Effect.map(Effect.option(Effect.flip(validate(p.bytes))), (invalid) => [p, invalid] as const),
            {
              concurrency: VALIDATIONS_IN_FLIGHT
            }
          ),
          Stream.buffer({ capacity: READY_AHEAD }),
          Stream.runForEach(dispatch)
        )
        // Wait for every POST, then for every task being followed.
        yield* posts.take(posting)
        yield* pending.take(Math.max(1, options.maxPending))
      })
    ).pipe(Effect.ensuring(client.signOut))
    yield* background.rethrow

    const s = yield* client.stats
    return {
      ...stats,
      ...counts,
      payloads: reports.sort((a, b) => a.index - b.index),
      requests: s.requests,
      retries: s.retries,
      signIns: s.signIns,
      waited: options.wait
    }
  })
