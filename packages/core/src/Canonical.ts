/**
 * The canonical stream: the contract between every reader (`tr convert`) and every sink (`tr push`).
 *
 * One JSON object a line. A `run` header first, then `source`, `test`, `suite` and `diagnostic` lines in input order,
 * and an `end` trailer last. A consumer that never sees the trailer knows the producer died.
 *
 * @since 0.1.0
 */
import * as JSONSchema from "effect/JSONSchema"
import * as Schema from "effect/Schema"

/**
 * Version of the record shapes below. Bumped on any change a consumer could notice.
 *
 * @since 0.1.0
 * @category constants
 */
export const SCHEMA_VERSION = 1

const NonNegativeInt = Schema.Int.pipe(Schema.nonNegative())

/**
 * The longest duration a record holds, in seconds (about 31 years). A longer one is damage or a misread unit, and no
 * service takes it: Octane's `duration` is an `xs:long` of milliseconds, and a JSON number beyond the double range is
 * written as `null`. Readers leave such a value out with a warning.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_SECONDS = 1e9

/**
 * Whether a number is a duration a record may hold: from 0 to `MAX_SECONDS` (never `NaN` or infinite).
 *
 * @example
 * import * as Canonical from "@tr/core/Canonical"
 * Canonical.isSeconds(1.5) // true
 * Canonical.isSeconds(1e30) // false
 *
 * @since 0.1.0
 * @category guards
 */
export const isSeconds = (u: unknown): u is number => typeof u === "number" && u >= 0 && u <= MAX_SECONDS

/**
 * Seconds, from 0 to `MAX_SECONDS`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Seconds = Schema.Number.pipe(
  Schema.between(0, MAX_SECONDS),
  Schema.annotations({ description: "A duration in seconds" })
)

/**
 * A name/value pair, in input order (names may repeat).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Property = Schema.Struct({ name: Schema.String, value: Schema.String }).annotations({
  identifier: "Property"
})

/**
 * @since 0.1.0
 * @category models
 */
export type Property = typeof Property.Type

/**
 * A failed outcome of a test: a JUnit `failure` (an assertion did not hold) or `error` (the test broke).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Failure = Schema.Struct({
  kind: Schema.Literal("failure", "error"),
  message: Schema.optional(Schema.String),
  type: Schema.optional(Schema.String),
  stack: Schema.optional(Schema.String).annotations({ description: "The element's text, usually a stack trace" }),
  file: Schema.optional(Schema.String).annotations({ description: "Where the failure happened, when the input says" }),
  line: Schema.optional(NonNegativeInt)
}).annotations({ identifier: "Failure" })

/**
 * @since 0.1.0
 * @category models
 */
export type Failure = typeof Failure.Type

/**
 * Why a test did not run, as the input said it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Skip = Schema.Struct({
  message: Schema.optional(Schema.String),
  type: Schema.optional(Schema.String),
  text: Schema.optional(Schema.String)
}).annotations({ identifier: "Skip" })

/**
 * @since 0.1.0
 * @category models
 */
export type Skip = typeof Skip.Type

/**
 * One earlier execution of a retried test (Surefire `flakyFailure`, `flakyError`, `rerunFailure`, `rerunError`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Attempt = Schema.Struct({
  kind: Schema.Literal("flakyFailure", "flakyError", "rerunFailure", "rerunError"),
  message: Schema.optional(Schema.String),
  type: Schema.optional(Schema.String),
  stack: Schema.optional(Schema.String),
  duration: Schema.optional(Seconds),
  stdout: Schema.optional(Schema.String),
  stderr: Schema.optional(Schema.String)
}).annotations({ identifier: "Attempt" })

/**
 * @since 0.1.0
 * @category models
 */
export type Attempt = typeof Attempt.Type

/**
 * A step of a test (BDD steps, hooks, nested actions).
 *
 * @since 0.1.0
 * @category models
 */
export interface Step {
  readonly title: string
  readonly category?: "user" | "framework" | "hook" | undefined
  readonly status?: "passed" | "failed" | "skipped" | undefined
  readonly duration?: number | undefined
  readonly error?: { readonly message?: string | undefined; readonly stack?: string | undefined } | undefined
  readonly steps?: ReadonlyArray<Step> | undefined
}

/**
 * @since 0.1.0
 * @category schemas
 */
