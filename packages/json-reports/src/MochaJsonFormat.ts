/**
 * The Mocha JSON format: its name, the top-level keys of a JSON document of it, and its reader, loaded when first used.
 *
 * @since 0.2.0
 */
import * as Format from "@tr/core/Format"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: "mocha-json",
  label: "Mocha JSON (--reporter json)",
  documentKeys: ["stats", "tests", "passes", "failures", "pending"],
  stream: Format.lazy(() => import("./MochaJsonReader.js"))
} as const satisfies Format.Format
