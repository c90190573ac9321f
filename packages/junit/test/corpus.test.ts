/**
 * Every JUnit-family file of the shared corpus through the reader. The expected counts were written by reading each
 * file (and cross-checked with an independent XML parser), not taken from this reader's output.
 */
import { describe, expect, it } from "@effect/vitest"
import { corpus, sharedDir, SKIP_MESSAGE } from "@tr/tooling/shared"
import { Effect } from "effect"
import { diagnostics, readFile, tests } from "./read.js"

interface Expected {
  readonly tests: number
  readonly passed: number
  readonly failed: number
  readonly skipped: number
  /** Codes of the error diagnostics the file must produce (none when absent). */
  readonly errors?: ReadonlyArray<string>
}

const t = (
  tests: number,
  passed: number,
  failed: number,
  skipped: number,
  errors?: ReadonlyArray<string>
): Expected => ({
  tests,
  passed,
  failed,
  skipped,
  ...(errors === undefined ? {} : { errors })
})

export const EXPECTED: { readonly [file: string]: Expected } = {
  "junit-cypress/captain__cypress.xml": t(19, 14, 3, 2),
  "junit-go/gojunitreport__012-report.xml": t(11, 6, 4, 1),
  "junit-go/gojunitreport__014-report.xml": t(2, 0, 2, 0),
  "junit-go/mikepenz__junit-server-test-report.xml": t(4, 2, 1, 1),
  "junit-jest/dorny__external-jest-test-results.xml": t(4239, 4207, 2, 30),
  "junit-jest/dorny__jest-junit.xml": t(6, 1, 4, 1),
  "junit-jest/dorny__test-errors-jest-test-results.xml": t(2, 0, 2, 0),
  "junit-mocha/enricomi__latex-utensils.xml": t(109, 109, 0, 0),
  "junit-mocha/trrparser__mocha-failures-with-stack-trace.xml": t(51, 49, 2, 0),
  // 5 test cases carry status="disabled": skipped, not passed.
  "junit-other/enricomi__disabled.xml": t(31, 6, 20, 5),
  "junit-other/enricomi__suite-logs.xml": t(1, 0, 1, 0),
  "junit-other/jenkins__junit-report-huge.xml": t(7580, 5131, 19, 2430),
  "junit-other/mikepenz__catch2-report.xml": t(1, 0, 1, 0),
  "junit-other/mikepenz__container-structure-test.xml": t(3, 3, 0, 0),
  "junit-other/mikepenz__nested-junit.xml": t(5, 2, 3, 0),
  "junit-other/mikepenz__nextest-basic.xml": t(3, 2, 1, 0),
  "junit-other/trrparser__junit.testlogger.xml": t(4, 2, 1, 1),
  "junit-phpunit/dorny__phpcheckstyle-phpunit.xml": t(30, 28, 2, 0),
  "junit-phpunit/dorny__phpunit.xml": t(12, 10, 2, 0),
  "junit-playwright/trrparser__playwright-failures.xml": t(16, 14, 2, 0),
  "junit-playwright/trrparser__playwright.xml": t(6, 6, 0, 0),
  "junit-pytest/enricomi__junit.fail.xml": t(5, 3, 1, 1),
  "junit-pytest/mikepenz__report_flaky.xml": t(4, 2, 2, 0),
  "junit-surefire/dorny__pulsar-test-report.xml": t(808, 793, 1, 14),
  "junit-surefire/jenkins__TEST-io.olamy.FlakyTest.xml": t(1, 1, 0, 0),
  "junit-surefire/junit2ctrf__test-surefire-retry.xml": t(1, 0, 1, 0),
  "junit-surefire/mikepenz__TEST-action.surefire.report.calc.CalcUtilsTest.xml": t(2, 0, 2, 0),
  "junit-surefire/mikepenz__maven_surefire_flaky-surefire-report.xml": t(1, 1, 0, 0),
  "edge-malformed/allure2__path-traversal.xml": t(1, 1, 0, 0),
  "edge-malformed/enricomi__NUnit-sec1752-file.xml": t(0, 0, 0, 0, ["unrecognized-format"]),
  "edge-malformed/enricomi__corrupt-xml.xml": t(1, 1, 0, 0, ["truncated-file"]),
  "edge-malformed/enricomi__empty.xml": t(0, 0, 0, 0, ["empty-file"]),
  // One test case holds <skipped>, <failure> and <error>: the most severe wins.
  "edge-malformed/enricomi__junit.multiresult.xml": t(4, 1, 2, 1),
  "edge-malformed/enricomi__non-junit.xml": t(0, 0, 0, 0, ["unrecognized-format"]),
  "edge-malformed/enricomi__non-xml.xml": t(0, 0, 0, 0, ["not-xml"]),
  "edge-malformed/enricomi__testsuite-in-testsuite.xml": t(5, 5, 0, 0),
  "edge-malformed/enricomi__unsupported-unicode.xml": t(7, 1, 4, 2),
  "edge-malformed/jenkins__junit-report-bad-duration.xml": t(2, 2, 0, 0),
  "edge-malformed/jenkins__testXxe-xxe.xml": t(0, 0, 0, 0, ["unrecognized-format"]),
  // rerunFailure/rerunError without a final <failure>: the reruns all failed, so the test failed.
  "edge-malformed/junit2ctrf__test-junit-problem-string.xml": t(7, 3, 3, 1),
  "edge-malformed/mikepenz__test_multiple_failures.xml": t(4, 1, 2, 1),
  // testTwo is never closed; sax's recovery still yields all five test cases.
  "edge-malformed/octanecli__JUnit-unclosedElement.xmlx": t(5, 3, 0, 2, ["xml-syntax"]),
  "edge-malformed/xunitviewer__malformed.xml": t(1, 0, 1, 0),
  "edge-malformed/xunitviewer__utf-16.xml": t(1, 1, 0, 0)
}

if (sharedDir() === undefined) console.warn(SKIP_MESSAGE)

describe.skipIf(sharedDir() === undefined)("JUnit corpus", () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it.effect(file, () =>
      Effect.gen(function*() {
        const records = yield* readFile(corpus(file), { size: 8192 })
        const all = tests(records)
        const count = (status: string) => all.filter((r) => r.status === status).length
        expect({ tests: all.length, passed: count("passed"), failed: count("failed"), skipped: count("skipped") })
          .toEqual({
            tests: expected.tests,
            passed: expected.passed,
            failed: expected.failed,
            skipped: expected.skipped
          })
        const errors = diagnostics(records).filter((d) => d.severity === "error").map((d) => d.code)
        expect([...new Set(errors)]).toEqual(expected.errors ?? [])
        for (const d of diagnostics(records)) expect(d.source).toBe(corpus(file))
      }))
  }
})
