/**
 * The JUnit XML elements, on the shared XML reader: suites, test cases, their outcomes, retries, output and
 * properties, and the dialect that decides how they map.
 */
import type { BoundedText } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import * as Group from "@tr/core/Group"
import type { Attrs } from "@tr/xml/Attributes"
import * as XmlAttributes from "@tr/xml/Attributes"
import type * as XmlReader from "@tr/xml/XmlReader"
import type { Mutable } from "effect/Types"
import { format } from "../JunitFormat.js"
import * as Attributes from "./attributes.js"
import * as Dialects from "./dialects.js"

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
  /** Where its start tag ended: with `line`, what tells it from any other suite. */
  readonly column: number
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

/**
 * The class (split at its last dot, or a path as a file in its folder; a source file is then the test's file), else the
 * innermost suite, else the file.
 */
const groupByDefault = (d: Dialects.Draft): void => {
  if (d.className !== undefined && d.file === undefined && Group.isSourceFile(d.className)) d.file = d.className
  const named = d.className !== undefined && d.className !== "" ?
    Group.fromClassName(d.className)
    : d.suite.length > 0 ?
    { group: d.suite.at(-1)! }
    : d.file !== undefined ?
    Group.fromFile(d.file)
    : undefined
  if (named === undefined) return
  d.group = named.group
  if (named.namespace !== undefined) d.namespace = named.namespace
}

/**
 * What reading a piece of a document did to the state the document's reader keeps past it (`pieceEnd`), and what of
 * that state it assumed.
 */
export interface PieceState {
  readonly dialect: number
  /** Tests before the piece: the ordinal its ids began at. */
  readonly ordinal: number
  readonly tests: number
  /** How many of `suites` were open around the piece when it began. */
  readonly before: number
  /**
   * The suites open where the piece ends (where each start tag ended, its path): of those open before it, the counts
   * it added; of those it opened, their counts and properties.
   */
  readonly suites: ReadonlyArray<
    XmlReader.Position & {
      readonly path: ReadonlyArray<string>
      readonly parsed: Tally
      readonly properties?: ReadonlyArray<Canonical.Property>
    }
  >
  /** The `file` of the last suite the piece opened with one, if any did. */
  readonly lastSuiteFile?: { readonly file: string }
  /** A test was read before the piece opened a suite with a `file`: the last one before the piece mattered. */
  readonly readsLastSuiteFile: boolean
}

const ATTEMPTS = new Set(["flakyFailure", "flakyError", "rerunFailure", "rerunError"])

export class JunitHandler implements XmlReader.Handler {
  readonly roots = format.roots
  readonly describe = "a JUnit XML report"
  private readonly stack: Array<Frame> = []
  private readonly suites: Array<SuiteFrame> = []
  /** Decided when the first test case opens, and announced then in the `source` record. */
  private dialect: Dialects.Dialect | undefined
  /** Attributes of every suite opened, kept only until the dialect is decided. */
  private seenSuites: Array<Attrs> = []
  private lastSuiteFile: string | undefined
  /** Attributes of the open suites but the `<testsuites>` root, outermost first: what dialects read of them. */
  private readonly enclosing: Array<Attrs> = []
  /** For each of those, the `file` of the nearest that has one. Kept as suites open, not searched per test. */
  private readonly enclosingFiles: Array<string | undefined> = []
  private ordinal = 0
  /** Set while reading a piece of a document: how deep it began, the suites open around it, what it read of before. */
  private piece:
    | {
      readonly ordinal: number
      readonly suites: ReadonlyArray<SuiteFrame>
      lowest: number
      setsLastSuiteFile: boolean
      readsLastSuiteFile: boolean
    }
    | undefined

  constructor(private readonly doc: XmlReader.Document, private readonly given?: Dialects.Dialect) {}

  tests(): number {
    return this.ordinal
  }

  unfinished(): ReadonlyArray<string> {
    return this.stack.filter((f): f is Frame & { kind: "case" } => f.kind === "case").map((f) =>
      `test case "${f.test.attrs["name"] ?? ""}" (line ${f.test.line})`
    )
  }

  finish(): void {
    if (this.dialect === undefined) this.decideDialect({})
  }

  /** The dialect's place in `Dialects.DIALECTS`, once decided. */
  dialectIndex(): number | undefined {
    return this.dialect === undefined ? undefined : Dialects.DIALECTS.indexOf(this.dialect)
  }

  /** Reads a piece of a document whose dialect is `dialect` (an index), with `ordinal` tests before it. */
  continueAt(ordinal: number, dialect: number): void {
    this.ordinal = ordinal
    this.dialect = Dialects.DIALECTS[dialect]
  }

