/**
 * Counts of a stream by status and by source, for the trailer and for summaries.
 *
 * @since 0.1.0
 */
import type { Mutable } from "effect/Types"
import type * as Canonical from "./Canonical.js"

/**
 * Diagnostic codes that decide how reading a source ended, when one of them is seen.
 *
 * @since 0.1.0
 * @category constants
 */
export const SOURCE_STATUS_BY_CODE: { readonly [code: string]: Canonical.SourceSummary["status"] } = {
  "empty-file": "empty",
  "unreadable": "unreadable",
  "unrecognized-format": "unrecognized"
}

/**
 * @example
 * import { Tally } from "@tr/core/Tally"
 * const tally = new Tally()
 * tally.add(record)   // for every record that passes
 * tally.end()         // the trailer
 *
 * @since 0.1.0
 * @category models
 */
export class Tally {
  readonly counts: Mutable<Canonical.Counts> = { tests: 0, passed: 0, failed: 0, skipped: 0 }
  errors = 0
  warnings = 0
  truncations = 0
  private readonly sources = new Map<string, Mutable<Canonical.SourceSummary>>()

  /**
   * Registers a source before its records arrive, so that a source without records still appears in the trailer.
   *
   * @since 0.1.0
   */
  source(path: string, info?: { readonly format?: string | undefined; readonly dialect?: string | undefined }): void {
    const summary = this.summary(path)
    if (info?.format !== undefined) summary.format = info.format
    if (info?.dialect !== undefined) summary.dialect = info.dialect
  }

  /**
   * @since 0.1.0
   */
  add(record: Canonical.StreamRecord): void {
    switch (record.type) {
      case "test": {
        this.counts.tests++
        this.counts[record.status]++
        const summary = this.summary(record.source)
        summary.tests++
        summary[record.status]++
        if (record.truncated !== undefined) this.truncations += record.truncated.length
        return
      }
      case "source":
        return this.source(record.path, record)
      case "diagnostic": {
        if (record.severity === "error") this.errors++
        else this.warnings++
        if (record.source === undefined || record.severity !== "error") return
        const summary = this.summary(record.source)
        const status = SOURCE_STATUS_BY_CODE[record.code]
        if (status !== undefined) summary.status = status
        else if (summary.status === "ok") summary.status = "damaged"
        return
      }
      default:
        return
    }
  }

  /**
   * Adds what another tally counted (its trailer, `other.end()`), as if its records had been added here one by one
   * in the order it saw them: a source's summary is created where that tally first saw it, counts add up, a later
   * format or dialect wins, and a source's status ends where adding those records would leave it. Workers that read
   * sources side by side send their tallies so; the merged trailer is the one a single reader writes.
   *
   * @since 0.1.0
   */
  merge(other: Canonical.End): void {
    this.counts.tests += other.tests
    this.counts.passed += other.passed
    this.counts.failed += other.failed
    this.counts.skipped += other.skipped
    this.errors += other.errors
    this.warnings += other.warnings
    this.truncations += other.truncations
    for (const theirs of other.sources) {
      const summary = this.summary(theirs.path)
      summary.tests += theirs.tests
      summary.passed += theirs.passed
      summary.failed += theirs.failed
      summary.skipped += theirs.skipped
      // In the order the other tally set them, as `source` would have here.
      for (const key of Object.keys(theirs)) {
        if (key === "format" && theirs.format !== undefined) summary.format = theirs.format
        if (key === "dialect" && theirs.dialect !== undefined) summary.dialect = theirs.dialect
      }
      // "damaged" means errors without a status of their own, which change only a source still "ok"; any other
      // status is the last one such an error set, whatever came before.
      if (theirs.status === "damaged") {
        if (summary.status === "ok") summary.status = "damaged"
      } else if (theirs.status !== "ok") summary.status = theirs.status
    }
  }

  /**
   * The trailer for everything added so far.
   *
   * @since 0.1.0
   */
  end(): Canonical.End {
    return {
      type: "end",
      ...this.counts,
      errors: this.errors,
      warnings: this.warnings,
      truncations: this.truncations,
      sources: [...this.sources.values()].map((s) => ({ ...s }))
    }
  }

  private summary(path: string): Mutable<Canonical.SourceSummary> {
    let summary = this.sources.get(path)
    if (summary === undefined) {
      summary = { path, tests: 0, passed: 0, failed: 0, skipped: 0, status: "ok" }
      this.sources.set(path, summary)
    }
    return summary
  }
}
