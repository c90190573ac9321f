/** The ALM Octane commands: `tr push octane`, `tr octane xsd`, and the options `tr convert --to octane` shares. */
import type { Options } from "@effect/cli"
import { Command } from "@effect/cli"
import * as OctanePayload from "@tr/octane/OctanePayload"
import * as OctaneRun from "@tr/octane/OctaneRun"
import type * as OctaneSink from "@tr/octane/OctaneSink"
import { Duration, Effect, Either, Option } from "effect"
import * as Env from "./env.js"
import { featureTextFinder } from "./features.js"
import type * as Help from "./help.js"
import { option } from "./help.js"
import { belowOne, exitWith, INPUTS, inputs, jobs, quiet, reading, readingOptions, usage, VERSION } from "./options.js"
import type * as Octane from "./pushOctane.js"

const E = Env.OCTANE_ENV

const text = (name: string, env: string, what: string, value = "ID") => option.text(name, { value, env, text: what })

const connectionOptions = {
  url: text("url", E.url, "ALM Octane server URL", "URL"),
  sharedSpace: text("shared-space", E.sharedSpace, "Shared space id"),
  workspace: text("workspace", E.workspace, "Workspace id"),
  clientId: text("client-id", E.clientId, `API access client id (or ${E.user} with ${E.password})`),
  clientSecret: option.secret("client-secret", {
    value: "SECRET",
    env: E.clientSecret,
    text: "API access secret; prefer the variable: a flag stays in shell history"
  }),
  timeout: option.integerOr("timeout", 60_000, { value: "MS", text: "Per-request timeout in milliseconds" }),
  retries: option.integerOr("retries", 6, {
    text: "Retries of a failed request (network errors, timeouts, 408, 429, 502, 503, 504)"
  }),
  retryTime: option.integerOr("retry-time", 120, {
    value: "SECONDS",
    text: "Seconds after which a failing request is given up"
  }),
  rps: option.integerOr("rps", 20, { text: "At most this many requests a second, sign-in and polls included" })
}

type Values<T> = { readonly [K in keyof T]: T[K] extends Options.Options<infer A> ? A : never }

/**
 * The push, its HTTP client and validator are loaded when an Octane command runs: `tr convert` starts without them.
 */
export const loadOctane = Effect.promise(() => import("./pushOctane.js"))

const badUrl = (o: Values<typeof connectionOptions>, vars: Env.Vars): Array<string> => {
  const problem = vars.urlProblem(o.url, E.url)
  return problem === undefined ? [] : [problem]
}

const connection = (o: Values<typeof connectionOptions>, vars: Env.Vars): Octane.Connection => {
  const clientId = vars.text(o.clientId, E.clientId)
  const secret = vars.secret(o.clientSecret, E.clientSecret)
  const user = vars.text(Option.none(), E.user)
  const password = vars.secret(Option.none(), E.password)
  const credentials: Octane.Connection["credentials"] = clientId !== undefined && secret !== undefined
    ? { kind: "apiKey", clientId, clientSecret: secret }
    : user !== undefined && password !== undefined
    ? { kind: "user", user, password }
    : undefined
  return {
    url: vars.text(o.url, E.url),
    sharedSpace: vars.text(o.sharedSpace, E.sharedSpace),
    workspace: vars.text(o.workspace, E.workspace),
    credentials,
    timeoutMs: o.timeout,
    retries: o.retries,
    retryTimeSeconds: o.retryTime,
    requestsPerSecond: o.rps
  }
}

const repeated = (name: string, env: string, value: string, what: string) =>
  option.repeated(name, { value, env, text: what })

