/**
 * The JUnit XML state machine. Synchronous on purpose: sax events are handled in plain code and completed records are
 * handed back per byte chunk, so the stream pays its per-element cost once per chunk, not once per XML event.
 */
import { BoundedText } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import * as Identity from "@tr/core/Identity"
import * as XmlDecoder from "@tr/core/XmlDecoder"
import sax from "sax"
import * as Attributes from "./attributes.js"
import * as Dialects from "./dialects.js"

export interface ParserOptions {
  readonly source: string
  readonly maxTextLength: number
  readonly maxSyntaxErrors: number
  /** A dialect to use instead of the detected one. */
  readonly dialect?: Dialects.Dialect
}

type Attrs = { readonly [name: string]: string }

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

interface Tally {
  tests: number
  failures: number
  errors: number
  skipped: number
  disabled: number
}

interface SuiteFrame {
  readonly attrs: Attrs
  readonly line: number
  readonly path: ReadonlyArray<string>
  readonly isRoot: boolean
  readonly parsed: Tally
  properties: Array<Canonical.Property> | undefined
  stdout: BoundedText | undefined
  stderr: BoundedText | undefined
}

interface CaseFrame {
  readonly attrs: Attrs
  readonly line: number
  failures: Array<Canonical.Failure> | undefined
  skip: Canonical.Skip | undefined
  attempts: Array<Mutable<Canonical.Attempt>> | undefined
  properties: Array<Canonical.Property> | undefined
  stdout: BoundedText | undefined
  stderr: BoundedText | undefined
  readonly truncated: Array<Canonical.Truncation>
}

/** What an open element is to us; `ignored` elements are tracked only to pair their closing tags. */
type Frame =
  | { readonly kind: "suite"; readonly suite: SuiteFrame }
  | { readonly kind: "case"; readonly test: CaseFrame }
  | { readonly kind: "properties" }
  | { readonly kind: "property"; readonly attrs: Attrs; readonly text: BoundedText }
  | { readonly kind: "outcome"; readonly name: string; readonly attrs: Attrs; readonly text: BoundedText }
  | { readonly kind: "attempt"; readonly attempt: Mutable<Canonical.Attempt>; readonly text: BoundedText }
  | { readonly kind: "attemptPart"; readonly name: string; readonly text: BoundedText }
  | { readonly kind: "output"; readonly name: "system-out" | "system-err"; readonly text: BoundedText }
  | { readonly kind: "ignored" }

const IGNORED: Frame = { kind: "ignored" }

/** Problems that can repeat on every test: listed up to `MAX_REPEATS` times per file, then counted. */
const REPEATABLE = new Set(["invalid-duration", "implausible-duration", "count-mismatch"])
const MAX_REPEATS = 10

// C0 controls other than tab, newline and carriage return; U+FFFE, U+FFFF. (Unpaired surrogates cannot occur: the
// decoder replaces them. Leaving them out spares the slow unicode mode of the regular expression.)
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/

const ATTEMPTS = new Set(["flakyFailure", "flakyError", "rerunFailure", "rerunError"])

export class JunitParser {
  private readonly decoder = XmlDecoder.make()
  private readonly sax: sax.SAXParser
  private readonly stack: Array<Frame> = []
  private readonly identity: (parts: ReadonlyArray<string | number>) => string
  private readonly suites: Array<SuiteFrame> = []
  private out: Array<Canonical.SourceRecord> = []
  private capture: BoundedText | undefined
  private state: "before-root" | "in-root" | "after-root" | "abandoned" = "before-root"
  private root: Dialects.Signals["root"] = { name: "", attrs: {} }
  /** Decided when the first test case opens, and announced then in the `source` record. */
  private dialect: Dialects.Dialect | undefined
  private namesWithBom = 0
  /** Attributes of every suite opened, kept only until the dialect is decided. */
  private seenSuites: Array<Attrs> = []
  private lastSuiteFile: string | undefined
  private readonly repeats = new Map<string, number>()
  private reportedForbidden = false
  private sawBytes = false
  private ordinal = 0
  private syntaxErrors = 0
  private reportedEncoding = false
  private lastSyntaxError = ""
  private closing = false
  private endPosition = { line: 1, column: 0 }

