#!/usr/bin/env node
/**
 * The runtime of every `tr` command: Node services, stderr for everything human, exit codes.
 *
 * @since 0.1.0
 */
import { ValidationError } from "@effect/cli"
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Cause, Console, Effect, Exit, Logger } from "effect"
import * as Cli from "./Cli.js"
import { ExitCode, worst } from "./ExitCode.js"
import { growthFromEnv, limitHeapGrowth } from "./internal/heap.js"
import { colorEnabled, stripAnsi } from "./internal/terminal.js"

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
  colorEnabled(stream, process.env) ? args : args.map((a) => (typeof a === "string" ? stripAnsi(a) : a))
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

const program = Effect.suspend(() => Cli.run(process.argv)).pipe(
  Effect.catchIf(ValidationError.isValidationError, () =>
    Effect.sync(() => {
      process.exitCode = ExitCode.Usage
    })),
  withPlainConsole,
  // Logs must never reach stdout, the data channel of `tr convert | tr push`.
  Effect.provide(Logger.replace(Logger.defaultLogger, Logger.withConsoleError(Logger.stringLogger))),
  Effect.provide(NodeContext.layer)
)

NodeRuntime.runMain(program, {
  disableErrorReporting: true,
  teardown: (exit, onExit) => {
    if (Exit.isFailure(exit)) {
      if (Cause.isInterruptedOnly(exit.cause)) {
        onExit(ExitCode.Interrupted)
        return
      }
      process.stderr.write(`tr: unexpected failure, please report it:\n${Cause.pretty(exit.cause)}\n`)
      onExit(ExitCode.Unexpected)
      return
    }
    onExit(stdoutGone ? worst(exitCodeSoFar(), ExitCode.BrokenPipe) : exitCodeSoFar())
  }
})
