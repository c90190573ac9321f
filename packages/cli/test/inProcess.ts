/**
 * Runs a `tr` command in this process, on channels and an environment the test gives: no child process, no real
 * stdin/stdout, variables through a `ConfigProvider`. What only a process shows (exit by signal, a reader of stdout
 * that leaves, the POSIX `tr` hand-over, worker threads) stays with the spawned tests (`run.ts`, `spawn.ts`).
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodePath from "@effect/platform-node/NodePath"
import * as NodeTerminal from "@effect/platform-node/NodeTerminal"
import type * as FileSystem from "@effect/platform/FileSystem"
import { ConfigProvider, Console, Effect, Layer, Logger, Sink, Stream } from "effect"
import { format } from "node:util"
import * as Cli from "../src/Cli.js"
import * as Signals from "../src/internal/signals.js"
import { Stdio } from "../src/internal/stdio.js"
import type { Ran } from "./run.js"

export interface InProcessOptions {
  /** Standard input: empty by default, as for a spawned `run`. */
  readonly input?: string | Uint8Array
  /** Stdin is a terminal: nothing is piped in. */
  readonly stdinIsTTY?: boolean
  /** The environment, and nothing else of this process's. */
  readonly env?: Readonly<Record<string, string>>
  /** Another file system (one that fails, say); the real one by default. */
  readonly fileSystem?: Layer.Layer<FileSystem.FileSystem>
}

const encoder = new TextEncoder()
const decoder = () => new TextDecoder()

/**
 * Worker threads run the built worker program (`bin/worker.js`), which a test of the sources does not have: in process,
 * files are read on this thread (`--jobs 1` unless the test asks for more), and the `--jobs` tests spawn the binary.
 */
const oneThread = (args: ReadonlyArray<string>): ReadonlyArray<string> =>
  (args[0] === "convert" || args[0] === "push") && !args.includes("--jobs") && !args.includes("--help")
    ? [...args.slice(0, args[0] === "push" ? 2 : 1), "--jobs", "1", ...args.slice(args[0] === "push" ? 2 : 1)]
    : args

/** `tr ARGS` run in process: its exit code (`status`), stdout and stderr, as `run` gives them for the binary. */
export const inProcess = (args: ReadonlyArray<string>, options: InProcessOptions = {}): Promise<Ran> => {
  let stdout = ""
  let stderr = ""
  const out = decoder()
  const channels = Stdio.of({
    stdin: Stream.make(options.input instanceof Uint8Array ? options.input : encoder.encode(options.input ?? "")),
    stdinIsTTY: options.stdinIsTTY === true,
    stdout: Sink.forEach((piece: Uint8Array | string) =>
      Effect.sync(() => stdout += typeof piece === "string" ? piece : out.decode(piece, { stream: true }))
    ),
    stderr: { write: (text) => stderr += text, isTTY: false, color: false }
  })
  // @effect/cli says its own help and errors through the Console.
  const capturingConsole = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    Console.consoleWith((current) =>
      Effect.withConsole(effect, {
        ...current,
        log: (...a) => Effect.sync(() => stdout += `${format(...a)}\n`),
        error: (...a) => Effect.sync(() => stderr += `${format(...a)}\n`),
        unsafe: {
          ...current.unsafe,
          log: (...a) => stdout += `${format(...a)}\n`,
          error: (...a) => stderr += `${format(...a)}\n`
        }
      })
    )
  const program = Cli.run(["node", "tr", ...oneThread(args)]).pipe(
    capturingConsole,
    Effect.provide(
      Logger.replace(Logger.defaultLogger, Logger.make(({ message }) => stderr += `${format(message)}\n`))
    ),
    Effect.provideService(Stdio, channels),
    Effect.provideService(Signals.Signals, Signals.make().service),
    Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(options.env ?? {})))),
    Effect.provide(Layer.mergeAll(options.fileSystem ?? NodeFileSystem.layer, NodePath.layer, NodeTerminal.layer))
  )
  return Effect.runPromise(program).then((status) => ({ status, stdout, stderr }))
}

/** `inProcess` of a command line as a shell would split it when nothing in it is quoted: `push testomat --json F`. */
export const trLine = (
  line: string,
  env: Readonly<Record<string, string>> = {},
  input?: string
): Promise<Ran> => inProcess(line.trim().split(/\s+/), { env, ...(input === undefined ? {} : { input }) })
