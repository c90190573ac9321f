/**
 * Robot Framework `output.xml` (`<robot>`, schema 3 to 5: Robot Framework 4 to 7) on the shared XML reader: nested
 * suites, tests with their status, message, tags, documentation and log messages, and keywords and control structures
 * as steps.
 */
import type { BoundedText } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import * as Titles from "@tr/core/Titles"
import * as Attributes from "@tr/xml/Attributes"
import { FrameStack } from "@tr/xml/FrameStack"
import type * as XmlReader from "@tr/xml/XmlReader"
import { format } from "../RobotFormat.js"

type Attrs = Attributes.Attrs
type Mutable<T> = { -readonly [K in keyof T]: T[K] }

interface Outcome {
  attrs: Attrs | undefined
  text: BoundedText | undefined
}

interface StepFrame extends Outcome {
  readonly kind: "step"
  readonly element: string
  readonly attrs0: Attrs
  readonly title: BoundedText
  readonly steps: Array<Canonical.Step>
  failMessage: BoundedText | undefined
}

interface TestFrame extends Outcome {
  readonly kind: "test"
  readonly attrs0: Attrs
  readonly line: number
  readonly steps: Array<Canonical.Step>
  readonly tags: Array<BoundedText>
  doc: BoundedText | undefined
  messages: BoundedText | undefined
  failMessage: BoundedText | undefined
  stepCount: number
}

interface SuiteFrame extends Outcome {
  readonly kind: "suite"
  readonly name: string
  readonly path: ReadonlyArray<string>
  readonly source: string | undefined
}

type Frame =
  | SuiteFrame
  | TestFrame
  | StepFrame
  | { readonly kind: "text"; readonly copyTo?: { readonly from: BoundedText; readonly to: BoundedText } }
  | { readonly kind: "other"; readonly name: string }

/** Elements of a test's body that are steps: keywords and (Robot Framework 4+) control structures. */
const STEPS = new Set([
  "kw",
  "for",
  "iter",
  "if",
  "branch",
  "try",
  "while",
  "group",
  "return",
  "break",
  "continue",
  "var",
  "error"
])

/** Steps kept per test; a loop of thousands of iterations keeps the first. */
const MAX_STEPS = 2000

/** Robot Framework before 7 writes `20230712 22:32:12.951`. */
const legacyTime = (value: string | undefined): number | undefined => {
  const m = value === undefined ? null : /^(\d{4})(\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/.exec(value)
  if (m === null) return undefined
  const [, y, mo, d, h, mi, s, f] = m
  return Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number((f ?? "0").padEnd(3, "0").slice(0, 3))
  )
}

/** Seconds from `elapsed` (Robot Framework 7) or `starttime` and `endtime` (before). */
const elapsed = (attrs: Attrs | undefined): number | undefined => {
  if (attrs === undefined) return undefined
  const seconds = Attributes.seconds(attrs["elapsed"])
  if (seconds !== undefined) return seconds
  const start = legacyTime(attrs["starttime"])
  const end = legacyTime(attrs["endtime"])
  return start !== undefined && end !== undefined && end >= start ? (end - start) / 1000 : undefined
}

const stepStatus = (status: string | undefined): Canonical.Step["status"] =>
  status === "PASS" ? "passed" : status === "FAIL" ? "failed" : status === "SKIP" || status === "NOT RUN"
    ? "skipped"
    : undefined

export class RobotHandler implements XmlReader.Handler {
  readonly roots = format.roots
  readonly describe = "a Robot Framework output.xml"
  private readonly stack = new FrameStack<Frame>()
  private ordinal = 0

  constructor(private readonly doc: XmlReader.Document) {}

  tests(): number {
    return this.ordinal
  }

  unfinished(): ReadonlyArray<string> {
    return this.stack.all("test").map((t) => `test "${t.attrs0["name"] ?? ""}" (line ${t.line})`)
  }

  finish(): void {
    this.doc.announce()
  }

