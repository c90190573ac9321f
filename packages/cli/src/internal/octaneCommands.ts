/** The ALM Octane commands: `tr push octane`, `tr octane xsd`, and the options `tr convert --to octane` shares. */
import { Command, Options } from "@effect/cli"
import * as OctanePayload from "@tr/octane/OctanePayload"
import * as OctaneRun from "@tr/octane/OctaneRun"
import type * as OctaneSink from "@tr/octane/OctaneSink"
import { Effect, Either, Option } from "effect"
import * as Env from "./env.js"
import { belowOne, described, exitWith, inputs, quiet, reading, readingOptions, usage, VERSION } from "./options.js"
import type * as Octane from "./pushOctane.js"
import { unknownOption } from "./sources.js"

const E = Env.OCTANE_ENV

const text = (name: string, env: string, what: string) =>
  described(Options.optional(Options.text(name)), `${what} (default: $${env})`)

const connectionOptions = {
  url: text("url", E.url, "ALM Octane server URL"),
  sharedSpace: text("shared-space", E.sharedSpace, "Shared space id"),
  workspace: text("workspace", E.workspace, "Workspace id"),
  clientId: text("client-id", E.clientId, `API access client id (or $${E.user} with $${E.password})`),
  clientSecret: described(
    Options.optional(Options.redacted("client-secret")),
    `API access secret (default: $${E.clientSecret}; prefer the variable: a flag stays in shell history)`
  ),
  timeout: described(Options.withDefault(Options.integer("timeout"), 60_000), "Per-request timeout in milliseconds"),
  retries: described(
    Options.withDefault(Options.integer("retries"), 6),
    "Retries of a failed request (network errors, timeouts, 408, 429, 502, 503, 504)"
  ),
  retryTime: described(
    Options.withDefault(Options.integer("retry-time"), 120),
    "Seconds after which a failing request is given up"
  ),
  rps: described(
    Options.withDefault(Options.integer("rps"), 20),
    "At most this many requests a second, sign-in and polls included"
  )
}

type Values<T> = { readonly [K in keyof T]: T[K] extends Options.Options<infer A> ? A : never }

/**
 * The push, its HTTP client and validator are loaded when an Octane command runs: `tr convert` starts without them.
 */
export const loadOctane = Effect.promise(() => import("./pushOctane.js"))

const badUrl = (o: Values<typeof connectionOptions>): Array<string> => {
  const problem = Env.urlProblem(o.url, E.url)
  return problem === undefined ? [] : [problem]
}

const connection = (o: Values<typeof connectionOptions>): Octane.Connection => {
  const clientId = Env.text(o.clientId, E.clientId)
  const secret = Env.secret(o.clientSecret, E.clientSecret)
  const user = Env.text(Option.none(), E.user)
  const password = Env.secret(Option.none(), E.password)
  const credentials: Octane.Connection["credentials"] = clientId !== undefined && secret !== undefined
    ? { kind: "apiKey", clientId, clientSecret: secret }
    : user !== undefined && password !== undefined
    ? { kind: "user", user, password }
    : undefined
  return {
    url: Env.text(o.url, E.url),
    sharedSpace: Env.text(o.sharedSpace, E.sharedSpace),
    workspace: Env.text(o.workspace, E.workspace),
    credentials,
    timeoutMs: o.timeout,
    retries: o.retries,
    retryTimeSeconds: o.retryTime,
    requestsPerSecond: o.rps
  }
}

const repeated = (name: string, what: string) => described(Options.repeated(Options.text(name)), what)

