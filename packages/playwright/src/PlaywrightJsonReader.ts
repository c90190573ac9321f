/**
 * Playwright's JSON reports (`--reporter=json`) to canonical records, streaming: each spec is parsed as soon as it is
 * complete, at any depth of `suites`, and each of its tests (one per project, and per repetition) is one record. The
 * document is never held whole.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Group from "@tr/core/Group"
import * as Incremental from "@tr/core/Incremental"
import type * as JsonDocument from "@tr/core/JsonDocument"
import { DocumentReader, type Fields, type Out } from "@tr/core/JsonDocument"
import type { Cut, Found, Path } from "@tr/core/JsonScanner"
import { arr, type Json, num, obj, objs, str } from "@tr/core/JsonValue"
import * as Titles from "@tr/core/Titles"
import type { Mutable } from "effect/Types"
import { format } from "./PlaywrightJsonFormat.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = format.name

/**
 * The top-level keys of a Playwright JSON report, by which a document is recognised.
 *
 * @since 0.1.0
 * @category constants
 */
export const DOCUMENT_KEYS: ReadonlyArray<string> = ["config", "suites"]

/**
 * @since 0.1.0
 * @category models
 */
export type Options = JsonDocument.Options

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g

/** Text as Playwright wrote it for a terminal, its colour codes removed. */
const plain = (v: unknown): string | undefined => (typeof v === "string" ? v.replace(ANSI, "") : undefined)

/** Steps nested deeper than this are left out: the canonical check follows steps only so far. */
const MAX_STEP_DEPTH = 64

/** The length of the `suites, n, suites, n, …` part that starts a path. */
const suiteDepth = (path: Path): number => {
  let i = 0
  while (i + 1 < path.length && path[i] === "suites" && typeof path[i + 1] === "number") i += 2
  return i
}

const wanted = (path: Path): boolean => {
  if (path.length === 1) return path[0] === "stats"
  if (path.length === 2 && path[0] === "errors") return typeof path[1] === "number"
  if (path.length === 2 && path[0] === "config") return path[1] === "rootDir" || path[1] === "version"
  const depth = suiteDepth(path)
  if (depth === 0) return false
  const rest = path.length - depth
  if (rest === 1) return path[depth] === "title" || path[depth] === "file"
  return rest === 2 && path[depth] === "specs" && typeof path[depth + 1] === "number"
}

/** What a Playwright test status (of one result) says of the run, `passed` and `skipped` aside. */
const FAILED_STATUSES = new Set(["failed", "timedOut", "interrupted"])

/** The field a string the scanner cut ends up in. */
const cutField = (path: Path): string => {
  for (const key of path) {
    switch (key) {
      case "stdout":
      case "stderr":
      case "steps":
      case "attachments":
      case "annotations":
        return key === "annotations" ? "properties" : key
      case "error":
      case "errors":
        return "failures"
      case "tags":
        return "tags"
    }
  }
  return path[0] === "title" ? "title" : "attributes"
}

/** An enclosing suite as read so far: its path in the document, title and file. */
interface OpenSuite {
  readonly key: string
  title?: string
  file?: string
}

class Reader extends DocumentReader {
  private readonly suites: Array<OpenSuite> = []
  private version: string | undefined
  private stats: Json | undefined
  private errors = 0
  /** Tests by the outcome Playwright wrote (`expected`, `unexpected`, `flaky`, `skipped`), to check `stats`. */
  private readonly outcomes = new Map<string, number>()
  /** The top-level keys met: one of the report's own says that it is one, even without tests. */
  private readonly keys: Set<string>

  constructor(options: Options) {
    const keys = new Set<string>()
    super(options, {
      format: FORMAT,
      what: "a Playwright JSON report",
      wanted: (path) => {
        if (path.length === 1) keys.add(path[0] as string)
        return wanted(path)
      },
      firstKeys: DOCUMENT_KEYS,
      // A test is told apart by its project, suites, title, spec id and place in its spec, wherever it stands.
      identity: "key"
    })
    this.keys = keys
  }

