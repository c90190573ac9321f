/**
 * What every reader of a JSON event stream (one JSON value a line) shares: lines parsed one at a time as they arrive,
 * lines that are not JSON passed over with a warning (a runner's stderr mixed into the pipe), an empty input
 * reported, the source announced before its first test, identities and capped text.
 */
import * as Announcer from "@tr/core/Announcer"
import { BoundedText, DEFAULT_CAP } from "@tr/core/BoundedText"
import * as Canonical from "@tr/core/Canonical"
import * as Identity from "@tr/core/Identity"
import type * as Lines from "@tr/core/Lines"

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  readonly source: string
  /** Cap of each text field (output, message, stack), in characters. */
  readonly maxTextLength?: number
  /** The project's root: a test file's absolute path under it is written relative to it (Mocha). */
  readonly root?: string | undefined
}

export type Out = Array<Canonical.SourceRecord>

export type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** Lines passed over that are reported one by one; after these, only their count. */
const REPORTED_SKIPS = 10

export abstract class EventReader implements Lines.LineHandler<Canonical.SourceRecord> {
  protected readonly cap: number
  private readonly identity: (parts: ReadonlyArray<string | number>) => string
  private ordinal = 0
  private sawText = false
  private readonly source: Announcer.Announcer
  private skippedLines = 0
  /** Line of the event being handled. */
  protected lineNumber = 0

  constructor(protected readonly options: Options, format: string) {
    this.cap = options.maxTextLength ?? DEFAULT_CAP
    this.identity = Identity.prefixed([options.source])
    this.source = Announcer.make(options.source, format)
  }

  /** One parsed line. */
  protected abstract event(value: unknown, out: Out): void
  /** The input ended (it held at least one line that was not blank). */
  protected abstract finish(out: Out): void

  line(text: string, number: number, out: Out): void {
    if (text.trim() === "") return
    this.sawText = true
    this.lineNumber = number
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return this.passOver(number, "is not JSON", out)
    }
    this.event(value, out)
  }

  tooLong(number: number, maxLength: number, out: Out): void {
    this.sawText = true
    this.passOver(number, `is longer than ${maxLength} characters`, out)
  }

  end(_lines: number, out: Out): void {
    if (!this.sawText) return this.diagnostic(out, "error", "empty-file", "the input is empty")
    this.finish(out)
    if (this.skippedLines > REPORTED_SKIPS) {
      this.diagnostic(
        out,
        "warning",
        "skipped-lines",
        `${this.skippedLines - REPORTED_SKIPS} more lines that are not events were passed over`
      )
    }
  }

  /** A line that is not an event of this format, passed over. */
  protected passOver(number: number, why: string, out: Out): void {
    this.skippedLines++
    if (this.skippedLines <= REPORTED_SKIPS) {
      this.diagnostic(out, "warning", "skipped-line", `line ${number} ${why}: passed over`, number)
    }
  }

  protected diagnostic(
    out: Out,
    severity: Canonical.Diagnostic["severity"],
    code: string,
    message: string,
    line?: number
  ): void {
    out.push(Canonical.diagnostic(this.options.source, severity, code, message, { line }))
  }

  /** A test with its identity and source, announcing the source before the first one. */
  protected test(
    out: Out,
    fields: Omit<Canonical.TestCase, "type" | "id" | "source">,
    key: ReadonlyArray<string | number>
  ): void {
    this.announce(out)
    out.push({ type: "test", id: this.identity([this.ordinal++, ...key]), source: this.options.source, ...fields })
  }

  /** The `source` record, once: the dialect of the first call is the one it names. */
  protected announce(out: Out, dialect?: string): void {
    this.source.announce(out, dialect)
  }

  /** Text within the cap: kept whole, or its start and end with the cut recorded in `truncated`. */
  protected capped(value: string, field: string, truncated: Array<Canonical.Truncation>): string {
    if (value.length <= this.cap) return value
    const bounded = new BoundedText(this.cap)
    bounded.append(value)
    truncated.push({ field, length: value.length })
    return bounded.value()
  }

  /** Text gathered a piece at a time, never longer than the cap. */
  protected gatherer(): BoundedText {
    return new BoundedText(this.cap)
  }
}

/** The recorded cut of a gathered text, if it was cut. */
export const cutOf = (text: BoundedText, field: string): ReadonlyArray<Canonical.Truncation> =>
  text.truncated ? [{ field, length: text.length }] : []
