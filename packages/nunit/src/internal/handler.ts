/**
 * NUnit 3 (`<test-run>`) and NUnit 2 (`<test-results>`) on the shared XML reader: nested `test-suite`s, `test-case`s
 * with their result and label, failures, skip reasons, output, properties and categories, attachments, and failures
 * of fixtures' setup and teardown.
 */
import type { BoundedText } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import * as Group from "@tr/core/Group"
import * as Attributes from "@tr/xml/Attributes"
import { FrameStack } from "@tr/xml/FrameStack"
import * as Parameters from "@tr/xml/Parameters"
import type * as XmlReader from "@tr/xml/XmlReader"
import type { Mutable } from "effect/Types"
import { format } from "../NunitFormat.js"

type Attrs = Attributes.Attrs

interface Problem {
  message: BoundedText | undefined
  stack: BoundedText | undefined
}

interface Owner {
  readonly attrs: Attrs
  readonly line: number
  failure: Problem | undefined
  reason: Problem | undefined
  output: BoundedText | undefined
  properties: Array<Canonical.Property> | undefined
  categories: Array<string> | undefined
  attachments: Array<Canonical.Attachment> | undefined
}

interface SuiteFrame extends Owner {
  readonly kind: "suite"
  readonly path: ReadonlyArray<string>
  /** Full name of the fixture (class) in NUnit 2, where test cases carry only full names. */
  readonly fixture: string | undefined
}

interface CaseFrame extends Owner {
  readonly kind: "case"
}

type Frame =
  | SuiteFrame
  | CaseFrame
  | { readonly kind: "text"; readonly name: string; readonly text: BoundedText }
  | { readonly kind: "attachment"; path?: BoundedText; description?: BoundedText }
  | { readonly kind: "other"; readonly name: string }

/** Elements that hold the details of the case or suite around them. */
const DETAILS: ReadonlySet<string> = new Set([
  "failure",
  "reason",
  "properties",
  "categories",
  "attachments",
  "results"
])

const CASE_FIELDS: ReadonlySet<string> = new Set([
  "name",
  "fullname",
  "classname",
  "result",
  "label",
  "duration",
  "time",
  "start-time",
  "success",
  "executed"
])

/** A result with what it means for the canonical status. */
const outcome = (
  result: string | undefined,
  label: string | undefined
): { status: Canonical.Status; kind?: "failure" | "error"; skipType?: string } => {
  switch (result) {
    case "Passed":
    case "Success":
    case "Warning":
      return { status: "passed" }
    case "Failed":
      return {
        status: "failed",
        kind: label === "Error" || label === "Cancelled" || label === "Invalid" ? "error" : "failure"
      }
    case "Failure":
      return { status: "failed", kind: "failure" }
    case "Error":
    case "Cancelled":
      return { status: "failed", kind: "error" }
    case "Skipped":
      return { status: "skipped", ...(label === undefined ? {} : { skipType: label }) }
    case "Ignored":
    case "NotRunnable":
    case "Inconclusive":
      return { status: "skipped", skipType: result }
    default:
      return { status: "skipped", skipType: result ?? "not run" }
  }
}

/** NUnit 2.2 to 2.5 write no `result`, only `success="True|False"` on executed test cases. */
const successResult = (success: string | undefined): string | undefined =>
  success === "True" ? "Success" : success === "False" ? "Failure" : undefined

export class NunitHandler implements XmlReader.Handler {
  readonly roots = format.roots
  readonly describe = "an NUnit report"
  private readonly stack = new FrameStack<Frame>()
  /**
   * For each frame, the case or suite it belongs to: itself, or through the elements that hold a case's details
   * (`failure`, `properties`…) and text, its parent's; none below any other element. Kept as frames open, not searched.
   */
  private readonly owners: Array<Owner | undefined> = []
  private ordinal = 0
  private readonly counted = { total: 0, passed: 0, failed: 0, skipped: 0, notExecuted: 0 }

  constructor(private readonly doc: XmlReader.Document) {}

  tests(): number {
    return this.ordinal
  }

  unfinished(): ReadonlyArray<string> {
    return this.stack.all("case").map((f) => `test case "${f.attrs["name"] ?? ""}" (line ${f.line})`)
  }

  finish(complete: boolean): void {
    this.doc.announce(this.doc.root?.name === "test-results" ? "nunit2" : "nunit3")
    if (!complete) return
    const root = this.doc.root?.attrs ?? {}
    const c = this.counted
    const n = (name: string) => Attributes.count(root[name])
    // NUnit 3 counts every test case; NUnit 2 counts the executed ones, failures and errors apart.
    const checks: ReadonlyArray<readonly [string, number | undefined, number]> = this.doc.root?.name === "test-results"
      ? [
        ["total", n("total"), c.total - c.notExecuted],
        ["failures+errors", n("failures") === undefined ? undefined : n("failures")! + (n("errors") ?? 0), c.failed]
      ]
      : [["total", n("total"), c.total], ["passed", n("passed"), c.passed], ["failed", n("failed"), c.failed]]
    this.doc.checkCounts(`<${this.doc.root?.name}>`, checks, { line: 1, column: 0 })
  }

