/**
 * Jest's `--json` report and Vitest's `json` reporter (which writes Jest's shape) to canonical records, streaming:
 * each test is read as soon as its object is complete, never the whole document.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as FilePath from "@tr/core/FilePath"
import * as Group from "@tr/core/Group"
import * as Incremental from "@tr/core/Incremental"
import { cutsAs, DocumentReader, type Fields, type Out } from "@tr/core/JsonDocument"
import type { Found, Path } from "@tr/core/JsonScanner"
import { asText, isObject, num, str } from "@tr/core/JsonValue"
import * as Titles from "@tr/core/Titles"
import type { Mutable } from "effect/Types"
import type { Options } from "./internal/values.js"
import { format } from "./JestJsonFormat.js"

export type { Options } from "./internal/values.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = format.name

/** Counts of the report, checked against the tests read. */
const COUNTS = new Set([
  "numTotalTests",
  "numPassedTests",
  "numFailedTests",
  "numPendingTests",
  "numTodoTests",
  // Only Jest writes these: they tell its report from Vitest's before the first test.
  "numRuntimeErrorTestSuites",
  "wasInterrupted"
])

/** What a file result says besides its tests (Jest's `--json` names and the raw `TestResult` names alike). */
const FILE_FIELDS = new Set(["name", "testFilePath", "status", "message", "failureMessage", "startTime"])
/** The list of a file result's tests: `assertionResults` in `--json`, `testResults` in a raw `TestResult`. */
const TESTS = new Set(["assertionResults", "testResults"])

/** The keys this report starts with, which tell where it starts after text that is not the report. */
const FIRST_KEYS = ["numFailedTestSuites", "numTotalTestSuites", "numTotalTests", "testResults"]

const wanted = (path: Path) =>
  (path.length === 1 && COUNTS.has(path[0] as string)) ||
  (path[0] === "testResults" && typeof path[1] === "number" &&
    ((path.length === 3 && FILE_FIELDS.has(path[2] as string)) ||
      (path.length === 4 && TESTS.has(path[2] as string) && typeof path[3] === "number")))

/** ANSI colour and cursor sequences: Jest writes its failure messages for a terminal. */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g
const plain = (text: string): string => text.replace(ANSI, "")

/** A failure text's message: what comes before its stack frames (`    at …`). */
const messageOf = (text: string): string => {
  const frame = /^\s+at /m.exec(text)
  return (frame === null ? text : text.slice(0, frame.index)).trim()
}

interface Assertion {
  readonly ancestorTitles?: unknown
  readonly title?: unknown
  readonly fullName?: unknown
  readonly status?: unknown
  readonly duration?: unknown
  readonly failureMessages?: unknown
  readonly location?: unknown
  readonly retryReasons?: unknown
  readonly invocations?: unknown
  readonly meta?: unknown
}

interface FileResult {
  index: number
  name: string | undefined
  status: string | undefined
  message: string | undefined
  startTime: number | undefined
  /** Tests read before the file's name (Jest writes it after them). */
  held: Array<Found>
  tests: number
  failed: number
}

const newFile = (index: number): FileResult => ({
  index,
  name: undefined,
  status: undefined,
  message: undefined,
  startTime: undefined,
  held: [],
  tests: 0,
  failed: 0
})

/** The canonical field a cut string of a test ends up in. */
const cutField = (path: Path): string =>
  path[0] === "title" || path[0] === "fullName"
    ? "title"
    : path[0] === "ancestorTitles"
    ? "suite"
    : path[0] === "retryReasons"
    ? "attempts"
    : path[0] === "failureMessages"
    ? "failures"
    : "attributes"

class Reader extends DocumentReader<Options> {
  private readonly declared: { [key: string]: unknown } = {}
  private file: FileResult | undefined
  private readonly counted = { numTotalTests: 0, numPassedTests: 0, numFailedTests: 0 }

  constructor(options: Options) {
    super(options, {
      format: FORMAT,
      what: "a Jest or Vitest JSON report",
      wanted,
      wantedDepth: 4,
      firstKeys: FIRST_KEYS
    })
  }

