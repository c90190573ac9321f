/**
 * A deterministic generator of realistic JUnit XML of any size: nested suites, about 5% failures with multi-line
 * stacks, errors, skips, system-out, properties, entities, non-ASCII text and CDATA. Same options, same bytes.
 */

export interface GenerateOptions {
  /** Stop after the first suite that brings the output to this many bytes. */
  readonly targetBytes: number
  /** Seed of the pseudo-random choices. */
  readonly seed?: number
  /** Test cases per innermost suite. */
  readonly casesPerSuite?: number
}

/** What the generator wrote, for checking a reader against it. */
export interface Generated {
  tests: number
  passed: number
  failures: number
  errors: number
  skipped: number
  bytes: number
}

const mulberry32 = (seed: number) => () => {
  seed |= 0
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const WORDS = ["login", "checkout", "cart", "search", "profile", "payment", "größe", "naïve", "日本語", "émoji 🚀"]

const stack = (cls: string, depth: number): string => {
  const lines = [`java.lang.AssertionError: expected:<200> but was:<500> & "quoted" <tag>`]
  for (let i = 0; i < depth; i++) lines.push(`\tat ${cls}.step${i}(${cls.split(".").pop()}.java:${10 + i})`)
  return lines.join("\n")
}

const escape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/**
 * Yields the document in pieces of roughly 64 KiB, so that even a 1 GB file is written with flat memory.
 */
export function* generateJunit(options: GenerateOptions, totals?: Generated): Generator<string> {
  const random = mulberry32(options.seed ?? 42)
  const perSuite = options.casesPerSuite ?? 50
  const t: Generated = totals ?? { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0, bytes: 0 }
  let buffer = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="generated">\n`
  const flush = function*() {
    t.bytes += Buffer.byteLength(buffer)
    yield buffer
    buffer = ""
  }
  let suiteNo = 0
  while (t.bytes + buffer.length < options.targetBytes) {
    suiteNo++
    const pkg = `com.example.module${suiteNo % 17}`
    buffer += `  <testsuite name="${pkg}" timestamp="2026-01-0${1 + (suiteNo % 9)}T10:00:00" hostname="ci-${
      suiteNo % 4
    }">\n`
    buffer +=
      `    <properties><property name="java.version" value="21"/><property name="suite.no" value="${suiteNo}"/></properties>\n`
    const cls = `${pkg}.Feature${suiteNo}Test`
    buffer += `    <testsuite name="${cls}">\n`
    for (let i = 0; i < perSuite; i++) {
      const word = WORDS[Math.floor(random() * WORDS.length)]!
      const name = `test_${word}_${i}${random() < 0.1 ? `[case-${i % 3}]` : ""}`
      const time = (random() * 2).toFixed(3)
      const roll = random()
      t.tests++
      buffer += `      <testcase name="${escape(name)}" classname="${cls}" time="${time}">`
      if (roll < 0.05) {
        t.failures++
        buffer += `\n        <failure message="expected &lt;200&gt; for ${
          escape(word)
        }" type="java.lang.AssertionError">${
          escape(stack(cls, 5 + Math.floor(random() * 20)))
        }</failure>\n        <system-out><![CDATA[request id=${i} <raw> & unescaped]]></system-out>\n      `
      } else if (roll < 0.07) {
        t.errors++
        buffer += `\n        <error message="boom" type="java.lang.IllegalStateException">${
          escape(stack(cls, 8))
        }</error>\n      `
      } else if (roll < 0.1) {
        t.skipped++
        buffer += `<skipped message="not on this platform"/>`
      } else {
        t.passed++
        if (roll > 0.97) buffer += `<system-out>log line &#x2713; for ${escape(word)}</system-out>`
      }
      buffer += `</testcase>\n`
      if (buffer.length > 65536) yield* flush()
    }
    buffer += `    </testsuite>\n  </testsuite>\n`
  }
  buffer += `</testsuites>\n`
  yield* flush()
}
