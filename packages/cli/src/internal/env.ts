/**
 * Configuration from the environment, under the names the official reporters use, so that `tr` is a drop-in.
 * Flags win over the environment. The variables are read through `Config`, once per command: a test gives them with
 * a `ConfigProvider`.
 */
import { Config, Effect, Option, Redacted } from "effect"

/** Where Testomat.io is when neither a flag nor the environment says. */
export const TESTOMAT_URL = "https://app.testomat.io"

/** Every variable `tr` reads, for the help text and the README. */
export const TESTOMAT_ENV = {
  apiKey: "TESTOMATIO",
  /** Names the official reporters also take for the key, read when `TESTOMATIO` is not set. */
  apiKeyAliases: ["TESTOMATIO_TOKEN", "TESTOMATIO_API_KEY"],
  url: "TESTOMATIO_URL",
  title: "TESTOMATIO_TITLE",
  env: "TESTOMATIO_ENV",
  groupTitle: "TESTOMATIO_RUNGROUP_TITLE",
  run: "TESTOMATIO_RUN",
  create: "TESTOMATIO_CREATE",
  proceed: "TESTOMATIO_PROCEED",
  sharedRun: "TESTOMATIO_SHARED_RUN",
  sharedRunTimeout: "TESTOMATIO_SHARED_RUN_TIMEOUT",
  timeout: "TESTOMATIO_REQUEST_TIMEOUT",
  label: "TESTOMATIO_LABEL",
  jiraId: "TESTOMATIO_JIRA_ID",
  publish: "TESTOMATIO_PUBLISH",
  description: "TESTOMATIO_DESCRIPTION",
  excludeSkipped: "TESTOMATIO_EXCLUDE_SKIPPED",
  stackPassed: "TESTOMATIO_STACK_PASSED",
  maxRequestFailures: "TESTOMATIO_MAX_REQUEST_FAILURES",
  ciBuildUrl: "TESTOMATIO_CI_BUILD_URL",
  runTimeUnit: "TESTOMATIO_RUN_TIME_UNIT",
  disableArtifacts: "TESTOMATIO_DISABLE_ARTIFACTS",
  privateArtifacts: "TESTOMATIO_PRIVATE_ARTIFACTS",
  artifactMaxSizeMb: "TESTOMATIO_ARTIFACT_MAX_SIZE_MB"
} as const

/** The S3-compatible storage of artifacts, under the official reporter's names. */
export const S3_ENV = {
  bucket: "S3_BUCKET",
  accessKeyId: "S3_ACCESS_KEY_ID",
  secretAccessKey: "S3_SECRET_ACCESS_KEY",
  sessionToken: "S3_SESSION_TOKEN",
  region: "S3_REGION",
  endpoint: "S3_ENDPOINT",
  forcePathStyle: "S3_FORCE_PATH_STYLE"
} as const

/** Every variable `tr push octane` reads. Lists: ids separated by commas, TYPE=VALUE pairs by semicolons. */
export const OCTANE_ENV = {
  url: "OCTANE_URL",
  sharedSpace: "OCTANE_SHARED_SPACE",
  workspace: "OCTANE_WORKSPACE",
  clientId: "OCTANE_CLIENT_ID",
  clientSecret: "OCTANE_CLIENT_SECRET",
  user: "OCTANE_USER",
  password: "OCTANE_PASSWORD",
  serverId: "OCTANE_SERVER_ID",
  jobId: "OCTANE_JOB_ID",
  jobName: "OCTANE_JOB_NAME",
  buildId: "OCTANE_BUILD_ID",
  buildName: "OCTANE_BUILD_NAME",
  releaseId: "OCTANE_RELEASE_ID",
  release: "OCTANE_RELEASE",
  milestoneId: "OCTANE_MILESTONE_ID",
  programId: "OCTANE_PROGRAM_ID",
  suiteId: "OCTANE_SUITE_ID",
  backlogItems: "OCTANE_BACKLOG_ITEMS",
  productAreas: "OCTANE_PRODUCT_AREAS",
  testFields: "OCTANE_TEST_FIELDS",
  environment: "OCTANE_ENVIRONMENT",
  module: "OCTANE_MODULE",
  runName: "OCTANE_RUN_NAME",
  reportUrl: "OCTANE_REPORT_URL",
  featuresRoot: "OCTANE_FEATURES_ROOT",
  skipErrors: "OCTANE_SKIP_ERRORS"
} as const

/** The variable that gives `--execution-key`. */
export const EXECUTION_KEY = "TR_EXECUTION_KEY"

/** The variables of the CI services whose build URL becomes a run's `ci_build_url`. */
const CI_ENV = [
  "GITHUB_SERVER_URL",
  "GITHUB_REPOSITORY",
  "GITHUB_RUN_ID",
  "SYSTEM_COLLECTIONURI",
  "SYSTEM_TEAMPROJECT",
  "BUILD_BUILDID",
  "CI_JOB_URL",
  "BUILD_URL",
  "CIRCLE_BUILD_URL"
] as const

