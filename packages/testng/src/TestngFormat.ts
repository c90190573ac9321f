/**
 * The TestNG XML format: its name, the root elements it is recognised by, and its reader, loaded when first used.
 *
 * @since 0.2.0
 */
import * as Format from "@tr/core/Format"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: "testng",
  label: "TestNG testng-results.xml",
  roots: ["testng-results"],
  stream: Format.lazy(() => import("./TestngReader.js"))
} as const satisfies Format.Format