  private get jest(): boolean {
    return "numRuntimeErrorTestSuites" in this.declared || "wasInterrupted" in this.declared
  }

  protected take(f: Found, out: Out): void {
    if (f.path.length === 1) {
      this.declared[f.path[0] as string] = f.value
      return
    }
    const index = f.path[1] as number
    if (this.file?.index !== index) {
      this.endFile(out)
      this.file = newFile(index)
    }
    const file = this.file!
    if (f.path.length === 4) {
      if (!isObject(f.value)) return
      file.tests++
      if (file.name === undefined) file.held.push(f)
      else this.assertion(file, f, out)
      return
    }
    const field = f.path[2]
    if (field === "name" || field === "testFilePath") {
      if (typeof f.value === "string" && file.name === undefined) {
        file.name = f.value
        for (const held of file.held) this.assertion(file, held, out)
        file.held = []
      }
    } else if (field === "status") file.status = str(f.value)
    else if (field === "message" || field === "failureMessage") file.message ??= str(f.value)
    else if (field === "startTime") file.startTime = num(f.value)
  }

  private assertion(file: FileResult, f: Found, out: Out): void {
    const a = f.value as Assertion
    const path = file.name === undefined ? undefined : FilePath.relativeTo(file.name, this.options.root)
    const suite = Array.isArray(a.ancestorTitles) ? a.ancestorTitles.map((t) => asText(t)) : []
    const written = str(a.title) ?? ""
    const { testId, title } = Titles.splitTestomatId(written)
    const raw = str(a.status) ?? "skipped"
    const status: Canonical.Status = raw === "passed" ? "passed" : raw === "failed" ? "failed" : "skipped"
    this.counted.numTotalTests++
    if (status === "passed") this.counted.numPassedTests++
    if (status === "failed") {
      this.counted.numFailedTests++
      file.failed++
    }
    const truncated = cutsAs(f.cuts, cutField)
    const record: Mutable<Partial<Fields>> = {}
    if (path !== undefined) record.file = path
    const group = suite.length > 0
      ? { group: suite.join(" > "), ...(path === undefined ? {} : { namespace: path }) }
      : path === undefined
      ? undefined
      : Group.fromFile(path)
    if (group !== undefined) {
      record.group = group.group
      if (group.namespace !== undefined) record.namespace = group.namespace
    }
    const location = isObject(a.location) ? num(a.location["line"]) : undefined
    if (location !== undefined && Number.isInteger(location) && location >= 0) record.line = location
    const duration = this.seconds(a.duration, "ms", `test "${written}"`, out)
    if (duration !== undefined) record.duration = duration
    const messages = Array.isArray(a.failureMessages) ? a.failureMessages.filter((m) => typeof m === "string") : []
    if (status === "failed") {
      const text = plain(messages.join("\n\n"))
      const stack = this.text(text, "failures", truncated)
      const message = this.text(messageOf(text), "failures", truncated)
      record.failures = [{
        kind: "failure",
        ...(message === undefined ? {} : { message }),
        ...(stack === undefined ? {} : { stack })
      }]
    }
    if (status === "skipped") {
      // Jest writes `pending` for `it.skip`; `todo`, `disabled` and the rest keep their name.
      record.skip = raw === "skipped" || raw === "pending" ? {} : { type: raw }
      if (raw === "disabled") record.disabled = true
    }
    const reasons = Array.isArray(a.retryReasons) ? a.retryReasons.filter((m) => typeof m === "string") : []
    if (reasons.length > 0) {
      record.attempts = reasons.map((reason): Canonical.Attempt => {
        const text = plain(reason)
        const message = this.text(messageOf(text), "attempts", truncated)
        const stack = this.text(text, "attempts", truncated)
        return {
          kind: status === "passed" ? "flakyFailure" : "rerunFailure",
          ...(message === undefined ? {} : { message }),
          ...(stack === undefined ? {} : { stack })
        }
      })
    }
    const invocations = num(a.invocations)
    if (status === "passed" && (reasons.length > 0 || (invocations !== undefined && invocations > 1))) {
      record.flaky = true
    }
    const attributes: { [key: string]: string } = {}
    if (invocations !== undefined && invocations > 1) attributes["invocations"] = String(invocations)
    if (isObject(a.meta) && Object.keys(a.meta).length > 0) attributes["meta"] = asText(a.meta)
    if (Object.keys(attributes).length > 0) record.attributes = attributes
    if (testId !== undefined) record.testId = testId
    const fullName = str(a.fullName)
    this.announce(out, this.jest ? "jest" : "vitest")
    this.test(out, {
      title,
      suite,
      framework: this.jest ? "Jest" : "Vitest",
      tool: this.jest ? "Jest --json" : "Vitest json",
      status,
      ...record,
      ...(truncated.length === 0 ? {} : { truncated })
    }, [path ?? "", ...suite, fullName ?? written])
  }

