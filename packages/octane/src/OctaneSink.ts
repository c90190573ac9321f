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
import * as Stop from "@tr/core/Stop"
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { Chunker } from "./internal/chunker.js"
import { MAX_TRACKED, Occurrences } from "./internal/occurrences.js"
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
 * The most run identities (test identity and `run_name`) whose executions a push counts, by default: 12 MiB at most.
 * See `PayloadOptions.repeatsTracked`.
 *
 * @since 0.2.0
 * @category constants
 */
export const MAX_TRACKED_RUNS = MAX_TRACKED

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
  /**
   * Run identities (test identity and `run_name`) whose executions are counted, at most (default `MAX_TRACKED_RUNS`).
   * Octane keeps one run per test and `run_name`, so the 2nd, 3rd … execution of one gets `run_name` `#2`, `#3` …
   * (after its own run name, when it has one) instead of overwriting the one before. Counting takes 12 bytes per slot
   * of a table at most 3/4 full; past this many identities, new ones are no longer counted (`BuildStats.unchecked`).
   */
  readonly repeatsTracked?: number
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
 * What building payloads found.
 *
 * @since 0.1.0
 * @category models
 */
export interface BuildStats {
  readonly read: number
  /** Executions of a test already in a payload, moved to a later one. */
  readonly deferred: number
  /**
   * Executions of a run already read (same test identity and `run_name`) that got a `run_name` with their occurrence
   * (`#2`, `#3` …) so that Octane keeps both.
   */
  readonly repeated: number
  /**
   * Tests read after `repeatsTracked` run identities were counted whose identity was new: a later execution of one of
   * them keeps its `run_name`, and overwrites it in Octane.
   */
  readonly unchecked: number
  /** Attributes shortened to 255 characters, by attribute. */
  readonly shortened: { readonly [field: string]: number }
  /** Tests without a name, sent as `OctaneRun.UNNAMED`. */
  readonly unnamed: number
  /** Values left out (bad URLs, bad ids), one sentence each, the first 100. */
  readonly problems: ReadonlyArray<string>
  readonly problemCount: number
  readonly inputErrors: number
  readonly truncated: boolean
  /** How the input contradicted itself (two run headers, a trailer counting other tests), when it did. */
  readonly contradiction?: string
}

type Counting = { -readonly [K in keyof BuildStats]: BuildStats[K] } & {
  readonly shortened: { [field: string]: number }
  readonly problems: Array<string>
}

