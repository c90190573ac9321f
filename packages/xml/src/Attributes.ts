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
 * A number as a report writes it: with a decimal point, or with the decimal comma of a machine set to a localised
 * number format (`0,014` is 0.014, never 14: a thousands group never starts with 0, and a lone comma in a time is never
 * grouping). Thousands groups are read only where the decimal separator that follows them makes them unambiguous
 * (`1,234.5`, `1.234,5`) or where there are several (`1,234,567`). NaN when it is no number.
 *
 * @since 0.2.0
 * @category parsing
 */
export const decimal = (value: string): number => {
  const v = value.trim()
  if (v === "") return Number.NaN
  if (/^[+-]?\d+,\d+$/.test(v)) return Number(v.replace(",", "."))
  if (/^[+-]?[1-9]\d{0,2}(,\d{3})+\.\d*$/.test(v) || /^[+-]?[1-9]\d{0,2}(,\d{3}){2,}$/.test(v)) {
    return Number(v.replace(/,/g, ""))
  }
  if (/^[+-]?[1-9]\d{0,2}(\.\d{3})+,\d*$/.test(v)) return Number(v.replace(/\./g, "").replace(",", "."))
  return Number(v)
}

/**
 * Seconds as written (`1.5`, `0,014`, `1,234.5`), or undefined when it is no non-negative number.
 *
 * @since 0.1.0
 * @category parsing
 */
export const seconds = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined
  const n = decimal(value)
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

/**
 * A duration written as `hh:mm:ss.fffffff` (TRX), in seconds.
 *
 * @since 0.1.0
 * @category parsing
 */
export const clockSeconds = (value: string | undefined): number | undefined => {
  const m = value === undefined ? null : /^(?:(\d+)\.)?(\d+):(\d{2}):(\d{2}(?:[.,]\d+)?)$/.exec(value.trim())
  if (m === null) return undefined
  return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]!.replace(",", "."))
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
