/**
 * CTRF JSON reports to canonical records, streaming: each element of `results.tests` is parsed as soon as it is
 * complete, so a large report never has to fit in memory as a whole.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Group from "@tr/core/Group"
import * as Incremental from "@tr/core/Incremental"
import type * as JsonDocument from "@tr/core/JsonDocument"
import { DocumentReader, type Fields, type Out } from "@tr/core/JsonDocument"
import type { Cut, Found, Path } from "@tr/core/JsonScanner"
import { asText, num, str } from "@tr/core/JsonValue"
import * as Titles from "@tr/core/Titles"
import type { Mutable } from "effect/Types"
import { format } from "./CtrfFormat.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = format.name

/**
 * @since 0.1.0
 * @category models
 */
export type Options = JsonDocument.Options

/** One test of a report, as CTRF describes it (fields this reader knows). */
interface CtrfTest {
  readonly name?: unknown
  readonly status?: unknown
  readonly duration?: unknown
  readonly start?: unknown
  readonly suite?: unknown
  readonly message?: unknown
  readonly trace?: unknown
  readonly rawStatus?: unknown
  readonly tags?: unknown
  readonly filePath?: unknown
  readonly line?: unknown
  readonly flaky?: unknown
  readonly retryAttempts?: unknown
  readonly stdout?: unknown
  readonly stderr?: unknown
  readonly attachments?: unknown
  readonly parameters?: unknown
  readonly steps?: unknown
  readonly [field: string]: unknown
}

const KNOWN = new Set([
  "name",
  "status",
  "duration",
  "start",
  "stop",
  "suite",
  "message",
  "trace",
  "tags",
  "filePath",
  "line",
  "flaky",
  "retries",
  "retryAttempts",
  "stdout",
  "stderr",
  "attachments",
  "parameters",
  "steps"
])

const lines = (v: unknown): string | undefined =>
  Array.isArray(v) ? v.map(String).join("\n") : typeof v === "string" ? v : undefined

/** The canonical field a cut string of a CTRF test ends up in, for `truncated`. */
const cutField = (cut: Cut, status: Canonical.Status): string => {
  const [first] = cut.path
  switch (first) {
    case "name":
      return "title"
    case "message":
      return status === "failed" ? "failures" : "skip"
    case "trace":
    case "rawStatus":
      return "failures"
    case "retryAttempts":
      return "attempts"
    case "filePath":
      return "file"
    case "stdout":
    case "stderr":
    case "suite":
    case "tags":
    case "steps":
    case "parameters":
    case "attachments":
      return first
    default:
      return "attributes"
  }
}

/** The keys a CTRF report starts with, which tell where it starts after text that is not the report. */
const FIRST_KEYS = ["reportFormat", "specVersion", "reportId", "timestamp", "generatedBy", "results"]

const wanted = (path: Path) =>
  path[0] === "results" &&
  ((path.length === 2 && (path[1] === "tool" || path[1] === "summary")) ||
    (path.length === 3 && path[1] === "tests" && typeof path[2] === "number"))

class Reader extends DocumentReader {
  private tool: string | undefined
  private summary: { [key: string]: unknown } | undefined
  private readonly counted = { tests: 0, passed: 0, failed: 0 }

  constructor(options: Options) {
    super(options, { format: FORMAT, what: "a CTRF report", wanted, wantedDepth: 3, firstKeys: FIRST_KEYS })
  }

  protected finish(out: Out): void {
    if (!this.recognised) {
      return this.diagnostic(out, "error", "unrecognized-format", "not a CTRF report: it has no results.tests")
    }
    this.countMismatch(out, "the summary declares", this.summary, this.counted, "found")
  }

  protected take(f: Found, out: Out): void {
    if (f.path[1] === "tool") this.tool = str((f.value as { name?: unknown } | null)?.name)
    else if (f.path[1] === "summary") this.summary = f.value as { [key: string]: unknown }
    else if (typeof f.value === "object" && f.value !== null) {
      this.announce(out, this.tool)
      const { fields, key } = this.record(f.value as CtrfTest, f.cuts ?? [], out)
      this.test(out, fields, key)
    }
  }

