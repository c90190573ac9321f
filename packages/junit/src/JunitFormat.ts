/**
 * The JUnit XML format: its name, the root elements it is recognised by, and its reader, loaded when first used.
 *
 * @since 0.2.0
 */
import * as Format from "@tr/core/Format"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: "junit",
  label: "JUnit XML (every common dialect)",
  roots: ["testsuites", "testsuite"],
  stream: Format.lazy(() => import("./JunitReader.js"))
} as const satisfies Format.Format
