/**
 * A canonical test as an Octane `test_run`, within the limits the XSD sets, so that one test can never cost the
 * others of its payload.
 *
 * @since 0.1.0
 */
import { BoundedText } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import * as Group from "@tr/core/Group"
import * as Identity from "@tr/core/Identity"
import * as Titles from "@tr/core/Titles"
import type { Links, RunStatus, TestFieldType, TestRun } from "./OctanePayload.js"
import { TEST_FIELD_TYPES } from "./OctanePayload.js"

/**
 * @since 0.1.0
 * @category models
 */
export interface RunOptions {
  readonly module?: string
  readonly runName?: string
  readonly externalReportUrl?: string
  /** Test fields set for the whole payload: a test's framework and tool never override them. */
  readonly globalTestFields?: ReadonlyArray<{ readonly type: TestFieldType; readonly value: string }>
  /** Test properties whose names start with this configure the run (see the README). */
  readonly propertyPrefix: string
  readonly maxStack: number
  readonly maxDescription: number
}

/**
 * @since 0.1.0
 * @category constants
 */
export const defaultRunOptions: RunOptions = {
  propertyPrefix: "octane.",
  maxStack: 64 * 1024,
  maxDescription: 16 * 1024
}

/**
 * The name of a test whose name is empty (`Titles.UNNAMED`): the XSD requires one.
 *
 * @since 0.1.0
 * @category constants
 */
export const UNNAMED = Titles.UNNAMED

/**
 * Longest value of the 255-limited attributes.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_LENGTH = 255

/**
 * A value longer than 255 characters keeps its first 246, then `…` and 8 hex digits of a hash of the whole value,
 * so that two long names that differ only at the end stay two names.
 *
 * @since 0.1.0
 * @category utils
 */
export const shorten = (value: string): string => {
  if (value.length <= MAX_LENGTH) return value
  let head = value.slice(0, MAX_LENGTH - 9)
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1)
  return `${head}…${Identity.derive([value]).slice(0, 8)}`
}

/**
 * The `run_name` of a test's `occurrence`-th execution (from 2) whose run name, if any, an earlier one already had:
 * the run name and `#` with the occurrence (`chromium #2`), or `#2` alone, within 255 characters. Octane keeps one run
 * per test and run name, so each execution stays a run of its own.
 *
 * @example
 * import * as OctaneRun from "@tr/octane/OctaneRun"
 * OctaneRun.occurrenceName(undefined, 2) // "#2"
 * OctaneRun.occurrenceName("chromium", 3) // "chromium #3"
 *
 * @since 0.2.0
 * @category utils
 */
export const occurrenceName = (runName: string | undefined, occurrence: number): string =>
  runName === undefined || runName === "" ? `#${occurrence}` : shorten(`${runName} #${occurrence}`)

/**
 * @since 0.1.0
 * @category models
 */
export interface Mapped {
  readonly run: TestRun
  /** Names of the attributes that were shortened. */
  readonly shortened: ReadonlyArray<string>
  readonly unnamed: boolean
  /** What was left out, and why, one sentence each. */
  readonly problems: ReadonlyArray<string>
}

const STATUS: { readonly [S in Canonical.Status]: RunStatus } = {
  passed: "Passed",
  failed: "Failed",
  skipped: "Skipped"
}

const isUrl = (value: string): boolean => {
  if (value.length < 6 || value.length > 512) return false
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:"
  } catch {
    return false
  }
}

const epochMillis = (timestamp: string | undefined): number | undefined => {
  if (timestamp === undefined) return undefined
  // Report timestamps without an offset are read as UTC, as CI machines keep them.
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(timestamp) ? timestamp : `${timestamp}Z`
  const ms = Date.parse(withZone)
  return Number.isNaN(ms) ? undefined : ms
}

const bounded = (text: string, cap: number): string => {
  const out = new BoundedText(cap)
  out.append(text)
  return out.value()
}

const LONG = /^-?\d{1,19}$/

/** The run's name for every test (`--run-name`) and the test's execution, as one name: both tell runs apart. */
const runNameOf = (given: string | undefined, execution: string | undefined): string | undefined =>
  given === undefined ? execution : execution === undefined ? given : `${given} ${execution}`

type Mutable<T> = { -readonly [K in keyof T]: T[K] }
type TestField = { readonly type: TestFieldType; readonly value: string }

const NO_PROPERTIES: ReadonlyMap<string, ReadonlyArray<string>> = new Map()
/** Shared by every test that has none of something: most have no ids, taxonomies or shortened fields. */
const NONE: ReadonlyArray<never> = []

/** `value` within Octane's limit; `field` is added to `shortened` when it had to be shortened. */
const fitted = (shortened: Array<string>, field: string, value: string): string => {
  const short = shorten(value)
  if (short !== value) shortened.push(field)
  return short
}