/** The run-level context, and how payloads are built: shared by `tr push octane` and `tr convert --to octane`. */
export const payloadOptions = {
  serverId: text("server-id", E.serverId, "CI server id of the build (with --job-id and --build-id)"),
  jobId: text("job-id", E.jobId, "Job id of the build"),
  jobName: text("job-name", E.jobName, "Job name of the build", "NAME"),
  buildId: text("build-id", E.buildId, "Build id"),
  buildName: text("build-name", E.buildName, "Build name", "NAME"),
  releaseId: text("release-id", E.releaseId, "Release id (release_ref)"),
  release: text(
    "release",
    E.release,
    "Release name (_default_ for the default release); not with --release-id",
    "NAME"
  ),
  milestoneId: text("milestone-id", E.milestoneId, "Milestone id"),
  programId: text("program-id", E.programId, "Program id"),
  suiteId: text("suite-id", E.suiteId, "Test suite id"),
  backlogItem: repeated("backlog-item", E.backlogItems, "ID", "Backlog item id (the variable: comma-separated)"),
  productArea: repeated("product-area", E.productAreas, "ID", "Product area id (the variable: comma-separated)"),
  testField: repeated(
    "test-field",
    E.testFields,
    "TYPE=VALUE",
    `Test field, TYPE one of ${OctanePayload.TEST_FIELD_TYPES.join(", ")}; TYPE:VALUE also taken (the variable: ` +
      "semicolon-separated)"
  ),
  taxonomy: repeated(
    "taxonomy",
    E.environment,
    "TYPE=VALUE",
    "Environment taxonomy (the variable: semicolon-separated)"
  ),
  module: text("module", E.module, "Module (component) of every test", "NAME"),
  runName: text("run-name", E.runName, "Run name of every test run", "NAME"),
  reportUrl: text("report-url", E.reportUrl, "External report URL of every test run (http or https)", "URL"),
  featuresRoot: text(
    "features-root",
    E.featuresRoot,
    "Where the .feature files of Cucumber reports are (also looked for beside the report and in the working directory)",
    "DIR"
  ),
  chunkSize: option.integerOr("chunk-size", OctanePayload.MAX_TESTS, { text: "Tests per payload, 1 to 1000" })
}

const pairs = (values: ReadonlyArray<string>, what: string, problems: Array<string>) =>
  values.flatMap((v) => {
    // TYPE=VALUE, or the collection tool's TYPE:VALUE.
    const eq = v.includes("=") ? v.indexOf("=") : v.indexOf(":")
    if (eq <= 0) {
      problems.push(`${what} "${v}" is not TYPE=VALUE`)
      return []
    }
    return [{ type: v.slice(0, eq).trim(), value: v.slice(eq + 1).trim() }]
  })

/** The payload options of the flags and variables, or every problem with them. */
export const resolvePayload = (
  o: Values<typeof payloadOptions>,
  vars: Env.Vars
): Either.Either<Omit<OctaneSink.PayloadOptions, "linger">, ReadonlyArray<string>> => {
  const problems: Array<string> = []
  const serverId = vars.text(o.serverId, E.serverId)
  const jobId = vars.text(o.jobId, E.jobId)
  const buildId = vars.text(o.buildId, E.buildId)
  const jobName = vars.text(o.jobName, E.jobName)
  const buildName = vars.text(o.buildName, E.buildName)
  const anyBuild = [serverId, jobId, buildId, jobName, buildName].some((v) => v !== undefined)
  const releaseId = vars.text(o.releaseId, E.releaseId)
  const releaseName = vars.text(o.release, E.release)
  if (releaseId !== undefined && releaseName !== undefined) {
    problems.push("give a release id or a release name, not both")
  }
  const milestoneId = vars.text(o.milestoneId, E.milestoneId)
  const programId = vars.text(o.programId, E.programId)
  const suiteId = vars.text(o.suiteId, E.suiteId)
  const backlog = vars.list(o.backlogItem, E.backlogItems, ",")
  const areas = vars.list(o.productArea, E.productAreas, ",")
  const testFields = pairs(vars.list(o.testField, E.testFields, ";"), "test field", problems)
  const environment = pairs(vars.list(o.taxonomy, E.environment, ";"), "taxonomy", problems)
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
  const module = vars.text(o.module, E.module)
  const runName = vars.text(o.runName, E.runName)
  const reportUrl = vars.text(o.reportUrl, E.reportUrl)
  return Either.right({
    context,
    featureText: featureTextFinder(vars.text(o.featuresRoot, E.featuresRoot)),
    chunkSize: o.chunkSize,
    run: {
      ...OctaneRun.defaultRunOptions,
      ...(module === undefined ? {} : { module }),
      ...(runName === undefined ? {} : { runName }),
      ...(reportUrl === undefined ? {} : { externalReportUrl: reportUrl })
    }
  })
}