/** The run-level context, and how payloads are built: shared by `tr push octane` and `tr convert --to octane`. */
export const payloadOptions = {
  serverId: text("server-id", E.serverId, "CI server id of the build (with --job-id and --build-id)"),
  jobId: text("job-id", E.jobId, "Job id of the build"),
  jobName: text("job-name", E.jobName, "Job name of the build"),
  buildId: text("build-id", E.buildId, "Build id"),
  buildName: text("build-name", E.buildName, "Build name"),
  releaseId: text("release-id", E.releaseId, "Release id (release_ref)"),
  release: text("release", E.release, "Release name (`_default_` for the default release); not with --release-id"),
  milestoneId: text("milestone-id", E.milestoneId, "Milestone id"),
  programId: text("program-id", E.programId, "Program id"),
  suiteId: text("suite-id", E.suiteId, "Test suite id"),
  backlogItem: repeated("backlog-item", `Backlog item id, repeatable (default: $${E.backlogItems}, comma-separated)`),
  productArea: repeated("product-area", `Product area id, repeatable (default: $${E.productAreas}, comma-separated)`),
  testField: repeated(
    "test-field",
    `TYPE=VALUE, TYPE one of ${
      OctanePayload.TEST_FIELD_TYPES.join(", ")
    }; repeatable (default: $${E.testFields}, semicolon-separated)`
  ),
  taxonomy: repeated(
    "taxonomy",
    `Environment TYPE=VALUE, repeatable (default: $${E.environment}, semicolon-separated)`
  ),
  module: text("module", E.module, "Module (component) of every test"),
  runName: text("run-name", E.runName, "Run name of every test run"),
  reportUrl: text("report-url", E.reportUrl, "External report URL of every test run (http or https)"),
  chunkSize: described(
    Options.withDefault(Options.integer("chunk-size"), OctanePayload.MAX_TESTS),
    "Tests per payload, 1 to 1000"
  )
}

const pairs = (values: ReadonlyArray<string>, what: string, problems: Array<string>) =>
  values.flatMap((v) => {
    const eq = v.indexOf("=")
    if (eq <= 0) {
      problems.push(`${what} "${v}" is not TYPE=VALUE`)
      return []
    }
    return [{ type: v.slice(0, eq).trim(), value: v.slice(eq + 1).trim() }]
  })

/** The payload options of the flags and variables, or every problem with them. */
export const resolvePayload = (
  o: Values<typeof payloadOptions>
): Either.Either<OctaneSink.PayloadOptions, ReadonlyArray<string>> => {
  const problems: Array<string> = []
  const serverId = Env.text(o.serverId, E.serverId)
  const jobId = Env.text(o.jobId, E.jobId)
  const buildId = Env.text(o.buildId, E.buildId)
  const jobName = Env.text(o.jobName, E.jobName)
  const buildName = Env.text(o.buildName, E.buildName)
  const anyBuild = [serverId, jobId, buildId, jobName, buildName].some((v) => v !== undefined)
  const releaseId = Env.text(o.releaseId, E.releaseId)
  const releaseName = Env.text(o.release, E.release)
  if (releaseId !== undefined && releaseName !== undefined) {
    problems.push("give a release id or a release name, not both")
  }
  const milestoneId = Env.text(o.milestoneId, E.milestoneId)
  const programId = Env.text(o.programId, E.programId)
  const suiteId = Env.text(o.suiteId, E.suiteId)
  const backlog = Env.list(o.backlogItem, E.backlogItems, ",")
  const areas = Env.list(o.productArea, E.productAreas, ",")
  const testFields = pairs(Env.list(o.testField, E.testFields, ";"), "test field", problems)
  const environment = pairs(Env.list(o.taxonomy, E.environment, ";"), "taxonomy", problems)
  if (o.chunkSize < 1 || o.chunkSize > OctanePayload.MAX_TESTS) {
    problems.push(`--chunk-size must be 1 to ${OctanePayload.MAX_TESTS}, not ${o.chunkSize}`)
  }
  const context: OctanePayload.Context = {
    ...(anyBuild
      ? {
        build: {
          serverId: serverId ?? "",
          jobId: jobId ?? "",
          buildId: buildId ?? "",
          ...(jobName === undefined ? {} : { jobName }),
          ...(buildName === undefined ? {} : { buildName })
        }
      }
      : {}),
    ...(suiteId === undefined ? {} : { suite: { id: suiteId } }),
    ...(programId === undefined ? {} : { programId }),
    ...(releaseId !== undefined
      ? { release: { id: releaseId } }
      : releaseName !== undefined
      ? { release: { name: releaseName } }
      : {}),
    ...(milestoneId === undefined ? {} : { milestoneId }),
    ...(backlog.length === 0 ? {} : { backlogItemIds: backlog }),
    ...(areas.length === 0 ? {} : { productAreaIds: areas }),
    ...(testFields.length === 0
      ? {}
      : { testFields: testFields as ReadonlyArray<{ type: OctanePayload.TestFieldType; value: string }> }),
    ...(environment.length === 0 ? {} : { environment })
  }
  problems.push(...OctanePayload.problems(context))
  if (problems.length > 0) return Either.left(problems)
  const module = Env.text(o.module, E.module)
  const runName = Env.text(o.runName, E.runName)
  const reportUrl = Env.text(o.reportUrl, E.reportUrl)
  return Either.right({
    context,
    chunkSize: o.chunkSize,
    linger: "2 seconds",
    run: {
      ...OctaneRun.defaultRunOptions,
      ...(module === undefined ? {} : { module }),
      ...(runName === undefined ? {} : { runName }),
      ...(reportUrl === undefined ? {} : { externalReportUrl: reportUrl })
    }
  })
}

