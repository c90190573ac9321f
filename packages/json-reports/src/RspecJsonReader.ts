/**
 * RSpec's JSON formatter (`rspec --format json`) to canonical records, streaming: each example is read as soon as its
 * object is complete, never the whole document.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as FilePath from "@tr/core/FilePath"
import * as Incremental from "@tr/core/Incremental"
import { cutsAs, DocumentReader, type Fields, type Out } from "@tr/core/JsonDocument"
import type { Found, Path } from "@tr/core/JsonScanner"
import { isObject, num, str } from "@tr/core/JsonValue"
import * as Titles from "@tr/core/Titles"
import type { Mutable } from "effect/Types"
import type { Options } from "./internal/values.js"
import { format } from "./RspecJsonFormat.js"

export type { Options } from "./internal/values.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = format.name

/** The keys this report starts with, which tell where it starts after text that is not the report. */
const FIRST_KEYS = ["version", "messages", "examples", "summary", "seed"]

const wanted = (path: Path) =>
  (path.length === 1 && (path[0] === "version" || path[0] === "summary")) ||
  (path.length === 2 && (path[0] === "examples" || path[0] === "messages") && typeof path[1] === "number")

/** Messages kept until the end, where errors outside of examples become tests: RSpec writes a few, never many. */
const MAX_MESSAGES = 100

/** What RSpec says when an error happened outside of any example (a spec file that failed to load, a suite hook). */
const OUTSIDE = /^\s*An error occurred\b/

interface Example {
  readonly id?: unknown
  readonly description?: unknown
  readonly full_description?: unknown
  readonly status?: unknown
  readonly file_path?: unknown
  readonly line_number?: unknown
  readonly run_time?: unknown
  readonly pending_message?: unknown
  readonly exception?: unknown
}

/** The canonical field a cut string of an example ends up in. */
const cutField = (path: Path): string =>
  path[0] === "description" || path[0] === "full_description"
    ? "title"
    : path[0] === "pending_message"
    ? "skip"
    : path[0] === "exception"
    ? "failures"
    : "attributes"

/** Errors of RSpec's expectations and mocks are failed assertions; anything else broke the example. */
const kindOf = (type: string | undefined): Canonical.Failure["kind"] =>
  type === undefined || /^RSpec::(Expectations|Mocks)::/.test(type) ? "failure" : "error"

class Reader extends DocumentReader<Options> {
  private version: string | undefined
  private summary: { readonly [key: string]: unknown } | undefined
  private readonly messages: Array<string> = []
  private messageCount = 0
  private readonly counted = { example_count: 0, failure_count: 0, pending_count: 0 }

  constructor(options: Options) {
    super(options, { format: FORMAT, what: "an RSpec JSON report", wanted, wantedDepth: 2, firstKeys: FIRST_KEYS })
  }

  protected take(f: Found, out: Out): void {
    const [key] = f.path
    if (key === "version") this.version = str(f.value)
    else if (key === "summary") {
      if (isObject(f.value)) this.summary = f.value
      this.announce(out, "rspec")
    } else if (key === "messages") {
      this.messageCount++
      const text = str(f.value)
      if (text !== undefined && this.messages.length < MAX_MESSAGES) this.messages.push(text)
    } else if (isObject(f.value)) this.example(f.value as Example, f, out)
  }

