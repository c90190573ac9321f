/**
 * Configuration from the environment, under the names the official reporters use, so that `tr` is a drop-in.
 * Flags win over the environment.
 */
import { Option, Redacted } from "effect"

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
  timeout: "TESTOMATIO_REQUEST_TIMEOUT",
  runTimeUnit: "TESTOMATIO_RUN_TIME_UNIT"
} as const

const value = (name: string): string | undefined => {
  const v = process.env[name]
  return v === undefined || v.trim() === "" ? undefined : v
}

export const text = (flag: Option.Option<string>, name: string): string | undefined =>
  Option.getOrUndefined(flag) ?? value(name)

/** The flag, else the first of the variables `names` that is set. */
export const secret = (
  flag: Option.Option<Redacted.Redacted<string>>,
  ...names: ReadonlyArray<string>
): Redacted.Redacted<string> | undefined => {
  if (Option.isSome(flag)) return flag.value
  const found = names.map(value).find((v) => v !== undefined)
  return found === undefined ? undefined : Redacted.make(found)
}

/**
 * Why the service URL of `--url` or variable `name` is unusable, if it is. Only http and https: `host:port` parses
 * as a URL of scheme `host:`, and would be retried for minutes before anyone learnt it was never a web address.
 */
export const urlProblem = (flag: Option.Option<string>, name: string): string | undefined => {
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
}

/** A flag given, or the variable set to something other than a false word. */
export const flag = (given: boolean, name: string): boolean => {
  if (given) return true
  const v = value(name)
  return v !== undefined && !["0", "false", "no", "off"].includes(v.toLowerCase())
}

export const number = (flag: Option.Option<number>, name: string): number | undefined => {
  if (Option.isSome(flag)) return flag.value
  const v = value(name)
  return v === undefined || !Number.isFinite(Number(v)) ? undefined : Number(v)
}

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

/** Values of a repeated flag, or of the variable split at `separator`. */
export const list = (given: ReadonlyArray<string>, name: string, separator: string): ReadonlyArray<string> =>
  given.length > 0 ? given : (value(name)?.split(separator).map((v) => v.trim()).filter((v) => v !== "") ?? [])
