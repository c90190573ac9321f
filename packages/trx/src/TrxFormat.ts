/**
 * The TRX format: its name, the root elements it is recognised by, and its reader, loaded when first used.
 *
 * @since 0.2.0
 */
import * as Format from "@tr/core/Format"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: "trx",
  label: "TRX (MSTest, xUnit.net and NUnit loggers)",
  roots: ["TestRun"],
  stream: Format.lazy(() => import("./TrxReader.js"))
} as const satisfies Format.Format
