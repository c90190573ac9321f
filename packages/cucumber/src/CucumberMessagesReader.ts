/**
 * Cucumber Messages (`--format message`, NDJSON: one envelope a line) to canonical records, live: each test is emitted
 * when its `testCaseFinished` line arrives. What is held is the specification (Gherkin documents, pickles, test cases,
 * hooks) and the results of the test cases under way, never the results already emitted.
 *
 * @since 0.1.0
 */
import * as Announcer from "@tr/core/Announcer"
import { capped, DEFAULT_CAP } from "@tr/core/BoundedText"
import * as Canonical from "@tr/core/Canonical"
import * as Identity from "@tr/core/Identity"
import * as Incremental from "@tr/core/Incremental"
import { arr, type Json, obj, objs, str } from "@tr/core/JsonValue"
import * as Utf8 from "@tr/core/Utf8"
import { TextDecoder } from "node:util"
import { asTag, mergeTags, type Mutable, Outcome, stepStatus, testomatId, verdict } from "./internal/outcome.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = "cucumber-messages"

/**
 * Envelope types that open a Cucumber Messages stream: what `tr convert` recognises it by.
 *
 * @since 0.1.0
 * @category constants
 */
export const FIRST_ENVELOPES: ReadonlyArray<string> = ["meta", "source", "gherkinDocument", "pickle", "testRunStarted"]

/**
 * Whether a parsed line is a Cucumber Messages envelope that can open a stream (one key, naming the message): how `tr`
 * recognises this format by content.
 *
 * @since 0.2.0
 * @category guards
 */
export const isEnvelope = (value: unknown): boolean =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 &&
  FIRST_ENVELOPES.includes(Object.keys(value)[0]!)

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  readonly source: string
  /** Cap of each text field (message, stack, output), in characters. */
  readonly maxTextLength?: number
  /**
   * Longest line read, in characters (default 8 Mi); a longer one is skipped: an embedded attachment is counted as
   * not carried, as every embedded file is; any other line gets a warning.
   */
  readonly maxLineLength?: number
}

const lineOf = (node: Json | undefined): number | undefined => {
  const line = obj(node?.["location"])?.["line"]
  return typeof line === "number" && Number.isInteger(line) && line >= 0 ? line : undefined
}
/** A `{seconds, nanos}` duration or timestamp, in seconds. */
const seconds = (v: unknown): number | undefined => {
  const t = obj(v)
  if (t === undefined) return undefined
  const s = Number(t["seconds"] ?? 0)
  const n = Number(t["nanos"] ?? 0)
  return Number.isFinite(s) && Number.isFinite(n) ? s + n / 1e9 : undefined
}
/** Seconds from one timestamp to another, whole seconds and nanoseconds apart (one float of epoch seconds loses them). */
const elapsed = (from: unknown, to: unknown): number | undefined => {
  const a = obj(from)
  const b = obj(to)
  if (a === undefined || b === undefined) return undefined
  const s = Number(b["seconds"] ?? 0) - Number(a["seconds"] ?? 0)
  const n = Number(b["nanos"] ?? 0) - Number(a["nanos"] ?? 0)
  const d = s + n / 1e9
  return Number.isFinite(d) && d >= 0 ? d : undefined
}
/**
 * Longest line read, in characters. Only an embedded attachment comes near it: a line is parsed whole, which costs
 * several times its length, so a 40 MB screenshot took 226 MB.
 */
const DEFAULT_MAX_LINE = 8 * 1024 * 1024