  resumed(): void {
    this.lastSuiteFile = undefined
    this.piece = {
      ordinal: this.ordinal,
      suites: [...this.suites],
      lowest: this.stack.length,
      setsLastSuiteFile: false,
      readsLastSuiteFile: false
    }
  }

  pieceEnd(): PieceState | undefined {
    const piece = this.piece!
    const before = piece.suites.length
    const open = this.stack.every((f) => f.kind === "suite") && this.suites.length >= before &&
      this.suites.every((s, i) =>
        (i < before ? s === piece.suites[i] && s.properties === undefined : true) && s.stdout === undefined &&
        s.stderr === undefined
      )
    if (piece.lowest < before || !open) return undefined
    return {
      dialect: this.dialectIndex()!,
      ordinal: piece.ordinal,
      tests: this.ordinal - piece.ordinal,
      before,
      suites: this.suites.map((s) => ({
        line: s.line,
        column: s.column,
        path: s.path,
        parsed: s.parsed,
        ...(s.properties === undefined ? {} : { properties: s.properties })
      })),
      ...(piece.setsLastSuiteFile && this.lastSuiteFile !== undefined
        ? { lastSuiteFile: { file: this.lastSuiteFile } }
        : {}),
      readsLastSuiteFile: piece.readsLastSuiteFile
    }
  }

  fits(read: unknown, opened: ReadonlyArray<XmlReader.Position>): boolean {
    const piece = read as PieceState
    const here = this.stack
    const same = (f: Frame, s: PieceState["suites"][number]) =>
      f.kind === "suite" && f.suite.line === s.line && f.suite.column === s.column &&
      JSON.stringify(f.suite.path) === JSON.stringify(s.path)
    return this.dialectIndex() === piece.dialect && this.ordinal === piece.ordinal && here.length === piece.before &&
      !(piece.readsLastSuiteFile && this.lastSuiteFile !== undefined) &&
      here.every((f, i) => same(f, piece.suites[i]!)) &&
      opened.length === piece.suites.length - piece.before &&
      opened.every((at, i) =>
        at.line === piece.suites[piece.before + i]!.line &&
        at.column === piece.suites[piece.before + i]!.column
      )
  }

  take(read: unknown): void {
    const piece = read as PieceState
    this.ordinal += piece.tests
    this.suites.forEach((suite, i) => {
      const theirs = piece.suites[i]!
      const into = suite.parsed
      // The suites open before the piece have its counts added; those it opened are as it left them.
      const from = i < piece.before ? into : { tests: 0, failures: 0, errors: 0, skipped: 0, disabled: 0 }
      into.tests = from.tests + theirs.parsed.tests
      into.failures = from.failures + theirs.parsed.failures
      into.errors = from.errors + theirs.parsed.errors
      into.skipped = from.skipped + theirs.parsed.skipped
      into.disabled = from.disabled + theirs.parsed.disabled
      if (i >= piece.before && theirs.properties !== undefined) suite.properties = [...theirs.properties]
    })
    if (piece.lastSuiteFile !== undefined) this.lastSuiteFile = piece.lastSuiteFile.file
  }

  private decideDialect(testcase: Attrs): void {
    const suites = this.suites.filter((x) => !x.isRoot).map((x) => ({
      attrs: x.attrs,
      properties: (x.properties ?? []).map((p) => p.name)
    }))
    const root = this.doc.root ?? { name: "", attrs: {} }
    this.dialect = this.given ?? Dialects.detect({ root, suites, seen: this.seenSuites, testcase })
    this.doc.announce(this.dialect.name)
    this.seenSuites = []
  }

  // ---- elements -------------------------------------------------------------------------------------------------

