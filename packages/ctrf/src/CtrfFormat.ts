/**
 * The CTRF JSON format: its name and its reader, loaded when first used. A JSON document is recognised by the command
 * that reads it (its opening bracket).
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
  stream: Format.lazy(() => import("./CtrfReader.js"))
} as const satisfies Format.Format
