/**
 * Cucumber JSON reports (`--format json` of cucumber-jvm, cucumber-js, cucumber-ruby, godog, pytest-bdd, Karate, and
 * behave's JSON formatter) to canonical records: one test per scenario and per example row of an outline, with its
 * steps and hooks. The report is scanned element by element, never parsed whole.
 *
 * @since 0.1.0
 */
import * as Announcer from "@tr/core/Announcer"
import { capped, DEFAULT_CAP } from "@tr/core/BoundedText"
import * as Canonical from "@tr/core/Canonical"
import * as Identity from "@tr/core/Identity"
import * as Incremental from "@tr/core/Incremental"
import { type Cut, type Found, JsonError, JsonScanner, type Path } from "@tr/core/JsonScanner"
import { arr, num, obj, str } from "@tr/core/JsonValue"
import { TextDecoder } from "node:util"
import { format } from "./CucumberJsonFormat.js"
import { asTag, mergeTags, type Mutable, Outcome, stepStatus, testomatId, verdict } from "./internal/outcome.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = format.name

/**
 * The unit of the report's durations. Most writers use nanoseconds; behave writes seconds (recognised by its shape);
 * cucumber-js 2 and 3 wrote milliseconds, which nothing in the file tells apart.
 *
 * @since 0.1.0
 * @category models
 */
export type DurationUnit = "ns" | "ms" | "s"

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  readonly source: string
  /** Cap of each text field (message, stack, output), in characters. */
  readonly maxTextLength?: number
  /** The unit of durations, when the report's writer is known to differ from what its shape says. */
  readonly durationUnit?: DurationUnit
}

/** What the reader knows of a step, hook or element: every field is what some writer puts there. */
interface JsonStep {
  readonly keyword?: unknown
  readonly name?: unknown
  readonly line?: unknown
  readonly hidden?: unknown
  readonly result?: { readonly status?: unknown; readonly duration?: unknown; readonly error_message?: unknown }
  readonly match?: { readonly location?: unknown }
  readonly before?: unknown
  readonly after?: unknown
  readonly output?: unknown
  readonly location?: unknown
  readonly step_type?: unknown
}

interface JsonElement {
  readonly keyword?: unknown
  readonly name?: unknown
  readonly line?: unknown
  readonly type?: unknown
  readonly tags?: unknown
  readonly steps?: unknown
  readonly before?: unknown
  readonly after?: unknown
  readonly examples?: unknown
  readonly children?: unknown
  readonly start_timestamp?: unknown
  readonly location?: unknown
}

const lineOf = (v: unknown): number | undefined => {
  const n = num(v)
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined
}

/** Tags as names: objects `{name}` (Cucumber) or plain strings (behave, without the `@`). */
const tagsOf = (v: unknown): Array<string> =>
  arr(v).flatMap((t) => {
    const name = typeof t === "string" ? t : str(obj<{ name?: unknown }>(t)?.name)
    return name === undefined || name === "" ? [] : [asTag(name)]
  })

/** An error text as written: a string, or behave's list of lines. */
const errorText = (v: unknown): string | undefined =>
  typeof v === "string" ? v : Array.isArray(v) ? v.map(String).join("\n") : undefined

/** behave writes `location: "features/a.feature:12"` where Cucumber writes `uri` and `line`. */
const splitLocation = (v: unknown): { file?: string; line?: number } => {
  const location = str(v)
  if (location === undefined) return {}
  const m = /^(.*):(\d+)$/.exec(location)
  return m === null ? { file: location } : { file: m[1]!, line: Number(m[2]) }
}

/** A feature's `uri` as a path: `file:` URIs (cucumber-jvm 5 and later) lose their scheme, Windows' `\\` become `/`. */
const pathOf = (uri: string): string => {
  if (!uri.startsWith("file:")) return uri.replaceAll("\\", "/")
  const rest = uri.slice(5)
  try {
    return decodeURIComponent(rest.startsWith("//") ? rest.replace(/^\/\/[^/]*/, "") : rest)
  } catch {
    return rest
  }
}

