import { assert, describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import { readWith } from "@tr/tooling/records"
import { Effect } from "effect"
import { readFileSync } from "node:fs"
import * as PlaywrightJsonReader from "../src/PlaywrightJsonReader.js"

const REPORT = readFileSync(new URL("fixtures/report.json", import.meta.url), "utf8")

const read = (json: string, size?: number, maxTextLength?: number) =>
  readWith(
    PlaywrightJsonReader.stream({ source: "report.json", ...(maxTextLength === undefined ? {} : { maxTextLength }) }),
    json,
    size
  )

const tests = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.TestCase => r.type === "test")
const diagnostics = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.Diagnostic => r.type === "diagnostic")
const find = (records: ReadonlyArray<Canonical.SourceRecord>, title: string, execution?: string) => {
  const found = tests(records).find((t) => t.title === title && (execution === undefined || t.execution === execution))
  assert.isDefined(found, `${title} ${execution ?? ""}`)
  return found!
}

/** A report of the given suites, as Playwright writes it (config first, stats last). */
const report = (suites: unknown, extra: object = {}) =>
  JSON.stringify({ config: { rootDir: "/repo", version: "1.49.1" }, suites, errors: [], ...extra }, null, 2)

describe("PlaywrightJsonReader", () => {
  it.effect("reads every spec × project of the suites at any depth, the source first", () =>
    Effect.gen(function*() {
      const records = yield* read(REPORT)
      expect(records[0]).toEqual({
        type: "source",
        path: "report.json",
        format: "playwright-json",
        dialect: "playwright 1.49.1"
      })
      expect(tests(records).map((t) => `${t.suite.join(" / ")} :: ${t.title} [${t.execution ?? ""}]`)).toEqual([
        "login.spec.ts :: has title [chromium]",
        "login.spec.ts :: has title [firefox]",
        "login.spec.ts / Login form :: rejects a wrong password [chromium]",
        "login.spec.ts / Login form :: rejects a wrong password [firefox]",
        "login.spec.ts / Login form / edge cases :: known bug [chromium]",
        "login.spec.ts / Login form / edge cases :: not ready [chromium]",
        "login.spec.ts / Login form / edge cases :: not ready [firefox]",
        "login.spec.ts / Login form / edge cases :: was interrupted [chromium]",
        "nested/cart.spec.ts :: adds an item [chromium]",
        " :: error outside tests []"
      ])
      expect(diagnostics(records)).toEqual([])
    }))

  it.effect("names a test as the JUnit reader names Playwright's tests; two projects never share an identity", () =>
    Effect.gen(function*() {
      const records = yield* read(REPORT)
      const chromium = find(records, "rejects a wrong password", "chromium")
      const firefox = find(records, "rejects a wrong password", "firefox")
      expect(chromium).toMatchObject({
        group: "Login form",
        namespace: "login.spec.ts",
        className: "login.spec.ts",
        file: "login.spec.ts",
        line: 12,
        framework: "Playwright",
        tool: "Playwright"
      })
      expect(chromium.id).not.toEqual(firefox.id)
      expect(find(records, "known bug").group).toBe("Login form › edge cases")
      // Without a describe, the spec file in its folder.
      expect(find(records, "adds an item")).toMatchObject({ group: "cart.spec.ts", namespace: "nested" })
      const again = yield* read(REPORT)
      expect(tests(again).map((t) => t.id)).toEqual(tests(records).map((t) => t.id))
      expect(new Set(tests(records).map((t) => t.id)).size).toBe(tests(records).length)
    }))

  it.effect("the last result is the outcome; earlier failed ones are attempts; flaky when Playwright says so", () =>
    Effect.gen(function*() {
      const records = yield* read(REPORT)
      const failed = find(records, "rejects a wrong password", "chromium")
      expect(failed.status).toBe("failed")
      expect(failed.duration).toBe(0.51)
      expect(failed.startedAt).toBe("2024-02-12T01:09:14.317Z")
      expect(failed.attempts).toHaveLength(1)
      expect(failed.attempts![0]).toMatchObject({ kind: "rerunFailure", type: "Error", duration: 0.5 })
      expect(failed.attributes).toMatchObject({ outcome: "unexpected", retries: "1" })
      const flaky = find(records, "rejects a wrong password", "firefox")
      expect(flaky).toMatchObject({ status: "passed", flaky: true, duration: 0.4 })
      expect(flaky.attempts).toEqual([{
        kind: "flakyError",
        type: "timedOut",
        message: "Test timeout of 30000ms exceeded.",
        stack: "Test timeout of 30000ms exceeded.\n    at /repo/tests/login.spec.ts:10:5",
        duration: 30
      }])
    }))

  it.effect("errors keep message, stack and location, their terminal colours removed", () =>
    Effect.gen(function*() {
      const failure = find(yield* read(REPORT), "rejects a wrong password", "chromium").failures![0]!
      expect(failure).toEqual({
        kind: "failure",
        type: "Error",
        message: "Error: expect(received).toBe(expected)\n\nExpected: 200\nReceived: 500",
        stack:
          "Error: expect(received).toBe(expected)\n\nExpected: 200\nReceived: 500\n    at /repo/tests/login.spec.ts:14:5",
        file: "/repo/tests/login.spec.ts",
        line: 14
      })
      expect(JSON.stringify(find(yield* read(REPORT), "rejects a wrong password", "chromium"))).not.toContain(
        "\\u001b"
      )
    }))

  it.effect("expected to fail and failed is passed; expected to fail and passed is failed", () =>
    Effect.gen(function*() {
      const records = yield* read(REPORT)
      expect(find(records, "known bug")).toMatchObject({
        status: "passed",
        attributes: { outcome: "expected", expectedStatus: "failed" },
        properties: [{ name: "fail", value: "BUG-1" }, { name: "issue", value: "https://example.org/BUG-1" }]
      })
      expect(find(records, "known bug").failures).toBeUndefined()
      expect(find(records, "adds an item")).toMatchObject({
        status: "failed",
        failures: [{ kind: "failure", message: "expected to fail, but passed" }]
      })
    }))

  it.effect("skipped tests keep why (skip, fixme: disabled); an interrupted test is failed and says so", () =>
    Effect.gen(function*() {
      const records = yield* read(REPORT)
      const fixme = find(records, "not ready", "chromium")
      expect(fixme).toMatchObject({
        status: "skipped",
        disabled: true,
        skip: { type: "fixme", message: "waits for the API" }
      })
      // Playwright writes -1 as the duration of a result that never ran.
      expect(fixme.duration).toBeUndefined()
      expect(find(records, "not ready", "firefox")).toMatchObject({
        status: "skipped",
        skip: { type: "skip", message: "no firefox" }
      })
      expect(find(records, "not ready", "firefox").disabled).toBeUndefined()
      expect(find(records, "was interrupted")).toMatchObject({
        status: "failed",
        failures: [{ kind: "error", type: "interrupted" }],
        attributes: { status: "interrupted" }
      })
    }))

  it.effect("stdout and stderr from text and base64 buffers; steps nested with their errors", () =>
    Effect.gen(function*() {
      const records = yield* read(REPORT)
      expect(find(records, "has title", "chromium").stdout).toBe("hello\nbuffered\n")
      const failed = find(records, "rejects a wrong password", "chromium")
      expect(failed.stderr).toBe("warn: slow\n")
      expect(failed.steps).toEqual([
        {
          title: "fill form",
          category: "user",
          status: "passed",
          duration: 0.02,
          steps: [{ title: "page.fill(#user)", category: "user", status: "passed", duration: 0.005 }]
        },
        {
          title: "submit",
          category: "user",
          status: "failed",
          duration: 0.03,
          error: {
            message: "Error: expect(received).toBe(expected)\n\nExpected: 200\nReceived: 500",
            stack: "Error: boom\n at x"
          }
        }
      ])
    }))

  it.effect("tags with their @, Testomat.io ids from the title or a tag", () =>
    Effect.gen(function*() {
      const records = yield* read(REPORT)
      expect(find(records, "has title", "chromium")).toMatchObject({ testId: "1234abcd", tags: ["@smoke"] })
      expect(find(records, "rejects a wrong password", "firefox")).toMatchObject({
        testId: "abcd9876",
        tags: ["@Tabcd9876", "@auth"]
      })
    }))

  it.effect("attachments with a path of every attempt; one whose body is inline is described, never a file", () =>
    Effect.gen(function*() {
      const failed = find(yield* read(REPORT), "rejects a wrong password", "chromium")
      expect(failed.attachments).toEqual([
        {
          name: "screenshot (attempt 1)",
          path: "/repo/test-results/login-rejects-chromium/test-failed-1.png",
          contentType: "image/png"
        },
        {
          name: "screenshot",
          path: "/repo/test-results/login-rejects-chromium-retry1/test-failed-1.png",
          contentType: "image/png"
        },
        {
          name: "trace",
          path: "/repo/test-results/login-rejects-chromium-retry1/trace.zip",
          contentType: "application/zip"
        }
      ])
      expect(failed.attributes?.["inlineAttachments"]).toBe("note (text/plain, 11 bytes)")
    }))

  it.effect("an error outside tests (global setup) is a failed test of its own", () =>
    Effect.gen(function*() {
      expect(find(yield* read(REPORT), "error outside tests")).toMatchObject({
        status: "failed",
        suite: [],
        file: "/repo/global-setup.ts",
        line: 3,
        failures: [{
          kind: "error",
          message: "Error: global setup failed\n\n   at global-setup.ts:3",
          stack: "Error: global setup failed\n    at /repo/global-setup.ts:3:9"
        }]
      })
      const two = yield* read(report([], { errors: [{ message: "a" }, { value: "thrown 42" }] }))
      expect(tests(two).map((t) => [t.title, t.failures![0]!.message])).toEqual([
        ["error outside tests", "a"],
        ["error outside tests (2)", "thrown 42"]
      ])
    }))

  it.effect("stats are checked: a mismatch is a warning", () =>
    Effect.gen(function*() {
      const altered = REPORT.replace("\"expected\": 3,", "\"expected\": 5,")
      expect(diagnostics(yield* read(altered))).toMatchObject([{
        severity: "warning",
        code: "count-mismatch",
        message: "the stats declare expected=5 but 3 found"
      }])
    }))

  it.effect("fed in pieces of any size, the records are the same", () =>
    Effect.gen(function*() {
      const whole = yield* read(REPORT)
      expect(yield* read(REPORT, 7)).toEqual(whole)
      expect(yield* read(REPORT, 1)).toEqual(whole)
    }))

  it.effect("a long output keeps its start and end under the cap, and the cut is recorded", () =>
    Effect.gen(function*() {
      const long = "x".repeat(300_000)
      const doc = report([{
        title: "a.spec.ts",
        file: "a.spec.ts",
        specs: [{
          title: "t",
          tags: [],
          tests: [{
            projectName: "",
            expectedStatus: "passed",
            status: "expected",
            results: [{ status: "passed", retry: 0, duration: 1, stdout: [{ text: long }] }]
          }]
        }]
      }])
      const [test] = tests(yield* read(doc, 65536, 1000))
      expect(test!.stdout!.length).toBeLessThan(1100)
      expect(test!.truncated).toEqual([{ field: "stdout", length: 300_000 }])
      // A project without a name tells nothing apart.
      expect(test!.execution).toBeUndefined()
    }))

  it.effect("a report without tests is read, and says what it is", () =>
    Effect.gen(function*() {
      const records = yield* read(report([], { stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 } }))
      expect(records).toEqual([{
        type: "source",
        path: "report.json",
        format: "playwright-json",
        dialect: "playwright 1.49.1"
      }])
    }))

  it.effect("damage: cut, malformed, empty, not an object, not a Playwright report, each with where", () =>
    Effect.gen(function*() {
      const cut = yield* read(REPORT.slice(0, REPORT.indexOf("\"nested/cart.spec.ts\"")))
      expect(tests(cut)).toHaveLength(8)
      expect(diagnostics(cut)).toMatchObject([{ severity: "error", code: "truncated-file" }])
      expect(diagnostics(cut)[0]!.line).toBeGreaterThan(100)
      const bad = yield* read(REPORT.replace("\"title\": \"nested/cart.spec.ts\"", "\"title\" \"x\""))
      expect(tests(bad)).toHaveLength(8)
      expect(diagnostics(bad)).toMatchObject([{ code: "invalid-json", message: expect.stringContaining("8 tests") }])
      expect(diagnostics(bad)[0]!.line).toBeGreaterThan(100)
      expect(yield* read("")).toMatchObject([{ code: "empty-file" }])
      expect(yield* read("<testsuites/>")).toMatchObject([{ code: "unrecognized-format", line: 1, column: 1 }])
      expect(yield* read("{\"results\": {\"tests\": []}}")).toMatchObject([{ code: "unrecognized-format" }])
    }))
})

