/**
 * The Allure 2 results format: its name, the top-level keys of a JSON document of it, and its reader, loaded when first used.
 *
 * @since 0.2.0
 */
import * as Format from "@tr/core/Format"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: "allure",
  label: "Allure 2 results (a directory of *-result.json files, or one of them)",
  documentKeys: ["uuid", "historyId", "testCaseId", "fullName", "labels", "stage", "children", "befores", "afters"],
  stream: Format.lazy(() => import("./AllureReader.js"))
} as const satisfies Format.Format