  private record(
    t: CtrfTest,
    cuts: ReadonlyArray<Cut>,
    out: Out
  ): { readonly fields: Fields; readonly key: ReadonlyArray<string> } {
    const written = str(t.name) ?? ""
    const { testId, title } = Titles.splitTestomatId(written)
    const suite = Array.isArray(t.suite) ? t.suite.map(String) : typeof t.suite === "string" ? t.suite.split(" > ") : []
    const raw = str(t.status) ?? "other"
    const status: Canonical.Status = raw === "passed" ? "passed" : raw === "failed" ? "failed" : "skipped"
    this.counted.tests++
    if (status === "passed") this.counted.passed++
    if (status === "failed") this.counted.failed++
    const truncated: Array<Canonical.Truncation> = cuts.map((c) => ({ field: cutField(c, status), length: c.length }))
    const message = this.text(str(t.message), status === "failed" ? "failures" : "skip", truncated)
    const trace = this.text(str(t.trace), "failures", truncated)
    const record: Mutable<Fields> = {
      title,
      suite,
      status
    }
    const file = str(t.filePath)
    if (file !== undefined) record.file = file
    // The describe path in its spec file, else the spec file in its folder.
    Group.fill(
      record,
      suite.length > 0
        ? { group: suite.join(" > "), ...(file === undefined ? {} : { namespace: file }) }
        : file === undefined
        ? undefined
        : Group.fromFile(file)
    )
    if (this.tool !== undefined) {
      record.framework = this.tool
      record.tool = this.tool
    }
    // The browser and device a test ran on tell its executions apart (CTRF's own fields, kept in attributes too).
    const execution = [str(t["browser"]), str(t["device"])].filter((x) => x !== undefined && x !== "").join(" ")
    if (execution !== "") record.execution = execution
    const line = num(t.line)
    if (line !== undefined && Number.isInteger(line) && line >= 0) record.line = line
    const duration = this.seconds(t.duration, "ms", `test "${written}"`, out)
    if (duration !== undefined) record.duration = duration
    const start = num(t.start)
    if (start !== undefined && start > 0) record.startedAt = new Date(start).toISOString()
    if (status === "failed") {
      record.failures = [{
        kind: "failure",
        ...(message === undefined ? {} : { message }),
        ...(str(t.rawStatus) === undefined ? {} : { type: str(t.rawStatus)! }),
        ...(trace === undefined ? {} : { stack: trace })
      }]
    }
    if (status === "skipped") {
      record.skip = { ...(message === undefined ? {} : { message }), ...(raw === "skipped" ? {} : { type: raw }) }
    }
    if (Array.isArray(t.retryAttempts)) {
      const failedAttempts = t.retryAttempts.filter((a) => (a as { status?: unknown })?.status === "failed") as Array<
        CtrfTest
      >
      if (failedAttempts.length > 0) {
        record.attempts = failedAttempts.map((a): Canonical.Attempt => {
          const duration = this.seconds(a.duration, "ms", `a retry of test "${written}"`, out)
          return {
            kind: status === "passed" ? "flakyFailure" : "rerunFailure",
            ...(str(a.message) === undefined ? {} : { message: str(a.message)! }),
            ...(str(a.trace) === undefined ? {} : { stack: str(a.trace)! }),
            ...(duration === undefined ? {} : { duration })
          }
        })
      }
    }
    if (status === "passed" && (t.flaky === true || record.attempts !== undefined)) record.flaky = true
    const stdout = this.text(lines(t.stdout), "stdout", truncated)
    if (stdout !== undefined) record.stdout = stdout
    const stderr = this.text(lines(t.stderr), "stderr", truncated)
    if (stderr !== undefined) record.stderr = stderr
    if (Array.isArray(t.tags) && t.tags.length > 0) record.tags = t.tags.map(String)
    if (testId !== undefined) record.testId = testId
    if (typeof t.parameters === "object" && t.parameters !== null && !Array.isArray(t.parameters)) {
      const entries = Object.entries(t.parameters)
      if (entries.length > 0) {
        record.parameters = entries.map(([name, value]) => ({
          name,
          value: asText(value)
        }))
      }
    }
    if (Array.isArray(t.steps) && t.steps.length > 0) {
      record.steps = t.steps.map((s: { name?: unknown; status?: unknown }) => {
        const stepStatus = str(s?.status)
        return {
          title: str(s?.name) ?? "",
          ...(stepStatus === "passed" || stepStatus === "failed" || stepStatus === "skipped"
            ? { status: stepStatus }
            : {})
        }
      })
    }
    if (Array.isArray(t.attachments) && t.attachments.length > 0) {
      record.attachments = t.attachments.map((a: { name?: unknown; path?: unknown; contentType?: unknown }) => ({
        ...(str(a?.name) === undefined ? {} : { name: str(a.name)! }),
        ...(str(a?.path) === undefined
          ? {}
          : /^https?:\/\//.test(str(a.path)!)
          ? { url: str(a.path)! }
          : { path: str(a.path)! }),
        ...(str(a?.contentType) === undefined ? {} : { contentType: str(a.contentType)! })
      }))
    }
    const extra = this.extra(t.extra, record)
    const rest = Object.entries({ ...t, extra }).filter(([k, v]) => !KNOWN.has(k) && v !== null && v !== undefined)
    if (rest.length > 0) {
      record.attributes = Object.fromEntries(rest.map(([k, v]) => [k, asText(v)]))
    }
    // A field can be cut twice (a line of `stdout`, then the lines joined): `test` keeps its longest length.
    if (truncated.length > 0) record.truncated = truncated
    return { fields: record, key: [...suite, written] }
  }

  /** What `CtrfWriter` put in `extra.tr` goes back to its fields; the rest of `extra` is returned to be kept. */
  private extra(extra: unknown, record: Mutable<Fields>): unknown {
    if (typeof extra !== "object" || extra === null || !("tr" in extra)) return extra
    const { tr, ...others } = extra as { tr: { className?: unknown; disabled?: unknown } }
    if (typeof tr?.className === "string") record.className = tr.className
    if (tr?.disabled === true && record.status === "skipped") record.disabled = true
    return Object.keys(others).length === 0 ? undefined : others
  }
}

/**
 * Reads one CTRF report. Problems become diagnostics (malformed JSON names line and column; the tests read before it
 * are kept); only the input's own error fails the stream.
 *
 * @example
 * import * as CtrfReader from "@tr/ctrf/CtrfReader"
 * fs.stream("ctrf-report.json").pipe(CtrfReader.stream({ source: "ctrf-report.json" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream = (options: Options) => Incremental.stream(() => new Reader(options))
