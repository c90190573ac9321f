/**
 * What every XML reader of `tr` shares: bytes in any encoding to sax events, the root check, damage reports with line
 * and column (syntax errors, a cut-off file, characters XML forbids, declared entities), text captured under a cap,
 * stable ids, and the stream stage. A format only describes its elements, in a `Handler`.
 *
 * Synchronous on purpose: sax events are handled in plain code, and completed records are handed back per byte
 * chunk, so the stream pays its per-element cost once per chunk, not once per XML event.
 *
 * @since 0.1.0
 */
import * as Announcer from "@tr/core/Announcer"
import { BoundedText, DEFAULT_CAP } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import * as Identity from "@tr/core/Identity"
import * as Incremental from "@tr/core/Incremental"
import * as Utf8 from "@tr/core/Utf8"
import * as XmlDecoder from "@tr/core/XmlDecoder"
import sax from "sax"
import * as Attributes from "./Attributes.js"

/**
 * A format's view of a document: called for every element, in order.
 *
 * @since 0.1.0
 * @category models
 */
export interface Handler {
  /** Root elements a document of this format may have. */
  readonly roots: ReadonlyArray<string>
  /** The format in a sentence: `a JUnit XML report`. */
  readonly describe: string
  readonly open: (name: string, attrs: Attributes.Attrs) => void
  readonly close: (name: string) => void
  /** What was left unfinished when the document was cut off, for the report (`test case "x" (line 4)`). */
  readonly unfinished: () => ReadonlyArray<string>
  /** Tests emitted so far. */
  readonly tests: () => number
  /** Called once at the end of the document, after the root element was found; `complete` is false when it was cut. */
  readonly finish: (complete: boolean) => void
  /** For a document read in pieces (`Document.resume`): the replayed open elements are read, the piece begins. */
  readonly resumed?: () => void
  /**
   * What reading the piece did to state that outlives it, for `Document.skip` of the document read whole; nothing
   * when it did what a piece must not (closed an element open around it).
   */
  readonly pieceEnd?: () => unknown
  /**
   * Whether this handler's state is the one the piece was read from, and the elements the piece opened and left open
   * are those whose start tags end at `opened`.
   */
  readonly fits?: (piece: unknown, opened: ReadonlyArray<Position>) => boolean
  /** Takes in what `pieceEnd` said, once the start tags of the elements the piece opened were read here. */
  readonly take?: (piece: unknown) => void
}

/**
 * How reading a piece of a document ended (`Document.pieceEnd`), for the reader of the whole document.
 *
 * @since 0.2.0
 * @category models
 */
export interface PieceEnd {
  /** Ended between elements, as it began, with no diagnostic but the repeatable ones (`REPEATABLE`). */
  readonly clean: boolean
  /** Repeatable problems seen, by code, in the order first seen. */
  readonly repeats: ReadonlyArray<readonly [code: string, seen: number]>
  readonly namesWithBom: number
  /** The first bytes that are not UTF-8 in the piece, if any. */
  readonly invalid: Utf8.Invalid | undefined
  readonly handler: unknown
}

/**
 * A place in a document, as sax counts it: line 1-based, column in UTF-16 code units since the line began.
 *
 * @since 0.2.0
 * @category models
 */
export interface Position {
  readonly line: number
  readonly column: number
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Names the input in every record and diagnostic: a path, or `-` for stdin. */
  readonly source: string
  /** The format written in the `source` record. */
  readonly format: string
  /** Cap of each text field (output, stack trace), in characters. Longer text keeps its start and end. */
  readonly maxTextLength?: number
  /** Syntax errors listed per file before the rest are summarised in one line. */
  readonly maxSyntaxErrors?: number
}

/**
 * Suite names a suite path holds at most. Real reports nest a handful of levels; without a bound, a hostile file of
 * nested suites takes memory that grows with the square of its depth (each suite holds the path to it).
 */
export const MAX_PATH_DEPTH = 64

