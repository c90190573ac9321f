/**
 * A fast scan of an XML document's bytes for the places where reading can resume in another thread: before a start
 * tag of a splitting element (JUnit's `<testsuite>`) that is a child or grandchild of the root, with only splitting
 * elements open around it. It knows comments, CDATA sections, processing instructions, DOCTYPEs (with an internal
 * subset) and quoted attribute values, so markup inside them is no boundary. For each boundary it says the byte
 * offset, the line and column a parser has there, the start tags of the elements open around it, and how many
 * counted elements (`<testcase>`) began before it.
 *
 * Bytes, not text: the scan works on UTF-8 (and ASCII) documents, never decodes, and holds nothing but the names and
 * places of the open elements of the first levels. It trusts the document; a reader that resumes at a boundary checks
 * that the boundary is what the scan said (a damaged file can fool a scan, never the output).
 *
 * @since 0.2.0
 */

/**
 * A start tag of an element open around a boundary: where its `<` is and how many bytes it takes, up to its `>`.
 *
 * @since 0.2.0
 * @category models
 */
export interface Tag {
  readonly name: string
  readonly offset: number
  readonly length: number
  /** 1-based, as a parser reports it. */
  readonly line: number
  /** UTF-16 code units since the line began, as sax counts them. */
  readonly column: number
}

/**
 * @since 0.2.0
 * @category models
 */
export interface Boundary {
  readonly offset: number
  readonly line: number
  readonly column: number
  /** The elements open there, outermost (the root) first. */
  readonly open: ReadonlyArray<Tag>
  /** Start tags of the counted element seen before it. */
  readonly counted: number
}

/**
 * @since 0.2.0
 * @category models
 */
export interface Options {
  /** The element a boundary comes before. */
  readonly at: string
  /** The elements that may be open around a boundary (the root among them). */
  readonly within: ReadonlyArray<string>
  /** The element whose start tags are counted. */
  readonly counted: string
  /** Deepest level of the boundaries: 1 for children of the root, 2 for grandchildren in a child of `every` bytes. */
  readonly depth: number
  /** Fewest bytes between two boundaries reported. */
  readonly every: number
}

const LT = 0x3c
const GT = 0x3e
const NEWLINE = 0x0a

/** Longest element name kept; a longer one is no element the scan looks for. */
const MAX_NAME = 64

const enum State {
  Text,
  /** After `<`. */
  Open,
  /** A start tag's name. */
  Name,
  /** A start tag after its name. */
  Tag,
  /** A quoted attribute value. */
  Quoted,
  EndTag,
  /** After `<!`, until it says what it is. */
  Bang,
  Comment,
  Cdata,
  Instruction,
  /** `<!DOCTYPE …>` and other declarations. */
  Declaration
}

/** UTF-16 code units of the UTF-8 bytes `from` to `to`: one per character, two for one beyond the BMP. */
const units = (bytes: Uint8Array, from: number, to: number): number => {
  let n = 0
  for (let i = from; i < to; i++) {
    const b = bytes[i]!
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1
  }
  return n
}

/**
 * @example
 * import * as Boundaries from "@tr/xml/Boundaries"
 * const scan = new Boundaries.Scanner({ at: "testsuite", within: ["testsuites", "testsuite"], counted: "testcase", depth: 2, every: 1 << 22 })
 * for (const chunk of chunks) for (const boundary of scan.feed(chunk)) use(boundary)
 *
 * @since 0.2.0
 * @category models
 */
export class Scanner {
  private state = State.Text
  /** Bytes before the current chunk. */
  private base = 0
  private line = 1
  /** Column at the start of the current chunk, when no newline came in it yet. */
  private carried = 0
  /** Where in the current chunk lines were counted to, and the last newline there (-1: none yet). */
  private countedTo = 0
  private lastNewline = -1
  private columnLine = -1
  private columnTo = 0
  private columnValue = 0
  private readonly open: Array<Tag> = []
  /** Elements open below the levels kept in `open`. */
  private deeper = 0
  private rootClosed = false
  private name = ""
  private tag: { offset: number; line: number; column: number } | undefined
  private quote = 0
  private slash = false
  /** `-` or `]` or `?` just before, for the ends of comments, CDATA and instructions. */
  private run = 0
  private bang = ""
  private brackets = 0
  private counted = 0
  private last = -Infinity
  /** Name of the root element, once read. */
  root: string | undefined

  constructor(private readonly options: Options) {}

