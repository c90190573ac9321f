/**
 * What every reader of a whole-document JSON report (an object: CTRF, Mocha, Jest, RSpec, Playwright, Allure) shares:
 * bytes decoded as they arrive, the values at the paths a format wants handed over by `JsonScanner` as soon as each is
 * complete (never the whole document), text a runner wrote before or after the report passed over with a warning,
 * damage reported with line and column (the tests read before it kept), an empty or cut file said so, the source
 * announced before its first test, identities, durations checked, text within the cap, and the counts a report
 * declares checked against those read.
 *
 * @since 0.2.0
 */
import { TextDecoder } from "node:util"
import * as Announcer from "./Announcer.js"
import { capped, DEFAULT_CAP } from "./BoundedText.js"
import * as Canonical from "./Canonical.js"
import * as Identity from "./Identity.js"
import type * as Incremental from "./Incremental.js"
import { type Cut, type Found, JsonError, JsonScanner, type Path } from "./JsonScanner.js"
import * as Utf8 from "./Utf8.js"

/**
 * @since 0.2.0
 * @category models
 */
export interface Options {
  readonly source: string
  /** Cap of each text field (message, stack, output), in characters. */
  readonly maxTextLength?: number
}

/**
 * @since 0.2.0
 * @category models
 */
export type Out = Array<Canonical.SourceRecord>

/**
 * What a reader of one format tells `DocumentReader` about it.
 *
 * @since 0.2.0
 * @category models
 */
export interface Shape {
  /** The format the `source` record names. */
  readonly format: string
  /** The report, as a diagnostic names it ("a Mocha JSON report"). */
  readonly what: string
  /** The paths whose values are handed to `take`. */
  readonly wanted: (path: Path) => boolean
  /** Longest path `wanted` accepts: deeper values are passed over without building their path. Unbounded if left out. */
  readonly wantedDepth?: number
  /**
   * Keys the report's writers put first: after text that is not the report (a runner's own output on the same
   * stream), the report starts at a line that opens an object with one of them (`{"stats":` or `{` alone with
   * `"stats":` next); without them, at the first line that starts with `{`.
   */
  readonly firstKeys?: ReadonlyArray<string>
  /**
   * What a test's identity is made of: its position among the tests read and the key `test` is given (`"position"`,
   * the default), or that key alone (`"key"`), when it tells every test of the report apart by itself.
   */
  readonly identity?: "position" | "key"
}

/**
 * A test's fields but those `DocumentReader.test` adds (its identity and source).
 *
 * @since 0.2.0
 * @category models
 */
export type Fields = Omit<Canonical.TestCase, "type" | "id" | "source">

/** Longest value handed over, in characters: its strings are capped, so only a flood of fields comes near. */
const MAX_VALUE = 64 * 1024 * 1024

/**
 * A reader of one JSON object document: a subclass says which paths it wants (its `Shape`), takes each value found
 * (`take`), and what the end of a whole document means (`finish`).
 *
 * @example
 * import { DocumentReader } from "@tr/core/JsonDocument"
 * class Reader extends DocumentReader {
 *   constructor(options: Options) {
 *     super(options, { format: "my-format", what: "a My report", wanted: (p) => p[0] === "tests", wantedDepth: 2 })
 *   }
 *   protected take(found: Found, out: Out) { this.test(out, { title: String(found.value), suite: [], status: "passed" }, []) }
 *   protected finish(_out: Out) {}
 * }
 *
 * @since 0.2.0
 * @category models
 */