  /**
   * The file result ended: its tests still held go out, and a file that failed with no failed test (it failed to run,
   * or a hook outside its tests failed) is one failed test of its own carrying the message.
   */
  private endFile(out: Out): void {
    const file = this.file
    if (file === undefined) return
    this.file = undefined
    for (const held of file.held) this.assertion(file, held, out)
    if (file.status !== "failed" || file.failed > 0) return
    const path = file.name === undefined ? undefined : FilePath.relativeTo(file.name, this.options.root)
    const truncated: Array<Canonical.Truncation> = []
    const text = plain(file.message ?? "")
    const stack = this.text(text, "failures", truncated)
    const message = this.text(messageOf(text), "failures", truncated)
    const title = file.tests === 0 ? "[test suite failed to run]" : "[test suite failed outside its tests]"
    this.announce(out, this.jest ? "jest" : "vitest")
    this.test(out, {
      title,
      suite: [],
      framework: this.jest ? "Jest" : "Vitest",
      tool: this.jest ? "Jest --json" : "Vitest json",
      status: "failed",
      ...(path === undefined ? {} : { file: path, ...Group.fromFile(path) }),
      ...(file.startTime === undefined || file.startTime <= 0
        ? {}
        : { startedAt: new Date(file.startTime).toISOString() }),
      failures: [{
        kind: "error",
        message: message ??
          (file.tests === 0 ? "the test file failed to run" : "the test file failed outside its tests"),
        ...(stack === undefined ? {} : { stack })
      }],
      ...(truncated.length === 0 ? {} : { truncated })
    }, [path ?? "", title])
  }

  protected override flush(out: Out): void {
    this.endFile(out)
  }

  protected finish(out: Out): void {
    this.endFile(out)
    if (!this.recognised && !("numTotalTests" in this.declared)) {
      return this.diagnostic(
        out,
        "error",
        "unrecognized-format",
        "not a Jest or Vitest JSON report: it has no testResults or numTotalTests"
      )
    }
    this.announce(out, this.jest ? "jest" : "vitest")
    this.countMismatch(out, "the report declares", this.declared, this.counted)
  }
}

/**
 * Reads one Jest `--json` or Vitest `json` report. Each element of a file's `assertionResults` is a test: its
 * `ancestorTitles` the suite path, `failureMessages` (colours removed) its failure, `retryReasons` its earlier
 * attempts; a test file that failed with no failed test (it failed to run, or a hook outside its tests failed) is one
 * failed test carrying the file's message. Absolute file paths under `root` are written relative to it. The counts
 * are checked; damage becomes diagnostics, the tests before it kept. A file's tests are held until its `name`, which
 * Jest writes after them.
 *
 * @example
 * import * as JestJsonReader from "@tr/json-reports/JestJsonReader"
 * fs.stream("jest.json").pipe(JestJsonReader.stream({ source: "jest.json", root: process.cwd() }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream = (options: Options) => Incremental.stream(() => new Reader(options))
