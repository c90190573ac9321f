/**
 * `go test -json` output (test2json events, one JSON object a line) to canonical records, a test at a time: each test
 * is emitted when its `pass`, `fail` or `skip` event arrives, so a live `go test -json ./... | tr …` sends results
 * while the tests still run.
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
export const FORMAT = "go-test-json"

interface OpenTest {
  readonly output: BoundedText
  startedAt: string | undefined
}

interface Package {
  readonly tests: Map<string, OpenTest>
  readonly output: BoundedText
  failedTests: number
  /** The first failed subtest of each parent that has one, to say why a parent that logged nothing failed. */
  readonly failedChild: Map<string, string>
}

/** The lines `go test -v` writes around a test's own output: they say what the event already says. */
const FRAMING = /^\s*(?:=== (?:RUN|PAUSE|CONT|NAME)\s|--- (?:PASS|FAIL|SKIP): )/
/** `    calc_test.go:19: expected 3` : where a `t.Error` or `t.Fatal` was called. */
const LOG_LINE = /^\s*([\w.-]+\.go):(\d+): ?(.*)$/
/** `FAIL\texample.com/pkg [build failed]` */
const PACKAGE_VERDICT = /^FAIL\s+\S+\s+\[([^\]]+)\]/m

class GoTestReader extends EventReader {
  private readonly packages = new Map<string, Package>()
  /** Output of `go build` (Go 1.24+ `build-output` events) by import path, for the package whose build failed. */
  private readonly builds = new Map<string, BoundedText>()

  constructor(options: Options) {
    super(options, FORMAT)
  }

  protected event(e: unknown, out: Out): void {
    const action = isObject(e) ? str(e["Action"]) : undefined
    if (!isObject(e) || action === undefined) return this.passOver(this.lineNumber, "is not a test2json event", out)
    if (action === "build-output" || action === "build-fail") {
      const path = str(e["ImportPath"]) ?? ""
      if (action === "build-output") this.buildOf(path).append(str(e["Output"]) ?? "")
      return
    }
    const name = str(e["Package"]) ?? ""
    const pkg = this.packageOf(name)
    const test = str(e["Test"])
    if (test === undefined) {
      if (action === "output") pkg.output.append(str(e["Output"]) ?? "")
      else if (action === "pass" || action === "fail" || action === "skip") this.packageEnded(name, pkg, e, out)
      return
    }
    const open = pkg.tests.get(test) ?? this.openTest(pkg, test, undefined)
    if (action === "run") open.startedAt ??= str(e["Time"])
    else if (action === "output") {
      const text = str(e["Output"]) ?? ""
      if (!FRAMING.test(text)) open.output.append(text)
    } else if (action === "pass" || action === "fail" || action === "skip") {
      pkg.tests.delete(test)
      const child = pkg.failedChild.get(test)
      pkg.failedChild.delete(test)
      if (action === "fail") {
        pkg.failedTests++
        const slash = test.lastIndexOf("/")
        if (slash > 0 && !pkg.failedChild.has(test.slice(0, slash))) pkg.failedChild.set(test.slice(0, slash), test)
      }
      this.emit(out, name, test, open, action === "pass" ? "passed" : action === "fail" ? "failed" : "skipped", {
        duration: num(e["Elapsed"]),
        ...(child === undefined ? {} : { fallback: `subtest ${child} failed` })
      })
    }
  }

  protected finish(out: Out): void {
    for (const [name, pkg] of this.packages) {
      const open = pkg.tests.size
      this.closeOpenTests(name, pkg, out, "the input ended before the test finished (the run was cut or killed)")
      this.diagnostic(
        out,
        "error",
        "truncated-file",
        `the input ends before package ${name} finished${
          open === 0 ? "" : `; ${open} ${open === 1 ? "test" : "tests"} that never finished are reported failed`
        }`,
        this.lineNumber
      )
    }
  }

  private packageOf(name: string): Package {
    let pkg = this.packages.get(name)
    if (pkg === undefined) {
      pkg = { tests: new Map(), output: this.gatherer(), failedTests: 0, failedChild: new Map() }
      this.packages.set(name, pkg)
    }
    return pkg
  }

  private buildOf(path: string): BoundedText {
    let text = this.builds.get(path)
    if (text === undefined) {
      text = this.gatherer()
      this.builds.set(path, text)
    }
    return text
  }

  private openTest(pkg: Package, test: string, startedAt: string | undefined): OpenTest {
    const open: OpenTest = { output: this.gatherer(), startedAt }
    pkg.tests.set(test, open)
    return open
  }

