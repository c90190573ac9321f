/**
 * Picking records of the canonical stream by type, and counting tests by status.
 *
 * @since 0.1.0
 */
import type * as Canonical from "./Canonical.js"

/**
 * @since 0.1.0
 * @category filters
 */
export const tests = (records: ReadonlyArray<Canonical.StreamRecord>): Array<Canonical.TestCase> =>
  records.filter((r): r is Canonical.TestCase => r.type === "test")

/**
 * @since 0.1.0
 * @category filters
 */
export const suites = (records: ReadonlyArray<Canonical.StreamRecord>): Array<Canonical.Suite> =>
  records.filter((r): r is Canonical.Suite => r.type === "suite")

/**
 * @since 0.1.0
 * @category filters
 */
export const diagnostics = (records: ReadonlyArray<Canonical.StreamRecord>): Array<Canonical.Diagnostic> =>
  records.filter((r): r is Canonical.Diagnostic => r.type === "diagnostic")

/**
 * The first `source` record: what the input turned out to be.
 *
 * @since 0.1.0
 * @category filters
 */
export const source = (records: ReadonlyArray<Canonical.StreamRecord>): Canonical.Source | undefined =>
  records.find((r): r is Canonical.Source => r.type === "source")

/**
 * Tests by status.
 *
 * @example
 * import * as Records from "@tr/core/Records"
 * Records.counts(records) // { tests: 3, passed: 1, failed: 1, skipped: 1 }
 *
 * @since 0.1.0
 * @category counting
 */
export const counts = (records: ReadonlyArray<Canonical.StreamRecord>): Canonical.Counts => {
  const all = tests(records)
  const n = (status: Canonical.Status) => all.filter((t) => t.status === status).length
  return { tests: all.length, passed: n("passed"), failed: n("failed"), skipped: n("skipped") }
}
