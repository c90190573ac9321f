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
import type { SinkError } from "@tr/core/SinkError"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
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
  /** Error diagnostics the input carried (damaged files upstream). */
  readonly inputErrors: number
  readonly finished: boolean
  /** Why the run was left open, when it was. */
  readonly leftOpen?: string
  /** The first failures, one line each. */
  readonly failures: ReadonlyArray<string>
}

interface Encoded {
  /** Kept for `onUndelivered` only: records held until their batch is answered cost the collector dearly. */
  readonly test: Canonical.TestCase | undefined
  readonly json: string
}

const MAX_FAILURES_LISTED = 20

/**
 * Pushes a canonical stream. Creating or joining the run fails the effect (nothing was sent); a batch that does
 * not arrive after retries does not: its tests go to `onUndelivered`, and the summary counts them.
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
  Effect.gen(function*() {
    const client = yield* TestomatClient
    // Created (or joined) when the first batch leaves, never for an input without tests; in the reading fiber, so
    // that a refusal fails the push before any test is sent.
    let run: Run | undefined
    const openRun = Effect.suspend((): Effect.Effect<Run, SinkError> =>
      run !== undefined
        ? Effect.succeed(run)
        : (options.runId === undefined
          ? client.createRun(options.run)
          : Effect.as(client.joinRun(options.runId, options.run), { uid: options.runId })).pipe(
            Effect.tap((opened) => {
              run = opened
            })
          )
    )
    const completeness = Ndjson.completeness()
    const counts = { read: 0, delivered: 0, undelivered: 0, batches: 0, failedBatches: 0, inputErrors: 0 }
    const failures: Array<string> = []
    let duration = 0
    let index = 0
    const keepTests = options.onUndelivered !== undefined

    const send = (run: Run, batch: Chunk.Chunk<Encoded>) => {
      const batchIndex = ++index
      const items = Chunk.toReadonlyArray(batch)
      return client.sendBatch(run.uid, { index: batchIndex, tests: items.map((e) => e.json), create: options.create })
        .pipe(
          Effect.matchEffect({
            onSuccess: () =>
              Effect.sync(() => {
                counts.batches++
                counts.delivered += items.length
              }),
            onFailure: (error) => {
              counts.batches++
              counts.failedBatches++
              counts.undelivered += items.length
              if (failures.length < MAX_FAILURES_LISTED) {
                failures.push(`batch ${batchIndex} (${items.length} tests): ${error.message}`)
              }
              return options.onUndelivered?.(items.flatMap((e) => e.test ?? []), error) ?? Effect.void
            }
          })
        )
    }

    // Each batch is sent by a fiber of its own, at most `concurrency` at once. `Stream.mapEffect` with a concurrency
    // cost ~0.6 ms of scheduling a batch (~0.25 ms in order), a semaphore ~0.05 ms: 1.2 s of a 100 MB push.
    const concurrency = Math.max(1, options.concurrency)
    const inFlight = yield* Effect.makeSemaphore(concurrency)
    /** A defect in a sending fiber is passed on once every batch is answered. */
    const background = Background.make()
    const sendInFlight = (batch: Chunk.Chunk<Encoded>) =>
      Effect.flatMap(
        openRun,
        (opened) => Effect.zipRight(inFlight.take(1), background.fork(send(opened, batch), inFlight.release(1)))
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
            out.push({ test: keepTests ? record : undefined, json })
          }
          return Chunk.unsafeFromArray(out)
        }),
        Batch.group(options.batch, (e) => e.json.length),
        Stream.runForEach(sendInFlight)
      )
      yield* inFlight.take(concurrency)
    }))
    yield* background.rethrow

    const truncated = !completeness.complete()
    const stats = yield* client.stats
    if (run === undefined) {
      return {
        run,
        ...counts,
        requests: stats.requests,
        retries: stats.retries,
        truncated,
        finished: false,
        leftOpen: options.runId === undefined
          ? "the input held no test, so no run was created"
          : `the input held no test, so run ${options.runId} was not touched`,
        failures
      }
    }
    const leftOpen = !options.finish
      ? "not finished on request"
      : truncated
      ? "the input ended without its trailer, so the run may be incomplete"
      : counts.undelivered > 0
      ? `${counts.undelivered} tests did not arrive`
      : undefined
    let finished = false
    let finishProblem: string | undefined
    if (leftOpen === undefined) {
      const outcome = yield* Effect.either(
        client.finishRun(run.uid, { statusEvent: "finish", duration: Math.round(duration * 1000) / 1000 })
      )
      if (outcome._tag === "Right") finished = true
      else finishProblem = `finishing the run failed: ${outcome.left.message}`
    }
    const finalStats = yield* client.stats
    const why = leftOpen ?? finishProblem
    return {
      run,
      ...counts,
      requests: finalStats.requests,
      retries: finalStats.retries,
      truncated,
      finished,
      ...(why === undefined ? {} : { leftOpen: why }),
      failures
    }
  })