/** Where sax reports that one of its buffers grew too long (64 KiB); its typings leave it out. */
const SAX_BUFFER_LENGTH = (sax as unknown as { readonly MAX_BUFFER_LENGTH: number }).MAX_BUFFER_LENGTH

/**
 * Longest name (element, attribute, processing-instruction target) read, in characters. Real names are short; a
 * longer one is damage, and reading the file stops there (sax would otherwise build it a character at a time, at
 * tens of bytes per character).
 */
export const MAX_NAME_LENGTH = SAX_BUFFER_LENGTH

/** Attributes read per element; the rest are left out with an error (a real element has a few dozen at most). */
export const MAX_ATTRIBUTES = 1000

/**
 * Most characters handed to sax at once. sax checks its buffers against `MAX_BUFFER_LENGTH` once per write, so
 * bounded writes are what bound the buffers of a token that never ends.
 */
const WRITE_SIZE = SAX_BUFFER_LENGTH

/** Where sax is after reading `text` from `at`. */
const after = (at: Position, text: string): Position => {
  const newline = text.lastIndexOf("\n")
  return newline === -1
    ? { line: at.line, column: at.column + text.length }
    : { line: at.line + text.split("\n").length - 1, column: text.length - newline - 1 }
}

/** The state sax is in between elements. */
const SAX_TEXT = (sax as unknown as { readonly STATE: { readonly TEXT: number } }).STATE.TEXT

/** sax's buffers that are not text, and what they hold, for the damage report. */
const TOKENS: Record<string, string> = {
  attribValue: "an attribute value",
  comment: "a comment",
  procInstBody: "a processing instruction",
  doctype: "a DOCTYPE",
  sgmlDecl: "a declaration",
  entity: "an entity reference",
  tagName: "an element name",
  attribName: "an attribute name",
  procInstName: "a processing instruction's target"
}
const NAMES = new Set(["tagName", "attribName", "procInstName"])

/** Problems that can repeat on every test: listed up to `MAX_REPEATS` times per file, then counted. */
const REPEATABLE = new Set(["invalid-duration", "implausible-duration", "count-mismatch"])
const MAX_REPEATS = 10

// C0 controls other than tab, newline and carriage return; U+FFFE, U+FFFF. (Unpaired surrogates cannot occur: the
// decoder replaces them. Leaving them out spares the slow unicode mode of the regular expression.)
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/

/**
 * One document being read. Handlers use its services: `emit`, `diagnostic`, `text`/`capture`/`keep`, `nestedPath`,
 * `identity`, `seconds`, `withoutBom`, `announce`.
 *
 * @since 0.1.0
 * @category models
 */
export class Document {
  readonly source: string
  private readonly handler: Handler
  private readonly decoder = XmlDecoder.make()
  private readonly sax: sax.SAXParser
  private readonly maxText: number
  private readonly maxSyntaxErrors: number
  /** Ids of this source's tests: the source path is hashed once. */
  readonly identity: (parts: ReadonlyArray<string | number>) => string
  private out: Array<Canonical.SourceRecord> = []
  /** Where text goes now. */
  private active: BoundedText | undefined
  /** Captures started by elements still open: the element's depth, and the capture it interrupted. */
  private readonly captures: Array<{ readonly depth: number; readonly interrupted: BoundedText | undefined }> = []
  private state: "before-root" | "in-root" | "after-root" | "abandoned" = "before-root"
  private depth = 0
  private readonly announcer: Announcer.Announcer
  private namesWithBom = 0
  private readonly repeats = new Map<string, number>()
  private reportedForbidden = false
  private reportedSecondRoot = false
  private reportedEncoding = false
  private reportedDeepNesting = false
  private reportedEntities = false
  /** The handler was told the document ended (damage stopped reading before the input did). */
  private finished = false
  private sawBytes = false
  private syntaxErrors = 0
  private lastSyntaxError = ""
  private closing = false
  private endPosition = { line: 1, column: 0 }
  /** The token sax's buffer overflowed in, moved out of sax as it grows: its length, where, and (values) its text. */
  private long:
    | {
      readonly buffer: string
      readonly at: { line: number; column: number }
      readonly attribute: string
      length: number
      value?: BoundedText
    }
    | undefined
  private attributes = 0
  /** Diagnostics other than the repeatable ones: a piece with any is read again by the document's own reader. */
  private others = 0

