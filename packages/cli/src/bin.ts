#!/usr/bin/env node
/**
 * The runtime of every `tr` command: Node services, stderr for everything human, exit codes.
 *
 * @since 0.1.0
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodePath from "@effect/platform-node/NodePath"
import * as NodeTerminal from "@effect/platform-node/NodeTerminal"
import { Cause, Console, Effect, Exit, Layer, Logger } from "effect"
import * as Cli from "./Cli.js"
import { ExitCode, worst } from "./ExitCode.js"
import { growthFromEnv, limitHeapGrowth } from "./internal/heap.js"
import * as Signals from "./internal/signals.js"
import * as Stdio from "./internal/stdio.js"
import { stripAnsi } from "./internal/terminal.js"

limitHeapGrowth(growthFromEnv(process.env))

// The reader of stdout may leave after our last write was accepted (`tr convert report.xml | head -2`): the error
// then arrives when no write waits for it (even after the teardown), and unhandled it would be a stack trace. Exit as
// a shell reports SIGPIPE.
let stdoutGone = false
const exitCodeSoFar = () => (typeof process.exitCode === "number" ? process.exitCode : ExitCode.Ok) as ExitCode
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error
  stdoutGone = true
  process.exitCode = worst(exitCodeSoFar(), ExitCode.BrokenPipe)
})

// @effect/cli colours its help and errors even when piped or under NO_COLOR: strip them there.
const clean = (stream: NodeJS.WriteStream, args: ReadonlyArray<unknown>) =>
  Stdio.colorEnabled(stream, process.env) ? args : args.map((a) => (typeof a === "string" ? stripAnsi(a) : a))
const withPlainConsole = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Console.consoleWith((current) =>
    Effect.withConsole(effect, {
      ...current,
      log: (...args) => current.log(...clean(process.stdout, args)),
      error: (...args) => current.error(...clean(process.stderr, args)),
      unsafe: {
        ...current.unsafe,
        log: (...args) => current.unsafe.log(...clean(process.stdout, args)),
        error: (...args) => current.unsafe.error(...clean(process.stderr, args))
      }
    })
  )

const signals = Signals.make()

const program = Effect.suspend(() => Cli.run(process.argv)).pipe(
  withPlainConsole,
  // Logs must never reach stdout, the data channel of `tr convert | tr push`.
  Effect.provide(Logger.replace(Logger.defaultLogger, Logger.withConsoleError(Logger.stringLogger))),
  Effect.provideService(Signals.Signals, signals.service),
  // What @effect/cli needs, and no more: NodeContext would also load child_process and worker_threads at every start.
  Effect.provide(Layer.mergeAll(NodeFileSystem.layer, NodePath.layer, NodeTerminal.layer, Stdio.layer))
)

const codeOf = (exit: Exit.Exit<ExitCode, unknown>): ExitCode => {
  if (Exit.isSuccess(exit)) return stdoutGone ? worst(exit.value, ExitCode.BrokenPipe) : exit.value
  if (Cause.isInterruptedOnly(exit.cause)) return ExitCode.Interrupted
  process.stderr.write(`tr: unexpected failure, please report it:\n${Cause.pretty(exit.cause)}\n`)
  return ExitCode.Unexpected
}

// NodeRuntime.runMain's way, with our own signal handling: it would interrupt a push at the first signal.
const keepAlive = setInterval(() => {}, 2 ** 31 - 1)
const fiber = Effect.runFork(program)
const removeSignals = signals.install(fiber)
fiber.addObserver((exit) => {
  clearInterval(keepAlive)
  removeSignals()
  const code = codeOf(exit)
  process.exitCode = code
  if (code !== ExitCode.Ok || signals.received()) process.exit(code)
})
