/** Reading JUnit attributes into canonical fields. */
import type * as Canonical from "@tr/core/Canonical"

type Attrs = { readonly [name: string]: string }

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

/**
 * A test time above this many seconds (11.6 days) is implausible; such values are nanoseconds (container-structure-test
 * and others write them) and are read so, with a diagnostic.
 */
export const IMPLAUSIBLE_SECONDS = 1e6

/** Seconds as written (`1.5`, `1,234.5`), or undefined when it is no non-negative number. */
export const seconds = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  const n = Number(/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(trimmed) ? trimmed.replace(/,/g, "") : trimmed)
  return trimmed !== "" && Number.isFinite(n) && n >= 0 ? n : undefined
}

export const lineNumber = (value: string | undefined): number | undefined => {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined
  return Number(value)
}

const count = (value: string | undefined): number | undefined =>
  value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined

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

/** `message` and `type` of a failure, error, skip or retry element. */
export const copyProblem = (
  attrs: Attrs,
  target: { message?: string | undefined; type?: string | undefined }
): void => {
  const message = attrs["message"]
  if (message !== undefined && message.trim() !== "") target.message = message
  const type = attrs["type"]
  if (type !== undefined && type.trim() !== "") target.type = type
}

/** Attributes not in `known`, or undefined when there are none. */
export const remaining = (attrs: Attrs, known: ReadonlySet<string>): { [name: string]: string } | undefined => {
  let rest: { [name: string]: string } | undefined
  for (const name in attrs) {
    if (!known.has(name)) (rest ??= {})[name] = attrs[name]!
  }
  return rest
}

const TESTOMAT_ID = /@T([0-9a-zA-Z]{8})(?![0-9a-zA-Z])/

/** A Testomat.io id (`@T` and 8 characters) taken out of a title, which otherwise stays as written. */
export const splitTestomatId = (written: string): { title: string; testId?: string } => {
  const match = TESTOMAT_ID.exec(written)
  if (match === null) return { title: written }
  const title = (written.slice(0, match.index) + written.slice(match.index + match[0].length)).replace(/\s{2,}/g, " ")
    .trim()
  return { title, testId: match[1]! }
}