  constructor(options: Options, makeHandler: (document: Document) => Handler) {
    this.source = options.source
    this.maxText = options.maxTextLength ?? DEFAULT_CAP
    this.maxSyntaxErrors = options.maxSyntaxErrors ?? 10
    this.identity = Identity.prefixed([options.source])
    this.announcer = Announcer.make(options.source, options.format)
    // Position tracking is a tenth of sax's time, and stays on: every diagnostic needs its line, and sax flushes long
    // text and CDATA in pieces only while it counts positions (without, one element's text becomes one string).
    const parser = sax.parser(true, { trim: false, normalize: false, position: true })
    parser.onopentag = (node) => this.open(node.name, node.attributes as Attributes.Attrs)
    parser.onclosetag = (name) => this.close(name)
    parser.ontext = (text) => this.active?.append(text)
    parser.oncdata = (text) => this.active?.append(text)
    parser.onerror = (error) => this.syntaxError(error)
    parser.onopentagstart = () => {
      this.attributes = 0
      this.long = undefined
    }
    parser.onattribute = ({ name, value }) => this.attribute(name, value)
    parser.oncomment = (text) => this.tokenEnded("comment", text)
    parser.onprocessinginstruction = ({ body }) => this.tokenEnded("procInstBody", body)
    parser.onsgmldeclaration = (text) => this.tokenEnded("sgmlDecl", text)
    parser.ondoctype = (doctype) => {
      if (/<!ENTITY/i.test(doctype)) this.entitiesDeclared()
      this.tokenEnded("doctype", doctype)
    }
    this.sax = parser
    this.handler = makeHandler(this)
  }

  // ---- input ------------------------------------------------------------------------------------------------------

  /**
   * @since 0.1.0
   */
  feed(bytes: Uint8Array, out: Array<Canonical.SourceRecord>): void {
    if (bytes.length > 0) this.sawBytes = true
    this.out = out
    if (this.state === "abandoned") return
    const text = this.decoder.decode(bytes)
    this.checkEncoding()
    if (text === "") return
    if (this.reportedForbidden) return this.write(text)
    // Said where the character is, so that what comes before and after it does not depend on how the input was cut.
    const at = FORBIDDEN.exec(text)?.index
    if (at === undefined) return this.write(text)
    this.write(text.slice(0, at))
    this.forbidden(text.codePointAt(at)!)
    this.write(text.slice(at))
  }

  private write(text: string): void {
    for (let i = 0; i < text.length && this.state !== "abandoned"; i += WRITE_SIZE) {
      this.sax.write(text.length <= WRITE_SIZE ? text : text.slice(i, i + WRITE_SIZE))
    }
  }

  /**
   * @since 0.1.0
   */
  end(out: Array<Canonical.SourceRecord>): void {
    this.out = out
    if (this.state !== "abandoned") {
      const text = this.decoder.end()
      this.checkEncoding()
      if (text !== "") this.write(text)
      // sax resets its position when it closes; keep where the input ended for the cut-off report.
      this.endPosition = this.position()
      this.closing = true
      this.sax.close()
    }
    this.checkInvalid()
    if (!this.sawBytes) return this.diagnostic("error", "empty-file", "the file is empty")
    if (this.state === "before-root") {
      return this.diagnostic(
        "error",
        "empty-file",
        "the file holds no XML element (only whitespace, comments or a declaration)"
      )
    }
    if (this.root !== undefined && !this.finished) this.handler.finish(this.state !== "in-root")
    if (this.state === "in-root") this.cutOff()
    for (const [code, seen] of this.repeats) {
      if (seen > MAX_REPEATS) {
        const more = `${seen - MAX_REPEATS} more ${code} problems like the ones above are not listed`
        this.diagnostic("warning", code, more, undefined, false)
      }
    }
    if (this.namesWithBom > 0) {
      this.diagnostic(
        "warning",
        "bom-in-name",
        `${this.namesWithBom} names held a byte-order mark (U+FEFF), which was removed from them`
      )
    }
  }