  protected take(f: Found, out: Out): void {
    const path = f.path
    if (path[0] === "config") {
      if (path[1] === "version") this.version = str(f.value)
    } else if (path[0] === "stats") this.stats = obj(f.value)
    else if (path[0] === "errors") {
      this.announce(out, this.dialect())
      this.globalError(f.value, this.errors++, out)
    } else {
      const depth = suiteDepth(path)
      const level = depth / 2 - 1
      const key = path.slice(0, depth).join(".")
      if (path.length === depth + 1) {
        if (this.suites[level]?.key !== key) {
          this.suites.length = level
          this.suites[level] = { key }
        }
        const text = str(f.value)
        if (text !== undefined) this.suites[level]![path[depth] === "title" ? "title" : "file"] = text
      } else {
        this.announce(out, this.dialect())
        this.spec(f.value, path.slice(0, depth), f.cuts ?? [], out)
      }
    }
  }

  protected finish(out: Out): void {
    if (!DOCUMENT_KEYS.some((k) => this.keys.has(k))) {
      return this.diagnostic(
        out,
        "error",
        "unrecognized-format",
        "not a Playwright JSON report: it has no config or suites"
      )
    }
    this.announce(out, this.dialect())
    const read = Object.fromEntries(
      ["expected", "unexpected", "flaky", "skipped"].map((k) => [k, this.outcomes.get(k) ?? 0])
    )
    this.countMismatch(out, "the stats declare", this.stats, read, "found")
  }

  private dialect(): string {
    return this.version === undefined ? "playwright" : `playwright ${this.version}`
  }

  /** A duration in milliseconds, as seconds; one no record may hold is left out with a warning. */
  private duration(value: unknown, what: string, out: Out): number | undefined {
    // Playwright writes -1 for a result that never ran (a skipped test).
    return value === -1 ? undefined : this.seconds(value, "ms", what, out)
  }

  /** An error of the run outside every test (global setup, a worker that crashed): a failed test of its own. */
  private globalError(value: unknown, n: number, out: Out): void {
    const truncated: Array<Canonical.Truncation> = []
    const failure = this.failure(obj(value) ?? { message: String(value) }, "error", truncated)
    const title = n === 0 ? "error outside tests" : `error outside tests (${n + 1})`
    const record: Mutable<Fields> = {
      title,
      suite: [],
      status: "failed",
      failures: [failure],
      framework: "Playwright",
      tool: "Playwright",
      attributes: { outcome: "error outside tests" }
    }
    if (failure.file !== undefined) {
      record.file = failure.file
      if (failure.line !== undefined) record.line = failure.line
      Group.fill(record, Group.fromFile(failure.file))
    }
    if (truncated.length > 0) record.truncated = truncated
    this.test(out, record, ["errors", n])
  }

  private failure(
    e: Json,
    kind: Canonical.Failure["kind"],
    truncated: Array<Canonical.Truncation>,
    type?: string
  ): Canonical.Failure {
    // A thrown value that is no Error has only its `value`.
    const message = this.text(plain(e["message"]) ?? plain(e["value"]), "failures", truncated)
    const stack = this.text(plain(e["stack"]), "failures", truncated)
    const location = obj(e["location"])
    const file = str(location?.["file"])
    const line = num(location?.["line"])
    const errorType = type ?? /^(\w*Error)\b/.exec(message ?? stack ?? "")?.[1]
    return {
      kind,
      ...(message === undefined ? {} : { message }),
      ...(errorType === undefined ? {} : { type: errorType }),
      ...(stack === undefined ? {} : { stack }),
      ...(file === undefined ? {} : { file }),
      ...(line !== undefined && Number.isInteger(line) && line >= 0 ? { line } : {})
    }
  }

  /** The failures of one result: its `errors` (each with its location), else its `error`. */
  private failuresOf(result: Json, truncated: Array<Canonical.Truncation>): Array<Canonical.Failure> {
    const status = str(result["status"])
    const kind = status === "timedOut" || status === "interrupted" ? "error" : "failure"
    const type = status === "timedOut" || status === "interrupted" ? status : undefined
    const errors = objs(result["errors"])
    const first = obj(result["error"])
    const location = obj(result["errorLocation"])
    const failures = (errors.length > 0 ? errors : first === undefined ? [] : [first]).map((e, i) => {
      // The first error's stack is on `error` only; its location is `errorLocation` when the error has none.
      const whole = i === 0 && first !== undefined
        ? { ...e, stack: e["stack"] ?? first["stack"], location: e["location"] ?? first["location"] ?? location }
        : e
      return this.failure(whole, kind, truncated, type)
    })
    if (failures.length === 0 && status !== undefined && FAILED_STATUSES.has(status)) {
      failures.push({ kind, message: `the test ${status === "failed" ? "failed" : status}`, ...(type ? { type } : {}) })
    }
    return failures
  }

