/** The data channels: stdin and named pipes in, stdout out. Everything human goes to stderr (see `terminal.ts`). */
import * as NodeSink from "@effect/platform-node/NodeSink"
import * as NodeStream from "@effect/platform-node/NodeStream"
import { Data, type Sink, type Stream } from "effect"
import { createReadStream } from "node:fs"

export class StdioError
  extends Data.TaggedError("StdioError")<{ readonly channel: "stdin" | "stdout"; readonly cause: unknown }>
{
  /** The reader of our stdout went away (`tr convert | head`): not worth a message. */
  get isBrokenPipe(): boolean {
    return (this.cause as { code?: string }).code === "EPIPE"
  }
}

/**
 * Bytes read at a time, from files and from stdin. Small enough that the records of one piece die young, and that its
 * decoded text (two bytes a character once the input has any non-ASCII text) stays under V8's 128 KB limit for
 * ordinary heap objects: larger strings go to the large-object space, which only a full collection frees. Measured on
 * a 1 GB report: 1 MiB reads cost 290 MB of peak RSS, 64 KiB reads 210 MB; a push reading stdin in 1 MiB pieces
 * peaked at 220 MB on a 10 MB stream. Large enough that per-piece overhead stays invisible.
 */
export const READ_CHUNK_BYTES = 32 * 1024

export const stdin = (): Stream.Stream<Uint8Array, StdioError> =>
  NodeStream.fromReadable(() => process.stdin, (cause) => new StdioError({ channel: "stdin", cause }), {
    chunkSize: READ_CHUNK_BYTES
  })

/**
 * The bytes of a named pipe or a device (`tr convert <(zcat report.xml.gz)`, `/dev/stdin`), in order: they cannot be
 * read at a position, as files are (ESPIPE).
 */
export const fromPipe = (path: string): Stream.Stream<Uint8Array, unknown> =>
  NodeStream.fromReadable(() => createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }), (cause) => cause, {
    chunkSize: READ_CHUNK_BYTES
  })

export const stdout = (): Sink.Sink<void, Uint8Array | string, never, StdioError> =>
  NodeSink.fromWritable(() => process.stdout, (cause) => new StdioError({ channel: "stdout", cause }), {
    endOnDone: false
  })