export const Step: Schema.Schema<Step> = Schema.Struct({
  title: Schema.String,
  category: Schema.optional(Schema.Literal("user", "framework", "hook")),
  status: Schema.optional(Schema.Literal("passed", "failed", "skipped")),
  duration: Schema.optional(Seconds),
  error: Schema.optional(
    Schema.Struct({ message: Schema.optional(Schema.String), stack: Schema.optional(Schema.String) })
  ),
  steps: Schema.optional(Schema.Array(Schema.suspend((): Schema.Schema<Step> => Step)))
}).annotations({ identifier: "Step" })

/**
 * A file produced by a test: a screenshot, a log, a video. `path` as written by the runner, or a `url`, or the
 * contents themselves when the report holds them instead of a path (xUnit.net v3): `content` as text, or base64 when
 * `encoding` says so, with their `size` in bytes. Contents over the reader's text cap are not carried: such an
 * attachment has its `name` and `size` (as far as it was read) and no `content`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Attachment = Schema.Struct({
  name: Schema.optional(Schema.String),
  path: Schema.optional(Schema.String),
  url: Schema.optional(Schema.String),
  contentType: Schema.optional(Schema.String),
  content: Schema.optional(Schema.String).annotations({
    description: "The attachment's bytes, when the report holds them: UTF-8 text, or base64 (`encoding`)"
  }),
  encoding: Schema.optional(Schema.Literal("base64")),
  size: Schema.optional(NonNegativeInt).annotations({
    description: "Bytes of the contents the report holds, carried in `content` or not (over the text cap)"
  })
}).annotations({ identifier: "Attachment" })

/**
 * @since 0.1.0
 * @category models
 */
export type Attachment = typeof Attachment.Type

/**
 * A value of a data-driven test, named where the input names it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Parameter = Schema.Struct({ name: Schema.optional(Schema.String), value: Schema.String }).annotations({
  identifier: "Parameter"
})

/**
 * @since 0.1.0
 * @category models
 */
export type Parameter = typeof Parameter.Type

/**
 * A text field that a cap shortened, with its length as read.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Truncation = Schema.Struct({ field: Schema.String, length: NonNegativeInt }).annotations({
  identifier: "Truncation"
})

/**
 * @since 0.1.0
 * @category models
 */
export type Truncation = typeof Truncation.Type

/**
 * What a test written in Gherkin (Cucumber, behave, SpecFlow, Behat, …) is in its specification, whatever report
 * format it came from: a sink that has a place for BDD scenarios (ALM Octane's Gherkin runs) finds them by this field,
 * never by a format name.
 *
 * @since 0.2.0
 * @category schemas
 */
export const Gherkin = Schema.Struct({
  feature: Schema.String.annotations({ description: "The feature's name" }),
  featureTags: Schema.optional(Schema.Array(Schema.String)).annotations({
    description: "The feature's own tags, as written (`@smoke`)"
  }),
  rule: Schema.optional(Schema.String),
  keyword: Schema.optional(Schema.String).annotations({ description: "`Scenario`, `Scenario Outline`, `Example`, …" }),
  outlineIndex: Schema.optional(NonNegativeInt).annotations({
    description: "Which example row of a scenario outline this is, from 1"
  }),
  featureText: Schema.optional(Schema.String).annotations({
    description: "The feature file's text, when the report carries it (Cucumber Messages' `source`): on the first " +
      "scenario of each feature only"
  })
}).annotations({ identifier: "Gherkin" })

/**
 * @since 0.2.0
 * @category models
 */
export type Gherkin = typeof Gherkin.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const Status = Schema.Literal("passed", "failed", "skipped")

/**
 * @since 0.1.0
 * @category models
 */
export type Status = typeof Status.Type

