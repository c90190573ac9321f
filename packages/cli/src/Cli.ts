/**
 * The `tr` commands and their options. Handlers live in `internal/`; this module only declares.
 *
 * @since 0.1.0
 */
import { Command, Options } from "@effect/cli"
import * as Canonical from "@tr/core/Canonical"
import { Console, Effect, Either, Option } from "effect"
import * as Convert from "./internal/convert.js"
import { loadOctane, octane, payloadOptions, pushOctane, resolvePayload } from "./internal/octaneCommands.js"
import { described, exitWith, inputs, quiet, reading, readingOptions, usage, VERSION } from "./internal/options.js"
import { pushTestomat, testomat } from "./internal/testomatCommands.js"

/**
 * The version of this package, which `--version` prints and every stream header carries.
 *
 * @since 0.1.0
 * @category constants
 */
export { VERSION }

const convert = Command.make(
  "convert",
  {
    inputs,
    quiet,
    ...readingOptions,
    to: described(
      Options.withDefault(Options.choice("to", ["ndjson", "ctrf", "junit", "octane"]), "ndjson"),
      "What to write: the canonical stream (ndjson), one CTRF report (ctrf) or one JUnit XML document (junit) on stdout, or ALM Octane payloads into --out (octane)"
    ),
    out: described(Options.optional(Options.text("out")), "Directory for --to octane payloads (payload-0001.xml, …)"),
    ...payloadOptions
  },
  (o) => {
    if (o.to !== "octane") {
      return Convert.run({ inputs: o.inputs, quiet: o.quiet, reading: reading(o), version: VERSION, to: o.to }).pipe(
        Effect.flatMap(exitWith)
      )
    }
    const out = Option.getOrUndefined(o.out)
    const payload = resolvePayload(o)
    if (out === undefined) return usage(["--to octane needs --out DIR, the directory the payloads are written to"])
    if (Either.isLeft(payload)) return usage(payload.left)
    return Effect.flatMap(loadOctane, (Octane) =>
      Octane.writePayloads({
        inputs: o.inputs.length === 0 ? ["-"] : o.inputs,
        out,
        payload: payload.right,
        quiet: o.quiet,
        reading: reading(o),
        version: VERSION
      })).pipe(Effect.flatMap(exitWith))
  }
).pipe(
  Command.withDescription(
    "Convert test result files (JUnit, NUnit, xUnit.net, TRX, TestNG, CTRF; recognised by content) to the canonical NDJSON stream on stdout, or with --to to CTRF, JUnit XML, or ALM " +
      "Octane payload files (nothing is sent). Several inputs make one stream. Exit codes: 0 all read, 2 invalid " +
      "options, 3 some input missing, empty, not a report or damaged (everything readable is still written)."
  )
)

const push = Command.make("push").pipe(
  Command.withDescription("Deliver test results to a service"),
  Command.withSubcommands([pushTestomat, pushOctane])
)

const schema = Command.make("schema", {}, () => Console.log(JSON.stringify(Canonical.jsonSchema(), null, 2))).pipe(
  Command.withDescription("Print the JSON Schema of one line of the canonical stream")
)

const tr = Command.make("tr").pipe(
  Command.withDescription(
    "Move test results from the files test runners write into Testomat.io and ALM Octane, losing nothing."
  ),
  Command.withSubcommands([convert, push, testomat, octane, schema])
)

/**
 * Runs the command line (`process.argv` shape: the first two entries are skipped).
 *
 * @since 0.1.0
 * @category running
 */
export const run = Command.run(tr, { name: "tr", version: VERSION })
