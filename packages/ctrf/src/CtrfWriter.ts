/**
 * The canonical stream as one CTRF JSON report, written as the records arrive: each test is written when it is read,
 * and the summary, which needs every test, comes last (JSON does not care where a key sits).
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Chunk from "effect/Chunk"
import * as Stream from "effect/Stream"

/**
 * The CTRF specification version the writer follows.
 *
 * @since 0.1.0
 * @category constants
 */
export const SPEC_VERSION = "1.0.0"

const epoch = (timestamp: string | undefined): number | undefined => {
  if (timestamp === undefined) return undefined
  const ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(timestamp) ? timestamp : `${timestamp}Z`)
  return Number.isNaN(ms) ? undefined : ms
}

/**
 * One canonical test as a CTRF test object.
 *
 * @since 0.1.0
 * @category conversions
 */
export const fromTestCase = (t: Canonical.TestCase): { readonly [field: string]: unknown } => {
  const start = epoch(t.startedAt)
  const duration = Math.round((t.duration ?? 0) * 1000)
  const failure = t.failures?.[0]
  const message = failure?.message ?? t.skip?.message
  const trace = t.failures?.map((f) => f.stack ?? "").filter((s) => s !== "").join("\n\n")
  return {
    name: t.testId === undefined ? t.title : `${t.title} @T${t.testId}`,
    status: t.status,
    duration,
    ...(start === undefined ? {} : { start, stop: start + duration }),
    ...(t.suite.length === 0 ? {} : { suite: t.suite }),
    ...(message === undefined ? {} : { message }),
    ...(trace === undefined || trace === "" ? {} : { trace }),
    ...(failure === undefined ? {} : { rawStatus: failure.type ?? failure.kind }),
    ...(t.tags === undefined ? {} : { tags: t.tags }),
    ...(t.file === undefined ? {} : { filePath: t.file }),
    ...(t.line === undefined ? {} : { line: t.line }),
    ...(t.flaky ? { flaky: true } : {}),
    ...(t.attempts === undefined ? {} : {
      retries: t.attempts.length,
      retryAttempts: t.attempts.map((a, i) => ({
        attempt: i + 1,
        status: "failed",
        ...(a.duration === undefined ? {} : { duration: Math.round(a.duration * 1000) }),
        ...(a.message === undefined ? {} : { message: a.message }),
        ...(a.stack === undefined ? {} : { trace: a.stack })
      }))
    }),
    ...(t.stdout === undefined ? {} : { stdout: t.stdout.split("\n") }),
    ...(t.stderr === undefined ? {} : { stderr: t.stderr.split("\n") }),
    ...(t.attachments === undefined ? {} : {
      attachments: t.attachments.map((a) => ({
        name: a.name ?? a.path ?? a.url ?? "attachment",
        contentType: a.contentType ?? "application/octet-stream",
        path: a.path ?? a.url ?? ""
      }))
    }),
    ...(t.parameters === undefined
      ? {}
      : { parameters: Object.fromEntries(t.parameters.map((p, i) => [p.name ?? String(i), p.value])) }),
    ...(t.steps === undefined ? {} : { steps: t.steps.map((s) => ({ name: s.title, status: s.status ?? "other" })) }),
    extra: {
      tr: {
        id: t.id,
        source: t.source,
        ...(t.className === undefined ? {} : { className: t.className }),
        ...(t.disabled ? { disabled: true } : {})
      }
    }
  }
}

/**
 * Records to the text of one CTRF report.
 *
 * @example
 * import * as CtrfWriter from "@tr/ctrf/CtrfWriter"
 * records.pipe(CtrfWriter.encode({ tool: "tr" }), Stream.run(stdoutSink))
 *
 * @since 0.1.0
 * @category encoding
 */
export const encode =
  (options: { readonly tool: string; readonly version?: string }) =>
  <E, R>(records: Stream.Stream<Canonical.StreamRecord, E, R>): Stream.Stream<string, E, R> =>
    Stream.suspend(() => {
      const counts = { tests: 0, passed: 0, failed: 0, skipped: 0 }
      let first = Number.POSITIVE_INFINITY
      let last = 0
      let separator = ""
      const head = JSON.stringify({
        reportFormat: "CTRF",
        specVersion: SPEC_VERSION,
        generatedBy: options.tool
      }).slice(0, -1) +
        `,"results":{"tool":${
          JSON.stringify({ name: options.tool, ...(options.version === undefined ? {} : { version: options.version }) })
        },"tests":[`
      const body = Stream.mapChunks(records, (chunk) => {
        let text = ""
        for (const record of chunk) {
          if (record.type !== "test") continue
          counts.tests++
          counts[record.status]++
          const test = fromTestCase(record)
          if (typeof test["start"] === "number") {
            first = Math.min(first, test["start"])
            last = Math.max(last, test["stop"] as number)
          }
          text += separator + JSON.stringify(test)
          separator = ","
        }
        return text === "" ? Chunk.empty() : Chunk.of(text)
      })
      const tail = Stream.suspend(() => {
        const start = Number.isFinite(first) ? first : 0
        const summary = { ...counts, pending: 0, other: 0, start, stop: Math.max(start, last) }
        return Stream.make(`],"summary":${JSON.stringify(summary)}}}\n`)
      })
      return Stream.make(head).pipe(Stream.concat(body), Stream.concat(tail))
    })
