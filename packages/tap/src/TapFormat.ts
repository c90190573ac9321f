/**
 * The TAP format: its name, how its first line is recognised, and its reader. A stream of lines is recognised by
 * the reader's own reading of a line, so the reader is loaded with this.
 *
 * @since 0.2.0
 */
import type * as Format from "@tr/core/Format"
import * as TapReader from "./TapReader.js"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: TapReader.FORMAT,
  label: "TAP 12, 13 and 14",
  firstLine: TapReader.isFirstLine,
  stream: TapReader.stream
} as const satisfies Format.Format
