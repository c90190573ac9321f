/**
 * The Robot Framework output.xml format: its name, the root elements it is recognised by, and its reader, loaded when first used.
 *
 * @since 0.2.0
 */
import * as Format from "@tr/core/Format"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: "robot",
  label: "Robot Framework output.xml",
  roots: ["robot"],
  stream: Format.lazy(() => import("./RobotReader.js"))
} as const satisfies Format.Format