describe("PlaywrightJsonReader on a report printed with the run's own output (`--reporter=json` to stdout)", () => {
  const LOG =
    "Running 9 tests using 2 workers\n{\"level\":\"info\",\"msg\":\"server up\"}\n{\n  \"msg\": \"not it\"\n}\n"
  const TAIL = "\n  8 passed (3.1s)\n"

  it.effect("text before and after the report is passed over with a warning, each test kept as it is", () =>
    Effect.gen(function*() {
      const alone = yield* read(REPORT)
      for (const size of [1, 5, 64, 100_000]) {
        const printed = `${LOG}${REPORT}${TAIL}`
        const records = yield* read(printed, size)
        expect(diagnostics(records)).toEqual([
          {
            type: "diagnostic",
            severity: "warning",
            code: "text-before-report",
            message: "5 lines before the report passed over (it starts with \"R\": output written to the same " +
              "stream as the report)",
            source: "report.json",
            line: 1
          },
          expect.objectContaining({
            severity: "warning",
            code: "text-after-report",
            line: printed.split("\n").findIndex((l) => l.includes("8 passed")) + 1,
            column: 3
          })
        ])
        expect(records.filter((r) => r.type !== "diagnostic")).toEqual(alone)
      }
    }))

  it.effect("damage in a printed report is said at its line in the whole output; output alone is no report", () =>
    Effect.gen(function*() {
      const cut = yield* read(`${LOG}${REPORT.slice(0, REPORT.indexOf("\"nested/cart.spec.ts\""))}`)
      expect(tests(cut)).toHaveLength(8)
      expect(diagnostics(cut).map((d) => d.code)).toEqual(["text-before-report", "truncated-file"])
      expect(diagnostics(cut)[1]!.line).toBe(
        REPORT.slice(0, REPORT.indexOf("\"nested/cart.spec.ts\"")).split("\n")
          .length + 5
      )
      expect(yield* read("Running 9 tests using 2 workers\n  8 passed (3.1s)\n")).toMatchObject([{
        code: "not-json",
        message: "not JSON: it starts with \"R\""
      }])
    }))
})

