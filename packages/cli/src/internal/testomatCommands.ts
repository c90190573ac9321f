/** The Testomat.io commands: `tr push testomat`, `tr testomat start`, `tr testomat finish`. */
import type { Options } from "@effect/cli"
import { Command } from "@effect/cli"
import type * as TestomatClient from "@tr/testomat/TestomatClient"
import { Effect, Option } from "effect"
import * as Env from "./env.js"
import type * as Help from "./help.js"
import { option } from "./help.js"
import { belowOne, exitWith, INPUTS, inputs, jobs, quiet, reading, readingOptions, usage, VERSION } from "./options.js"
import type * as Testomat from "./pushTestomat.js"
import * as Stdio from "./stdio.js"

const E = Env.TESTOMAT_ENV
const S3 = Env.S3_ENV

const connectionOptions = {
  apiKey: option.secret("api-key", {
    value: "KEY",
    env: E.apiKey,
    text: `Project API key (also read from ${E.apiKeyAliases.join(", ")}); prefer a variable: a flag stays in ` +
      "shell history"
  }),
  url: option.text("url", { value: "URL", env: E.url, text: `Testomat.io base URL (else ${Env.TESTOMAT_URL})` }),
  timeout: option.integer("timeout", {
    value: "MS",
    env: E.timeout,
    text: "Per-request timeout in milliseconds (else 30000)"
  }),
  retries: option.integer("retries", {
    env: E.maxRequestFailures,
    default: "6",
    text: "Retries of a failed request (network errors, timeouts, 408, 429, 5xx)"
  }),
  retryTime: option.integerOr("retry-time", 120, {
    value: "SECONDS",
    text: "Seconds after which a failing request is given up"
  }),
  rps: option.integer("rps", { text: "At most this many requests a second" })
}

const runOptions = {
  title: option.text("title", { value: "TEXT", env: E.title, text: "Run title" }),
  env: option.text("env", { value: "TEXT", env: E.env, text: "Environment of the run" }),
  groupTitle: option.text("group-title", { value: "TEXT", env: E.groupTitle, text: "Put the run into this run group" }),
  sharedRun: option.boolean("shared-run", { env: E.sharedRun, text: "Let several machines report into one run" }),
  sharedRunTimeout: option.integer("shared-run-timeout", {
    value: "MINUTES",
    env: E.sharedRunTimeout,
    text: "Minutes a shared run stays open for more machines"
  }),
  label: option.text("label", { value: "TEXT", env: E.label, text: "Labels of the run (comma-separated)" }),
  jiraId: option.text("jira-id", { value: "ID", env: E.jiraId, text: "Jira issue the run is linked to" }),
  description: option.text("description", { value: "TEXT", env: E.description, text: "Description of the run" }),
  publish: option.boolean("publish", { env: E.publish, text: "Publish the run: a public link to its report" }),
  ciBuildUrl: option.text("ci-build-url", {
    value: "URL",
    env: E.ciBuildUrl,
    text: "Link from the run to its CI build (else from the CI's own variables: GitHub Actions, GitLab, Jenkins " +
      "BUILD_URL, CircleCI, Azure Pipelines)"
  }),
  parallel: option.boolean("parallel", { text: "Mark the run as parallel" })
}

type Values<T> = { readonly [K in keyof T]: T[K] extends Options.Options<infer A> ? A : never }

type ConnectionValues = {
  readonly [K in keyof typeof connectionOptions]: (typeof connectionOptions)[K] extends Options.Options<infer A> ? A
    : never
}

/** The push and its HTTP client are loaded when a Testomat.io command runs: `tr convert` starts without them. */
const loadTestomat = Effect.promise(() => import("./pushTestomat.js"))

const badUrl = (o: ConnectionValues, vars: Env.Vars): Array<string> => {
  const problem = vars.urlProblem(o.url, E.url)
  return problem === undefined ? [] : [problem]
}

const connection = (o: ConnectionValues, vars: Env.Vars): Testomat.Connection => ({
  apiKey: vars.secret(o.apiKey, E.apiKey, ...E.apiKeyAliases),
  url: vars.text(o.url, E.url) ?? Env.TESTOMAT_URL,
  timeoutMs: vars.number(o.timeout, E.timeout) ?? 30_000,
  retries: vars.number(o.retries, E.maxRequestFailures) ?? 6,
  retryTimeSeconds: o.retryTime,
  requestsPerSecond: Option.getOrUndefined(o.rps)
})

