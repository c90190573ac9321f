/**
 * Every JUnit-family file of the shared corpus through the reader. The expected counts were written by reading each
 * file (and cross-checked with an independent XML parser), not taken from this reader's output.
 */
import { describe, expect, it } from "@effect/vitest"
import { corpus, sharedDir, SKIP_MESSAGE } from "@tr/tooling/shared"
import { Effect } from "effect"
import { diagnostics, readFile, tests } from "./read.js"

interface Expected {
  readonly dialect?: string
  /** The file's last test, as a user of its runner would name it. */
  readonly last?: {
    readonly title: string
    readonly suite: ReadonlyArray<string>
    readonly file?: string
    readonly parameters?: ReadonlyArray<{ readonly name?: string; readonly value: string }>
  }
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
  "junit-cypress/captain__cypress.xml": {
    ...t(19, 14, 3, 2),
    dialect: "cypress",
    last: {
      "title": "can delete all completed tasks",
      "suite": ["with a checked task"],
      "file": "cypress/e2e/todo-two.cy.js"
    }
  },
  "junit-go/gojunitreport__012-report.xml": {
    ...t(11, 6, 4, 1),
    dialect: "go",
    last: { "title": "TestFailingSubtestWithNestedSubtest/Subtest/Subsubtest", "suite": ["package/subtests"] }
  },
  "junit-go/gojunitreport__014-report.xml": {
    ...t(2, 0, 2, 0),
    dialect: "go",
    last: { "title": "Failure", "suite": ["package/panic2"] }
  },
  "junit-go/mikepenz__junit-server-test-report.xml": {
    ...t(4, 2, 1, 1),
    dialect: "gotestsum",
    last: { "title": "TestWebSocketReconnectRace", "suite": ["github.com/example/example/server/v8/channels/api4"] }
  },
  "junit-jest/dorny__external-jest-test-results.xml": {
    ...t(4239, 4207, 2, 30),
    dialect: "jest",
    last: {
      "title": "errors when a test both returns a promise and takes a callback",
      "suite": ["e2e/__tests__/asyncAndCallback.test.ts"],
      "file": "e2e/__tests__/asyncAndCallback.test.ts"
    }
  },
  "junit-jest/dorny__jest-junit.xml": {
    ...t(6, 1, 4, 1),
    dialect: "jest",
    last: { "title": "Skipped test", "suite": ["__tests__\\second.test.js"], "file": "__tests__\\second.test.js" }
  },
  "junit-jest/dorny__test-errors-jest-test-results.xml": {
    ...t(2, 0, 2, 0),
    dialect: "jest",
    last: {
      "title": "libs/bar.spec.ts",
      "suite": ["libs/bar.spec.ts", "Test suite failed to run"],
      "file": "libs/bar.spec.ts"
    }
  },
  "junit-mocha/enricomi__latex-utensils.xml": {
    ...t(109, 109, 0, 0),
    dialect: "mocha",
    last: { "title": "test type guard with assingment and never type", "suite": ["Mocha Tests"] }
  },
  "junit-mocha/trrparser__mocha-failures-with-stack-trace.xml": {
    ...t(51, 49, 2, 0),
    dialect: "mocha",
    last: {
      "title": "with invalid test run id",
      "suite": ["Test Runs - should not delete by id"],
      "file": "/Users/anudeep/Documents/repos/testbeats/beats-core-api/test/component/test-runs.spec.js"
    }
  },
  // 5 test cases carry status="disabled": skipped, not passed.
  "junit-other/enricomi__disabled.xml": {
    ...t(31, 6, 20, 5),
    dialect: "generic",
    last: { "title": "check_ne_print", "suite": ["failing_checks"] }
  },
  "junit-other/enricomi__suite-logs.xml": {
    ...t(1, 0, 1, 0),
    dialect: "bazel",
    last: { "title": "bazel/failing_absl_test", "suite": ["bazel/failing_absl_test"] }
  },
  "junit-other/jenkins__junit-report-huge.xml": {
    ...t(7580, 5131, 19, 2430),
    dialect: "generic",
    last: { "title": "Run 0", "suite": [] }
  },
  "junit-other/mikepenz__catch2-report.xml": {
    ...t(1, 0, 1, 0),
    dialect: "catch2",
    last: {
      "title": "is constant evaluated",
      "suite": ["ut_detail_utility_is_constant_evaluated"],
      "file": "test/unit/detail/utility/is_constant_evaluated.cpp"
    }
  },
  "junit-other/mikepenz__container-structure-test.xml": {
    ...t(3, 3, 0, 0),
    dialect: "generic",
    last: { "title": "Metadata Test", "suite": [] }
  },
  "junit-other/mikepenz__nested-junit.xml": {
    ...t(5, 2, 3, 0),
    dialect: "generic",
    last: { "title": "A", "suite": ["All tests", "tests", "packet"] }
  },
  "junit-other/mikepenz__nextest-basic.xml": {
    ...t(3, 2, 1, 0),
    dialect: "nextest",
    last: { "title": "test_annotations", "suite": ["oxidized_navigation::parry3d"] }
  },
  "junit-other/trrparser__junit.testlogger.xml": {
    ...t(4, 2, 1, 1),
    dialect: "dotnet",
    last: { "title": "Ignored", "suite": ["JUnit.Xml.TestLogger.NetCore.Tests.dll"] }
  },
  "junit-phpunit/dorny__phpcheckstyle-phpunit.xml": {
    ...t(30, 28, 2, 0),
    dialect: "phpunit",
    last: {
      "title": "testBadUnused",
      "suite": ["/workspace/phpcheckstyle/phpunit.xml", "PHPUnitTestSuite", "UnusedTest"],
      "file": "/workspace/phpcheckstyle/test/UnusedTest.php"
    }
  },
  "junit-phpunit/dorny__phpunit.xml": {
    ...t(12, 10, 2, 0),
    dialect: "phpunit",
    last: {
      "title": "testDispatchRejectsUnknownEventType",
      "suite": ["CLI Arguments", "PHPUnit\\Event\\DirectDispatcherTest"],
      "file": "/home/matteo/OSS/phpunit/tests/unit/Event/Dispatcher/DirectDispatcherTest.php"
    }
  },
  "junit-playwright/trrparser__playwright-failures.xml": {
    ...t(16, 14, 2, 0),
    dialect: "playwright",
    last: {
      "title": "get started link",
      "suite": ["example.spec.ts"],
      "file": "example.spec.ts"
    }
  },
  "junit-playwright/trrparser__playwright.xml": {
    ...t(6, 6, 0, 0),
    dialect: "playwright",
    last: {
      "title": "get started link",
      "suite": ["example.spec.ts"],
      "file": "example.spec.ts"
    }
  },
  "junit-pytest/enricomi__junit.fail.xml": {
    ...t(5, 3, 1, 1),
    dialect: "pytest",
    last: { "title": "test_rsh_with_non_zero_exit_code", "suite": ["pytest"], "file": "test/test_spark.py" }
  },
  "junit-pytest/mikepenz__report_flaky.xml": {
    ...t(4, 2, 2, 0),
    dialect: "pytest",
    last: { "title": "test_with_flaky_success", "suite": ["pytest"], "file": "python/test_sample.py" }
  },
  "junit-surefire/dorny__pulsar-test-report.xml": {
    ...t(808, 793, 1, 14),
    dialect: "surefire",
    last: {
      "title": "unauthenticatedSocketTest",
      "suite": ["org.apache.pulsar.websocket.proxy.v1.V1_ProxyAuthenticationTest"]
    }
  },
  "junit-surefire/jenkins__TEST-io.olamy.FlakyTest.xml": {
    ...t(1, 1, 0, 0),
    dialect: "surefire",
    last: { "title": "testApp", "suite": ["io.olamy.FlakyTest"] }
  },
  "junit-surefire/junit2ctrf__test-surefire-retry.xml": {
    ...t(1, 0, 1, 0),
    dialect: "surefire",
    last: { "title": "testFlakyFeature", "suite": ["com.example.MyTest"] }
  },
  "junit-surefire/mikepenz__TEST-action.surefire.report.calc.CalcUtilsTest.xml": {
    ...t(2, 0, 2, 0),
    dialect: "surefire",
    last: { "title": "test scale", "suite": ["action.surefire.report.calc.CalcUtilsTest"] }
  },
  "junit-surefire/mikepenz__maven_surefire_flaky-surefire-report.xml": {
    ...t(1, 1, 0, 0),
    dialect: "surefire",
    last: {
      "title": "createWebhook",
      "suite": ["io.sodadata.dependson.soda.integrations.msteams.MicrosoftTeamsCrudTest"]
    }
  },
  "edge-malformed/allure2__path-traversal.xml": {
    ...t(1, 1, 0, 0),
    dialect: "generic",
    last: { "title": "shouldGenerate", "suite": ["test.SampleTest"] }
  },
  "edge-malformed/enricomi__NUnit-sec1752-file.xml": t(0, 0, 0, 0, ["unrecognized-format"]),
  "edge-malformed/enricomi__corrupt-xml.xml": t(1, 1, 0, 0, ["truncated-file"]),
  "edge-malformed/enricomi__empty.xml": t(0, 0, 0, 0, ["empty-file"]),
  // One test case holds <skipped>, <failure> and <error>: the most severe wins.
  "edge-malformed/enricomi__junit.multiresult.xml": {
    ...t(4, 1, 2, 1),
    dialect: "generic",
    last: { "title": "test that succeeds", "suite": ["test suite"] }
  },
  "edge-malformed/enricomi__non-junit.xml": t(0, 0, 0, 0, ["unrecognized-format"]),
  "edge-malformed/enricomi__non-xml.xml": t(0, 0, 0, 0, ["not-xml"]),
  "edge-malformed/enricomi__testsuite-in-testsuite.xml": {
    ...t(5, 5, 0, 0),
    dialect: "phpunit",
    last: { "title": "TestCase5", "suite": ["Project Test Suite"], "file": "/somepath" }
  },
  "edge-malformed/enricomi__unsupported-unicode.xml": {
    ...t(7, 1, 4, 2),
    dialect: "pytest",
    last: { "title": "test 7", "suite": ["pytest"], "file": "test/test-7.py" }
  },
  "edge-malformed/jenkins__junit-report-bad-duration.xml": t(2, 2, 0, 0),
  "edge-malformed/jenkins__testXxe-xxe.xml": t(0, 0, 0, 0, ["unrecognized-format"]),
  // rerunFailure/rerunError without a final <failure>: the reruns all failed, so the test failed.
  "edge-malformed/junit2ctrf__test-junit-problem-string.xml": {
    ...t(7, 3, 3, 1),
    dialect: "surefire",
    last: { "title": "alwaysPasses", "suite": ["com.example.RetryTests"] }
  },
  "edge-malformed/mikepenz__test_multiple_failures.xml": {
    ...t(4, 1, 2, 1),
    dialect: "generic",
    last: { "title": "testPassing", "suite": ["MultipleFailuresTest"] }
  },
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
        const source = records.find((r) => r.type === "source")
        if (expected.dialect !== undefined) expect(source).toMatchObject({ dialect: expected.dialect })
        if (expected.last !== undefined) {
          const last = all.at(-1)!
          expect({
            title: last.title,
            suite: last.suite,
            ...(last.file === undefined ? {} : { file: last.file }),
            ...(last.parameters === undefined ? {} : { parameters: last.parameters })
          }).toEqual(expected.last)
        }
        const errors = diagnostics(records).filter((d) => d.severity === "error").map((d) => d.code)
        expect([...new Set(errors)]).toEqual(expected.errors ?? [])
        for (const d of diagnostics(records)) expect(d.source).toBe(corpus(file))
      }))
  }
})