const counting = (): Counting => ({
  read: 0,
  deferred: 0,
  repeated: 0,
  unchecked: 0,
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
 * one test identity in one payload, handed to `consume`; gives what `consume` gave and what building found, once
 * `consume` is done with the stream.
 *
 * @example
 * import * as OctaneSink from "@tr/octane/OctaneSink"
 * const [, stats] = yield* OctaneSink.payloads(records, options, (payloads) =>
 *   Stream.runForEach(payloads, (p) => writeFile(`payload-${p.index}.xml`, p.bytes))
 * )
 * stats.read // tests read
 *
 * @since 0.1.0
 * @category payloads
 */
export const payloads = <E, R, A, E2, R2>(
  records: Stream.Stream<Canonical.StreamRecord, E, R>,
  options: PayloadOptions,
  consume: (payloads: Stream.Stream<Payload, E, R>) => Effect.Effect<A, E2, R2>
): Effect.Effect<readonly [A, BuildStats], E2, R2> =>
  Effect.suspend(() => {
    const stats = counting()
    return Effect.map(consume(build(records, options, stats)), (a) => [a, { ...stats }] as const)
  })

const build = <E, R>(
  records: Stream.Stream<Canonical.StreamRecord, E, R>,
  options: PayloadOptions,
  stats: Counting
): Stream.Stream<Payload, E, R> =>
  Stream.suspend(() => {
    const size = Math.max(1, Math.min(MAX_CHUNK, options.chunkSize))
    const completeness = Ndjson.completeness()
    const chunker = new Chunker<Prepared>(size, (p) => p.key)
    const occurrences = new Occurrences(Math.max(0, options.repeatsTracked ?? MAX_TRACKED))
    // Payloads hold one kind of run or the other (the XSD's test_runs is a choice), and Gherkin runs of one framework
    // only: `Framework` is a field of the payload, not of a run.
    const gherkinChunkers = new Map<string, Chunker<Prepared>>()
    const gherkinChunker = (framework: string) => {
      let found = gherkinChunkers.get(framework)
      if (found === undefined) gherkinChunkers.set(framework, found = new Chunker<Prepared>(size, (p) => p.key))
      return found
    }
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
      const key = OctanePayload.identity(mapped.run)
      // A run already sent with this identity and run_name would be overwritten: this one is named by its occurrence.
      const occurrence = occurrences.next(`${key}\u0000${mapped.run.runName ?? ""}`)
      let run = mapped.run
      if (occurrence !== undefined && occurrence > 1) {
        run = { ...run, runName: OctaneRun.occurrenceName(run.runName, occurrence) }
        stats.repeated++
      }
      return { tests: keepTests ? [test] : NO_TESTS, size: 1, run, key }
    }
    /** A feature's scenarios arrive together: the feature's run leaves when a test of another feature comes. */
    const closeFeature = (out: Array<Prepared>): void => {
      if (feature === undefined) return
      const { key, tests } = feature
      feature = undefined
      const first = tests[0]!
      // The report's own copy of the feature file (Cucumber Messages carry it), else the file where the report points.
      const text = tests.find((t) => t.gherkin?.featureText !== undefined)?.gherkin?.featureText ??
        (first.file === undefined ? undefined : options.featureText?.(first.file, first.source))
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
      const byFramework = new Map<string, Array<Prepared>>()
      for (const p of group) {
        if (!("gherkin" in p)) continue
        const framework = p.gherkin.framework ?? ""
        const same = byFramework.get(framework)
        if (same === undefined) byFramework.set(framework, [p])
        else same.push(p)
      }
      return [
        ...(runs.length === 0 ? [] : chunker.add(runs)),
        ...[...byFramework].flatMap(([framework, gherkins]) => gherkinChunker(framework).add(gherkins))
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
        stats.deferred = [...gherkinChunkers.values()].reduce((n, c) => n + c.deferred, chunker.deferred)
        stats.unchecked = occurrences.unchecked
        stats.truncated = !completeness.complete()
        const contradiction = completeness.contradiction()
        if (contradiction !== undefined) stats.contradiction = contradiction
        return Stream.fromIterable(
          [...chunker.end(), ...[...gherkinChunkers.values()].flatMap((c) => c.end())].map(toPayload)
        )
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
  readonly poll: PollOptions
  /** Receives the tests of every payload that was not accepted, with the reason. */
  readonly onUndelivered?: (tests: ReadonlyArray<Canonical.TestCase>, reason: string) => Effect.Effect<void>
  /**
   * Completes when the push must stop (an interrupt): nothing more is posted, POSTs and polls under way get `grace`
   * (default `Stop.DEFAULT_GRACE`), the rest of the input is still read, and every test not accepted by then goes to
   * `onUndelivered`.
   */
  readonly stop?: Effect.Effect<void>
  readonly grace?: Duration.DurationInput
  /** Told how the push is going whenever input is read or a payload settles (for a progress line). */
  readonly onProgress?: (progress: Progress) => void
}

/**
 * How a task is polled: first after `initialDelay`, then each wait 1.5 times the last, at most `maxDelay`, until the
 * task is final or `timeout` has passed since the first poll (`tr push octane --wait-timeout`; one last poll may come
 * up to one wait later, never more).
 *
 * @since 0.1.0
 * @category models
 */
export interface PollOptions {
  readonly initialDelay: Duration.DurationInput
  readonly maxDelay: Duration.DurationInput
  /** A task still not final after this long is reported as unconfirmed, with its id, and the push goes on. */
  readonly timeout: Duration.DurationInput
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Progress {
  readonly read: number
  readonly accepted: number
  /** Tests in payloads posted or followed, not yet settled. */
  readonly inFlight: number
  readonly retries: number
}

/**
 * The polling of a task as a schedule, for `Effect.repeat` over the request that reads the task: it recurs while the
 * task is not final, backing off from `initialDelay` by 1.5 up to `maxDelay`, for `timeout` in all, and gives the last
 * task read.
 *
 * @example
 * import * as OctaneSink from "@tr/octane/OctaneSink"
 * const task = yield* Effect.repeat(client.task(id), OctaneSink.pollSchedule(OctaneSink.defaultPushOptions.poll))
 * OctaneClient.isFinal(task) // false: unconfirmed after the timeout
 *
 * @since 0.1.0
 * @category schedules
 */
export const pollSchedule = (poll: PollOptions): Schedule.Schedule<Task, Task> =>
  Schedule.recurWhile((task: Task) => !isFinal(task)).pipe(
    Schedule.intersect(
      Schedule.exponential(poll.initialDelay, 1.5).pipe(
        Schedule.union(Schedule.spaced(poll.maxDelay)),
        Schedule.upTo(poll.timeout)
      )
    ),
    Schedule.map(([task]) => task)
  )

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
  poll: { initialDelay: "500 millis", maxDelay: "10 seconds", timeout: "3 minutes" }
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
  /** A stop was asked for (`PushOptions.stop`): what was not accepted by then is reported so. */
  readonly interrupted: boolean
  /** The server refused the credentials during the push (after signing in again): nothing was posted after that. */
  readonly unauthorized: boolean
}

const VALIDATIONS_IN_FLIGHT = 2
const READY_AHEAD = 4

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
  Effect.scoped(Effect.gen(function*() {
    const client = yield* OctaneClient
    yield* client.signIn
    const validate = options.validate ? OctaneValidator.make(yield* client.xsd) : OctaneValidator.none
    const stop = options.stop === undefined ? Stop.never : yield* Stop.make(options.stop, options.grace)
    const reports: Array<PayloadReport> = []
    const maxPending = Math.max(1, options.maxPending)
    const pending = yield* Effect.makeSemaphore(maxPending)
    const posts = yield* Effect.makeSemaphore(Math.max(1, options.postsInFlight))
    const counts = { accepted: 0, notAccepted: 0 }
    const live = { read: 0, inFlight: 0, retries: 0 }
    const tell = () => options.onProgress?.({ ...live, accepted: counts.accepted })
    const progress = options.onProgress === undefined ? Effect.void : Effect.map(client.stats, (stats) => {
      live.retries = stats.retries
      tell()
    })
    /** A defect in a fiber that sends or follows a payload is passed on once every payload is answered. */
    const background = Background.make()

    const settle = (payload: Payload, report: Omit<PayloadReport, "index" | "tests">) => {
      const full: PayloadReport = { index: payload.index, tests: payload.size, ...report }
      reports.push(full)
      if (full.state === "accepted") {
        counts.accepted += payload.size
        return progress
      }
      counts.notAccepted += payload.size
      const reason = `payload ${payload.index} ${full.state}${full.detail === undefined ? "" : `: ${full.detail}`}`
      return Effect.zipRight(options.onUndelivered?.(payload.tests ?? [], reason) ?? Effect.void, progress)
    }
    const notSent = (payload: Payload) =>
      settle(payload, { state: "not sent", detail: "interrupted before it was sent" })
    /** Once the credentials are refused, no other payload is posted: each would be refused too. */
    let refusal: SinkError | undefined
    const refused = (error: SinkError) => {
      if (error.reason === "Unauthorized") refusal ??= error
    }

    const polled = (queued: Task) =>
      Effect.gen(function*() {
        let last = queued
        const poll = Effect.tap(client.task(queued.id), (task) => {
          last = task
        })
        // The schedule decides when to stop; the timeout also cuts a poll that hangs past the limit.
        const task = yield* Effect.zipRight(
          Effect.sleep(options.poll.initialDelay),
          Effect.repeat(poll, pollSchedule(options.poll))
        ).pipe(
          Effect.timeoutTo({
            duration: Duration.sum(options.poll.timeout, options.poll.initialDelay),
            onTimeout: () => last,
            onSuccess: (t) => t
          }),
          stop.withinGrace
        )
        return Option.getOrElse(task, () => last)
      })

    const follow = (payload: Payload, queued: Task): Effect.Effect<void> =>
      polled(queued).pipe(
        Effect.flatMap((task): Effect.Effect<void> => {
          if (!isFinal(task)) {
            return settle(payload, {
              state: "unconfirmed",
              task: task.id,
              taskStatus: task.status,
              detail: stop.requested()
                ? "interrupted while its task was followed"
                : `its task was not final after ${Duration.format(options.poll.timeout)} (--wait-timeout)`
            })
          }
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
        Effect.catchAll((error) => {
          refused(error)
          return settle(payload, { state: "unconfirmed", task: queued.id, detail: error.message })
        })
      )

    const underway = new Set<{ readonly keys: ReadonlySet<string>; readonly answered: Deferred.Deferred<void> }>()
    /**
     * One payload from its POST to its final task: a pending place is held throughout, a POST place until the server
     * answers; the POST waits for every POST under way that holds another execution of one of its tests. `started`
     * is completed once both places are held (or the payload is settled), so that POSTs start in order.
     */
    const deliver = (payload: Payload, started: Deferred.Deferred<void>) =>
      pending.withPermits(1)(Effect.gen(function*() {
        const posted = yield* posts.withPermits(1)(Effect.gen(function*() {
          for (const other of [...underway]) {
            if (payload.keys.some((key) => other.keys.has(key))) yield* Deferred.await(other.answered)
          }
          yield* Deferred.succeed(started, undefined)
          if (stop.requested()) return Option.none()
          if (refusal !== undefined) return Option.some(Either.left(refusal))
          const post = { keys: new Set(payload.keys), answered: yield* Deferred.make<void>() }
          underway.add(post)
          return yield* Effect.either(client.push(payload.bytes, { skipErrors: options.skipErrors })).pipe(
            stop.withinGrace,
            Effect.ensuring(Effect.suspend(() => {
              underway.delete(post)
              return Deferred.succeed(post.answered, undefined)
            }))
          )
        }))
        if (Option.isNone(posted)) {
          return yield* settle(payload, { state: "not sent", detail: "interrupted before the server confirmed it" })
        }
        const answer = posted.value
        if (answer._tag === "Left") {
          const error = answer.left
          refused(error)
          return yield* settle(payload, {
            state: error.reason === "Rejected" ? "rejected" : "not sent",
            detail: error.message
          })
        }
        if (!options.wait) {
          return yield* settle(payload, { state: "accepted", task: answer.right.id, taskStatus: answer.right.status })
        }
        yield* follow(payload, answer.right)
      })).pipe(
        Effect.ensuring(Deferred.succeed(started, undefined)),
        Effect.ensuring(Effect.sync(() => {
          live.inFlight -= payload.size
        }))
      )

    const dispatch = ([payload, invalid]: readonly [Payload, Option.Option<OctaneValidator.InvalidPayload>]) =>
      Effect.gen(function*() {
        if (invalid._tag === "Some") return yield* settle(payload, { state: "invalid", detail: invalid.value.message })
        if (stop.requested()) return yield* notSent(payload)
        if (refusal !== undefined) return yield* settle(payload, { state: "not sent", detail: refusal.message })
        const started = yield* Deferred.make<void>()
        live.inFlight += payload.size
        yield* background.fork(deliver(payload, started), Effect.void)
        yield* Deferred.await(started)
      })

    const [, stats] = yield* Effect.scoped(
      payloads(
        Stream.mapChunks(records, (chunk) => {
          for (const record of chunk) if (record.type === "test") live.read++
          tell()
          return chunk
        }),
        { ...options, keepTests: options.onUndelivered !== undefined },
        (built) =>
          Effect.gen(function*() {
            yield* built.pipe(
              // Payloads are built and validated ahead of the POSTs (two validations at a time, a few payloads ready),
              // so that a POST admitted by the rate limiter never waits for them; `dispatch` starts the POSTs in order.
              Stream.mapEffect(
                (p) =>
                  stop.requested()
                    ? Effect.succeed([p, Option.none()] as const)
                    : Effect.map(Effect.option(Effect.flip(validate(p.bytes))), (invalid) => [p, invalid] as const),
                { concurrency: VALIDATIONS_IN_FLIGHT }
              ),
              Stream.buffer({ capacity: READY_AHEAD }),
              Stream.runForEach(dispatch)
            )
            // Every payload holds a pending place from its dispatch to its end: all of them free means all answered.
            yield* pending.withPermits(maxPending)(Effect.void)
          })
      )
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
      waited: options.wait,
      interrupted: stop.requested(),
      unauthorized: refusal !== undefined
    }
  }))
