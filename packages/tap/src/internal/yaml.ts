/**
 * The YAML that TAP producers write in a test point's diagnostic block: a mapping of scalars, quoted strings, block
 * scalars (`|`, `|-`, `>`) and nested mappings (node-tap's `at:`). Anything richer (sequences, flow collections) is
 * kept as its text, so nothing written is lost and nothing is evaluated.
 */

export type YamlValue = string | { readonly [key: string]: YamlValue }

const indentOf = (line: string) => line.length - line.trimStart().length

const KEY = /^([^\s:#'"][^:]*?|'[^']*'|"[^"]*"):(?:\s+(.*))?$/

/** The lines more indented than `indent` from `from` on (blank lines included), and where they end. */
const blockAfter = (lines: ReadonlyArray<string>, from: number, indent: number) => {
  let end = from
  while (end < lines.length && (lines[end]!.trim() === "" || indentOf(lines[end]!) > indent)) end++
  // Trailing blank lines belong to what follows.
  while (end > from && lines[end - 1]!.trim() === "") end--
  return { block: lines.slice(from, end), end }
}

const dedent = (block: ReadonlyArray<string>): Array<string> => {
  const indents = block.filter((l) => l.trim() !== "").map(indentOf)
  const least = indents.length === 0 ? 0 : Math.min(...indents)
  return block.map((l) => l.slice(least))
}

const scalar = (text: string): string => {
  const t = text.trim()
  if (t.startsWith("'") && t.endsWith("'") && t.length >= 2) return t.slice(1, -1).replace(/''/g, "'")
  if (t.startsWith("\"") && t.endsWith("\"") && t.length >= 2) {
    try {
      return JSON.parse(t) as string
    } catch {
      return t.slice(1, -1)
    }
  }
  if (t === "~" || t === "null") return ""
  return t
}

/** Parses a mapping whose keys sit at the least indentation of `lines`. */
export const parse = (lines: ReadonlyArray<string>): { readonly [key: string]: YamlValue } => {
  const result: { [key: string]: YamlValue } = {}
  const base = lines.filter((l) => l.trim() !== "").map(indentOf).reduce((a, b) => Math.min(a, b), Infinity)
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (line.trim() === "" || line.trim().startsWith("#") || indentOf(line) !== base) {
      i++
      continue
    }
    const m = KEY.exec(line.trim())
    if (m === null) {
      i++
      continue
    }
    const key = scalar(m[1]!)
    const rest = (m[2] ?? "").trim()
    const { block, end } = blockAfter(lines, i + 1, base)
    i = end
    if (/^[|>][-+]?\d*$/.test(rest)) {
      const text = dedent(block)
      const joined = rest.startsWith(">") ? text.join(" ").replace(/ {2,}/g, " ") : text.join("\n")
      result[key] = rest.includes("-") ? joined : joined + "\n"
    } else if (rest === "" && block.length > 0) {
      const inner = dedent(block)
      result[key] = KEY.test(inner[0]!.trim()) && !inner[0]!.startsWith("-") ? parse(inner) : inner.join("\n")
    } else {
      result[key] = [scalar(rest), ...dedent(block).map((l) => l.trim())].filter((s) => s !== "").join(" ")
    }
  }
  return result
}

/** A value as one text: a nested mapping written back as `key: value` lines. */
export const text = (value: YamlValue): string =>
  typeof value === "string"
    ? value
    : Object.entries(value).map(([k, v]) =>
      typeof v === "string" ? `${k}: ${v}` : `${k}:\n  ${text(v).replace(/\n/g, "\n  ")}`
    )
      .join("\n")