  private output(entries: unknown, field: "stdout" | "stderr", truncated: Array<Canonical.Truncation>) {
    const text = arr(entries).map((e) => {
      const entry = obj(e)
      if (entry === undefined) return typeof e === "string" ? e : ""
      const buffer = str(entry["buffer"])
      return buffer !== undefined ? Buffer.from(buffer, "base64").toString("utf8") : str(entry["text"]) ?? ""
    }).join("")
    return this.text(plain(text), field, truncated)
  }

  private steps(value: unknown, depth: number, out: Out): Array<Canonical.Step> {
    if (depth >= MAX_STEP_DEPTH) return []
    return arr(value).flatMap((s): Array<Canonical.Step> => {
      const step = obj(s)
      if (step === undefined) return []
      const error = obj(step["error"])
      const duration = this.duration(step["duration"], `a step "${str(step["title"]) ?? ""}"`, out)
      const inner = this.steps(step["steps"], depth + 1, out)
      const message = plain(error?.["message"])
      const stack = plain(error?.["stack"])
      return [{
        title: str(step["title"]) ?? "",
        category: "user",
        status: error === undefined ? "passed" : "failed",
        ...(duration === undefined ? {} : { duration }),
        ...(error === undefined ? {} : {
          error: {
            ...(message === undefined ? {} : { message: this.text(message, "steps", []) ?? "" }),
            ...(stack === undefined ? {} : { stack: this.text(stack, "steps", []) ?? "" })
          }
        }),
        ...(inner.length === 0 ? {} : { steps: inner })
      }]
    })
  }

  private spec(value: unknown, suitePath: Path, cuts: ReadonlyArray<Cut>, out: Out): void {
    const spec = obj(value)
    if (spec === undefined) return
    const open: Array<OpenSuite> = []
    for (let d = 2; d <= suitePath.length; d += 2) {
      const key = suitePath.slice(0, d).join(".")
      const suite = this.suites[d / 2 - 1]
      open.push(suite?.key === key ? suite : { key })
    }
    const fileSuite = open[0]!
    const fileTitle = fileSuite.title ?? fileSuite.file ?? str(spec["file"]) ?? ""
    const describes = open.slice(1).map((s) => s.title ?? "")
    const written = str(spec["title"]) ?? ""
    const projects = new Map<string, number>()
    arr(spec["tests"]).forEach((t, index) => {
      const test = obj(t)
      if (test === undefined) return
      const project = str(test["projectName"]) ?? ""
      const repeat = (projects.get(project) ?? 0) + 1
      projects.set(project, repeat)
      const inTest = cuts.filter((c) => c.path[0] === "tests" && c.path[1] === index)
        .map((c) => ({ path: c.path.slice(2), length: c.length }))
      const own = inTest.map((c) => ({ field: cutField(c.path), length: c.length }))
      const specCuts = index === 0 ? cuts.filter((c) => c.path[0] !== "tests") : []
      this.record(spec, test, {
        fileTitle,
        describes,
        written,
        project,
        repeat,
        index,
        cuts: inTest,
        truncated: [...specCuts.map((c) => ({ field: cutField(c.path), length: c.length })), ...own]
      }, out)
    })
  }

