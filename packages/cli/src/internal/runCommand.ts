/**
 * `tr run testomat|octane [push options] [--tee FILE] -- COMMAND [ARGS…]`: runs a test command and pushes what it
 * writes on stdout while it runs, as `COMMAND | tr push SERVICE` would, but keeping what a shell pipe loses: the
 * command's exit status (a failing test run still fails the job) and its output on the terminal (or in `--tee FILE`).
 *
 * Only Node built-ins here: the push is `tr push` in a process of its own, fed by a pipe, so both ends behave exactly
 * as they do in a shell pipe (live delivery, signals, `--failed-out`, exit codes).
 */
import { spawn } from "node:child_process"
import { createWriteStream } from "node:fs"
import { constants } from "node:os"
import type { Writable } from "node:stream"
import { SERVICES } from "./passthrough.js"

export const USAGE = "usage: tr run testomat|octane [push options] [--tee FILE] -- COMMAND [ARGS...]"

export interface RunArgs {
  readonly service: string
  readonly push: ReadonlyArray<string>
  readonly tee: string | undefined
  readonly command: ReadonlyArray<string>
}

/** The arguments after `run`, or what is wrong with them. */
export const parse = (args: ReadonlyArray<string>): RunArgs | string => {
  const dashes = args.indexOf("--")
  if (dashes === -1 || dashes === args.length - 1) return `tr run: no command to run after --\n${USAGE}`
  const [service, ...options] = args.slice(0, dashes)
  if (service === undefined || !SERVICES.includes(service)) {
    return `tr run: say where the results go first (testomat or octane), not ${service ?? "nothing"}\n${USAGE}`
  }
  const push: Array<string> = []
  let tee: string | undefined
  for (let i = 0; i < options.length; i++) {
    const option = options[i]!
    if (option === "--tee" || option.startsWith("--tee=")) {
      tee = option === "--tee" ? options[++i] : option.slice("--tee=".length)
      if (tee === undefined || tee === "") return `tr run: --tee needs a file\n${USAGE}`
    } else push.push(option)
  }
  return { service, push, tee, command: args.slice(dashes + 1) }
}

/** A process's end as a shell reports it: its status, or 128 + the signal's number. */
const statusOf = (code: number | null, signal: NodeJS.Signals | null): number =>
  code ?? 128 + (signal === null ? 0 : constants.signals[signal])

/**
 * The exit status of `tr run`: the test command's when it failed (so CI fails as it would without `tr`), else the
 * push's (whether everything arrived).
 */
export const exitStatus = (command: number, push: number): number => (command !== 0 ? command : push)

const ended = (child: ReturnType<typeof spawn>) =>
  new Promise<number>((resolve) => {
    child.on("error", () => resolve(127))
    child.on("close", (code, signal) => resolve(statusOf(code, signal)))
  })

export const run = async (args: ReadonlyArray<string>, self: string): Promise<never> => {
  const parsed = parse(args)
  if (typeof parsed === "string") {
    process.stderr.write(`${parsed}\n`)
    process.exit(2)
  }
  const push = spawn(process.execPath, [self, "push", parsed.service, ...parsed.push], {
    stdio: ["pipe", "inherit", "inherit"]
  })
  const [file, ...rest] = parsed.command
  const command = spawn(file!, rest, { stdio: ["inherit", "pipe", "inherit"] })
  const commandStarted = new Promise<boolean>((resolve) => {
    command.on("spawn", () => resolve(true))
    command.on("error", (error) => {
      process.stderr.write(`tr run: could not run ${file}: ${error.message}\n`)
      resolve(false)
    })
  })
  // A push that stopped early (refused credentials) must not stop the tests: what it no longer reads is dropped.
  push.stdin.on("error", () => {})
  const copy: Writable = parsed.tee === undefined ? process.stdout : createWriteStream(parsed.tee)
  copy.on("error", (error) => process.stderr.write(`tr run: could not write the command's output: ${error.message}\n`))
  command.stdout.pipe(push.stdin)
  command.stdout.pipe(copy, { end: parsed.tee !== undefined })
  // Ctrl-C reaches the whole process group (the command and the push handle it); a signal sent to tr alone is passed
  // to the command, whose output then ends and the push finishes with what arrived.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (command.exitCode === null && command.signalCode === null) command.kill(signal)
    })
  }
  const started = await commandStarted
  if (!started) push.stdin.end()
  const [commandStatus, pushStatus] = await Promise.all([started ? ended(command) : Promise.resolve(127), ended(push)])
  process.exit(exitStatus(commandStatus, pushStatus))
}
