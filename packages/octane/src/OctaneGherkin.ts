/**
 * Gherkin scenarios as ALM Octane `gherkin_test_run`s: one run per feature, as OpenText's own tools send them, in
 * payloads that hold only Gherkin runs (the XSD lets `test_runs` hold one kind or the other).
 *
 * @since 0.2.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Utf8 from "@tr/core/Utf8"
import * as Xml from "@tr/core/XmlEscape"
import type { Context, RunStatus } from "./OctanePayload.js"
import * as OctanePayload from "./OctanePayload.js"

/**
 * @since 0.2.0
 * @category models
 */
export interface GherkinStep {
  readonly name: string
  /** Whole milliseconds. */
  readonly duration: number
  readonly status: string
  readonly error?: string
}

/**
 * @since 0.2.0
 * @category models
 */
export interface GherkinScenario {
  readonly name: string
  readonly outlineIndex?: number
  readonly status: RunStatus
  readonly steps: ReadonlyArray<GherkinStep>
}

/**
 * One `gherkin_test_run`: a feature and its scenarios.
 *
 * @since 0.2.0
 * @category models
 */
export interface GherkinRun {
  readonly name: string
  /** Whole milliseconds. */
  readonly duration: number
  readonly status: RunStatus
  /** The scenarios' test framework, for the payload's `Framework` test field. */
  readonly framework?: string
  readonly feature: {
    readonly name: string
    readonly path: string
    /** The feature's Octane test id tags (`@TID…`, `@BSPID…`), space-separated; empty when it has none. */
    readonly tag: string
    /** Epoch milliseconds. */
    readonly started: number
    /** The feature file's text. */
    readonly file: string
    readonly scenarios: ReadonlyArray<GherkinScenario>
  }
}

/**
 * What a feature's runs are told apart by: its path and name. A payload never holds the same feature twice.
 *
 * @since 0.2.0
 * @category utils
 */
export const identity = (test: Canonical.TestCase): string =>
  `gherkin\u0000${test.file ?? ""}\u0000${test.gherkin?.feature ?? ""}`

/**
 * The test fields of a payload of Gherkin runs, as the official converter sets them: `Test_Level` = `Gherkin Test`
 * and `Framework` = the tests' framework (else `Cucumber`), unless the context sets them.
 *
 * @since 0.2.0
 * @category constants
 */
export const TEST_FIELDS: ReadonlyArray<{ readonly type: "Test_Level" | "Framework"; readonly value: string }> = [
  { type: "Test_Level", value: "Gherkin Test" },
  { type: "Framework", value: "Cucumber" }
]

const STATUS: { readonly [S in Canonical.Status]: RunStatus } = {
  passed: "Passed",
  failed: "Failed",
  skipped: "Skipped"
}

const MAX_STEP = 3800
const cut = (text: string, max: number): string => text.length <= max ? text : `${text.slice(0, max - 1)}…`
const ms = (seconds: number | undefined): number => Math.round((seconds ?? 0) * 1000)
const epochMillis = (timestamp: string | undefined): number | undefined => {
  if (timestamp === undefined) return undefined
  const parsed = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(timestamp) ? timestamp : `${timestamp}Z`)
  return Number.isNaN(parsed) ? undefined : parsed
}
const TEST_ID_TAG = /^@?(TID|BSPID)\d/

/** The steps Octane shows: the Gherkin steps, and a hook only when it did not pass (it explains the scenario). */
const stepsOf = (test: Canonical.TestCase): Array<GherkinStep> =>
  (test.steps ?? []).flatMap((s) =>
    s.category === "hook" && s.status !== "failed"
      ? []
      : [{
        name: cut(s.title.trim() === "" ? "(unnamed step)" : s.title, MAX_STEP),
        duration: ms(s.duration),
        status: s.status ?? "skipped",
        ...(s.error === undefined ? {} : { error: s.error.stack ?? s.error.message ?? "" })
      }]
  )

/**
 * A feature's text rebuilt from its scenarios, for when the `.feature` file is not at hand: what Octane shows is then
 * what ran, not what was written (outlines appear as their rows).
 *
 * @since 0.2.0
 * @category constructors
 */
