/**
 * Values of a parsed report taken as what they are: anything in a report may be missing or of another type, so a
 * reader asks for a string, a number, an object or an array and gets it, or nothing (an empty array).
 *
 * @since 0.2.0
 */

/**
 * A JSON object as read.
 *
 * @since 0.2.0
 * @category models
 */
export type Json = { readonly [key: string]: unknown }

/**
 * @since 0.2.0
 * @category getters
 */
export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined)

/**
 * A finite number (JSON has no other, but a reader of numbers written by hand never assumes so).
 *
 * @since 0.2.0
 * @category getters
 */
export const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined)

/**
 * @since 0.2.0
 * @category guards
 */
export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v)

/**
 * An object (no array, no null), as the type a reader knows its fields by.
 *
 * @example
 * import { obj } from "@tr/core/JsonValue"
 * obj<{ name?: unknown }>({ name: "a" })?.name // "a"; obj([1]) and obj(null) are undefined
 *
 * @since 0.2.0
 * @category getters
 */
export const obj = <A = Json>(v: unknown): A | undefined => (isObject(v) ? (v as A) : undefined)

/**
 * @since 0.2.0
 * @category getters
 */
export const arr = (v: unknown): ReadonlyArray<unknown> => (Array.isArray(v) ? v : [])

/**
 * The objects of an array, anything else in it passed over.
 *
 * @since 0.2.0
 * @category getters
 */
export const objs = (v: unknown): Array<Json> => arr(v).flatMap((x) => (isObject(x) ? [x] : []))

/**
 * Any value as text: a string as it is, anything else as JSON, unless it nests too deeply to write.
 *
 * @example
 * import { asText } from "@tr/core/JsonValue"
 * asText({ a: 1 }) // '{"a":1}'
 *
 * @since 0.2.0
 * @category getters
 */
export const asText = (value: unknown): string => {
  if (typeof value === "string") return value
  try {
    return JSON.stringify(value) ?? String(value)
  } catch (e) {
    if (e instanceof RangeError) return "(nested too deeply to keep)"
    throw e
  }
}