  constructor(private readonly options: ParserOptions) {
    this.identity = Identity.prefixed([options.source])
    const parser = sax.parser(true, { trim: false, normalize: false, position: true })
    parser.onopentag = (node) => this.open(node.name, node.attributes as Attrs)
    parser.onclosetag = () => this.close()
    parser.ontext = (text) => this.capture?.append(text)
    parser.oncdata = (text) => this.capture?.append(text)
    parser.onerror = (error) => this.syntaxError(error)
    parser.ondoctype = (doctype) => {
      if (/<!ENTITY/i.test(doctype)) {
        this.diagnostic(
          "warning",
          "entities-ignored",
          "the document declares entities in its DOCTYPE; tr never expands or fetches them, so references to them stay as written",
          this.position()
        )
      }
    }
    this.sax = parser
  }

  feed(bytes: Uint8Array, out: Array<Canonical.SourceRecord>): void {
    if (bytes.length > 0) this.sawBytes = true
    this.out = out
    if (this.state === "abandoned") return
    const text = this.decoder.decode(bytes)
    this.checkEncoding()
    if (text === "") return
    if (!this.reportedForbidden) this.checkForbidden(text)
    this.sax.write(text)
  }

  /** Characters XML 1.0 forbids are kept as written (JSON carries them), but said once per file. */
  private checkForbidden(text: string): void {
    const at = FORBIDDEN.exec(text)
    if (at === null) return
    this.reportedForbidden = true
    const code = text.codePointAt(at.index)!.toString(16).toUpperCase().padStart(4, "0")
    this.diagnostic(
      "warning",
      "forbidden-characters",
      `the file holds characters XML forbids (first: U+${code}, near line ${
        this.sax.line + 1
      }); they are kept as written`
    )
  }

  end(out: Array<Canonical.SourceRecord>): void {
    this.out = out
    if (this.state !== "abandoned") {
      const text = this.decoder.end()
      this.checkEncoding()
      if (text !== "") this.sax.write(text)
      // sax resets its position when it closes; keep where the input ended for the cut-off report.
      this.endPosition = this.position()
      this.closing = true
      this.sax.close()
    }
    if (!this.sawBytes) {
      this.diagnostic("error", "empty-file", "the file is empty")
      return
    }
    if (this.state === "before-root") {
      this.diagnostic(
        "error",
        "empty-file",
        "the file holds no XML element (only whitespace, comments or a declaration)"
      )
      return
    }
    if (this.dialect === undefined && this.root.name !== "") this.decideDialect({})
    if (this.state === "in-root") this.cutOff()
    for (const [code, seen] of this.repeats) {
      if (seen > MAX_REPEATS) {
        const more = `${seen - MAX_REPEATS} more ${code} problems like the ones above are not listed`
        this.diagnostic("warning", code, more, undefined, false)
      }
    }
    if (this.namesWithBom > 0) {
      this.diagnostic(
        "warning",
        "bom-in-name",
        `${this.namesWithBom} test or class names held a byte-order mark (U+FEFF), which was removed from them`
      )
    }
  }

  private decideDialect(testcase: Attrs): void {
    const suites = this.suites.filter((x) => !x.isRoot).map((x) => ({
      attrs: x.attrs,
      properties: (x.properties ?? []).map((p) => p.name)
    }))
    this.dialect = this.options.dialect ?? Dialects.detect({ root: this.root, suites, seen: this.seenSuites, testcase })
    this.out.push({ type: "source", path: this.options.source, format: "junit", dialect: this.dialect.name })
    this.seenSuites = []
  }

  private withoutBom(value: string): string {
    if (!value.includes("\ufeff")) return value
    this.namesWithBom++
    return value.replaceAll("\ufeff", "")
  }

  // ---- elements -------------------------------------------------------------------------------------------------

  private open(name: string, attrs: Attrs): void {
    if (this.state === "before-root") {
      if (name !== "testsuites" && name !== "testsuite") {
        this.diagnostic(
          "error",
          "unrecognized-format",
          `not a JUnit XML report: the root element is <${name}>, expected <testsuites> or <testsuite>`,
          this.position()
        )
        this.abandon()
        return
      }
      this.state = "in-root"
      this.root = { name, attrs }
    }
    const parent = this.stack[this.stack.length - 1]
    this.stack.push(this.frameFor(name, attrs, parent))
  }