export abstract class DocumentReader<O extends Options = Options>
  implements Incremental.Incremental<Canonical.SourceRecord>
{
  protected readonly cap: number
  private readonly decoder = new TextDecoder()
  private readonly utf8 = Utf8.watch()
  private readonly scanner: JsonScanner
  private readonly identity: (parts: ReadonlyArray<string | number>) => string
  private readonly source: Announcer.Announcer
  protected ordinal = 0
  private broken = false
  /** The document ended and text followed it: the rest of the input is passed over. */
  private after = false
  private sawText = false
  /**
   * Text before the document is being passed over: its first character, the lines passed over, and the line being
   * read when it may start the document (else whether the next piece starts a line).
   */
  private preamble: { readonly first: string; lines: number; candidate: string; lineStart: boolean } | undefined

  constructor(protected readonly options: O, private readonly shape: Shape) {
    this.cap = options.maxTextLength ?? DEFAULT_CAP
    this.identity = Identity.prefixed([options.source])
    this.source = Announcer.make(options.source, shape.format)
    this.scanner = new JsonScanner(shape.wanted, MAX_VALUE, shape.wantedDepth, this.cap)
  }

  /** A value found at a wanted path. */
  protected abstract take(found: Found, out: Out): void
  /** The document ended whole: what is left, and the checks of the counts it declares. */
  protected abstract finish(out: Out): void
  /** The input ended inside the document (or at damage): what is held is given out, as far as it goes. */
  protected flush(_out: Out): void {}

  feed(bytes: Uint8Array, out: Out): void {
    if (this.broken || this.after) return
    this.utf8.push(bytes)
    this.scan(this.decoder.decode(bytes, { stream: true }), out)
  }

  end(out: Out): void {
    this.utf8.end()
    if (!this.broken && !this.after) this.scan(this.decoder.decode(), out)
    if (!this.broken && !this.after) this.hand(() => this.scanner.end([]), out)
    const invalid = this.utf8.invalid()
    if (invalid !== undefined) {
      this.diagnostic(out, "warning", "invalid-utf8", Utf8.invalidMessage(invalid), { line: invalid.line })
    }
    if (!this.sawText) return this.diagnostic(out, "error", "empty-file", "the file is empty")
    if (this.broken) return
    if (this.preamble !== undefined) {
      return this.diagnostic(out, "error", "not-json", `not JSON: it starts with "${this.preamble.first}"`, {
        line: 1,
        column: 1
      })
    }
    if (this.scanner.cut) {
      this.flush(out)
      return this.diagnostic(
        out,
        "error",
        "truncated-file",
        `the file ends inside the report; ${this.read()} read before the end are kept`,
        { line: this.scanner.line, column: this.scanner.column }
      )
    }
    this.finish(out)
  }

  private read(): string {
    return `${this.ordinal} ${this.ordinal === 1 ? "test" : "tests"}`
  }

  private scan(text: string, out: Out): void {
    if (text === "") return
    if (!this.sawText) {
      text = text.replace(/^\ufeff/, "")
      if (text.trim() === "") return
      this.sawText = true
      const first = text.trimStart()[0]
      if (first === "<" || first === "[") {
        this.broken = true
        return this.diagnostic(
          out,
          "error",
          "unrecognized-format",
          first === "<"
            ? `not ${this.shape.what}: this is XML, not JSON`
            : `not ${this.shape.what}: it is a JSON array, not an object`,
          { line: 1, column: 1 }
        )
      }
      if (first !== "{") this.preamble = { first, lines: 0, candidate: "", lineStart: true }
      else text = text.trimStart()
    }
    if (this.preamble !== undefined) {
      const rest = this.skipPreamble(text, out)
      if (rest === undefined) return
      text = rest
    }
    this.hand((found) => this.scanner.feed(text, found), out)
  }

  /**
   * Text before the document (a runner's own output on the stdout it wrote the report to: `console.log` in Mocha
   * tests, `puts` in specs), passed over up to the first line that starts with `{`: what follows it, or undefined
   * while it has not come.
   */
  private skipPreamble(text: string, out: Out): string | undefined {
    const preamble = this.preamble!
    let rest = preamble.candidate + text
    let lineStart = preamble.lineStart || preamble.candidate !== ""
    preamble.candidate = ""
    for (;;) {
      if (lineStart && rest.startsWith("{")) {
        const verdict = this.opens(rest)
        if (verdict === "more") {
          preamble.candidate = rest
          return undefined
        }
        if (verdict === "yes") break
      }
      const newline = rest.indexOf("\n")
      if (newline === -1) {
        // Nothing left of this piece after a newline: the next one starts a line.
        preamble.lineStart = rest === "" && lineStart
        return undefined
      }
      preamble.lines++
      rest = rest.slice(newline + 1)
      lineStart = true
    }
    this.preamble = undefined
    this.scanner.line = preamble.lines + 1
    this.diagnostic(
      out,
      "warning",
      "text-before-report",
      `${preamble.lines} ${preamble.lines === 1 ? "line" : "lines"} before the report passed over (it starts with ` +
        `"${preamble.first}": output written to the same stream as the report)`,
      { line: 1 }
    )
    return rest
  }

  /** Whether text that starts with `{` opens the report: its first key is one the report starts with. */
  private opens(text: string): "yes" | "no" | "more" {
    const firstKeys = this.shape.firstKeys
    if (firstKeys === undefined) return "yes"
    const m = /^\{\s*(?:"((?:[^"\\]|\\.){0,200})(")?)?/.exec(text)!
    if (m[2] === undefined) {
      // Not yet a whole key: more text can tell, unless what came is no key at all or too long for one.
      const whole = m[0].length < text.length || text.length > 4096
      return whole ? "no" : "more"
    }
    return firstKeys.includes(m[1]!) ? "yes" : "no"
  }

  /** Runs the scanner, takes what it found, and reports damage where it stopped. */
  private hand(run: (found: Array<Found>) => void, out: Out): void {
    const found: Array<Found> = []
    try {
      run(found)
    } catch (e) {
      for (const f of found) this.take(f, out)
      if (!(e instanceof JsonError)) throw e
      if (!this.scanner.cut) {
        // The document ended whole: what follows it (a runner's output on the same stream) is no part of it.
        this.after = true
        return this.diagnostic(
          out,
          "warning",
          "text-after-report",
          "text after the end of the report passed over (output written to the same stream as the report)",
          { line: e.line, column: e.column }
        )
      }
      this.broken = true
      this.flush(out)
      return this.diagnostic(
        out,
        "error",
        "invalid-json",
        `malformed JSON: ${e.reason}; ${this.read()} read before it are kept`,
        { line: e.line, column: e.column }
      )
    }
    for (const f of found) this.take(f, out)
  }

  protected diagnostic(
    out: Out,
    severity: Canonical.Diagnostic["severity"],
    code: string,
    message: string,
    at?: { readonly line?: number; readonly column?: number }
  ): void {
    out.push(Canonical.diagnostic(this.diagnosticSource, severity, code, message, at))
  }

  /** The file diagnostics name: the source, unless a reader reads one file of it (an entry of a directory). */
  protected get diagnosticSource(): string {
    return this.options.source
  }

  /** The `source` record, once: the dialect of the first call is the one it names. */
  protected announce(out: Out, dialect?: string): void {
    this.source.announce(out, dialect)
  }

  /** Whether the report was recognised (a test or the report's own keys were read). */
  protected get recognised(): boolean {
    return this.source.announced
  }

  /**
   * A test with its identity (from `key`, and its position unless the shape says the key alone tells it) and source,
   * announcing the source before the first one.
   */
  protected test(out: Out, fields: Fields, key: ReadonlyArray<string | number>): void {
    this.announce(out)
    const truncated = fields.truncated
    const position = this.ordinal++
    out.push({
      type: "test",
      id: this.identity(this.shape.identity === "key" ? key : [position, ...key]),
      source: this.options.source,
      ...fields,
      ...(truncated === undefined || truncated.length === 0 ? {} : { truncated: longest(truncated) })
    })
  }

  /**
   * Text within the cap, or undefined when blank; one the scanner cut as it read it stays as it is (its cut is among
   * the value's `cuts`).
   */
  protected text(value: string | undefined, field: string, truncated: Array<Canonical.Truncation>): string | undefined {
    return capped(value, this.cap, field, truncated)
  }

  /**
   * A `count-mismatch` warning when counts the report declares (`declares`: "the stats declare") differ from those
   * read, each as `key=declared but counted read` (or `found`); nothing when they agree or none is declared.
   */
  protected countMismatch(
    out: Out,
    declares: string,
    declared: { readonly [key: string]: unknown } | undefined,
    counted: { readonly [key: string]: number },
    verb: "read" | "found" = "read"
  ): void {
    if (declared === undefined) return
    const differences = Object.entries(counted).flatMap(([key, n]) =>
      typeof declared[key] === "number" && declared[key] !== n ? [`${key}=${declared[key]} but ${n} ${verb}`] : []
    )
    if (differences.length > 0) {
      this.diagnostic(out, "warning", "count-mismatch", `${declares} ${differences.join(", ")}`)
    }
  }

  /** A duration in the unit given, in seconds; one no record may hold is left out with a warning. */
  protected seconds(value: unknown, unit: "ms" | "s", what: string, out: Out): number | undefined {
    if (value === undefined || value === null) return undefined
    const seconds = typeof value === "number" ? (unit === "ms" ? value / 1000 : value) : Number.NaN
    if (Canonical.isSeconds(seconds)) return seconds
    this.diagnostic(
      out,
      "warning",
      "invalid-duration",
      `${what}: duration ${
        typeof value === "number" ? value : (JSON.stringify(value) ?? "").slice(0, 40)
      } is not a duration in ${unit === "ms" ? "milliseconds" : "seconds"} (0 to ${
        unit === "ms" ? Canonical.MAX_SECONDS * 1000 : Canonical.MAX_SECONDS
      }); left out`
    )
    return undefined
  }
}

/** A field cut twice (a string, then the texts joined) says its longest length once. */
const longest = (truncated: ReadonlyArray<Canonical.Truncation>): Array<Canonical.Truncation> => {
  const byField = new Map<string, number>()
  for (const t of truncated) byField.set(t.field, Math.max(byField.get(t.field) ?? 0, t.length))
  return [...byField].map(([field, length]) => ({ field, length }))
}

/**
 * The cuts of a found value as truncations, each under the canonical field its string ends up in.
 *
 * @since 0.2.0
 * @category constructors
 */
export const cutsAs = (
  cuts: ReadonlyArray<Cut> | undefined,
  field: (path: Path) => string
): Array<Canonical.Truncation> => (cuts ?? []).map((c) => ({ field: field(c.path), length: c.length }))