/** What tells the rows of an outline apart: their values, else their place. */
const executionOf = (
  outline: { readonly index: number; readonly values?: ReadonlyArray<readonly [string, string]> }
): string =>
  outline.values === undefined || outline.values.length === 0
    ? `example ${outline.index}`
    : outline.values.map(([name, value]) => `${name}=${value}`).join(", ")

const HOOK_KEYWORDS = new Set(["Before", "After", "BeforeStep", "AfterStep"])

interface Feature {
  name: string
  file: string | undefined
  tags: Array<string>
  behave: boolean
}

interface ReadStep {
  readonly step: Canonical.Step
  readonly raw: string | undefined
  readonly title: string
  readonly error?: string
  readonly line?: number
}

/** Longest feature header or scenario read, in characters: its strings are capped, so only a flood of fields comes near. */
const MAX_VALUE = 64 * 1024 * 1024

/**
 * The canonical field a string of a scenario that was cut while scanning ends up in, for `truncated`; none for what
 * no test keeps (embedded files).
 */
const cutField = (cut: Cut): string | undefined =>
  cut.path.includes("embeddings")
    ? undefined
    : cut.path.at(-1) === "error_message"
    ? "failures"
    : cut.path[0] === "name"
    ? "title"
    : cut.path.includes("output")
    ? "stdout"
    : "steps"

/** Where the features are: the whole document (an array) or old behave's `{"features": [...]}`. */
type Root = "array" | "object"

class Reader {
  private readonly decoder = new TextDecoder()
  private scanner: JsonScanner | undefined
  private root: Root | undefined
  private readonly identity: (parts: ReadonlyArray<string | number>) => string
  private readonly cap: number
  private ordinal = 0
  private readonly source: Announcer.Announcer
  private readonly diagnostic: ReturnType<typeof Canonical.diagnosticsOf>
  private broken = false
  private sawText = false
  /** The feature being read: its fields and elements come in any order, so its tests leave when it ends. */
  private featureIndex = -1
  private header: { [key: string]: unknown } = {}
  private elements: Array<JsonElement> = []
  /** The strings of a scenario cut while scanning (an embedded screenshot, a long error). */
  private readonly cuts = new WeakMap<JsonElement, ReadonlyArray<Cut>>()

  constructor(private readonly options: Options) {
    this.identity = Identity.prefixed([options.source])
    this.source = Announcer.make(options.source, FORMAT)
    this.diagnostic = Canonical.diagnosticsOf(options.source)
    this.cap = options.maxTextLength ?? DEFAULT_CAP
  }

  feed(bytes: Uint8Array, out: Array<Canonical.SourceRecord>): void {
    if (this.broken) return
    this.scan(this.decoder.decode(bytes, { stream: true }), out)
  }

  end(out: Array<Canonical.SourceRecord>): void {
    if (!this.broken) this.scan(this.decoder.decode(), out)
    if (!this.broken && this.scanner !== undefined) {
      const found: Array<Found> = []
      this.scanner.end(found)
      this.take(found, out)
    }
    if (this.featureIndex >= 0) this.flush(out)
    if (!this.sawText) return this.diagnostic(out, "error", "empty-file", "the file is empty")
    if (this.broken || this.scanner === undefined) return
    if (this.scanner.cut) {
      return this.diagnostic(
        out,
        "error",
        "truncated-file",
        `the file ends inside the report; ${this.ordinal} ${
          this.ordinal === 1 ? "scenario" : "scenarios"
        } read before the end are kept`,
        { line: this.scanner.line, column: this.scanner.column }
      )
    }
    if (!this.source.announced) {
      this.source.announce(out)
      this.diagnostic(out, "warning", "no-scenarios", "the report holds no scenarios")
    }
  }