/** The values of a test's properties named with `prefix`, by the rest of their names (most tests have none). */
const prefixed = (test: Canonical.TestCase, prefix: string): ReadonlyMap<string, ReadonlyArray<string>> => {
  let props: Map<string, Array<string>> | undefined
  for (const p of test.properties ?? []) {
    if (!p.name.startsWith(prefix)) continue
    props ??= new Map()
    const key = p.name.slice(prefix.length)
    props.set(key, [...(props.get(key) ?? []), ...p.value.split(",").map((v) => v.trim()).filter((v) => v !== "")])
  }
  return props ?? NO_PROPERTIES
}

/** A test's own fields, when its framework or tool adds to the payload's; the same for every test of one pair. */
interface DerivedFields {
  readonly testFields: ReadonlyArray<TestField> | undefined
  /** Attributes shortened on the way, for the summary. */
  readonly shortened: ReadonlyArray<string>
}

const derivedFieldsCache = new WeakMap<RunOptions, Map<string, DerivedFields>>()

/** Every failure's stack (or type and message), then every attempt's, as one text. */
const stackOf = (test: Canonical.TestCase): string =>
  [
    ...(test.failures ?? []).map((f) => f.stack ?? [f.type, f.message].filter((x) => x !== undefined).join(": ")),
    ...(test.attempts ?? []).map((a, i) => `--- attempt ${i + 1} (${a.kind}) ---\n${a.stack ?? a.message ?? ""}`)
  ].filter((s) => s !== "").join("\n\n")

/** What Octane has no field for: the skip reason, disabled, flaky, and a failed test's output. */
const descriptionOf = (test: Canonical.TestCase): string => {
  const failedOutput = test.status === "failed" && (test.stdout !== undefined || test.stderr !== undefined)
  if (test.skip === undefined && test.disabled !== true && test.flaky !== true && !failedOutput) return ""
  return [
    test.skip?.message ?? test.skip?.text,
    test.disabled ? "disabled" : undefined,
    test.flaky ? `flaky: passed after ${test.attempts?.length ?? 0} failed attempt(s)` : undefined,
    test.status === "failed" && test.stdout !== undefined ? `--- stdout ---\n${test.stdout}` : undefined,
    test.status === "failed" && test.stderr !== undefined ? `--- stderr ---\n${test.stderr}` : undefined
  ].filter((s) => s !== undefined && s !== "").join("\n\n")
}

/**
 * Builds a test's fields: the payload's, then the test's framework and tool where the payload has none, then the
 * test's own properties. A test with no field properties of its own gets its pair's, built once per options and pair.
 */
const testFieldsOf = (
  options: RunOptions,
  test: Canonical.TestCase,
  own: ReadonlyArray<readonly [TestFieldType, string]>
): DerivedFields => {
  const build = (): DerivedFields => {
    const fields = new Map<string, string>()
    for (const field of options.globalTestFields ?? []) fields.set(field.type, field.value)
    let perTestFields = false
    for (const [type, value] of [["Framework", test.framework], ["Testing_Tool_Type", test.tool]] as const) {
      if (value !== undefined && value.trim() !== "" && !fields.has(type)) {
        fields.set(type, value)
        perTestFields = true
      }
    }
    for (const [type, value] of own) {
      fields.set(type, value)
      perTestFields = true
    }
    // A test's own test_fields stand for all of its fields, so the payload's are repeated in it.
    if (!perTestFields) return { testFields: undefined, shortened: NONE }
    const shortened: Array<string> = []
    const testFields = [...fields].map(([type, value]) => ({
      type: type as TestFieldType,
      value: fitted(shortened, `test field ${type}`, value)
    }))
    return { testFields, shortened }
  }
  if (own.length > 0) return build()
  let byPair = derivedFieldsCache.get(options)
  if (byPair === undefined) derivedFieldsCache.set(options, byPair = new Map())
  const pair = `${test.framework ?? ""}\u0000${test.tool ?? ""}`
  let cached = byPair.get(pair)
  if (cached === undefined) byPair.set(pair, cached = build())
  return cached
}