const NAMES: ReadonlyArray<string> = [
  ...Object.values(TESTOMAT_ENV).flat(),
  ...Object.values(S3_ENV),
  ...Object.values(OCTANE_ENV),
  EXECUTION_KEY,
  ...CI_ENV
]

/** The environment as the commands read it: a flag first, else its variable. */
export interface Vars {
  readonly text: (flag: Option.Option<string>, name: string) => string | undefined
  /** The flag, else the first of the variables `names` that is set. */
  readonly secret: (
    flag: Option.Option<Redacted.Redacted<string>>,
    ...names: ReadonlyArray<string>
  ) => Redacted.Redacted<string> | undefined
  /** A flag given, or the variable set to something other than a false word. */
  readonly flag: (given: boolean, name: string) => boolean
  readonly number: (flag: Option.Option<number>, name: string) => number | undefined
  /** Values of a repeated flag, or of the variable split at `separator`. */
  readonly list: (given: ReadonlyArray<string>, name: string, separator: string) => ReadonlyArray<string>
  /**
   * Why the service URL of `--url` or variable `name` is unusable, if it is. Only http and https: `host:port` parses
   * as a URL of scheme `host:`, and would be retried for minutes before anyone learnt it was never a web address.
   */
  readonly urlProblem: (flag: Option.Option<string>, name: string) => string | undefined
  /**
   * The URL of this CI build, from the variables GitHub Actions, GitLab CI, Jenkins, CircleCI and Azure Pipelines set:
   * the run's `ci_build_url` when none is given.
   */
  readonly ciBuildUrl: () => string | undefined
}

/** The variables `tr` knows, read through the current `ConfigProvider` (the process's environment by default). */
export const vars: Effect.Effect<Vars> = Effect.map(
  Effect.orDie(Config.all(NAMES.map((name) => Config.option(Config.string(name))))),
  (values) => {
    const set = new Map<string, string>()
    NAMES.forEach((name, i) => Option.map(values[i]!, (v) => set.set(name, v)))
    return make((name) => set.get(name))
  }
)

/** A command's handler given the environment beside its options. */
export const withVars = <A, E, R>(handler: (o: A, vars: Vars) => Effect.Effect<void, E, R>) => (o: A) =>
  Effect.flatMap(vars, (v) => handler(o, v))

/** `Vars` over a lookup; a variable set to blanks counts as not set. */
export const make = (lookup: (name: string) => string | undefined): Vars => {
  const value = (name: string): string | undefined => {
    const v = lookup(name)
    return v === undefined || v.trim() === "" ? undefined : v
  }
  const text = (flag: Option.Option<string>, name: string) => Option.getOrUndefined(flag) ?? value(name)
  return {
    text,
    secret: (flag, ...names) => {
      if (Option.isSome(flag)) return flag.value
      const found = names.map(value).find((v) => v !== undefined)
      return found === undefined ? undefined : Redacted.make(found)
    },
    flag: (given, name) => {
      if (given) return true
      const v = value(name)
      return v !== undefined && !["0", "false", "no", "off"].includes(v.toLowerCase())
    },
    number: (flag, name) => {
      if (Option.isSome(flag)) return flag.value
      const v = value(name)
      return v === undefined || !Number.isFinite(Number(v)) ? undefined : Number(v)
    },
    list: (given, name, separator) =>
      given.length > 0 ? given : (value(name)?.split(separator).map((v) => v.trim()).filter((v) => v !== "") ?? []),
    urlProblem: (flag, name) => {
      const url = text(flag, name)
      if (url === undefined) return undefined
      const from = Option.isSome(flag) ? "--url" : name
      let parsed: URL | undefined
      try {
        parsed = new URL(url)
      } catch {
        parsed = undefined
      }
      if (parsed !== undefined && (parsed.protocol === "https:" || parsed.protocol === "http:") && parsed.host !== "") {
        return undefined
      }
      return `${from} "${url}" is not an http(s) URL; give the scheme, e.g. https://${url.replace(/^[a-z]+:\/\//i, "")}`
    },
    ciBuildUrl: () => {
      const v = (name: string) => value(name)?.trim()
      if (v("GITHUB_RUN_ID") !== undefined && v("GITHUB_REPOSITORY") !== undefined) {
        return `${v("GITHUB_SERVER_URL") ?? "https://github.com"}/${v("GITHUB_REPOSITORY")}/actions/runs/${
          v("GITHUB_RUN_ID")
        }`
      }
      const azure = v("SYSTEM_COLLECTIONURI") !== undefined && v("SYSTEM_TEAMPROJECT") !== undefined &&
          v("BUILD_BUILDID") !== undefined
        ? `${v("SYSTEM_COLLECTIONURI")}${encodeURIComponent(v("SYSTEM_TEAMPROJECT")!)}/_build/results?buildId=${
          v("BUILD_BUILDID")
        }`
        : undefined
      return v("CI_JOB_URL") ?? v("BUILD_URL") ?? v("CIRCLE_BUILD_URL") ?? azure
    }
  }
}