  // ---- services for handlers --------------------------------------------------------------------------------------

  /** The root element, once read. */
  root: { readonly name: string; readonly attrs: Attributes.Attrs } | undefined

  /**
   * @since 0.1.0
   */
  emit(record: Canonical.SourceRecord): void {
    this.out.push(record)
  }

  /**
   * Writes the `source` record (once): what the document turned out to be.
   *
   * @since 0.1.0
   */
  announce(dialect?: string): void {
    this.announcer.announce(this.out, dialect)
  }

  /**
   * @since 0.1.0
   */
  get isAnnounced(): boolean {
    return this.announcer.announced
  }

  /**
   * A new text buffer under the cap; `capture` makes it receive the document's text.
   *
   * @since 0.1.0
   */
  text(): BoundedText {
    return new BoundedText(this.maxText)
  }

  /**
   * Sends the text of the element just opened to `text`, children's text included, until the element closes; then
   * text goes back to where it went before (an enclosing element's capture, or nowhere).
   *
   * @since 0.1.0
   */
  capture(text: BoundedText): void {
    this.captures.push({ depth: this.depth, interrupted: this.active })
    this.active = text
  }

  /**
   * The text to keep, or nothing for whitespace only; a cut is recorded in `truncated` under `field`.
   *
   * @since 0.1.0
   */
  keep(text: BoundedText | undefined, truncated?: Array<Canonical.Truncation>, field = ""): string | undefined {
    if (text === undefined) return undefined
    if (truncated !== undefined && text.truncated) truncated.push({ field, length: text.length })
    const value = text.value()
    return value.trim() === "" ? undefined : value
  }

  /**
   * A name without the byte-order marks some tools leave in it (counted, and said at the end).
   *
   * @since 0.1.0
   */
  withoutBom(value: string): string {
    if (!value.includes("\ufeff")) return value
    this.namesWithBom++
    return value.replaceAll("\ufeff", "")
  }

  /**
   * The path of a suite named `name` inside a suite whose path is `parent`, up to `MAX_PATH_DEPTH` names: a suite
   * deeper than that shares its parent's path (said once per file).
   *
   * @since 0.1.0
   */
  nestedPath(parent: ReadonlyArray<string>, name: string): ReadonlyArray<string> {
    if (parent.length < MAX_PATH_DEPTH) return [...parent, name]
    if (!this.reportedDeepNesting) {
      this.reportedDeepNesting = true
      this.diagnostic(
        "warning",
        "deep-nesting",
        `suites nest more than ${MAX_PATH_DEPTH} levels deep; the names of deeper suites are left out of suite paths`,
        this.position()
      )
    }
    return parent
  }

  /**
   * A warning when what `what` declares about its tests (`[name, declared, found]`) differs from what was read.
   *
   * @since 0.2.0
   */
  checkCounts(
    what: string,
    checks: ReadonlyArray<readonly [name: string, declared: number | undefined, found: number]>,
    at: { readonly line: number; readonly column: number }
  ): void {
    const differences = checks.flatMap(([name, said, found]) =>
      said === undefined || said === found ? [] : [`${name}=${said} but ${found} found`]
    )
    if (differences.length > 0) {
      this.diagnostic("warning", "count-mismatch", `${what} declares ${differences.join(", ")}`, at)
    }
  }