const pushConfig = {
  inputs,
  ...connectionOptions,
  ...payloadOptions,
  skipErrors: option.boolean("skip-errors", {
    env: E.skipErrors,
    text: "Ask the server to skip what it cannot resolve"
  }),
  noWait: option.boolean("no-wait", { text: "Do not poll the tasks: stop once the server has queued every payload" }),
  noValidate: option.boolean("no-validate", {
    text: "Do not check payloads against the server's XSD before sending them"
  }),
  linger: option.integerOr("linger", 1000, {
    value: "MS",
    text: "Milliseconds a partial payload waits for more tests (at least 1)"
  }),
  maxPending: option.integerOr("max-pending", 8, { text: "Payloads being polled at once, at most" }),
  postsInFlight: option.integerOr("posts-in-flight", 4, {
    text: "POSTs under way at once, at most (the executions of one test still arrive in order)"
  }),
  waitTimeout: option.integerOr("wait-timeout", 180, {
    text: "Seconds to poll a payload's task before reporting it unconfirmed (with its task id) and going on"
  }),
  failedOut: option.text("failed-out", {
    value: "FILE",
    text: "Write the tests that were not accepted to this file, as a canonical stream to push again"
  }),
  json: option.boolean("json", { text: "Print the summary as JSON on stdout" }),
  quiet,
  jobs,
  ...readingOptions
}

export const pushOctane = Command.make(
  "octane",
  pushConfig,
  Env.withVars((o, vars) => {
    const payload = resolvePayload(o, vars)
    if (Either.isLeft(payload)) return usage(payload.left)
    const limits = [
      ...badUrl(o, vars),
      ...belowOne([
        ["--linger", o.linger],
        ["--max-pending", o.maxPending],
        ["--posts-in-flight", o.postsInFlight],
        ["--wait-timeout", o.waitTimeout],
        ["--jobs", o.jobs]
      ])
    ]
    if (limits.length > 0) return usage(limits)
    return Effect.flatMap(loadOctane, (Octane) =>
      Octane.push({
        inputs: o.inputs,
        connection: connection(o, vars),
        payload: { ...payload.right, linger: Duration.millis(o.linger) },
        skipErrors: vars.flag(o.skipErrors, E.skipErrors),
        wait: !o.noWait,
        validate: !o.noValidate,
        maxPending: o.maxPending,
        postsInFlight: o.postsInFlight,
        waitTimeoutSeconds: o.waitTimeout,
        failedOut: Option.getOrUndefined(o.failedOut),
        json: o.json,
        quiet: o.quiet,
        reading: reading(o, vars),
        jobs: o.jobs,
        version: VERSION
      })).pipe(Effect.flatMap(exitWith))
  })
).pipe(
  Command.withDescription("Deliver test results to ALM Octane")
)

const xsdConfig = { ...connectionOptions, quiet }

const octaneXsd = Command.make(
  "xsd",
  xsdConfig,
  Env.withVars((o, vars) =>
    badUrl(o, vars).length > 0
      ? usage(badUrl(o, vars))
      : Effect.flatMap(loadOctane, (Octane) => Octane.xsd(connection(o, vars), o.quiet)).pipe(Effect.flatMap(exitWith))
  )
).pipe(
  Command.withDescription("Print the XSD the server checks test-results payloads against")
)

export const octane = Command.make("octane").pipe(
  Command.withDescription("ALM Octane utilities"),
  Command.withSubcommands([octaneXsd])
)

/** The help of `tr push octane`. */
export const pushOctaneHelp: Help.Node = {
  name: "octane",
  purpose: "Deliver test results to ALM Octane.",
  usage: "[OPTIONS] [INPUT...]",
  details: [
    "Reads the result files given, or the canonical stream of tr convert on stdin, into payloads of at most 1000 " +
    "tests, each checked against the server's XSD, pushed, and polled until processed.",
    "Exit codes: 0 all accepted, 2 invalid options, 3 input problems, 4 some tests not accepted, 5 credentials refused, " +
    "6 --failed-out could not be written."
  ],
  args: [INPUTS],
  options: pushConfig,
  examples: [
    [
      "OCTANE_URL=https://octane.example tr push octane results/",
      "with OCTANE_SHARED_SPACE, OCTANE_WORKSPACE, OCTANE_CLIENT_ID and OCTANE_CLIENT_SECRET set"
    ],
    ["tr push octane --release-id 1005 --test-field Test_Level=Integration results/", "into a release"]
  ]
}

/** The help of `tr octane` and its commands. */
export const octaneHelp: Help.Node = {
  name: "octane",
  purpose: "ALM Octane utilities.",
  commands: [{
    name: "xsd",
    purpose: "Print the XSD the server checks test-results payloads against.",
    options: xsdConfig,
    examples: [["tr octane xsd > octane.xsd", "save the server's XSD"]]
  }],
  examples: [["tr octane xsd > octane.xsd", "save the server's XSD"]]
}
