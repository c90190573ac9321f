/**
 * The `tr` commands and their options. Handlers live in `internal/`; this module only declares.
 *
 * @since 0.1.0
 */
import { Command, ValidationError } from "@effect/cli"
import * as Canonical from "@tr/core/Canonical"
import { Effect, Either, Option, Ref } from "effect"
import { ExitCode } from "./ExitCode.js"
import * as Convert from "./internal/convert.js"
import * as Env from "./internal/env.js"
import * as Help from "./internal/help.js"
import { option } from "./internal/help.js"
import { loadOctane, octane, payloadOptions, pushOctane, resolvePayload } from "./internal/octaneCommands.js"
import { octaneHelp, pushOctaneHelp } from "./internal/octaneCommands.js"
import {
  belowOne,
  DEFAULT_JOBS,
  exitWith,
  INPUTS,
  inputs,
  jobsGiven,
  quiet,
  reading,
  readingOptions,
  usage,
  usageLines,
  VERSION
} from "./internal/options.js"
import { Status } from "./internal/status.js"
import * as Stdio from "./internal/stdio.js"
import { pushTestomat, pushTestomatHelp, testomat, testomatHelp } from "./internal/testomatCommands.js"

/**
 * The version of this package, which `--version` prints and every stream header carries.
 *
 * @since 0.1.0
 * @category constants
 */
export { VERSION }

const convertConfig = {
  inputs,
  quiet,
  ...readingOptions,
  jobs: jobsGiven,
  to: option.choiceOr("to", ["ndjson", "ctrf", "junit", "octane"], "ndjson", {
    text: "What to write: the canonical stream (ndjson), one CTRF report (ctrf) or one JUnit XML document (junit) " +
      "on stdout, or ALM Octane payloads into --out (octane)"
  }),
  out: option.text("out", { value: "DIR", text: "Directory for --to octane payloads (payload-0001.xml, …)" }),
  ...payloadOptions
}

const convert = Command.make(
  "convert",
  convertConfig,
  Env.withVars((o, vars) => {
    if (o.to !== "octane") {
      if (Option.isSome(o.out)) {
        return usage([
          `--out is the directory of --to octane payloads; --to ${o.to} writes to stdout (redirect it: > FILE)`
        ])
      }
      const jobs = Option.getOrElse(o.jobs, () => DEFAULT_JOBS)
      const problems = belowOne([["--jobs", jobs]])
      if (problems.length > 0) return usage(problems)
      return Convert.run({
        inputs: o.inputs,
        quiet: o.quiet,
        reading: reading(o, vars),
        version: VERSION,
        to: o.to,
        jobs,
        split: Option.isSome(o.jobs)
      })
        .pipe(Effect.flatMap(exitWith))
    }
    const out = Option.getOrUndefined(o.out)
    const payload = resolvePayload(o, vars)
    if (out === undefined) return usage(["--to octane needs --out DIR, the directory the payloads are written to"])
    if (Either.isLeft(payload)) return usage(payload.left)
    return Effect.flatMap(loadOctane, (Octane) =>
      Octane.writePayloads({
        inputs: o.inputs.length === 0 ? ["-"] : o.inputs,
        out,
        payload: payload.right,
        quiet: o.quiet,
        reading: reading(o, vars),
        version: VERSION
      })).pipe(Effect.flatMap(exitWith))
  })
).pipe(Command.withDescription("Convert test result files to the canonical stream, CTRF, JUnit XML or Octane payloads"))

const push = Command.make("push").pipe(
  Command.withDescription("Deliver test results to a service"),
  Command.withSubcommands([pushTestomat, pushOctane])
)

const schema = Command.make("schema", {}, () => Stdio.print(`${JSON.stringify(Canonical.jsonSchema(), null, 2)}\n`))
  .pipe(
    Command.withDescription("Print the JSON Schema of one line of the canonical stream")
  )

