/**
 * TAP (versions 12, 13 and 14) to canonical records, a line at a time: each test point is emitted as soon as the line
 * that follows it (or the end of its YAML block) says it is complete, so `node --test --test-reporter=tap | tr …` hands
 * tests on while the run goes on.
 *
 * @since 0.1.0
 */
import * as Announcer from "@tr/core/Announcer"
import { BoundedText, capped, DEFAULT_CAP } from "@tr/core/BoundedText"
import * as Canonical from "@tr/core/Canonical"
import * as Identity from "@tr/core/Identity"
import * as Incremental from "@tr/core/Incremental"
import * as Lines from "@tr/core/Lines"
import * as Titles from "@tr/core/Titles"
import * as Yaml from "./internal/yaml.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = "tap"

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  readonly source: string
  /** Cap of each text field (message, stack, diagnostics), in characters. */
  readonly maxTextLength?: number
}

type Out = Array<Canonical.SourceRecord>
type Mutable<T> = { -readonly [K in keyof T]: T[K] }

const POINT = /^(not )?ok\b\s*(\d+)?\s*(.*)$/
const PLAN = /^1\.\.(\d+)\s*(?:#\s*(.*))?$/
const VERSION = /^TAP version (\d+)\s*$/i
const SUBTEST = /^#\s*Subtest(?::\s*(.*))?$/i
const BAIL_OUT = /^Bail out!\s*(.*)$/i
const PRAGMA = /^pragma\s+[+-]\w+/
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g
/** YAML keys read into fields; the others are kept as attributes. */
const READ_KEYS = new Set(["duration_ms", "message", "error", "stack", "at", "location", "failureType", "type"])

/** A test point whose end is not known yet (a YAML block or diagnostics may follow). */
interface Point {
  readonly ok: boolean
  readonly description: string
  readonly directive: { readonly kind: "skip" | "todo"; readonly reason: string } | undefined
  readonly indent: number
  readonly line: number
  yaml: Array<string> | undefined
  yamlIndent: number
  yamlDone: boolean
  diagnostics: BoundedText | undefined
}

/** A subtest being read: the points indented below its closing point. */
interface Level {
  readonly indent: number
  name: string | undefined
  failed: boolean
  /** Tests held until an unnamed subtest's closing point gives the name their suite path needs. */
  held: Array<(out: Out) => void> | undefined
}

/** The description without `- ` in front, its directive taken off (`\#` is an escaped, literal `#`). */
const splitDirective = (rest: string): Pick<Point, "description" | "directive"> => {
  const text = rest.replace(ANSI, "")
  const m = /(?:^|\s)#\s*(skip\w*|todo)\b\s*(.*)$/i.exec(text)
  const at = m === null || text[m.index + (m[0].startsWith("#") ? 0 : 1) - 1] === "\\" ? -1 : m.index
  const description = (at === -1 ? text : text.slice(0, at)).replace(/^-\s*/, "").trim()
    .replace(/\\([\\#])/g, "$1")
  if (at === -1) return { description, directive: undefined }
  return {
    description,
    directive: {
      kind: m![1]!.toLowerCase() === "todo" ? "todo" : "skip",
      reason: m![2]!.trim().replace(/\\([\\#])/g, "$1")
    }
  }
}

class TapReader implements Lines.LineHandler<Canonical.SourceRecord> {
  private readonly cap: number
  private readonly identity: (parts: ReadonlyArray<string | number>) => string
  private ordinal = 0
  private readonly source: Announcer.Announcer
  private sawText = false
  private sawTap = false
  private bailedOut = false
  private pending: Point | undefined
  /** The subtests open around the current line, outermost first; the first is the document itself. */
  private readonly levels: Array<Level> = [{ indent: 0, name: "", failed: false, held: undefined }]
  private subtestName: { readonly name: string; readonly indent: number } | undefined
  private plan: number | undefined
  private topPoints = 0
  private passedOver = 0

  constructor(private readonly options: Options) {
    this.cap = options.maxTextLength ?? DEFAULT_CAP
    this.identity = Identity.prefixed([options.source])
    this.source = Announcer.make(options.source, FORMAT)
  }

  line(raw: string, number: number, out: Out): void {
    if (this.bailedOut) return
    if (raw.trim() === "") return
    this.sawText = true
    const indent = raw.length - raw.trimStart().length
    const text = raw.trim()
    const point = this.pending
    if (point !== undefined && point.yaml !== undefined && !point.yamlDone) {
      if (text === "..." && indent === point.yamlIndent) {
        point.yamlDone = true
        this.complete(out)
      } else point.yaml.push(raw)
      return
    }
    if (point !== undefined && point.yaml === undefined && text === "---" && indent > point.indent) {
      point.yaml = []
      point.yamlIndent = indent
      return
    }
    if (point !== undefined && !point.ok && text.startsWith("#") && !SUBTEST.test(text) && indent >= point.indent) {
      point.diagnostics ??= new BoundedText(this.cap)
      point.diagnostics.append((point.diagnostics.length === 0 ? "" : "\n") + text.replace(/^#\s?/, ""))
      return
    }
    this.complete(out)
    const bail = BAIL_OUT.exec(text)
    if (bail !== null) {
      this.sawTap = true
      this.bailedOut = true
      const reason = bail[1]!.replace(ANSI, "")
      this.closeAll(out)
      this.diagnostic(
        out,
        "warning",
        "bail-out",
        `Bail out!${reason === "" ? "" : ` ${reason}`}: the run stopped here${
          this.plan === undefined ? "" : `; ${this.topPoints} of the ${this.plan} planned tests were reported`
        }`,
        number
      )
      return
    }
    const subtest = SUBTEST.exec(text)
    if (subtest !== null) {
      this.sawTap = true
      this.enter(indent)
      this.subtestName = { name: (subtest[1] ?? "").replace(ANSI, "").trim(), indent }
      return
    }
    if (text.startsWith("#")) return
    const m = POINT.exec(text)
    const plan = m === null ? PLAN.exec(text) : null
    if (m === null && plan === null && !VERSION.test(text) && !PRAGMA.test(text)) {
      this.passedOver++
      return
    }
    this.sawTap = true
    this.enter(indent)
    if (plan !== null) {
      if (this.levels.length === 1) this.plan = Number(plan[1])
      return
    }
    if (m === null) return
    this.pending = {
      ok: m[1] === undefined,
      ...splitDirective(m[3]!),
      indent,
      line: number,
      yaml: undefined,
      yamlIndent: 0,
      yamlDone: false,
      diagnostics: undefined
    }
  }

  tooLong(number: number, maxLength: number, out: Out): void {
    this.complete(out)
    this.diagnostic(
      out,
      "warning",
      "skipped-line",
      `line ${number} is longer than ${maxLength} characters: passed over`,
      number
    )
  }

  end(_lines: number, out: Out): void {
    if (!this.sawText) return this.diagnostic(out, "error", "empty-file", "the input is empty")
    if (!this.sawTap) {
      return this.diagnostic(out, "error", "unrecognized-format", "not TAP: no test point, plan or version line")
    }
    const cutInYaml = this.pending?.yaml !== undefined && !this.pending.yamlDone
    this.complete(out)
    if (this.bailedOut) return
    const open = this.levels.length - 1
    this.closeAll(out)
    if (cutInYaml || open > 0) {
      this.diagnostic(
        out,
        "error",
        "truncated-file",
        `the input ends inside ${
          cutInYaml ? "a YAML block" : `${open} unfinished ${open === 1 ? "subtest" : "subtests"}`
        }`
      )
    } else if (this.plan !== undefined && this.plan !== this.topPoints) {
      this.diagnostic(
        out,
        "error",
        "plan-mismatch",
        `the plan announces ${this.plan} tests but ${this.topPoints} were reported`
      )
    }
    if (this.passedOver > 0) {
      this.diagnostic(out, "warning", "skipped-lines", `${this.passedOver} lines that are not TAP were passed over`)
    }
  }

  /** A line at `indent` deeper than the current subtest's opens a subtest, named by a `# Subtest:` line above it. */
  private enter(indent: number): void {
    const top = this.levels[this.levels.length - 1]!
    if (indent <= top.indent) return
    const named = this.subtestName !== undefined && this.subtestName.indent < indent
    this.levels.push({ indent, name: named ? this.subtestName!.name : undefined, failed: false, held: undefined })
    if (named) this.subtestName = undefined
  }

  /** The pending point is complete: a test, or the closing point of the subtest indented below it. */
  private complete(out: Out): void {
    const point = this.pending
    if (point === undefined) return
    this.pending = undefined
    if (this.subtestName !== undefined && this.subtestName.indent <= point.indent) this.subtestName = undefined
    let closes = false
    while (this.levels.length > 1 && this.levels[this.levels.length - 1]!.indent > point.indent) {
      const level = this.levels.pop()!
      // The outermost subtest deeper than the point is the one it closes; any inside it ended without a point.
      const byPoint = this.levels[this.levels.length - 1]!.indent <= point.indent
      this.closeLevel(level, byPoint ? point : undefined, out)
      closes ||= byPoint
    }
    if (this.levels.length === 1) this.topPoints++
    if (closes) return
    const failed = !point.ok && point.directive === undefined
    if (failed) this.levels[this.levels.length - 1]!.failed = true
    const levels = this.levels.slice(1)
    this.deliver(out, (o) => this.test(o, point, levels))
  }

  /** A subtest ends at its closing point: that point names the subtest and is its suite's result, not a test. */
  private closeLevel(level: Level, closing: Point | undefined, out: Out): void {
    level.name ??= closing?.description || "(unnamed subtest)"
    const outer = this.levels.slice(1)
    const failedHere = closing !== undefined && !closing.ok && closing.directive === undefined
    const parent = this.levels[this.levels.length - 1]!
    if (failedHere || level.failed) parent.failed = true
    const held = level.held
    level.held = undefined
    for (const emit of held ?? []) emit(out)
    // A failure that no test inside reported (a failing hook, a subtest that could not start) is not lost.
    if (failedHere && !level.failed) this.deliver(out, (o) => this.test(o, closing, outer))
    const yaml = closing?.yaml === undefined ? {} : Yaml.parse(closing.yaml)
    const seconds = durationOf(yaml)
    this.deliver(out, (o) => {
      this.source.announce(o)
      o.push({
        type: "suite",
        source: this.options.source,
        path: [...outer.map((l) => l.name ?? ""), level.name!],
        name: level.name!,
        ...(seconds === undefined ? {} : { duration: seconds })
      })
    })
  }

  private closeAll(out: Out): void {
    while (this.levels.length > 1) this.closeLevel(this.levels.pop()!, undefined, out)
  }

  /** Emits now, or once the outermost unnamed subtest around it has the name its suite path needs. */
  private deliver(out: Out, emit: (out: Out) => void): void {
    const unnamed = this.levels.slice(1).find((l) => l.name === undefined)
    if (unnamed === undefined) emit(out)
    else (unnamed.held ??= []).push(emit)
  }

  private test(out: Out, point: Point, levels: ReadonlyArray<Level>): void {
    const suite = levels.map((l) => l.name ?? "")
    const yaml = point.yaml === undefined ? {} : Yaml.parse(point.yaml)
    const { testId, title } = Titles.splitTestomatId(point.description)
    const status: Canonical.Status = point.directive?.kind === "skip" || (point.directive?.kind === "todo" && !point.ok)
      ? "skipped"
      : point.ok
      ? "passed"
      : "failed"
    const truncated: Array<Canonical.Truncation> = []
    const record: Mutable<Canonical.TestCase> = {
      type: "test",
      id: this.identity([this.ordinal++, ...suite, point.description]),
      source: this.options.source,
      title,
      suite,
      ...(suite.length === 0 ? {} : { group: suite.at(-1)! }),
      tool: "TAP",
      status
    }
    const location = locationOf(yaml)
    if (location?.file !== undefined) record.file = location.file
    if (location?.line !== undefined) record.line = location.line
    const seconds = durationOf(yaml)
    if (seconds !== undefined) record.duration = seconds
    const message = str(yaml["message"]) ?? str(yaml["error"])
    const stack = str(yaml["stack"])
    const diagnostics = point.diagnostics?.value()
    if (point.diagnostics?.truncated) truncated.push({ field: "failures", length: point.diagnostics.length })
    const details = [message, stack, diagnostics].filter((s): s is string => s !== undefined && s !== "").join("\n")
    if (status === "failed") {
      const type = str(yaml["failureType"]) ?? str(yaml["code"])
      record.failures = [{
        kind: "failure",
        ...(message === undefined || message === "" ? {} : { message: this.capped(message, truncated) }),
        ...(type === undefined ? {} : { type }),
        ...(stack === undefined && diagnostics === undefined
          ? {}
          : { stack: this.capped([stack, diagnostics].filter((s) => s !== undefined).join("\n"), truncated) })
      }]
    } else if (status === "skipped") {
      const reason = point.directive!.reason
      record.skip = {
        ...(reason === "" ? {} : { message: reason }),
        ...(point.directive!.kind === "todo" ? { type: "todo" } : {}),
        ...(details === "" ? {} : { text: this.capped(details, truncated) })
      }
    }
    if (testId !== undefined) record.testId = testId
    const attributes: { [key: string]: string } = {}
    if (point.directive?.kind === "todo" && status === "passed") attributes["todo"] = point.directive.reason
    for (const [key, value] of Object.entries(yaml)) {
      if (!READ_KEYS.has(key) && !(key === "code" && status === "failed" && str(yaml["failureType"]) === undefined)) {
        attributes[key] = this.capped(Yaml.text(value), truncated)
      }
    }
    if (Object.keys(attributes).length > 0) record.attributes = attributes
    if (truncated.length > 0) record.truncated = truncated
    this.source.announce(out)
    out.push(record)
  }

  /** A text of a failure within the cap; a blank one stays as it is (the callers leave out what is empty). */
  private capped(value: string, truncated: Array<Canonical.Truncation>): string {
    return capped(value, this.cap, "failures", truncated) ?? value
  }

  private diagnostic(
    out: Out,
    severity: Canonical.Diagnostic["severity"],
    code: string,
    message: string,
    line?: number
  ): void {
    out.push(Canonical.diagnostic(this.options.source, severity, code, message, { line }))
  }
}

const str = (v: Yaml.YamlValue | undefined): string | undefined => (typeof v === "string" ? v : undefined)

const durationOf = (yaml: { readonly [key: string]: Yaml.YamlValue }): number | undefined => {
  const ms = Number(str(yaml["duration_ms"]))
  // Twelve significant digits: `ms / 1000` alone writes 0.0023678709009999997 for 2.367870901 ms.
  return str(yaml["duration_ms"]) !== undefined && Number.isFinite(ms) && ms >= 0
    ? Number((ms / 1000).toPrecision(12))
    : undefined
}

/** node's `location: '/app/test.js:10:3'`, node-tap's `at: { file, line }`. */
const locationOf = (yaml: { readonly [key: string]: Yaml.YamlValue }) => {
  const location = str(yaml["location"])
  const m = location === undefined ? null : /^(.*?):(\d+)(?::\d+)?$/.exec(location)
  if (m !== null) return { file: m[1]!, line: Number(m[2]) }
  const at = yaml["at"]
  if (typeof at === "object") {
    const file = str(at["file"]) ?? str(at["fileName"])
    const line = Number(str(at["line"]) ?? str(at["lineNumber"]))
    return { file, line: Number.isInteger(line) && line >= 0 ? line : undefined }
  }
  return undefined
}

/**
 * Reads TAP: test points are tests (`# SKIP` skipped; `not ok … # TODO` skipped as a todo, its failure kept in
 * `skip.text`); a point that closes an indented subtest is that subtest's suite, not a test; YAML blocks give duration,
 * failure, location and attributes; after `Bail out!` nothing is invented and the bail-out is a diagnostic.
 *
 * @example
 * import * as TapReader from "@tr/tap/TapReader"
 * fs.stream("results.tap").pipe(TapReader.stream({ source: "results.tap" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream = (options: Options) =>
  Incremental.stream(() => Lines.incremental<Canonical.SourceRecord>(new TapReader(options)))

/**
 * Whether the first line of an input (after any comments) is TAP: how `tr` recognises this format by content.
 *
 * @since 0.1.0
 * @category guards
 */
export const isFirstLine = (line: string): boolean => {
  const text = line.replace(ANSI, "").trim()
  return VERSION.test(text) || PLAN.test(text) || /^(not )?ok\b/.test(text) || SUBTEST.test(text) ||
    BAIL_OUT.test(text)
}
