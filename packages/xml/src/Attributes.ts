/**
 * Reading attribute values into canonical fields, the same way in every XML reader.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Titles from "@tr/core/Titles"

/**
 * @since 0.1.0
 * @category models
 */
export type Attrs = { readonly [name: string]: string }

/**
 * A test time above this many seconds (11.6 days) is implausible; such values are nanoseconds (container-structure-test
 * and others write them) and are read so, with a diagnostic.
 *
 * @since 0.1.0
 * @category constants
 */
export const IMPLAUSIBLE_SECONDS = 1e6

/**
 * Seconds as written (`1.5`, `1,234.5`), or undefined when it is no non-negative number.
 *
 * @since 0.1.0
 * @category parsing
 */
export const seconds = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  const n = Number(/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(trimmed) ? trimmed.replace(/,/g, "") : trimmed)
  return trimmed !== "" && Number.isFinite(n) && n >= 0 ? n : undefined
}

/**
 * A duration written as `hh:mm:ss.fffffff` (TRX), in seconds.
 *
 * @since 0.1.0
 * @category parsing
 */
export const clockSeconds = (value: string | undefined): number | undefined => {
  const m = value === undefined ? null : /^(?:(\d+)\.)?(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(value.trim())
  if (m === null) return undefined
  return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4])
}

/**
 * @since 0.1.0
 * @category parsing
 */
export const lineNumber = (value: string | undefined): number | undefined => {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined
  return Number(value)
}

/**
 * A count attribute (`tests="12"`), or undefined.
 *
 * @since 0.1.0
 * @category parsing
 */
export const count = (value: string | undefined): number | undefined =>
  value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined

/**
 * `message` and `type` of a failure, error, skip or retry element, when they say something.
 *
 * @since 0.1.0
 * @category parsing
 */
export const copyProblem = (
  attrs: Attrs,
  target: { message?: string | undefined; type?: string | undefined }
): void => {
  const message = attrs["message"]
  if (message !== undefined && message.trim() !== "") target.message = message
  const type = attrs["type"]
  if (type !== undefined && type.trim() !== "") target.type = type
}

/**
 * Attributes not in `known`, or undefined when there are none.
 *
 * @since 0.1.0
 * @category parsing
 */
export const remaining = (attrs: Attrs, known: ReadonlySet<string>): { [name: string]: string } | undefined => {
  let rest: { [name: string]: string } | undefined
  for (const name in attrs) {
    if (!known.has(name)) (rest ??= {})[name] = attrs[name]!
  }
  return rest
}

/**
 * A Testomat.io id (`@T` and 8 characters) taken out of a title, which otherwise stays as written.
 *
 * @since 0.1.0
 * @category parsing
 */
export const splitTestomatId = Titles.splitTestomatId

/**
 * The Testomat.io id of a test: from its title, else from a property named `ID` or `test_id`.
 *
 * @since 0.1.0
 * @category parsing
 */
export const testomatId = (
  fromTitle: string | undefined,
  properties: ReadonlyArray<Canonical.Property> | undefined
): string | undefined => {
  if (fromTitle !== undefined) return fromTitle
  const property = properties?.find((p) => p.name === "ID" || p.name === "test_id")?.value
  return property === undefined ? undefined : splitTestomatId(property).testId ?? property
}
