/** The Testomat.io commands: `tr push testomat`, `tr testomat start`, `tr testomat finish`. */
import { Command, Options } from "@effect/cli"
import { Console, Effect, Option } from "effect"
import * as Env from "./env.js"
import { belowOne, described, exitWith, inputs, quiet, reading, readingOptions, usage, VERSION } from "./options.js"
import type * as Testomat from "./pushTestomat.js"
import { unknownOption } from "./sources.js"

const E = Env.TESTOMAT_ENV

const connectionOptions = {
  apiKey: described(
    Options.optional(Options.redacted("api-key")),
    `Project API key (default: $${E.apiKey}; prefer the variable: a flag stays in shell history)`
  ),
  url: described(
    Options.optional(Options.text("url")),
    `Testomat.io base URL (default: $${E.url}, else ${Env.TESTOMAT_URL})`
  ),
  timeout: described(
    Options.optional(Options.integer("timeout")),
    `Per-request timeout in milliseconds (default: $${E.timeout}, else 30000)`
  ),
  retries: described(
    Options.withDefault(Options.integer("retries"), 6),
    "Retries of a failed request (network errors, timeouts, 408, 429, 5xx)"
  ),
  retryTime: described(
    Options.withDefault(Options.integer("retry-time"), 120),
    "Seconds after which a failing request is given up"
  ),
  rps: described(Options.optional(Options.integer("rps")), "At most this many requests a second")
}

const runOptions = {
  title: described(Options.optional(Options.text("title")), `Run title (default: $${E.title})`),
  env: described(Options.optional(Options.text("env")), `Environment of the run (default: $${E.env})`),
  groupTitle: described(
    Options.optional(Options.text("group-title")),
    `Put the run into this run group (default: $${E.groupTitle})`
  ),
  sharedRun: described(Options.boolean("shared-run"), `Let several machines report into one run (or $${E.sharedRun})`),
  parallel: described(Options.boolean("parallel"), "Mark the run as parallel")
}

type ConnectionValues = {
  readonly [K in keyof typeof connectionOptions]: (typeof connectionOptions)[K] extends Options.Options<infer A> ? A
    : never
}

/** The push and its HTTP client are loaded when a Testomat.io command runs: `tr convert` starts without them. */
const loadTestomat = Effect.promise(() => import("./pushTestomat.js"))

const badUrl = (o: ConnectionValues): Array<string> => {
  const problem = Env.urlProblem(o.url, E.url)
  return problem === undefined ? [] : [problem]
}

const connection = (o: ConnectionValues): Testomat.Connection => ({
  apiKey: Env.secret(o.apiKey, E.apiKey),
  url: Env.text(o.url, E.url) ?? Env.TESTOMAT_URL,
  timeoutMs: Env.number(o.timeout, E.timeout) ?? 30_000,
  retries: o.retries,
  retryTimeSeconds: o.retryTime,
  requestsPerSecond: Option.getOrUndefined(o.rps)
})

const runParams = (
  o: {
    title: Option.Option<string>
    env: Option.Option<string>
    groupTitle: Option.Option<string>
    sharedRun: boolean
    parallel: boolean
  }
) => {
  const title = Env.text(o.title, E.title)
  const env = Env.text(o.env, E.env)
  const group = Env.text(o.groupTitle, E.groupTitle)
  const shared = Env.flag(o.sharedRun, E.sharedRun)
  return {
    ...(title === undefined ? {} : { title }),
    ...(env === undefined ? {} : { env }),
    ...(group === undefined ? {} : { group_title: group }),
    ...(shared ? { shared_run: true } : {}),
    ...(o.parallel ? { parallel: true } : {})
  }
}

