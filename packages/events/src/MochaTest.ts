/**
 * One Mocha test as its reporters write it (`json`, `json-stream`: `title`, `fullTitle`, `file`, `duration`,
 * `currentRetry`, an error) to the fields of a canonical test: both readers of Mocha's output map it here, so a test
 * reads the same whichever reporter wrote it.
 *
 * @since 0.2.0
 */
import { capped } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import * as FilePath from "@tr/core/FilePath"
import * as Group from "@tr/core/Group"
import { num, str } from "@tr/core/JsonValue"
import * as Titles from "@tr/core/Titles"

/**
 * What Mocha's reporters write of a test (each field as parsed: anything may be missing or of another type).
 *
 * @since 0.2.0
 * @category models
 */
export interface Written {
  readonly title?: unknown
  readonly fullTitle?: unknown
  readonly file?: unknown
  readonly duration?: unknown
  readonly currentRetry?: unknown
}

/**
 * A failed test's error: `json` writes the error object (`message`, `stack`, `name`, `expected`, `actual`), `json-stream`
 * its message and stack.
 *
 * @since 0.2.0
 * @category models
 */
export interface Error {
  readonly message?: string | undefined
  readonly stack?: string | undefined
  readonly type?: string | undefined
  /** The values an assertion compared, as text: written after the stack, as Mocha's own reporters show a diff. */
  readonly expected?: string | undefined
  readonly actual?: string | undefined
}

/**
 * @since 0.2.0
 * @category models
 */
export interface Options {
  readonly tool: string
  readonly cap: number
  /** The project's root: a `file` under it is written relative to it. */
  readonly root?: string | undefined
}

/**
 * A test's fields (all but its identity and source) and the parts its identity is derived from.
 *
 * @since 0.2.0
 * @category models
 */
export interface Mapped {
  readonly fields: Omit<Canonical.TestCase, "type" | "id" | "source">
  readonly key: ReadonlyArray<string>
}

/**
 * The canonical fields of one Mocha test. `fullTitle` is the enclosing suites' titles and the test's, joined by
 * spaces: the suites' part is one suite (it cannot be split further), and the test's group.
 *
 * @example
 * import * as MochaTest from "@tr/events/MochaTest"
 * MochaTest.map({ title: "adds", fullTitle: "Math adds", file: "test/math.js", duration: 3 }, "passed", undefined,
 *   { tool: "Mocha json", cap: 1024 })
 * // fields: { title: "adds", suite: ["Math"], group: "Math", file: "test/math.js", duration: 0.003, … }
 *
 * @since 0.2.0
 * @category mapping
 */
export const map = (
  test: Written,
  status: Canonical.Status,
  error: Error | undefined,
  options: Options
): Mapped => {
  const written = str(test.title) ?? ""
  const full = str(test.fullTitle) ?? written
  const parent = full.endsWith(written) ? full.slice(0, full.length - written.length).trim() : ""
  const { testId, title } = Titles.splitTestomatId(written)
  const truncated: Array<Canonical.Truncation> = []
  const record: { -readonly [K in keyof Canonical.TestCase]?: Canonical.TestCase[K] } = {}
  const asWritten = str(test.file)
  const file = asWritten === undefined ? undefined : FilePath.relativeTo(asWritten, options.root)
  if (file !== undefined) record.file = file
  if (parent !== "") record.group = parent
  else if (file !== undefined) Object.assign(record, Group.fromFile(file))
  const duration = num(test.duration)
  if (duration !== undefined && duration >= 0) record.duration = duration / 1000
  if (status === "failed") {
    const message = capped(error?.message, options.cap, "failures", truncated)
    const values = [
      ...(error?.expected === undefined ? [] : [`expected: ${error.expected}`]),
      ...(error?.actual === undefined ? [] : [`actual: ${error.actual}`])
    ].join("\n")
    const stack = capped(
      [error?.stack ?? "", values].filter((x) => x.trim() !== "").join("\n\n"),
      options.cap,
      "failures",
      truncated
    )
    record.failures = [{
      kind: "failure",
      ...(message === undefined ? {} : { message }),
      ...(error?.type === undefined || error.type === "" ? {} : { type: error.type }),
      ...(stack === undefined ? {} : { stack })
    }]
  }
  if (status === "skipped") record.skip = {}
  const retry = num(test.currentRetry)
  if (status === "passed" && retry !== undefined && retry > 0) record.flaky = true
  if (retry !== undefined && retry > 0) record.attributes = { currentRetry: String(retry) }
  if (testId !== undefined) record.testId = testId
  return {
    fields: {
      title,
      suite: parent === "" ? [] : [parent],
      framework: "Mocha",
      tool: options.tool,
      status,
      ...record,
      ...(truncated.length === 0 ? {} : { truncated })
    },
    key: [file ?? "", full]
  }
}
