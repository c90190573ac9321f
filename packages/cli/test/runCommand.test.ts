import { describe, expect, it } from "@effect/vitest"
import { startTestomatEmulator, type TestomatEmulator } from "@tr/tooling/emulators/testomat"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll } from "vitest"
import { asksForHelp, isOurs } from "../src/internal/passthrough.js"
import { exitStatus, parse } from "../src/internal/runCommand.js"
import { trAsync } from "./spawn.js"

const KEY = "tstmt_run_key"
let e: TestomatEmulator
beforeAll(async () => {
  e = await startTestomatEmulator({ apiKey: KEY })
})
afterAll(() => e.close())

const env = () => ({ TESTOMATIO: KEY, TESTOMATIO_URL: e.url })
const dir = mkdtempSync(join(tmpdir(), "tr-run-"))

/**
 * A test command writing `go test -json` for the tests given (name → outcome), with the package's own last line unless
 * it is killed first, then exiting as `go test` does (1 when a test failed) or by a signal to itself.
 */
const goTest = (tests: { readonly [name: string]: "pass" | "fail" }, end: "exit" | "SIGTERM" = "exit") => {
  const line = (Action: string, Test?: string) =>
    JSON.stringify({ Time: "2026-01-01T00:00:00Z", Action, Package: "example.com/shop", Test, Elapsed: 0.1 })
  const outcomes = Object.values(tests)
  const failed = outcomes.includes("fail")
  const lines = [
    ...Object.entries(tests).flatMap(([test, outcome]) => [line("run", test), line(outcome, test)]),
    ...(end === "exit" ? [line(failed ? "fail" : "pass")] : [])
  ]
  const exit = end === "SIGTERM" ? "process.kill(process.pid, 'SIGTERM')" : `process.exit(${failed ? 1 : 0})`
  return [process.execPath, "-e", `process.stdout.write(${JSON.stringify(lines.join("\n") + "\n")}, () => ${exit})`]
}

const runOf = (title: string) => [...e.runs.values()].find((r) => r.created["title"] === title)

describe("tr run (built binary, emulator)", () => {
  it("pushes the command's results, shows its output, and keeps its failing exit status", async () => {
    const ran = await trAsync(
      ["run", "testomat", "--title", "failing job", "--", ...goTest({ TestA: "pass", TestB: "fail" })],
      env()
    )
    expect(ran.status).toBe(1)
    expect(ran.stdout.split("\n").filter((l) => l.includes("\"Action\""))).toHaveLength(5)
    expect(ran.stderr).toMatch(/2 tests read, 2 delivered, 0 not delivered/)
    const delivered = runOf("failing job")!
    expect([...delivered.tests.values()].map((t) => t.body["title"]).sort()).toEqual(["TestA", "TestB"])
    expect(delivered.status).toBe("finished")
  })

  it("exits as the push did when the command passed", async () => {
    const ok = await trAsync(["run", "testomat", "--title", "passing job", "--", ...goTest({ TestC: "pass" })], env())
    expect(ok.status).toBe(0)
    const refused = await trAsync(["run", "testomat", "--title", "refused", "--", ...goTest({ TestD: "pass" })], {
      ...env(),
      TESTOMATIO: "tstmt_wrong"
    })
    expect(refused.status).toBe(5)
    expect(refused.stdout).toContain("TestD")
  })

  it("--tee writes the command's output to a file instead of the terminal", async () => {
    const file = join(dir, "go-test.json")
    const ran = await trAsync(
      ["run", "testomat", "--title", "teed", "--tee", file, "--", ...goTest({ TestE: "pass" })],
      env()
    )
    expect(ran.status).toBe(0)
    expect(ran.stdout).not.toContain("TestE")
    expect(readFileSync(file, "utf8").split("\n").filter((l) => l !== "")).toHaveLength(3)
  })

  it("a command killed mid-run: what it wrote arrives and its status says it was killed", async () => {
    const ran = await trAsync(
      ["run", "testomat", "--title", "killed", "--", ...goTest({ TestF: "pass" }, "SIGTERM")],
      env()
    )
    expect(ran.status).toBe(128 + 15)
    const killed = runOf("killed")!
    expect([...killed.tests.values()].map((t) => t.body["title"])).toEqual(["TestF"])
    expect(killed.status, "a cut stream leaves the run open").toBe("running")
  })

  it("refuses a call without a service or a command, and a command that does not exist", async () => {
    expect((await trAsync(["run", "testomat", "--title", "x"], env())).status).toBe(2)
    expect((await trAsync(["run", "jenkins", "--", "true"], env())).status).toBe(2)
    const missing = await trAsync(["run", "testomat", "--", join(dir, "no-such-runner")], env())
    expect(missing.status).toBe(127)
    expect(missing.stderr).toContain("could not run")
  })
})

describe("tr run's arguments", () => {
  it("splits push options, --tee and the command", () => {
    expect(parse(["octane", "--module", "m", "--tee=out.txt", "--", "go", "test", "--", "-v"])).toEqual({
      service: "octane",
      push: ["--module", "m"],
      tee: "out.txt",
      command: ["go", "test", "--", "-v"]
    })
    expect(parse(["testomat", "--tee"])).toMatch(/no command/)
    expect(parse(["testomat", "--tee", "--", "x"])).toMatch(/--tee needs a file/)
  })

  it("is ours only when it is a tr run call; tr run RUN stays POSIX tr", () => {
    expect(isOurs(["run", "testomat", "--", "x"])).toBe(true)
    expect(isOurs(["run"])).toBe(true)
    expect(isOurs(["run", "RUN"])).toBe(false)
    expect(asksForHelp(["run", "--help"])).toBe(true)
    expect(asksForHelp(["run", "testomat", "--", "mocha", "--help"])).toBe(false)
  })

  it("keeps the command's failing status over the push's", () => {
    expect(exitStatus(1, 0)).toBe(1)
    expect(exitStatus(0, 4)).toBe(4)
    expect(exitStatus(2, 5)).toBe(2)
  })
})
