/**
 * Allure 2 results (what every Allure adapter writes into `allure-results/`) to canonical records: a
 * `*-result.json` file is one test, with its steps, attachments, parameters, labels and links; a `*-container.json`
 * file groups results with their fixtures (`befores`, `afters`), and each fixture that failed is a failed test of its
 * own, so that a broken setup is never lost. One file is read at a time, field by field, its strings capped.
 *
 * @since 0.1.0
 */
import * as Canonical from "@tr/core/Canonical"
import * as Group from "@tr/core/Group"
import * as Incremental from "@tr/core/Incremental"
import { DocumentReader, type Fields, type Out } from "@tr/core/JsonDocument"
import { type Cut, type Found, JsonScanner } from "@tr/core/JsonScanner"
import { arr, type Json, num, obj, str } from "@tr/core/JsonValue"
import * as Titles from "@tr/core/Titles"
import type { Mutable } from "effect/Types"
import { basename } from "node:path"
import { format } from "./AllureFormat.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = format.name

/**
 * The names of the files of a results directory that hold results and containers.
 *
 * @since 0.1.0
 * @category constants
 */
export const RESULT_FILE = /-result\.json$/

/**
 * @since 0.1.0
 * @category constants
 */
export const CONTAINER_FILE = /-container\.json$/

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /**
   * What the tests are read from: the results directory, with `entry` the file's name in it; or, without `entry`, the
   * result file itself.
   */
  readonly source: string
  /** The file's name in the directory `source`. Without it, `source` is the file and its `source` record is written. */
  readonly entry?: string
  /** Cap of each text field (message, trace, description), in characters. */
  readonly maxTextLength?: number
}

/** Steps nested deeper than this are left out: the canonical check follows steps only so far. */
const MAX_STEP_DEPTH = 64

/** The labels that make the suite path, outermost first. */
const SUITE_LABELS = ["parentSuite", "suite", "subSuite"]

/** Allure adapters' `framework` labels, as the frameworks' users name them; any other label is kept as written. */
const FRAMEWORKS: { readonly [label: string]: string } = {
  "junit": "JUnit",
  "junit4": "JUnit",
  "junit5": "JUnit",
  "junit-platform": "JUnit",
  "testng": "TestNG",
  "spock": "Spock",
  "kotest": "Kotest",
  "cucumberjvm": "Cucumber",
  "cucumber-jvm": "Cucumber",
  "cucumberjs": "Cucumber",
  "cucumber": "Cucumber",
  "pytest": "pytest",
  "behave": "behave",
  "robotframework": "Robot Framework",
  "playwright": "Playwright",
  "jest": "Jest",
  "mocha": "Mocha",
  "cypress": "Cypress",
  "vitest": "Vitest",
  "jasmine": "Jasmine",
  "codeceptjs": "CodeceptJS",
  "webdriverio": "WebdriverIO",
  "wdio": "WebdriverIO",
  "newman": "Newman",
  "nunit": "NUnit",
  "xunit": "xUnit.net",
  "mstest": "MSTest",
  "reqnroll": "Reqnroll",
  "specflow": "SpecFlow",
  "phpunit": "PHPUnit",
  "codeception": "Codeception",
  "rspec": "RSpec"
}

/**
 * The framework an Allure `framework` label names, as its users name it (`junit-platform` → `JUnit`).
 *
 * @since 0.1.0
 * @category parsing
 */
export const frameworkOf = (label: string): string => {
  const key = label.toLowerCase()
  return Object.hasOwn(FRAMEWORKS, key) ? FRAMEWORKS[key]! : label
}

/**
 * The spec file a JavaScript adapter writes at the start of `fullName` (`e2e/login.spec.ts#Login logs in`,
 * `login.spec.ts › Login › logs in` from allure-playwright, or `e2e/login.spec.ts:12:5` in older allure-js), when it is one: a Java or Python `fullName` is a dotted name.
 *
 * @since 0.1.0
 * @category parsing
 */
