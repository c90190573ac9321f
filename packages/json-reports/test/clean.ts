import { expect } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import * as Records from "@tr/core/Records"

/**
 * The tests of a report read without a problem: its source announced as `format` by `dialect`, no diagnostic, and the
 * title and status of each test in order, as `expected`.
 */
export const readCleanly = (
  records: ReadonlyArray<Canonical.StreamRecord>,
  source: { readonly path: string; readonly format: string; readonly dialect: string },
  expected: ReadonlyArray<readonly [string, Canonical.Status]>
): Array<Canonical.TestCase> => {
  expect(Records.source(records)).toEqual({ type: "source", ...source })
  expect(Records.diagnostics(records)).toEqual([])
  const tests = Records.tests(records)
  expect(tests.map((t) => [t.title, t.status])).toEqual(expected)
  return tests
}
