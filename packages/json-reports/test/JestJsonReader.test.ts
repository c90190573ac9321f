import { describe, expect, it } from "@effect/vitest"
import * as Records from "@tr/core/Records"
import { readWith } from "@tr/tooling/records"
import { Effect } from "effect"
import * as JestJsonReader from "../src/JestJsonReader.js"
import { readCleanly } from "./clean.js"

const read = (json: string, size?: number, root?: string) =>
  readWith(JestJsonReader.stream({ source: "jest.json", ...(root === undefined ? {} : { root }) }), json, size)

const RED = "\u001b[31m"
const RESET = "\u001b[39m"
const FAILURE =
  `Error: ${RED}expect(received).toBe(expected)${RESET} // Object.is equality\n\nExpected: ${RED}2${RESET}\n` +
  `Received: 1\n    at Object.toBe (/ci/app/src/math.test.ts:9:17)\n    at Promise.then.completed (node_modules/jest-circus/build/utils.js:298:28)`

// An assertion result as jest-circus writes it, its keys in Jest's order.
const assertion = (fields: { [key: string]: unknown }) => ({
  ancestorTitles: ["Math"],
  duration: 4,
  failureDetails: [],
  failureMessages: [],
  fullName: `Math ${fields["title"]}`,
  invocations: 1,
  location: null,
  numPassingAsserts: 1,
  retryReasons: [],
  status: "passed",
  title: "",
  ...fields
})

// `jest --json`: the aggregated result with each file result formatted (formatTestResults), keys in Jest's order.
const JEST = JSON.stringify({
  numFailedTestSuites: 2,
  numFailedTests: 1,
  numPassedTestSuites: 0,
  numPassedTests: 2,
  numPendingTestSuites: 0,
  numPendingTests: 1,
  numRuntimeErrorTestSuites: 1,
  numTodoTests: 1,
  numTotalTestSuites: 2,
  numTotalTests: 5,
  openHandles: [],
  snapshot: { added: 0, failure: false, total: 0 },
  startTime: 1767261600000,
  success: false,
  testResults: [
    {
      assertionResults: [
        assertion({ title: "adds @Tabcd1234", location: { line: 3, column: 5 } }),
        assertion({
          ancestorTitles: ["Math", "Division"],
          fullName: "Math Division divides",
          title: "divides",
          status: "failed",
          duration: 12,
          failureDetails: [{ matcherResult: { pass: false, message: "long" } }],
          failureMessages: [FAILURE],
          location: { line: 8, column: 3 }
        }),
        assertion({ title: "later", status: "pending", duration: null, numPassingAsserts: 0 }),
        assertion({ title: "someday", status: "todo", duration: null, numPassingAsserts: 0 }),
        assertion({
          title: "retried",
          invocations: 2,
          retryReasons: [`Error: ${RED}timeout${RESET}\n    at x (a.js:1:1)`]
        })
      ],
      coverage: { "/ci/app/src/math.ts": { path: "/ci/app/src/math.ts", s: { "0": 1 } } },
      endTime: 1767261601000,
      message: `${RED}● Math › Division › divides${RESET}\n\n${FAILURE}`,
      name: "/ci/app/src/math.test.ts",
      startTime: 1767261600100,
      status: "failed",
      summary: ""
    },
    {
      assertionResults: [],
      coverage: {},
      endTime: 1767261600200,
      message: `  ${RED}● ${RESET}Test suite failed to run\n\n    Cannot find module './db' from 'src/db.test.ts'\n` +
        `      at Resolver.resolveModule (node_modules/jest-resolve/build/resolver.js:324:11)`,
      name: "/ci/app/src/db.test.ts",
      startTime: 1767261600200,
      status: "failed",
      summary: ""
    }
  ],
  wasInterrupted: false
})

// `vitest --reporter=json`: Jest's shape, minified, keys in Vitest's order, no Jest-only fields.
const VITEST = JSON.stringify({
  numTotalTestSuites: 3,
  numPassedTestSuites: 2,
  numFailedTestSuites: 1,
  numPendingTestSuites: 0,
  numTotalTests: 3,
  numPassedTests: 2,
  numFailedTests: 0,
  numPendingTests: 1,
  numTodoTests: 0,
  snapshot: { added: 0 },
  startTime: 1767261600000,
  success: false,
  testResults: [{
    assertionResults: [
      {
        ancestorTitles: [],
        fullName: "loads",
        status: "passed",
        title: "loads",
        duration: 1.5,
        failureMessages: [],
        location: { line: 4, column: 3 },
        meta: { owner: "web" }
      },
      { ancestorTitles: ["cart"], fullName: "cart empties", status: "passed", title: "empties", failureMessages: [] },
      {
        ancestorTitles: ["cart"],
        fullName: "cart pays",
        status: "skipped",
        title: "pays",
        failureMessages: [],
        meta: {}
      }
    ],
    startTime: 1767261600010,
    endTime: 1767261600020,
    status: "failed",
    message: "Error: afterAll hook timed out",
    name: "/ci/web/test/cart.test.ts"
  }]
})

