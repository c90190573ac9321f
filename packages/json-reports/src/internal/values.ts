/** Values of a parsed report, taken as what they are: anything in a report may be missing or of another type. */
import type * as JsonDocument from "@tr/core/JsonDocument"

/** What the readers of this package take: the project's root besides the cap. */
export interface Options extends JsonDocument.Options {
  /** The project's root: a test file's absolute path under it is written relative to it. */
  readonly root?: string | undefined
}

export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined)
export const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined)
export const isObject = (v: unknown): v is { readonly [key: string]: unknown } =>
  typeof v === "object" && v !== null && !Array.isArray(v)
/** Any value as text: strings as they are, anything else as JSON, unless it nests too deeply to write. */
export const asText = (value: unknown): string => {
  if (typeof value === "string") return value
  try {
    return JSON.stringify(value) ?? String(value)
  } catch (e) {
    if (e instanceof RangeError) return "(nested too deeply to keep)"
    throw e
  }
}
