/**
 * TestNG (`<testng-results>`) on the shared XML reader: suites, tests and classes, test methods with their status,
 * parameters, groups, exception and reporter output; retried executions become attempts of the one that followed;
 * failed configuration methods are reported, and tests they made skip say why.
 */
import type { BoundedText } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import * as Group from "@tr/core/Group"
import * as Attributes from "@tr/xml/Attributes"
import { FrameStack } from "@tr/xml/FrameStack"
import type * as XmlReader from "@tr/xml/XmlReader"
import { format } from "../TestngFormat.js"

type Attrs = Attributes.Attrs
type Mutable<T> = { -readonly [K in keyof T]: T[K] }

interface MethodFrame {
  readonly kind: "method"
  readonly attrs: Attrs
  readonly line: number
  readonly className: string | undefined
  exceptionClass: string | undefined
  message: BoundedText | undefined
  stack: BoundedText | undefined
  params: Array<BoundedText>
  output: BoundedText | undefined
}

type Frame =
  | { readonly kind: "suite" | "test" | "class"; readonly name: string }
  | MethodFrame
  | { readonly kind: "group"; readonly name: string }
  | { readonly kind: "text" }
  | { readonly kind: "other"; readonly name: string }

const METHOD_FIELDS: ReadonlySet<string> = new Set([
  "name",
  "status",
  "duration-ms",
  "started-at",
  "signature",
  "retried"
])

/** `duration-ms`, in seconds. */
const milliseconds = (value: string | undefined): number | undefined => {
  const ms = Attributes.count(value)
  return ms === undefined ? undefined : ms / 1000
}

/** The signature without the instance TestNG appends (`[pri:0, instance:…]`). */
const method = (attrs: Attrs) => (attrs["signature"] ?? attrs["name"] ?? "").replace(/\[pri:.*\]$/, "")

/** Adds `value` to the list under `key`, in place: copying the list at each addition is quadratic in its length. */
const appendTo = <V>(lists: Map<string, Array<V>>, key: string, value: V): void => {
  const list = lists.get(key)
  if (list === undefined) lists.set(key, [value])
  else list.push(value)
}

/**
 * What tells the executions of one method apart: the `<test>` it ran in (one class run for several browsers or
 * configurations), and its parameters (TestNG names each execution of a data-driven method alike). Parameters that
 * print an object's identity (`Data@6d06d69c`) change from run to run and would make every run a new one: left out.
 */
const executionOf = (test: string | undefined, params: ReadonlyArray<string>): string | undefined => {
  const stable = params.every((p) => !/@[0-9a-f]{4,}$/.test(p.trim())) ? params.map((p) => p.trim()).join(", ") : ""
  const parts = [test, stable === "" ? undefined : `(${stable})`].filter((p) => p !== undefined && p !== "")
  return parts.length === 0 ? undefined : parts.join(" ")
}

export class TestngHandler implements XmlReader.Handler {
  readonly roots = format.roots
  readonly describe = "a TestNG report"
  private readonly stack = new FrameStack<Frame>()
  /** Groups of each method, from the suite's `<groups>`: `class#method` → group names. */
  private readonly groups = new Map<string, Array<string>>()
  /** Retried executions waiting for the one that follows them, by class and signature. */
  private readonly retried = new Map<string, Array<Canonical.Attempt>>()
  /** The last configuration method that failed, per class: why the tests after it were skipped. */
  private readonly configFailures = new Map<string, string>()
  private ordinal = 0
  private readonly counted = { passed: 0, failed: 0, skipped: 0 }

  constructor(private readonly doc: XmlReader.Document) {}

  tests(): number {
    return this.ordinal
  }

  unfinished(): ReadonlyArray<string> {
    return this.stack.all("method").map((f) => `test method "${f.attrs["name"] ?? ""}" (line ${f.line})`)
  }

  finish(complete: boolean): void {
    this.doc.announce()
    if (complete) {
      // TestNG's total also counts methods it ignored (never in the file) and retried executions (kept as attempts).
      const n = (name: string) => Attributes.count(this.doc.root?.attrs[name])
      const total = n("total")
      const c = this.counted
      this.doc.checkCounts("<testng-results>", [
        ["total", total === undefined ? undefined : total - (n("ignored") ?? 0) - (n("retried") ?? 0), this.ordinal],
        ["passed", n("passed"), c.passed],
        ["failed", n("failed"), c.failed],
        ["skipped", n("skipped"), c.skipped]
      ], { line: 1, column: 0 })
    }
    const left = [...this.retried.values()].reduce((n, a) => n + a.length, 0)
    if (left > 0) {
      this.doc.diagnostic(
        "warning",
        "retries-without-final",
        `${left} retried executions were not followed by a final one; they are kept as attempts nowhere`
      )
    }
  }

  /** The test method an element belongs to, when its parent is the `element` that holds it. */
  private methodAbove(parent: Frame | undefined, element: string): MethodFrame | undefined {
    return parent?.kind === "other" && parent.name === element ? this.stack.nearest("method") : undefined
  }

