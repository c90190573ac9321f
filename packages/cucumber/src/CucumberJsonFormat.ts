/**
 * The Cucumber JSON format: its name and its reader, loaded when first used. A JSON document is recognised by the command
 * that reads it (its opening bracket).
 *
 * @since 0.2.0
 */
import * as Format from "@tr/core/Format"

/**
 * @since 0.2.0
 * @category formats
 */
export const format = {
  name: "cucumber",
  label: "Cucumber JSON (cucumber-jvm, -js, -ruby, behave, godog, …)",
  stream: Format.lazy(() => import("./CucumberJsonReader.js"))
} as const satisfies Format.Format
