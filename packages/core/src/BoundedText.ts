/**
 * Text accumulated while streaming, never longer than a cap. When the cap is reached it keeps the beginning and the
 * end (where a log or a stack trace usually says what went wrong) and counts what it left out.
 *
 * @since 0.1.0
 */

/**
 * Default cap for one text field, in UTF-16 code units.
 *
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_CAP = 1024 * 1024

/**
 * @example
 * import { BoundedText } from "@tr/core/BoundedText"
 * const out = new BoundedText(10)
 * out.append("0123456789abcdef")
 * out.truncated // true
 * out.value()   // "01234\n[… tr: 6 characters left out …]\nbcdef"
 *
 * @since 0.1.0
 * @category models
 */
export class BoundedText {
  private head = ""
  private tail = ""
  private readonly headCap: number
  private readonly tailCap: number
  /** Length of everything appended, kept or not. */
  length = 0

  constructor(readonly cap: number = DEFAULT_CAP) {
    this.headCap = Math.ceil(cap / 2)
    this.tailCap = cap - this.headCap
  }

  /**
   * @since 0.1.0
   */
  append(text: string): void {
    this.length += text.length
    if (this.head.length < this.headCap) {
      const room = this.headCap - this.head.length
      this.head += text.length <= room ? text : text.slice(0, room)
      if (text.length <= room) return
      text = text.slice(room)
    }
    this.tail += text
    // Trim lazily so that many small appends cost amortised constant time.
    if (this.tail.length > 2 * this.tailCap + 4096) this.tail = this.tail.slice(this.tail.length - this.tailCap)
  }

  /**
   * Whether anything was left out.
   *
   * @since 0.1.0
   */
  get truncated(): boolean {
    return this.length > this.cap
  }

  /**
   * The kept text: all of it, or its beginning and end around a marker that says how much was left out.
   *
   * @since 0.1.0
   */
  value(): string {
    if (!this.truncated) return this.head + this.tail
    const tail = this.tail.slice(this.tail.length - this.tailCap)
    return `${this.head}\n[… tr: ${this.length - this.head.length - tail.length} characters left out …]\n${tail}`
  }
}

/** What `value()` puts between the start and the end it kept. */
const MARKER = /\n\[… tr: \d+ characters left out …\]\n/

/**
 * A whole text within `cap` (its start and end kept, as `BoundedText` keeps them), or undefined when it is blank. A
 * shortened text is recorded in `truncated` under `field`, with its length as read. A text a `BoundedText` of this cap
 * cut already (a string cut while it was read, its cut recorded there) is kept as it is, not cut again.
 *
 * @example
 * import * as BoundedText from "@tr/core/BoundedText"
 * const truncated: Array<{ field: string; length: number }> = []
 * BoundedText.capped("0123456789abcdef", 10, "stdout", truncated) // "01234\n[… …]\nbcdef"; truncated has one entry
 *
 * @since 0.2.0
 * @category constructors
 */
export const capped = (
  value: string | undefined,
  cap: number,
  field: string,
  truncated: Array<{ readonly field: string; readonly length: number }>
): string | undefined => {
  if (value === undefined || value.trim() === "") return undefined
  if (value.length <= cap) return value
  if (value.length <= cap + 64 && MARKER.test(value)) return value
  const bounded = new BoundedText(cap)
  bounded.append(value)
  truncated.push({ field, length: value.length })
  return bounded.value()
}