export const pushOctane = Command.make(
  "octane",
  {
    inputs,
    ...connectionOptions,
    ...payloadOptions,
    skipErrors: described(
      Options.boolean("skip-errors"),
      `Ask the server to skip what it cannot resolve (or $${E.skipErrors})`
    ),
    noWait: described(
      Options.boolean("no-wait"),
      "Do not poll the tasks: stop once the server has queued every payload"
    ),
    noValidate: described(
      Options.boolean("no-validate"),
      "Do not check payloads against the server's XSD before sending them"
    ),
    maxPending: described(
      Options.withDefault(Options.integer("max-pending"), 8),
      "Payloads being polled at once, at most"
    ),
    postsInFlight: described(
      Options.withDefault(Options.integer("posts-in-flight"), 4),
      "POSTs under way at once, at most (the executions of one test still arrive in order)"
    ),
    failedOut: described(
      Options.optional(Options.text("failed-out")),
      "Write the tests that were not accepted to this file, as a canonical stream to push again"
    ),
    json: described(Options.boolean("json"), "Print the summary as JSON on stdout"),
    quiet,
    ...readingOptions
  },
  (o) => {
    const unknown = unknownOption(o.inputs)
    if (unknown !== undefined) return usage([`unknown option ${unknown} (see tr push octane --help)`])
    const payload = resolvePayload(o)
    if (Either.isLeft(payload)) return usage(payload.left)
    const limits = [
      ...badUrl(o),
      ...belowOne([["--max-pending", o.maxPending], ["--posts-in-flight", o.postsInFlight]])
    ]
    if (limits.length > 0) return usage(limits)
    return Effect.flatMap(loadOctane, (Octane) =>
      Octane.push({
        inputs: o.inputs,
        connection: connection(o),
        payload: payload.right,
        skipErrors: Env.flag(o.skipErrors, E.skipErrors),
        wait: !o.noWait,
        validate: !o.noValidate,
        maxPending: o.maxPending,
        postsInFlight: o.postsInFlight,
        failedOut: Option.getOrUndefined(o.failedOut),
        json: o.json,
        quiet: o.quiet,
        reading: reading(o),
        version: VERSION
      })).pipe(Effect.flatMap(exitWith))
  }
).pipe(
  Command.withDescription(
    "Deliver test results to ALM Octane in payloads of at most 1000 tests, each checked against the server's XSD, " +
      "pushed, and polled until processed: result files given as inputs, or the canonical stream of `tr convert` " +
      "on stdin. Exit codes: 0 all accepted, 2 invalid options, 3 input problems, 4 some tests not accepted, " +
      "5 credentials refused."
  )
)

const octaneXsd = Command.make(
  "xsd",
  { ...connectionOptions, quiet },
  (o) =>
    badUrl(o).length > 0
      ? usage(badUrl(o))
      : Effect.flatMap(loadOctane, (Octane) => Octane.xsd(connection(o), o.quiet)).pipe(Effect.flatMap(exitWith))
).pipe(
  Command.withDescription("Print the XSD the server checks test-results payloads against")
)

export const octane = Command.make("octane").pipe(
  Command.withDescription("ALM Octane utilities"),
  Command.withSubcommands([octaneXsd])
)