  private scan(text: string, out: Array<Canonical.SourceRecord>): void {
    if (text === "") return
    if (this.scanner === undefined) {
      if (!this.sawText) text = text.replace(/^\ufeff/, "")
      if (text.trim() === "") return
      this.sawText = true
      const first = text.trimStart()[0]
      if (first !== "[" && first !== "{") {
        this.broken = true
        const xml = first === "<"
        this.diagnostic(
          out,
          "error",
          xml ? "unrecognized-format" : "not-json",
          xml ? "not a Cucumber JSON report: this is XML, not JSON" : `not JSON: it starts with "${first}"`,
          { line: 1, column: 1 }
        )
        return
      }
      const root: Root = first === "[" ? "array" : "object"
      this.root = root
      const wanted = root === "array"
        ? (p: Path) => p.length === 2 || (p.length === 3 && p[1] === "elements")
        : (p: Path) => p[0] === "features" && (p.length === 3 || (p.length === 4 && p[2] === "elements"))
      this.scanner = new JsonScanner(
        (p) => wanted(p) && !(p.length === (root === "array" ? 2 : 3) && p.at(-1) === "elements"),
        MAX_VALUE,
        root === "array" ? 3 : 4,
        // Room for the marker of what was left out, so that the field's own cap leaves a cut string as it is.
        Math.max(1, this.cap - 64)
      )
    }
    const found: Array<Found> = []
    try {
      this.scanner.feed(text, found)
    } catch (e) {
      this.take(found, out)
      if (!(e instanceof JsonError)) throw e
      this.broken = true
      if (this.featureIndex >= 0) this.flush(out)
      this.diagnostic(
        out,
        "error",
        "invalid-json",
        `malformed JSON: ${e.reason}; ${this.ordinal} scenarios read before it are kept`,
        { line: e.line, column: e.column }
      )
      return
    }
    this.take(found, out)
  }

  private take(found: ReadonlyArray<Found>, out: Array<Canonical.SourceRecord>): void {
    const base = this.root === "array" ? 0 : 1
    for (const f of found) {
      const index = f.path[base] as number
      if (index !== this.featureIndex) {
        if (this.featureIndex >= 0) this.flush(out)
        this.featureIndex = index
      }
      if (f.path.length === base + 3) {
        const element = obj<JsonElement>(f.value)
        if (element !== undefined) {
          this.elements.push(element)
          if (f.cuts !== undefined) this.cuts.set(element, f.cuts)
        }
      } else {
        this.header[f.path[base + 1] as string] = f.value
      }
    }
  }

  /** The feature ended: its scenarios become tests. */
  private flush(out: Array<Canonical.SourceRecord>): void {
    const h = this.header
    const elements = this.elements
    this.header = {}
    this.elements = []
    // behave names its features' places `location` and writes tags as bare strings; Cucumber writes `uri`.
    const behave = h["uri"] === undefined && typeof h["location"] === "string"
    const located = behave ? splitLocation(h["location"]) : {}
    const uri = str(h["uri"])
    const feature: Feature = {
      name: str(h["name"]) ?? "",
      file: uri !== undefined ? pathOf(uri) : located.file,
      tags: tagsOf(h["tags"]),
      behave
    }
    if (elements.length === 0) return
    this.source.announce(out, behave ? "behave" : undefined)
    this.elementsOf(feature, elements, undefined, [], out)
  }

  private elementsOf(
    feature: Feature,
    elements: ReadonlyArray<JsonElement>,
    rule: { readonly name: string; readonly tags: ReadonlyArray<string> } | undefined,
    inherited: ReadonlyArray<JsonElement>,
    out: Array<Canonical.SourceRecord>
  ): void {
    // A background applies to the scenarios after it: cucumber-jvm and -ruby repeat it before each scenario, behave
    // writes it once.
    let background: JsonElement | undefined
    const outlines = new Map<string, number>()
    for (const element of elements) {
      const type = str(element.type) ?? ""
      const keyword = (str(element.keyword) ?? "").trim()
      if (type === "rule" || keyword === "Rule") {
        this.elementsOf(
          feature,
          arr(element.children).flatMap((c) => obj<JsonElement>(c) ?? []),
          { name: str(element.name) ?? "", tags: tagsOf(element.tags) },
          background === undefined ? inherited : [...inherited, background],
          out
        )
      } else if (type === "background" || keyword === "Background") {
        background = element
      } else {
        const backgrounds = background === undefined ? inherited : [...inherited, background]
        const examples = arr(element.examples)
        if (examples.length > 0) {
          let row = 0
          for (const example of this.exampleRows(examples)) {
            row++
            this.scenario(feature, rule, backgrounds, element, out, { ...example, index: row })
          }
        } else {
          let index: number | undefined
          if (/Outline|Template/.test(keyword) || type === "scenario_outline") {
            const key = `${keyword}\u0000${str(element.name) ?? ""}`
            index = (outlines.get(key) ?? 0) + 1
            outlines.set(key, index)
          }
          this.scenario(feature, rule, backgrounds, element, out, index === undefined ? undefined : { index })
        }
      }
    }
  }

