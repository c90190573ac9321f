/**
 * What every reader of one JSON document shares: bytes decoded as they arrive (input that is not UTF-8 said once), a
 * byte-order mark passed over, `JsonScanner` fed and its finds handed to the reader, and the ways a document can be
 * damaged said with their line and column (empty, not JSON, malformed, cut short), the tests read before kept.
 *
 * @since 0.2.0
 */
import * as Canonical from "./Canonical.js"
import type { Incremental } from "./Incremental.js"
import { type Found, JsonError, JsonScanner, type Path } from "./JsonScanner.js"
import * as Utf8 from "./Utf8.js"

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
export class JsonDocument implements Incremental<Canonical.SourceRecord> {
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
