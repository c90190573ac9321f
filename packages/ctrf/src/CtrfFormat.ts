/**
 * The CTRF JSON format: its name, the top-level keys of a JSON document of it, and its reader, loaded when first used.
 *
 * @since 0.2.0
 */
import * as Format from "@tr/core/Format"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: "ctrf",
  label: "CTRF JSON",
  documentKeys: ["results", "reportFormat", "specVersion"],
  stream: Format.lazy(() => import("./CtrfReader.js"))
} as const satisfies Format.Format
