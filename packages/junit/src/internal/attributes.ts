/** The JUnit attributes that have a meaning of their own. */
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

/**
 * The files a test names as its attachments, in the order written, each once: `[[ATTACHMENT|path]]` lines and
 * `file://` links in its output, and `attachment` properties. Only paths: where they are and whether they may be read
 * is the business of whoever uploads them.
 */
export const attachments = (
  outputs: ReadonlyArray<string | undefined>,
  properties: ReadonlyArray<Canonical.Property> | undefined
): Array<Canonical.Attachment> => {
  const paths: Array<string> = []
  for (const output of outputs) {
    if (output === undefined || (!output.includes("[[ATTACHMENT|") && !output.includes("file://"))) continue
    for (const match of output.matchAll(ATTACHMENT_LINE)) paths.push(match[1]!.trim())
    for (const match of output.matchAll(FILE_LINK)) paths.push(match[0])
  }
  for (const property of properties ?? []) {
    if (property.name.toLowerCase() === "attachment" && property.value.trim() !== "") paths.push(property.value.trim())
  }
  return [...new Set(paths)].filter((p) => p !== "").map((path) => ({ path }))
}
