/**
 * Reads JSON text that arrives in pieces and hands back the values found at chosen paths, each as soon as it is
 * complete, without ever holding the whole document: only the value being collected is kept (sliced from each
 * piece, not built character by character), and a string in it longer than a cap keeps its start and end, cut as it
 * arrives. Lines and columns are counted so that damage can be located. The JSON readers (CTRF, Cucumber) share it.
 *
 * @since 0.2.0
 */
import { BoundedText } from "./BoundedText.js"

/**
 * A path into the document: object keys and array indexes, outermost first.
 *
 * @since 0.2.0
 * @category models
 */
export type Path = ReadonlyArray<string | number>

/**
 * A string of a found value that was longer than the cap: where in the value, and its whole length.
 *
 * @since 0.2.0
 * @category models
 */
export interface Cut {
  readonly path: Path
  readonly length: number
}

/**
 * A value found at a wanted path.
 *
 * @since 0.2.0
 * @category models
 */
export interface Found {
  readonly path: Path
  readonly value: unknown
  /** Strings of the value that kept only their start and end. */
  readonly cuts?: ReadonlyArray<Cut>
}

/**
 * Longest key, number or literal read, in characters: none is ever longer in a real document, and one that is, is
 * damage (it would otherwise be built a character at a time).
 *
 * @since 0.2.0
 * @category constants
 */
export const MAX_TOKEN = 64 * 1024

/** A string of the value being collected that outgrew the capture: decoded as it arrives into a capped text. */
class LongString {
  /** Raw JSON text not yet decoded: at most the start of an escape sequence. */
  private pending = ""
  readonly text: BoundedText

  constructor(cap: number, readonly path: Path) {
    this.text = new BoundedText(cap)
  }

  /** Decodes raw string content up to the last whole escape sequence; throws what JSON.parse throws. */
  add(raw: string): void {
    const all = this.pending + raw
    const end = escapeBoundary(all)
    this.pending = all.slice(end)
    if (end > 0) this.text.append(JSON.parse(`"${all.slice(0, end)}"`) as string)
  }
}

/** Where raw string content can be cut without splitting an escape sequence (`\n`, `\u00e9`). */
const escapeBoundary = (raw: string): number => {
  const last = raw.lastIndexOf("\\", raw.length - 1)
  if (last === -1 || last < raw.length - 6) return raw.length
  let backslashes = 1
  while (last - backslashes >= 0 && raw[last - backslashes] === "\\") backslashes++
  // An even run is escaped backslashes, all complete.
  if (backslashes % 2 === 0) return raw.length
  const length = raw[last + 1] === "u" ? 6 : 2
  return last + length <= raw.length ? raw.length : last
}

/**
 * Malformed JSON, where it was found.
 *
 * @since 0.2.0
 * @category errors
 */
export class JsonError extends Error {
  constructor(readonly reason: string, readonly line: number, readonly column: number) {
    super(reason)
  }
}

type Container =
  | { readonly kind: "object"; key: string | undefined; expect: "key" | "colon" | "value" | "comma" }
  | { readonly kind: "array"; index: number; expect: "value" | "comma" }

interface Capture {
  readonly path: Path
  /** Depth of the container the value sits in. */
  readonly depth: number
  readonly kind: "container" | "string" | "primitive"
  text: string
  cuts?: Array<Cut>
}

/** A string of a captured value longer than this (raw characters) is decoded as it arrives, not kept raw. */
const LONG = 64 * 1024

const isSpace = (c: string) => c === " " || c === "\n" || c === "\r" || c === "\t"
const isPrimitiveChar = (c: string) => /[\w.+-]/.test(c)

/**
 * @example
 * import { JsonScanner } from "@tr/core/JsonScanner"
 * const scanner = new JsonScanner((path) => path.length === 1, 1024 * 1024, 1)
 * const found: Array<Found> = []
 * scanner.feed('[{"a":1},', found) // found: [{ path: [0], value: { a: 1 } }]
 *
 * @since 0.2.0
 * @category models
 */
