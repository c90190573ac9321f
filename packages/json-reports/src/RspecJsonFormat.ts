/**
 * The RSpec JSON format: its name, the top-level keys of a JSON document of it, and its reader, loaded when first used.
 *
 * @since 0.2.0
 */
import * as Format from "@tr/core/Format"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: "rspec-json",
  label: "RSpec JSON (--format json)",
  // RSpec writes version first (too common to tell anything), then messages, seed or examples.
  documentKeys: ["examples", "summary_line"],
  stream: Format.lazy(() => import("./RspecJsonReader.js"))
} as const satisfies Format.Format
