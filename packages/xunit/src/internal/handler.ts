/**
 * xUnit.net v2 and v3 (`<assemblies>`) on the shared XML reader: assemblies, collections, tests with their result,
 * failure, skip reason, output, traits and source location, and errors outside tests (fixture and assembly cleanup).
 */
import type { BoundedText } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import * as Group from "@tr/core/Group"
import * as Utf8 from "@tr/core/Utf8"
import * as Attributes from "@tr/xml/Attributes"
import { FrameStack } from "@tr/xml/FrameStack"
import * as Parameters from "@tr/xml/Parameters"
import type * as XmlReader from "@tr/xml/XmlReader"
import { format } from "../XunitFormat.js"

type Attrs = Attributes.Attrs
type Mutable<T> = { -readonly [K in keyof T]: T[K] }

interface TestFrame {
  readonly kind: "test"
  readonly attrs: Attrs
  readonly line: number
  exceptionType: string | undefined
  message: BoundedText | undefined
  stack: BoundedText | undefined
  reason: BoundedText | undefined
  output: BoundedText | undefined
  traits: Array<Canonical.Property> | undefined
  attachments: Array<Canonical.Attachment> | undefined
  /** Characters of attachment contents carried so far: all of a test's together stay within one text cap. */
  carried: number
  cuts: Array<Canonical.Truncation> | undefined
}

interface AttachmentFrame {
  readonly kind: "attachment"
  readonly test: TestFrame
  readonly name: string | undefined
  readonly mediaType: string | undefined
  readonly text: BoundedText
}

interface ErrorFrame {
  readonly kind: "error"
  readonly attrs: Attrs
  readonly line: number
  message: BoundedText | undefined
}

type Frame =
  | {
    readonly kind: "assembly"
    readonly name: string
    readonly attrs: Attrs
    readonly line: number
    readonly counted: { total: number; passed: number; failed: number; skipped: number }
  }
  | { readonly kind: "collection"; readonly name: string }
  | TestFrame
  | ErrorFrame
  | { readonly kind: "attachments"; readonly test: TestFrame }
  | AttachmentFrame
  | { readonly kind: "failure" }
  | { readonly kind: "text" }
  | { readonly kind: "other" }

const TEST_FIELDS: ReadonlySet<string> = new Set([
  "name",
  "type",
  "result",
  "time",
  "source-file",
  "source-line",
  "start-rtf"
])

/** xUnit's own assertion exceptions are failures; any other exception broke the test. */
const isAssertion = (type: string | undefined) => type === undefined || /^Xunit\.Sdk\./.test(type)

const basename = (path: string) => path.split(/[\\/]/).pop() ?? path

export class XunitHandler implements XmlReader.Handler {
  readonly roots = format.roots
  readonly describe = "an xUnit.net report"
  private readonly stack = new FrameStack<Frame>()
  private ordinal = 0

  constructor(private readonly doc: XmlReader.Document) {}

  tests(): number {
    return this.ordinal
  }

  unfinished(): ReadonlyArray<string> {
    return this.stack.all("test").map((f) => `test "${f.attrs["name"] ?? ""}" (line ${f.line})`)
  }

  finish(): void {
    this.announce()
  }

  private announce(): void {
    this.doc.announce(this.doc.root?.attrs["schema-version"] === "3" ? "xunit3" : "xunit2")
  }

  open(name: string, attrs: Attrs): void {
    if (!this.doc.isAnnounced) this.announce()
    const parent = this.stack.peek()
    switch (name) {
      case "assembly":
        return this.push({
          kind: "assembly",
          name: basename(attrs["name"] ?? ""),
          attrs,
          line: this.doc.line(),
          counted: { total: 0, passed: 0, failed: 0, skipped: 0 }
        })
      case "collection":
        return this.push({ kind: "collection", name: attrs["name"] ?? "" })
      case "test":
        return this.push({
          kind: "test",
          attrs,
          line: this.doc.line(),
          exceptionType: undefined,
          message: undefined,
          stack: undefined,
          reason: undefined,
          output: undefined,
          traits: undefined,
          attachments: undefined,
          carried: 0,
          cuts: undefined
        })
      case "error":
        return this.push({ kind: "error", attrs, line: this.doc.line(), message: undefined })
      case "failure":
        if (parent?.kind === "test") parent.exceptionType = attrs["exception-type"]
        return this.push({ kind: "failure" })
      case "message":
      case "stack-trace": {
        if (parent?.kind !== "failure") return this.push({ kind: "other" })
        const owner = this.stack.peek(1)
        const text = this.doc.text()
        if (owner?.kind === "test") {
          if (name === "message") owner.message = text
          else owner.stack = text
        } else if (owner?.kind === "error" && name === "message") owner.message = text
        return this.capture(text)
      }
      case "reason":
        if (parent?.kind !== "test") return this.push({ kind: "other" })
        return this.capture(parent.reason = this.doc.text())
      case "output":
        if (parent?.kind !== "test") return this.push({ kind: "other" })
        return this.capture(parent.output ??= this.doc.text())
      case "attachments":
        // xUnit.net v3 writes a test's attachments as their contents, not as paths (text, or base64 with a media type).
        return this.push(parent?.kind === "test" ? { kind: "attachments", test: parent } : { kind: "other" })
      case "attachment": {
        if (parent?.kind !== "attachments") return this.push({ kind: "other" })
        const text = this.doc.text()
        this.push({ kind: "attachment", test: parent.test, name: attrs["name"], mediaType: attrs["media-type"], text })
        return this.doc.capture(text)
      }
      case "trait": {
        const test = this.stack.nearest("test")
        if (test !== undefined && attrs["name"] !== undefined) {
          ;(test.traits ??= []).push({ name: attrs["name"], value: attrs["value"] ?? "" })
        }
        return this.push({ kind: "other" })
      }
      default:
        return this.push({ kind: "other" })
    }
  }