  /**
   * A duration in seconds, with a warning for one that is no duration (left out), implausible (read as nanoseconds),
   * or out of range even as nanoseconds (left out): every XML reader reads its durations here.
   *
   * @since 0.1.0
   */
  seconds(value: string | undefined, what: string, line: number, parse = Attributes.seconds): number | undefined {
    if (value === undefined) return undefined
    const seconds = parse(value)
    const at = { line, column: 0 }
    if (seconds === undefined) {
      this.diagnostic(
        "warning",
        "invalid-duration",
        `${what}: time="${value}" is not a duration in seconds; left out`,
        at
      )
      return undefined
    }
    if (seconds <= Attributes.IMPLAUSIBLE_SECONDS) return seconds
    const corrected = seconds / 1e9
    if (corrected > Attributes.IMPLAUSIBLE_SECONDS) {
      this.diagnostic(
        "warning",
        "invalid-duration",
        `${what}: time="${value}" is out of range, even read as nanoseconds; left out`,
        at
      )
      return undefined
    }
    this.diagnostic(
      "warning",
      "implausible-duration",
      `${what}: time="${value}" is implausible as seconds (${Math.round(seconds / 86400)} days); ` +
        `read as nanoseconds, ${corrected} s`,
      at
    )
    return corrected
  }

  /**
   * The current line, 1-based.
   *
   * @since 0.1.0
   */
  line(): number {
    return this.sax.line + 1
  }

  /**
   * @since 0.1.0
   */
  position(): { line: number; column: number } {
    return { line: this.sax.line + 1, column: this.sax.column }
  }

  /**
   * @since 0.1.0
   */
  diagnostic(
    severity: Canonical.Diagnostic["severity"],
    code: string,
    message: string,
    at?: { line: number; column: number },
    counted = true
  ): void {
    if (!REPEATABLE.has(code)) this.others++
    if (counted && REPEATABLE.has(code)) {
      const seen = (this.repeats.get(code) ?? 0) + 1
      this.repeats.set(code, seen)
      if (seen > MAX_REPEATS) return
    }
    const record: { -readonly [K in keyof Canonical.Diagnostic]: Canonical.Diagnostic[K] } = {
      type: "diagnostic",
      severity,
      code,
      message,
      source: this.source
    }
    if (at !== undefined) {
      record.line = at.line
      if (at.column > 0) record.column = at.column
    }
    this.out.push(record)
  }

  // ---- pieces -----------------------------------------------------------------------------------------------------
  // A large document can be read in pieces by several threads: each piece from its start to the next boundary (see
  // `Boundaries`), with the start tags of the elements open around it replayed first; the thread that reads the
  // document whole passes over a piece (`skip`) when the piece's reading assumed exactly the state it has there, and
  // reads the piece itself otherwise.

  /**
   * Makes this document read a piece: `open` (the start tags of the elements open around it, each with its place)
   * are read and their records dropped, then reading goes on at `at`. Nothing of the document before is known: a
   * piece whose output could depend on it says so in `pieceEnd`.
   *
   * @since 0.2.0
   */
  resume(
    open: ReadonlyArray<Position & { readonly text: Uint8Array }>,
    at: Position & { readonly offset: number }
  ): void {
    this.announcer.markAnnounced()
    for (const tag of open) {
      this.moveTo(tag)
      this.feed(tag.text, [])
    }
    this.moveTo(at)
    this.decoder.resumeAt(at)
    this.repeats.clear()
    this.namesWithBom = 0
    this.others = 0
    this.handler.resumed?.()
  }

  /**
   * How reading the piece ended.
   *
   * @since 0.2.0
   */
  pieceEnd(): PieceEnd {
    const handler = this.handler.pieceEnd?.()
    return {
      clean: handler !== undefined && this.others === 0 && this.between(),
      repeats: [...this.repeats],
      namesWithBom: this.namesWithBom,
      invalid: this.decoder.invalid(),
      handler
    }
  }

