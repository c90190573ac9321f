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
import { format } from "../TrxFormat.js"

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

/**
 * Microsoft.Testing.Platform writes a test framework's extension uid where VSTest wrote an adapter's name
 * (`executor://30ea7c6e-dd24-4152-a360-1387158cd41d/2.0.3`): the uids that name a framework, lower case.
 */
const FRAMEWORK_UIDS: ReadonlyMap<string, string> = new Map([
  // xUnit.net v3's own test framework: its `Uid` in xunit.v3's source, carried by TRX files of 2.0.3 and 4.0.1.
  ["30ea7c6e-dd24-4152-a360-1387158cd41d", "xUnit.net"]
])

/**
 * The framework behind an adapter: by its name (`executor://xunit/VsTestRunner2`, `executor://mstestadapter/v2`,
 * `executor://NUnitExtension/5.0`, `executor://tunit/TestRunner/net`, MSTest's `…UnitTestAdapter, …`), else by the
 * uid a Microsoft.Testing.Platform framework goes by. Any other adapter names no framework: tools that write TRX
 * themselves put any name there (`executor://pharos/run`), so the name is no framework's.
 */
const frameworkOf = (adapter: string | undefined): string | undefined => {
  if (adapter === undefined) return undefined
  if (/xunit/i.test(adapter)) return "xUnit.net"
  if (/tunit/i.test(adapter)) return "TUnit"
  if (/nunit/i.test(adapter)) return "NUnit"
  if (/mstest|UnitTestAdapter/i.test(adapter)) return "MSTest"
  const uid = /^executor:\/\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i.exec(
    adapter.trim()
  )?.[1]
  return uid === undefined ? undefined : FRAMEWORK_UIDS.get(uid.toLowerCase())
}

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

/**
 * The `<Counters>` of `<ResultSummary>` that are compared with what was read, by the status the reader gives their
 * outcomes. Writers count every `<UnitTestResult>`, a data-driven test and each of its rows alike. Not compared:
 * `executed` (VSTest counts only passed and failed results in it, MSTest every outcome that ran) and the counters of
 * skipped outcomes (VSTest writes `notExecuted="0"` beside its `NotExecuted` results); skipped results are what
 * `total` leaves beside the other two.
 */
const COUNTERS: ReadonlyArray<readonly ["total" | "passed" | "failed", ReadonlyArray<string>]> = [
  ["total", ["total"]],
  ["passed", ["passed", "passedButRunAborted", "completed", "warning"]],
  ["failed", ["failed", "error", "timeout", "aborted", "disconnected"]]
]

const outcomeOf = (
  outcome: string | undefined
): { status: Canonical.Status; kind?: "failure" | "error"; note?: string } =>
  OUTCOMES[outcome ?? ""] ?? { status: "skipped", note: outcome ?? "no outcome" }

const RESULT_FIELDS: ReadonlySet<string> = new Set(["testId", "testName", "duration", "startTime", "outcome"])

const basename = (path: string) => path.split(/[\\/]/).pop() ?? path

/** `Ns.Class, Assembly, Version=…` names the class and its assembly; the class is what a user calls it. */
const plainClass = (name: string | undefined) => name?.split(",")[0]?.trim()

export class TrxHandler implements XmlReader.Handler {
  readonly roots = format.roots
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
  /** Every `<UnitTestResult>` read, data-driven parents included, by status: what `<Counters>` count. */
  private readonly read = { total: 0, passed: 0, failed: 0, skipped: 0 }
  private counters: { readonly attrs: Attrs; readonly line: number } | undefined

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

  finish(complete: boolean): void {
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
    // A file cut short has results its summary counted and no summary: nothing to compare.
    if (complete && this.counters !== undefined) this.checkCounters(this.counters.attrs, this.counters.line)
  }

  open(name: string, attrs: Attrs): void {
    this.doc.announce()
    const parent = this.stack.peek()
    switch (name) {
      case "UnitTestResult": {
        const outer = this.stack.nearest("result")
        if (outer !== undefined) outer.inner++
        this.read.total++
        this.read[outcomeOf(attrs["outcome"]).status]++
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
      case "Counters":
        if (parent?.kind === "other" && parent.name === "ResultSummary") {
          this.counters = { attrs, line: this.doc.line() }
        }
        return this.push({ kind: "other", name })
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

  /** `<Counters>` against the results read: a sum of the counters present, named by them, per status. */
  private checkCounters(attrs: Attrs, line: number): void {
    this.doc.checkCounts(
      "<Counters>",
      COUNTERS.flatMap(([status, names]) => {
        const present = names.flatMap((name) => {
          const n = Attributes.count(attrs[name])
          return n === undefined ? [] : [[name, n] as const]
        })
        if (present.length === 0) return []
        const named = present.filter(([, n]) => n > 0)
        const label = (named.length > 0 ? named : present.slice(0, 1)).map(([name]) => name).join("+")
        return [[label, present.reduce((sum, [, n]) => sum + n, 0), this.read[status]] as const]
      }),
      { line, column: 0 }
    )
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
    const outcome = outcomeOf(a["outcome"])
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
      Group.fill(record)
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
