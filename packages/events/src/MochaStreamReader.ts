/**
 * Mocha's `json-stream` reporter (`["pass", {…}]` a line) to canonical records, each test as its line arrives.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Incremental from "@tr/core/Incremental"
import { isObject, str } from "@tr/core/JsonValue"
import * as Lines from "@tr/core/Lines"
import { EventReader, type Options, type Out } from "./internal/eventReader.js"
import * as MochaTest from "./MochaTest.js"

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
    const { fields, key } = MochaTest.map(
      body,
      status,
      { message: str(body["err"]), stack: str(body["stack"]) },
      { tool: "Mocha json-stream", cap: this.cap, root: this.options.root }
    )
    this.announce(out, "mocha")
    this.test(out, fields, key)
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