  /**
   * Passes over a piece another document read, up to `end` (its byte offset and place), the start tags of the
   * elements it opened and left open being `opened`, when its
   * reading assumed the state this document has here and its repeatable problems fit under the caps as they were
   * listed; false, and nothing changed, otherwise.
   *
   * @since 0.2.0
   */
  skip(
    end: Position & { readonly offset: number },
    read: PieceEnd,
    opened: ReadonlyArray<Position & { readonly text: Uint8Array }>
  ): boolean {
    if (!read.clean || !this.between() || this.handler.fits === undefined || this.handler.take === undefined) {
      return false
    }
    for (const [code, seen] of read.repeats) {
      const before = this.repeats.get(code) ?? 0
      if (before > 0 && before + seen > MAX_REPEATS) return false
    }
    const texts = opened.map((tag) => new TextDecoder().decode(tag.text))
    if (!this.handler.fits(read.handler, opened.map((tag, i) => after(tag, texts[i]!)))) return false
    // The elements the piece opened are opened here from their start tags, what the piece read in them added after.
    const namesWithBom = this.namesWithBom
    this.out = []
    opened.forEach((tag, i) => {
      this.moveTo(tag)
      this.write(texts[i]!)
    })
    this.handler.take(read.handler)
    for (const [code, seen] of read.repeats) this.repeats.set(code, (this.repeats.get(code) ?? 0) + seen)
    this.namesWithBom = namesWithBom + read.namesWithBom
    this.decoder.resumeAt(end, read.invalid)
    ;(this.sax as unknown as { textNode: string }).textNode = ""
    this.moveTo(end)
    return true
  }

  /** Between elements inside the root, no text captured, no token under way: where a piece begins and ends. */
  private between(): boolean {
    return this.state === "in-root" && this.active === undefined && this.captures.length === 0 &&
      this.long === undefined && (this.sax as unknown as { state: number }).state === SAX_TEXT
  }

  private moveTo(at: Position): void {
    this.sax.line = at.line - 1
    this.sax.column = at.column
  }

  // ---- elements ---------------------------------------------------------------------------------------------------

  private open(name: string, attrs: Attributes.Attrs): void {
    if (this.state === "before-root") {
      if (!this.handler.roots.includes(name)) {
        this.diagnostic(
          "error",
          "unrecognized-format",
          `not ${this.handler.describe}: the root element is <${name}>, expected ${
            this.handler.roots.map((r) => `<${r}>`).join(" or ")
          }`,
          this.position()
        )
        return this.abandon()
      }
      this.state = "in-root"
      this.root = { name, attrs }
    } else if (this.state === "after-root" && !this.secondRoot(name)) {
      return
    }
    this.depth++
    this.handler.open(name, attrs)
  }

  private close(name: string): void {
    if (this.depth === 0) return
    while (this.captures.length > 0 && this.captures[this.captures.length - 1]!.depth === this.depth) {
      this.active = this.captures.pop()!.interrupted
    }
    this.depth--
    if (this.depth === 0) this.state = "after-root"
    this.handler.close(name)
  }

  // ---- damage -----------------------------------------------------------------------------------------------------

  private syntaxError(error: Error): void {
    const position = this.position()
    const reason = error.message.split("\n")[0]!
    this.clearError()
    const overflow = /^Max buffer length exceeded: (\w+)$/.exec(reason)
    if (overflow !== null) return this.overflow(overflow[1]!)
    if (this.state === "before-root") {
      this.diagnostic("error", "not-xml", `not XML: ${reason}`, position)
      return this.abandon()
    }
    if (this.state === "after-root") {
      this.diagnostic(
        "warning",
        "trailing-content",
        `content after the end of the report is ignored: ${reason}`,
        position
      )
      return this.abandon()
    }
    // What breaks while closing a file that ends inside the report is the cut itself, reported by cutOff.
    if (this.closing) return
    // sax reports one mistake several times over at the same place; one diagnostic says it.
    const at = `${position.line}:${position.column}`
    const repeated = at === this.lastSyntaxError
    this.lastSyntaxError = at
    if (!repeated) {
      this.syntaxErrors++
      if (this.syntaxErrors <= this.maxSyntaxErrors) {
        this.diagnostic("error", "xml-syntax", `malformed XML: ${reason}; reading goes on after it`, position)
      } else if (this.syntaxErrors === this.maxSyntaxErrors + 1) {
        this.diagnostic("error", "xml-syntax", "more malformed XML follows; further errors are not listed", position)
      }
    }
    this.sax.resume()
  }

