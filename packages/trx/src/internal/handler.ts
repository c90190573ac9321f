/**
 * Visual Studio TRX (`<TestRun>`) on the shared XML reader. A result names its test by id; the class it belongs to is
 * in `TestDefinitions`, which most writers put after the results. Results read before the definitions wait, up to a
 * bound, and are joined when the definitions have been read.
 */
import type { BoundedText } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import * as Group from "@tr/core/Group"
import * as Attributes from "@tr/xml/Attributes"
import { FrameStack } from "@tr/xml/FrameStack"
import * as Parameters from "@tr/xml/Parameters"
import type * as XmlReader from "@tr/xml/XmlReader"

type Attrs = Attributes.Attrs
type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/**
 * Results held while waiting for the definitions, at most; beyond this, results leave without their class name.
 */
export const MAX_WAITING_RESULTS = 20_000
/** Text held in waiting results, at most (characters). */
export const MAX_WAITING_TEXT = 64 * 1024 * 1024
/**
 * Definitions held for joining, at most (a few hundred bytes each: two ids and references to shared class and
 * storage names); results of tests beyond it have no class name.
 */
export const MAX_DEFINITIONS = 500_000

export interface Limits {
  readonly waitingResults: number
  readonly definitions: number
}

interface Definition {
  readonly className?: string
  readonly storage?: string
  /** The test framework, from the adapter that ran the test. */
  readonly framework?: string
}

/** The framework behind a VSTest adapter (`executor://xunit/VsTestRunner2`, `executor://mstestadapter/v2`, …). */
const frameworkOf = (adapter: string | undefined): string | undefined =>
  adapter === undefined ?
    undefined
    : /xunit/i.test(adapter) ?
    "xUnit.net"
    : /nunit/i.test(adapter) ?
    "NUnit"
    : /mstest|UnitTestAdapter/i.test(adapter) ?
    "MSTest"
    : undefined

interface ResultFrame {
  readonly kind: "result"
  readonly attrs: Attrs
  readonly line: number
  stdout: BoundedText | undefined
  stderr: BoundedText | undefined
  message: BoundedText | undefined
  stack: BoundedText | undefined
  files: Array<string> | undefined
  /** Data-driven results: the parent is not a test of its own. */
  inner: number
}

type Frame =
  | ResultFrame
  | {
    readonly kind: "definition"
    readonly attrs: Attrs
    className?: string
    storage?: string
    framework?: string
  }
  | { readonly kind: "text" }
  | { readonly kind: "other"; readonly name: string }

/** A finished result: everything but what the definitions add. */
interface Pending {
  readonly build: (definition: Definition | undefined) => Canonical.TestCase
  readonly testId: string
  readonly size: number
}

const OUTCOMES: {
  readonly [outcome: string]: { status: Canonical.Status; kind?: "failure" | "error"; note?: string }
} = {
  Passed: { status: "passed" },
  PassedButRunAborted: { status: "passed" },
  Completed: { status: "passed" },
  Warning: { status: "passed" },
  Failed: { status: "failed", kind: "failure" },
  Error: { status: "failed", kind: "error" },
  Timeout: { status: "failed", kind: "error", note: "Timeout" },
  Aborted: { status: "failed", kind: "error", note: "Aborted" },
  Disconnected: { status: "failed", kind: "error", note: "Disconnected" },
  NotExecuted: { status: "skipped", note: "NotExecuted" },
  NotRunnable: { status: "skipped", note: "NotRunnable" },
  Inconclusive: { status: "skipped", note: "Inconclusive" },
  Pending: { status: "skipped", note: "Pending" },
  InProgress: { status: "skipped", note: "InProgress" }
}

const RESULT_FIELDS: ReadonlySet<string> = new Set(["testId", "testName", "duration", "startTime", "outcome"])

const basename = (path: string) => path.split(/[\\/]/).pop() ?? path

/** `Ns.Class, Assembly, Version=…` names the class and its assembly; the class is what a user calls it. */
const plainClass = (name: string | undefined) => name?.split(",")[0]?.trim()

export class TrxHandler implements XmlReader.Handler {
  readonly roots = ["TestRun"]
  readonly describe = "a TRX file"
  private readonly stack = new FrameStack<Frame>()
  private readonly definitions = new Map<string, Definition>()
  /** Class and storage names, one copy each: thousands of tests share a handful. */
  private readonly names = new Map<string, string>()
  private definitionsRead = false
  private droppedDefinitions = 0
  private waiting: Array<Pending> = []
  /** Ids of the tests whose results wait; once results have left, only their definitions are worth holding. */
  private readonly waitingIds = new Set<string>()
  private resultsSeen = false
  /** `TestSettings/Deployment/@runDeploymentRoot`: the folder beside the report where Visual Studio puts result files. */
  private deploymentRoot: string | undefined
  private waitingText = 0
  /** Results that left before the definitions were read, because too many waited. */
  private overflowed = 0
  /** Results whose test has no definition. */
  private undefinedTests = 0
  private ordinal = 0

