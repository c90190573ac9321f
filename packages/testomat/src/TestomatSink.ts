/**
 * The canonical stream into a Testomat.io run: tests are encoded and batched as they arrive, sent with bounded
 * concurrency, and every test that did not arrive is handed back, never dropped.
 *
 * @since 0.1.0
 */
import * as Background from "@tr/core/Background"
import * as Batch from "@tr/core/Batch"
import type * as Canonical from "@tr/core/Canonical"
import * as Ndjson from "@tr/core/Ndjson"
import { SinkError } from "@tr/core/SinkError"
import * as Stop from "@tr/core/Stop"
import * as Chunk from "effect/Chunk"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Artifacts from "./Artifacts.js"
import { type Run, type RunParams, TestomatClient } from "./TestomatClient.js"
import * as TestomatTest from "./TestomatTest.js"

/**
 * @since 0.1.0
 * @category models
 */
export interface PushOptions {
  /** Report into this existing run (`TESTOMATIO_RUN`) instead of creating one. */
  readonly runId?: string
  readonly run: RunParams
  /** Finish the run when everything arrived and the input was complete; `false` leaves it open (`TESTOMATIO_PROCEED`). */
  readonly finish: boolean
  /** Ask the service to create tests it does not know yet. */
  readonly create: boolean
  readonly batch: Batch.Limits
  /** Batches in flight at once. */
  readonly concurrency: number
  readonly mapping: TestomatTest.MappingOptions
  /**
   * Receives the tests of every batch that did not arrive, with the reason, in the order they fail. Without it, the
   * records of the batches in flight are not kept (the summary still counts what did not arrive).
   */
  readonly onUndelivered?: (tests: ReadonlyArray<Canonical.TestCase>, error: SinkError) => Effect.Effect<void>
  /**
   * Completes when the push must stop (an interrupt): nothing more is sent, batches under way get `grace` (default
   * `Stop.DEFAULT_GRACE`) to be answered, the rest of the input is still read, and every test not confirmed goes to
   * `onUndelivered`. The run is left open.
   */
  readonly stop?: Effect.Effect<void>
  readonly grace?: Duration.DurationInput
  /**
   * Uploads the files a test's attachments name before the test's batch is sent, and adds their links to the test's
   * `artifacts`: a batch waits for its own tests' uploads, never for another's. Without it, only attachments that
   * already are URLs are linked.
   */
  readonly artifacts?: Artifacts.Uploader
  /**
   * Receives each delivered test one of whose files did not upload after retries: pushed again (same `rid`), it gets
   * its links without a second test.
   */
  readonly onArtifactsNotUploaded?: (test: Canonical.TestCase) => Effect.Effect<void>
  /** Told how the push is going whenever a chunk of input is read or a batch is answered (for a progress line). */
  readonly onProgress?: (progress: Progress) => void
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Progress {
  readonly read: number
  readonly delivered: number
  /** Tests in batches sent and not yet answered. */
  readonly inFlight: number
  readonly retries: number
}

/**
 * 500 tests or 1 MiB a batch, leaving after 1 s at the latest; 4 batches in flight; the run finished at the end.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultPushOptions: PushOptions = {
  run: {},
  finish: true,
  create: false,
  batch: { maxItems: 500, maxBytes: 1024 * 1024, linger: "1 second" },
  concurrency: 4,
  mapping: TestomatTest.defaultMappingOptions
}

/**
 * What happened, for the summary and the exit code.
 *
 * @since 0.1.0
 * @category models
 */
export interface Summary {
  /** Undefined when the input held no test: no run was created, and an existing one was not touched. */
  readonly run: Run | undefined
  readonly read: number
  readonly delivered: number
  readonly undelivered: number
  readonly batches: number
  readonly failedBatches: number
  readonly requests: number
  readonly retries: number
  /** The input ended without its trailer: the producer died or the pipe was cut. */
  readonly truncated: boolean
  /** A stop was asked for (`PushOptions.stop`): what was not confirmed by then did not count as delivered. */
  readonly interrupted: boolean
  /** How the input contradicted itself (two run headers, a trailer counting other tests), when it did. */
  readonly contradiction?: string
  /** Error diagnostics the input carried (damaged files upstream). */
  readonly inputErrors: number
  readonly finished: boolean
  /** The run was to be finished, and finishing it failed: it is left open (`leftOpen` says why). */
  readonly finishFailed: boolean
  /** The service refused the API key during the push: nothing more was sent after that. */
  readonly unauthorized: boolean
  /** Why the run was left open, when it was. */
  readonly leftOpen?: string
  /** The first failures, one line each. */
  readonly failures: ReadonlyArray<string>
  /** What became of the files the tests' attachments name, when an uploader was given. */
  readonly artifacts?: Artifacts.Report
}

interface Encoded {
  /** Kept for `onUndelivered` only: records held until their batch is answered cost the collector dearly. */
  readonly test: Canonical.TestCase | undefined
  readonly json: string
  /** The test, when files are to be uploaded for it before it is sent. */
  readonly files?: Canonical.TestCase
  /** An upload of one of its files failed after retries. */
  readonly artifactsFailed?: boolean
}

const MAX_FAILURES_LISTED = 20

/** Past this many tests refused one by one, the service refuses something else than single tests: halving stops. */
const MAX_ISOLATED = 20

const titleOf = (encoded: Encoded): unknown => (JSON.parse(encoded.json) as { title?: unknown }).title

/**
 * Pushes a canonical stream. The run is created (or joined) when the first batch is ready, so an input without tests
 * creates none. Failing to create or join it fails the effect, nothing sent, once every test of the input went to
 * `onUndelivered` (at once without it); a batch that does not arrive after retries does not: its tests go to
 * `onUndelivered`, and the summary counts them.
 *
 * @example
 * import * as TestomatClient from "@tr/testomat/TestomatClient"
 * import * as TestomatSink from "@tr/testomat/TestomatSink"
 * import { Effect, Redacted } from "effect"
 *
 * const summary = TestomatSink.push(records, { ...TestomatSink.defaultPushOptions, run: { title: "nightly" } }).pipe(
 *   Effect.provide(TestomatClient.layer(TestomatClient.defaultConfig(url, Redacted.make(key))))
 * )
 *
 * @since 0.1.0
 * @category sinks
 */
export const push = <E, R>(
  records: Stream.Stream<Canonical.StreamRecord, E, R>,
  options: PushOptions
): Effect.Effect<Summary, E | SinkError, TestomatClient | R> =>
  Effect.scoped(Effect.gen(function*() {
    const client = yield* TestomatClient
    const stop = options.stop === undefined ? Stop.never : yield* Stop.make(options.stop, options.grace)
    // Created (or joined) when the first batch leaves, never for an input without tests; in the reading fiber, so
    // that a refusal is known before any test is sent.
    let run: Run | undefined
    /** Why the run could not be created or joined: nothing is sent after that, and the push fails with it. */
    let runError: SinkError | undefined
    const openRun = Effect.suspend((): Effect.Effect<Run, SinkError> =>
      run !== undefined
        ? Effect.succeed(run)
        : runError !== undefined
        ? Effect.fail(runError)
        : (options.runId === undefined
          ? client.createRun(options.run)
          : Effect.as(client.joinRun(options.runId, options.run), { uid: options.runId } as Run)).pipe(
            Effect.tap((opened) => {
              // The storage's credentials stay in the uploader: the run in the summary is printed.
              run = { uid: opened.uid, ...(opened.url === undefined ? {} : { url: opened.url }) }
              return opened.storage === undefined || options.artifacts === undefined
                ? Effect.void
                : options.artifacts.useStorage(opened.storage)
            }),
            Effect.tapError((error) =>
              Effect.sync(() => {
                runError = error
              })
            )
          )
    )
    const completeness = Ndjson.completeness()
    /** Delivered tests one of whose files did not upload: the run is left open for them. */
    let withoutFiles = 0
    const counts = { read: 0, delivered: 0, undelivered: 0, batches: 0, failedBatches: 0, inputErrors: 0 }
    const failures: Array<string> = []
    let duration = 0
    let index = 0
    let inFlightTests = 0
    let retries = 0
    const keepTests = options.onUndelivered !== undefined
    const progress = options.onProgress === undefined
      ? Effect.void
      : Effect.map(client.stats, (stats) => {
        retries = stats.retries
        options.onProgress?.({ read: counts.read, delivered: counts.delivered, inFlight: inFlightTests, retries })
      })

    /** A batch that did not arrive; one that failed on its own (not cut by a stop) is listed with its number. */
    const undelivered = (items: ReadonlyArray<Encoded>, error: SinkError, batchIndex?: number) => {
      counts.batches++
      counts.failedBatches++
      counts.undelivered += items.length
      if (batchIndex !== undefined && failures.length < MAX_FAILURES_LISTED) {
        const what = items.length === 1 ? `1 test, ${JSON.stringify(titleOf(items[0]!))}` : `${items.length} tests`
        failures.push(`batch ${batchIndex} (${what}): ${error.message}`)
      }
      return options.onUndelivered?.(items.flatMap((e) => e.test ?? []), error) ?? Effect.void
    }
    const stopped = (detail: string) =>
      new SinkError({ sink: "Testomat.io", operation: "send tests", reason: "Stopped", detail })

    /** Once the key is refused, no other batch is sent: each would be refused too. */
    let refusal: SinkError | undefined
    let isolated = 0
    /** A batch the service refuses as it is gets halved, until what it refuses stands alone and the rest arrives. */
    const halves = (error: SinkError, size: number) =>
      size > 1 && error.reason === "Rejected" && [400, 413, 422].includes(error.status ?? 0) &&
      isolated < MAX_ISOLATED
    const deliver = (run: Run, items: ReadonlyArray<Encoded>, batchIndex: number): Effect.Effect<void> =>
      // Decided when the batch's turn comes, not when it was cut: a refusal or a stop may have come in between.
      Effect.suspend(() => {
        if (refusal !== undefined) return undelivered(items, refusal, batchIndex)
        if (stop.requested()) return undelivered(items, stopped("interrupted before it was sent"))
        inFlightTests += items.length
        return stop.withinGrace(
          client.sendBatch(run.uid, { index: batchIndex, tests: items.map((e) => e.json), create: options.create })
        ).pipe(
          Effect.ensuring(Effect.sync(() => {
            inFlightTests -= items.length
          })),
          Effect.matchEffect({
            onSuccess: Option.match({
              onNone: () => undelivered(items, stopped("interrupted before the service answered; it may have arrived")),
              onSome: () =>
                Effect.zipRight(
                  Effect.sync(() => {
                    counts.batches++
                    counts.delivered += items.length
                    for (const e of items) if (e.artifactsFailed === true) withoutFiles++
                  }),
                  options.onArtifactsNotUploaded === undefined
                    ? Effect.void
                    : Effect.forEach(
                      items,
                      (e) => e.artifactsFailed === true ? options.onArtifactsNotUploaded!(e.files!) : Effect.void,
                      { discard: true }
                    )
                )
            }),
            onFailure: (error) => {
              if (error.reason === "Unauthorized") refusal ??= error
              if (halves(error, items.length)) {
                const half = Math.ceil(items.length / 2)
                return Effect.zipRight(
                  deliver(run, items.slice(0, half), ++index),
                  deliver(run, items.slice(half), ++index)
                )
              }
              if (items.length === 1 && error.reason === "Rejected") isolated++
              return undelivered(items, error, batchIndex)
            }
          })
        )
      })
    const uploader = options.artifacts
    /** The batch's tests with the links of their files, once uploaded (a link never points at nothing). */
    const withArtifacts = (run: Run, items: ReadonlyArray<Encoded>): Effect.Effect<ReadonlyArray<Encoded>> =>
      uploader === undefined || stop.requested() || !items.some((e) => e.files !== undefined)
        ? Effect.succeed(items)
        : Effect.forEach(items, (e) => {
          if (e.files === undefined) return Effect.succeed(e)
          const object = JSON.parse(e.json) as TestomatTest.TestObject
          return Effect.map(
            uploader.upload(e.files, { run: run.uid, rid: object.rid }),
            ({ failed, urls }): Encoded => ({
              test: e.test,
              json: urls.length === 0
                ? e.json
                : JSON.stringify({ ...object, artifacts: [...(object.artifacts ?? []), ...urls] }),
              ...(failed ? { files: e.files!, artifactsFailed: true } : {})
            })
          )
        }, { concurrency: uploader.concurrency })
    const send = (run: Run, batch: Chunk.Chunk<Encoded>) =>
      withArtifacts(run, Chunk.toReadonlyArray(batch)).pipe(
        Effect.flatMap((items) => deliver(run, items, ++index)),
        Effect.zipRight(progress)
      )
    /** After a stop, batches are kept for later instead of sent. */
    const keep = (batch: Chunk.Chunk<Encoded>) =>
      undelivered(Chunk.toReadonlyArray(batch), stopped("interrupted before it was sent"))

    // Each batch is sent by a fiber of its own, at most `concurrency` at once. `Stream.mapEffect` with a concurrency
    // cost ~0.6 ms of scheduling a batch (~0.25 ms in order), a semaphore ~0.05 ms: 1.2 s of a 100 MB push.
    const concurrency = Math.max(1, options.concurrency)
    const inFlight = yield* Effect.makeSemaphore(concurrency)
    /** A defect in a sending fiber is passed on once every batch is answered. */
    const background = Background.make()
    const sendInFlight = (batch: Chunk.Chunk<Encoded>) =>
      Effect.suspend(() =>
        stop.requested() ? keep(batch) : Effect.matchEffect(openRun, {
          // Without a run nothing can be sent: when someone keeps them, every test of the input is handed back.
          onFailure: (error) => keepTests ? undelivered(Chunk.toReadonlyArray(batch), error) : Effect.fail(error),
          onSuccess: (opened) =>
            Effect.zipRight(
              inFlight.take(1),
              Effect.suspend(() =>
                stop.requested()
                  ? Effect.zipRight(inFlight.release(1), keep(batch))
                  : background.fork(send(opened, batch), inFlight.release(1))
              )
            )
        })
      )

    yield* Effect.scoped(Effect.gen(function*() {
      yield* records.pipe(
        Stream.mapChunks((chunk) => {
          const out: Array<Encoded> = []
          for (const record of chunk) {
            completeness.track(record)
            if (record.type === "diagnostic" && record.severity === "error") counts.inputErrors++
            if (record.type !== "test") continue
            counts.read++
            duration += record.duration ?? 0
            const json = JSON.stringify(TestomatTest.fromTestCase(record, options.mapping))
            out.push(
              uploader !== undefined && Artifacts.hasFiles(record)
                ? { test: keepTests ? record : undefined, json, files: record }
                : { test: keepTests ? record : undefined, json }
            )
          }
          options.onProgress?.({ read: counts.read, delivered: counts.delivered, inFlight: inFlightTests, retries })
          return Chunk.unsafeFromArray(out)
        }),
        Batch.group(options.batch, (e) => e.json.length),
        Stream.runForEach(sendInFlight)
      )
      yield* inFlight.take(concurrency)
    }))
    yield* background.rethrow
    if (runError !== undefined) return yield* runError

    const truncated = !completeness.complete()
    const contradiction = completeness.contradiction()
    const cut = completeness.cut()
    const interrupted = stop.requested()
    const noRun = counts.read > 0
      ? "interrupted before the run was created"
      : options.runId === undefined
      ? "the input held no test, so no run was created"
      : `the input held no test, so run ${options.runId} was not touched`
    const leftOpen = run === undefined
      ? noRun
      : !options.finish
      ? "not finished on request"
      : interrupted
      ? "interrupted"
      : contradiction !== undefined
      ? `the input contradicts itself (${contradiction}), so the run may not be what the runner reported`
      : truncated
      ? "the input ended without its trailer, so the run may be incomplete"
      : cut !== undefined
      ? `an input was cut before its end (${cut}), so the run may be incomplete`
      : counts.undelivered > 0
      ? `${counts.undelivered} tests did not arrive`
      : withoutFiles > 0
      ? `${withoutFiles} tests arrived without some of their files, which another push into the run can attach`
      : undefined
    let finished = false
    let finishProblem: SinkError | undefined
    if (run !== undefined && leftOpen === undefined) {
      const outcome = yield* Effect.either(
        client.finishRun(run.uid, { statusEvent: "finish", duration: Math.round(duration * 1000) / 1000 })
      )
      if (outcome._tag === "Right") finished = true
      else finishProblem = outcome.left
    }
    const stats = yield* client.stats
    const artifacts = uploader === undefined ? undefined : yield* uploader.report
    const why = leftOpen ?? (finishProblem && `finishing the run failed: ${finishProblem.message}`)
    return {
      run,
      ...counts,
      requests: stats.requests,
      retries: stats.retries,
      truncated,
      interrupted,
      ...(contradiction === undefined ? {} : { contradiction }),
      finished,
      finishFailed: finishProblem !== undefined,
      unauthorized: refusal !== undefined || finishProblem?.reason === "Unauthorized",
      ...(why === undefined ? {} : { leftOpen: why }),
      failures,
      ...(artifacts === undefined ? {} : { artifacts })
    }
  }))
