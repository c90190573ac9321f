/** The data channels: stdin in, stdout out. Everything human goes to stderr (see `terminal.ts`). */
import * as NodeSink from "@effect/platform-node/NodeSink"
import * as NodeStream from "@effect/platform-node/NodeStream"
import { Data, type Sink, type Stream } from "effect"

export class StdioError
  extends Data.TaggedError("StdioError")<{ readonly channel: "stdin" | "stdout"; readonly cause: unknown }>
{
  /** The reader of our stdout went away (`tr convert | head`): not worth a message. */
  get isBrokenPipe(): boolean {
    return (this.cause as { code?: string }).code === "EPIPE"
  }
}

export const stdin = (): Stream.Stream<Uint8Array, StdioError> =>
  NodeStream.fromReadable(() => process.stdin, (cause) => new StdioError({ channel: "stdin", cause }), {
    chunkSize: 1024 * 1024
  })

export const stdout = (): Sink.Sink<void, Uint8Array | string, never, StdioError> =>
  NodeSink.fromWritable(() => process.stdout, (cause) => new StdioError({ channel: "stdout", cause }), {
    endOnDone: false
  })