  constructor(
    private readonly doc: XmlReader.Document,
    private readonly limits: Limits = { waitingResults: MAX_WAITING_RESULTS, definitions: MAX_DEFINITIONS }
  ) {}

  tests(): number {
    return this.ordinal
  }

  unfinished(): ReadonlyArray<string> {
    return this.stack.all("result").map((f) => `result "${f.attrs["testName"] ?? ""}" (line ${f.line})`)
  }

  finish(): void {
    this.doc.announce()
    // Results still waiting at the end: the file has no definitions section after them.
    this.flush(true)
    if (this.overflowed > 0) {
      this.doc.diagnostic(
        "warning",
        "definitions-missing",
        `${this.overflowed} results were written without their class name: more than ${this.limits.waitingResults} results came before the test definitions`
      )
    }
    if (this.droppedDefinitions > 0) {
      this.doc.diagnostic(
        "warning",
        "definitions-missing",
        `${this.droppedDefinitions} test definitions were not held: more than ${this.limits.definitions} tests are defined; ` +
          `results of those tests have no class name`
      )
    }
    if (this.undefinedTests > 0) {
      const why = this.droppedDefinitions > 0 ? " (or whose definition was not held)" : ""
      this.doc.diagnostic(
        "warning",
        "definitions-missing",
        `${this.undefinedTests} results name a test the file does not define${why}; they have no class name`
      )
    }
  }

  open(name: string, attrs: Attrs): void {
    this.doc.announce()
    const parent = this.stack.peek()
    switch (name) {
      case "UnitTestResult": {
        const outer = this.stack.nearest("result")
        if (outer !== undefined) outer.inner++
        return this.push({
          kind: "result",
          attrs,
          line: this.doc.line(),
          stdout: undefined,
          stderr: undefined,
          message: undefined,
          stack: undefined,
          files: undefined,
          inner: 0
        })
      }
      case "UnitTest":
        return this.push({
          kind: "definition",
          attrs,
          ...(attrs["storage"] === undefined ? {} : { storage: attrs["storage"] })
        })
      case "TestMethod":
        if (parent?.kind === "definition" && attrs["className"] !== undefined) parent.className = attrs["className"]
        if (parent?.kind === "definition") {
          const framework = frameworkOf(attrs["adapterTypeName"])
          if (framework !== undefined) parent.framework = framework
        }
        return this.push({ kind: "other", name })
      case "StdOut":
      case "StdErr":
      case "Message":
      case "StackTrace": {
        const result = this.stack.nearest("result")
        const inError = parent?.kind === "other" && parent.name === "ErrorInfo"
        const inOutput = parent?.kind === "other" && parent.name === "Output"
        if (result === undefined || (!inError && !inOutput)) return this.push({ kind: "other", name })
        const text = this.doc.text()
        if (name === "StdOut" && inOutput) result.stdout = text
        else if (name === "StdErr" && inOutput) result.stderr = text
        else if (name === "Message" && inError) result.message = text
        else if (name === "StackTrace" && inError) result.stack = text
        else return this.push({ kind: "other", name })
        this.stack.push({ kind: "text" })
        return this.doc.capture(text)
      }
      case "Deployment":
        if (attrs["runDeploymentRoot"] !== undefined && attrs["runDeploymentRoot"] !== "") {
          this.deploymentRoot = attrs["runDeploymentRoot"]
        }
        return this.push({ kind: "other", name })
      case "ResultFile": {
        const result = this.stack.nearest("result")
        if (result !== undefined && attrs["path"] !== undefined) (result.files ??= []).push(attrs["path"])
        return this.push({ kind: "other", name })
      }
      default:
        return this.push({ kind: "other", name })
    }
  }

  close(): void {
    const frame = this.stack.pop()
    if (frame === undefined) return
    if (frame.kind === "definition") {
      const id = frame.attrs["id"]
      if (id !== undefined) this.define(id, plainClass(frame.className), frame.storage, frame.framework)
      return
    }
    if (frame.kind === "other" && frame.name === "TestDefinitions") {
      this.definitionsRead = true
      return this.flush(true)
    }
    if (frame.kind === "result" && frame.inner === 0) this.closeResult(frame)
  }

  private define(
    id: string,
    className: string | undefined,
    storage: string | undefined,
    framework: string | undefined
  ): void {
    // Definitions after the results join only the results still waiting; the others have left already.
    if (this.resultsSeen && !this.waitingIds.has(id)) return
    if (this.definitions.size >= this.limits.definitions) {
      this.droppedDefinitions++
      return
    }
    this.definitions.set(id, {
      ...(className === undefined ? {} : { className: this.shared(className) }),
      ...(storage === undefined ? {} : { storage: this.shared(storage) }),
      ...(framework === undefined ? {} : { framework })
    })
  }

  private shared(name: string): string {
    const known = this.names.get(name)
    if (known !== undefined) return known
    this.names.set(name, name)
    return name
  }

