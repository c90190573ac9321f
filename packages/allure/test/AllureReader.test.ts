import { assert, describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import { readWith } from "@tr/tooling/records"
import { corpus, sharedDir, SKIP_MESSAGE } from "@tr/tooling/shared"
import { Effect } from "effect"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as AllureReader from "../src/AllureReader.js"

const DIR = fileURLToPath(new URL("fixtures/allure-results", import.meta.url))
const text = (name: string) => readFileSync(`${DIR}/${name}`, "utf8")

/** One file of the fixture directory, read as an entry of the directory `allure-results`. */
const entry = (name: string, document = text(name), size?: number, maxTextLength?: number) =>
  readWith(
    AllureReader.stream({
      source: "out/allure-results",
      entry: name,
      ...(maxTextLength === undefined ? {} : { maxTextLength })
    }),
    document,
    size
  )

const tests = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.TestCase => r.type === "test")
const diagnostics = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.Diagnostic => r.type === "diagnostic")
const only = (records: ReadonlyArray<Canonical.SourceRecord>) => {
  const [test, ...rest] = tests(records)
  assert.isDefined(test)
  expect(rest).toEqual([])
  return test!
}

describe("AllureReader", () => {
  it.effect("a result is one test: names, suite labels, class, verdict, times, failure", () =>
    Effect.gen(function*() {
      const records = yield* entry("b1-result.json")
      // The directory is the source; the CLI writes its source record once.
      expect(records.filter((r) => r.type === "source")).toEqual([])
      expect(only(records)).toMatchObject({
        source: "out/allure-results",
        title: "logs in",
        testId: "abcd1234",
        suite: ["e2e", "Login", "happy path"],
        className: "tests.login_spec.Login",
        file: "tests/login.spec.ts",
        group: "Login",
        namespace: "tests.login_spec",
        framework: "Playwright",
        tool: "Allure",
        status: "failed",
        duration: 1.5,
        startedAt: "2024-03-09T16:00:00.000Z",
        failures: [{
          kind: "failure",
          message: "expected 200 but was 500",
          stack: "AssertionError: expected 200\n    at login.spec.ts:12"
        }],
        attributes: {
          uuid: "b1",
          historyId: "h-b1",
          testCaseId: "tc-login",
          fullName: "tests/login.spec.ts#Login logs in",
          known: "true",
          description: "signs a user in"
        }
      })
    }))

  it.effect("steps nested with their status, duration and error; their attachments join the test's", () =>
    Effect.gen(function*() {
      const test = only(yield* entry("b1-result.json"))
      expect(test.steps).toEqual([
        { title: "open page", status: "passed", duration: 0.2 },
        {
          title: "submit",
          status: "failed",
          duration: 0.6,
          error: { message: "expected 200", stack: "at submit" },
          steps: [{ title: "click", status: "passed", duration: 0.1 }]
        }
      ])
      // Paths relative to the directory the source is in, as the artifacts code resolves them.
      expect(test.attachments).toEqual([
        { name: "page", path: "allure-results/b1-page.html", contentType: "text/html" },
        { name: "screenshot", path: "allure-results/b1-shot.png", contentType: "image/png" }
      ])
    }))

  it.effect("parameters (masked kept masked, hidden left out) tell the execution; labels and links are properties", () =>
    Effect.gen(function*() {
      const test = only(yield* entry("b1-result.json"))
      expect(test.parameters).toEqual([{ name: "browser", value: "firefox" }, { name: "password", value: "******" }])
      expect(test.execution).toBe("browser=firefox, password=******")
      expect(test.tags).toEqual(["smoke", "@Tfeed0001"])
      const properties = Object.fromEntries(test.properties!.map((p) => [p.name, p.value]))
      expect(properties).toMatchObject({
        package: "tests.login_spec",
        testClass: "tests.login_spec.Login",
        testMethod: "logs in",
        framework: "playwright",
        language: "javascript",
        AS_ID: "321",
        host: "ci-7",
        thread: "pid-1-worker-0",
        owner: "qa",
        severity: "critical",
        epic: "Auth",
        feature: "Login",
        story: "Password",
        issue: "https://example.org/BUG-7",
        tms: "https://example.org/TMS-1"
      })
      expect(test.properties!.some((p) => p.name === "suite" || p.name === "tag")).toBe(false)
    }))

  it("a spec file at the start of fullName is the file; a dotted Java or Python name is none", () => {
    expect(AllureReader.fileOf("e2e/login.spec.ts#Login logs in")).toBe("e2e/login.spec.ts")
    expect(AllureReader.fileOf("e2e/login.spec.ts:12:5")).toBe("e2e/login.spec.ts")
    expect(AllureReader.fileOf("login.spec.ts › Login › logs in")).toBe("login.spec.ts")
    expect(AllureReader.fileOf("io.acme.LoginTest.logsIn")).toBeUndefined()
    expect(AllureReader.fileOf("tests.test_login.TestLogin#test_x")).toBeUndefined()
    expect(AllureReader.fileOf(undefined)).toBeUndefined()
  })

  it("framework labels as their users name them; any other as written", () => {
    expect(AllureReader.frameworkOf("junit-platform")).toBe("JUnit")
    expect(AllureReader.frameworkOf("PyTest")).toBe("pytest")
    expect(AllureReader.frameworkOf("my-runner")).toBe("my-runner")
    expect(AllureReader.frameworkOf("constructor")).toBe("constructor")
  })

  it.effect("a Testomat.io id from a tag when the title has none", () =>
    Effect.gen(function*() {
      const doc = JSON.stringify({ name: "t", status: "passed", labels: [{ name: "tag", value: "@Tfeed0001" }] })
      // A parameter excluded from the history id (allure-playwright's Retry) tells no execution apart.
      const retried = JSON.stringify({
        name: "t",
        status: "passed",
        parameters: [{ name: "Project", value: "alpha" }, { name: "Retry", value: "1", excluded: true }]
      })
      expect(only(yield* entry("t-result.json", retried))).toMatchObject({
        execution: "Project=alpha",
        parameters: [{ name: "Project", value: "alpha" }, { name: "Retry", value: "1" }]
      })
      expect(only(yield* entry("t-result.json", doc)).testId).toBe("feed0001")
      const bare = JSON.stringify({ name: "t", status: "passed", labels: [{ name: "tag", value: "Tfeed0002" }] })
      expect(only(yield* entry("t-result.json", bare)).testId).toBe("feed0002")
    }))

  it.effect("broken is failed as an error; skipped keeps its reason; flaky passed; unknown is failed with a warning", () =>
    Effect.gen(function*() {
      expect(only(yield* entry("a2-result.json"))).toMatchObject({
        status: "failed",
        failures: [{ kind: "error", type: "broken", message: "TypeError: x is undefined" }],
        attributes: { status: "broken" }
      })
      expect(only(yield* entry("c3-result.json"))).toMatchObject({
        status: "skipped",
        skip: { message: "not ready yet" },
        duration: 0
      })
      expect(only(yield* entry("d4-result.json"))).toMatchObject({ status: "passed", flaky: true })
      const unknown = yield* entry("e5-result.json")
      expect(only(unknown)).toMatchObject({
        status: "failed",
        failures: [{ kind: "error", type: "unknown" }],
        suite: ["tests", "cart.spec.ts"],
        attributes: { status: "unknown", stage: "interrupted" }
      })
      expect(diagnostics(unknown)).toMatchObject([{
        severity: "warning",
        code: "unknown-status",
        source: "out/allure-results/e5-result.json"
      }])
    }))

  it.effect("a container's failed fixtures are failed tests of their own; passed ones are none", () =>
    Effect.gen(function*() {
      const records = yield* entry("x1-container.json")
      expect(tests(records)).toHaveLength(1)
      expect(only(records)).toMatchObject({
        title: "before fixture: seed database",
        suite: ["Cart"],
        group: "Cart",
        status: "failed",
        duration: 0.05,
        failures: [{
          kind: "error",
          type: "before fixture broken",
          message: "connection refused",
          stack: "Error: ECONNREFUSED"
        }],
        steps: [{ title: "connect", status: "failed", error: { message: "connection refused" } }],
        attachments: [{ name: "db log", path: "allure-results/x1-db.log", contentType: "text/plain" }],
        attributes: { fixture: "before", children: "3", container: "x1" }
      })
      expect(only(yield* entry("x2-container.json"))).toMatchObject({
        title: "after fixture: logout",
        status: "failed",
        failures: [{ kind: "failure", type: "after fixture failed", message: "still logged in" }]
      })
    }))

  it.effect("a result file read on its own: its source record first, attachments beside it", () =>
    Effect.gen(function*() {
      const records = yield* readWith(
        AllureReader.stream({ source: "out/allure-results/b1-result.json" }),
        text("b1-result.json")
      )
      expect(records[0]).toEqual({ type: "source", path: "out/allure-results/b1-result.json", format: "allure" })
      expect(only(records).attachments![1]).toEqual({
        name: "screenshot",
        path: "b1-shot.png",
        contentType: "image/png"
      })
    }))

  it.effect("identities are stable and distinct; pieces of any size read the same", () =>
    Effect.gen(function*() {
      const a = only(yield* entry("b1-result.json"))
      expect(only(yield* entry("b1-result.json", text("b1-result.json"), 3))).toEqual(a)
      expect(only(yield* entry("b1-copy-result.json", text("b1-result.json"))).id).not.toBe(a.id)
    }))

  it.effect("a long message keeps its start and end under the cap, the cut recorded", () =>
    Effect.gen(function*() {
      const doc = JSON.stringify({ name: "t", status: "failed", statusDetails: { message: "m".repeat(200_000) } })
      const test = only(yield* entry("t-result.json", doc, 65536, 1000))
      expect(test.failures![0]!.message!.length).toBeLessThan(1100)
      expect(test.truncated).toEqual([{ field: "failures", length: 200_000 }])
    }))

  it.effect("damage is said with the file, line and column; what is no Allure result is said so", () =>
    Effect.gen(function*() {
      const cut = yield* entry("b1-result.json", text("b1-result.json").slice(0, 300))
      expect(diagnostics(cut)).toMatchObject([{
        severity: "error",
        code: "truncated-file",
        source: "out/allure-results/b1-result.json"
      }])
      const bad = yield* entry("b1-result.json", "{\n  \"name\": \"x\",\n  \"status\" \"passed\"\n}")
      expect(diagnostics(bad)).toMatchObject([{ code: "invalid-json", line: 3 }])
      expect(yield* entry("z-result.json", "")).toMatchObject([{ code: "empty-file" }])
      expect(yield* entry("z-result.json", "{\"results\": {}}")).toMatchObject([{ code: "unrecognized-format" }])
    }))

  it.effect("text an adapter or a shell wrote around a result is passed over with a warning, the test kept", () =>
    Effect.gen(function*() {
      const alone = only(yield* entry("b1-result.json"))
      for (const size of [1, 9, 100_000]) {
        const records = yield* entry("b1-result.json", `npx allure: writing\n${text("b1-result.json")}\ndone\n`, size)
        expect(only(records)).toEqual(alone)
        expect(diagnostics(records)).toMatchObject([
          { severity: "warning", code: "text-before-report", line: 1, source: "out/allure-results/b1-result.json" },
          { severity: "warning", code: "text-after-report", source: "out/allure-results/b1-result.json" }
        ])
      }
      // Read on its own, the file's source record still comes first.
      const file = yield* readWith(
        AllureReader.stream({ source: "b1-result.json" }),
        `writing\n${text("b1-result.json")}`
      )
      expect(file.map((r) => r.type)).toEqual(["diagnostic", "source", "test"])
    }))

  it("orderScanner finds the top-level start and historyId, not a step's, and gives up on damage", () => {
    const scanner = AllureReader.orderScanner()
    const doc = text("b1-result.json")
    let done = false
    for (let i = 0; i < doc.length && !done; i += 100) done = scanner.feed(doc.slice(i, i + 100))
    expect(done).toBe(true)
    expect([scanner.start(), scanner.historyId()]).toEqual([1710000000000, "h-b1"])
    const none = AllureReader.orderScanner()
    expect(none.feed("{\"name\": \"x\"}")).toBe(true)
    expect([none.start(), none.historyId()]).toEqual([undefined, undefined])
    expect(AllureReader.orderScanner().feed("{\"start\" 1}")).toBe(true)
  })

  it.effect("withRetries: earlier failed executions of one historyId are attempts of the last, their files kept", () =>
    Effect.gen(function*() {
      const first = only(yield* entry("r1-result.json"))
      const last = only(yield* entry("r2-result.json"))
      const merged = AllureReader.withRetries(last, [first])
      expect(merged).toMatchObject({
        id: last.id,
        status: "passed",
        flaky: true,
        attempts: [{ kind: "flakyFailure", message: "first try failed", stack: "at r1", duration: 0.5 }],
        attachments: [{ name: "shot (attempt 1)", path: "allure-results/r1-shot.png" }],
        attributes: { retries: "1" }
      })
      const failedAgain = AllureReader.withRetries({ ...first, id: "x" }, [first])
      expect(failedAgain.attempts).toMatchObject([{ kind: "rerunFailure" }])
      expect(failedAgain.flaky).toBeUndefined()
      expect(AllureReader.withRetries(last, [])).toBe(last)
    }))
})