  private frameFor(name: string, attrs: Attrs, parent: Frame | undefined): Frame {
    switch (name) {
      case "testsuites":
      case "testsuite":
        return { kind: "suite", suite: this.openSuite(attrs, parent === undefined && name === "testsuites") }
      case "testcase": {
        if (this.dialect === undefined) this.decideDialect(attrs)
        const test: CaseFrame = {
          attrs,
          line: this.sax.line + 1,
          failures: undefined,
          skip: undefined,
          attempts: undefined,
          properties: undefined,
          stdout: undefined,
          stderr: undefined,
          truncated: []
        }
        return { kind: "case", test }
      }
      case "properties":
        return parent?.kind === "suite" || parent?.kind === "case" ? { kind: "properties" } : IGNORED
      case "property":
        return parent?.kind === "properties" ? this.capturing({ kind: "property", attrs, text: this.text() }) : IGNORED
      case "failure":
      case "error":
      case "skipped":
        return parent?.kind === "case" ? this.capturing({ kind: "outcome", name, attrs, text: this.text() }) : IGNORED
      case "system-out":
      case "system-err":
        if (parent?.kind === "case" || parent?.kind === "suite") {
          return this.capturing({ kind: "output", name, text: this.outputOf(parent, name) })
        }
        if (parent?.kind === "attempt") return this.capturing({ kind: "attemptPart", name, text: this.text() })
        return IGNORED
      case "stackTrace":
        return parent?.kind === "attempt" ? this.capturing({ kind: "attemptPart", name, text: this.text() }) : IGNORED
      default:
        if (ATTEMPTS.has(name) && parent?.kind === "case") {
          const attempt: Mutable<Canonical.Attempt> = { kind: name as Canonical.Attempt["kind"] }
          Attributes.copyProblem(attrs, attempt)
          const duration = Attributes.seconds(attrs["time"])
          if (duration !== undefined) attempt.duration = duration
          return this.capturing({ kind: "attempt", attempt, text: this.text() })
        }
        return IGNORED
    }
  }

  private close(): void {
    const frame = this.stack.pop()
    if (frame === undefined) return
    if (this.stack.length === 0) this.state = "after-root"
    if ("text" in frame && this.capture === frame.text) this.capture = this.enclosingCapture()
    const parent = this.stack[this.stack.length - 1]
    switch (frame.kind) {
      case "suite":
        return this.closeSuite(frame.suite)
      case "case":
        return this.closeCase(frame.test)
      case "property": {
        const props = this.propertiesOf(this.stack[this.stack.length - 2])
        const name = frame.attrs["name"]
        if (props !== undefined && name !== undefined) {
          props.push({ name, value: frame.attrs["value"] ?? this.keep(frame.text, undefined) ?? "" })
        }
        return
      }
      case "outcome":
        if (parent?.kind === "case") this.addOutcome(parent.test, frame.name, frame.attrs, frame.text)
        return
      case "attempt": {
        if (parent?.kind !== "case") return
        const stack = frame.attempt.stack === undefined
          ? this.keep(frame.text, parent.test.truncated, "attempts")
          : undefined
        if (stack !== undefined) frame.attempt.stack = stack
        ;(parent.test.attempts ??= []).push(frame.attempt)
        return
      }
      case "attemptPart": {
        const test = this.stack[this.stack.length - 2]
        if (parent?.kind !== "attempt" || test?.kind !== "case") return
        const value = this.keep(frame.text, test.test.truncated, "attempts")
        if (value === undefined) return
        if (frame.name === "stackTrace") parent.attempt.stack = value
        else if (frame.name === "system-out") parent.attempt.stdout = value
        else parent.attempt.stderr = value
        return
      }
      default:
        return
    }
  }

  private openSuite(attrs: Attrs, isRoot: boolean): SuiteFrame {
    const enclosing = this.suites[this.suites.length - 1]
    const name = attrs["name"] === undefined ? undefined : this.withoutBom(attrs["name"])
    const path = isRoot ? [] : name === undefined ? enclosing?.path ?? [] : [...(enclosing?.path ?? []), name]
    const suite: SuiteFrame = {
      attrs,
      line: this.sax.line + 1,
      path,
      isRoot,
      parsed: { tests: 0, failures: 0, errors: 0, skipped: 0, disabled: 0 },
      properties: undefined,
      stdout: undefined,
      stderr: undefined
    }
    this.suites.push(suite)
    if (!isRoot && this.dialect === undefined) this.seenSuites.push(attrs)
    if (attrs["file"] !== undefined) this.lastSuiteFile = attrs["file"]
    return suite
  }

