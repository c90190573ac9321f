/**
 * A canonical test as the test object of the Testomat.io reporter API.
 *
 * @since 0.1.0
 */
import { BoundedText } from "@tr/core/BoundedText"
import type * as Canonical from "@tr/core/Canonical"
import * as Titles from "@tr/core/Titles"

/**
 * The test object the API accepts (fields it does not know are never sent).
 *
 * @since 0.1.0
 * @category models
 */
export interface TestObject {
  readonly title: string
  readonly status: Canonical.Status
  readonly rid: string
  readonly test_id?: string
  readonly suite_title?: string
  readonly file?: string
  readonly run_time?: number
  readonly message?: string
  readonly stack?: string
  readonly steps?: ReadonlyArray<StepObject>
  readonly artifacts?: ReadonlyArray<string>
  readonly example?: { readonly [name: string]: string } | string
}

/**
 * @since 0.1.0
 * @category models
 */
export interface StepObject {
  readonly title: string
  readonly category?: "user" | "framework" | "hook"
  /** Milliseconds, as the API wants for steps. */
  readonly duration?: number
  readonly error?: { readonly message?: string; readonly stack?: string }
  readonly steps?: ReadonlyArray<StepObject>
}

/**
 * @since 0.1.0
 * @category models
 */
export interface MappingOptions {
  /** Send the output of passed tests too (as `stack`). */
  readonly passedOutput: boolean
  /** Longest `stack` sent, in characters; longer text keeps its start and end. */
  readonly maxStack: number
  /** Prefixed to every `rid`, to tell apart the executions of several machines reporting into one run. */
  readonly ridPrefix?: string
  /**
   * The unit of `run_time`: seconds (`s`, the default), as the reporting guide says, or milliseconds (`ms`), as the
   * official reporters send it, for a server that shows durations a thousand times off.
   */
  readonly runTimeUnit?: "s" | "ms"
}

/**
 * @since 0.1.0
 * @category constants
 */
export const defaultMappingOptions: MappingOptions = { passedOutput: false, maxStack: 64 * 1024 }

const section = (title: string, body: string | undefined): string | undefined =>
  body === undefined || body === "" ? undefined : `--- ${title} ---\n${body}`

const describeFailure = (
  f: { message?: string | undefined; type?: string | undefined; stack?: string | undefined }
) => {
  const head = [f.type, f.message].filter((x) => x !== undefined).join(": ")
  if (f.stack === undefined) return head
  return f.stack.includes(f.message ?? "\u0000") || head === "" ? f.stack : `${head}\n${f.stack}`
}

const stackOf = (test: Canonical.TestCase, options: MappingOptions): string | undefined => {
  const parts: Array<string | undefined> = []
  if (test.status !== "passed" || options.passedOutput) {
    for (const failure of test.failures ?? []) parts.push(describeFailure(failure))
    test.attempts?.forEach((attempt, i) =>
      parts.push(section(`attempt ${i + 1} (${attempt.kind})`, describeFailure(attempt) || undefined))
    )
    if (test.skip?.text !== undefined) parts.push(test.skip.text)
    parts.push(section("stdout", test.stdout), section("stderr", test.stderr))
  } else if (test.flaky) {
    test.attempts?.forEach((attempt, i) =>
      parts.push(section(`attempt ${i + 1} (${attempt.kind})`, describeFailure(attempt) || undefined))
    )
  }
  const text = parts.filter((p) => p !== undefined && p !== "").join("\n\n")
  if (text === "") return undefined
  const bounded = new BoundedText(options.maxStack)
  bounded.append(text)
  return bounded.value()
}

const firstLine = (text: string | undefined): string | undefined => {
  const line = text?.trim().split("\n", 1)[0]?.trim()
  return line === undefined || line === "" ? undefined : line
}

const messageOf = (test: Canonical.TestCase): string | undefined => {
  const first = test.failures?.[0]
  if (first !== undefined) {
    return first.message ?? firstLine(first.stack) ?? first.type ?? (first.kind === "error" ? "error" : "failure")
  }
  if (test.status === "skipped") return test.skip?.message ?? (test.disabled ? "disabled" : undefined)
  if (test.flaky) return `flaky: passed after ${test.attempts?.length ?? 0} failed attempt(s)`
  return undefined
}

