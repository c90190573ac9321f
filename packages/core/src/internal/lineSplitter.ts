/**
 * Splits text that arrives in pieces into lines. A line longer than the cap is reported once as `TOO_LONG` and the
 * rest of it is skipped, so one endless line cannot exhaust memory.
 */
export const TOO_LONG: unique symbol = Symbol("TooLong")

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