export const rebuildFeature = (tests: ReadonlyArray<Canonical.TestCase>): string => {
  const first = tests[0]
  const lines: Array<string> = []
  const featureTags = first?.gherkin?.featureTags ?? []
  if (featureTags.length > 0) lines.push(featureTags.join(" "))
  lines.push(`Feature: ${first?.gherkin?.feature ?? ""}`)
  for (const test of tests) {
    lines.push("")
    const own = (test.tags ?? []).filter((t) => !featureTags.includes(t))
    if (own.length > 0) lines.push(`  ${own.join(" ")}`)
    lines.push(`  Scenario: ${test.title}`)
    for (const step of test.steps ?? []) if (step.category !== "hook") lines.push(`    ${step.title}`)
  }
  return lines.join("\n")
}

/**
 * A feature's scenarios (tests whose `gherkin` names the same feature) as one run. `text` is the feature file's text,
 * when it was found.
 *
 * @since 0.2.0
 * @category constructors
 */
export const fromScenarios = (
  tests: ReadonlyArray<Canonical.TestCase>,
  text: string | undefined,
  now: number
): GherkinRun => {
  const first = tests[0]!
  const name = first.gherkin?.feature ?? ""
  const scenarios = tests.map((t): GherkinScenario => ({
    name: cut(t.title, MAX_STEP),
    ...(t.gherkin?.outlineIndex === undefined ? {} : { outlineIndex: t.gherkin.outlineIndex }),
    status: STATUS[t.status],
    steps: stepsOf(t)
  }))
  const status: RunStatus = tests.some((t) => t.status === "failed")
    ? "Failed"
    : tests.some((t) => t.status === "passed")
    ? "Passed"
    : "Skipped"
  const starts = tests.flatMap((t) => epochMillis(t.startedAt) ?? [])
  const tag = (first.gherkin?.featureTags ?? []).filter((t) => TEST_ID_TAG.test(t)).map((t) => t.replace(/^@/, ""))
  return {
    name: within255(name),
    ...(first.framework === undefined ? {} : { framework: first.framework }),
    duration: tests.reduce((sum, t) => sum + ms(t.duration), 0),
    status,
    feature: {
      name: within255(name),
      path: within255(first.file === undefined || first.file === "" ? name || "(unnamed feature)" : first.file),
      tag: within255(tag.join(" ")),
      started: starts.length === 0 ? now : Math.min(...starts),
      file: text ?? rebuildFeature(tests),
      scenarios
    }
  }
}

/** A name within the 255 characters the XSD allows. */
const within255 = (value: string): string => cut(value, 255)

const step = (s: GherkinStep): string => {
  const attrs = Xml.attributes([["name", s.name], ["duration", s.duration], ["status", s.status]])
  return s.error === undefined || s.error === ""
    ? `<step${attrs}/>`
    : `<step${attrs}><error_message>${Xml.text(s.error)}</error_message></step>`
}

const run = (r: GherkinRun): string => {
  const f = r.feature
  const scenarios = f.scenarios.map((s) =>
    `<scenario${Xml.attributes([["name", s.name], ["outlineIndex", s.outlineIndex], ["status", s.status]])}><steps>${
      s.steps.map(step).join("")
    }</steps></scenario>`
  ).join("")
  return `<gherkin_test_run${Xml.attributes([["name", r.name], ["duration", r.duration], ["status", r.status]])}>` +
    `<feature${Xml.attributes([["name", f.name], ["path", f.path], ["started", f.started], ["tag", f.tag]])}><file>${
      Xml.text(f.file)
    }</file><scenarios>${scenarios}</scenarios></feature></gherkin_test_run>\n`
}

/** The context with the Gherkin test fields added where it sets none of that type. */
const withFields = (context: Context, framework: string | undefined): Context => {
  const set = new Set((context.testFields ?? []).map((f) => f.type))
  const fields = TEST_FIELDS.map((f) =>
    f.type === "Framework" && framework !== undefined ? { ...f, value: framework } : f
  )
  return { ...context, testFields: [...(context.testFields ?? []), ...fields.filter((f) => !set.has(f.type))] }
}

/**
 * A payload of Gherkin runs as UTF-8 bytes.
 *
 * @example
 * import * as OctaneGherkin from "@tr/octane/OctaneGherkin"
 * OctaneGherkin.encode({}, [OctaneGherkin.fromScenarios(tests, undefined, Date.now())])
 *
 * @since 0.2.0
 * @category rendering
 */
export const encode = (context: Context, runs: ReadonlyArray<GherkinRun>): Uint8Array =>
  Utf8.encodePieces(OctanePayload.documentPieces(withFields(context, runs[0]?.framework), runs, run))
