/**
 * Dart's JSON reporter (`dart test --reporter json`, `flutter test --machine`) to canonical records, a test at a time:
 * each test is emitted when its `testDone` event arrives.
 *
 * @since 0.1.0
 */
import type { BoundedText } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import * as Group from "@tr/core/Group"
import * as Incremental from "@tr/core/Incremental"
import { isObject, num, str } from "@tr/core/JsonValue"
import * as Lines from "@tr/core/Lines"
import * as Titles from "@tr/core/Titles"
import { cutOf, EventReader, type Mutable, type Options, type Out } from "./internal/eventReader.js"

export type { Options } from "./internal/eventReader.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = "dart-json"

type Json = { readonly [key: string]: unknown }

interface Group {
  readonly name: string
  readonly parent: number | undefined
}

interface Running {
  readonly test: Json
  readonly startedAt: number | undefined
  readonly output: BoundedText
  readonly failures: Array<Canonical.Failure>
  skipMessage: string | undefined
}

class DartReader extends EventReader {
  private readonly suites = new Map<number, string>()
  private readonly groups = new Map<number, Group>()
  private readonly running = new Map<number, Running>()
  private done = false
  private started = false

  constructor(options: Options) {
    super(options, FORMAT)
  }

  protected event(e: unknown, out: Out): void {
    const type = isObject(e) ? str(e["type"]) : undefined
    if (!isObject(e) || type === undefined) return this.passOver(this.lineNumber, "is not a Dart test event", out)
    this.started = true
    switch (type) {
      case "suite": {
        const suite = e["suite"]
        if (isObject(suite) && num(suite["id"]) !== undefined) {
          this.suites.set(num(suite["id"])!, str(suite["path"]) ?? "")
        }
        return
      }
      case "group": {
        const group = e["group"]
        if (isObject(group) && num(group["id"]) !== undefined) {
          this.groups.set(num(group["id"])!, { name: str(group["name"]) ?? "", parent: num(group["parentID"]) })
        }
        return
      }
      case "testStart": {
        const test = e["test"]
        if (isObject(test) && num(test["id"]) !== undefined) {
          this.running.set(num(test["id"])!, {
            test,
            startedAt: num(e["time"]),
            output: this.gatherer(),
            failures: [],
            skipMessage: undefined
          })
        }
        return
      }
      case "print": {
        const running = this.running.get(num(e["testID"]) ?? -1)
        const message = str(e["message"]) ?? ""
        if (running === undefined) return
        if (e["messageType"] === "skip") running.skipMessage = message.replace(/^Skip: /, "")
        else running.output.append(message + "\n")
        return
      }
      case "error": {
        const running = this.running.get(num(e["testID"]) ?? -1)
        if (running === undefined) {
          return this.diagnostic(
            out,
            "warning",
            "late-error",
            `an error of test ${String(e["testID"])} arrived after it ended: ${str(e["error"]) ?? ""}`,
            this.lineNumber
          )
        }
        const truncated: Array<Canonical.Truncation> = []
        const message = str(e["error"])
        const stack = str(e["stackTrace"])
        running.failures.push({
          kind: e["isFailure"] === true ? "failure" : "error",
          ...(message === undefined || message === "" ? {} : { message: this.capped(message, "failures", truncated) }),
          ...(stack === undefined || stack === "" ? {} : { stack: this.capped(stack, "failures", truncated) })
        })
        return
      }
      case "testDone": {
        const id = num(e["testID"]) ?? -1
        const running = this.running.get(id)
        if (running === undefined) return
        this.running.delete(id)
        // Hidden tests are the runner's own (loading a file, a passing setUpAll): not the user's tests.
        if (e["hidden"] === true) return
        const result = str(e["result"])
        this.emit(
          out,
          running,
          e["skipped"] === true ? "skipped" : result === "success" ? "passed" : "failed",
          num(e["time"])
        )
        return
      }
      case "done":
        this.done = true
        return
      default:
        return
    }
  }

  protected finish(out: Out): void {
    for (const running of this.running.values()) {
      running.failures.push({ kind: "error", message: "the test started but never finished (the run was cut)" })
      this.emit(out, running, "failed", undefined)
    }
    if (!this.done && this.started) {
      this.diagnostic(
        out,
        "error",
        "truncated-file",
        "the input ends before the run's \"done\" event: the run was cut or killed",
        this.lineNumber
      )
    }
  }