  close(): void {
    const frame = this.stack.pop()
    if (frame === undefined) return
    if (frame.kind === "test") this.closeTest(frame)
    if (frame.kind === "attachment") this.closeAttachment(frame)
    if (frame.kind === "assembly") {
      const n = (name: string) => Attributes.count(frame.attrs[name])
      const c = frame.counted
      this.doc.checkCounts(`assembly "${frame.name}"`, [
        ["total", n("total"), c.total],
        ["passed", n("passed"), c.passed],
        ["failed", n("failed"), c.failed],
        ["skipped", n("skipped"), c.skipped]
      ], { line: frame.line, column: 0 })
    }
    if (frame.kind === "error") {
      const message = this.doc.keep(frame.message)?.trim()
      this.doc.diagnostic(
        "warning",
        "fixture-failure",
        `${frame.attrs["type"] ?? "error"} outside a test${frame.attrs["name"] ? ` (${frame.attrs["name"]})` : ""}: ${
          message ?? "no message"
        }`,
        { line: frame.line, column: 0 }
      )
    }
  }

  private push(frame: Frame): void {
    this.stack.push(frame)
  }

  private capture(text: BoundedText): void {
    this.stack.push({ kind: "text" })
    this.doc.capture(text)
  }

  /**
   * Contents within the text cap (all of one test's attachments together) are carried in the record, base64 as it
   * was written; contents over it are named with their size and counted in `truncated`, not carried.
   */
  private closeAttachment(frame: AttachmentFrame): void {
    const test = frame.test
    const text = frame.text
    const binary = frame.mediaType !== undefined
    const attachment: Mutable<Canonical.Attachment> = {}
    if (frame.name !== undefined) attachment.name = frame.name
    attachment.contentType = frame.mediaType ?? "text/plain"
    if (text.truncated || test.carried + text.length > text.cap) {
      if (binary) attachment.encoding = "base64"
      attachment.size = binary ? Utf8.base64Bytes(text.length) : text.length
      ;(test.cuts ??= []).push({ field: "attachments", length: text.length })
    } else {
      const value = text.value()
      test.carried += value.length
      if (binary) {
        const content = value.replace(/\s+/g, "")
        attachment.content = content
        attachment.encoding = "base64"
        attachment.size = Utf8.decodedBytes(content)
      } else {
        attachment.content = value
        attachment.size = Utf8.byteLength(value)
      }
    }
    ;(test.attachments ??= []).push(attachment)
  }

  private closeTest(test: TestFrame): void {
    const a = test.attrs
    const written = this.doc.withoutBom(a["name"] ?? "")
    const { title, testId } = Attributes.splitTestomatId(written)
    const suite = [this.stack.nearest("assembly")?.name, this.stack.nearest("collection")?.name].filter((
      s
    ): s is string => s !== undefined && s !== "")
    const result = a["result"]
    const status: Canonical.Status = result === "Pass" ? "passed" : result === "Fail" ? "failed" : "skipped"
    const counted = this.stack.nearest("assembly")?.counted
    if (counted !== undefined) {
      counted.total++
      counted[status]++
    }
    const truncated: Array<Canonical.Truncation> = []
    const record: Mutable<Canonical.TestCase> = {
      type: "test",
      id: this.doc.identity([a["type"] ?? "", this.ordinal++, written]),
      source: this.doc.source,
      title,
      suite,
      status
    }
    if (a["type"] !== undefined) record.className = a["type"]
    Group.fill(record)
    record.framework = "xUnit.net"
    record.tool = "xUnit.net"
    if (a["source-file"] !== undefined) record.file = a["source-file"]
    const line = Attributes.lineNumber(a["source-line"])
    if (line !== undefined) record.line = line
    const duration = this.doc.seconds(a["time"], `test "${written}"`, test.line)
    if (duration !== undefined) record.duration = duration
    if (a["start-rtf"] !== undefined) record.startedAt = a["start-rtf"]
    if (status === "failed") {
      const message = this.doc.keep(test.message, truncated, "failures")?.trim()
      const stack = this.doc.keep(test.stack, truncated, "failures")
      record.failures = [{
        kind: isAssertion(test.exceptionType) ? "failure" : "error",
        ...(message === undefined ? {} : { message }),
        ...(test.exceptionType === undefined ? {} : { type: test.exceptionType }),
        ...(stack === undefined ? {} : { stack })
      }]
    }
    if (status === "skipped") {
      const reason = this.doc.keep(test.reason, truncated, "skip")?.trim()
      record.skip = {
        ...(reason === undefined ? {} : { message: reason }),
        ...(result === "Skip" ? {} : { type: result ?? "not run" })
      }
    }
    const stdout = this.doc.keep(test.output, truncated, "stdout")
    if (stdout !== undefined) record.stdout = stdout
    if (test.traits !== undefined) {
      record.properties = test.traits
      const categories = test.traits.filter((t) => /^categor(y|ies)$/i.test(t.name)).map((t) => t.value)
      if (categories.length > 0) record.tags = categories
    }
    const id = Attributes.testomatId(testId, test.traits)
    if (id !== undefined) record.testId = id
    const parameters = Parameters.fromParentheses(title)
    if (parameters !== undefined) record.parameters = parameters
    if (test.attachments !== undefined) record.attachments = test.attachments
    const rest = Attributes.remaining(a, TEST_FIELDS)
    if (rest !== undefined) record.attributes = rest
    if (test.cuts !== undefined) truncated.push(...test.cuts)
    if (truncated.length > 0) record.truncated = truncated
    this.doc.emit(record)
  }
}
