/**
 * The parameters of data-driven tests, read from how runners write them in test names.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"

/**
 * `name[param]`: the text in the last brackets (pytest ids, JUnit 5 invocation indexes).
 *
 * @since 0.1.0
 * @category parsing
 */
export const fromBrackets = (title: string): Array<Canonical.Parameter> | undefined => {
  const m = /\[([^\]]*)\]$/.exec(title)
  return m === null || m.index === 0 ? undefined : [{ value: m[1]! }]
}

/** Splits at top-level commas, respecting quotes and nested brackets. */
const splitArguments = (text: string): Array<string> => {
  const out: Array<string> = []
  let depth = 0
  let quote: string | undefined
  let current = ""
  for (const ch of text) {
    if (quote !== undefined) {
      if (ch === quote) quote = undefined
    } else if (ch === "\"" || ch === "'") quote = ch
    else if ("([{".includes(ch)) depth++
    else if (")]}".includes(ch)) depth--
    else if (ch === "," && depth === 0) {
      out.push(current.trim())
      current = ""
      continue
    }
    current += ch
  }
  if (current.trim() !== "") out.push(current.trim())
  return out
}

/**
 * `Name(a, b)`: NUnit, xUnit.net and MSTest data rows.
 *
 * @since 0.1.0
 * @category parsing
 */
export const fromParentheses = (title: string): Array<Canonical.Parameter> | undefined => {
  const open = title.indexOf("(")
  if (open <= 0 || !title.endsWith(")")) return undefined
  const inside = title.slice(open + 1, -1)
  return inside.trim() === "" ? undefined : splitArguments(inside).map((value) => ({ value }))
}

/**
 * PHPUnit's `testFoo with data set #0` and `testFoo with data set "name"`.
 *
 * @since 0.1.0
 * @category parsing
 */
export const fromDataSet = (title: string): Array<Canonical.Parameter> | undefined => {
  const m = / with data set (#\d+|"[^"]*")(?: \(.*\))?$/.exec(title)
  return m === null ? undefined : [{ name: "data set", value: m[1]!.replace(/^"|"$/g, "") }]
}