  private get parent(): Frame | undefined {
    return this.stack.peek()
  }

  /** The test case or suite whose details the element just opened belongs to, if any. */
  private owner(): Owner | undefined {
    return this.owners.at(-1)
  }

  open(name: string, attrs: Attrs): void {
    if (!this.doc.isAnnounced) this.doc.announce(this.doc.root?.name === "test-results" ? "nunit2" : "nunit3")
    const owner = this.owner()
    switch (name) {
      case "test-suite": {
        const enclosing = this.stack.nearest("suite")
        // NUnit 2.2 writes no types: its outermost suite is the assembly, named after its file.
        const assembly = attrs["type"] === "Assembly" ||
          (attrs["type"] === undefined && enclosing === undefined && /\.(dll|exe)$/i.test(attrs["name"] ?? ""))
        const own = assembly ? undefined : this.doc.withoutBom(attrs["name"] ?? "")
        const path = own === undefined || own === ""
          ? enclosing?.path ?? []
          : this.doc.nestedPath(enclosing?.path ?? [], own)
        const fixture = attrs["type"] === "TestFixture" ? path.join(".") : enclosing?.fixture
        return this.push({ kind: "suite", ...this.owned(attrs), path, fixture })
      }
      case "test-case":
        return this.push({ kind: "case", ...this.owned(attrs) })
      case "message":
      case "stack-trace": {
        const parent = this.parent
        if (
          parent?.kind !== "other" || (parent.name !== "failure" && parent.name !== "reason") || owner === undefined
        ) {
          return this.push({ kind: "other", name })
        }
        const problem = parent.name === "failure"
          ? (owner.failure ??= { message: undefined, stack: undefined })
          : (owner.reason ??= { message: undefined, stack: undefined })
        const text = this.doc.text()
        if (name === "message") problem.message = text
        else problem.stack = text
        return this.capture({ kind: "text", name, text })
      }
      case "output":
        if (owner === undefined || this.parent?.kind === "other") return this.push({ kind: "other", name })
        return this.capture({ kind: "text", name, text: (owner.output ??= this.doc.text()) })
      case "property":
        if (
          owner !== undefined && this.parent?.kind === "other" && this.parent.name === "properties" &&
          attrs["name"] !== undefined
        ) {
          ;(owner.properties ??= []).push({ name: attrs["name"], value: attrs["value"] ?? "" })
          if (attrs["name"] === "Category" && attrs["value"] !== undefined) {
            ;(owner.categories ??= []).push(attrs["value"])
          }
        }
        return this.push({ kind: "other", name })
      case "category":
        if (owner !== undefined && attrs["name"] !== undefined) (owner.categories ??= []).push(attrs["name"])
        return this.push({ kind: "other", name })
      case "attachment":
        return this.push(owner === undefined ? { kind: "other", name } : { kind: "attachment" })
      case "filePath":
      case "description": {
        const parent = this.parent
        if (parent?.kind !== "attachment") return this.push({ kind: "other", name })
        const text = this.doc.text()
        if (name === "filePath") parent.path = text
        else parent.description = text
        return this.capture({ kind: "text", name, text })
      }
      default:
        return this.push({ kind: "other", name })
    }
  }

  close(): void {
    const frame = this.stack.pop()
    this.owners.pop()
    if (frame === undefined) return
    if (frame.kind === "suite") return this.closeSuite(frame)
    if (frame.kind === "case") return this.closeCase(frame)
    if (frame.kind === "attachment") {
      const owner = this.owner()
      const path = this.doc.keep(frame.path)?.trim()
      const description = this.doc.keep(frame.description)?.trim()
      if (owner !== undefined && path !== undefined) {
        ;(owner.attachments ??= []).push({ path, ...(description === undefined ? {} : { name: description }) })
      }
    }
  }

  private owned(attrs: Attrs) {
    return {
      attrs,
      line: this.doc.line(),
      failure: undefined,
      reason: undefined,
      output: undefined,
      properties: undefined,
      categories: undefined,
      attachments: undefined
    }
  }

  private push(frame: Frame): void {
    this.owners.push(
      frame.kind === "case" || frame.kind === "suite"
        ? frame
        : frame.kind === "other" && !DETAILS.has(frame.name)
        ? undefined
        : this.owners.at(-1)
    )
    this.stack.push(frame)
  }

  private capture(frame: Frame & { readonly text: BoundedText }): void {
    this.push(frame)
    this.doc.capture(frame.text)
  }