  /** Rows of an outline's `examples` as a report that did not expand them writes: Cucumber's `rows` or behave's `table`. */
  private *exampleRows(
    examples: ReadonlyArray<unknown>
  ): Generator<{ readonly values: ReadonlyArray<readonly [string, string]>; readonly tags: ReadonlyArray<string> }> {
    for (const e of examples) {
      const example = obj<{ rows?: unknown; table?: unknown; tags?: unknown }>(e)
      if (example === undefined) continue
      const tags = tagsOf(example.tags)
      const table = obj<{ headings?: unknown; rows?: unknown }>(example.table)
      const cells = (r: unknown) => arr(Array.isArray(r) ? r : obj<{ cells?: unknown }>(r)?.cells).map(String)
      const rows = table !== undefined
        ? [arr(table.headings).map(String), ...arr(table.rows).map(cells)]
        : arr(example.rows).map(cells)
      const [head, ...body] = rows
      if (head === undefined) continue
      for (const row of body) yield { values: head.map((name, i) => [name, row[i] ?? ""] as const), tags }
    }
  }

  /** Units of the report in a second (a division keeps decimals exact where a multiplication by 1e-9 does not). */
  private perSecond(behave: boolean): number {
    const unit = this.options.durationUnit ?? (behave ? "s" : "ns")
    return unit === "s" ? 1 : unit === "ms" ? 1e3 : 1e9
  }

  private text(value: string | undefined, field: string, truncated: Array<Canonical.Truncation>): string | undefined {
    return capped(value, this.cap, field, truncated)
  }