  private packageEnded(name: string, pkg: Package, e: { readonly [key: string]: unknown }, out: Out): void {
    this.packages.delete(name)
    this.closeOpenTests(
      name,
      pkg,
      out,
      "the test started but never finished: the test binary ended first (a panic, a timeout or os.Exit)"
    )
    if (str(e["Action"]) !== "fail" || pkg.failedTests > 0) return
    // The package failed outside its tests: a build error, a panic in TestMain or init, a setup failure.
    const output = pkg.output.value()
    const build = this.builds.get(str(e["FailedBuild"]) ?? "")
    this.builds.delete(str(e["FailedBuild"]) ?? "")
    const verdict = PACKAGE_VERDICT.exec(output)?.[1]
    const failedBuild = str(e["FailedBuild"]) !== undefined || verdict === "build failed"
    const title = `[${verdict ?? (failedBuild ? "build failed" : "package failed")}]`
    const stack = (failedBuild && build !== undefined ? build.value() : "") + output
    const truncated: Array<Canonical.Truncation> = []
    this.test(out, {
      title,
      suite: [name],
      className: name,
      ...packageGroup(name),
      status: "failed",
      ...(num(e["Elapsed"]) === undefined ? {} : { duration: Math.max(0, num(e["Elapsed"])!) }),
      failures: [{
        kind: "error",
        message: failedBuild
          ? `package ${name} failed to build`
          : `package ${name} failed outside its tests`,
        ...(stack.trim() === "" ? {} : { stack: this.capped(stack, "failures", truncated) })
      }],
      ...(truncated.length === 0 ? {} : { truncated })
    }, [name, title])
  }

  private closeOpenTests(name: string, pkg: Package, out: Out, message: string): void {
    for (const [test, open] of pkg.tests) {
      pkg.failedTests++
      this.emit(out, name, test, open, "failed", { message, context: pkg.output })
    }
    pkg.tests.clear()
  }

  private emit(
    out: Out,
    pkg: string,
    test: string,
    open: OpenTest,
    status: Canonical.Status,
    more: {
      readonly duration?: number | undefined
      /** Says why the test failed, whatever it logged. */
      readonly message?: string
      /** Says why the test failed when it logged nothing that does. */
      readonly fallback?: string
      readonly context?: BoundedText
    }
  ): void {
    const output = open.output.value()
    const truncated = [...cutOf(open.output, status === "failed" ? "failures" : "stdout")]
    const { testId, title } = Titles.splitTestomatId(test)
    const fields: Partial<Mutable<Canonical.TestCase>> = {}
    if (status === "failed") {
      const stack = more.context === undefined ? output : output + more.context.value()
      const located = firstLogLine(output)
      fields.failures = [{
        kind: more.message === undefined ? "failure" : "error",
        ...(more.message !== undefined
          ? { message: more.message }
          : located !== undefined
          ? { message: located.message }
          : more.fallback === undefined
          ? {}
          : { message: more.fallback }),
        ...(stack.trim() === "" ? {} : { stack: this.capped(stack, "failures", truncated) }),
        ...(located === undefined ? {} : { file: located.file, line: located.line })
      }]
    } else if (output.trim() !== "") {
      if (status === "skipped") {
        const reason = lastLogLine(output)
        if (reason !== undefined) fields.skip = { message: reason }
      }
      fields.stdout = output
    }
    if (status === "skipped") fields.skip ??= {}
    this.test(out, {
      title,
      suite: [pkg],
      className: pkg,
      ...packageGroup(pkg),
      status,
      ...(more.duration === undefined || more.duration < 0 ? {} : { duration: more.duration }),
      ...(open.startedAt === undefined ? {} : { startedAt: open.startedAt }),
      ...fields,
      ...(testId === undefined ? {} : { testId }),
      ...(truncated.length === 0 ? {} : { truncated })
    }, [pkg, test])
  }
}

/** A package is its tests' group (`example.com/shop/cart` → `cart` in `example.com/shop`). */
const packageGroup = (pkg: string) => ({ ...Group.fromFile(pkg), framework: "Go testing", tool: "go test -json" })

const logLines = (output: string) =>
  output.split("\n").map((l) => LOG_LINE.exec(l)).filter((m): m is RegExpExecArray => m !== null)

/** Where the first `t.Error`/`t.Fatal` was reported, and what it said. */
const firstLogLine = (output: string) => {
  const m = logLines(output)[0]
  return m === undefined ? undefined : { file: m[1]!, line: Number(m[2]), message: `${m[1]}:${m[2]}: ${m[3]}` }
}

/** What a `t.Skip` said: the last message logged. */
const lastLogLine = (output: string) => {
  const m = logLines(output).at(-1)
  return m === undefined ? undefined : m[3]!.trim() || undefined
}

/**
 * Whether a parsed line is a test2json event: how `tr` recognises this format by content.
 *
 * @since 0.1.0
 * @category guards
 */
export const isEvent = (value: unknown): boolean =>
  isObject(value) && typeof value["Action"] === "string" &&
  (typeof value["Package"] === "string" || typeof value["ImportPath"] === "string" || typeof value["Time"] === "string")

/**
 * Reads `go test -json` output (or `go tool test2json`). Every test that ends with `pass`, `fail` or `skip` is a test,
 * subtests (`TestX/case`) and their parents alike; a test that started and never finished is failed; a package that
 * failed outside its tests (build error, panic in `TestMain`) becomes one failed test carrying its output; lines that
 * are not JSON are passed over with a warning.
 *
 * @example
 * import * as GoTestReader from "@tr/events/GoTestReader"
 * fs.stream("go-test.json").pipe(GoTestReader.stream({ source: "go-test.json" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream = (options: Options) =>
  Incremental.stream(() => Lines.incremental<Canonical.SourceRecord>(new GoTestReader(options)))