export class JsonScanner {
  private readonly stack: Array<Container> = []
  private inString = false
  private escaped = false
  /** Raw text of an object key being read. */
  private key: string | undefined
  private inPrimitive = false
  private capture: Capture | undefined
  private done = false
  /** Characters of the key or primitive being read. */
  private tokenLength = 0
  /** Where the content of the string being read starts in the capture's text, when it is in a captured value. */
  private stringAt = -1
  private long: LongString | undefined
  line = 1
  column = 0

  /**
   * @param wanted Which values to hand over, by path.
   * @param maxValue Longest value handed over, in characters.
   * @param wantedDepth Longest path `wanted` can accept: deeper values are passed over without building their path,
   *   which would otherwise cost the depth at every value of a deeply nested document.
   * @param maxString Longest string of a value handed over, in characters: a longer one keeps its start and end
   *   (`BoundedText`) and is listed in the value's `cuts`.
   */
  constructor(
    private readonly wanted: (path: Path) => boolean,
    private readonly maxValue: number,
    private readonly wantedDepth = Infinity,
    private readonly maxString = Infinity
  ) {}

  /** Whether the input ended inside the document. */
  get cut(): boolean {
    return !this.done
  }

  feed(text: string, out: Array<Found>): void {
    let from = this.capture === undefined ? -1 : 0
    const complete = (end: number) => {
      const c = this.capture!
      const json = c.text + text.slice(from, end)
      this.capture = undefined
      from = -1
      try {
        out.push({ path: c.path, value: JSON.parse(json), ...(c.cuts === undefined ? {} : { cuts: c.cuts }) })
      } catch (e) {
        throw new JsonError(
          `the value at ${c.path.join(".")} is not valid JSON: ${(e as Error).message}`,
          this.line,
          this.column
        )
      }
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!
      if (c === "\n") {
        this.line++
        this.column = 0
      } else this.column++
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (c === "\\") this.escaped = true
        else if (c === "\"") {
          this.inString = false
          if (this.long !== undefined) from = this.endLong(text, from, i)
          this.stringAt = -1
          if (this.stack.length === 0) this.done = true
          if (this.key !== undefined) this.endKey()
          else if (this.capture?.kind === "string" && this.capture.depth === this.stack.length) complete(i + 1)
          continue
        }
        if (this.key !== undefined) {
          this.key += c
          if (++this.tokenLength > MAX_TOKEN) this.tooLong("a key")
        }
        continue
      }
      if (this.inPrimitive) {
        if (isPrimitiveChar(c)) {
          if (++this.tokenLength > MAX_TOKEN) this.tooLong("a number or literal")
          continue
        }
        this.inPrimitive = false
        if (this.stack.length === 0) this.done = true
        if (this.capture?.kind === "primitive" && this.capture.depth === this.stack.length) complete(i)
      }
      if (isSpace(c)) continue
      if (this.done) throw new JsonError(`unexpected "${c}" after the end of the document`, this.line, this.column)
      const top = this.stack[this.stack.length - 1]
      if (top?.kind === "object" && top.expect === "key") {
        if (c === "}") {
          this.close()
          if (this.capture?.kind === "container" && this.capture.depth === this.stack.length) complete(i + 1)
          continue
        }
        if (c !== "\"") throw new JsonError(`expected a key, found "${c}"`, this.line, this.column)
        this.inString = true
        this.key = ""
        this.tokenLength = 0
        continue
      }
      if (top?.kind === "object" && top.expect === "colon") {
        if (c !== ":") throw new JsonError(`expected ":", found "${c}"`, this.line, this.column)
        top.expect = "value"
        continue
      }
      if (top?.expect === "comma" || (top?.kind === "array" && c === "]")) {
        if (c === "," && top.expect === "comma") {
          if (top.kind === "object") top.expect = "key"
          else {
            top.index++
            top.expect = "value"
          }
          continue
        }
        if ((c === "}" && top.kind === "object") || (c === "]" && top.kind === "array")) {
          this.close()
          if (this.capture?.kind === "container" && this.capture.depth === this.stack.length) complete(i + 1)
          continue
        }
        throw new JsonError(`expected "," or the end of the ${top.kind}, found "${c}"`, this.line, this.column)
      }
      // A value starts here.
      if (this.capture === undefined && this.stack.length <= this.wantedDepth) {
        const path = this.stack.map((x) => (x.kind === "object" ? x.key ?? "" : x.index))
        if (this.wanted(path)) {
          const kind = c === "{" || c === "[" ? "container" : c === "\"" ? "string" : "primitive"
          this.capture = { path, depth: this.stack.length, kind, text: "" }
          from = i
        }
      }
      this.itemStarted()
      if (c === "{") this.stack.push({ kind: "object", key: undefined, expect: "key" })
      else if (c === "[") this.stack.push({ kind: "array", index: 0, expect: "value" })
      else if (c === "\"") {
        this.inString = true
        if (this.capture !== undefined) this.stringAt = this.capture.text.length + (i + 1 - from)
      } else if (/[-\dtfn]/.test(c)) {
        this.inPrimitive = true
        this.tokenLength = 1
      } else throw new JsonError(`unexpected "${c}"`, this.line, this.column)
    }
    if (this.capture !== undefined) {
      if (this.long !== undefined) this.addLong(text.slice(from))
      else this.capture.text += text.slice(from)
      if (this.stringAt !== -1 && this.long === undefined && this.capture.text.length - this.stringAt > LONG) {
        this.startLong()
      }
      if (this.capture.text.length > this.maxValue) {
        throw new JsonError(
          `the value at ${this.capture.path.join(".")} is longer than ${this.maxValue} characters`,
          this.line,
          this.column
        )
      }
    }
  }

  /** The string being read outgrew the capture: its content so far moves to a capped text, and the rest follows. */
  private startLong(): void {
    const c = this.capture!
    this.long = new LongString(
      this.maxString,
      this.stack.slice(c.depth).map((x) => (x.kind === "object" ? x.key ?? "" : x.index))
    )
    const raw = c.text.slice(this.stringAt)
    c.text = c.text.slice(0, this.stringAt)
    this.addLong(raw)
  }

  private addLong(raw: string): void {
    try {
      this.long!.add(raw)
    } catch (e) {
      this.invalidString(e)
    }
  }

  /** The long string ended at `end`: its kept text goes back into the capture, its cut is recorded. */
  private endLong(text: string, from: number, end: number): number {
    const long = this.long!
    const c = this.capture!
    this.addLong(text.slice(from, end))
    this.long = undefined
    const kept = long.text.value()
    c.text += JSON.stringify(kept).slice(1, -1)
    if (long.text.truncated) (c.cuts ??= []).push({ path: long.path, length: long.text.length })
    return end
  }

  private invalidString(e: unknown): never {
    throw new JsonError(
      `the value at ${this.capture!.path.join(".")} is not valid JSON: ${(e as Error).message}`,
      this.line,
      this.column
    )
  }

  private tooLong(what: string): never {
    throw new JsonError(`${what} longer than ${MAX_TOKEN} characters`, this.line, this.column)
  }

  /** The input ended: a number at the very end of the document completes. */
  end(out: Array<Found>): void {
    if (this.inPrimitive) this.feed(" ", out)
  }

  private endKey(): void {
    const top = this.stack[this.stack.length - 1]
    if (top?.kind === "object") {
      try {
        top.key = JSON.parse(`"${this.key}"`) as string
      } catch {
        top.key = this.key
      }
      top.expect = "colon"
    }
    this.key = undefined
  }

  /** A value starts in the current container: after it comes a comma or the container's end. */
  private itemStarted(): void {
    const top = this.stack[this.stack.length - 1]
    if (top !== undefined) top.expect = "comma"
  }

  private close(): void {
    this.stack.pop()
    if (this.stack.length === 0) this.done = true
  }
}