/**
 * One execution of one test.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TestCase = Schema.Struct({
  type: Schema.Literal("test"),
  id: Schema.String.annotations({
    description: "Stable identity of this execution, derived from its source file, position and names"
  }),
  source: Schema.String.annotations({ description: "The result file this test was read from" }),
  title: Schema.String.annotations({ description: "The test's name as the runner wrote it" }),
  suite: Schema.Array(Schema.String).annotations({ description: "Enclosing suites, outermost first" }),
  className: Schema.optional(Schema.String),
  group: Schema.optional(Schema.String).annotations({
    description: "The group the runner's users see this test under: a class, a module, a describe path, a spec " +
      "file (Testomat.io's suite, Octane's class)"
  }),
  namespace: Schema.optional(Schema.String).annotations({
    description: "Where the group lives: a Java or Python package, a .NET namespace, a spec file's folder " +
      "(Octane's package)"
  }),
  file: Schema.optional(Schema.String).annotations({
    description: "The test's source file, as written or as the runner implies it"
  }),
  line: Schema.optional(NonNegativeInt),
  framework: Schema.optional(Schema.String).annotations({
    description: "The test framework: JUnit, pytest, Jest, NUnit, ... (Octane's Framework)"
  }),
  tool: Schema.optional(Schema.String).annotations({
    description: "The tool that wrote the report: Maven Surefire, jest-junit, ... (Octane's Testing_Tool_Type)"
  }),
  execution: Schema.optional(Schema.String).annotations({
    description: "What tells this execution apart from other executions of the same test in one run: a browser " +
      "project, a parameter set, a matrix or shard key (Octane's run_name, part of Testomat.io's rid)"
  }),
  status: Status,
  flaky: Schema.optional(Schema.Literal(true)).annotations({ description: "Passed after failed attempts" }),
  disabled: Schema.optional(Schema.Literal(true)).annotations({ description: "Skipped because it is disabled" }),
  duration: Schema.optional(Seconds),
  startedAt: Schema.optional(Schema.String).annotations({ description: "Start time as the input wrote it" }),
  failures: Schema.optional(Schema.Array(Failure)),
  skip: Schema.optional(Skip),
  attempts: Schema.optional(Schema.Array(Attempt)),
  stdout: Schema.optional(Schema.String),
  stderr: Schema.optional(Schema.String),
  properties: Schema.optional(Schema.Array(Property)),
  tags: Schema.optional(Schema.Array(Schema.String)),
  testId: Schema.optional(Schema.String).annotations({ description: "Testomat.io test id, 8 characters" }),
  parameters: Schema.optional(Schema.Array(Parameter)),
  steps: Schema.optional(Schema.Array(Step)),
  attachments: Schema.optional(Schema.Array(Attachment)),
  attributes: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })).annotations({
    description: "Attributes of the input element that no field above holds"
  }),
  truncated: Schema.optional(Schema.Array(Truncation)),
  gherkin: Schema.optional(Gherkin).annotations({ description: "The Gherkin scenario this test is" })
}).annotations({ identifier: "TestCase" })

/**
 * @since 0.1.0
 * @category models
 */
export type TestCase = typeof TestCase.Type

/**
 * Counts a suite declares about itself, checked against what was read.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeclaredCounts = Schema.Struct({
  tests: Schema.optional(NonNegativeInt),
  failures: Schema.optional(NonNegativeInt),
  errors: Schema.optional(NonNegativeInt),
  skipped: Schema.optional(NonNegativeInt),
  disabled: Schema.optional(NonNegativeInt)
}).annotations({ identifier: "DeclaredCounts" })

/**
 * What a suite says about itself, written when the suite closes (after its tests).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Suite = Schema.Struct({
  type: Schema.Literal("suite"),
  source: Schema.String,
  path: Schema.Array(Schema.String).annotations({
    description: "The suite path its tests carry; empty for a root that groups suites"
  }),
  name: Schema.optional(Schema.String),
  duration: Schema.optional(Seconds),
  startedAt: Schema.optional(Schema.String),
  hostname: Schema.optional(Schema.String),
  declared: Schema.optional(DeclaredCounts),
  properties: Schema.optional(Schema.Array(Property)),
  stdout: Schema.optional(Schema.String),
  stderr: Schema.optional(Schema.String),
  attributes: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
  truncated: Schema.optional(Schema.Array(Truncation))
}).annotations({ identifier: "Suite" })

/**
 * @since 0.1.0
 * @category models
 */
export type Suite = typeof Suite.Type

/**
 * What a source turned out to be, written before its tests as soon as the reader knows: its format and, where the
 * reader recognises one, the dialect (the runner that wrote it).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Source = Schema.Struct({
  type: Schema.Literal("source"),
  path: Schema.String,
  format: Schema.String,
  dialect: Schema.optional(Schema.String)
}).annotations({ identifier: "Source" })

/**
 * @since 0.1.0
 * @category models
 */
export type Source = typeof Source.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const Severity = Schema.Literal("error", "warning")

/**
 * A problem in the input that did not stop the conversion: where it is, what was wrong, what was kept.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Diagnostic = Schema.Struct({
  type: Schema.Literal("diagnostic"),
  severity: Severity,
  code: Schema.String,
  message: Schema.String,
  source: Schema.optional(Schema.String),
  line: Schema.optional(NonNegativeInt),
  column: Schema.optional(NonNegativeInt)
}).annotations({ identifier: "Diagnostic" })

/**
 * @since 0.1.0
 * @category models
 */
export type Diagnostic = typeof Diagnostic.Type

/**
 * @since 0.1.0
 * @category schemas
 */