  /** The names of the groups a test is in, outermost first, each without its parent's name in front. */
  private groupPath(ids: unknown): Array<string> {
    const path: Array<string> = []
    let parentName = ""
    for (const id of Array.isArray(ids) ? ids : []) {
      const name = this.groups.get(num(id) ?? -1)?.name ?? ""
      if (name === "") continue
      path.push(name.startsWith(parentName + " ") && parentName !== "" ? name.slice(parentName.length + 1) : name)
      parentName = name
    }
    return path
  }

  private emit(out: Out, running: Running, status: Canonical.Status, endedAt: number | undefined): void {
    const t = running.test
    const name = str(t["name"]) ?? ""
    const groupIds = Array.isArray(t["groupIDs"]) ? t["groupIDs"] : []
    const innermost = this.groups.get(num(groupIds.at(-1)) ?? -1)?.name ?? ""
    const written = innermost !== "" && name.startsWith(innermost + " ") ? name.slice(innermost.length + 1) : name
    const { testId, title } = Titles.splitTestomatId(written)
    const path = this.suites.get(num(t["suiteID"]) ?? -1)
    const suite = [...(path === undefined || path === "" ? [] : [path]), ...this.groupPath(groupIds)]
    const record: Partial<Mutable<Canonical.TestCase>> = {}
    const truncated: Array<Canonical.Truncation> = [...cutOf(running.output, "stdout")]
    if (path !== undefined && path !== "") record.file = path.replace(/\\/g, "/")
    // The innermost group, in its file; a test outside groups is grouped by its file.
    const groups = suite.slice(path === undefined || path === "" ? 0 : 1)
    if (groups.length > 0) {
      record.group = groups.at(-1)!
      if (record.file !== undefined) record.namespace = record.file
    } else if (record.file !== undefined) Object.assign(record, Group.fromFile(record.file))
    const line = num(t["root_line"]) ?? num(t["line"])
    if (line !== undefined && Number.isInteger(line) && line >= 0) record.line = line
    if (endedAt !== undefined && running.startedAt !== undefined && endedAt >= running.startedAt) {
      record.duration = (endedAt - running.startedAt) / 1000
    }
    if (status === "failed") {
      record.failures = running.failures.length > 0 ? running.failures : [{ kind: "failure" }]
    }
    if (status === "skipped") {
      const metadata = isObject(t["metadata"]) ? t["metadata"] : {}
      const reason = running.skipMessage ?? str(metadata["skipReason"])
      record.skip = reason === undefined || reason === "" ? {} : { message: reason }
    }
    const output = running.output.value()
    if (output !== "") record.stdout = output
    if (testId !== undefined) record.testId = testId
    const url = str(t["root_url"]) ?? str(t["url"])
    if (url !== undefined) record.attributes = { url }
    this.test(out, {
      title,
      suite,
      framework: "Dart test",
      tool: "dart test --reporter json",
      status,
      ...record,
      ...(truncated.length === 0 ? {} : { truncated })
    }, [...suite, name])
  }
}

/**
 * Whether a parsed line is an event of Dart's JSON reporter (each has a `type` and a `time`): how `tr` recognises this
 * format by content.
 *
 * @since 0.1.0
 * @category guards
 */
export const isEvent = (value: unknown): boolean =>
  isObject(value) && typeof value["type"] === "string" &&
  (typeof value["time"] === "number" || typeof value["protocolVersion"] === "string")

/**
 * Reads the output of Dart's JSON reporter. Each `testDone` that is not hidden is a test: its name without the enclosing
 * group's name is the title, the suite file and the groups are the suite path; `error` events are its failures
 * (`isFailure` tells an assertion from an exception), `print` events its output; skipped tests keep their reason.
 *
 * @example
 * import * as DartReader from "@tr/events/DartReader"
 * fs.stream("dart.json").pipe(DartReader.stream({ source: "dart.json" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream = (options: Options) =>
  Incremental.stream(() => Lines.incremental<Canonical.SourceRecord>(new DartReader(options)))