/**
 * Maps one test. Never fails: whatever does not fit is shortened, replaced or left out, and said in `problems`.
 *
 * `package` and `class` are the test's namespace and group; `run_name` is its execution (after `--run-name`, when
 * both are set), so that two executions of one test are two runs of it; `Framework` and `Testing_Tool_Type` are the
 * test's framework and tool unless the payload sets them.
 *
 * @example
 * import * as OctaneRun from "@tr/octane/OctaneRun"
 * OctaneRun.fromTestCase(test, OctaneRun.defaultRunOptions).run
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromTestCase = (test: Canonical.TestCase, options: RunOptions): Mapped => {
  const shortened: Array<string> = []
  const problems: Array<string> = []
  const fit = (field: string, value: string | undefined): string | undefined =>
    value === undefined ? undefined : fitted(shortened, field, value)
  const prefix = options.propertyPrefix
  const props = prefixed(test, prefix)
  const one = (key: string) => props.get(key)?.[0]
  const ids = (key: string) => {
    const values = props.get(key)
    if (values === undefined) return NONE
    const good = values.filter((v) => LONG.test(v))
    for (const bad of values.filter((v) => !LONG.test(v))) {
      problems.push(`property ${prefix}${key}="${bad}" is not a numeric id; left out`)
    }
    return good
  }

  const group = Group.of(test)
  const pkg = group?.namespace
  const cls = group?.group
  const unnamed = test.title.trim() === ""

  const links: Mutable<Links> = {}
  const suite = ids("suite_ref")[0]
  if (suite !== undefined) links.suite = { id: suite }
  const program = ids("program_ref")[0]
  if (program !== undefined) links.programId = program
  const releaseId = ids("release_ref")[0]
  const releaseName = one("release")
  if (releaseId !== undefined) {
    links.release = { id: releaseId }
    if (releaseName !== undefined) {
      problems.push(`both ${prefix}release_ref and ${prefix}release are set; the id is used`)
    }
  } else if (releaseName !== undefined) links.release = { name: fit("release", releaseName)! }
  const milestone = ids("milestone_ref")[0]
  if (milestone !== undefined) links.milestoneId = milestone
  const backlog = ids("backlog_item_ref")
  if (backlog.length > 0) links.backlogItemIds = backlog
  const areas = ids("product_area_ref")
  if (areas.length > 0) links.productAreaIds = areas

  const own: Array<readonly [TestFieldType, string]> = []
  for (const [key, values] of props) {
    if (!key.startsWith("test_field.")) continue
    const type = key.slice("test_field.".length)
    if (!(TEST_FIELD_TYPES as ReadonlyArray<string>).includes(type)) {
      problems.push(`property ${prefix}${key}: "${type}" is not one of ${TEST_FIELD_TYPES.join(", ")}; left out`)
    } else if (values[0] !== undefined) {
      own.push([type as TestFieldType, values[0]])
    }
  }
  const fields = testFieldsOf(options, test, own)
  if (fields.testFields !== undefined) {
    links.testFields = fields.testFields
    shortened.push(...fields.shortened)
  }
  const taxonomies = props.size === 0 ? NONE : [...props].filter(([key]) => key.startsWith("taxonomy."))
  if (taxonomies.length > 0) {
    links.environment = taxonomies.map(([key, values]) => ({
      type: fit("taxonomy type", key.slice("taxonomy.".length))!,
      value: fit("taxonomy value", values[0] ?? "")!
    }))
  }

  let reportUrl = one("external_report_url") ?? options.externalReportUrl
  if (reportUrl !== undefined && !isUrl(reportUrl)) {
    problems.push(`external report URL "${reportUrl.slice(0, 80)}" is not an http(s) URL of 6–512 characters; left out`)
    reportUrl = undefined
  }

  const started = epochMillis(test.startedAt)
  const module = fit("module", one("module") ?? options.module)
  const runName = fit("run_name", one("run_name") ?? runNameOf(options.runName, test.execution))
  const externalTestId = fit("external_test_id", one("external_test_id") ?? test.testId)
  const externalRunId = fit("external_run_id", one("external_run_id"))
  // Assigned one by one rather than spread from optional parts: this runs for every test of a push.
  const run: Mutable<TestRun> = {
    name: unnamed ? UNNAMED : fit("name", test.title)!,
    duration: Math.round((test.duration ?? 0) * 1000),
    status: STATUS[test.status]
  }
  if (module !== undefined) run.module = module
  if (pkg !== undefined) run.package = fit("package", pkg)!
  if (cls !== undefined) run.class = fit("class", cls)!
  if (started !== undefined) run.started = started
  if (runName !== undefined) run.runName = runName
  if (reportUrl !== undefined) run.externalReportUrl = reportUrl
  if (externalTestId !== undefined) run.externalTestId = externalTestId
  if (externalRunId !== undefined) run.externalRunId = externalRunId
  if (Object.keys(links).length > 0) run.links = links
  const first = test.failures?.[0] ?? test.attempts?.[0]
  if (test.status === "failed" && first !== undefined) {
    const error: Mutable<NonNullable<TestRun["error"]>> = {}
    if (first.type !== undefined) error.type = first.type
    if (first.message !== undefined) error.message = first.message
    const stack = stackOf(test)
    if (stack !== "") error.stack = bounded(stack, options.maxStack)
    run.error = error
  }
  const description = descriptionOf(test)
  if (description !== "") run.description = bounded(description, options.maxDescription)
  return { run, shortened, unnamed, problems }
}