  /**
   * sax's buffer for a token passed `MAX_BUFFER_LENGTH`: it must not grow on. A name is damage and ends reading; an
   * attribute value moves into a capped text that keeps its start and end; anything else tr ignores (a comment, a
   * processing instruction, a DOCTYPE) is counted and dropped.
   */
  private overflow(buffer: string): void {
    const parser = this.sax as unknown as Record<string, string>
    const piece = parser[buffer] ?? ""
    parser[buffer] = ""
    if (NAMES.has(buffer)) return this.damaged(`${TOKENS[buffer]} longer than ${MAX_NAME_LENGTH} characters`)
    if (buffer === "doctype" && /<!ENTITY/i.test(piece)) this.entitiesDeclared()
    const attribute = buffer === "attribValue" ? parser["attribName"]! : ""
    if (this.long?.buffer !== buffer || this.long.attribute !== attribute) {
      this.long = { buffer, at: this.position(), attribute, length: 0 }
      if (buffer === "attribValue") this.long.value = new BoundedText(this.maxText)
    }
    this.long.length += piece.length
    // sax builds a value a character at a time: flattening the piece (any read of it does) frees that rope.
    piece.charCodeAt(0)
    this.long.value?.append(piece)
  }

  /** An attribute read: its value put together if it overflowed, and beyond `MAX_ATTRIBUTES`, left out. */
  private attribute(name: string, value: string): void {
    const attrs = (this.sax as unknown as { tag: { name: string; attributes: Record<string, string> } }).tag
    const long = this.long
    this.long = undefined
    if (++this.attributes > MAX_ATTRIBUTES) {
      delete attrs.attributes[name]
      if (this.attributes === MAX_ATTRIBUTES + 1) {
        this.diagnostic(
          "error",
          "too-many-attributes",
          `<${attrs.name}> has more than ${MAX_ATTRIBUTES} attributes; the first ${MAX_ATTRIBUTES} are read, the rest ` +
            `left out`,
          this.position()
        )
      }
      return
    }
    if (long?.value === undefined || long.attribute !== name) return
    long.value.append(value)
    attrs.attributes[name] = long.value.value()
    this.tooLong(long, long.value.length, `the value of ${name}="…" of <${attrs.name}>`, "its start and end are kept")
  }

  /** A comment, processing instruction, declaration or DOCTYPE ended; if it overflowed, say so when past the cap. */
  private tokenEnded(buffer: string, rest: string): void {
    const long = this.long
    if (long?.buffer !== buffer) return
    this.long = undefined
    this.tooLong(long, long.length + rest.length, TOKENS[buffer]!, "tr ignores it, and read on")
  }

  private tooLong(long: { readonly at: { line: number; column: number } }, length: number, what: string, kept: string) {
    if (length <= this.maxText) return
    this.diagnostic(
      "error",
      "token-too-long",
      `${what} is ${length} characters long, more than the cap of ${this.maxText}; ${kept}`,
      long.at
    )
  }

  /** Damage that ends reading: the tests read before are kept, what was unfinished is named. */
  private damaged(what: string): void {
    const read = this.handler.tests()
    const lost = this.state === "in-root" ? this.handler.unfinished() : []
    this.diagnostic(
      "error",
      "token-too-long",
      `${what}: not a report any more; reading stops here, ${read} ${read === 1 ? "test" : "tests"} read before are ` +
        `kept` + (lost.length > 0 ? `, the unfinished ${lost.join(", ")} is not` : ""),
      this.position()
    )
    if (this.state === "in-root") this.handler.finish(false)
    this.finished = true
    this.abandon()
  }