const runParams = (o: Values<typeof runOptions>, vars: Env.Vars): TestomatClient.RunParams => {
  const title = vars.text(o.title, E.title)
  const env = vars.text(o.env, E.env)
  const group = vars.text(o.groupTitle, E.groupTitle)
  const shared = vars.flag(o.sharedRun, E.sharedRun)
  const sharedTimeout = vars.number(o.sharedRunTimeout, E.sharedRunTimeout)
  const label = vars.text(o.label, E.label)
  const jiraId = vars.text(o.jiraId, E.jiraId)
  const description = vars.text(o.description, E.description)
  const ciBuildUrl = vars.text(o.ciBuildUrl, E.ciBuildUrl) ?? vars.ciBuildUrl()
  return {
    ...(title === undefined ? {} : { title }),
    ...(env === undefined ? {} : { env }),
    ...(group === undefined ? {} : { group_title: group }),
    ...(shared ? { shared_run: true } : {}),
    ...(shared && sharedTimeout !== undefined ? { shared_run_timeout: sharedTimeout } : {}),
    ...(o.parallel ? { parallel: true } : {}),
    ...(label === undefined ? {} : { label }),
    ...(jiraId === undefined ? {} : { jira_id: jiraId }),
    ...(description === undefined ? {} : { description }),
    ...(vars.flag(o.publish, E.publish) ? { access_event: "publish" } : {}),
    ...(ciBuildUrl === undefined ? {} : { ci_build_url: ciBuildUrl })
  }
}

const pushConfig = {
  inputs,
  ...connectionOptions,
  ...runOptions,
  run: option.text("run", { value: "ID", env: E.run, text: "Report into this existing run" }),
  create: option.boolean("create", { env: E.create, text: "Create tests Testomat.io does not know yet" }),
  noFinish: option.boolean("no-finish", {
    env: E.proceed,
    text: "Leave the run open at the end (each shard of a sharded run; finish it with tr testomat finish)"
  }),
  batchSize: option.integerOr("batch-size", 500, { text: "Most tests in one request" }),
  batchBytes: option.integerOr("batch-bytes", 1024 * 1024, {
    value: "BYTES",
    text: "Most bytes of tests in one request"
  }),
  linger: option.integerOr("linger", 1000, {
    value: "MS",
    text: "Milliseconds a partial batch waits for more tests (at least 1)"
  }),
  concurrency: option.integerOr("concurrency", 4, { text: "Requests in flight at once" }),
  passedOutput: option.boolean("passed-output", {
    env: E.stackPassed,
    text: "Send the output and stack of passed tests too"
  }),
  excludeSkipped: option.boolean("exclude-skipped", { env: E.excludeSkipped, text: "Leave skipped tests out" }),
  maxStack: option.integerOr("max-stack", 64 * 1024, {
    text: "Longest stack (failures and output) sent per test, in characters"
  }),
  runTimeUnit: option.choice("run-time-unit", ["s", "ms"], {
    value: "UNIT",
    env: E.runTimeUnit,
    text: "Unit of run_time: s (seconds, as the reporting guide says; the default) or ms (as the official " +
      "reporters send it)"
  }),
  ridPrefix: option.text("rid-prefix", {
    value: "TEXT",
    text: "Prefix of every rid: tells apart machines that report the same tests into one run"
  }),
  failedOut: option.text("failed-out", {
    value: "FILE",
    text: "Write the tests that did not arrive to this file, as a canonical stream to push again"
  }),
  dryRun: option.boolean("dry-run", {
    text: "Print the requests that would be sent (key masked) and the uploads that would be made, and send nothing"
  }),
  noArtifacts: option.boolean("no-artifacts", {
    env: E.disableArtifacts,
    text: "Upload no file that tests' attachments name (their URLs are still linked)"
  }),
  privateArtifacts: option.boolean("private-artifacts", {
    env: E.privateArtifacts,
    text: "Upload artifacts without the public-read ACL (always so with a session token)"
  }),
  artifactsRoot: option.repeated("artifacts-root", {
    value: "DIR",
    text: "Read attachments only inside this directory (symlinks followed); by default the current directory and " +
      "the directory of the report that names them, unless either is / or the home directory"
  }),
  artifactMaxSize: option.integer("artifact-max-size", {
    value: "MB",
    env: E.artifactMaxSizeMb,
    text: "Upload no artifact bigger than this many MiB (each skipped one is named)"
  }),
  s3Bucket: option.text("s3-bucket", { value: "NAME", env: S3.bucket, text: "Bucket artifacts are uploaded to" }),
  s3Region: option.text("s3-region", { value: "REGION", env: S3.region, text: "Region of the bucket (us-east-1)" }),
  s3Endpoint: option.text("s3-endpoint", {
    value: "URL",
    env: S3.endpoint,
    text: "Endpoint of S3-compatible storage (MinIO, R2, Spaces, ...); AWS S3 when not given"
  }),
  s3ForcePathStyle: option.boolean("s3-force-path-style", {
    env: S3.forcePathStyle,
    text: "Address objects as ENDPOINT/BUCKET/KEY (always so for an IP address or localhost)"
  }),
  json: option.boolean("json", { text: "Print the summary as JSON on stdout" }),
  quiet,
  jobs,
  ...readingOptions
}

