/**
 * Allure results directories and Playwright JSON reports, through the built binary: recognised by their content, a
 * results directory read as one input in the order its tests started.
 */
import { describe, expect, it } from "@effect/vitest"
import { corpus, sharedDir, SKIP_MESSAGE } from "@tr/tooling/shared"
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll } from "vitest"
import { inProcess } from "./inProcess.js"
import { fixture, lines } from "./run.js"

const ALLURE = fileURLToPath(new URL("../../allure/test/fixtures/allure-results", import.meta.url))
const PLAYWRIGHT = fileURLToPath(new URL("../../playwright/test/fixtures/report.json", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "tr-allure-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const titles = (stdout: string) => lines(stdout).filter((x) => x.type === "test").map((x) => x["title"])

describe("an Allure results directory", () => {
  it("is one input: results by start time (none last), then failed fixtures of containers; attachments unread", async () => {
    const r = await inProcess(["convert", ALLURE])
    expect(r.status).toBe(0)
    const records = lines(r.stdout)
    expect(records[0]).toMatchObject({ type: "run", sources: [ALLURE] })
    expect(records.filter((x) => x.type === "source")).toEqual([{ type: "source", path: ALLURE, format: "allure" }])
    expect(titles(r.stdout)).toEqual([
      "logs in",
      "retried",
      "broken setup",
      "later",
      "no verdict",
      "retried by the runner",
      "never started",
      "before fixture: seed database",
      "after fixture: logout"
    ])
    expect(records.at(-1)).toMatchObject({
      type: "end",
      tests: 9,
      passed: 2,
      failed: 5,
      skipped: 2,
      sources: [{ path: ALLURE, format: "allure", status: "ok", tests: 9 }]
    })
    // The runner retried it: one test, flaky, its failed execution an attempt.
    expect(records.find((x) => x["title"] === "retried by the runner")).toMatchObject({
      status: "passed",
      flaky: true,
      attempts: [{ kind: "flakyFailure", message: "first try failed" }],
      attachments: [{ name: "shot (attempt 1)", path: "allure-results/r1-shot.png" }]
    })
    // The `unknown` status is said once.
    expect(r.stderr).toContain("e5-result.json: warning: test \"no verdict\": status \"unknown\" is no verdict")
  })

  it("found inside a directory that is walked, it is still one input; --from allure reads it too", async () => {
    const tree = join(dir, "reports")
    mkdirSync(tree, { recursive: true })
    cpSync(ALLURE, join(tree, "allure-results"), { recursive: true })
    cpSync(fixture("login.xml"), join(tree, "login.xml"))
    const r = await inProcess(["convert", tree])
    expect(r.status).toBe(0)
    expect(lines(r.stdout).filter((x) => x.type === "source").map((x) => [x["path"], x["format"]])).toEqual([
      [`${tree}/login.xml`, "junit"],
      [`${tree}/allure-results`, "allure"]
    ])
    const named = await inProcess(["convert", "--from", "allure", `${tree}/allure-results/`])
    expect(named.status).toBe(0)
    expect(titles(named.stdout)).toHaveLength(9)
    expect(lines(named.stdout)[0]).toMatchObject({ sources: [`${tree}/allure-results`] })
  })

  it("a result file named on its own is recognised by its content", async () => {
    const r = await inProcess(["convert", join(ALLURE, "b1-result.json")])
    expect(r.status).toBe(0)
    expect(lines(r.stdout).filter((x) => x.type === "source" || x.type === "test")).toMatchObject([
      { type: "source", format: "allure" },
      { type: "test", title: "logs in", attachments: [{ name: "page", path: "b1-page.html" }, { path: "b1-shot.png" }] }
    ])
  })

  it("a damaged result is said with its file, line and column; the others are read", async () => {
    const broken = join(dir, "broken-results")
    cpSync(ALLURE, broken, { recursive: true })
    writeFileSync(join(broken, "c3-result.json"), "{\n  \"name\": \"later\",\n  \"status\" \"skipped\"\n}")
    const r = await inProcess(["convert", broken])
    expect(r.status).toBe(3)
    expect(titles(r.stdout)).toHaveLength(8)
    expect(r.stderr).toMatch(/c3-result\.json:3:\d+: error: malformed JSON/)
  })

  it("a directory of many results is read in the order of their start times", async () => {
    const many = join(dir, "many")
    mkdirSync(many)
    const n = 2000
    for (let i = 0; i < n; i++) {
      // Names in the opposite order of the start times.
      writeFileSync(
        join(many, `${String(n - i).padStart(5, "0")}-result.json`),
        JSON.stringify({
          name: `t${i}`,
          status: "passed",
          steps: [{ name: "s", start: 1 }],
          start: 1_700_000_000_000 + i
        })
      )
    }
    const r = await inProcess(["convert", many])
    expect(r.status).toBe(0)
    expect(titles(r.stdout)).toEqual(Array.from({ length: n }, (_, i) => `t${i}`))
  })
})

describe("a real allure-playwright 3.12.2 results directory (see the allure package's fixtures/real/HOW.md)", () => {
  const REAL = fileURLToPath(new URL("../../allure/test/fixtures/real/allure-playwright-3.12.2", import.meta.url))

  it("a test a result, each retried test once with its failed run as an attempt, attachments beside them", async () => {
    const r = await inProcess(["convert", REAL])
    expect(r.status).toBe(0)
    const records = lines(r.stdout)
    expect(records.at(-1)).toMatchObject({ type: "end", tests: 8, passed: 4, failed: 3, skipped: 1, warnings: 0 })
    const test = (title: string) => records.find((x) => x.type === "test" && x["title"] === title)!
    expect(test("pays with a card")).toMatchObject({
      testId: "abcd0001",
      suite: ["alpha", "allure.spec.ts", "Checkout"],
      group: "Checkout",
      file: "allure.spec.ts",
      framework: "Playwright",
      execution: "Project=alpha, card=visa",
      status: "failed",
      failures: [{
        kind: "failure",
        message: "Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: 2\nReceived: 1"
      }],
      attempts: [{ kind: "rerunFailure" }],
      tags: ["Tabcd0001", "payments"]
    })
    const attachments = test("pays with a card")["attachments"] as Array<{ name: string; path: string }>
    expect(attachments.map((a) => a.name)).toContain("card.txt")
    for (const a of attachments) {
      expect(a.path).toMatch(/^allure-playwright-3\.12\.2\/[0-9a-f-]+-attachment\.(txt|md)$/)
      expect(existsSync(join(REAL, "..", a.path))).toBe(true)
    }
    expect(test("flaky")).toMatchObject({ status: "passed", flaky: true, attempts: [{ kind: "flakyFailure" }] })
    // allure-playwright writes a timeout as broken: an error.
    expect(test("times out")).toMatchObject({
      status: "failed",
      failures: [{ kind: "error", type: "broken" }],
      attempts: [{ kind: "rerunError" }]
    })
    expect(records.filter((x) => x.type === "test" && x["title"] === "flaky")).toHaveLength(1)
  })
})

describe("a Playwright JSON report", () => {
  it("is recognised by its content, from a file or stdin, and by --from playwright-json", async () => {
    const file = await inProcess(["convert", PLAYWRIGHT])
    expect(file.status).toBe(0)
    expect(lines(file.stdout).find((x) => x.type === "source")).toMatchObject({ format: "playwright-json" })
    expect(lines(file.stdout).at(-1)).toMatchObject({ type: "end", tests: 10, passed: 4, failed: 4, skipped: 2 })
    const stdin = await inProcess(["convert", "-"], { input: readFileSync(PLAYWRIGHT, "utf8") })
    expect(titles(stdin.stdout)).toEqual(titles(file.stdout))
    const oneLine = JSON.stringify(JSON.parse(readFileSync(PLAYWRIGHT, "utf8")))
    expect(titles((await inProcess(["convert", "-"], { input: oneLine })).stdout)).toEqual(titles(file.stdout))
    // WebdriverIO's JSON reports have `suites` too: not Playwright's.
    const wdio = await inProcess(["convert", "-"], { input: "{\n\"start\": \"2024-01-01\",\n\"suites\": []\n}" })
    expect(lines(wdio.stdout).find((x) => x.type === "source")).toBeUndefined()
    expect(wdio.stderr).toMatch(/the top-level keys "start", "suites".*\[unrecognized-format\]/)
    const named = await inProcess(["convert", "--from", "playwright-json", "-"], { input: "{\"suites\": []}" })
    expect(named.status).toBe(0)
    expect(lines(named.stdout).find((x) => x.type === "source")).toMatchObject({ format: "playwright-json" })
  })
})

describe("a real Playwright run reported both ways (JSON and JUnit, Playwright 1.49.1)", () => {
  it("is the same tests, named alike, with the same verdicts", async () => {
    const key = (x: { [key: string]: unknown }) =>
      JSON.stringify([x["title"], x["group"], x["namespace"], x["file"], x["execution"], x["status"]])
    const tests = async (path: string) =>
      lines((await inProcess(["convert", path])).stdout).filter((x) => x.type === "test").map(key)
    const fromJson = await tests(
      fileURLToPath(new URL("../../playwright/test/fixtures/real/playwright-1.49.1.json", import.meta.url))
    )
    expect(fromJson).toHaveLength(16)
    expect(fromJson.sort()).toEqual((await tests(fixture("playwright-1.49.1-junit.xml"))).sort())
  })
})

describe.skipIf(sharedDir() === undefined)("Playwright JSON named as the JUnit reader names Playwright's JUnit", () => {
  it("the same tests of trrparser__playwright.xml, written as the JSON reporter writes them", async () => {
    expect(sharedDir(), SKIP_MESSAGE).toBeDefined()
    // The run of junit-playwright/trrparser__playwright.xml: one spec file, two tests, three projects.
    const result = (duration: number) => ({ status: "passed", duration, retry: 0, errors: [], stdout: [], stderr: [] })
    const spec = (title: string, line: number, durations: ReadonlyArray<number>) => ({
      title,
      file: "example.spec.ts",
      line,
      tags: [],
      tests: ["chromium", "firefox", "webkit"].map((projectName, i) => ({
        projectName,
        projectId: projectName,
        expectedStatus: "passed",
        status: "expected",
        results: [result(durations[i]!)]
      }))
    })
    const json = JSON.stringify({
      config: { rootDir: "/repo/tests" },
      suites: [{
        title: "example.spec.ts",
        file: "example.spec.ts",
        specs: [spec("has title", 3, [3209, 3066, 2657]), spec("get started link", 8, [1299, 1677, 2472])]
      }]
    })
    const key = (x: { [key: string]: unknown }) =>
      JSON.stringify([x["title"], x["group"], x["namespace"], x["file"], x["execution"], x["duration"], x["status"]])
    const fromJson = lines((await inProcess(["convert", "-"], { input: json })).stdout).filter((x) => x.type === "test")
      .map(key)
    const fromJunit = lines((await inProcess(["convert", corpus("junit-playwright/trrparser__playwright.xml")])).stdout)
      .filter((x) => x.type === "test").map(key)
    expect(fromJson.sort()).toEqual(fromJunit.sort())
    expect(fromJson).toHaveLength(6)
  })
})
