/**
 * The readers of `--jobs N`: worker threads, and this thread too when writing leaves it time (`tr convert`, not
 * `tr push`, whose delivery needs it). Each has room for a few files at a time. Files are handed out in the order they
 * are written, each to the reader with the most room, and wait while none has any: a reader that is quicker, or whose
 * files are quicker, takes more of them, and no reader runs ahead of the writer by more than its room.
 */
import * as NodeWorker from "@effect/platform-node/NodeWorker"
import * as Worker from "@effect/platform/Worker"
import type { WorkerError } from "@effect/platform/WorkerError"
import { Deferred, Effect, Exit, Fiber, Layer, Queue, type Scope } from "effect"
import { Worker as Thread } from "node:worker_threads"
import { type Batch, next, type Request } from "./worker.js"

/** Files a worker reads at a time: while one waits for the writer, it reads the other. */
const FILES_PER_WORKER = 2

/**
 * The most workers beside which this thread still reads files. Passing a worker's output on costs it ~10% of its time
 * (measured: 217–255 MB/s of NDJSON a CPU second, a worker writing ~20 MB/s, BENCHMARKS.md); beyond a few workers, a
 * file it read itself would hold up the writing that all of them wait for.
 */
const READS_HERE_UP_TO = 3

/**
 * The worker's program: beside this module (`dist/internal/`), or at the top of the bundle (`bin/worker.js`) when this
 * module is in one of its chunks.
 */
const workerUrl = (): URL => {
  const here = new URL(".", import.meta.url)
  return new URL(here.pathname.endsWith("/chunks/") ? "../worker.js" : "./workerThread.js", here)
}

/** Asks a reader for the next batch of a file. */
export type Execute = (request: Request) => Effect.Effect<Batch, WorkerError>

export interface ReaderPool {
  /** Waits for a reader with room for one more file, books the room and names the reader. */
  readonly claim: Effect.Effect<number>
  /** How reader `reader` is asked for batches, once it has started. */
  readonly reader: (reader: number) => Effect.Effect<Execute>
  /** Gives back the room a file took, when its reader has read it to the end. */
  readonly release: (reader: number) => void
  /** How many files may be in reading at once. */
  readonly room: number
  /** How each worker thread is asked, once they have started: for the pieces of one file (`split.ts`). */
  readonly workers: Effect.Effect<ReadonlyArray<Execute>>
}

/**
 * Starts `workers` threads (readers 1 on; reader 0 is this thread, with room for one file when `readsHere` and the
 * workers are few).
 */
export const make = (workers: number, readsHere: boolean): Effect.Effect<ReaderPool, never, Scope.Scope> =>
  Effect.gen(function*() {
    const scope = yield* Effect.scope
    // A worker that fails (its program missing, an error thrown outside any request) would be started again by
    // Effect's manager, without the files it was reading, and their readers would wait for ever: it ends the reading.
    const crashed = yield* Deferred.make<never>()
    const context = yield* Layer.build(NodeWorker.layer(() => {
      const thread = new Thread(workerUrl())
      thread.on("error", (error) => Deferred.unsafeDone(crashed, Exit.die(error)))
      return thread
    }))
    // Started now, while this thread reads the first file; a file waits for them only when it is asked for.
    const threads = yield* Effect.forkIn(
      Effect.forEach(
        Array.from({ length: workers }, () => 0),
        () => Effect.flatMap(Worker.WorkerManager, (manager) => manager.spawn<Request, Batch, never>({})),
        { concurrency: "unbounded" }
      ).pipe(Effect.provide(context)),
      scope
    )
    const room = [
      readsHere && workers <= READS_HERE_UP_TO ? 1 : 0,
      ...Array.from({ length: workers }, () => FILES_PER_WORKER)
    ]
    const load = room.map(() => 0)
    // Room was given back: a waiting claim looks again. One signal is enough, whoever gave it.
    const freed = yield* Queue.sliding<void>(1)

    /** The reader with the most room left (this thread first among equals: it needs no start), if any has room. */
    const roomiest = (): number | undefined => {
      let best: number | undefined
      for (let r = 0; r < room.length; r++) {
        if (load[r]! < room[r]! && (best === undefined || load[r]! / room[r]! < load[best]! / room[best]!)) best = r
      }
      return best
    }
    const claim: Effect.Effect<number> = Effect.suspend(() => {
      const r = roomiest()
      if (r === undefined) return Effect.zipRight(Queue.take(freed), claim)
      load[r]!++
      return Effect.succeed(r)
    })
    const here: Execute = next
    const workerThreads = Effect.map(
      Effect.raceFirst(Effect.orDie(Fiber.join(threads)), Deferred.await(crashed)),
      (started) =>
        started.map((thread): Execute => (request) =>
          Effect.raceFirst(thread.executeEffect(request), Deferred.await(crashed))
        )
    )
    return {
      claim,
      reader: (r) => r === 0 ? Effect.succeed(here) : Effect.map(workerThreads, (started) => started[r - 1]!),
      workers: workerThreads,
      release: (r) => {
        load[r]!--
        Queue.unsafeOffer(freed, undefined)
      },
      room: room.reduce((sum, n) => sum + n, 0)
    }
  })