  private entitiesDeclared(): void {
    if (this.reportedEntities) return
    this.reportedEntities = true
    this.diagnostic(
      "warning",
      "entities-ignored",
      "the document declares entities in its DOCTYPE; tr never expands or fetches them, so references to them stay as written",
      this.position()
    )
  }

  /**
   * Another root after the first: reports joined by concatenation. XML allows one root, but the tests of a second one
   * of this format are read too, with a warning; anything else after the report is ignored.
   */
  private secondRoot(name: string): boolean {
    if (!this.handler.roots.includes(name)) {
      this.diagnostic(
        "warning",
        "trailing-content",
        `content after the end of the report is ignored: <${name}>`,
        this.position()
      )
      this.abandon()
      return false
    }
    if (!this.reportedSecondRoot) {
      this.reportedSecondRoot = true
      this.diagnostic(
        "warning",
        "multiple-roots",
        `another <${name}> follows the end of the report (reports joined into one file?); XML allows one root, ` +
          `its tests are read too`,
        this.position()
      )
    }
    this.state = "in-root"
    return true
  }

  /** The file ended inside the report: say what was open, and that the tests read before the cut are kept. */
  private cutOff(): void {
    const read = this.handler.tests()
    const lost = this.handler.unfinished()
    this.diagnostic(
      "error",
      "truncated-file",
      `the file ends inside the report (cut off or unclosed elements); ${read} ${read === 1 ? "test" : "tests"} ` +
        `read before the end are kept` + (lost.length > 0 ? `, the unfinished ${lost.join(", ")} is not` : ""),
      this.endPosition
    )
    this.state = "abandoned"
  }

  private abandon(): void {
    this.state = "abandoned"
    this.active = undefined
    this.captures.length = 0
    // Stop sax from reading the rest of this write.
    this.sax.onopentag =
      this.sax.onclosetag =
      this.sax.ontext =
      this.sax.oncdata =
        () => {}
    this.sax.onerror = () => this.clearError()
  }

  /** sax refuses further input until its error is cleared; its typings do not admit that. */
  private clearError(): void {
    ;(this.sax as { error: Error | null }).error = null
  }

  private checkEncoding(): void {
    const problem = this.decoder.problem()
    if (problem !== undefined && !this.reportedEncoding) {
      this.reportedEncoding = true
      this.diagnostic("warning", "encoding", problem, { line: 1, column: 1 })
    }
  }

  /**
   * Bytes that are not UTF-8 are said at the end, with the place of the first: the decoder finds them a chunk at a
   * time, and a warning in the middle would stand where the input happened to be cut.
   */
  private checkInvalid(): void {
    const invalid = this.decoder.invalid()
    if (invalid !== undefined) {
      this.diagnostic("warning", "invalid-utf8", Utf8.invalidMessage(invalid), { line: invalid.line, column: 0 })
    }
  }

  /** Characters XML 1.0 forbids are kept as written (JSON carries them), but said once per file. */
  private forbidden(codePoint: number): void {
    this.reportedForbidden = true
    const code = codePoint.toString(16).toUpperCase().padStart(4, "0")
    this.diagnostic(
      "warning",
      "forbidden-characters",
      `the file holds characters XML forbids (first: U+${code}, near line ${this.line()}); they are kept as written`
    )
  }
}

/**
 * A reader as a stream stage: a fresh `Document` per input, fed chunk by chunk.
 *
 * @example
 * import * as XmlReader from "@tr/xml/XmlReader"
 * export const stream = (options: XmlReader.Options) => XmlReader.stream(options, (doc) => new MyHandler(doc))
 *
 * @since 0.1.0
 * @category readers
 */
export const stream = (options: Options, makeHandler: (document: Document) => Handler) =>
  Incremental.stream(() => new Document(options, makeHandler))