  private closeSuite(suite: SuiteFrame): void {
    this.suites.pop()
    const enclosing = this.suites[this.suites.length - 1]
    if (enclosing !== undefined) {
      enclosing.parsed.tests += suite.parsed.tests
      enclosing.parsed.failures += suite.parsed.failures
      enclosing.parsed.errors += suite.parsed.errors
      enclosing.parsed.skipped += suite.parsed.skipped
      enclosing.parsed.disabled += suite.parsed.disabled
    }
    const declared = Attributes.declaredCounts(suite.attrs)
    this.checkCounts(suite, declared)
    const record: Mutable<Canonical.Suite> = { type: "suite", source: this.options.source, path: suite.path }
    const a = suite.attrs
    if (a["name"] !== undefined) record.name = a["name"]
    const duration = this.seconds(a["time"], `suite "${a["name"] ?? ""}"`, suite.line)
    if (duration !== undefined) record.duration = duration
    if (a["timestamp"] !== undefined) record.startedAt = a["timestamp"]
    if (a["hostname"] !== undefined) record.hostname = a["hostname"]
    if (declared !== undefined) record.declared = declared
    if (suite.properties !== undefined) record.properties = suite.properties
    const truncated: Array<Canonical.Truncation> = []
    const stdout = this.keep(suite.stdout, truncated, "stdout")
    if (stdout !== undefined) record.stdout = stdout
    const stderr = this.keep(suite.stderr, truncated, "stderr")
    if (stderr !== undefined) record.stderr = stderr
    const rest = Attributes.remaining(a, Attributes.SUITE_FIELDS)
    if (rest !== undefined) record.attributes = rest
    if (truncated.length > 0) record.truncated = truncated
    this.out.push(record)
  }

  private closeCase(test: CaseFrame): void {
    const a = test.attrs
    const failures = test.failures
    const disabled = Attributes.isDisabled(a)
    const status: Canonical.Status = failures !== undefined ||
        (test.attempts !== undefined && test.attempts.every((t) => t.kind.startsWith("rerun")))
      ? "failed"
      : test.skip !== undefined || disabled || a["status"] === "skipped"
      ? "skipped"
      : "passed"
    const suite = this.suites[this.suites.length - 1]
    if (suite !== undefined) {
      suite.parsed.tests++
      if (failures?.some((f) => f.kind === "error")) suite.parsed.errors++
      else if (failures !== undefined) suite.parsed.failures++
      else if (disabled) suite.parsed.disabled++
      else if (status === "skipped") suite.parsed.skipped++
    }
    const written = this.withoutBom(a["name"] ?? "")
    const { title, testId } = Attributes.splitTestomatId(written)
    const className = a["classname"] === undefined ? undefined : this.withoutBom(a["classname"])
    const draft: Dialects.Draft = {
      title,
      suite: [...(suite?.path ?? [])],
      className,
      file: a["file"] ?? failures?.find((f) => f.file !== undefined)?.file,
      line: Attributes.lineNumber(a["line"] ?? a["lineno"]) ?? failures?.find((f) => f.line !== undefined)?.line,
      parameters: undefined
    }
    const enclosing = this.suites.filter((x) => !x.isRoot).map((x) => x.attrs)
    const suiteFile = [...enclosing].reverse().find((x) => x["file"] !== undefined)?.["file"] ?? this.lastSuiteFile
    this.dialect!.refine?.(draft, { testcase: a, suites: enclosing, suiteFile })
    const record: Mutable<Canonical.TestCase> = {
      type: "test",
      id: this.identity([this.ordinal++, ...draft.suite, className ?? "", written]),
      source: this.options.source,
      title: draft.title,
      suite: draft.suite,
      status
    }
    if (draft.className !== undefined) record.className = draft.className
    if (draft.file !== undefined) record.file = draft.file
    if (draft.line !== undefined) record.line = draft.line
    if (draft.parameters !== undefined && draft.parameters.length > 0) record.parameters = draft.parameters
    if (status === "passed" && test.attempts !== undefined) record.flaky = true
    if (status === "skipped" && disabled) record.disabled = true
    const duration = this.seconds(a["time"], `test case "${written}"`, test.line)
    if (duration !== undefined) record.duration = duration
    if (a["timestamp"] !== undefined) record.startedAt = a["timestamp"]
    if (failures !== undefined) record.failures = failures
    if (test.skip !== undefined) record.skip = test.skip
    if (test.attempts !== undefined) record.attempts = test.attempts
    const truncated = test.truncated
    const stdout = this.keep(test.stdout, truncated, "stdout")
    if (stdout !== undefined) record.stdout = stdout
    const stderr = this.keep(test.stderr, truncated, "stderr")
    if (stderr !== undefined) record.stderr = stderr
    if (test.properties !== undefined) record.properties = test.properties
    const propertyId = test.properties?.find((p) => p.name === "ID" || p.name === "test_id")?.value
    const id = testId ??
      (propertyId === undefined ? undefined : Attributes.splitTestomatId(propertyId).testId ?? propertyId)
    if (id !== undefined) record.testId = id
    const rest = Attributes.remaining(a, Attributes.CASE_FIELDS)
    if (rest !== undefined) record.attributes = rest
    if (truncated.length > 0) record.truncated = truncated
    this.out.push(record)
  }

