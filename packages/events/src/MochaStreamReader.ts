/**
 * Mocha's `json-stream` reporter (`["pass", {…}]` a line) to canonical records, each test as its line arrives.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Group from "@tr/core/Group"
import * as Incremental from "@tr/core/Incremental"
import * as Lines from "@tr/core/Lines"
import * as Titles from "@tr/core/Titles"
import { EventReader, isObject, type Mutable, num, type Options, type Out, str } from "./internal/eventReader.js"

export type { Options } from "./internal/eventReader.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = "mocha-json-stream"

const EVENTS = new Set(["start", "pass", "fail", "pending", "end"])

class MochaStreamReader extends EventReader {
  private ended = false
  private readonly counted = { tests: 0, passes: 0, failures: 0, pending: 0 }

  constructor(options: Options) {
    super(options, FORMAT)
  }

  protected event(e: unknown, out: Out): void {
    const name = Array.isArray(e) ? str(e[0]) : undefined
    const body = Array.isArray(e) ? e[1] : undefined
    if (name === undefined || !EVENTS.has(name) || !isObject(body)) {
      return this.passOver(this.lineNumber, "is not a Mocha json-stream event", out)
    }
    if (name === "start") return this.announce(out, "mocha")
    if (name === "end") {
      this.ended = true
      const differences = (["passes", "failures", "pending"] as const).flatMap((k) =>
        typeof body[k] === "number" && body[k] !== this.counted[k]
          ? [`${k}=${body[k]} but ${this.counted[k]} read`]
          : []
      )
      if (differences.length > 0) {
        this.diagnostic(
          out,
          "warning",
          "count-mismatch",
          `the end event declares ${differences.join(", ")}`,
          this.lineNumber
        )
      }
      return
    }
    const status: Canonical.Status = name === "pass" ? "passed" : name === "fail" ? "failed" : "skipped"
    this.counted[name === "pass" ? "passes" : name === "fail" ? "failures" : "pending"]++
    const written = str(body["title"]) ?? ""
    const full = str(body["fullTitle"]) ?? written
    // fullTitle is the suites' titles and the test's, joined by spaces: the suites' part cannot be split further.
    const parent = full.endsWith(written) ? full.slice(0, full.length - written.length).trim() : ""
    const { testId, title } = Titles.splitTestomatId(written)
    const record: Partial<Mutable<Canonical.TestCase>> = {}
    const truncated: Array<Canonical.Truncation> = []
    const file = str(body["file"])
    if (file !== undefined) record.file = file
    if (parent !== "") record.group = parent
    else if (file !== undefined) Object.assign(record, Group.fromFile(file))
    const duration = num(body["duration"])
    if (duration !== undefined && duration >= 0) record.duration = duration / 1000
    if (status === "failed") {
      const message = str(body["err"])
      const stack = str(body["stack"])
      record.failures = [{
        kind: "failure",
        ...(message === undefined || message === "" ? {} : { message: this.capped(message, "failures", truncated) }),
        ...(stack === undefined || stack === "" ? {} : { stack: this.capped(stack, "failures", truncated) })
      }]
    }
    if (status === "skipped") record.skip = {}
    const retry = num(body["currentRetry"])
    if (status === "passed" && retry !== undefined && retry > 0) record.flaky = true
    if (retry !== undefined && retry > 0) record.attributes = { currentRetry: String(retry) }
    if (testId !== undefined) record.testId = testId
    this.announce(out, "mocha")
    this.test(out, {
      title,
      suite: parent === "" ? [] : [parent],
      framework: "Mocha",
      tool: "Mocha json-stream",
      status,
      ...record,
      ...(truncated.length === 0 ? {} : { truncated })
    }, [file ?? "", full])
  }

  protected finish(out: Out): void {
    if (!this.ended) {
      this.diagnostic(
        out,
        "error",
        "truncated-file",
        "the input ends before Mocha's \"end\" event: the run was cut or killed",
        this.lineNumber
      )
    }
  }
}

/**
 * Whether a parsed line is a json-stream event (`["start", {…}]`): how `tr` recognises this format by content.
 *
 * @since 0.1.0
 * @category guards
 */
export const isEvent = (value: unknown): boolean =>
  Array.isArray(value) && value.length === 2 && EVENTS.has(value[0]) && isObject(value[1])

/**
 * Reads the output of Mocha's `json-stream` reporter: `pass`, `fail` (and `pending`, where a reporter writes it) lines
 * are tests; the `end` line's counts are checked; a stream without it was cut.
 *
 * @example
 * import * as MochaStreamReader from "@tr/events/MochaStreamReader"
 * fs.stream("mocha.ndjson").pipe(MochaStreamReader.stream({ source: "mocha.ndjson" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream = (options: Options) =>
  Incremental.stream(() => Lines.incremental<Canonical.SourceRecord>(new MochaStreamReader(options)))