  open(name: string, attrs: Attrs): void {
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
          line: this.doc.line(),
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
        return parent?.kind === "properties"
          ? this.capturing({ kind: "property", attrs, text: this.doc.text() })
          : IGNORED
      case "failure":
      case "error":
      case "skipped":
        return parent?.kind === "case"
          ? this.capturing({ kind: "outcome", name, attrs, text: this.doc.text() })
          : IGNORED
      case "system-out":
      case "system-err":
        if (parent?.kind === "case" || parent?.kind === "suite") {
          return this.capturing({ kind: "output", name, text: this.outputOf(parent, name) })
        }
        if (parent?.kind === "attempt") return this.capturing({ kind: "attemptPart", name, text: this.doc.text() })
        return IGNORED
      case "stackTrace":
        return parent?.kind === "attempt"
          ? this.capturing({ kind: "attemptPart", name, text: this.doc.text() })
          : IGNORED
      default:
        if (ATTEMPTS.has(name) && parent?.kind === "case") {
          const attempt: Mutable<Canonical.Attempt> = { kind: name as Canonical.Attempt["kind"] }
          XmlAttributes.copyProblem(attrs, attempt)
          const duration = this.doc.seconds(attrs["time"], `${name} of a test case`, this.doc.line())
          if (duration !== undefined) attempt.duration = duration
          return this.capturing({ kind: "attempt", attempt, text: this.doc.text() })
        }
        return IGNORED
    }
  }

  close(): void {
    const frame = this.stack.pop()
    if (frame === undefined) return
    if (this.piece !== undefined && this.stack.length < this.piece.lowest) this.piece.lowest = this.stack.length
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
          props.push({ name, value: frame.attrs["value"] ?? this.doc.keep(frame.text) ?? "" })
        }
        return
      }
      case "outcome":
        if (parent?.kind === "case") this.addOutcome(parent.test, frame.name, frame.attrs, frame.text)
        return
      case "attempt": {
        if (parent?.kind !== "case") return
        const stack = frame.attempt.stack === undefined
          ? this.doc.keep(frame.text, parent.test.truncated, "attempts")
          : undefined
        if (stack !== undefined) frame.attempt.stack = stack
        ;(parent.test.attempts ??= []).push(frame.attempt)
        return
      }
      case "attemptPart": {
        const test = this.stack[this.stack.length - 2]
        if (parent?.kind !== "attempt" || test?.kind !== "case") return
        const value = this.doc.keep(frame.text, test.test.truncated, "attempts")
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
    const name = attrs["name"] === undefined ? undefined : this.doc.withoutBom(attrs["name"])
    const path = isRoot
      ? []
      : name === undefined
      ? enclosing?.path ?? []
      : this.doc.nestedPath(enclosing?.path ?? [], name)
    const { column, line } = this.doc.position()
    const suite: SuiteFrame = {
      attrs,
      line,
      column,
      path,
      isRoot,
      parsed: { tests: 0, failures: 0, errors: 0, skipped: 0, disabled: 0 },
      properties: undefined,
      stdout: undefined,
      stderr: undefined
    }
    this.suites.push(suite)
    if (!isRoot) {
      this.enclosing.push(attrs)
      this.enclosingFiles.push(attrs["file"] ?? this.enclosingFiles.at(-1))
      if (this.dialect === undefined) this.seenSuites.push(attrs)
    }
    if (attrs["file"] !== undefined) {
      this.lastSuiteFile = attrs["file"]
      if (this.piece !== undefined) this.piece.setsLastSuiteFile = true
    }
    return suite
  }

  private closeSuite(suite: SuiteFrame): void {
    this.suites.pop()
    if (!suite.isRoot) {
      this.enclosing.pop()
      this.enclosingFiles.pop()
    }
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
    const record: Mutable<Canonical.Suite> = { type: "suite", source: this.doc.source, path: suite.path }
    const a = suite.attrs
    if (a["name"] !== undefined) record.name = a["name"]
    const duration = this.doc.seconds(a["time"], `suite "${a["name"] ?? ""}"`, suite.line)
    if (duration !== undefined) record.duration = duration
    if (a["timestamp"] !== undefined) record.startedAt = a["timestamp"]
    if (a["hostname"] !== undefined) record.hostname = a["hostname"]
    if (declared !== undefined) record.declared = declared
    if (suite.properties !== undefined) record.properties = suite.properties
    const truncated: Array<Canonical.Truncation> = []
    const stdout = this.doc.keep(suite.stdout, truncated, "stdout")
    if (stdout !== undefined) record.stdout = stdout
    const stderr = this.doc.keep(suite.stderr, truncated, "stderr")
    if (stderr !== undefined) record.stderr = stderr
    const rest = XmlAttributes.remaining(a, Attributes.SUITE_FIELDS)
    if (rest !== undefined) record.attributes = rest
    if (truncated.length > 0) record.truncated = truncated
    this.doc.emit(record)
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
    const written = this.doc.withoutBom(a["name"] ?? "")
    const { title, testId } = XmlAttributes.splitTestomatId(written)
    const className = a["classname"] === undefined ? undefined : this.doc.withoutBom(a["classname"])
    const draft: Dialects.Draft = {
      title,
      suite: [...(suite?.path ?? [])],
      className,
      file: a["file"] ?? failures?.find((f) => f.file !== undefined)?.file,
      line: XmlAttributes.lineNumber(a["line"] ?? a["lineno"]) ?? failures?.find((f) => f.line !== undefined)?.line,
      parameters: undefined,
      group: undefined,
      namespace: undefined,
      execution: undefined
    }
    // A suite's `file` (jest-junit, mocha-junit-reporter, PHPUnit) is the file of the tests in it.
    const suiteFile = this.enclosingFiles.at(-1)
    draft.file ??= suiteFile
    if (this.piece !== undefined && !this.piece.setsLastSuiteFile) this.piece.readsLastSuiteFile = true
    this.dialect!.refine?.(draft, { testcase: a, suites: this.enclosing, suiteFile, lastSuiteFile: this.lastSuiteFile })
    if (draft.group === undefined) groupByDefault(draft)
    const record: Mutable<Canonical.TestCase> = {
      type: "test",
      id: this.doc.identity([className ?? "", this.ordinal++, written]),
      source: this.doc.source,
      title: draft.title,
      suite: draft.suite,
      status
    }
    if (draft.className !== undefined) record.className = draft.className
    if (draft.group !== undefined) record.group = draft.group
    if (draft.namespace !== undefined) record.namespace = draft.namespace
    if (draft.file !== undefined) record.file = draft.file
    if (draft.line !== undefined) record.line = draft.line
    const dialect = this.dialect!
    if (dialect.framework !== undefined) record.framework = dialect.framework
    if (dialect.tool !== undefined) record.tool = dialect.tool
    if (draft.execution !== undefined) record.execution = draft.execution
    if (draft.parameters !== undefined && draft.parameters.length > 0) record.parameters = draft.parameters
    if (status === "passed" && test.attempts !== undefined) record.flaky = true
    if (status === "skipped" && disabled) record.disabled = true
    const duration = this.doc.seconds(a["time"], `test case "${written}"`, test.line)
    if (duration !== undefined) record.duration = duration
    if (a["timestamp"] !== undefined) record.startedAt = a["timestamp"]
    if (failures !== undefined) record.failures = failures
    if (test.skip !== undefined) record.skip = test.skip
    if (test.attempts !== undefined) record.attempts = test.attempts
    const truncated = test.truncated
    const stdout = this.doc.keep(test.stdout, truncated, "stdout")
    if (stdout !== undefined) record.stdout = stdout
    const stderr = this.doc.keep(test.stderr, truncated, "stderr")
    if (stderr !== undefined) record.stderr = stderr
    if (test.properties !== undefined) record.properties = test.properties
    const files = Attributes.attachments([test.stdout, test.stderr], test.properties)
    if (files.length > 0) record.attachments = files
    const id = XmlAttributes.testomatId(testId, test.properties)
    if (id !== undefined) record.testId = id
    let rest = XmlAttributes.remaining(a, Attributes.CASE_FIELDS)
    // The name as written, when the title is only part of it (the describe path went to the group).
    if (draft.title !== title) rest = { ...rest, name: written }
    if (rest !== undefined) record.attributes = rest
    if (truncated.length > 0) record.truncated = truncated
    this.doc.emit(record)
  }

  private addOutcome(test: CaseFrame, name: string, attrs: Attrs, text: BoundedText): void {
    const body = this.doc.keep(text, test.truncated, name === "skipped" ? "skip" : "failures")
    if (name === "skipped") {
      const skip: Mutable<Canonical.Skip> = {}
      XmlAttributes.copyProblem(attrs, skip)
      if (body !== undefined) skip.text = body
      test.skip = skip
      return
    }
    const failure: Mutable<Canonical.Failure> = { kind: name === "error" ? "error" : "failure" }
    XmlAttributes.copyProblem(attrs, failure)
    if (attrs["file"] !== undefined) failure.file = attrs["file"]
    const line = XmlAttributes.lineNumber(attrs["line"])
    if (line !== undefined) failure.line = line
    if (body !== undefined) failure.stack = body
    ;(test.failures ??= []).push(failure)
  }

  // ---- text -----------------------------------------------------------------------------------------------------

  private capturing<F extends Frame & { readonly text: BoundedText }>(frame: F): F {
    this.doc.capture(frame.text)
    return frame
  }

  private outputOf(parent: Frame & { kind: "case" | "suite" }, name: "system-out" | "system-err"): BoundedText {
    const key = name === "system-out" ? "stdout" : "stderr"
    if (parent.kind === "suite") return (parent.suite[key] ??= this.doc.text())
    // A test's output is looked through for the attachments it names as it streams, past the cap too.
    return (parent.test[key] ??= new Attributes.ScanningText(this.doc.text().cap))
  }

  private propertiesOf(frame: Frame | undefined): Array<Canonical.Property> | undefined {
    if (frame?.kind === "case") return (frame.test.properties ??= [])
    if (frame?.kind === "suite") return (frame.suite.properties ??= [])
    return undefined
  }

  // ---- problems -------------------------------------------------------------------------------------------------

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
    this.doc.diagnostic("warning", "count-mismatch", `${what} declares ${differences.join(", ")}`, {
      line: suite.line,
      column: 0
    })
  }
}