const exampleOf = (parameters: ReadonlyArray<Canonical.Parameter>): NonNullable<TestObject["example"]> =>
  parameters.every((p) => p.name !== undefined)
    ? Object.fromEntries(parameters.map((p) => [p.name!, p.value]))
    : parameters.map((p) => p.value).join(", ")

const stepOf = (step: Canonical.Step): StepObject => ({
  title: step.title,
  ...(step.category === undefined ? {} : { category: step.category }),
  ...(step.duration === undefined ? {} : { duration: Math.round(step.duration * 1000) }),
  ...(step.error === undefined ? {} : {
    error: {
      ...(step.error.message === undefined ? {} : { message: step.error.message }),
      ...(step.error.stack === undefined ? {} : { stack: step.error.stack })
    }
  }),
  ...(step.steps === undefined ? {} : { steps: step.steps.map(stepOf) })
})

/**
 * The title sent for a test whose name is empty (`Titles.UNNAMED`): the API refuses an empty title.
 *
 * @since 0.1.0
 * @category constants
 */
export const UNNAMED = Titles.UNNAMED

/**
 * The suite a test is matched and shown under: its group, qualified by the group's namespace when no file tells two
 * groups of one name apart (`com.acme.LoginTest`, not every `LoginTest` of a project in one suite). A record without a
 * group (from a producer that does not state one) goes under its innermost suite, else its class.
 */
const suiteTitleOf = (test: Canonical.TestCase): string | undefined => {
  if (test.group === undefined) return test.suite.at(-1) ?? test.className
  if (test.file !== undefined || test.namespace === undefined) return test.group
  // The class name as the report wrote it, when it is the two together (`../secret-file`, `App.Tests.CalcTests`).
  const written = test.className
  if (written !== undefined && written.startsWith(test.namespace) && written.endsWith(test.group)) return written
  return `${test.namespace}${/[/\\]/.test(test.namespace) ? "/" : "."}${test.group}`
}

/**
 * Maps every canonical field the API has a place for. `rid` is the test's stable id (with its execution, when it has
 * one), so re-sending is idempotent and two executions of one test stay two; `run_time` is in seconds, as the guide
 * says; the suite is the test's group (see `suiteTitleOf`); `stack` gathers failures, retry attempts and output,
 * bounded by `maxStack`.
 *
 * @example
 * import * as TestomatTest from "@tr/testomat/TestomatTest"
 * TestomatTest.fromTestCase(test, TestomatTest.defaultMappingOptions)
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromTestCase = (test: Canonical.TestCase, options: MappingOptions): TestObject => {
  const out: { -readonly [K in keyof TestObject]: TestObject[K] } = {
    title: test.title.trim() === "" ? UNNAMED : test.title,
    status: test.status,
    rid: `${options.ridPrefix ?? ""}${test.id}${test.execution === undefined ? "" : `:${test.execution}`}`
  }
  if (test.testId !== undefined) out.test_id = `@T${test.testId}`
  const suite = suiteTitleOf(test)
  if (suite !== undefined) out.suite_title = suite
  if (test.file !== undefined) out.file = test.file
  if (test.duration !== undefined) {
    out.run_time = options.runTimeUnit === "ms" ? Math.round(test.duration * 1000) : test.duration
  }
  const message = messageOf(test)
  if (message !== undefined) out.message = message
  const stack = stackOf(test, options)
  if (stack !== undefined) out.stack = stack
  if (test.steps !== undefined && test.steps.length > 0) out.steps = test.steps.map(stepOf)
  const artifacts = test.attachments?.flatMap((a) => (a.url === undefined ? [] : [a.url]))
  if (artifacts !== undefined && artifacts.length > 0) out.artifacts = artifacts
  if (test.parameters !== undefined && test.parameters.length > 0) out.example = exampleOf(test.parameters)
  return out
}
