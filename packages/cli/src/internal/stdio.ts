/**
 * The process's channels: stdin and named pipes in, stdout out, stderr for everything human (see `terminal.ts`).
 * Commands reach stdin, stdout and stderr only through the `Stdio` service, so that they also run in process, on
 * channels a test provides.
 */
import * as NodeSink from "@effect/platform-node/NodeSink"
import * as NodeStream from "@effect/platform-node/NodeStream"
import { Chunk, Context, Data, Effect, Layer, Option, type Sink, Stream } from "effect"
import { close, createReadStream, open, read } from "node:fs"
import type { Readable } from "node:stream"

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

/**
 * What a pipe holds, as soon as it holds anything, in pieces of at most `READ_CHUNK_BYTES`. Asking the stream for a
 * size instead (`read(n)`) waits until that many bytes are there: a live `go test -json | tr push` would sit on its
 * first 32 KiB, tests and all, until the runner wrote more or ended.
 */
const fromReadable = <E>(readable: () => Readable, onError: (cause: unknown) => E) =>
  Stream.mapChunks(NodeStream.fromReadable(readable, onError), (chunk) => {
    if (Chunk.every(chunk, (b) => b.length <= READ_CHUNK_BYTES)) return chunk
    const pieces: Array<Uint8Array> = []
    for (const b of chunk) {
      for (let at = 0; at < b.length; at += READ_CHUNK_BYTES) pieces.push(b.subarray(at, at + READ_CHUNK_BYTES))
    }
    return Chunk.unsafeFromArray(pieces)
  })

const processStdin = (): Stream.Stream<Uint8Array, StdioError> =>
  fromReadable(() => process.stdin, (cause) => new StdioError({ channel: "stdin", cause }))

/**
 * The bytes of a named pipe or a device (`tr convert <(zcat report.xml.gz)`, `/dev/stdin`), in order: they cannot be
 * read at a position, as files are (ESPIPE).
 */
export const fromPipe = (path: string): Stream.Stream<Uint8Array, unknown> =>
  fromReadable(() => createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }), (cause) => cause)

/**
 * The bytes of a regular file, the next piece always being read while the stream works on the last one. Read a piece
 * at a time, as `FileSystem.stream` does, the process sat idle during each read's trip to the thread pool: ~0.3 s of a
 * 100 MB conversion.
 */
export const fromFile = (path: string): Stream.Stream<Uint8Array, NodeJS.ErrnoException> =>
  Stream.acquireRelease(
    Effect.async<ReadAhead, NodeJS.ErrnoException>((resume) =>
      open(path, "r", (error, fd) => resume(error === null ? Effect.succeed(readAhead(fd)) : Effect.fail(error)))
    ),
    (file) => file.close
  ).pipe(Stream.flatMap((file) => Stream.repeatEffectChunkOption(file.next)))

interface ReadAhead {
  readonly next: Effect.Effect<Chunk.Chunk<Uint8Array>, Option.Option<NodeJS.ErrnoException>>
  /** Waits for the read under way, if any, before closing: a read left running could land on a reused descriptor. */
  readonly close: Effect.Effect<void>
}

interface Piece {
  readonly read: Effect.Effect<Chunk.Chunk<Uint8Array>, Option.Option<NodeJS.ErrnoException>>
  readonly more: boolean
}

const readAhead = (fd: number): ReadAhead => {
  /** The read under way, or done and not yet taken. */
  let underWay: Promise<Piece> | undefined
  const start = (): Promise<Piece> =>
    new Promise((settle) => {
      const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES)
      read(fd, buffer, 0, buffer.length, null, (error, n) =>
        settle(
          error !== null
            ? { read: Effect.fail(Option.some(error)), more: false }
            : n === 0
            ? { read: Effect.fail(Option.none()), more: false }
            : { read: Effect.succeed(Chunk.of(n < buffer.length ? buffer.subarray(0, n) : buffer)), more: true }
        ))
    })
  return {
    next: Effect.suspend(() => {
      const current = underWay ??= start()
      return Effect.flatMap(Effect.promise(() => current), (piece) => {
        underWay = piece.more ? start() : undefined
        return piece.read
      })
    }),
    close: Effect.promise((): Promise<unknown> => underWay ?? Promise.resolve()).pipe(
      Effect.zipRight(Effect.async<void>((resume) => close(fd, () => resume(Effect.void))))
    )
  }
}

const processStdout = (): Sink.Sink<void, Uint8Array | string, never, StdioError> =>
  NodeSink.fromWritable(() => process.stdout, (cause) => new StdioError({ channel: "stdout", cause }), {
    endOnDone: false
  })

/** Where the human text of a command goes. */
export interface TextOut {
  readonly write: (text: string) => void
  /** A person is watching: progress lines are worth drawing. */
  readonly isTTY: boolean
  /** Colour is wanted (a terminal, no `NO_COLOR`, not `TERM=dumb`). */
  readonly color: boolean
}

/**
 * @category services
 */
export class Stdio extends Context.Tag("test-results/Stdio")<Stdio, {
  readonly stdin: Stream.Stream<Uint8Array, StdioError>
  /** Whether stdin is a terminal, so that nothing is piped in. */
  readonly stdinIsTTY: boolean
  readonly stdout: Sink.Sink<void, Uint8Array | string, never, StdioError>
  readonly stderr: TextOut
}>() {}

export const colorEnabled = (stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean =>
  stream.isTTY === true && env["NO_COLOR"] === undefined && env["TERM"] !== "dumb"

/** The channels of this process. */
export const layer: Layer.Layer<Stdio> = Layer.sync(Stdio, () => ({
  stdin: processStdin(),
  stdinIsTTY: process.stdin.isTTY === true,
  stdout: processStdout(),
  stderr: {
    write: (text) => process.stderr.write(text),
    isTTY: process.stderr.isTTY === true,
    color: colorEnabled(process.stderr, process.env)
  }
}))

/**
 * Text on stdout (a `--json` summary, a run's id). A reader that went away is not this command's failure: the
 * process's exit code says so (141, `bin.ts`).
 */
export const print = (text: string): Effect.Effect<void, never, Stdio> => Effect.flatMap(printer, (p) => p(text))

/** `print`, the service taken now: for callbacks that may need no service. */
export const printer: Effect.Effect<(text: string) => Effect.Effect<void>, never, Stdio> = Effect.map(
  Stdio,
  (io) => (text) => Effect.ignore(Stream.run(Stream.make(text), io.stdout))
)
