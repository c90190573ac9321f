/**
 * The Dart JSON reporter format: its name, how its first line is recognised, and its reader. A stream of lines is recognised by
 * the reader's own reading of a line, so the reader is loaded with this.
 *
 * @since 0.2.0
 */
import type * as Format from "@tr/core/Format"
import * as DartReader from "./DartReader.js"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: DartReader.FORMAT,
  label: "Dart JSON reporter",
  firstEvent: DartReader.isEvent,
  stream: DartReader.stream
} as const satisfies Format.Format