  /**
   * Where Visual Studio and `dotnet test` put a result's files: `{runDeploymentRoot}/In/{relativeResultsDirectory}/`
   * beside the report; a path as written when either is not known (or the path is absolute). Windows separators
   * become `/`.
   */
  private resultFiles(paths: ReadonlyArray<string>, relative: string | undefined): Array<Canonical.Attachment> {
    const root = this.deploymentRoot
    return paths.map((written) => {
      const path = written.replace(/\\/g, "/")
      const absolute = path.startsWith("/") || /^[a-z]:\//i.test(path)
      return {
        path: root === undefined || relative === undefined || relative === "" || absolute
          ? path
          : `${root.replace(/\\/g, "/")}/In/${relative.replace(/\\/g, "/")}/${path}`
      }
    })
  }

  private push(frame: Frame): void {
    this.stack.push(frame)
  }

  /** Emits what waited for the definitions: joined when they were read, else (too many waited) without them. */
  private flush(joined: boolean): void {
    for (const pending of this.waiting) {
      if (joined) this.emitJoined(pending)
      else {
        this.overflowed++
        this.doc.emit(pending.build(undefined))
      }
    }
    this.waiting = []
    this.waitingIds.clear()
    this.waitingText = 0
  }

  private emitJoined(pending: Pending): void {
    const definition = this.definitions.get(pending.testId)
    if (definition === undefined) this.undefinedTests++
    this.doc.emit(pending.build(definition))
  }

  private closeResult(result: ResultFrame): void {
    const a = result.attrs
    const written = this.doc.withoutBom(a["testName"] ?? "")
    const { title, testId } = Attributes.splitTestomatId(written)
    const outcome = OUTCOMES[a["outcome"] ?? ""] ?? { status: "skipped" as const, note: a["outcome"] ?? "no outcome" }
    const truncated: Array<Canonical.Truncation> = []
    const message = this.doc.keep(result.message, truncated, "failures")?.trim()
    const stack = this.doc.keep(result.stack, truncated, "failures")
    const stdout = this.doc.keep(result.stdout, truncated, "stdout")
    const stderr = this.doc.keep(result.stderr, truncated, "stderr")
    const duration = this.doc.seconds(a["duration"], `result "${written}"`, result.line, Attributes.clockSeconds)
    const ordinal = this.ordinal++
    const rest = Attributes.remaining(a, RESULT_FIELDS)
    const files = result.files === undefined ? undefined : this.resultFiles(result.files, a["relativeResultsDirectory"])
    const build = (definition: Definition | undefined): Canonical.TestCase => {
      const suite = [
        definition?.storage === undefined ? undefined : basename(definition.storage),
        definition?.className
      ]
        .filter((s): s is string => s !== undefined && s !== "")
      const record: Mutable<Canonical.TestCase> = {
        type: "test",
        id: this.doc.identity([ordinal, a["testId"] ?? "", a["executionId"] ?? "", written]),
        source: this.doc.source,
        title,
        suite,
        status: outcome.status
      }
      if (definition?.className !== undefined) record.className = definition.className
      const group = Group.of(record)
      if (group !== undefined) {
        record.group = group.group
        if (group.namespace !== undefined) record.namespace = group.namespace
      }
      if (definition?.framework !== undefined) record.framework = definition.framework
      record.tool = "TRX"
      if (duration !== undefined) record.duration = duration
      if (a["startTime"] !== undefined) record.startedAt = a["startTime"]
      if (outcome.status === "failed") {
        record.failures = [{
          kind: outcome.kind ?? "failure",
          ...(message === undefined ? {} : { message }),
          ...(outcome.note === undefined ? {} : { type: outcome.note }),
          ...(stack === undefined ? {} : { stack })
        }]
      }
      if (outcome.status === "skipped") {
        record.skip = {
          ...(message === undefined ? {} : { message }),
          ...(outcome.note === undefined ? {} : { type: outcome.note })
        }
      }
      if (stdout !== undefined) record.stdout = stdout
      if (stderr !== undefined) record.stderr = stderr
      if (testId !== undefined) record.testId = testId
      const parameters = Parameters.fromParentheses(title)
      if (parameters !== undefined) record.parameters = parameters
      if (files !== undefined) record.attachments = files
      if (rest !== undefined) record.attributes = rest
      if (truncated.length > 0) record.truncated = truncated
      return record
    }
    const id = a["testId"] ?? ""
    this.resultsSeen = true
    if (this.definitionsRead) return this.emitJoined({ build, testId: id, size: 0 })
    const size = (message?.length ?? 0) + (stack?.length ?? 0) + (stdout?.length ?? 0) + (stderr?.length ?? 0) + 500
    this.waiting.push({ build, testId: id, size })
    this.waitingIds.add(id)
    this.waitingText += size
    // Memory stays bounded: beyond the limits, what waits leaves without its class name.
    if (this.waiting.length >= this.limits.waitingResults || this.waitingText >= MAX_WAITING_TEXT) this.flush(false)
  }
}