  open(name: string, attrs: Attrs): void {
    this.doc.announce()
    const parent = this.stack.peek()
    switch (name) {
      case "suite":
      case "test":
      case "class":
        return this.push({ kind: name, name: this.doc.withoutBom(attrs["name"] ?? "") })
      case "group":
        return this.push({ kind: "group", name: attrs["name"] ?? "" })
      case "method": {
        const group = this.stack.nearest("group")
        if (group !== undefined && attrs["class"] !== undefined && attrs["name"] !== undefined) {
          const key = `${attrs["class"]}#${attrs["name"]}`
          appendTo(this.groups, key, group.name)
        }
        return this.push({ kind: "other", name })
      }
      case "test-method":
        return this.push({
          kind: "method",
          attrs,
          line: this.doc.line(),
          className: this.stack.nearest("class")?.name,
          exceptionClass: undefined,
          message: undefined,
          stack: undefined,
          params: [],
          output: undefined
        })
      case "exception":
        if (parent?.kind === "method") parent.exceptionClass = attrs["class"]
        return this.push({ kind: "other", name })
      case "message":
      case "full-stacktrace": {
        const m = this.methodAbove(parent, "exception")
        if (m === undefined) return this.push({ kind: "other", name })
        const text = this.doc.text()
        if (name === "message") m.message = text
        else m.stack = text
        return this.capture(text)
      }
      case "value": {
        const m = this.methodAbove(parent, "param")
        if (m === undefined) return this.push({ kind: "other", name })
        const text = this.doc.text()
        m.params.push(text)
        return this.capture(text)
      }
      case "line": {
        const m = this.methodAbove(parent, "reporter-output")
        if (m === undefined) return this.push({ kind: "other", name })
        const text = (m.output ??= this.doc.text())
        if (text.length > 0) text.append("\n")
        return this.capture(text)
      }
      default:
        return this.push({ kind: "other", name })
    }
  }

  close(): void {
    const frame = this.stack.pop()
    if (frame === undefined) return
    if (frame.kind === "method") this.closeMethod(frame)
  }

  private push(frame: Frame): void {
    this.stack.push(frame)
  }

  private capture(text: BoundedText): void {
    this.stack.push({ kind: "text" })
    this.doc.capture(text)
  }

  private closeMethod(m: MethodFrame): void {
    const a = m.attrs
    const status = a["status"]
    const key = `${m.className ?? ""}#${method(a)}`
    const truncated: Array<Canonical.Truncation> = []
    const message = this.doc.keep(m.message, truncated, "failures")?.trim()
    const stack = this.doc.keep(m.stack, truncated, "failures")
    const duration = this.doc.seconds(a["duration-ms"], `method ${a["name"] ?? ""}`, m.line, milliseconds)
    if (a["is-config"] === "true") {
      // Configuration methods are no tests; a failed one is reported, and explains the skips that follow it.
      if (status === "FAIL") {
        const what = `configuration method ${a["name"] ?? ""} of ${m.className ?? "?"} failed${
          message === undefined ? "" : `: ${message}`
        }`
        this.configFailures.set(m.className ?? "", what)
        this.doc.diagnostic("warning", "configuration-failure", what, { line: m.line, column: 0 })
      }
      return
    }
    if (a["retried"] === "true") {
      const attempt: Canonical.Attempt = {
        kind: "rerunFailure",
        ...(message === undefined ? {} : { message }),
        ...(m.exceptionClass === undefined ? {} : { type: m.exceptionClass }),
        ...(stack === undefined ? {} : { stack }),
        ...(duration === undefined ? {} : { duration })
      }
      appendTo(this.retried, key, attempt)
      return
    }
    const attempts = this.retried.get(key)
    this.retried.delete(key)
    const written = this.doc.withoutBom(a["name"] ?? "")
    const { title, testId } = Attributes.splitTestomatId(written)
    const suite = [this.stack.nearest("suite")?.name, this.stack.nearest("test")?.name].filter((s): s is string =>
      s !== undefined && s !== ""
    )
    const state: Canonical.Status = status === "PASS" ? "passed" : status === "FAIL" ? "failed" : "skipped"
    const params = m.params.map((p) => this.doc.keep(p) ?? "")
    this.counted[state]++
    const record: Mutable<Canonical.TestCase> = {
      type: "test",
      id: this.doc.identity([m.className ?? "", this.ordinal++, method(a), ...params]),
      source: this.doc.source,
      title,
      suite,
      status: state
    }
    if (m.className !== undefined) record.className = m.className
    Group.fill(record)
    record.framework = "TestNG"
    record.tool = "TestNG"
    const execution = executionOf(this.stack.nearest("test")?.name, params)
    if (execution !== undefined) record.execution = execution
    if (duration !== undefined) record.duration = duration
    if (a["started-at"] !== undefined) record.startedAt = a["started-at"]
    if (state === "failed") {
      const isAssertion = m.exceptionClass === undefined || /AssertionError|AssertionFailedError/.test(m.exceptionClass)
      record.failures = [{
        kind: isAssertion ? "failure" : "error",
        ...(message === undefined ? {} : { message }),
        ...(m.exceptionClass === undefined ? {} : { type: m.exceptionClass }),
        ...(stack === undefined ? {} : { stack })
      }]
    }
    if (state === "skipped") {
      const why = message ?? this.configFailures.get(m.className ?? "")
      record.skip = why === undefined ? {} : { message: why }
    }
    if (attempts !== undefined) {
      record.attempts = state === "passed" ? attempts.map((x) => ({ ...x, kind: "flakyFailure" as const })) : attempts
      if (state === "passed") record.flaky = true
    }
    const output = this.doc.keep(m.output, truncated, "stdout")
    if (output !== undefined) record.stdout = output
    if (params.length > 0) record.parameters = params.map((value) => ({ value }))
    const groups = this.groups.get(`${m.className ?? ""}#${a["name"] ?? ""}`)
    if (groups !== undefined) record.tags = [...groups]
    if (testId !== undefined) record.testId = testId
    const rest = Attributes.remaining(a, METHOD_FIELDS)
    if (rest !== undefined) record.attributes = rest
    if (truncated.length > 0) record.truncated = truncated
    this.doc.emit(record)
  }
}
