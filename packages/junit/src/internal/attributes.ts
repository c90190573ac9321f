/** The JUnit attributes that have a meaning of their own. */
import { BoundedText } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import { type Attrs, count } from "@tr/xml/Attributes"

/** Testcase attributes that have a canonical field of their own. */
export const CASE_FIELDS: ReadonlySet<string> = new Set([
  "name",
  "classname",
  "file",
  "line",
  "lineno",
  "time",
  "timestamp"
])

/** Testsuite attributes that have a canonical field of their own. */
export const SUITE_FIELDS: ReadonlySet<string> = new Set([
  "name",
  "time",
  "timestamp",
  "hostname",
  "tests",
  "failures",
  "errors",
  "skipped",
  "disabled"
])

/**
 * A test case that is disabled rather than run: `status="disabled"` (ctest, gtest-like), or GoogleTest's
 * `status="notrun"` / `result="suppressed"`.
 */
export const isDisabled = (attrs: Attrs): boolean =>
  attrs["status"] === "disabled" || attrs["status"] === "notrun" || attrs["result"] === "suppressed"

export const declaredCounts = (attrs: Attrs): Canonical.Suite["declared"] => {
  const declared: { -readonly [K in keyof NonNullable<Canonical.Suite["declared"]>]?: number } = {}
  let any = false
  for (const key of ["tests", "failures", "errors", "skipped", "disabled"] as const) {
    const n = count(attrs[key])
    if (n !== undefined) {
      declared[key] = n
      any = true
    }
  }
  return any ? declared : undefined
}

/** `[[ATTACHMENT|path]]`, a line of a test's output (the Jenkins JUnit attachments convention, Playwright's reporter). */
const ATTACHMENT_LINE = /\[\[ATTACHMENT\|([^\]\r\n]+)\]\]/g
/** A `file://` link in a test's output. */
const FILE_LINK = /\bfile:\/\/[^\s"'<>\])]+/g

/** The longest marker or link looked for across the pieces text arrives in; a longer one is not found. */
const MAX_MARKER = 4096
/** The most paths one output names that are kept. */
const MAX_PATHS = 1000

/**
 * Output under a cap that also finds the attachments it names, in all of it: `[[ATTACHMENT|path]]` markers and
 * `file://` links past the cap are found as the text streams by, holding no more than the last `MAX_MARKER`
 * characters beyond what the cap keeps.
 */
export class ScanningText extends BoundedText {
  readonly markers: Array<string> = []
  readonly links: Array<string> = []
  private carry = ""

  override append(text: string): void {
    super.append(text)
    this.scan(this.carry + text, false)
  }

  /** The paths named, markers first, each once (the end of the text looked at too). */
  paths(): ReadonlyArray<string> {
    this.scan(this.carry, true)
    this.carry = ""
    return [...new Set([...this.markers, ...this.links])]
  }

  private scan(buffer: string, atEnd: boolean): void {
    // Where the text not yet settled starts: after the last whole match, and no further back than MAX_MARKER.
    let settled = Math.max(0, buffer.length - MAX_MARKER)
    if (buffer.includes("[[ATTACHMENT|")) {
      for (const match of buffer.matchAll(ATTACHMENT_LINE)) {
        if (this.markers.length < MAX_PATHS) this.markers.push(match[1]!.trim())
        settled = Math.max(settled, match.index + match[0].length)
      }
    }
    if (buffer.includes("file://")) {
      for (const match of buffer.matchAll(FILE_LINK)) {
        const end = match.index + match[0].length
        // A link that reaches the end of what arrived may go on in the next piece.
        if (end === buffer.length && !atEnd) break
        if (this.links.length < MAX_PATHS) this.links.push(match[0])
        settled = Math.max(settled, end)
      }
    }
    this.carry = atEnd ? "" : buffer.slice(settled)
  }
}

/**
 * The files a test names as its attachments, in the order written, each once: `[[ATTACHMENT|path]]` lines and
 * `file://` links in its output (all of it, the part past the text cap too), and `attachment` properties. Only paths:
 * where they are and whether they may be read is the business of whoever uploads them.
 */
export const attachments = (
  outputs: ReadonlyArray<BoundedText | undefined>,
  properties: ReadonlyArray<Canonical.Property> | undefined
): Array<Canonical.Attachment> => {
  const paths: Array<string> = []
  for (const output of outputs) {
    if (output instanceof ScanningText) paths.push(...output.paths())
  }
  for (const property of properties ?? []) {
    if (property.name.toLowerCase() === "attachment" && property.value.trim() !== "") paths.push(property.value.trim())
  }
  return [...new Set(paths)].filter((p) => p !== "").map((path) => ({ path }))
}
