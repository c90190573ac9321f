/**
 * What every reader of a whole-document JSON report (an object: CTRF, Mocha, Jest, RSpec) shares: bytes decoded as
 * they arrive, the values at the paths a format wants handed over by `JsonScanner` as soon as each is complete (never
 * the whole document), damage reported with line and column (the tests read before it kept), an empty or cut file
 * said so, the source announced before its first test, identities, durations checked and text within the cap.
 *
 * Two shapes of it for now: `DocumentReader`, a class a reader extends (CTRF, Mocha, Jest, RSpec), and `JsonDocument`,
 * which drives a `Handler` object (Playwright, Allure). They do the same job and should become one.
 *
 * @since 0.2.0
 */
import { TextDecoder } from "node:util"
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
 * A test's fields but those `DocumentReader.test` adds (its identity and source).
 *
 * @since 0.2.0
 * @category models
 */
export type Fields = Omit<Canonical.TestCase, "type" | "id" | "source">

/** Longest value handed over, in characters: its strings are capped, so only a flood of fields comes near. */
const MAX_VALUE = 64 * 1024 * 1024

/**
 * A reader of one JSON object document: a subclass says which paths it wants (`wanted`, no deeper than
 * `wantedDepth`), takes each value found (`take`), and what the end of a whole document means (`finish`).
 *
 * @example
 * import { DocumentReader } from "@tr/core/JsonDocument"
 * class Reader extends DocumentReader {
 *   constructor(options: Options) { super(options, "my-format", "a My report", (p) => p[0] === "tests", 2) }
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
  protected ordinal = 0
  private announced = false
  private broken = false
  /** The document ended and text followed it: the rest of the input is passed over. */
  private after = false
  private sawText = false
  /**
   * Text before the document is being passed over: its first character, the lines passed over, and the line being
   * read when it may start the document (else whether the next piece starts a line).
   */
  private preamble: { readonly first: string; lines: number; candidate: string; lineStart: boolean } | undefined

  /**
   * @param what The report, as a diagnostic names it ("a Mocha JSON report").
   * @param firstKeys Keys the report's writers put first: after text that is not the report (a runner's own output on
   *   the same stream), the report starts at a line that opens an object with one of them (`{"stats":` or `{` alone
   *   with `"stats":` next); without them, at the first line that starts with `{`.
   */
  constructor(
    protected readonly options: O,
    private readonly format: string,
    private readonly what: string,
    wanted: (path: Path) => boolean,
    wantedDepth: number,
    private readonly firstKeys?: ReadonlyArray<string>
  ) {
    this.cap = options.maxTextLength ?? DEFAULT_CAP
    this.identity = Identity.prefixed([options.source])
    this.scanner = new JsonScanner(wanted, MAX_VALUE, wantedDepth, this.cap)
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
            ? `not ${this.what}: this is XML, not JSON`
            : `not ${this.what}: it is a JSON array, not an object`,
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
    if (this.firstKeys === undefined) return "yes"
    const m = /^\{\s*(?:"((?:[^"\\]|\\.){0,200})(")?)?/.exec(text)!
    if (m[2] === undefined) {
      // Not yet a whole key: more text can tell, unless what came is no key at all or too long for one.
      const whole = m[0].length < text.length || text.length > 4096
      return whole ? "no" : "more"
    }
    return this.firstKeys.includes(m[1]!) ? "yes" : "no"
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
    out.push(Canonical.diagnostic(this.options.source, severity, code, message, at))
  }

  protected announce(out: Out, dialect?: string): void {
    if (this.announced) return
    this.announced = true
    out.push({
      type: "source",
      path: this.options.source,
      format: this.format,
      ...(dialect === undefined ? {} : { dialect })
    })
  }

  /** Whether the report was recognised (a test or the report's own keys were read). */
  protected get recognised(): boolean {
    return this.announced
  }

  /** A test with its identity and source, announcing the source before the first one. */
  protected test(out: Out, fields: Fields, key: ReadonlyArray<string | number>): void {
    this.announce(out)
    const truncated = fields.truncated
    out.push({
      type: "test",
      id: this.identity([this.ordinal++, ...key]),
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

/**
 * The counts a report declares that differ from those read, each as `key=declared but read read`.
 *
 * @example
 * import * as JsonDocument from "@tr/core/JsonDocument"
 * JsonDocument.differences({ tests: 3, passed: 2 }, { tests: 2, passed: 2 }) // ["tests=3 but 2 read"]
 *
 * @since 0.2.0
 * @category constructors
 */
export const differences = (
  declared: { readonly [key: string]: unknown } | undefined,
  counted: { readonly [key: string]: number }
): Array<string> =>
  declared === undefined ?
    [] :
    Object.entries(counted).flatMap(([k, n]) =>
      typeof declared[k] === "number" && declared[k] !== n ? [`${k}=${declared[k]} but ${n} read`] : []
    )

/**
 * The reader of one JSON format, driven by `JsonDocument`.
 *
 * @since 0.2.0
 * @category models
 */
export interface Handler {
  /** The format as a message names it: `"a Playwright JSON report"`. */
  readonly what: string
  /** What the reader counts in messages: `["test", "tests"]`. */
  readonly units: readonly [one: string, many: string]
  /** Values found at the wanted paths, in document order. */
  readonly take: (found: ReadonlyArray<Found>, out: Array<Canonical.SourceRecord>) => void
  /** How many units were read so far. */
  readonly count: () => number
  /** The document ended whole: what is left to say (declared counts checked, a report without tests). */
  readonly complete: (out: Array<Canonical.SourceRecord>) => void
}

/**
 * @since 0.2.0
 * @category models
 */
export interface Scanning {
  readonly wanted: (path: Path) => boolean
  /** Longest value handed over, in characters. */
  readonly maxValue: number
  /** Longest string of a value, in characters: a longer one keeps its start and end. */
  readonly maxString: number
  /** Longest path `wanted` accepts (deeper values are passed over without building their path). */
  readonly wantedDepth?: number
}

/**
 * An `Incremental` reader of one JSON document whose root is an object.
 *
 * @example
 * import * as JsonDocument from "@tr/core/JsonDocument"
 * import * as Incremental from "@tr/core/Incremental"
 * const stream = (source: string) =>
 *   Incremental.stream(() => new JsonDocument.JsonDocument(source, { wanted: (p) => p.length === 1, maxValue: 1e6, maxString: 1e5 }, handler))
 *
 * @since 0.2.0
 * @category constructors
 */
export class JsonDocument implements Incremental.Incremental<Canonical.SourceRecord> {
  private readonly decoder = new TextDecoder()
  private readonly utf8 = Utf8.watch()
  private readonly scanner: JsonScanner
  private broken = false
  private sawText = false

  constructor(readonly source: string, scanning: Scanning, private readonly handler: Handler) {
    this.scanner = new JsonScanner(scanning.wanted, scanning.maxValue, scanning.wantedDepth, scanning.maxString)
  }

  feed(bytes: Uint8Array, out: Array<Canonical.SourceRecord>): void {
    if (this.broken) return
    this.utf8.push(bytes)
    this.scan(this.decoder.decode(bytes, { stream: true }), out)
  }

  end(out: Array<Canonical.SourceRecord>): void {
    this.utf8.end()
    if (!this.broken) {
      this.scan(this.decoder.decode(), out)
      const found: Array<Found> = []
      if (!this.broken) this.scanner.end(found)
      this.handler.take(found, out)
    }
    const invalid = this.utf8.invalid()
    if (invalid !== undefined) {
      out.push(
        Canonical.diagnostic(this.source, "warning", "invalid-utf8", Utf8.invalidMessage(invalid), {
          line: invalid.line
        })
      )
    }
    if (!this.sawText) {
      out.push(Canonical.diagnostic(this.source, "error", "empty-file", "the file is empty"))
      return
    }
    if (this.broken) return
    if (this.scanner.cut) {
      out.push(
        Canonical.diagnostic(
          this.source,
          "error",
          "truncated-file",
          `the file ends inside the report; ${this.kept()} read before the end are kept`,
          { line: this.scanner.line, column: this.scanner.column }
        )
      )
      return
    }
    this.handler.complete(out)
  }

  private kept(): string {
    const n = this.handler.count()
    return `${n} ${n === 1 ? this.handler.units[0] : this.handler.units[1]}`
  }

  private scan(text: string, out: Array<Canonical.SourceRecord>): void {
    if (text === "") return
    if (!this.sawText) {
      text = text.replace(/^\ufeff/, "")
      if (text.trim() === "") return
      this.sawText = true
      const first = text.trimStart()[0]!
      if (first !== "{") {
        this.broken = true
        const message = first === "<"
          ? `not ${this.handler.what}: this is XML, not JSON`
          : first === "["
          ? `not ${this.handler.what}: its root is an array, not an object`
          : `not JSON: it starts with "${first}"`
        const code = first === "<" || first === "[" ? "unrecognized-format" : "not-json"
        out.push(Canonical.diagnostic(this.source, "error", code, message, { line: 1, column: 1 }))
        return
      }
    }
    const found: Array<Found> = []
    try {
      this.scanner.feed(text, found)
    } catch (e) {
      this.handler.take(found, out)
      if (!(e instanceof JsonError)) throw e
      this.broken = true
      out.push(
        Canonical.diagnostic(
          this.source,
          "error",
          "invalid-json",
          `malformed JSON: ${e.reason}; ${this.kept()} read before it are kept`,
          { line: e.line, column: e.column }
        )
      )
      return
    }
    this.handler.take(found, out)
  }
}

/**
 * A warning that the counts a report declares about itself (`summary`, `stats`) differ from what was read; nothing
 * when they agree or the report declares none of them.
 *
 * @example
 * import * as JsonDocument from "@tr/core/JsonDocument"
 * JsonDocument.countMismatch("r.json", "the summary declares", { tests: 3 }, { tests: 2 })
 * // a warning: "the summary declares tests=3 but 2 found"
 *
 * @since 0.2.0
 * @category constructors
 */
export const countMismatch = (
  source: string,
  declares: string,
  declared: { readonly [key: string]: unknown } | undefined,
  read: { readonly [key: string]: number }
): Canonical.Diagnostic | undefined => {
  if (declared === undefined) return undefined
  const differences = Object.entries(read).flatMap(([key, n]) =>
    typeof declared[key] === "number" && declared[key] !== n ? [`${key}=${declared[key]} but ${n} found`] : []
  )
  return differences.length === 0
    ? undefined
    : Canonical.diagnostic(source, "warning", "count-mismatch", `${declares} ${differences.join(", ")}`)
}