export const RunHeader = Schema.Struct({
  type: Schema.Literal("run"),
  schemaVersion: Schema.Literal(SCHEMA_VERSION),
  tool: Schema.Struct({ name: Schema.String, version: Schema.String }),
  sources: Schema.Array(Schema.String),
  metadata: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String }))
}).annotations({ identifier: "RunHeader" })

/**
 * @since 0.1.0
 * @category models
 */
export type RunHeader = typeof RunHeader.Type

/**
 * Tests by status.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Counts = Schema.Struct({
  tests: NonNegativeInt,
  passed: NonNegativeInt,
  failed: NonNegativeInt,
  skipped: NonNegativeInt
}).annotations({ identifier: "Counts" })

/**
 * @since 0.1.0
 * @category models
 */
export type Counts = typeof Counts.Type

/**
 * How reading one source ended.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SourceStatus = Schema.Literal("ok", "damaged", "empty", "unreadable", "unrecognized")

/**
 * @since 0.1.0
 * @category schemas
 */
export const SourceSummary = Schema.Struct({
  path: Schema.String,
  format: Schema.optional(Schema.String),
  dialect: Schema.optional(Schema.String),
  status: SourceStatus,
  ...Counts.fields
}).annotations({ identifier: "SourceSummary" })

/**
 * @since 0.1.0
 * @category models
 */
export type SourceSummary = typeof SourceSummary.Type

/**
 * The trailer: counts by status and by source. Its absence means the stream was cut.
 *
 * @since 0.1.0
 * @category schemas
 */
export const End = Schema.Struct({
  type: Schema.Literal("end"),
  ...Counts.fields,
  errors: NonNegativeInt.annotations({ description: "Diagnostics of severity error" }),
  warnings: NonNegativeInt,
  truncations: NonNegativeInt.annotations({ description: "Text fields shortened by a cap" }),
  sources: Schema.Array(SourceSummary)
}).annotations({ identifier: "End" })

/**
 * @since 0.1.0
 * @category models
 */
export type End = typeof End.Type

/**
 * Any line of the stream.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StreamRecord = Schema.Union(RunHeader, Source, TestCase, Suite, Diagnostic, End).annotations({
  identifier: "StreamRecord",
  title: "tr canonical stream record",
  description: "One line of the tr canonical NDJSON stream"
})

/**
 * @since 0.1.0
 * @category models
 */
export type StreamRecord = typeof StreamRecord.Type

/**
 * What a reader emits for one source: everything but the header and trailer, which belong to the whole stream.
 *
 * @since 0.1.0
 * @category models
 */
export type SourceRecord = Source | TestCase | Suite | Diagnostic

/**
 * The JSON Schema of one line of the stream, generated from the schemas above.
 *
 * @since 0.1.0
 * @category schemas
 */
export const jsonSchema = (): JSONSchema.JsonSchema7Root => JSONSchema.make(StreamRecord)

/**
 * A diagnostic about `source`, at a line (and column) of it when known.
 *
 * @example
 * import * as Canonical from "@tr/core/Canonical"
 * Canonical.diagnostic("report.xml", "error", "truncated-file", "the file ends inside a test", { line: 9, column: 4 })
 *
 * @since 0.2.0
 * @category constructors
 */
export const diagnostic = (
  source: string,
  severity: Diagnostic["severity"],
  code: string,
  message: string,
  at?: { readonly line?: number | undefined; readonly column?: number | undefined }
): Diagnostic => ({
  type: "diagnostic",
  severity,
  code,
  message,
  source,
  ...(at?.line === undefined ? {} : { line: at.line }),
  ...(at?.column === undefined ? {} : { column: at.column })
})

/**
 * The diagnostics of one source, each pushed to the records a reader gives out: what a reader's own `diagnostic`
 * method would be.
 *
 * @example
 * import * as Canonical from "@tr/core/Canonical"
 * const diagnostic = Canonical.diagnosticsOf("report.json")
 * const out: Array<Canonical.SourceRecord> = []
 * diagnostic(out, "warning", "no-scenarios", "the report holds no scenarios")
 *
 * @since 0.2.0
 * @category constructors
 */
export const diagnosticsOf = (source: string) =>
(
  out: Array<SourceRecord>,
  severity: Diagnostic["severity"],
  code: string,
  message: string,
  at?: { readonly line?: number | undefined; readonly column?: number | undefined }
): void => {
  out.push(diagnostic(source, severity, code, message, at))
}

/**
 * @since 0.1.0
 * @category guards
 */
export const isTestCase = (record: StreamRecord): record is TestCase => record.type === "test"

// ---- the hand-written guard -------------------------------------------------------------------------------------
// What the schemas above say, as plain predicates: a fraction of the cost of decoding, on every line `tr push` reads.