export const fileOf = (fullName: string | undefined): string | undefined => {
  if (fullName === undefined) return undefined
  const head = /^(.+?)(?:#| › |:\d+(?::\d+)?$)/.exec(fullName)?.[1]
  return head !== undefined && Group.isSourceFile(head) ? head : undefined
}

/** The canonical field a cut string of a result ends up in, for `truncated`. */
const cutField = (cut: Cut): string => {
  const [first] = cut.path
  switch (first) {
    case "name":
      return "title"
    case "statusDetails":
      return "failures"
    case "steps":
    case "attachments":
    case "parameters":
    case "labels":
      return first === "labels" ? "properties" : first
    default:
      return "attributes"
  }
}

/**
 * What a start time (milliseconds since the epoch) is as ISO text, when it is one.
 *
 * @since 0.1.0
 * @category parsing
 */
export const isoTime = (ms: unknown): string | undefined => {
  const n = num(ms)
  if (n === undefined || n <= 0) return undefined
  const date = new Date(n)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

class Reader extends DocumentReader<Options> {
  private readonly fields: { [key: string]: unknown } = {}
  private readonly cuts: Array<Cut> = []

  constructor(options: Options) {
    super(options, {
      format: FORMAT,
      what: "an Allure result",
      wanted: (path) => path.length === 1,
      wantedDepth: 1,
      // A result is told apart by its file and uuid (a fixture by its container's and its place), wherever it stands.
      identity: "key"
    })
  }

  protected take(f: Found): void {
    const key = f.path[0] as string
    // "__proto__" would not be an own field of a plain object.
    if (key !== "__proto__") this.fields[key] = f.value
    for (const cut of f.cuts ?? []) this.cuts.push({ path: [key, ...cut.path], length: cut.length })
  }

  protected finish(out: Out): void {
    const r = this.fields
    const isContainer = r["status"] === undefined && ("children" in r || "befores" in r || "afters" in r)
    if (!isContainer && r["status"] === undefined && r["name"] === undefined && r["uuid"] === undefined) {
      return this.diagnostic(
        out,
        "error",
        "unrecognized-format",
        "not an Allure result: it has no name, status or uuid (nor a container's children or fixtures)"
      )
    }
    this.announce(out)
    if (isContainer) return this.container(r, out)
    this.result(r, out)
  }

  /** A file of a results directory is announced with the directory, once for all its files (by the command). */
  protected override announce(out: Out, dialect?: string): void {
    if (this.options.entry === undefined) super.announce(out, dialect)
  }

  /** The file read: diagnostics name it, though its tests' source is the directory it is in. */
  protected override get diagnosticSource(): string {
    return this.options.entry === undefined ? this.options.source : `${this.options.source}/${this.options.entry}`
  }

  /** An attachment's file: beside the result, so named relative to the directory the test's source is in. */
  private attachment(value: unknown): Canonical.Attachment | undefined {
    const a = obj(value)
    const source = str(a?.["source"])
    if (a === undefined || source === undefined || source === "") return undefined
    const name = str(a["name"])
    const type = str(a["type"])
    const path = /^https?:\/\//.test(source)
      ? undefined
      : this.options.entry === undefined
      ? source
      : `${basename(this.options.source)}/${source}`
    return {
      ...(name === undefined ? {} : { name }),
      ...(path === undefined ? { url: source } : { path }),
      ...(type === undefined ? {} : { contentType: type })
    }
  }

  /** The time from start to stop (milliseconds since the epoch), in seconds. */
  private duration(start: unknown, stop: unknown): number | undefined {
    const a = num(start)
    const b = num(stop)
    if (a === undefined || b === undefined) return undefined
    const seconds = (b - a) / 1000
    return Canonical.isSeconds(seconds) ? seconds : undefined
  }

  /** Steps, as canonical steps; the attachments they hold are gathered into `attachments`. */
  private steps(
    value: unknown,
    depth: number,
    attachments: Array<Canonical.Attachment>,
    truncated: Array<Canonical.Truncation>
  ): Array<Canonical.Step> {
    if (depth >= MAX_STEP_DEPTH) return []
    return arr(value).flatMap((v): Array<Canonical.Step> => {
      const s = obj(v)
      if (s === undefined) return []
      for (const a of arr(s["attachments"])) {
        const attachment = this.attachment(a)
        if (attachment !== undefined) attachments.push(attachment)
      }
      const status = str(s["status"])
      const details = obj(s["statusDetails"])
      const message = this.text(str(details?.["message"]), "steps", truncated)
      const stack = this.text(str(details?.["trace"]), "steps", truncated)
      const duration = this.duration(s["start"], s["stop"])
      const inner = this.steps(s["steps"], depth + 1, attachments, truncated)
      const failed = status === "failed" || status === "broken"
      return [{
        title: str(s["name"]) ?? "",
        ...(status === "passed" || status === "skipped" ? { status } : failed ? { status: "failed" as const } : {}),
        ...(duration === undefined ? {} : { duration }),
        ...(failed && (message !== undefined || stack !== undefined)
          ? { error: { ...(message === undefined ? {} : { message }), ...(stack === undefined ? {} : { stack }) } }
          : {}),
        ...(inner.length === 0 ? {} : { steps: inner })
      }]
    })
  }

  /** What a result and a fixture both hold: times, steps, and the attachments of both and of their steps. */
  private body(item: Json, record: Mutable<Fields>, truncated: Array<Canonical.Truncation>): void {
    const duration = this.duration(item["start"], item["stop"])
    if (duration !== undefined) record.duration = duration
    const startedAt = isoTime(item["start"])
    if (startedAt !== undefined) record.startedAt = startedAt
    const attachments: Array<Canonical.Attachment> = []
    const steps = this.steps(item["steps"], 0, attachments, truncated)
    if (steps.length > 0) record.steps = steps
    for (const a of arr(item["attachments"])) {
      const attachment = this.attachment(a)
      if (attachment !== undefined) attachments.push(attachment)
    }
    if (attachments.length > 0) record.attachments = attachments
  }

  /** The verdict of an Allure status, and the failure kind it implies. */
  private verdict(status: string | undefined): { status: Canonical.Status; kind?: Canonical.Failure["kind"] } {
    switch (status) {
      case "passed":
        return { status: "passed" }
      case "skipped":
        return { status: "skipped" }
      case "failed":
        return { status: "failed", kind: "failure" }
      default:
        // `broken` (the test broke: an error, not an assertion) and `unknown` (no verdict) both fail.
        return { status: "failed", kind: "error" }
    }
  }

  private result(r: Json, out: Out): void {
    const truncated: Array<Canonical.Truncation> = this.cuts.map((c) => ({ field: cutField(c), length: c.length }))
    const written = str(r["name"]) ?? str(r["fullName"]) ?? ""
    const { testId: titleId, title } = Titles.splitTestomatId(written)
    const labels = arr(r["labels"]).flatMap((l) => {
      const label = obj(l)
      const name = str(label?.["name"])
      return name === undefined ? [] : [{ name, value: str(label?.["value"]) ?? String(label?.["value"] ?? "") }]
    })
    const label = (name: string) => labels.find((l) => l.name === name)?.value
    const suite = SUITE_LABELS.flatMap((name) => labels.filter((l) => l.name === name).map((l) => l.value))
    const titlePath = arr(r["titlePath"]).flatMap((t) => typeof t === "string" ? [t] : [])
    const raw = str(r["status"])
    if (raw !== "passed" && raw !== "failed" && raw !== "broken" && raw !== "skipped") {
      this.diagnostic(
        out,
        "warning",
        "unknown-status",
        `test "${written}": status ${JSON.stringify(raw ?? null)} is no verdict; read as failed (an error)`
      )
    }
    const { kind, status } = this.verdict(raw)
    const record: Mutable<Fields> = {
      title,
      suite: suite.length > 0 ? suite : titlePath,
      status,
      tool: "Allure"
    }
    const className = label("testClass")
    if (className !== undefined && className !== "") record.className = className
    Group.fill(record)
    const file = fileOf(str(r["fullName"]))
    if (file !== undefined) record.file = file
    const framework = label("framework")
    if (framework !== undefined && framework !== "") record.framework = frameworkOf(framework)
    this.body(r, record, truncated)
    const details = obj(r["statusDetails"])
    const message = this.text(str(details?.["message"]), status === "skipped" ? "skip" : "failures", truncated)
    const trace = this.text(str(details?.["trace"]), "failures", truncated)
    if (kind !== undefined) {
      record.failures = [{
        kind,
        ...(message === undefined ? {} : { message }),
        ...(raw === "failed" ? {} : { type: raw ?? "unknown" }),
        ...(trace === undefined ? {} : { stack: trace })
      }]
    }
    if (status === "skipped") record.skip = message === undefined ? {} : { message }
    if (status === "passed" && details?.["flaky"] === true) record.flaky = true
    const tags = labels.filter((l) => l.name === "tag" && l.value !== "").map((l) => l.value)
    if (tags.length > 0) record.tags = tags
    const testId = titleId ??
      tags.map((t) => Titles.testomatIdOfTag(t.startsWith("@") ? t : `@${t}`)).find((id) => id !== undefined)
    if (testId !== undefined) record.testId = testId
    const execution: Array<string> = []
    const parameters = arr(r["parameters"]).flatMap((p): Array<Canonical.Parameter> => {
      const parameter = obj(p)
      if (parameter === undefined || parameter["mode"] === "hidden") return []
      const name = str(parameter["name"])
      const value = parameter["mode"] === "masked" ? "******" : str(parameter["value"]) ?? ""
      // Each parameter set is an execution of its own (Allure's historyId differs by parameters), but for those
      // excluded from it (allure-playwright's `Retry`).
      if (parameter["excluded"] !== true) execution.push(name === undefined ? value : `${name}=${value}`)
      return [{ ...(name === undefined ? {} : { name }), value }]
    })
    if (parameters.length > 0) record.parameters = parameters
    if (execution.length > 0) record.execution = execution.join(", ")
    const properties = [
      ...labels.filter((l) => l.name !== "tag" && !SUITE_LABELS.includes(l.name)),
      ...arr(r["links"]).flatMap((l) => {
        const link = obj(l)
        const url = str(link?.["url"])
        return url === undefined ? [] : [{ name: str(link?.["type"]) ?? "link", value: url }]
      })
    ]
    if (properties.length > 0) record.properties = properties
    const attributes: { [key: string]: string } = {}
    for (const key of ["uuid", "historyId", "testCaseId", "fullName"]) {
      const value = str(r[key])
      if (value !== undefined && value !== "") attributes[key] = value
    }
    if (raw !== undefined && raw !== status) attributes["status"] = raw
    const stage = str(r["stage"])
    if (stage !== undefined && stage !== "finished") attributes["stage"] = stage
    for (const flag of ["known", "muted", "flaky"]) {
      if (details?.[flag] === true) attributes[flag] = "true"
    }
    const description = this.text(str(r["description"]), "attributes", truncated)
    if (description !== undefined) attributes["description"] = description
    if (Object.keys(attributes).length > 0) record.attributes = attributes
    if (truncated.length > 0) record.truncated = truncated
    this.test(out, record, [this.options.entry ?? "", str(r["uuid"]) ?? "", written])
  }

  /** Each fixture of a container that did not pass or skip: a failed test of its own, in the container's name. */
  private container(c: Json, out: Out): void {
    const name = str(c["name"]) ?? ""
    const children = arr(c["children"]).length
    for (const [which, key] of [["before", "befores"], ["after", "afters"]] as const) {
      arr(c[key]).forEach((f, index) => {
        const fixture = obj(f)
        const raw = str(fixture?.["status"])
        if (fixture === undefined || raw === "passed" || raw === "skipped") return
        const truncated: Array<Canonical.Truncation> = []
        const details = obj(fixture["statusDetails"])
        const message = this.text(str(details?.["message"]), "failures", truncated)
        const trace = this.text(str(details?.["trace"]), "failures", truncated)
        const fixtureName = str(fixture["name"]) ?? which
        const record: Mutable<Fields> = {
          title: `${which} fixture: ${fixtureName}`,
          suite: name === "" ? [] : [name],
          status: "failed",
          failures: [{
            kind: raw === "failed" ? "failure" : "error",
            ...(message === undefined ? {} : { message }),
            type: `${which} fixture ${raw ?? "unknown"}`,
            ...(trace === undefined ? {} : { stack: trace })
          }],
          tool: "Allure",
          attributes: {
            fixture: which,
            children: String(children),
            ...(str(c["uuid"]) === undefined ? {} : { container: str(c["uuid"])! })
          }
        }
        Group.fill(record)
        this.body(fixture, record, truncated)
        if (truncated.length > 0) record.truncated = truncated
        this.test(out, record, [this.options.entry ?? "", str(c["uuid"]) ?? "", key, index, fixtureName])
      })
    }
  }
}

/**
 * Reads one Allure result (`*-result.json`) or container (`*-container.json`) file. Text before or after the document
 * is passed over with a warning. Problems become diagnostics naming the file (malformed JSON with its line and
 * column); only the input's own error fails the stream.
 *
 * @example
 * import * as AllureReader from "@tr/allure/AllureReader"
 * fs.stream("allure-results/1-result.json").pipe(
 *   AllureReader.stream({ source: "allure-results", entry: "1-result.json" }),
 *   Stream.runCollect
 * )
 *
 * @since 0.1.0
 * @category readers
 */
export const stream = (options: Options) => Incremental.stream(() => new Reader(options))

/**
 * Finds what orders a result among the others of its directory, in its text fed piece by piece without keeping the
 * text: its top-level `start` (milliseconds since the epoch) and `historyId` (the same for each retry of one test).
 * `feed` says whether it is done (both found, the document damaged, or its end reached).
 *
 * @example
 * import * as AllureReader from "@tr/allure/AllureReader"
 * const order = AllureReader.orderScanner()
 * order.feed('{"historyId":"h1","start":1710000172000}') // true; order.start() === 1710000172000
 *
 * @since 0.1.0
 * @category parsing
 */
export const orderScanner = () => {
  const scanner = new JsonScanner(
    (path) => path.length === 1 && (path[0] === "start" || path[0] === "historyId"),
    4096,
    1,
    1024
  )
  let start: number | undefined
  let historyId: string | undefined
  let done = false
  return {
    feed(text: string): boolean {
      if (done) return true
      const found: Array<Found> = []
      try {
        scanner.feed(text, found)
      } catch {
        done = true
      }
      for (const f of found) {
        if (f.path[0] === "start") start = num(f.value)
        else historyId = str(f.value)
      }
      if (start !== undefined && historyId !== undefined) done = true
      return done || !scanner.cut
    },
    start: (): number | undefined => start,
    historyId: (): string | undefined => historyId
  }
}

/**
 * The last execution of a test that Allure wrote once per retry (results of one `historyId`): its failed earlier
 * executions become its `attempts` (`flaky*` when it passed in the end, `rerun*` when it did not), their attachments
 * join its own (named ` (attempt N)`), and `attributes.retries` counts every earlier execution.
 *
 * @since 0.1.0
 * @category combinators
 */
export const withRetries = (
  last: Canonical.TestCase,
  earlier: ReadonlyArray<Canonical.TestCase>
): Canonical.TestCase => {
  if (earlier.length === 0) return last
  const attempts = earlier.filter((t) => t.status === "failed").map((t): Canonical.Attempt => {
    const failure = t.failures?.[0]
    const error = failure?.kind === "error"
    return {
      kind: last.status === "passed" ? (error ? "flakyError" : "flakyFailure") : error ? "rerunError" : "rerunFailure",
      ...(failure?.message === undefined ? {} : { message: failure.message }),
      ...(failure?.type === undefined ? {} : { type: failure.type }),
      ...(failure?.stack === undefined ? {} : { stack: failure.stack }),
      ...(t.duration === undefined ? {} : { duration: t.duration })
    }
  })
  const attachments = [
    ...earlier.flatMap((t, i) =>
      (t.attachments ?? []).map((a) => ({
        ...a,
        ...(a.name === undefined ? {} : { name: `${a.name} (attempt ${i + 1})` })
      }))
    ),
    ...(last.attachments ?? [])
  ]
  return {
    ...last,
    ...(attempts.length === 0 ? {} : { attempts: [...(last.attempts ?? []), ...attempts] }),
    ...(last.status === "passed" && attempts.length > 0 ? { flaky: true as const } : {}),
    ...(attachments.length === 0 ? {} : { attachments }),
    attributes: { ...last.attributes, retries: String(earlier.length) }
  }
}