  /** Boundaries in `bytes`, the next piece of the document. */
  feed(bytes: Uint8Array): Array<Boundary> {
    const found: Array<Boundary> = []
    const n = bytes.length
    this.countedTo = 0
    this.lastNewline = -1
    this.columnLine = -1
    this.columnTo = 0
    this.columnValue = this.carried
    let i = 0
    while (i < n) {
      switch (this.state) {
        case State.Text: {
          const lt = bytes.indexOf(LT, i)
          if (lt === -1) {
            i = n
            break
          }
          this.state = State.Open
          this.tag = this.deeper === 0 && this.open.length <= this.options.depth ? this.at(bytes, lt) : undefined
          i = lt + 1
          break
        }
        case State.Open: {
          const b = bytes[i++]!
          if (b === 0x2f) this.state = State.EndTag
          else if (b === 0x21) {
            this.state = State.Bang
            this.bang = ""
          } else if (b === 0x3f) {
            this.state = State.Instruction
            this.run = 0
          } else {
            this.state = State.Name
            this.name = String.fromCharCode(b)
          }
          break
        }
        case State.Name: {
          const b = bytes[i]!
          if (b === 0x20 || b === 0x09 || b === NEWLINE || b === 0x0d || b === 0x2f || b === GT) {
            this.state = State.Tag
            this.slash = false
          } else {
            if (this.name.length <= MAX_NAME) this.name += String.fromCharCode(b)
            i++
          }
          break
        }
        case State.Tag: {
          const b = bytes[i++]!
          if (b === 0x22 || b === 0x27) {
            this.quote = b
            this.state = State.Quoted
          } else if (b === GT) {
            this.startTag(i, found)
            this.state = State.Text
          } else if (b === 0x2f) this.slash = true
          else if (b !== 0x20 && b !== 0x09 && b !== NEWLINE && b !== 0x0d) this.slash = false
          break
        }
        case State.Quoted: {
          const end = bytes.indexOf(this.quote, i)
          if (end === -1) i = n
          else {
            i = end + 1
            this.state = State.Tag
            this.slash = false
          }
          break
        }
        case State.EndTag: {
          const gt = bytes.indexOf(GT, i)
          if (gt === -1) i = n
          else {
            i = gt + 1
            this.state = State.Text
            this.endTag()
          }
          break
        }
        case State.Bang: {
          this.bang += String.fromCharCode(bytes[i++]!)
          if (this.bang === "--") {
            this.state = State.Comment
            this.run = 0
          } else if (this.bang === "[CDATA[") {
            this.state = State.Cdata
            this.run = 0
          } else if (!"--".startsWith(this.bang) && !"[CDATA[".startsWith(this.bang)) {
            this.state = State.Declaration
            this.quote = 0
            this.brackets = 0
            i--
          }
          break
        }
        case State.Comment:
        case State.Cdata:
        case State.Instruction: {
          const b = bytes[i++]!
          const mark = this.state === State.Comment ? 0x2d : this.state === State.Cdata ? 0x5d : 0x3f
          const needed = this.state === State.Instruction ? 1 : 2
          if (b === GT && this.run >= needed) this.state = State.Text
          else if (b === mark) this.run++
          else {
            this.run = 0
            // The body: on to the next mark.
            const next = bytes.indexOf(mark, i)
            i = next === -1 ? n : next
          }
          break
        }
        case State.Declaration: {
          const b = bytes[i++]!
          if (this.quote !== 0) {
            if (b === this.quote) this.quote = 0
          } else if (b === 0x22 || b === 0x27) this.quote = b
          else if (b === 0x5b) this.brackets++
          else if (b === 0x5d) this.brackets--
          else if (b === GT && this.brackets <= 0) this.state = State.Text
          break
        }
      }
    }
    this.carried = this.column(bytes, n)
    this.base += n
    return found
  }

  private lines(bytes: Uint8Array, to: number): void {
    for (let i = bytes.indexOf(NEWLINE, this.countedTo); i !== -1 && i < to; i = bytes.indexOf(NEWLINE, i + 1)) {
      this.line++
      this.lastNewline = i
    }
    this.countedTo = to
  }

  /** The column at `i` of the current chunk, counted on from where it was last asked (a long line is counted once). */
  private column(bytes: Uint8Array, i: number): number {
    this.lines(bytes, i)
    if (this.columnLine !== this.lastNewline) {
      this.columnLine = this.lastNewline
      this.columnTo = this.lastNewline + 1
      this.columnValue = 0
    }
    this.columnValue += units(bytes, this.columnTo, i)
    this.columnTo = i
    return this.columnValue
  }

  private at(bytes: Uint8Array, i: number): { offset: number; line: number; column: number } {
    const column = this.column(bytes, i)
    return { offset: this.base + i, line: this.line, column }
  }

  private startTag(end: number, found: Array<Boundary>): void {
    const name = this.name
    if (name === this.options.counted) this.counted++
    if (this.root === undefined) this.root = name
    const tag = this.tag
    const closed = this.slash
    if (tag !== undefined && !this.rootClosed) {
      const inside = this.open.length >= 1 && this.open.every((t) => this.options.within.includes(t.name))
      // Deeper only inside an element that is large itself: a piece that closes an element open at its start is read
      // by one thread, so boundaries are kept as shallow as the size of pieces allows.
      const large = this.open.length <= 1 || tag.offset - this.open[this.open.length - 1]!.offset >= this.options.every
      if (inside && large && name === this.options.at && tag.offset - this.last >= this.options.every) {
        this.last = tag.offset
        found.push({ ...tag, open: [...this.open], counted: this.counted - (name === this.options.counted ? 1 : 0) })
      }
    }
    if (closed) return
    if (tag !== undefined && this.open.length < this.options.depth) {
      this.open.push({ name, ...tag, length: this.base + end - tag.offset })
    } else this.deeper++
  }

  private endTag(): void {
    if (this.deeper > 0) this.deeper--
    else if (this.open.pop() !== undefined && this.open.length === 0) this.rootClosed = true
  }
}