  private scenario(
    feature: Feature,
    rule: { readonly name: string; readonly tags: ReadonlyArray<string> } | undefined,
    backgrounds: ReadonlyArray<JsonElement>,
    element: JsonElement,
    out: Array<Canonical.SourceRecord>,
    outline: {
      readonly index: number
      readonly values?: ReadonlyArray<readonly [string, string]>
      readonly tags?: ReadonlyArray<string>
    } | undefined
  ): void {
    const truncated: Array<Canonical.Truncation> = (this.cuts.get(element) ?? []).flatMap((c) => {
      const field = cutField(c)
      return field === undefined ? [] : [{ field, length: c.length }]
    })
    const outcome = new Outcome<ReadStep>()
    const output: Array<string> = []
    /** The sum in the report's unit, converted once: no rounding noise from adding small fractions. */
    let total: number | undefined
    const perSecond = this.perSecond(feature.behave)
    const substitute = (text: string) =>
      outline?.values === undefined
        ? text
        : text.replace(/<([^<>]+)>/g, (whole, name: string) => outline.values!.find(([n]) => n === name)?.[1] ?? whole)

    const read = (s: JsonStep, hook: string | undefined): ReadStep => {
      const keyword = (str(s.keyword) ?? "").trim()
      const isHook = hook !== undefined || (HOOK_KEYWORDS.has(keyword) && (s.hidden === true || s.name === undefined))
      const location = str(s.match?.location)
      const title = isHook
        ? `${hook ?? keyword}${location === undefined ? "" : ` (${location})`}`
        : `${keyword} ${substitute(str(s.name) ?? "")}`.trim()
      const result = obj<NonNullable<JsonStep["result"]>>(s.result)
      const raw = str(result?.status)?.toLowerCase()
      const written = num(result?.duration)
      const seconds = written === undefined || written < 0 ? undefined : written / perSecond
      const error = this.text(errorText(result?.error_message), "failures", truncated)
      for (const line of arr(s.output)) if (typeof line === "string") output.push(line)
      const nested = [
        ...arr(s.before).map((h) => read(obj<JsonStep>(h) ?? {}, "BeforeStep")),
        ...arr(s.after).map((h) => read(obj<JsonStep>(h) ?? {}, "AfterStep"))
      ]
      const step: Mutable<Canonical.Step> = { title, category: isHook ? "hook" : "user" }
      if (raw !== undefined) step.status = stepStatus(raw)
      if (seconds !== undefined) {
        step.duration = seconds
        total = (total ?? 0) + written!
      }
      if (error !== undefined && raw !== "passed") {
        step.error = { message: error.trim().split("\n", 1)[0]!.trim(), stack: error }
      }
      if (nested.length > 0) step.steps = nested.map((n) => n.step)
      const line = lineOf(s.line) ?? (feature.behave ? splitLocation(s.location).line : undefined)
      const done: ReadStep = {
        step,
        raw,
        title,
        ...(error === undefined ? {} : { error }),
        ...(line === undefined ? {} : { line })
      }
      if (raw !== undefined) outcome.see(raw, done)
      return done
    }
    const hooks = (v: unknown, name: string) => arr(v).map((h) => read(obj<JsonStep>(h) ?? {}, name))
    const steps = (e: JsonElement) => arr(e.steps).map((s) => read(obj<JsonStep>(s) ?? {}, undefined))
    const all: Array<ReadStep> = [
      ...backgrounds.flatMap((b) => hooks(b.before, "Before")),
      ...hooks(element.before, "Before"),
      ...backgrounds.flatMap(steps),
      ...steps(element),
      ...hooks(element.after, "After"),
      ...backgrounds.flatMap((b) => hooks(b.after, "After"))
    ]

    const tags = mergeTags(feature.tags, rule?.tags ?? [], tagsOf(element.tags), outline?.tags ?? [])
    const written = substitute(str(element.name) ?? "")
    const { id, title } = testomatId(tags, written)
    const behaveLocation = feature.behave ? splitLocation(element.location) : {}
    const suite = rule === undefined ? [feature.name] : [feature.name, rule.name]
    const status = outcome.status
    const record: Mutable<Canonical.TestCase> = {
      type: "test",
      id: this.identity([feature.file ?? feature.name, this.ordinal++, written]),
      source: this.options.source,
      title,
      suite,
      status
    }
    record.group = feature.name
    if (feature.file !== undefined) record.file = feature.file
    record.framework = feature.behave ? "behave" : "Cucumber"
    if (feature.behave) record.tool = "behave"
    if (outline !== undefined) record.execution = executionOf(outline)
    const line = lineOf(element.line) ?? behaveLocation.line
    if (line !== undefined) record.line = line
    if (total !== undefined) record.duration = total / perSecond
    const started = str(element.start_timestamp)
    if (started !== undefined) record.startedAt = started
    const { failures, skip } = verdict(outcome.result, feature.file)
    if (failures !== undefined) record.failures = failures
    if (skip !== undefined) record.skip = skip
    const stdout = this.text(output.length === 0 ? undefined : output.join("\n"), "stdout", truncated)
    if (stdout !== undefined) record.stdout = stdout
    if (tags.length > 0) record.tags = tags
    if (id !== undefined) record.testId = id
    if (outline?.values !== undefined && outline.values.length > 0) {
      record.parameters = outline.values.map(([name, value]) => ({ name, value }))
    }
    if (all.length > 0) record.steps = all.map((s) => s.step)
    if (truncated.length > 0) record.truncated = truncated
    const keyword = (str(element.keyword) ?? "").trim()
    record.gherkin = {
      feature: feature.name,
      ...(feature.tags.length === 0 ? {} : { featureTags: feature.tags }),
      ...(rule === undefined ? {} : { rule: rule.name }),
      ...(keyword === "" ? {} : { keyword }),
      ...(outline === undefined ? {} : { outlineIndex: outline.index })
    }
    out.push(record)
  }
}

/**
 * Reads one Cucumber JSON report. Problems become diagnostics (malformed JSON names line and column; the scenarios
 * read before it are kept); only the input's own error fails the stream. A feature's tests leave when the feature
 * ends, since writers put its name and file after its scenarios (cucumber-jvm, cucumber-js): one feature at a time is
 * held, never the report.
 *
 * @example
 * import * as CucumberJsonReader from "@tr/cucumber/CucumberJsonReader"
 * fs.stream("cucumber.json").pipe(CucumberJsonReader.stream({ source: "cucumber.json" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream = (options: Options) => Incremental.stream(() => new Reader(options))
