/**
 * The NUnit XML format: its name, the root elements it is recognised by, and its reader, loaded when first used.
 *
 * @since 0.2.0
 */
import * as Format from "@tr/core/Format"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: "nunit",
  label: "NUnit 2 and 3 XML",
  roots: ["test-run", "test-results"],
  stream: Format.lazy(() => import("./NunitReader.js"))
} as const satisfies Format.Format
