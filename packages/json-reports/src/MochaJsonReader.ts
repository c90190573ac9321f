/**
 * Mocha's `json` reporter (`mocha --reporter json`, also Cypress's) to canonical records, streaming: each test is
 * read as soon as its object is complete, never the whole document.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Identity from "@tr/core/Identity"
import * as Incremental from "@tr/core/Incremental"
import { cutsAs, DocumentReader, type Out } from "@tr/core/JsonDocument"
import type { Found, Path } from "@tr/core/JsonScanner"
import { asText, isObject, str } from "@tr/core/JsonValue"
import * as MochaTest from "@tr/events/MochaTest"
import type { Options } from "./internal/values.js"
import { format } from "./MochaJsonFormat.js"

export type { Options } from "./internal/values.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = format.name

const LISTS = new Set(["tests", "pending", "failures", "passes"])

/** The keys this report starts with, which tell where it starts after text that is not the report. */
const FIRST_KEYS = ["stats", "tests", "passes", "failures", "pending"]

const wanted = (path: Path) =>
  (path.length === 1 && path[0] === "stats") ||
  (path.length === 2 && LISTS.has(path[0] as string) && typeof path[1] === "number")

/**
 * Tests of `tests` whose status only a later list tells (no error, a duration, no `speed`: a test skipped from its
 * body with `this.skip()`, or a pass of a Mocha before 8.2, which wrote no `speed`), held until it does. Past this
 * many, the oldest goes out as passed.
 */
const MAX_HELD = 10_000

type Test = MochaTest.Written & { readonly err?: unknown; readonly speed?: unknown }

const errorOf = (err: unknown): MochaTest.Error | undefined => {
  if (typeof err === "string") return err === "" ? undefined : { message: err }
  if (!isObject(err) || Object.keys(err).length === 0) return undefined
  return {
    message: str(err["message"]),
    stack: str(err["stack"]),
    type: str(err["name"]) ?? str(err["code"]),
    ...(err["expected"] === undefined ? {} : { expected: asText(err["expected"]) }),
    ...(err["actual"] === undefined ? {} : { actual: asText(err["actual"]) })
  }
}

/** The canonical field a cut string of a test ends up in. */
const cutField = (path: Path): string =>
  path[0] === "title" || path[0] === "fullTitle" ? "title" : path[0] === "file" ? "file" : "failures"

class Reader extends DocumentReader<Options> {
  private stats: { readonly [key: string]: unknown } | undefined
  /** Whether tests came from `tests`: the other lists then only settle what it left open. */
  private fromTests = false
  /** Whether a test came from another list first: `tests`, if it follows, is only counted. */
  private fromLists = false
  /** Failed tests of `tests`, by key: the same failure in `failures` is not a test of its own. */
  private readonly failed = new Map<string, number>()
  private readonly held = new Map<string, Array<Test>>()
  private heldCount = 0
  private readonly counted = { tests: 0, passes: 0, failures: 0, pending: 0 }

  constructor(options: Options) {
    super(options, { format: FORMAT, what: "a Mocha JSON report", wanted, wantedDepth: 2, firstKeys: FIRST_KEYS })
  }

  protected take(f: Found, out: Out): void {
    const list = f.path[0]
    if (list === "stats") {
      if (isObject(f.value)) this.stats = f.value
      this.announce(out, "mocha")
      return
    }
    if (!isObject(f.value)) return
    const test = f.value as Test
    const key = keyOf(test)
    if (list === "tests") {
      this.counted.tests++
      if (this.fromLists) return
      this.fromTests = true
      const error = errorOf(test.err)
      if (error !== undefined) {
        this.failed.set(key, (this.failed.get(key) ?? 0) + 1)
        return this.emit(test, "failed", f, out)
      }
      if (typeof test.speed === "string") return this.emit(test, "passed", f, out)
      if (typeof test.duration !== "number") return this.emit(test, "skipped", f, out)
      return this.hold(key, test, out)
    }
    if (list === "failures") {
      const earlier = this.failed.get(key) ?? 0
      if (earlier > 0) {
        this.failed.set(key, earlier - 1)
        return
      }
      // A failure no test of `tests` had: a hook's ("before all" hook for "…"), an uncaught error outside the tests,
      // or a test failing again after it ended.
      if (!this.fromTests) this.fromLists = true
      return this.emit(test, "failed", f, out)
    }
    const status = list === "passes" ? "passed" : "skipped"
    const waiting = this.held.get(key)
    if (waiting !== undefined) {
      const [first, ...rest] = waiting
      if (rest.length === 0) this.held.delete(key)
      else this.held.set(key, rest)
      this.heldCount--
      return this.emit(first!, status, undefined, out)
    }
    if (this.fromTests) return
    this.fromLists = true
    this.emit(test, status, f, out)
  }

  private hold(key: string, test: Test, out: Out): void {
    const waiting = this.held.get(key)
    if (waiting === undefined) this.held.set(key, [test])
    else waiting.push(test)
    if (++this.heldCount > MAX_HELD) {
      const [oldest, list] = this.held.entries().next().value!
      if (list.length === 1) this.held.delete(oldest)
      this.heldCount--
      this.emit(list.shift()!, "passed", undefined, out)
    }
  }

  private emit(test: Test, status: Canonical.Status, found: Found | undefined, out: Out): void {
    this.counted[status === "passed" ? "passes" : status === "failed" ? "failures" : "pending"]++
    const { fields, key } = MochaTest.map(test, status, status === "failed" ? errorOf(test.err) : undefined, {
      tool: "Mocha json",
      cap: this.cap,
      root: this.options.root
    })
    const cuts = cutsAs(found?.cuts, cutField)
    this.announce(out, "mocha")
    this.test(out, cuts.length === 0 ? fields : { ...fields, truncated: [...(fields.truncated ?? []), ...cuts] }, key)
  }

  /** Tests still waiting ran without an error: passed (the lists that would say otherwise never came). */
  protected override flush(out: Out): void {
    for (const waiting of this.held.values()) for (const test of waiting) this.emit(test, "passed", undefined, out)
    this.held.clear()
    this.heldCount = 0
  }

  protected finish(out: Out): void {
    this.flush(out)
    if (!this.recognised) {
      return this.diagnostic(
        out,
        "error",
        "unrecognized-format",
        "not a Mocha JSON report: it has no stats, tests, passes, failures or pending"
      )
    }
    this.countMismatch(out, "the stats declare", this.stats, this.counted)
  }
}

const keyOf = (test: Test): string =>
  Identity.derive([str(test.file) ?? "", str(test.fullTitle) ?? str(test.title) ?? ""])

/**
 * Reads one report of Mocha's `json` reporter. Tests come from `tests` (every test that ended, in order): one with an
 * error failed, one with a `speed` passed, one that never ran (no duration) was skipped, and one the list leaves open
 * is settled by `pending` or `passes`. A failure of `failures` that is no test of `tests` (a hook's, an uncaught error)
 * is a failed test of its own. A report without `tests` is read from the other lists. `stats` is checked against what
 * was read; damage becomes diagnostics, the tests before it kept.
 *
 * @example
 * import * as MochaJsonReader from "@tr/json-reports/MochaJsonReader"
 * fs.stream("mocha.json").pipe(MochaJsonReader.stream({ source: "mocha.json" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream = (options: Options) => Incremental.stream(() => new Reader(options))