  private closeSuite(suite: SuiteFrame): void {
    const a = suite.attrs
    const failure = this.doc.keep(suite.failure?.message)?.trim()
    // A fixture whose setup or teardown failed: its tests carry their own result; the fixture's failure is said here.
    if (
      failure !== undefined &&
      (a["site"] === "SetUp" || a["site"] === "TearDown" ||
        (a["site"] === undefined && suite.fixture !== undefined && !/child tests/i.test(failure)))
    ) {
      this.doc.diagnostic(
        "warning",
        "fixture-failure",
        `${a["type"] ?? "suite"} "${a["fullname"] ?? a["name"] ?? ""}" failed in ${
          a["site"] ?? "setup or teardown"
        }: ${failure}`,
        { line: suite.line, column: 0 }
      )
    }
    const record: Mutable<Canonical.Suite> = { type: "suite", source: this.doc.source, path: suite.path }
    if (a["name"] !== undefined) record.name = a["name"]
    const duration = this.doc.seconds(a["duration"] ?? a["time"], `suite "${a["name"] ?? ""}"`, suite.line)
    if (duration !== undefined) record.duration = duration
    if (a["start-time"] !== undefined) record.startedAt = a["start-time"]
    if (suite.properties !== undefined) record.properties = suite.properties
    const stdout = this.doc.keep(suite.output)
    if (stdout !== undefined) record.stdout = stdout
    const rest = Attributes.remaining(a, new Set(["name", "duration", "time", "start-time"]))
    if (rest !== undefined) record.attributes = rest
    this.doc.emit(record)
  }

  private closeCase(test: CaseFrame): void {
    const a = test.attrs
    const enclosing = this.stack.nearest("suite")
    const written = this.doc.withoutBom(a["name"] ?? "")
    // NUnit 2.2 has no fixture type: its fixture is the suite whose full name starts the test's.
    const className = a["classname"] ?? enclosing?.fixture ??
      (enclosing?.attrs["name"] !== undefined && written.startsWith(`${enclosing.attrs["name"]}.`)
        ? enclosing.attrs["name"]
        : undefined)
    // NUnit 2 names test cases in full: the fixture's name is not part of the title.
    const local = className !== undefined && written.startsWith(`${className}.`)
      ? written.slice(className.length + 1)
      : written
    const { title, testId } = Attributes.splitTestomatId(local)
    const o = a["executed"] === "False"
      ? { status: "skipped" as const, skipType: "not executed" }
      : outcome(a["result"] ?? successResult(a["success"]), a["label"])
    this.counted.total++
    this.counted[o.status]++
    if (a["executed"] === "False") this.counted.notExecuted++
    const truncated: Array<Canonical.Truncation> = []
    const record: Mutable<Canonical.TestCase> = {
      type: "test",
      id: this.doc.identity([className ?? "", this.ordinal++, written]),
      source: this.doc.source,
      title,
      suite: [...(enclosing?.path ?? [])],
      status: o.status
    }
    if (className !== undefined) record.className = className
    Group.fill(record)
    record.framework = "NUnit"
    record.tool = "NUnit"
    // A fixture run with arguments (`LoginTests("firefox")`) runs its tests once per set: the set tells them apart.
    const fixture = [...this.stack.all("suite")].reverse().find((s) => s.attrs["type"] === "TestFixture")?.attrs["name"]
    const args = fixture?.indexOf("(") ?? -1
    if (args > 0 && fixture!.endsWith(")")) record.execution = fixture!.slice(args)
    const duration = this.doc.seconds(a["duration"] ?? a["time"], `test case "${written}"`, test.line)
    if (duration !== undefined) record.duration = duration
    if (a["start-time"] !== undefined) record.startedAt = a["start-time"]
    const message = this.doc.keep(test.failure?.message, truncated, "failures")?.trim()
    const stack = this.doc.keep(test.failure?.stack, truncated, "failures")
    if (o.status === "failed") {
      const failure: Mutable<Canonical.Failure> = { kind: o.kind ?? "failure" }
      if (message !== undefined) failure.message = message
      if (stack !== undefined) failure.stack = stack
      if (a["label"] !== undefined) failure.type = a["label"]
      record.failures = [failure]
    }
    if (o.status === "skipped") {
      const reason = this.doc.keep(test.reason?.message, truncated, "skip")?.trim()
      record.skip = {
        ...(reason === undefined ? {} : { message: reason }),
        ...(o.skipType === undefined ? {} : { type: o.skipType })
      }
    }
    const stdout = this.doc.keep(test.output, truncated, "stdout")
    if (stdout !== undefined) record.stdout = stdout
    if (test.properties !== undefined) record.properties = test.properties
    const tags = test.categories ?? this.stack.all("suite").flatMap((s) => s.categories ?? [])
    if (tags.length > 0) record.tags = tags
    const id = Attributes.testomatId(testId, test.properties)
    if (id !== undefined) record.testId = id
    const parameters = Parameters.fromParentheses(title)
    if (parameters !== undefined) record.parameters = parameters
    if (test.attachments !== undefined) record.attachments = test.attachments
    const rest = Attributes.remaining(a, CASE_FIELDS)
    if (rest !== undefined) record.attributes = rest
    if (truncated.length > 0) record.truncated = truncated
    this.doc.emit(record)
  }
}