type ArtifactValues = Values<
  Pick<
    typeof pushConfig,
    | "noArtifacts"
    | "privateArtifacts"
    | "artifactsRoot"
    | "artifactMaxSize"
    | "s3Bucket"
    | "s3Region"
    | "s3Endpoint"
    | "s3ForcePathStyle"
  >
>

/** Where artifacts go and how, from the flags and the official reporter's variables; or what is wrong with that. */
const artifactSettings = (o: ArtifactValues, vars: Env.Vars): Testomat.ArtifactArgs | ReadonlyArray<string> => {
  const disabled = vars.flag(o.noArtifacts, E.disableArtifacts)
  const maxMb = vars.number(o.artifactMaxSize, E.artifactMaxSizeMb)
  const problems: Array<string> = []
  if (maxMb !== undefined && !(maxMb > 0)) problems.push(`--artifact-max-size must be more than 0, not ${maxMb}`)
  const bucket = vars.text(o.s3Bucket, S3.bucket)
  const accessKeyId = vars.text(Option.none(), S3.accessKeyId)
  const secretAccessKey = vars.secret(Option.none(), S3.secretAccessKey)
  const sessionToken = vars.secret(Option.none(), S3.sessionToken)
  const endpoint = vars.text(o.s3Endpoint, S3.endpoint)
  if (endpoint !== undefined) {
    const problem = vars.urlProblem(Option.some(endpoint), S3.endpoint)?.replace("--url", "--s3-endpoint")
    if (problem !== undefined) problems.push(problem)
  }
  if (!disabled && bucket !== undefined && (accessKeyId === undefined || secretAccessKey === undefined)) {
    problems.push(
      `the artifacts bucket ${bucket} is named, but not its credentials: set ${S3.accessKeyId} and ` +
        `${S3.secretAccessKey} (or ${E.disableArtifacts}=1 to upload nothing)`
    )
  }
  if (problems.length > 0) return problems
  return {
    disabled,
    private: vars.flag(o.privateArtifacts, E.privateArtifacts),
    roots: o.artifactsRoot,
    ...(maxMb === undefined ? {} : { maxBytes: Math.floor(maxMb * 1024 * 1024) }),
    ...(bucket === undefined || accessKeyId === undefined || secretAccessKey === undefined ? {} : {
      storage: {
        bucket,
        region: vars.text(o.s3Region, S3.region) ?? "us-east-1",
        ...(endpoint === undefined ? {} : { endpoint }),
        forcePathStyle: vars.flag(o.s3ForcePathStyle, S3.forcePathStyle),
        credentials: {
          accessKeyId,
          secretAccessKey,
          ...(sessionToken === undefined ? {} : { sessionToken })
        }
      }
    })
  }
}

export const pushTestomat = Command.make(
  "testomat",
  pushConfig,
  Env.withVars((o, vars) =>
    Effect.suspend(() => {
      const limits = [
        ...badUrl(o, vars),
        ...belowOne([
          ["--batch-size", o.batchSize],
          ["--batch-bytes", o.batchBytes],
          ["--linger", o.linger],
          ["--concurrency", o.concurrency],
          ["--jobs", o.jobs]
        ])
      ]
      if (limits.length > 0) return usage(limits)
      const runTimeUnit = vars.text(o.runTimeUnit, E.runTimeUnit)
      if (runTimeUnit !== undefined && runTimeUnit !== "s" && runTimeUnit !== "ms") {
        return usage([`$${E.runTimeUnit} must be s or ms, not "${runTimeUnit}"`])
      }
      const runId = vars.text(o.run, E.run)
      const artifacts = artifactSettings(o, vars)
      if (Array.isArray(artifacts)) return usage(artifacts)
      return Effect.flatMap(loadTestomat, (Testomat) =>
        Testomat.push({
          artifacts: artifacts as Testomat.ArtifactArgs,
          inputs: o.inputs,
          connection: connection(o, vars),
          runId,
          run: runParams(o, vars),
          create: vars.flag(o.create, E.create),
          finish: !vars.flag(o.noFinish, E.proceed),
          leftOpenBy: o.noFinish ? "--no-finish" : E.proceed,
          excludeSkipped: vars.flag(o.excludeSkipped, E.excludeSkipped),
          batchSize: o.batchSize,
          batchBytes: o.batchBytes,
          lingerMs: o.linger,
          concurrency: o.concurrency,
          passedOutput: vars.flag(o.passedOutput, E.stackPassed),
          maxStack: o.maxStack,
          runTimeUnit: runTimeUnit ?? "s",
          ridPrefix: Option.getOrUndefined(o.ridPrefix),
          failedOut: Option.getOrUndefined(o.failedOut),
          dryRun: o.dryRun,
          json: o.json,
          quiet: o.quiet,
          reading: reading(o, vars),
          jobs: o.jobs,
          version: VERSION
        })).pipe(Effect.flatMap(exitWith))
    })
  )
).pipe(
  Command.withDescription("Deliver test results to a Testomat.io run")
)