  /** One test of a spec (its run in one project, or one repetition) as a test record. */
  private record(
    spec: Json,
    test: Json,
    at: {
      readonly fileTitle: string
      readonly describes: ReadonlyArray<string>
      readonly written: string
      readonly project: string
      readonly repeat: number
      readonly index: number
      /** Strings of the test cut by the scanner, their paths from the test. */
      readonly cuts: ReadonlyArray<Cut>
      readonly truncated: Array<Canonical.Truncation>
    },
    out: Out
  ): void {
    const truncated = at.truncated
    const outcome = str(test["status"])
    if (outcome !== undefined) this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1)
    const expectedStatus = str(test["expectedStatus"]) ?? "passed"
    const ordered = objs(test["results"])
      .map((r, i) => ({ r, i }))
      .sort((a, b) => (num(a.r["retry"]) ?? a.i) - (num(b.r["retry"]) ?? b.i) || a.i - b.i)
    const results = ordered.map(({ r }) => r)
    const last = results.at(-1)
    const lastStatus = str(last?.["status"])
    const annotations = [...objs(test["annotations"]), ...objs(last?.["annotations"])]
    // Playwright's own verdict, else the last result against what was expected of it.
    const status: Canonical.Status = lastStatus === "interrupted"
      ? "failed"
      : outcome === "skipped"
      ? "skipped"
      : outcome === "expected" || outcome === "flaky"
      ? "passed"
      : outcome === "unexpected"
      ? "failed"
      : last === undefined || lastStatus === "skipped"
      ? "skipped"
      : lastStatus === expectedStatus
      ? "passed"
      : "failed"

