/** The program of a worker thread of `--jobs N`: answers the main thread's asks for batches (`worker.ts`). */
import * as NodeWorkerRunner from "@effect/platform-node/NodeWorkerRunner"
import * as Transferable from "@effect/platform/Transferable"
import * as WorkerRunner from "@effect/platform/WorkerRunner"
import { Effect, Layer } from "effect"
import { next } from "./worker.js"

WorkerRunner.layer(next, {
  // Moved, not copied: the buffer is no longer this thread's.
  encodeOutput: (_, batch) => Effect.as(Transferable.addAll([batch.ndjson.buffer]), batch)
}).pipe(Layer.provide(NodeWorkerRunner.layer), WorkerRunner.launch, Effect.runFork)
