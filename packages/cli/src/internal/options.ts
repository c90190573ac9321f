/** Options and arguments several commands share, and how a handler hands back its exit code. */
import { Args } from "@effect/cli"
import { DEFAULT_CAP } from "@tr/core/BoundedText"
import * as JunitReader from "@tr/junit/JunitReader"
import { Effect, Option } from "effect"
import { availableParallelism } from "node:os"
import { ExitCode } from "../ExitCode.js"
import type * as Env from "./env.js"
import { EXECUTION_KEY } from "./env.js"
import * as Formats from "./formats.js"
import type { Reading } from "./formats.js"
import { option } from "./help.js"
import { exitWith } from "./status.js"
import { Stdio } from "./stdio.js"
import { VERSION } from "./version.js"

export { VERSION }

export { exitWith } from "./status.js"

/** Says each line on stderr, and exits with the usage code. */
export const usageLines = (lines: ReadonlyArray<string>) =>
  Effect.zipRight(
    Effect.flatMap(Stdio, (io) => Effect.sync(() => io.stderr.write(lines.map((l) => `${l}\n`).join("")))),
    exitWith(ExitCode.Usage)
  )

/** Says each problem with the command line on stderr, and exits with the usage code. */
export const usage = (problems: ReadonlyArray<string>) => usageLines(problems.map((p) => `tr: ${p}`))

/** A problem for each count or limit given below 1. */
export const belowOne = (given: ReadonlyArray<readonly [flag: string, value: number]>): Array<string> =>
  given.filter(([, n]) => n < 1).map(([flag, n]) => `${flag} must be at least 1, not ${n}`)

export const inputs = Args.text({ name: "input" }).pipe(Args.repeated)

/** The help of `inputs`. */
export const INPUTS: readonly [string, string] = [
  "INPUT...",
  "A result file, a directory (every *.xml, *.trx and *.json below it), a quoted glob, or - for stdin; a saved " +
  "canonical stream (tr convert > run.ndjson) is an input too"
]

export const quiet = option.boolean("quiet", {
  alias: "q",
  text: "Print nothing on stderr but the reason for a failure"
})

const maxText = option.integerOr("max-text", DEFAULT_CAP, {
  text: "Longest text kept per field (output, stack trace), in characters; longer text keeps its start and end, " +
    "and the cut is recorded on the test"
})

const from = option.choice("from", Formats.NAMES, {
  value: "FORMAT",
  text: `Read every input as this format (${Formats.NAMES.join(", ")}) instead of the one recognised from its content`
})

const dialect = option.choice("dialect", JunitReader.DIALECTS.map((d) => d.name), {
  value: "NAME",
  text: `Read JUnit XML as this dialect (${
    JunitReader.DIALECTS.map((d) => d.name).join(", ")
  }) instead of the one recognised from the file`
})

const executionKey = option.text("execution-key", {
  value: "KEY",
  env: EXECUTION_KEY,
  text: "Tells this machine's executions of each test from another's that reports the same tests into one run (a " +
    "CI matrix cell or shard, e.g. linux-node20): Octane's run_name, part of Testomat.io's rid"
})

/**
 * The most threads `--jobs` takes by default: each worker costs ~65 MB (BENCHMARKS.md: 4 threads peak at ~320 MB);
 * more is for a runner to ask for.
 */
const MAX_DEFAULT_JOBS = 4

/**
 * Threads that read the files when `--jobs` is not given: the cores this process may use, up to `MAX_DEFAULT_JOBS`.
 * On two idle cores two threads read 200 reports in 14.9 s against 18.5 s (BENCHMARKS.md).
 */
export const DEFAULT_JOBS = Math.min(availableParallelism(), MAX_DEFAULT_JOBS)

const JOBS = {
  text: `Threads that read files side by side, this one included (by default the cores, up to ${MAX_DEFAULT_JOBS}; ` +
    "1: one after another on this thread); the result is the same whatever N, in the order the inputs were given. " +
    "Standard input, pipes and Allure directories are read on this thread"
}

/** `--jobs N`: threads that read files side by side, this one included. */
export const jobs = option.integerOr("jobs", DEFAULT_JOBS, JOBS)

/**
 * `--jobs N` of `tr convert`, where giving it also has one large JUnit file read in pieces (`split.ts`): on two cores
 * that costs more than it saves (BENCHMARKS.md), so the default number of threads does not.
 */
export const jobsGiven = option.integer("jobs", {
  text: `${JOBS.text}. Given, a JUnit file of 32 MB or more is also read in pieces by the threads`
})

/** The flags that say how result files are read. */
export const readingOptions = { maxText, from, dialect, executionKey }

export const reading = (
  o: {
    readonly maxText: number
    readonly from: Option.Option<string>
    readonly dialect: Option.Option<string>
    readonly executionKey: Option.Option<string>
  },
  vars: Env.Vars
): Reading => {
  const key = vars.text(o.executionKey, EXECUTION_KEY)
  return {
    maxTextLength: o.maxText,
    root: process.cwd(),
    ...(Option.isSome(o.from) ? { from: o.from.value } : {}),
    ...(Option.isSome(o.dialect) ? { dialect: o.dialect.value } : {}),
    ...(key === undefined || key.trim() === "" ? {} : { executionKey: key.trim() })
  }
}