const HELP: Help.Node = {
  name: "tr",
  purpose: "Move test results from the files test runners write into Testomat.io and ALM Octane.",
  usage: "COMMAND [OPTIONS]",
  details: [
    "When the first argument is none of these commands (tr a-z A-Z, tr -d '\\r'), the call goes unchanged to the " +
    "system's tr. Exit codes: 0 success, 1 a bug in tr, 2 usage error, 3 input problems, 4 delivery incomplete, " +
    "5 authentication refused, 6 an output could not be written, 130 interrupted, 141 the reader of stdout went " +
    "away."
  ],
  commands: [
    {
      name: "convert",
      purpose: "Convert test result files into one canonical NDJSON stream, or CTRF, JUnit XML, Octane payloads.",
      usage: "[OPTIONS] [INPUT...]",
      details: [
        "Formats are recognised by content: JUnit XML (every common dialect), NUnit, xUnit.net, TRX, TestNG, CTRF " +
        "and the canonical stream itself. Several inputs make one stream. Nothing is sent anywhere.",
        "Exit codes: 0 all read, 2 invalid options, 3 some input missing, empty, not a report or damaged " +
        "(everything readable is still written), 6 --out could not be written (disk full, no permission)."
      ],
      args: [INPUTS],
      options: convertConfig,
      examples: [
        ["tr convert results/ > run.ndjson", "every report below results/ into one stream"],
        ["tr convert 'build/**/TEST-*.xml' | tr push testomat", "straight into Testomat.io"],
        ["tr convert --to junit results/ > all.xml", "one normalised JUnit XML document"],
        ["tr convert --to octane --out payloads/ --release-id 1005 results/", "Octane payloads, nothing sent"]
      ]
    },
    {
      name: "push",
      purpose: "Deliver test results to a service.",
      commands: [pushTestomatHelp, pushOctaneHelp],
      examples: [
        ["tr push testomat results/", "into Testomat.io (TESTOMATIO holds the key)"],
        ["tr convert results/ | tr push octane", "into ALM Octane (OCTANE_* say where)"]
      ]
    },
    testomatHelp,
    octaneHelp,
    {
      name: "run",
      purpose: "Run a test command and push what it writes on stdout to a service while it runs.",
      usage: "testomat|octane [PUSH OPTIONS] [--tee FILE] -- COMMAND [ARGS...]",
      details: [
        "COMMAND's stdout is read as tr push reads stdin (a report or a live event stream such as go test -json), " +
        "test by test as it arrives, and copied to the terminal, or to FILE with --tee FILE. PUSH OPTIONS are those " +
        "of tr push testomat or tr push octane.",
        "Exit code: COMMAND's when it failed (a failing test run fails the job as it would without tr), else that of " +
        "the push (0 everything delivered, 3, 4, 5 as for tr push)."
      ],
      options: {},
      examples: [
        ["tr run testomat -- go test -json ./...", "go test's results into Testomat.io as each test ends"],
        ["tr run octane --tee tap.txt -- node --test --test-reporter=tap", "into ALM Octane, the TAP kept in a file"]
      ]
    },
    {
      name: "schema",
      purpose: "Print the JSON Schema of one line of the canonical stream.",
      options: {},
      examples: [["tr schema > tr-stream.schema.json", "save the schema"]]
    }
  ],
  examples: [
    ["tr convert results/ > run.ndjson", "convert every report below results/"],
    ["tr push testomat results/", "deliver them to Testomat.io"],
    ["tr convert results/ | tr push octane", "deliver them to ALM Octane"],
    ["tr push testomat --help", "everything push testomat takes"]
  ]
}

const tr = Command.make("tr").pipe(
  Command.withDescription(
    "Move test results from the files test runners write into Testomat.io and ALM Octane, losing nothing."
  ),
  Command.withSubcommands([convert, push, testomat, octane, schema])
)

/**
 * Runs the command line (`process.argv` shape: the first two entries are skipped) on the channels of the `Stdio`
 * service, and gives the exit code, which only the caller hands to a process.
 *
 * @since 0.1.0
 * @category running
 */
export const run = (argv: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const status = yield* Ref.make<ExitCode>(ExitCode.Ok)
    yield* dispatch(argv).pipe(
      Effect.catchIf(ValidationError.isValidationError, () => exitWith(ExitCode.Usage)),
      Effect.provideService(Status, status)
    )
    return yield* Ref.get(status)
  })

const dispatch = (argv: ReadonlyArray<string>) => {
  const asked = Help.answer(HELP, argv.slice(2))
  switch (asked._tag) {
    case "Help":
      return Stdio.print(asked.text)
    case "Mistake":
      return usageLines([asked.message])
    case "Run":
      return parse(argv)
  }
}

const parse = Command.run(tr, { name: "tr", version: VERSION })