export const pushTestomat = Command.make(
  "testomat",
  {
    inputs,
    ...connectionOptions,
    ...runOptions,
    run: described(Options.optional(Options.text("run")), `Report into this existing run (default: $${E.run})`),
    create: described(Options.boolean("create"), `Create tests Testomat.io does not know yet (or $${E.create})`),
    noFinish: described(Options.boolean("no-finish"), `Leave the run open at the end (or $${E.proceed})`),
    batchSize: described(Options.withDefault(Options.integer("batch-size"), 500), "Most tests in one request"),
    batchBytes: described(
      Options.withDefault(Options.integer("batch-bytes"), 1024 * 1024),
      "Most bytes of tests in one request"
    ),
    linger: described(
      Options.withDefault(Options.integer("linger"), 1000),
      "Milliseconds a partial batch waits for more tests (at least 1)"
    ),
    concurrency: described(Options.withDefault(Options.integer("concurrency"), 4), "Requests in flight at once"),
    passedOutput: described(Options.boolean("passed-output"), "Send the output of passed tests too"),
    maxStack: described(
      Options.withDefault(Options.integer("max-stack"), 64 * 1024),
      "Longest stack (failures and output) sent per test, in characters"
    ),
    ridPrefix: described(
      Options.optional(Options.text("rid-prefix")),
      "Prefix of every rid: tells apart machines that report the same tests into one run"
    ),
    failedOut: described(
      Options.optional(Options.text("failed-out")),
      "Write the tests that did not arrive to this file, as a canonical stream to push again"
    ),
    dryRun: described(
      Options.boolean("dry-run"),
      "Print the requests that would be sent (key masked) and send nothing"
    ),
    json: described(Options.boolean("json"), "Print the summary as JSON on stdout"),
    quiet,
    ...readingOptions
  },
  (o) =>
    Effect.suspend(() => {
      const unknown = unknownOption(o.inputs)
      if (unknown !== undefined) return usage([`unknown option ${unknown} (see tr push testomat --help)`])
      const limits = [
        ...badUrl(o),
        ...belowOne([
          ["--batch-size", o.batchSize],
          ["--batch-bytes", o.batchBytes],
          ["--linger", o.linger],
          ["--concurrency", o.concurrency]
        ])
      ]
      if (limits.length > 0) return usage(limits)
      const runId = Env.text(o.run, E.run)
      return Effect.flatMap(loadTestomat, (Testomat) =>
        Testomat.push({
          inputs: o.inputs,
          connection: connection(o),
          runId,
          run: runParams(o),
          create: Env.flag(o.create, E.create),
          finish: !Env.flag(o.noFinish, E.proceed),
          batchSize: o.batchSize,
          batchBytes: o.batchBytes,
          lingerMs: o.linger,
          concurrency: o.concurrency,
          passedOutput: o.passedOutput,
          maxStack: o.maxStack,
          ridPrefix: Option.getOrUndefined(o.ridPrefix),
          failedOut: Option.getOrUndefined(o.failedOut),
          dryRun: o.dryRun,
          json: o.json,
          quiet: o.quiet,
          reading: reading(o),
          version: VERSION
        })).pipe(Effect.flatMap(exitWith))
    })
).pipe(
  Command.withDescription(
    "Deliver test results to a Testomat.io run: result files given as inputs, or the canonical stream of " +
      "`tr convert` on stdin. Exit codes: 0 all delivered, 3 input problems (all readable tests delivered), " +
      "4 delivery incomplete, 5 API key refused."
  )
)

const testomatStart = Command.make(
  "start",
  { ...connectionOptions, ...runOptions, quiet },
  (o) =>
    badUrl(o).length > 0 ? usage(badUrl(o)) : Effect.flatMap(loadTestomat, (Testomat) =>
      Testomat.runOnce(
        connection(o),
        o.quiet,
        (client, terminal) =>
          Effect.tap(client.createRun(runParams(o)), (run) =>
            Effect.zipRight(
              Effect.sync(() => terminal.line(`run ${run.uid} created${run.url ? `: ${run.url}` : ""}`)),
              Console.log(run.uid)
            ))
      )).pipe(Effect.flatMap(exitWith))
).pipe(
  Command.withDescription(
    "Create a run for sharded CI and print its id: machines push into it with --run ID (or TESTOMATIO_RUN), " +
      "and `tr testomat finish --run ID` closes it once"
  )
)

const testomatFinish = Command.make(
  "finish",
  {
    ...connectionOptions,
    run: described(Options.optional(Options.text("run")), `The run to finish (default: $${E.run})`),
    status: described(
      Options.withDefault(Options.choice("status", ["finish", "pass", "fail"]), "finish"),
      "finish: the service derives the status from the tests; pass or fail force it"
    ),
    quiet
  },
  (o) => {
    const runId = Env.text(o.run, E.run)
    if (runId === undefined) return usage([`which run? give --run ID or set ${E.run}`])
    if (badUrl(o).length > 0) return usage(badUrl(o))
    return Effect.flatMap(loadTestomat, (Testomat) =>
      Testomat.runOnce(
        connection(o),
        o.quiet,
        (client, terminal) =>
          Effect.tap(
            client.finishRun(runId, { statusEvent: o.status }),
            () => Effect.sync(() => terminal.line(`run ${runId} finished`))
          )
      )).pipe(Effect.flatMap(exitWith))
  }
).pipe(Command.withDescription("Finish a run once every machine has pushed into it"))

export const testomat = Command.make("testomat").pipe(
  Command.withDescription("Manage Testomat.io runs for sharded CI"),
  Command.withSubcommands([testomatStart, testomatFinish])
)
