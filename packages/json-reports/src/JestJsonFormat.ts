/**
 * The Jest and Vitest JSON format: its name, the top-level keys of a JSON document of it, and its reader, loaded when first used.
 *
 * @since 0.2.0
 */
import * as Format from "@tr/core/Format"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: "jest-json",
  label: "Jest and Vitest JSON (--json, --reporter=json)",
  // Jest writes numFailedTestSuites first, Vitest numTotalTestSuites.
  documentKeys: ["numFailedTestSuites", "numTotalTestSuites", "numTotalTests", "testResults"],
  stream: Format.lazy(() => import("./JestJsonReader.js"))
} as const satisfies Format.Format
