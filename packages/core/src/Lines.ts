/**
 * Text that arrives in pieces, as lines: the splitter under NDJSON decoding and under every reader of a line-based
 * format (`go test -json`, TAP, …), where each line is handled the moment it is complete, so a reader of a live pipe
 * emits a test as soon as its last line arrives.
 *
 * @since 0.2.0
 */
import type { Incremental } from "./Incremental.js"

/**
 * Stands for a line longer than the cap, whose text was passed over.
 *
 * @since 0.2.0
 * @category constants
 */
export const TOO_LONG: unique symbol = Symbol("TooLong")

/**
 * Splits text that arrives in pieces into lines (without their `\n`). A line longer than the cap is reported once as
 * `TOO_LONG` and the rest of it is skipped, so one endless line cannot exhaust memory.
 *
 * @example
 * import { LineSplitter } from "@tr/core/Lines"
 * const lines: Array<string | symbol> = []
 * const splitter = new LineSplitter(1024)
 * splitter.push("ok 1\nok", lines)
 * splitter.push(" 2\n", lines) // lines: ["ok 1", "ok 2"]
 *
 * @since 0.2.0
 * @category models
 */
export class LineSplitter {
  private rest = ""
  private skipping = false

  constructor(private readonly maxLength: number) {}

  push(text: string, out: Array<string | typeof TOO_LONG>): void {
    let start = 0
    if (this.skipping) {
      const newline = text.indexOf("\n")
      if (newline === -1) return
      this.skipping = false
      start = newline + 1
    }
    let newline = text.indexOf("\n", start)
    if (newline !== -1 && this.rest !== "") {
      out.push(this.rest + text.slice(start, newline))
      this.rest = ""
      start = newline + 1
      newline = text.indexOf("\n", start)
    }
    while (newline !== -1) {
      out.push(text.slice(start, newline))
      start = newline + 1
      newline = text.indexOf("\n", start)
    }
    this.rest += text.slice(start)
    if (this.rest.length > this.maxLength) {
      out.push(TOO_LONG)
      this.rest = ""
      this.skipping = true
    }
  }

  end(out: Array<string | typeof TOO_LONG>): void {
    if (this.rest !== "") out.push(this.rest)
    this.rest = ""
  }
}

/**
 * What a reader of a line-based format does with each line. `number` counts from 1; a trailing `\r` is removed.
 *
 * @since 0.2.0
 * @category models
 */
export interface LineHandler<A> {
  readonly line: (text: string, number: number, out: Array<A>) => void
  /** A line longer than the cap: its text was passed over. */
  readonly tooLong: (number: number, maxLength: number, out: Array<A>) => void
  /** The input ended after `lines` lines (0: there were no bytes). */
  readonly end: (lines: number, out: Array<A>) => void
}

/**
 * Longest line the readers of line-based formats take by default, in UTF-16 code units.
 *
 * @since 0.2.0
 * @category constants
 */
export const DEFAULT_MAX_LINE = 16 * 1024 * 1024

/**
 * A line handler as an `Incremental` parser: UTF-8 bytes in (a byte order mark dropped), each complete line handed
 * over as soon as its `\n` arrives.
 *
 * @example
 * import * as Incremental from "@tr/core/Incremental"
 * import * as Lines from "@tr/core/Lines"
 * export const stream = (options: Options) => Incremental.stream(() => Lines.incremental(new TapHandler(options)))
 *
 * @since 0.2.0
 * @category constructors
 */
export const incremental = <A>(handler: LineHandler<A>, maxLength = DEFAULT_MAX_LINE): Incremental<A> => {
  const decoder = new TextDecoder()
  const splitter = new LineSplitter(maxLength)
  const lines: Array<string | typeof TOO_LONG> = []
  let number = 0
  const hand = (out: Array<A>) => {
    for (const line of lines) {
      number++
      if (line === TOO_LONG) handler.tooLong(number, maxLength, out)
      else {
        let text = line.endsWith("\r") ? line.slice(0, -1) : line
        if (number === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
        handler.line(text, number, out)
      }
    }
    lines.length = 0
  }
  return {
    feed: (bytes, out) => {
      splitter.push(decoder.decode(bytes, { stream: true }), lines)
      hand(out)
    },
    end: (out) => {
      splitter.push(decoder.decode(), lines)
      splitter.end(lines)
      hand(out)
      handler.end(number, out)
    }
  }
}