  open(name: string, attrs: Attrs): void {
    this.doc.announce()
    const parent = this.stack.peek()
    const test = this.stack.nearest("test")
    switch (name) {
      case "suite": {
        const outer = this.stack.nearest("suite")
        const suiteName = this.doc.withoutBom(attrs["name"] ?? "")
        return this.stack.push({
          kind: "suite",
          name: suiteName,
          path: this.doc.nestedPath(outer?.path ?? [], suiteName),
          source: attrs["source"] ?? outer?.source,
          attrs: undefined,
          text: undefined
        })
      }
      case "test":
        return this.stack.push({
          kind: "test",
          attrs0: attrs,
          line: this.doc.line(),
          steps: [],
          tags: [],
          doc: undefined,
          messages: undefined,
          failMessage: undefined,
          stepCount: 0,
          attrs: undefined,
          text: undefined
        })
      case "status":
        if (parent?.kind === "test" || parent?.kind === "step" || parent?.kind === "suite") {
          parent.attrs = attrs
          parent.text = this.doc.text()
          return this.capture(parent.text)
        }
        break
      case "arg":
        if (parent?.kind === "step") {
          parent.title.append("  ")
          return this.capture(parent.title)
        }
        break
      case "tag":
        if (
          test !== undefined &&
          (parent === test || (parent?.kind === "other" && parent.name === "tags" && this.stack.peek(1) === test))
        ) {
          const text = this.doc.text()
          test.tags.push(text)
          return this.capture(text)
        }
        break
      case "doc":
        if (parent?.kind === "test") {
          parent.doc = this.doc.text()
          return this.capture(parent.doc)
        }
        break
      case "msg":
        if (test !== undefined) {
          const level = attrs["level"] ?? "INFO"
          test.messages ??= this.doc.text()
          if (test.messages.length > 0) test.messages.append("\n")
          test.messages.append(`[${level}] `)
          if (level === "FAIL" || level === "ERROR") {
            const step = parent?.kind === "step" ? parent : undefined
            const text = this.doc.text()
            if (step !== undefined) step.failMessage ??= text
            test.failMessage ??= text
            return this.capture(text, test.messages)
          }
          return this.capture(test.messages)
        }
        break
      default:
        if (STEPS.has(name) && test !== undefined) {
          const title = this.doc.text()
          const label = name === "kw"
            ? attrs["name"] ?? ""
            : [name === "iter" ? "ITERATION" : name.toUpperCase(), attrs["condition"] ?? attrs["flavor"] ?? ""].join(
              " "
            )
              .trim()
          title.append(label)
          return this.stack.push({
            kind: "step",
            element: name,
            attrs0: attrs,
            title,
            steps: [],
            failMessage: undefined,
            attrs: undefined,
            text: undefined
          })
        }
    }
    this.stack.push({ kind: "other", name })
  }

  close(): void {
    const frame = this.stack.pop()
    if (frame?.kind === "test") this.closeTest(frame)
    else if (frame?.kind === "step") this.closeStep(frame)
    else if (frame?.kind === "suite") this.closeSuite(frame)
    else if (frame?.kind === "text" && frame.copyTo !== undefined) frame.copyTo.to.append(frame.copyTo.from.value())
  }

  /** Captures the element's text into `text`, copied into `also` once complete (a failure message also logged). */
  private capture(text: BoundedText, also?: BoundedText): void {
    this.stack.push(also === undefined ? { kind: "text" } : { kind: "text", copyTo: { from: text, to: also } })
    this.doc.capture(text)
  }