type Check = (u: unknown) => boolean

const isString: Check = (u) => typeof u === "string"
const isCount: Check = (u) => Number.isSafeInteger(u) && (u as number) >= 0
const isTrue: Check = (u) => u === true
const oneOf = (...values: ReadonlyArray<string>): Check => (u) => values.includes(u as string)
const arrayOf = (check: Check): Check => (u) => Array.isArray(u) && u.every(check)
const isObject = (u: unknown): u is { readonly [key: string]: unknown } =>
  typeof u === "object" && u !== null && !Array.isArray(u)

/**
 * An object with every `required` field and no field outside `required` and `optional`: a field the schema does not
 * know would be dropped by decoding, so the record would not come out as it went in.
 */
const struct = (
  required: { readonly [key: string]: Check },
  optional: { readonly [key: string]: Check } = {}
): Check => {
  const fields = new Map([...Object.entries(required), ...Object.entries(optional)])
  const requiredNames = Object.keys(required)
  return (u) => {
    if (!isObject(u)) return false
    for (const name of requiredNames) if (!(name in u)) return false
    for (const key in u) {
      const check = fields.get(key)
      if (check === undefined || !check(u[key])) return false
    }
    return true
  }
}

// "__proto__" is an own key of parsed JSON but would not survive being copied into a record.
const isStringRecord: Check = (u) => {
  if (!isObject(u) || Object.getPrototypeOf(u) !== Object.prototype) return false
  for (const key in u) if (key === "__proto__" || typeof u[key] !== "string") return false
  return true
}

/**
 * Steps nested deeper than this are left to the schema (which refuses what its recursion cannot follow): every stage
 * after the check follows steps by recursion too.
 */
const MAX_STEP_DEPTH = 100
/** The check of a step `depth` levels down, made once. */
const stepsAt: Array<Check> = []
const isStepAt = (depth: number): Check => (stepsAt[depth] ??= depth < MAX_STEP_DEPTH ? stepCheck(depth) : () => false)
const stepCheck = (depth: number): Check =>
  struct({ title: isString }, {
    category: oneOf("user", "framework", "hook"),
    status: oneOf("passed", "failed", "skipped"),
    duration: isSeconds,
    error: struct({}, { message: isString, stack: isString }),
    steps: arrayOf((u) => isStepAt(depth + 1)(u))
  })

const isTestCaseShape: Check = struct({
  type: oneOf("test"),
  id: isString,
  source: isString,
  title: isString,
  suite: arrayOf(isString),
  status: oneOf("passed", "failed", "skipped")
}, {
  className: isString,
  group: isString,
  namespace: isString,
  file: isString,
  line: isCount,
  framework: isString,
  tool: isString,
  execution: isString,
  flaky: isTrue,
  disabled: isTrue,
  duration: isSeconds,
  startedAt: isString,
  failures: arrayOf(struct({ kind: oneOf("failure", "error") }, {
    message: isString,
    type: isString,
    stack: isString,
    file: isString,
    line: isCount
  })),
  skip: struct({}, { message: isString, type: isString, text: isString }),
  attempts: arrayOf(struct({ kind: oneOf("flakyFailure", "flakyError", "rerunFailure", "rerunError") }, {
    message: isString,
    type: isString,
    stack: isString,
    duration: isSeconds,
    stdout: isString,
    stderr: isString
  })),
  stdout: isString,
  stderr: isString,
  properties: arrayOf(struct({ name: isString, value: isString })),
  tags: arrayOf(isString),
  testId: isString,
  parameters: arrayOf(struct({ value: isString }, { name: isString })),
  steps: arrayOf(isStepAt(0)),
  attachments: arrayOf(struct({}, {
    path: isString,
    name: isString,
    url: isString,
    contentType: isString,
    content: isString,
    encoding: oneOf("base64"),
    size: isCount
  })),
  attributes: isStringRecord,
  truncated: arrayOf(struct({ field: isString, length: isCount })),
  gherkin: struct({ feature: isString }, {
    featureTags: arrayOf(isString),
    rule: isString,
    keyword: isString,
    outlineIndex: isCount,
    featureText: isString
  })
})

/**
 * A test record exactly as `TestCase` would decode it, checked by hand: true only where decoding would succeed and
 * give an equal record (every field known, every value of its type), at a fraction of the cost. Anything else (false)
 * is for the schema to decide: a record with an unknown field is valid but decodes without it. A test holds the two to
 * agreement.
 *
 * @since 0.1.0
 * @category guards
 */
export const isPlainTestCase = (u: unknown): u is TestCase => isTestCaseShape(u)