describe.skipIf(sharedDir() === undefined)("AllureReader on the corpus", () => {
  if (sharedDir() === undefined) console.warn(SKIP_MESSAGE)
  const file = (name: string) =>
    readWith(
      AllureReader.stream({ source: "allure-results", entry: name }),
      readFileSync(corpus(`allure-results/${name}`), "utf8")
    )

  it.effect("allure2 demo-status-broken: one broken test with its nested steps, links and parameters", () =>
    Effect.gen(function*() {
      const records = yield* file("allure2__demo-status-broken-result.json")
      expect(diagnostics(records)).toEqual([])
      const test = only(records)
      expect(test).toMatchObject({
        title: "Background sync resumes after service restart",
        suite: ["io.qameta.allure.platform.ReleaseReadinessTest"],
        group: "ReleaseReadinessTest",
        namespace: "io.qameta.allure.platform",
        status: "failed",
        failures: [{
          kind: "error",
          type: "broken",
          message: "RuntimeException: cache warmup stalled while replaying journal segments"
        }],
        parameters: [{ name: "cluster", value: "demo-eu-1" }],
        duration: 16,
        attachments: [{ name: "Warmup log", path: "allure-results/background-sync-log.txt", contentType: "text/plain" }]
      })
      expect(test.steps!.map((s) => [s.title, s.status])).toEqual([
        ["Restart background processors", "passed"],
        ["Rebuild cache journal", "failed"]
      ])
      expect(test.properties!.filter((p) => ["issue", "tms", "link"].includes(p.name)).map((p) => p.value)).toEqual([
        "https://example.org/issues/DEMO-102",
        "https://example.org/tms/TMS-420",
        "https://example.org/runbooks/background-sync"
      ])
    }))

  it.effect("allure2 attachments-01: one passed test, every step's attachment kept", () =>
    Effect.gen(function*() {
      const records = yield* file("allure2__attachments-01-result.json")
      expect(diagnostics(records)).toEqual([])
      const test = only(records)
      const raw = JSON.parse(readFileSync(corpus("allure-results/allure2__attachments-01-result.json"), "utf8")) as {
        steps: Array<{ name: string; attachments?: Array<unknown> }>
      }
      expect(test).toMatchObject({
        title: "attachmentsInStep",
        status: "passed",
        className: "test.labels.module_severity_test"
      })
      expect(test.steps).toHaveLength(raw.steps.length)
      expect(test.steps![0]!.title).toBe("application/xml")
      expect(test.steps!.at(-1)!.title).toBe(raw.steps.at(-1)!.name)
      expect(test.attachments).toHaveLength(raw.steps.reduce((n, s) => n + (s.attachments?.length ?? 0), 0))
      expect(test.attachments![0]).toEqual({
        name: "application/xml",
        path: "allure-results/attachment-report.xml",
        contentType: "application/xml"
      })
    }))
})