const startConfig = { ...connectionOptions, ...runOptions, quiet }

const testomatStart = Command.make(
  "start",
  startConfig,
  Env.withVars((o, vars) =>
    badUrl(o, vars).length > 0 ? usage(badUrl(o, vars)) : Effect.flatMap(loadTestomat, (Testomat) =>
      Testomat.runOnce(
        connection(o, vars),
        o.quiet,
        (client, terminal) =>
          Effect.tap(client.createRun(runParams(o, vars)), (run) =>
            Effect.zipRight(
              Effect.sync(() => terminal.line(`run ${run.uid} created${run.url ? `: ${run.url}` : ""}`)),
              Stdio.print(`${run.uid}\n`)
            ))
      )).pipe(Effect.flatMap(exitWith))
  )
).pipe(
  Command.withDescription("Create a run for sharded CI and print its id")
)

const finishConfig = {
  ...connectionOptions,
  run: option.text("run", { value: "ID", env: E.run, text: "The run to finish" }),
  status: option.choiceOr("status", ["finish", "pass", "fail"], "finish", {
    text: "finish: the service derives the status from the tests; pass or fail force it"
  }),
  quiet
}

const testomatFinish = Command.make(
  "finish",
  finishConfig,
  Env.withVars((o, vars) => {
    const runId = vars.text(o.run, E.run)
    if (runId === undefined) return usage([`which run? give --run ID or set ${E.run}`])
    if (badUrl(o, vars).length > 0) return usage(badUrl(o, vars))
    return Effect.flatMap(loadTestomat, (Testomat) =>
      Testomat.runOnce(
        connection(o, vars),
        o.quiet,
        (client, terminal) =>
          Effect.tap(
            client.finishRun(runId, { statusEvent: o.status }),
            () => Effect.sync(() => terminal.line(`run ${runId} finished`))
          )
      )).pipe(Effect.flatMap(exitWith))
  })
).pipe(Command.withDescription("Finish a run once every machine has pushed into it"))

export const testomat = Command.make("testomat").pipe(
  Command.withDescription("Manage Testomat.io runs for sharded CI"),
  Command.withSubcommands([testomatStart, testomatFinish])
)

/** The help of `tr push testomat`. */
export const pushTestomatHelp: Help.Node = {
  name: "testomat",
  purpose: "Deliver test results to a Testomat.io run.",
  usage: "[OPTIONS] [INPUT...]",
  details: [
    "Reads the result files given (converted on the fly), or the canonical stream of tr convert on stdin, and " +
    "sends the tests in batches, every request retried on network errors, timeouts, 408, 429 and 5xx. The run is " +
    "finished only when every test arrived from a complete input.",
    "Exit codes: 0 all delivered, 2 invalid options, 3 input problems (all readable tests delivered), 4 delivery " +
    "incomplete, 5 API key refused, 6 --failed-out could not be written."
  ],
  args: [INPUTS],
  options: pushConfig,
  examples: [
    ["TESTOMATIO=tstmt_... tr push testomat results/", "push every report below results/ into a new run"],
    ["tr convert results/ | tr push testomat --title nightly", "the same through a pipe, with a title"],
    [
      "tr push testomat --run $RUN --no-finish shard-1/",
      "one shard of a sharded run (see tr testomat start)"
    ],
    ["tr push testomat --failed-out left.ndjson results/", "keep what did not arrive, to push again"]
  ]
}

/** The help of `tr testomat` and its commands. */
export const testomatHelp: Help.Node = {
  name: "testomat",
  purpose: "Manage Testomat.io runs for sharded CI.",
  commands: [
    {
      name: "start",
      purpose: "Create a run for sharded CI and print its id.",
      details: [
        "Machines push into it with --run ID (or TESTOMATIO_RUN) and --no-finish; tr testomat finish closes it once."
      ],
      options: startConfig,
      examples: [["RUN=$(tr testomat start --title nightly)", "create a run and keep its id"]]
    },
    {
      name: "finish",
      purpose: "Finish a run once every machine has pushed into it.",
      options: finishConfig,
      examples: [["tr testomat finish --run $RUN", "finish the run; the service derives its status"]]
    }
  ],
  examples: [
    ["RUN=$(tr testomat start --title nightly)", "create the run once"],
    ["tr push testomat --run $RUN --no-finish shard-1/", "on every machine"],
    ["tr testomat finish --run $RUN", "once all have pushed"]
  ]
}
