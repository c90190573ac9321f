/**
 * Everything human, on stderr: diagnostics, the progress line, summaries. Colour only on a terminal and without
 * `NO_COLOR`; nothing at all with `--quiet`.
 */
import type * as Canonical from "@tr/core/Canonical"
import { Effect } from "effect"
import { Stdio, type TextOut } from "./stdio.js"

// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ANSI = /\u001b\[[0-9;]*m/g

export const stripAnsi = (text: string): string => text.replace(ANSI, "")

export class Terminal {
  private progressShown = false

  constructor(readonly quiet: boolean, private readonly stream: TextOut) {}

  /** The terminal on the `Stdio` service's stderr. */
  static make(quiet: boolean): Effect.Effect<Terminal, never, Stdio> {
    return Effect.map(Stdio, (io) => new Terminal(quiet, io.stderr))
  }

  get isTTY(): boolean {
    return this.stream.isTTY
  }

  line(text: string): void {
    if (this.quiet) return
    this.clearProgress()
    this.stream.write(`${text}\n`)
  }

  /** Always shown, even with `--quiet`: the reason a command failed. */
  fatal(text: string): void {
    this.clearProgress()
    this.stream.write(`${this.paint("31", "tr:")} ${text}\n`)
  }

  diagnostic(d: Canonical.Diagnostic): void {
    const where = [d.source, d.line, d.column].filter((p) => p !== undefined).join(":")
    const severity = d.severity === "error" ? this.paint("31", "error") : this.paint("33", "warning")
    this.line(`${where === "" ? "tr" : where}: ${severity}: ${d.message} [${d.code}]`)
  }

  progress(text: string): void {
    if (this.quiet || !this.isTTY) return
    this.stream.write(`\r\u001b[2K${text}`)
    this.progressShown = true
  }

  /**
   * A progress line drawn at most every `everyMs`: the text is made only when it is drawn, and nothing is drawn
   * unless stderr is a terminal and `--quiet` was not given.
   */
  throttled(everyMs = 100): (text: () => string) => void {
    if (this.quiet || !this.isTTY) return () => {}
    let last = 0
    return (text) => {
      const now = Date.now()
      if (now - last < everyMs) return
      last = now
      this.progress(text())
    }
  }

  clearProgress(): void {
    if (!this.progressShown) return
    this.stream.write("\r\u001b[2K")
    this.progressShown = false
  }

  private paint(code: string, text: string): string {
    return this.stream.color ? `\u001b[${code}m${text}\u001b[0m` : text
  }
}

const number = new Intl.NumberFormat("en-US")

export const count = (n: number): string => number.format(n)

export const plural = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`
