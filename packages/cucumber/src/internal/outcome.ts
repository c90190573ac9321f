/**
 * How Cucumber counts a scenario from its steps and hooks, shared by the JSON and the Messages readers: the most
 * severe step status wins (failed > ambiguous > undefined > pending > skipped > passed), as Cucumber's own summary
 * does.
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Titles from "@tr/core/Titles"

/** A record being built, its fields still to be set. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** A step status as a writer spelled it, lower-cased. */
const SEVERITY: { readonly [status: string]: number } = {
  passed: 0,
  skipped: 1,
  pending: 2,
  undefined: 3,
  ambiguous: 4,
  failed: 5
}

/** Statuses other writers use for a step that did not run (behave's `untested`, cucumber-jvm's `unused`, …). */
const severityOf = (status: string): number => SEVERITY[status] ?? 1

/** A step's status in the canonical record. */
export const stepStatus = (status: string): "passed" | "failed" | "skipped" =>
  status === "passed" ? "passed" : status === "failed" || status === "ambiguous" ? "failed" : "skipped"

export interface Worst<A> {
  readonly status: string
  readonly step: A
}

/** Keeps the first step of the most severe status seen. */
export class Outcome<A> {
  private worst: Worst<A> | undefined

  see(status: string, step: A): void {
    if (this.worst === undefined || severityOf(status) > severityOf(this.worst.status)) this.worst = { status, step }
  }

  get result(): Worst<A> | undefined {
    return this.worst
  }

  /** The scenario's canonical status: failed, else skipped (its kind kept), else passed. */
  get status(): Canonical.Status {
    return this.worst === undefined ? "passed" : stepStatus(this.worst.status)
  }
}

/** The first line of an error text: what a one-line message shows. */
export const firstLine = (text: string): string => {
  const line = text.trim().split("\n", 1)[0]!.trim()
  return line
}

/** Cucumber's tag spelling, `@` first (behave writes tags without it). */
export const asTag = (tag: string): string => (tag.startsWith("@") ? tag : `@${tag}`)

/** A Testomat.io id: the last `@T` id tag (the scenario's own come after what it inherits), else one in the title. */
export const testomatId = (
  tags: ReadonlyArray<string>,
  written: string
): { readonly id?: string; readonly title: string } => {
  let id: string | undefined
  for (const tag of tags) id = Titles.testomatIdOfTag(tag) ?? id
  const { testId, title } = Titles.splitTestomatId(written)
  const found = id ?? testId
  return found === undefined ? { title } : { id: found, title }
}

/** Unique tags in order. */
export const mergeTags = (...lists: ReadonlyArray<ReadonlyArray<string>>): Array<string> => [
  ...new Set(lists.flat())
]

/** The failure or skip a scenario's worst step gives it. */
export const verdict = (
  worst: Worst<{ readonly title: string; readonly error?: string; readonly line?: number }> | undefined,
  file: string | undefined
): { failures?: Array<Canonical.Failure>; skip?: Canonical.Skip } => {
  if (worst === undefined) return {}
  const { status, step } = worst
  if (status === "failed" || status === "ambiguous") {
    const failure: { -readonly [K in keyof Canonical.Failure]: Canonical.Failure[K] } = { kind: "failure" }
    const message = step.error === undefined || step.error.trim() === ""
      ? status === "ambiguous" ? `ambiguous step: ${step.title}` : `failed: ${step.title}`
      : firstLine(step.error)
    failure.message = message
    if (status === "ambiguous") failure.type = "ambiguous"
    if (step.error !== undefined && step.error.trim() !== "") failure.stack = step.error
    if (file !== undefined) failure.file = file
    if (step.line !== undefined) failure.line = step.line
    return { failures: [failure] }
  }
  if (status === "passed") return {}
  const message = status === "undefined"
    ? `undefined step: ${step.title}`
    : step.error !== undefined && step.error.trim() !== ""
    ? firstLine(step.error)
    : status === "pending"
    ? `pending step: ${step.title}`
    : undefined
  return {
    skip: {
      ...(message === undefined ? {} : { message }),
      type: status,
      ...(step.error !== undefined && step.error.includes("\n") ? { text: step.error } : {})
    }
  }
}
