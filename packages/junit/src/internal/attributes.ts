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