  private closeStep(s: StepFrame): void {
    const test = this.stack.nearest("test")
    if (test === undefined) return
    test.stepCount++
    if (test.stepCount > MAX_STEPS) return
    const owner = this.stack.peek()
    const into = owner?.kind === "step" ? owner.steps : owner?.kind === "test" ? owner.steps : undefined
    if (into === undefined) return
    const status = stepStatus(s.attrs?.["status"])
    const duration = elapsed(s.attrs)
    const type = s.attrs0["type"]
    const message = this.doc.keep(s.failMessage)?.trim() ?? this.doc.keep(s.text)?.trim()
    into.push({
      title: s.title.value(),
      ...(type === "SETUP" || type === "TEARDOWN" ? { category: "hook" as const } : {}),
      ...(status === undefined ? {} : { status }),
      ...(duration === undefined ? {} : { duration }),
      ...(status === "failed" && message !== undefined ? { error: { message } } : {}),
      ...(s.steps.length === 0 ? {} : { steps: s.steps })
    })
  }

  private closeSuite(s: SuiteFrame): void {
    const duration = elapsed(s.attrs)
    const started = s.attrs?.["start"] ?? s.attrs?.["starttime"]
    this.doc.emit({
      type: "suite",
      source: this.doc.source,
      path: s.path,
      name: s.name,
      ...(duration === undefined ? {} : { duration }),
      ...(started === undefined || started === "N/A" ? {} : { startedAt: started })
    })
  }

  private closeTest(t: TestFrame): void {
    const suite = this.stack.nearest("suite")
    const written = this.doc.withoutBom(t.attrs0["name"] ?? "")
    const { testId, title } = Titles.splitTestomatId(written)
    const raw = t.attrs?.["status"]
    const status: Canonical.Status = raw === "PASS" ? "passed" : raw === "FAIL" ? "failed" : "skipped"
    const truncated: Array<Canonical.Truncation> = []
    const statusText = this.doc.keep(t.text, truncated, status === "failed" ? "failures" : "skip")?.trim()
    const record: Mutable<Canonical.TestCase> = {
      type: "test",
      id: this.doc.identity([this.ordinal++, ...(suite?.path ?? []), written]),
      source: this.doc.source,
      title,
      suite: suite?.path ?? [],
      ...(suite === undefined ? {} : { group: suite.name }),
      ...(suite === undefined || suite.path.length < 2 ? {} : { namespace: suite.path.slice(0, -1).join(".") }),
      framework: "Robot Framework",
      tool: "Robot Framework",
      status
    }
    if (suite?.source !== undefined) record.file = suite.source.replace(/\\/g, "/")
    const line = Attributes.lineNumber(t.attrs0["line"])
    if (line !== undefined) record.line = line
    const duration = elapsed(t.attrs)
    if (duration !== undefined) record.duration = duration
    const started = t.attrs?.["start"] ?? t.attrs?.["starttime"]
    if (started !== undefined && started !== "N/A") record.startedAt = started
    if (status === "failed") {
      const message = statusText ?? this.doc.keep(t.failMessage)?.trim()
      record.failures = [{ kind: "failure", ...(message === undefined ? {} : { message }) }]
    }
    if (status === "skipped") {
      record.skip = {
        ...(statusText === undefined ? {} : { message: statusText }),
        ...(raw === "SKIP" ? {} : { type: raw === undefined ? "no status" : raw.toLowerCase() })
      }
    }
    const stdout = this.doc.keep(t.messages, truncated, "stdout")
    if (stdout !== undefined) record.stdout = stdout
    const tags = t.tags.map((x) => x.value().trim()).filter((x) => x !== "")
    if (tags.length > 0) record.tags = tags
    if (testId !== undefined) record.testId = testId
    if (t.steps.length > 0) record.steps = t.steps
    if (t.stepCount > MAX_STEPS) truncated.push({ field: "steps", length: t.stepCount })
    const attributes: { [key: string]: string } = {}
    const documentation = this.doc.keep(t.doc)?.trim()
    if (documentation !== undefined) attributes["doc"] = documentation
    if (status === "passed" && statusText !== undefined) attributes["message"] = statusText
    if (t.attrs0["id"] !== undefined) attributes["id"] = t.attrs0["id"]
    if (Object.keys(attributes).length > 0) record.attributes = attributes
    if (truncated.length > 0) record.truncated = truncated
    this.doc.emit(record)
  }
}
