/**
 * The xUnit.net XML format: its name, the root elements it is recognised by, and its reader, loaded when first used.
 *
 * @since 0.2.0
 */
import * as Format from "@tr/core/Format"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: "xunit",
  label: "xUnit.net v2 and v3 XML",
  roots: ["assemblies", "assembly"],
  stream: Format.lazy(() => import("./XunitReader.js"))
} as const satisfies Format.Format