  private example(e: Example, f: Found, out: Out): void {
    const written = str(e.description) ?? ""
    const full = str(e.full_description) ?? written
    const parent = full.endsWith(written) ? full.slice(0, full.length - written.length).trim() : ""
    const { testId, title } = Titles.splitTestomatId(written)
    const raw = str(e.status) ?? "pending"
    const status: Canonical.Status = raw === "passed" ? "passed" : raw === "failed" ? "failed" : "skipped"
    this.counted.example_count++
    if (status === "failed") this.counted.failure_count++
    if (raw === "pending") this.counted.pending_count++
    const truncated = cutsAs(f.cuts, cutField)
    const record: Mutable<Partial<Fields>> = {}
    const asWritten = str(e.file_path)
    const file = asWritten === undefined ? undefined : FilePath.relativeTo(asWritten, this.options.root)
    if (file !== undefined) record.file = file
    if (parent !== "") {
      record.group = parent
      if (file !== undefined) record.namespace = file
    } else if (file !== undefined) record.group = file
    const line = num(e.line_number)
    if (line !== undefined && Number.isInteger(line) && line >= 0) record.line = line
    const duration = this.seconds(e.run_time, "s", `example "${written}"`, out)
    if (duration !== undefined) record.duration = duration
    const exception = isObject(e.exception) ? e.exception : undefined
    const type = str(exception?.["class"])
    const message = this.text(str(exception?.["message"]), status === "skipped" ? "skip" : "failures", truncated)
    const backtrace = Array.isArray(exception?.["backtrace"])
      ? (exception["backtrace"] as Array<unknown>).filter((l) => typeof l === "string").join("\n")
      : undefined
    const stack = this.text(backtrace, "failures", truncated)
    if (status === "failed") {
      record.failures = [{
        kind: kindOf(type),
        ...(message === undefined ? {} : { message }),
        ...(type === undefined ? {} : { type }),
        ...(stack === undefined ? {} : { stack })
      }]
    }
    if (status === "skipped") {
      const reason = this.text(str(e.pending_message), "skip", truncated)
      record.skip = {
        ...(reason === undefined ? {} : { message: reason }),
        ...(raw === "pending" ? {} : { type: raw }),
        // A pending example that failed as expected: its error.
        ...(message === undefined ? {} : { text: message })
      }
    }
    const id = str(e.id)
    if (id !== undefined) record.attributes = { id }
    if (testId !== undefined) record.testId = testId
    this.announce(out, "rspec")
    this.test(out, {
      title,
      suite: parent === "" ? [] : [parent],
      framework: "RSpec",
      tool: this.version === undefined ? "RSpec json" : `RSpec ${this.version} json`,
      status,
      ...record,
      ...(truncated.length === 0 ? {} : { truncated })
    }, [id ?? file ?? "", full])
  }

  /**
   * Errors outside of examples (a spec file that failed to load, an error in a `before(:suite)` hook): each message
   * RSpec wrote for one is a failed test of its own; when the summary counts such errors but no message says which,
   * one failed test carries every message.
   */
  private outside(out: Out): void {
    const declared = num(this.summary?.["errors_outside_of_examples_count"]) ?? 0
    const errors = this.messages.filter((m) => OUTSIDE.test(m))
    const all = errors.length > 0 ? errors : declared > 0 ? [this.messages.join("\n\n")] : []
    for (const text of all) {
      const truncated: Array<Canonical.Truncation> = []
      const first = text.trim().split("\n")[0]!.trim()
      const loading = /while loading (.+?)\.?$/.exec(first)?.[1]
      const file = loading === undefined ? undefined : FilePath.relativeTo(loading, this.options.root)
      const title = errors.length > 0 ? `[${first}]` : "[errors outside of examples]"
      const message = this.text(text.trim(), "failures", truncated)
      this.announce(out, "rspec")
      this.test(out, {
        title,
        suite: [],
        framework: "RSpec",
        tool: this.version === undefined ? "RSpec json" : `RSpec ${this.version} json`,
        status: "failed",
        ...(file === undefined ? {} : { file, group: file }),
        failures: [{
          kind: "error",
          message: message ?? `${declared} ${declared === 1 ? "error" : "errors"} occurred outside of examples`
        }],
        ...(truncated.length === 0 ? {} : { truncated })
      }, [file ?? "", title])
    }
  }

  protected override flush(out: Out): void {
    this.outside(out)
  }

  protected finish(out: Out): void {
    this.outside(out)
    if (!this.recognised) {
      return this.diagnostic(
        out,
        "error",
        "unrecognized-format",
        "not an RSpec JSON report: it has no examples or summary"
      )
    }
    if (this.messageCount > MAX_MESSAGES) {
      this.diagnostic(
        out,
        "warning",
        "messages-left-out",
        `${
          this.messageCount - MAX_MESSAGES
        } of ${this.messageCount} messages were not read for errors outside of examples`
      )
    }
    this.countMismatch(out, "the summary declares", this.summary, this.counted)
  }
}

/**
 * Reads one report of RSpec's JSON formatter. Each element of `examples` is a test: `full_description` minus
 * `description` its example group, `pending` skipped with its `pending_message`, `exception` its failure (class,
 * message, backtrace); an error outside of examples (a spec file that failed to load) is a failed test carrying
 * RSpec's message. The summary's counts are checked; damage becomes diagnostics, the tests before it kept.
 *
 * @example
 * import * as RspecJsonReader from "@tr/json-reports/RspecJsonReader"
 * fs.stream("rspec.json").pipe(RspecJsonReader.stream({ source: "rspec.json" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream = (options: Options) => Incremental.stream(() => new Reader(options))
