/**
 * The `test_result` payload of the ALM Octane test-results API: its model, and the XML in the element order the XSD
 * demands.
 *
 * @since 0.1.0
 */
import * as Utf8 from "@tr/core/Utf8"
import * as Xml from "@tr/core/XmlEscape"

/**
 * The four test field types the XSD allows.
 *
 * @since 0.1.0
 * @category constants
 */
export const TEST_FIELD_TYPES = ["Test_Level", "Test_Type", "Testing_Tool_Type", "Framework"] as const

/**
 * The most test runs Octane takes in one payload.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_TESTS = 1000

/**
 * @since 0.1.0
 * @category models
 */
export type TestFieldType = (typeof TEST_FIELD_TYPES)[number]

/**
 * @since 0.1.0
 * @category models
 */
export interface Build {
  readonly serverId: string
  readonly jobId: string
  readonly buildId: string
  readonly jobName?: string
  readonly buildName?: string
  readonly subType?: string
  readonly artifactId?: string
}

/**
 * Entities a test run links to. Set for the whole payload, or per test run (overriding the payload's).
 *
 * @since 0.1.0
 * @category models
 */
export interface Links {
  readonly suite?: { readonly id: string; readonly externalRunId?: string; readonly component?: string }
  readonly programId?: string
  /** An id (`release_ref`) or a name (`release`; `_default_` is the default release), never both. */
  readonly release?: { readonly id: string } | { readonly name: string }
  readonly milestoneId?: string
  readonly backlogItemIds?: ReadonlyArray<string>
  readonly productAreaIds?: ReadonlyArray<string>
  readonly testFields?: ReadonlyArray<{ readonly type: TestFieldType; readonly value: string }>
  readonly environment?: ReadonlyArray<{ readonly type: string; readonly value: string }>
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Context extends Links {
  readonly build?: Build
}

/**
 * @since 0.1.0
 * @category models
 */
export type RunStatus = "Passed" | "Failed" | "Skipped"

/**
 * One `test_run`.
 *
 * @since 0.1.0
 * @category models
 */
export interface TestRun {
  readonly name: string
  /** Whole milliseconds. */
  readonly duration: number
  readonly status: RunStatus
  readonly module?: string
  readonly package?: string
  readonly class?: string
  /** Epoch milliseconds. */
  readonly started?: number
  readonly runName?: string
  readonly externalReportUrl?: string
  readonly externalTestId?: string
  readonly externalRunId?: string
  readonly links?: Links
  readonly error?: { readonly type?: string; readonly message?: string; readonly stack?: string }
  readonly description?: string
}

/**
 * What identifies a test to Octane. A payload must never hold two runs with the same identity.
 *
 * @since 0.1.0
 * @category utils
 */
export const identity = (run: TestRun): string =>
  `${run.module ?? ""}\u0000${run.package ?? ""}\u0000${run.class ?? ""}\u0000${run.name}`

const refs = (container: string, element: string, ids: ReadonlyArray<string> | undefined): string =>
  ids === undefined || ids.length === 0
    ? ""
    : `<${container}>${ids.map((id) => `<${element}${Xml.attributes([["id", id]])}/>`).join("")}</${container}>`

const links = (l: Links | undefined): string => {
  if (l === undefined) return ""
  let out = ""
  if (l.suite !== undefined) {
    out += `<suite_ref${
      Xml.attributes([["id", l.suite.id], ["external_run_id", l.suite.externalRunId], ["component", l.suite.component]])
    }/>`
  }
  if (l.programId !== undefined) out += `<program_ref${Xml.attributes([["id", l.programId]])}/>`
  if (l.release !== undefined) {
    out += "id" in l.release
      ? `<release_ref${Xml.attributes([["id", l.release.id]])}/>`
      : `<release${Xml.attributes([["name", l.release.name]])}/>`
  }
  if (l.milestoneId !== undefined) out += `<milestone_ref${Xml.attributes([["id", l.milestoneId]])}/>`
  out += refs("backlog_items", "backlog_item_ref", l.backlogItemIds)
  out += refs("product_areas", "product_area_ref", l.productAreaIds)
  if (l.testFields !== undefined && l.testFields.length > 0) {
    out += `<test_fields>${
      l.testFields.map((f) => `<test_field${Xml.attributes([["type", f.type], ["value", f.value]])}/>`).join("")
    }</test_fields>`
  }
  if (l.environment !== undefined && l.environment.length > 0) {
    out += `<environment>${
      l.environment.map((t) => `<taxonomy${Xml.attributes([["type", t.type], ["value", t.value]])}/>`).join("")
    }</environment>`
  }
  return out
}

const testRun = (run: TestRun): string => {
  const attrs = Xml.attributes([
    ["module", run.module],
    ["package", run.package],
    ["class", run.class],
    ["name", run.name],
    ["run_name", run.runName],
    ["duration", run.duration],
    ["status", run.status],
    ["started", run.started],
    ["external_report_url", run.externalReportUrl],
    ["external_test_id", run.externalTestId],
    ["external_run_id", run.externalRunId]
  ])
  let body = links(run.links)
  if (run.error !== undefined) {
    body += `<error${Xml.attributes([["type", run.error.type], ["message", run.error.message]])}>${
      Xml.text(run.error.stack ?? "")
    }</error>`
  }
  if (run.description !== undefined) body += `<description>${Xml.text(run.description)}</description>`
  return body === "" ? `<test_run${attrs}/>` : `<test_run${attrs}>${body}</test_run>`
}

/**
 * A payload in order, a run a piece (`render` writes one run: a `test_run` or a `gherkin_test_run`): no string of a
 * payload's size is built on the way.
 *
 * @since 0.2.0
 * @category rendering
 */
export const documentPieces = function*<A>(
  context: Context,
  runs: ReadonlyArray<A>,
  render: (run: A) => string
): Generator<string> {
  const b = context.build
  const build = b === undefined ? "" : `<build${
    Xml.attributes([
      ["server_id", b.serverId],
      ["job_id", b.jobId],
      ["job_name", b.jobName],
      ["build_id", b.buildId],
      ["build_name", b.buildName],
      ["sub_type", b.subType],
      ["artifact_id", b.artifactId]
    ])
  }/>`
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<test_result>${build}${links(context)}<test_runs>\n`
  for (const run of runs) yield render(run)
  yield "</test_runs></test_result>\n"
}

const pieces = (context: Context, runs: ReadonlyArray<TestRun>) =>
  documentPieces(context, runs, (run) => testRun(run) + "\n")

/**
 * The payload as XML.
 *
 * @example
 * import * as OctanePayload from "@tr/octane/OctanePayload"
 * OctanePayload.render({ build: { serverId: "ci", jobId: "nightly", buildId: "42" } }, [
 *   { name: "testLogin", duration: 120, status: "Passed", package: "com.acme", class: "LoginTest" }
 * ])
 *
 * @since 0.1.0
 * @category rendering
 */
export const render = (context: Context, runs: ReadonlyArray<TestRun>): string => {
  let out = ""
  for (const piece of pieces(context, runs)) out += piece
  return out
}

/**
 * The payload as UTF-8 bytes, what is validated and sent. A payload of a thousand runs with stack traces is megabytes:
 * as one string it would sit in V8's large-object space until a full collection; as bytes it is freed with its last
 * use.
 *
 * @example
 * import * as OctanePayload from "@tr/octane/OctanePayload"
 * const body = OctanePayload.encode({}, [{ name: "testLogin", duration: 120, status: "Passed" }])
 *
 * @since 0.2.0
 * @category rendering
 */
export const encode = (context: Context, runs: ReadonlyArray<TestRun>): Uint8Array =>
  Utf8.encodePieces(pieces(context, runs))

const LONG = /^-?\d{1,19}$/

/**
 * What is wrong with a context before anything is sent: each problem as a sentence, none when it is valid.
 *
 * @since 0.1.0
 * @category validation
 */
export const problems = (context: Context): ReadonlyArray<string> => {
  const out: Array<string> = []
  const string255 = (what: string, value: string | undefined, min = 1) => {
    if (value !== undefined && (value.length < min || value.length > 255)) {
      out.push(`${what} must be ${min}–255 characters (it has ${value.length})`)
    }
  }
  const id = (what: string, value: string | undefined) => {
    if (value !== undefined && !LONG.test(value)) out.push(`${what} must be a numeric id, not "${value}"`)
  }
  const b = context.build
  if (b !== undefined) {
    for (const [what, value] of [["server id", b.serverId], ["job id", b.jobId], ["build id", b.buildId]] as const) {
      if (value === "") out.push(`the build needs a server id, a job id and a build id together; ${what} is missing`)
      else string255(what, value)
    }
    string255("job name", b.jobName)
    string255("build name", b.buildName)
    string255("build sub type", b.subType, 0)
    string255("artifact id", b.artifactId, 0)
  }
  id("suite id", context.suite?.id)
  string255("suite external run id", context.suite?.externalRunId, 0)
  string255("suite component", context.suite?.component, 0)
  id("program id", context.programId)
  if (context.release !== undefined) {
    if ("id" in context.release) id("release id", context.release.id)
    else string255("release name", context.release.name)
  }
  id("milestone id", context.milestoneId)
  for (const item of context.backlogItemIds ?? []) id("backlog item id", item)
  for (const area of context.productAreaIds ?? []) id("product area id", area)
  for (const field of context.testFields ?? []) {
    if (!(TEST_FIELD_TYPES as ReadonlyArray<string>).includes(field.type)) {
      out.push(`test field type "${field.type}" is not one of ${TEST_FIELD_TYPES.join(", ")}`)
    }
    string255(`test field ${field.type}`, field.value)
  }
  for (const taxonomy of context.environment ?? []) {
    string255("environment type", taxonomy.type)
    string255(`environment ${taxonomy.type}`, taxonomy.value)
  }
  return out
}