  private addOutcome(test: CaseFrame, name: string, attrs: Attrs, text: BoundedText): void {
    const body = this.keep(text, test.truncated, name === "skipped" ? "skip" : "failures")
    if (name === "skipped") {
      const skip: Mutable<Canonical.Skip> = {}
      Attributes.copyProblem(attrs, skip)
      if (body !== undefined) skip.text = body
      test.skip = skip
      return
    }
    const failure: Mutable<Canonical.Failure> = { kind: name === "error" ? "error" : "failure" }
    Attributes.copyProblem(attrs, failure)
    if (attrs["file"] !== undefined) failure.file = attrs["file"]
    const line = Attributes.lineNumber(attrs["line"])
    if (line !== undefined) failure.line = line
    if (body !== undefined) failure.stack = body
    ;(test.failures ??= []).push(failure)
  }

  // ---- text -----------------------------------------------------------------------------------------------------

  private text(): BoundedText {
    return new BoundedText(this.options.maxTextLength)
  }

  private capturing<F extends Frame & { readonly text: BoundedText }>(frame: F): F {
    this.capture = frame.text
    return frame
  }

  /** After an element closes, text belongs again to the nearest enclosing element that collects text, if any. */
  private enclosingCapture(): BoundedText | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const frame = this.stack[i]!
      if ("text" in frame) return frame.text
      if (frame.kind === "case" || frame.kind === "suite") return undefined
    }
    return undefined
  }

  private outputOf(parent: Frame & { kind: "case" | "suite" }, name: "system-out" | "system-err"): BoundedText {
    const owner = parent.kind === "case" ? parent.test : parent.suite
    const key = name === "system-out" ? "stdout" : "stderr"
    return (owner[key] ??= this.text())
  }

  private propertiesOf(frame: Frame | undefined): Array<Canonical.Property> | undefined {
    if (frame?.kind === "case") return (frame.test.properties ??= [])
    if (frame?.kind === "suite") return (frame.suite.properties ??= [])
    return undefined
  }

  /** The text to keep, or nothing for whitespace only; a cut is recorded in `truncated` under `field`. */
  private keep(
    text: BoundedText | undefined,
    truncated: Array<Canonical.Truncation> | undefined,
    field = ""
  ): string | undefined {
    if (text === undefined) return undefined
    if (truncated !== undefined && text.truncated) truncated.push({ field, length: text.length })
    const value = text.value()
    return value.trim() === "" ? undefined : value
  }

  // ---- problems -------------------------------------------------------------------------------------------------

  private seconds(value: string | undefined, what: string, line: number): number | undefined {
    if (value === undefined) return undefined
    const seconds = Attributes.seconds(value)
    if (seconds !== undefined && seconds > Attributes.IMPLAUSIBLE_SECONDS) {
      const corrected = seconds / 1e9
      this.diagnostic(
        "warning",
        "implausible-duration",
        `${what}: time="${value}" is implausible as seconds (${Math.round(seconds / 86400)} days); ` +
          `read as nanoseconds, ${corrected} s`,
        { line, column: 0 }
      )
      return corrected
    }
    if (seconds === undefined) {
      this.diagnostic(
        "warning",
        "invalid-duration",
        `${what}: time="${value}" is not a duration in seconds; left out`,
        {
          line,
          column: 0
        }
      )
    }
    return seconds
  }

  private checkCounts(suite: SuiteFrame, declared: Canonical.Suite["declared"]): void {
    if (declared === undefined) return
    const differences: Array<string> = []
    for (const key of ["tests", "failures", "errors", "skipped", "disabled"] as const) {
      const said = declared[key]
      if (said !== undefined && said !== suite.parsed[key]) {
        differences.push(`${key}=${said} but ${suite.parsed[key]} found`)
      }
    }
    if (differences.length === 0) return
    const what = suite.isRoot ? "<testsuites>" : `suite "${suite.attrs["name"] ?? ""}"`
    this.diagnostic("warning", "count-mismatch", `${what} declares ${differences.join(", ")}`, {
      line: suite.line,
      column: 0
    })
  }

  private syntaxError(error: Error): void {
    const position = this.position()
    const reason = error.message.split("\n")[0]!
    this.clearError()
    if (this.state === "before-root") {
      this.diagnostic("error", "not-xml", `not XML: ${reason}`, position)
      this.abandon()
      return
    }
    if (this.state === "after-root") {
      this.diagnostic(
        "warning",
        "trailing-content",
        `content after the end of the report is ignored: ${reason}`,
        position
      )
      this.abandon()
      return
    }
    // What breaks while closing a file that ends inside the report is the cut itself, reported by cutOff.
    if (this.closing) return
    // sax reports one mistake several times over at the same place; one diagnostic says it.
    const at = `${position.line}:${position.column}`
    const repeated = at === this.lastSyntaxError
    this.lastSyntaxError = at
    if (!repeated) this.syntaxErrors++
    if (repeated) {
      // already said
    } else if (this.syntaxErrors <= this.options.maxSyntaxErrors) {
      this.diagnostic("error", "xml-syntax", `malformed XML: ${reason}; reading goes on after it`, position)
    } else if (this.syntaxErrors === this.options.maxSyntaxErrors + 1) {
      this.diagnostic("error", "xml-syntax", "more malformed XML follows; further errors are not listed", position)
    }
    this.sax.resume()
  }

  /** The file ended inside the report: say what was open, and that the tests read before the cut are kept. */
  private cutOff(): void {
    const openCases = this.stack.filter((f): f is Frame & { kind: "case" } => f.kind === "case")
    const lost = openCases.map((f) => `"${f.test.attrs["name"] ?? ""}" (line ${f.test.line})`)
    this.diagnostic(
      "error",
      "truncated-file",
      `the file ends inside the report (cut off or unclosed elements); ${this.ordinal} ${
        this.ordinal === 1 ? "test" : "tests"
      } read before the end are kept` +
        (lost.length > 0 ? `, the unfinished test case ${lost.join(", ")} is not` : ""),
      this.endPosition
    )
    this.state = "abandoned"
  }

  private abandon(): void {
    this.state = "abandoned"
    this.capture = undefined
    // Stop sax from reading the rest of this write.
    this.sax.onopentag =
      this.sax.onclosetag =
      this.sax.ontext =
      this.sax.oncdata =
        () => {}
    this.sax.onerror = () => {
      this.clearError()
    }
  }

  /** sax refuses further input until its error is cleared; its typings do not admit that. */
  private clearError(): void {
    ;(this.sax as { error: Error | null }).error = null
  }

  private checkEncoding(): void {
    const problem = this.decoder.problem()
    if (problem !== undefined && !this.reportedEncoding) {
      this.reportedEncoding = true
      this.diagnostic("warning", "encoding", problem, { line: 1, column: 1 })
    }
  }

  private position(): { line: number; column: number } {
    return { line: this.sax.line + 1, column: this.sax.column }
  }

  private diagnostic(
    severity: Canonical.Diagnostic["severity"],
    code: string,
    message: string,
    at?: { line: number; column: number },
    counted = true
  ): void {
    if (counted && REPEATABLE.has(code)) {
      const seen = (this.repeats.get(code) ?? 0) + 1
      this.repeats.set(code, seen)
      if (seen > MAX_REPEATS) return
    }
    const record: Mutable<Canonical.Diagnostic> = {
      type: "diagnostic",
      severity,
      code,
      message,
      source: this.options.source
    }
    if (at !== undefined) {
      record.line = at.line
      if (at.column > 0) record.column = at.column
    }
    this.out.push(record)
  }
}