    const { testId: titleId, title } = Titles.splitTestomatId(at.written)
    const tags = arr(spec["tags"]).flatMap((t) =>
      typeof t === "string" && t !== "" ? [t.startsWith("@") ? t : `@${t}`] : []
    )
    const testId = titleId ?? tags.map(Titles.testomatIdOfTag).find((id) => id !== undefined)
    const suite = [at.fileTitle, ...at.describes]
    const record: Mutable<Fields> = {
      title,
      suite,
      className: at.fileTitle,
      status,
      framework: "Playwright",
      tool: "Playwright"
    }
    // As the JUnit reader maps Playwright's JUnit report: the describe path in its spec file, else the spec file in
    // its folder; the project tells the executions of one test apart.
    Group.fill(
      record,
      at.describes.length > 0
        ? { group: at.describes.join(" › "), namespace: at.fileTitle }
        : Group.fromFile(at.fileTitle)
    )
    const file = str(spec["file"])
    record.file = file !== undefined && file !== "" ? file : at.fileTitle
    const line = num(spec["line"])
    if (line !== undefined && Number.isInteger(line) && line > 0) record.line = line
    if (at.project !== "" || at.repeat > 1) {
      record.execution = at.repeat > 1 ? `${at.project} #${at.repeat}`.trim() : at.project
    }
    if (last !== undefined) {
      const duration = this.duration(last["duration"], `test "${at.written}"`, out)
      if (duration !== undefined) record.duration = duration
      const start = str(last["startTime"])
      if (start !== undefined) record.startedAt = start
    }
    if (status === "failed" && last !== undefined) {
      const failures = this.failuresOf(last, truncated)
      if (failures.length === 0 && outcome === "unexpected" && lastStatus === "passed") {
        failures.push({
          kind: "failure",
          message: `expected to ${expectedStatus === "failed" ? "fail" : expectedStatus}, but passed`
        })
      }
      record.failures = failures.length > 0
        ? failures
        : [{ kind: "failure", message: `the test ${lastStatus ?? "failed"}` }]
    } else if (status === "failed") {
      record.failures = [{ kind: "failure", message: "the test did not run to a verdict" }]
    }
    if (status === "skipped") {
      const reason = annotations.find((a) => a["type"] === "skip" || a["type"] === "fixme")
      const message = str(reason?.["description"])
      record.skip = {
        ...(message === undefined || message === "" ? {} : { message }),
        ...(reason === undefined ? {} : { type: str(reason["type"])! })
      }
      if (reason?.["type"] === "fixme") record.disabled = true
    }
    const attempts = results.slice(0, -1).filter((r) => FAILED_STATUSES.has(str(r["status"]) ?? ""))
    if (attempts.length > 0) {
      record.attempts = attempts.map((r): Canonical.Attempt => {
        const [first] = this.failuresOf(r, truncated)
        const error = first?.kind === "error"
        const duration = this.duration(r["duration"], `a retry of test "${at.written}"`, out)
        const stdout = this.output(r["stdout"], "stdout", truncated)
        const stderr = this.output(r["stderr"], "stderr", truncated)
        return {
          kind: status === "passed" ? (error ? "flakyError" : "flakyFailure") : error ? "rerunError" : "rerunFailure",
          ...(first?.message === undefined ? {} : { message: first.message }),
          ...(first?.type === undefined ? {} : { type: first.type }),
          ...(first?.stack === undefined ? {} : { stack: first.stack }),
          ...(duration === undefined ? {} : { duration }),
          ...(stdout === undefined ? {} : { stdout }),
          ...(stderr === undefined ? {} : { stderr })
        }
      })
    }
    if (status === "passed" && (outcome === "flaky" || record.attempts !== undefined)) record.flaky = true
    if (last !== undefined) {
      const stdout = this.output(last["stdout"], "stdout", truncated)
      if (stdout !== undefined) record.stdout = stdout
      const stderr = this.output(last["stderr"], "stderr", truncated)
      if (stderr !== undefined) record.stderr = stderr
      const steps = this.steps(last["steps"], 0, out)
      if (steps.length > 0) record.steps = steps
    }
    if (tags.length > 0) record.tags = tags
    if (testId !== undefined) record.testId = testId
    if (annotations.length > 0) {
      record.properties = annotations.map((a) => ({
        name: str(a["type"]) ?? "",
        value: str(a["description"]) ?? ""
      }))
    }
    const attachments: Array<Canonical.Attachment> = []
    const inline: Array<string> = []
    ordered.forEach(({ i: written, r }, i) => {
      const later = i < results.length - 1 ? ` (attempt ${i + 1})` : ""
      objs(r["attachments"]).forEach((attachment, k) => {
        const name = str(attachment["name"])
        const contentType = str(attachment["contentType"])
        const path = str(attachment["path"])
        if (path === undefined || path === "") {
          // An attachment whose body is in the report is no file: it is named, never uploaded from base64.
          const body = str(attachment["body"])
          // A body longer than the cap was cut while read: its length as written says its size.
          const cut = at.cuts.find((c) =>
            c.path.length === 5 && c.path[0] === "results" && c.path[1] === written && c.path[3] === k &&
            c.path[4] === "body"
          )
          const length = cut?.length ?? body?.length
          // A cut body keeps its end, so its padding still says how many bytes its last characters hold.
          const padding = body?.endsWith("==") ? 2 : body?.endsWith("=") ? 1 : 0
          inline.push(
            `${name ?? "(unnamed)"}${later} (${contentType ?? "unknown type"}${
              length === undefined ? "" : `, ${Math.floor((length * 3) / 4) - padding} bytes`
            })`
          )
          return
        }
        attachments.push({
          ...(name === undefined ? {} : { name: `${name}${later}` }),
          ...(/^https?:\/\//.test(path) ? { url: path } : { path }),
          ...(contentType === undefined ? {} : { contentType })
        })
      })
    })
    if (attachments.length > 0) record.attachments = attachments
    const attributes: { [key: string]: string } = {}
    if (outcome !== undefined) attributes["outcome"] = outcome
    if (expectedStatus !== "passed") attributes["expectedStatus"] = expectedStatus
    if (lastStatus !== undefined && lastStatus !== "passed" && lastStatus !== "failed" && lastStatus !== "skipped") {
      attributes["status"] = lastStatus
    }
    if (results.length > 1) attributes["retries"] = String(results.length - 1)
    const projectId = str(test["projectId"])
    if (projectId !== undefined && projectId !== at.project) attributes["projectId"] = projectId
    if (inline.length > 0) attributes["inlineAttachments"] = inline.join("; ")
    if (Object.keys(attributes).length > 0) record.attributes = attributes
    if (truncated.length > 0) record.truncated = truncated
    this.test(out, record, [at.project, ...suite, at.written, str(spec["id"]) ?? "", at.index])
  }
}

/**
 * Reads one Playwright JSON report. Text Playwright or the tests printed before or after the report (a report
 * written to stdout) is passed over with a warning, the tests kept. Problems become diagnostics (malformed JSON names
 * line and column; the tests read before it are kept); only the input's own error fails the stream.
 *
 * @example
 * import * as PlaywrightJsonReader from "@tr/playwright/PlaywrightJsonReader"
 * fs.stream("results.json").pipe(PlaywrightJsonReader.stream({ source: "results.json" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream = (options: Options) => Incremental.stream(() => new Reader(options))