describe("JestJsonReader", () => {
  it.effect("reads a Jest report fed a byte at a time: each assertion result, the file that failed to run", () =>
    Effect.gen(function*() {
      const records = yield* read(JEST, 1, "/ci/app")
      const tests = readCleanly(records, { path: "jest.json", format: "jest-json", dialect: "jest" }, [
        ["adds", "passed"],
        ["divides", "failed"],
        ["later", "skipped"],
        ["someday", "skipped"],
        ["retried", "passed"],
        ["[test suite failed to run]", "failed"]
      ])
      expect(tests[0]).toMatchObject({
        testId: "abcd1234",
        suite: ["Math"],
        group: "Math",
        namespace: "src/math.test.ts",
        file: "src/math.test.ts",
        line: 3,
        duration: 0.004,
        framework: "Jest",
        tool: "Jest --json"
      })
      const plain = FAILURE.replaceAll(RED, "").replaceAll(RESET, "")
      expect(tests[1]).toMatchObject({
        suite: ["Math", "Division"],
        group: "Math > Division",
        line: 8,
        duration: 0.012,
        failures: [{
          kind: "failure",
          message: "Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: 2\nReceived: 1",
          stack: plain
        }]
      })
      expect(tests[2]!.skip).toEqual({})
      expect(tests[2]!.duration).toBeUndefined()
      expect(tests[3]!.skip).toEqual({ type: "todo" })
      expect(tests[4]).toMatchObject({
        flaky: true,
        attributes: { invocations: "2" },
        attempts: [{ kind: "flakyFailure", message: "Error: timeout", stack: "Error: timeout\n    at x (a.js:1:1)" }]
      })
      expect(tests[5]).toMatchObject({
        suite: [],
        file: "src/db.test.ts",
        group: "db.test.ts",
        namespace: "src",
        startedAt: "2026-01-01T10:00:00.200Z",
        failures: [{
          kind: "error",
          message: expect.stringContaining("Test suite failed to run\n\n    Cannot find module")
        }]
      })
      expect(tests[5]!.failures![0]!.stack).not.toContain("\u001b")
      expect(new Set(tests.map((t) => t.id)).size).toBe(6)
      expect(yield* read(JEST, 1000, "/ci/app")).toEqual(records)
    }))

  it.effect("reads Vitest's report: a file that failed outside its tests is a failed test of its own", () =>
    Effect.gen(function*() {
      const records = yield* read(VITEST)
      expect(Records.source(records)?.dialect).toBe("vitest")
      expect(Records.diagnostics(records)).toEqual([])
      const tests = Records.tests(records)
      expect(tests.map((t) => [t.title, t.status])).toEqual([
        ["loads", "passed"],
        ["empties", "passed"],
        ["pays", "skipped"],
        ["[test suite failed outside its tests]", "failed"]
      ])
      expect(tests[0]).toMatchObject({
        framework: "Vitest",
        tool: "Vitest json",
        file: "/ci/web/test/cart.test.ts",
        group: "cart.test.ts",
        namespace: "/ci/web/test",
        line: 4,
        duration: 0.0015,
        attributes: { meta: "{\"owner\":\"web\"}" }
      })
      expect(tests[1]!.duration).toBeUndefined()
      expect(tests[2]!.attributes).toBeUndefined()
      expect(tests[3]!.failures).toEqual([{
        kind: "error",
        message: "Error: afterAll hook timed out",
        stack: "Error: afterAll hook timed out"
      }])
    }))

  it.effect("checks the counts the report declares", () =>
    Effect.gen(function*() {
      const records = yield* read(JEST.replace("\"numTotalTests\":5", "\"numTotalTests\":7"))
      expect(Records.diagnostics(records)).toMatchObject([{
        severity: "warning",
        code: "count-mismatch",
        message: "the report declares numTotalTests=7 but 5 read"
      }])
    }))

  it.effect("damage: a cut file keeps the tests it held, malformed JSON, empty, not a Jest report", () =>
    Effect.gen(function*() {
      const cut = yield* read(JEST.slice(0, JEST.indexOf("\"coverage\"")))
      expect(Records.tests(cut).map((t) => t.title)).toEqual(["adds", "divides", "later", "someday", "retried"])
      expect(Records.tests(cut)[0]!.file).toBeUndefined()
      expect(Records.diagnostics(cut)).toMatchObject([{ severity: "error", code: "truncated-file" }])
      const broken = yield* read(
        "{\"numTotalTests\": 1,\n\"testResults\": [{\"name\": \"a.test.js\", \"assertionResults\": [" +
          JSON.stringify(assertion({ title: "a" })) + ", }]}]}"
      )
      expect(Records.tests(broken).map((t) => t.title)).toEqual(["a"])
      expect(Records.diagnostics(broken)).toMatchObject([{ code: "invalid-json", line: 2 }])
      expect(Records.diagnostics(yield* read(" \n"))).toMatchObject([{ code: "empty-file" }])
      expect(Records.diagnostics(yield* read("{\"stats\": {}}"))).toMatchObject([{ code: "unrecognized-format" }])
      // A run of no tests is a report all the same.
      const none = yield* read("{\"numTotalTests\": 0, \"testResults\": []}")
      expect(Records.diagnostics(none)).toEqual([])
      expect(Records.source(none)?.format).toBe("jest-json")
    }))
})
