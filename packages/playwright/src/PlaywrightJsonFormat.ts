/**
 * The Playwright JSON reporter format: its name, the top-level keys of a JSON document of it, and its reader, loaded when first used.
 *
 * @since 0.2.0
 */
import * as Format from "@tr/core/Format"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: "playwright-json",
  label: "Playwright JSON reporter",
  // Its first key. Not `suites`: WebdriverIO's JSON reporter writes one too.
  documentKeys: ["config"],
  stream: Format.lazy(() => import("./PlaywrightJsonReader.js"))
} as const satisfies Format.Format