/** How a line holding an embedded attachment starts. */
const ATTACHMENT_LINE = /^\s*\{\s*"attachment"\s*:/

/** What the reader keeps of a Gherkin document's node, by id. */
interface Node {
  readonly kind: "scenario" | "step" | "row"
  readonly keyword: string
  readonly line: number | undefined
  readonly feature: Feature
  readonly rule?: { readonly name: string; readonly tags: ReadonlyArray<string> }
  /** A row: its values by column, its place among the outline's rows, its examples' tags. */
  readonly values?: ReadonlyArray<readonly [string, string]>
  readonly index?: number
  readonly tags?: ReadonlyArray<string>
}

interface Feature {
  readonly name: string
  readonly tags: ReadonlyArray<string>
  readonly uri: string | undefined
}

interface Started {
  readonly testCaseId: string
  readonly started: number | undefined
  readonly timestamp: unknown
  readonly results: Map<string, Json>
  readonly attachments: Array<Canonical.Attachment>
  /** Characters of embedded contents carried so far: all of a test's together stay within one text cap. */
  carried: number
  readonly log: Array<string>
}

interface ReadStep {
  readonly title: string
  readonly error?: string
  readonly line?: number
  /** The exception's type, when the runner names it. */
  readonly type?: string
}

const STATUS = (v: unknown): string => (str(v) ?? "UNKNOWN").toLowerCase()

class Reader {
  private readonly decoder = new TextDecoder()
  private readonly identity: (parts: ReadonlyArray<string | number>) => string
  private readonly cap: number
  private readonly maxLine: number
  private rest = ""
  private lineNumber = 0
  private skipping = false
  /** The first line was not JSON: this is no Messages stream, and nothing more is read. */
  private broken = false
  private sawText = false
  private readonly source: Announcer.Announcer
  private readonly diagnostic: ReturnType<typeof Canonical.diagnosticsOf>
  private dialect: string | undefined
  private ordinal = 0
  private readonly nodes = new Map<string, Node>()
  /** The text of each feature file (`source`) whose first scenario has not finished yet, by uri. */
  private readonly sources = new Map<string, string>()
  private readonly pickles = new Map<string, Json>()
  private readonly hooks = new Map<string, Json>()
  private readonly testCases = new Map<string, Json>()
  private readonly started = new Map<string, Started>()
  /** Failed attempts of test cases that will be retried, by test case id. */
  private readonly attempts = new Map<string, Array<Canonical.Attempt>>()
  private embedded = 0
  private invalid = 0

  constructor(private readonly options: Options) {
    this.identity = Identity.prefixed([options.source])
    this.source = Announcer.make(options.source, FORMAT)
    this.diagnostic = Canonical.diagnosticsOf(options.source)
    this.cap = options.maxTextLength ?? DEFAULT_CAP
    this.maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE
  }

  feed(bytes: Uint8Array, out: Array<Canonical.SourceRecord>): void {
    if (this.broken) return
    this.lines(this.decoder.decode(bytes, { stream: true }), out)
  }

  end(out: Array<Canonical.SourceRecord>): void {
    if (!this.broken) this.lines(this.decoder.decode(), out)
    if (this.rest !== "" && !this.broken) {
      const last = this.rest
      this.rest = ""
      this.line(last, out)
    }
    if (!this.sawText) return this.diagnostic(out, "error", "empty-file", "the file is empty")
    if (this.broken) return
    this.source.announce(out, this.dialect)
    if (this.embedded > 0) {
      this.diagnostic(
        out,
        "warning",
        "attachments-not-carried",
        `${this.embedded} attachments embedded in the report are not carried: bigger than the text cap (--max-text) ` +
          `together with the test's others, or not tied to a test`
      )
    }
    if (this.started.size > 0) {
      this.diagnostic(
        out,
        "error",
        "truncated-file",
        `${this.started.size} scenarios started but never finished: the run or the file was cut; ${this.ordinal} read before are kept`
      )
    }
    if (this.ordinal === 0 && this.started.size === 0 && this.invalid === 0) {
      this.diagnostic(out, "warning", "no-scenarios", "the report holds no finished scenario")
    }
  }

  private lines(text: string, out: Array<Canonical.SourceRecord>): void {
    let from = 0
    for (let nl = text.indexOf("\n"); nl >= 0 && !this.broken; nl = text.indexOf("\n", from)) {
      const piece = text.slice(from, nl)
      from = nl + 1
      if (this.skipping) {
        this.skipping = false
        this.lineNumber++
        continue
      }
      const line = this.rest === "" ? piece : this.rest + piece
      this.rest = ""
      this.line(line, out)
    }
    if (this.skipping || this.broken) return
    this.rest += text.slice(from)
    if (this.rest.length > this.maxLine) {
      const attachment = ATTACHMENT_LINE.test(this.rest.slice(0, 64))
      this.rest = ""
      this.skipping = true
      if (attachment) {
        this.embedded++
        return
      }
      this.lineNumber++
      this.diagnostic(
        out,
        "warning",
        "line-too-long",
        `a line longer than ${this.maxLine} characters is skipped`,
        { line: this.lineNumber, column: 1 }
      )
      this.lineNumber--
    }
  }

  private line(text: string, out: Array<Canonical.SourceRecord>): void {
    this.lineNumber++
    if (!this.sawText) text = text.replace(/^\ufeff/, "")
    if (text.trim() === "") return
    let envelope: Json | undefined
    try {
      envelope = obj(JSON.parse(text))
    } catch (e) {
      if (!this.sawText) {
        this.sawText = true
        this.broken = true
        this.rest = ""
        const xml = text.trimStart()[0] === "<"
        this.diagnostic(
          out,
          "error",
          xml ? "unrecognized-format" : "not-json",
          `not Cucumber Messages: the first line is not JSON${xml ? " (it is XML)" : ""}`,
          { line: this.lineNumber, column: 1 }
        )
        return
      }
      this.invalid++
      this.diagnostic(out, "error", "invalid-json", `malformed JSON: ${(e as Error).message}; the line is skipped`, {
        line: this.lineNumber,
        column: 1
      })
      return
    }
    this.sawText = true
    if (envelope === undefined) return
    this.envelope(envelope, out)
  }

  private envelope(e: Json, out: Array<Canonical.SourceRecord>): void {
    let v: Json | undefined
    if ((v = obj(e["meta"])) !== undefined) {
      this.dialect = str(obj(v["implementation"])?.["name"])
    } else if ((v = obj(e["source"])) !== undefined) {
      const uri = str(v["uri"])
      const data = str(v["data"])
      // The text goes with the feature's first scenario; a feature file longer than the cap is no feature file.
      if (uri !== undefined && data !== undefined && data.length <= this.cap) this.sources.set(uri, data)
    } else if ((v = obj(e["gherkinDocument"])) !== undefined) this.document(v)
    else if ((v = obj(e["pickle"])) !== undefined) this.keep(this.pickles, v)
    else if ((v = obj(e["hook"])) !== undefined) this.keep(this.hooks, v)
    else if ((v = obj(e["testCase"])) !== undefined) this.keep(this.testCases, v)
    else if ((v = obj(e["testCaseStarted"])) !== undefined) {
      const id = str(v["id"])
      const testCaseId = str(v["testCaseId"])
      if (id !== undefined && testCaseId !== undefined) {
        this.started.set(id, {
          testCaseId,
          started: seconds(v["timestamp"]),
          timestamp: v["timestamp"],
          results: new Map(),
          attachments: [],
          carried: 0,
          log: []
        })
      }
    } else if ((v = obj(e["testStepFinished"])) !== undefined) {
      const started = this.started.get(str(v["testCaseStartedId"]) ?? "")
      const step = str(v["testStepId"])
      const result = obj(v["testStepResult"])
      if (started !== undefined && step !== undefined && result !== undefined) started.results.set(step, result)
    } else if ((v = obj(e["attachment"])) !== undefined) this.attachment(v)
    else if ((v = obj(e["testCaseFinished"])) !== undefined) this.finished(v, out)
  }

  private keep(map: Map<string, Json>, v: Json): void {
    const id = str(v["id"])
    if (id !== undefined) map.set(id, v)
  }

  /** Indexes a Gherkin document's scenarios, steps and example rows by id: pickles point at them. */
  private document(doc: Json): void {
    const featureNode = obj(doc["feature"])
    if (featureNode === undefined) return
    const feature: Feature = {
      name: str(featureNode["name"]) ?? "",
      tags: objs(featureNode["tags"]).flatMap((t) => str(t["name"]) ?? []).map(asTag),
      uri: str(doc["uri"])
    }
    const steps = (holder: Json, rule: Node["rule"]) => {
      for (const step of objs(holder["steps"])) {
        const id = str(step["id"])
        if (id === undefined) continue
        this.nodes.set(id, {
          kind: "step",
          keyword: (str(step["keyword"]) ?? "").trim(),
          line: lineOf(step),
          feature,
          ...(rule === undefined ? {} : { rule })
        })
      }
    }
    const children = (list: unknown, rule: Node["rule"]) => {
      for (const child of objs(list)) {
        const background = obj(child["background"])
        if (background !== undefined) steps(background, rule)
        const scenario = obj(child["scenario"])
        if (scenario !== undefined) {
          const id = str(scenario["id"])
          if (id !== undefined) {
            this.nodes.set(id, {
              kind: "scenario",
              keyword: (str(scenario["keyword"]) ?? "").trim(),
              line: lineOf(scenario),
              feature,
              ...(rule === undefined ? {} : { rule })
            })
          }
          steps(scenario, rule)
          let index = 0
          for (const examples of objs(scenario["examples"])) {
            const header = objs(obj(examples["tableHeader"])?.["cells"]).map((c) => str(c["value"]) ?? "")
            const tags = objs(examples["tags"]).flatMap((t) => str(t["name"]) ?? []).map(asTag)
            for (const row of objs(examples["tableBody"])) {
              index++
              const rowId = str(row["id"])
              if (rowId === undefined) continue
              const cells = objs(row["cells"]).map((c) => str(c["value"]) ?? "")
              this.nodes.set(rowId, {
                kind: "row",
                keyword: "",
                line: lineOf(row),
                feature,
                values: header.map((name, i) => [name, cells[i] ?? ""] as const),
                index,
                tags
              })
            }
          }
        }
        const r = obj(child["rule"])
        if (r !== undefined) {
          children(r["children"], {
            name: str(r["name"]) ?? "",
            tags: objs(r["tags"]).flatMap((t) => str(t["name"]) ?? []).map(asTag)
          })
        }
      }
    }
    children(featureNode["children"], undefined)
  }

  private attachment(a: Json): void {
    const started = this.started.get(str(a["testCaseStartedId"]) ?? "")
    const url = str(a["url"])
    const mediaType = str(a["mediaType"])
    const name = str(a["fileName"])
    if (started === undefined) {
      if (url === undefined) this.embedded++
      return
    }
    if (url !== undefined) {
      started.attachments.push({
        ...(name === undefined ? {} : { name }),
        url,
        ...(mediaType === undefined ? {} : { contentType: mediaType })
      })
    } else if (mediaType === "text/x.cucumber.log+plain" && str(a["contentEncoding"]) !== "BASE64") {
      started.log.push(str(a["body"]) ?? "")
    } else this.embed(started, a, name, mediaType)
  }

  /**
   * An embedded file (a screenshot taken in a hook, base64, or a text body) is carried in the record while all of one
   * test's fit within the text cap, so that it can be uploaded with the test; a bigger one is counted as not carried.
   */
  private embed(started: Started, a: Json, name: string | undefined, mediaType: string | undefined): void {
    const base64 = str(a["contentEncoding"]) === "BASE64"
    const written = str(a["body"]) ?? ""
    const body = base64 ? written.replace(/\s+/g, "") : written
    if (started.carried + body.length > this.cap) {
      this.embedded++
      return
    }
    started.carried += body.length
    started.attachments.push({
      ...(name === undefined ? {} : { name }),
      contentType: mediaType ?? (base64 ? "application/octet-stream" : "text/plain"),
      content: body,
      ...(base64 ? { encoding: "base64" as const } : {}),
      size: base64 ? Utf8.decodedBytes(body) : Utf8.byteLength(body)
    })
  }

  private text(value: string | undefined, field: string, truncated: Array<Canonical.Truncation>): string | undefined {
    return capped(value, this.cap, field, truncated)
  }

  private finished(f: Json, out: Array<Canonical.SourceRecord>): void {
    const startedId = str(f["testCaseStartedId"]) ?? ""
    const started = this.started.get(startedId)
    if (started === undefined) return
    this.started.delete(startedId)
    const testCase = this.testCases.get(started.testCaseId)
    const pickle = this.pickles.get(str(testCase?.["pickleId"]) ?? "")
    if (testCase === undefined || pickle === undefined) return
    this.source.announce(out, this.dialect)
    const truncated: Array<Canonical.Truncation> = []
    const outcome = new Outcome<ReadStep>()
    const pickleSteps = new Map(objs(pickle["steps"]).map((s) => [str(s["id"]) ?? "", s]))
    const astIds = arr(pickle["astNodeIds"]).map(String)
    const scenarioNode = this.nodes.get(astIds[0] ?? "")
    const row = astIds.length > 1 ? this.nodes.get(astIds.at(-1)!) : undefined
    const uri = str(pickle["uri"]) ?? scenarioNode?.feature.uri
    let sum: number | undefined
    let beforeStep: Array<Canonical.Step> = []
    const steps: Array<Mutable<Canonical.Step>> = []
    let sawPickleStep = false
    const testSteps = objs(testCase["testSteps"])
    for (const testStep of testSteps) {
      const id = str(testStep["id"]) ?? ""
      const result = started.results.get(id)
      const status = result === undefined ? undefined : STATUS(result["status"])
      const duration = seconds(result?.["duration"])
      if (duration !== undefined) sum = (sum ?? 0) + duration
      const exception = obj(result?.["exception"])
      const error = this.text(
        str(exception?.["stackTrace"]) ?? str(result?.["message"]) ?? str(exception?.["message"]),
        "failures",
        truncated
      )
      const step: Mutable<Canonical.Step> = { title: "" }
      if (status !== undefined && status !== "unknown") step.status = stepStatus(status)
      if (duration !== undefined) step.duration = duration
      if (error !== undefined && status !== "passed") {
        step.error = { message: error.trim().split("\n", 1)[0]!.trim(), stack: error }
      }
      const type = str(exception?.["type"])
      const hookId = str(testStep["hookId"])
      let read: ReadStep
      if (hookId !== undefined) {
        const hook = this.hooks.get(hookId)
        const hookType = str(hook?.["type"])
        const kind = hookType === "BEFORE_TEST_STEP"
          ? "BeforeStep"
          : hookType === "AFTER_TEST_STEP"
          ? "AfterStep"
          : hookType === "BEFORE_TEST_CASE" || (hookType === undefined && !sawPickleStep)
          ? "Before"
          : "After"
        const location = obj(obj(hook?.["sourceReference"])?.["location"])
        const where = str(obj(hook?.["sourceReference"])?.["uri"])
        const name = str(hook?.["name"])
        step.title = `${kind}${name === undefined ? "" : ` ${name}`}${
          where === undefined ? "" : ` (${where}${location?.["line"] === undefined ? "" : `:${location["line"]}`})`
        }`
        step.category = "hook"
        read = { title: step.title, ...(error === undefined ? {} : { error }), ...(type === undefined ? {} : { type }) }
        if (kind === "BeforeStep") beforeStep.push(step)
        else if (kind === "AfterStep" && steps.length > 0) {
          const last = steps.at(-1)!
          last.steps = [...(last.steps ?? []), step]
        } else steps.push(step)
      } else {
        sawPickleStep = true
        const pickleStep = pickleSteps.get(str(testStep["pickleStepId"]) ?? "")
        const astStep = this.nodes.get(String(arr(pickleStep?.["astNodeIds"])[0] ?? ""))
        step.title = `${astStep?.keyword ?? ""} ${str(pickleStep?.["text"]) ?? ""}`.trim()
        step.category = "user"
        if (beforeStep.length > 0) {
          step.steps = beforeStep
          beforeStep = []
        }
        read = {
          title: step.title,
          ...(error === undefined ? {} : { error }),
          ...(astStep?.line === undefined ? {} : { line: astStep.line }),
          ...(type === undefined ? {} : { type })
        }
        steps.push(step)
      }
      if (status !== undefined) outcome.see(status, read)
    }
    steps.push(...beforeStep)

    const feature = scenarioNode?.feature ?? { name: "", tags: [], uri }
    const rule = scenarioNode?.rule
    const pickleTags = objs(pickle["tags"]).flatMap((t) => str(t["name"]) ?? []).map(asTag)
    const tags = mergeTags(feature.tags, rule?.tags ?? [], pickleTags)
    const written = str(pickle["name"]) ?? ""
    const { id, title } = testomatId(tags, written)
    const status = outcome.status
    const record: Mutable<Canonical.TestCase> = {
      type: "test",
      id: this.identity([uri ?? "", this.ordinal++, written]),
      source: this.options.source,
      title,
      suite: rule === undefined ? [feature.name] : [feature.name, rule.name],
      status
    }
    record.group = feature.name
    if (uri !== undefined) record.file = uri
    record.framework = "Cucumber"
    if (this.dialect !== undefined) record.tool = this.dialect
    if (row?.index !== undefined) {
      record.execution = row.values === undefined || row.values.length === 0
        ? `example ${row.index}`
        : row.values.map(([name, value]) => `${name}=${value}`).join(", ")
    }
    const line = row?.line ?? scenarioNode?.line
    if (line !== undefined) record.line = line
    const duration = elapsed(started.timestamp, f["timestamp"]) ?? sum
    if (duration !== undefined) record.duration = Math.round(duration * 1e9) / 1e9
    if (started.started !== undefined) record.startedAt = new Date(started.started * 1000).toISOString()
    const { failures, skip } = verdict(outcome.result, uri)
    const worstType = outcome.result?.step.type
    if (failures !== undefined) {
      record.failures = worstType === undefined || failures[0]!.type !== undefined
        ? failures
        : [{ ...failures[0]!, type: worstType }]
    }
    if (skip !== undefined) record.skip = skip
    const stdout = this.text(started.log.length === 0 ? undefined : started.log.join("\n"), "stdout", truncated)
    if (stdout !== undefined) record.stdout = stdout
    if (tags.length > 0) record.tags = tags
    if (id !== undefined) record.testId = id
    if (row?.values !== undefined && row.values.length > 0) {
      record.parameters = row.values.map(([name, value]) => ({ name, value }))
    }
    if (steps.length > 0) record.steps = steps
    if (started.attachments.length > 0) record.attachments = started.attachments
    const previous = this.attempts.get(started.testCaseId)
    if (f["willBeRetried"] === true) {
      const failure = record.failures?.[0]
      const attempt: Mutable<Canonical.Attempt> = { kind: "rerunFailure" }
      if (failure?.message !== undefined) attempt.message = failure.message
      if (failure?.stack !== undefined) attempt.stack = failure.stack
      if (record.duration !== undefined) attempt.duration = record.duration
      this.attempts.set(started.testCaseId, [...(previous ?? []), attempt])
      this.ordinal--
      return
    }
    if (previous !== undefined) {
      this.attempts.delete(started.testCaseId)
      record.attempts = status === "passed"
        ? previous.map((a) => ({ ...a, kind: "flakyFailure" as const }))
        : previous
      if (status === "passed") record.flaky = true
    }
    if (truncated.length > 0) record.truncated = truncated
    const keyword = scenarioNode?.keyword ?? ""
    const featureText = feature.uri === undefined ? undefined : this.sources.get(feature.uri)
    if (featureText !== undefined) this.sources.delete(feature.uri!)
    record.gherkin = {
      feature: feature.name,
      ...(feature.tags.length === 0 ? {} : { featureTags: feature.tags }),
      ...(rule === undefined ? {} : { rule: rule.name }),
      ...(keyword === "" ? {} : { keyword }),
      ...(row?.index === undefined ? {} : { outlineIndex: row.index }),
      ...(featureText === undefined ? {} : { featureText })
    }
    out.push(record)
  }
}

/**
 * Reads one Cucumber Messages NDJSON stream. A malformed line is reported (with its line number) and skipped: the
 * lines after it are still read. Tests still under way when the input ends are reported as a cut.
 *
 * @example
 * import * as CucumberMessagesReader from "@tr/cucumber/CucumberMessagesReader"
 * fs.stream("messages.ndjson").pipe(CucumberMessagesReader.stream({ source: "messages.ndjson" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream = (options: Options) => Incremental.stream(() => new Reader(options))