describe("PlaywrightJsonReader on a real report (Playwright 1.49.1, two projects, retries: see fixtures/real/HOW.md)", () => {
  const REAL = readFileSync(new URL("fixtures/real/playwright-1.49.1.json", import.meta.url), "utf8")

  it.effect("every spec × project, counted as its stats count them, first and last as written", () =>
    Effect.gen(function*() {
      const records = yield* read(REAL)
      expect(diagnostics(records)).toEqual([])
      const all = tests(records)
      expect(all).toHaveLength(16)
      expect(["passed", "failed", "skipped"].map((s) => all.filter((t) => t.status === s).length)).toEqual([9, 4, 3])
      expect(all.filter((t) => t.flaky)).toHaveLength(2)
      expect(all[0]).toMatchObject({
        title: "passes",
        testId: "1234abcd",
        tags: ["@T1234abcd", "@smoke"],
        execution: "alpha",
        stdout: "hello out\n",
        stderr: "hello err\n",
        file: "login.spec.ts",
        line: 4
      })
      expect(all.at(-1)).toMatchObject({
        title: "adds",
        execution: "beta",
        group: "cart.spec.ts",
        namespace: "sub",
        file: "sub/cart.spec.ts",
        properties: [{ name: "issue", value: "https://example.org/1" }]
      })
    }))

  it.effect("its failure, timeout, expected failure and skips as Playwright reported them", () =>
    Effect.gen(function*() {
      const records = yield* read(REAL)
      const fails = find(records, "fails", "alpha")
      expect(fails.failures).toMatchObject([{
        kind: "failure",
        type: "Error",
        file: "/tmp/pwrun/tests/login.spec.ts",
        line: 19,
        message: expect.stringContaining("Expected: 3\nReceived: 2")
      }])
      expect(fails.attempts).toMatchObject([{ kind: "rerunFailure" }])
      expect(fails.steps).toMatchObject([{
        title: "outer",
        status: "failed",
        steps: [{ title: "inner", status: "failed" }]
      }])
      expect(fails.attachments!.map((a) => a.name)).toEqual(["note (attempt 1)", "note"])
      expect(fails.attachments![1]!.path).toMatch(/^\/tmp\/pwrun\/test-results\/.*-retry1\/attachments\/note-.*\.txt$/)
      expect(fails.attributes?.["inlineAttachments"]).toBe(
        "inline (attempt 1) (text/plain, 11 bytes); inline (text/plain, 11 bytes)"
      )
      expect(find(records, "times out", "beta")).toMatchObject({
        status: "failed",
        failures: [{ kind: "error", type: "timedOut", message: "Test timeout of 2000ms exceeded." }]
      })
      expect(find(records, "flaky", "beta")).toMatchObject({ status: "passed", flaky: true })
      expect(find(records, "expected failure", "alpha")).toMatchObject({ status: "passed" })
      expect(find(records, "not ready", "alpha")).toMatchObject({ status: "skipped", disabled: true })
      expect(find(records, "skipped in beta", "beta")).toMatchObject({
        status: "skipped",
        skip: { message: "no beta" }
      })
      expect(find(records, "skipped in beta", "alpha").status).toBe("passed")
    }))
})
