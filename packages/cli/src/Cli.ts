/**
 * The `tr` commands and their options. Handlers live in `internal/`; this module only declares.
 *
 * @since 0.1.0
 */
import { Args, Command, Options } from "@effect/cli"
import { DEFAULT_CAP } from "@tr/core/BoundedText"
import * as Canonical from "@tr/core/Canonical"
import { Console, Effect } from "effect"
import { createRequire } from "node:module"
import type { ExitCode } from "./ExitCode.js"
import * as Convert from "./internal/convert.js"

/**
 * The version of this package, which `--version` prints and every stream header carries.
 *
 * @since 0.1.0
 * @category constants
 */
export const VERSION: string = (createRequire(import.meta.url)("../package.json") as { version: string }).version

const exitWith = (code: ExitCode) =>
  Effect.sync(() => {
    process.exitCode = code
  })

const inputs = Args.text({ name: "input" }).pipe(
  Args.withDescription("A result file, a directory (every *.xml below it), a glob (quote it), or - for stdin"),
  Args.repeated
)

const quiet = Options.boolean("quiet").pipe(
  Options.withAlias("q"),
  Options.withDescription("Print nothing on stderr but the reason for a failure")
)

const maxText = Options.integer("max-text").pipe(
  Options.withDescription(
    "Longest text kept per field (output, stack trace), in characters; longer text keeps its start and end, " +
      "and the cut is recorded on the test"
  ),
  Options.withDefault(DEFAULT_CAP)
)

const convert = Command.make(
  "convert",
  { inputs, quiet, maxText },
  (o) =>
    Convert.run({ inputs: o.inputs, quiet: o.quiet, maxTextLength: o.maxText, version: VERSION }).pipe(
      Effect.flatMap(exitWith)
    )
).pipe(
  Command.withDescription(
    "Convert test result files (JUnit XML) to the canonical NDJSON stream on stdout. Several inputs make one " +
      "stream. Exit codes: 0 all read, 3 some input missing, empty, not a report or damaged (everything readable " +
      "is still written)."
  )
)

const schema = Command.make("schema", {}, () => Console.log(JSON.stringify(Canonical.jsonSchema(), null, 2))).pipe(
  Command.withDescription("Print the JSON Schema of one line of the canonical stream")
)

const tr = Command.make("tr").pipe(
  Command.withDescription(
    "Move test results from the files test runners write into Testomat.io and ALM Octane, losing nothing."
  ),
  Command.withSubcommands([convert, schema])
)

/**
 * Runs the command line (`process.argv` shape: the first two entries are skipped).
 *
 * @since 0.1.0
 * @category running
 */
export const run = Command.run(tr, { name: "tr", version: VERSION })
