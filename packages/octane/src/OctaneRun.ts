/**
 * A canonical test as an Octane `test_run`, within the limits the XSD sets, so that one test can never cost the
 * others of its payload.
 *
 * @since 0.1.0
 */
import { BoundedText } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import * as Identity from "@tr/core/Identity"
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
  /** Test fields set for the whole payload: the ones derived from the dialect never override them. */
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
 * The name of a test whose name is empty: the XSD requires one.
 *
 * @since 0.1.0
 * @category constants
 */
export const UNNAMED = "(unnamed test)"

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

/** A test's own fields, when its dialect adds to the payload's; the same for every test of a dialect. */
interface DialectFields {
  readonly testFields: ReadonlyArray<TestField> | undefined
  /** Attributes shortened on the way, for the summary. */
  readonly shortened: ReadonlyArray<string>
}

const dialectFieldsCache = new WeakMap<RunOptions, Map<string | undefined, DialectFields>>()

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
 * Builds a test's fields: the payload's, then the dialect's where the payload has none, then the test's own
 * properties. A test with no field properties of its own gets the dialect's, built once per options and dialect.
 */
const testFieldsOf = (
  options: RunOptions,
  dialect: string | undefined,
  own: ReadonlyArray<readonly [TestFieldType, string]>
): DialectFields => {
  const build = (): DialectFields => {
    const fields = new Map<string, string>()
    for (const field of options.globalTestFields ?? []) fields.set(field.type, field.value)
    const derived = dialect === undefined ? undefined : DIALECT_FIELDS[dialect]
    let perTestFields = false
    if (derived !== undefined) {
      if (!fields.has("Framework")) {
        fields.set("Framework", derived.framework)
        perTestFields = true
      }
      if (!fields.has("Testing_Tool_Type")) {
        fields.set("Testing_Tool_Type", derived.tool)
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
  let byDialect = dialectFieldsCache.get(options)
  if (byDialect === undefined) dialectFieldsCache.set(options, byDialect = new Map())
  let cached = byDialect.get(dialect)
  if (cached === undefined) byDialect.set(dialect, cached = build())
  return cached
}

/**
 * What each dialect sets in the `Framework` and `Testing_Tool_Type` test fields, unless the user sets them.
 *
 * @since 0.1.0
 * @category constants
 */
export const DIALECT_FIELDS: { readonly [dialect: string]: { readonly framework: string; readonly tool: string } } = {
  surefire: { framework: "JUnit", tool: "Maven Surefire" },
  gradle: { framework: "JUnit", tool: "Gradle" },
  pytest: { framework: "pytest", tool: "pytest" },
  jest: { framework: "Jest", tool: "jest-junit" },
  vitest: { framework: "Vitest", tool: "Vitest" },
  mocha: { framework: "Mocha", tool: "mocha-junit-reporter" },
  cypress: { framework: "Cypress", tool: "Cypress" },
  playwright: { framework: "Playwright", tool: "Playwright" },
  go: { framework: "Go testing", tool: "go-junit-report" },
  gotestsum: { framework: "Go testing", tool: "gotestsum" },
  phpunit: { framework: "PHPUnit", tool: "PHPUnit" },
  ctest: { framework: "CTest", tool: "CTest" },
  catch2: { framework: "Catch2", tool: "Catch2" },
  googletest: { framework: "GoogleTest", tool: "GoogleTest" },
  nextest: { framework: "Rust test", tool: "cargo-nextest" },
  bazel: { framework: "Bazel", tool: "Bazel" },
  dotnet: { framework: ".NET", tool: "JUnit logger" },
  robot: { framework: "Robot Framework", tool: "Robot Framework" },
  nunit: { framework: "NUnit", tool: "NUnit" },
  xunit: { framework: "xUnit.net", tool: "xUnit.net" },
  mstest: { framework: "MSTest", tool: "TRX" },
  testng: { framework: "TestNG", tool: "TestNG" }
}

/**
 * Maps one test. Never fails: whatever does not fit is shortened, replaced or left out, and said in `problems`.
 *
 * @example
 * import * as OctaneRun from "@tr/octane/OctaneRun"
 * OctaneRun.fromTestCase(test, OctaneRun.defaultRunOptions, "surefire").run
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromTestCase = (test: Canonical.TestCase, options: RunOptions, dialect?: string): Mapped => {
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

  const className = test.className ?? test.suite.at(-1)
  const dot = className?.lastIndexOf(".") ?? -1
  const pkg = className !== undefined && dot > 0 ? className.slice(0, dot) : undefined
  const cls = className !== undefined && dot > 0 ? className.slice(dot + 1) : className
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
  const fields = testFieldsOf(options, dialect, own)
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
  const runName = fit("run_name", one("run_name") ?? options.runName)
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
