/**
 * `--jobs N`: the files of a `tr convert` read side by side in worker threads, written in the order they were given,
 * byte for byte what one thread writes. The first input, standard input and named pipes are read here; each other
 * file is read by a worker, which sends its records as NDJSON (UTF-8, its buffer moved) in batches of about 256 KB together with its
 * diagnostics and its counts, so this thread never decodes a record. A few files are read ahead of the one being
 * written (as many as there are workers, plus two), each at most a few batches ahead: memory stays flat.
 */
import * as NodeWorker from "@effect/platform-node/NodeWorker"
import * as Worker from "@effect/platform/Worker"
import type { WorkerError } from "@effect/platform/WorkerError"
import type * as Canonical from "@tr/core/Canonical"
import * as Ndjson from "@tr/core/Ndjson"
import type { Tally } from "@tr/core/Tally"
import { type Cause, Deferred, Effect, Exit, Fiber, identity, Layer, Queue, Stream } from "effect"
import { Worker as Thread } from "node:worker_threads"
import * as Sources from "./sources.js"
import * as Split from "./split.js"
import type { Batch, Request } from "./worker.js"

/** Batches of one file that its worker may have ready before the writer takes them. */
const AHEAD = 2

/**
 * The worker's program: beside this module (`dist/internal/`), or at the top of the bundle (`bin/worker.js`) when this
 * module is in one of its chunks.
 */
const workerUrl = (): URL => {
  const here = new URL(".", import.meta.url)
  return new URL(here.pathname.endsWith("/chunks/") ? "../worker.js" : "./worker.js", here)
}

type Feed = Batch | { readonly failed: Cause.Cause<WorkerError> }

/**
 * The canonical stream of `sources` as NDJSON text, header to trailer, the files read by
 * worker threads (`Sources.workers`). `tally` sees every record as `Sources.read` lets it; `onDiagnostic` hears of each diagnostic in
 * stream order.
 */
export const readText = (
  sources: ReadonlyArray<Sources.Source>,
  options: Sources.ReadOptions,
  tally: Tally,
  jobs: number,
  onDiagnostic: (diagnostic: Canonical.Diagnostic) => void
): Stream.Stream<string | Uint8Array> =>
  Stream.unwrapScoped(Effect.gen(function*() {
    const scope = yield* Effect.scope
    const splitting = sources.map((source) => jobs > 1 && Split.splits(source, options.reading))
    const size = splitting.includes(true) ? jobs : Sources.workers(sources, jobs)
    const progress = options.progress
    // A worker that fails (its program missing, an error thrown outside any request) would be started again by
    // Effect's manager, without the files it was reading, and their readers would wait for ever: it ends the reading.
    const crashed = yield* Deferred.make<never>()
    const context = yield* Layer.build(NodeWorker.layer(() => {
      const thread = new Thread(workerUrl())
      thread.on("error", (error) => Deferred.unsafeDone(crashed, Exit.die(error)))
      return thread
    }))
    // Started now, while this thread reads the first input; a file waits for them only when its turn comes.
    const pool = yield* Effect.forkIn(
      Effect.forEach(
        Array.from({ length: size }, () => 0),
        () => Effect.flatMap(Worker.WorkerManager, (manager) => manager.spawn<Request, Batch, never>({})),
        { concurrency: "unbounded" }
      ).pipe(Effect.provide(context)),
      scope
    )
    const load = Array.from({ length: size }, () => 0)
    const threads = Effect.raceFirst(Effect.orDie(Fiber.join(pool)), Deferred.await(crashed))

    /** Starts a worker on a file; the file's text is what the returned stream takes from it. */
    const start = (source: Sources.Source, id: number): Effect.Effect<Stream.Stream<string | Uint8Array>> =>
      Effect.gen(function*() {
        const w = load.indexOf(Math.min(...load))
        load[w]!++
        const worker = (yield* threads)[w]!
        const feed = yield* Queue.bounded<Feed>(AHEAD)
        const request: Request = { id, source, reading: options.reading }
        const ask: Effect.Effect<void> = worker.executeEffect(request).pipe(
          Effect.flatMap((batch) =>
            Effect.zipRight(Queue.offer(feed, batch), batch.end === undefined ? ask : Effect.void)
          ),
          Effect.catchAllCause((cause) => Queue.offer(feed, { failed: cause })),
          Effect.ensuring(Effect.sync(() => load[w]!--))
        )
        yield* Effect.forkIn(ask, scope)
        return Stream.suspend(() => {
          tally.source(source.path)
          return Stream.repeatEffectOption<Batch, never, never>(
            Effect.flatMap(
              Effect.raceFirst(Queue.take(feed), Deferred.await(crashed)),
              (item) => "failed" in item ? Effect.orDie(Effect.failCause(item.failed)) : Effect.succeed(item)
            )
          ).pipe(
            Stream.takeUntil((batch) => batch.end !== undefined),
            Stream.mapConcat((batch) => {
              for (const diagnostic of batch.diagnostics) onDiagnostic(diagnostic)
              if (progress !== undefined) {
                progress.bytes += batch.read
                progress.tests += batch.tests
              }
              if (batch.end !== undefined) {
                tally.merge(batch.end)
                if (progress !== undefined) {
                  progress.tests = tally.counts.tests
                  progress.files++
                }
              }
              return [batch.ndjson]
            })
          )
        })
      })

    /** A source this thread reads, when its turn comes. */
    const here = (source: Sources.Source): Stream.Stream<string | Uint8Array> =>
      Sources.readSource(source, options, tally).pipe(
        Stream.mapChunks((chunk) => {
          for (const record of chunk) {
            tally.add(record)
            if (record.type === "diagnostic") onDiagnostic(record)
          }
          if (progress !== undefined) progress.tests = tally.counts.tests
          return chunk
        }),
        Ndjson.encodeText
      )

    const parallel = Sources.inWorker(sources)
    const body: Stream.Stream<string | Uint8Array> = Stream.fromIterable(
      sources.map((source, i) => [source, i] as const)
    ).pipe(
      Stream.mapEffect(([source, i]) =>
        splitting[i] === true
          ? Effect.succeed(Split.read(source, options, tally, onDiagnostic, threads))
          : parallel[i] === true
          ? start(source, i)
          : Effect.succeed(here(source))
      ),
      // The files read ahead of the one being written.
      Stream.buffer({ capacity: size }),
      Stream.flatMap(identity)
    )
    const header = JSON.stringify(Sources.header(sources, options.version)) + "\n"
    return Stream.make(header).pipe(
      Stream.concat(body),
      Stream.concat(Stream.suspend(() => Stream.make(JSON.stringify(tally.end()) + "\n")))
    )
  }))
