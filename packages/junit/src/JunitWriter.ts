/**
 * The canonical stream as one normalised JUnit XML document, for tools that only read JUnit. Suites are nested as the
 * suite path says; the tests of an innermost suite are held (at most `MAX_HELD` of them) so that its start tag can
 * carry exact counts; a longer suite is written as several consecutive ones of the same name.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Xml from "@tr/core/XmlEscape"
import * as Chunk from "effect/Chunk"
import * as Stream from "effect/Stream"

/**
 * Tests of one suite held before it is written.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_HELD = 10_000

const seconds = (s: number | undefined) => (s === undefined ? undefined : Number(s.toFixed(6)))

const problem = (
  element: string,
  attrs: ReadonlyArray<readonly [string, string | undefined]>,
  text: string | undefined
) => `<${element}${Xml.attributes(attrs)}${text === undefined ? "/>" : `>${Xml.text(text)}</${element}>`}`

/** Where the status of a step starts in its line, as cucumber's own JUnit formatter aligns them. */
const STEP_COLUMN = 76

/**
 * A Gherkin scenario's steps as cucumber's JUnit formatter writes them in `system-out`: `Given a cart....passed`.
 *
 * @since 0.2.0
 * @category conversions
 */
export const stepLines = (steps: ReadonlyArray<Canonical.Step>): string =>
  steps.filter((s) => s.category !== "hook" || s.status === "failed").map((s) =>
    `${s.title}${".".repeat(Math.max(1, STEP_COLUMN - s.title.length))}${s.status ?? "skipped"}`
  ).join("\n")

/**
 * One canonical test as a `<testcase>` element. A Gherkin scenario (`gherkin`) is written as cucumber writes it: the
 * feature as `classname`, the steps with their statuses in `system-out`, before the scenario's own output.
 *
 * @since 0.1.0
 * @category conversions
 */
export const testcase = (t: Canonical.TestCase): string => {
  let body = ""
  const properties = [
    ...(t.properties ?? []),
    ...(t.testId === undefined ? [] : [{ name: "test_id", value: t.testId }])
  ]
  if (properties.length > 0) {
    body += `<properties>${
      properties.map((p) => `<property${Xml.attributes([["name", p.name], ["value", p.value]])}/>`).join("")
    }</properties>`
  }
  for (const f of t.failures ?? []) body += problem(f.kind, [["message", f.message], ["type", f.type]], f.stack)
  if (t.skip !== undefined) {
    body += problem("skipped", [["message", t.skip.message], ["type", t.skip.type]], t.skip.text)
  }
  for (const a of t.attempts ?? []) {
    let inner = a.stack === undefined ? "" : `<stackTrace>${Xml.text(a.stack)}</stackTrace>`
    if (a.stdout !== undefined) inner += `<system-out>${Xml.text(a.stdout)}</system-out>`
    if (a.stderr !== undefined) inner += `<system-err>${Xml.text(a.stderr)}</system-err>`
    body += `<${a.kind}${
      Xml.attributes([["message", a.message], ["type", a.type], ["time", seconds(a.duration)]])
    }>${inner}</${a.kind}>`
  }
  const out = t.gherkin === undefined || t.steps === undefined || t.steps.length === 0
    ? t.stdout
    : [stepLines(t.steps), t.stdout].filter((x) => x !== undefined).join("\n\n")
  if (out !== undefined) body += `<system-out>${Xml.text(out)}</system-out>`
  if (t.stderr !== undefined) body += `<system-err>${Xml.text(t.stderr)}</system-err>`
  const attrs = Xml.attributes([
    ["name", t.title],
    ["classname", t.className ?? t.gherkin?.feature],
    ["time", seconds(t.duration)],
    ["timestamp", t.startedAt],
    ["file", t.file],
    ["line", t.line],
    ["status", t.disabled ? "disabled" : undefined]
  ])
  return body === "" ? `<testcase${attrs}/>` : `<testcase${attrs}>${body}</testcase>`
}

/**
 * Records to the text of one JUnit XML document.
 *
 * @example
 * import * as JunitWriter from "@tr/junit/JunitWriter"
 * records.pipe(JunitWriter.encode, Stream.run(stdoutSink))
 *
 * @since 0.1.0
 * @category encoding
 */
export const encode = <E, R>(records: Stream.Stream<Canonical.StreamRecord, E, R>): Stream.Stream<string, E, R> =>
  Stream.suspend(() => {
    const open: Array<string> = [] // the suite path whose start tags are written, outermost first
    let held: Array<Canonical.TestCase> = []
    let heldPath: ReadonlyArray<string> = []

    const leaf = (tests: ReadonlyArray<Canonical.TestCase>) => {
      const failures = tests.filter((t) =>
        t.failures?.some((f) =>
          f.kind === "failure"
        ) && !t.failures.some((f) => f.kind === "error")
      ).length
      const errors = tests.filter((t) => t.failures?.some((f) => f.kind === "error")).length
      const skipped = tests.filter((t) => t.status === "skipped" && !t.disabled).length
      const disabled = tests.filter((t) => t.disabled).length
      const time = tests.reduce((s, t) => s + (t.duration ?? 0), 0)
      return { failures, errors, skipped, disabled, time }
    }

    /** Writes the held tests inside their suite path, opening and closing suites around them as needed. */
    const flush = (): string => {
      if (held.length === 0) return ""
      let text = ""
      if (heldPath.length === 0) {
        // Tests outside any suite sit directly in <testsuites>.
        while (open.length > 0) {
          open.pop()
          text += "</testsuite>\n"
        }
        for (const t of held) text += testcase(t) + "\n"
        held = []
        return text
      }
      let common = 0
      while (common < open.length && common < heldPath.length - 1 && open[common] === heldPath[common]) common++
      while (open.length > common) {
        open.pop()
        text += "</testsuite>\n"
      }
      while (open.length < heldPath.length - 1) {
        const name = heldPath[open.length]!
        open.push(name)
        text += `<testsuite${Xml.attributes([["name", name]])}>\n`
      }
      const counts = leaf(held)
      const name = heldPath.at(-1)
      text += `<testsuite${
        Xml.attributes([
          ["name", name],
          ["tests", held.length],
          ["failures", counts.failures],
          ["errors", counts.errors],
          ["skipped", counts.skipped],
          ["disabled", counts.disabled || undefined],
          ["time", Number(counts.time.toFixed(6))]
        ])
      }>\n`
      for (const t of held) text += testcase(t) + "\n"
      text += "</testsuite>\n"
      held = []
      return text
    }

    const body = Stream.mapChunks(records, (chunk) => {
      let text = ""
      for (const record of chunk) {
        if (record.type !== "test") continue
        const path = record.suite
        if (held.length >= MAX_HELD || path.length !== heldPath.length || path.some((p, i) => p !== heldPath[i])) {
          text += flush()
          heldPath = path
        }
        held.push(record)
      }
      return text === "" ? Chunk.empty() : Chunk.of(text)
    })
    const end = Stream.suspend(() => {
      let text = flush()
      while (open.length > 0) {
        open.pop()
        text += "</testsuite>\n"
      }
      return Stream.make(text + "</testsuites>\n")
    })
    return Stream.make(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n`).pipe(
      Stream.concat(body),
      Stream.concat(end)
    )
  })
