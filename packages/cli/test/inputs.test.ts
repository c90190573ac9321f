// Saved streams as inputs, files that are no reports inside directories, runs only for tests, the official
// reporters' variables, sharded pushes that forget --no-finish, and proxies: as a user in CI meets them.
import { describe, expect, it } from "@effect/vitest"
import { type ForwardProxy, startForwardProxy } from "@tr/tooling/emulators/proxy"
import { startTestomatEmulator, type TestomatEmulator } from "@tr/tooling/emulators/testomat"
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll } from "vitest"
import { trLine } from "./inProcess.js"
import { fixture } from "./run.js"
import { sh } from "./spawn.js"

const KEY = "tstmt_inputs_key"
let e: TestomatEmulator
let proxy: ForwardProxy
beforeAll(async () => {
  e = await startTestomatEmulator({ apiKey: KEY })
  proxy = await startForwardProxy()
})
afterAll(async () => {
  await e.close()
  await proxy.close()
})

const dir = mkdtempSync(join(tmpdir(), "tr-inputs-"))
const env = () => ({ TESTOMATIO: KEY, TESTOMATIO_URL: e.url })
const fast = "--retries 1 --retry-time 5 --timeout 5000"

describe("inputs", () => {
  it("a saved canonical stream is an input like any report: tr push testomat run.ndjson", async () => {
    const saved = join(dir, "run.ndjson")
    const r = await sh(
      `$TR convert --quiet ${fixture("login.xml")} > ${saved} && $TR push testomat ${saved} --json --quiet ${fast}`,
      env()
    )
    expect(r.stderr).toBe("")
    expect(r.status).toBe(0)
    const summary = JSON.parse(r.stdout)
    expect(summary).toMatchObject({ read: 3, delivered: 3, finished: true })
    expect(e.runs.get(summary.run.uid)?.tests.size).toBe(3)
  })

  it("an input without tests creates no run", async () => {
    const empty = join(dir, "empty-suite.xml")
    writeFileSync(empty, `<testsuite name="none" tests="0"></testsuite>\n`)
    const before = e.runs.size
    const r = await trLine(`push testomat ${empty} ${fast}`, env())
    expect(r.status).toBe(0)
    expect(r.stderr).toContain("no run was created")
    expect(e.runs.size).toBe(before)
  })

  it("a file in a directory that is no report is skipped with a note; named, it is an input problem", async () => {
    const reports = join(dir, "surefire-reports")
    mkdirSync(reports)
    copyFileSync(fixture("login.xml"), join(reports, "TEST-LoginTest.xml"))
    writeFileSync(
      join(reports, "failsafe-summary.xml"),
      `<failsafe-summary result="0"><completed>3</completed></failsafe-summary>`
    )
    writeFileSync(
      join(reports, "testng-failed.xml"),
      `<!DOCTYPE suite SYSTEM "https://testng.org/testng-1.0.dtd">\n<suite name="Failed suite"/>`
    )
    writeFileSync(join(reports, "settings.json"), `{"retries": 2}`)
    const r = await sh(`$TR convert ${reports} | wc -l`)
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/failsafe-summary\.xml.*skipped/)
    expect(r.stderr).toMatch(/testng-failed\.xml.*skipped/)
    expect(r.stderr).toMatch(/settings\.json.*skipped/)
    expect(r.stderr).toContain("3 tests")
    const converted = await sh(`$TR convert ${reports} > /dev/null; echo "status=$?"`)
    expect(converted.stdout).toBe("status=0\n")
    const named = await sh(`$TR convert ${join(reports, "failsafe-summary.xml")} > /dev/null; echo "status=$?"`)
    expect(named.stdout).toBe("status=3\n")
  })
})

describe("the official reporters' variables", () => {
  it("TESTOMATIO_TOKEN, _LABEL, _JIRA_ID, _DESCRIPTION, _PUBLISH, _SHARED_RUN_TIMEOUT, _EXCLUDE_SKIPPED; ci_build_url from the CI", async () => {
    const r = await trLine(`push testomat ${fixture("login.xml")} --json --quiet ${fast}`, {
      TESTOMATIO_URL: e.url,
      TESTOMATIO_TOKEN: KEY,
      TESTOMATIO_LABEL: "smoke,nightly",
      TESTOMATIO_JIRA_ID: "TR-18",
      TESTOMATIO_DESCRIPTION: "from CI",
      TESTOMATIO_PUBLISH: "1",
      TESTOMATIO_SHARED_RUN: "1",
      TESTOMATIO_SHARED_RUN_TIMEOUT: "30",
      TESTOMATIO_EXCLUDE_SKIPPED: "1",
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: "acme/shop",
      GITHUB_RUN_ID: "42"
    })
    expect(r.status).toBe(0)
    const summary = JSON.parse(r.stdout)
    const run = e.runs.get(summary.run.uid)!
    expect(run.created).toMatchObject({
      label: "smoke,nightly",
      jira_id: "TR-18",
      description: "from CI",
      access_event: "publish",
      shared_run: true,
      shared_run_timeout: 30,
      ci_build_url: "https://github.com/acme/shop/actions/runs/42"
    })
    expect([...run.tests.values()].map((t) => t.body["status"]).sort()).toEqual(["failed", "passed"])
  })

  it("TESTOMATIO_API_KEY is a key too, and ci_build_url comes from Jenkins' BUILD_URL", async () => {
    const r = await trLine(`push testomat ${fixture("login.xml")} --json --quiet ${fast}`, {
      TESTOMATIO_URL: e.url,
      TESTOMATIO_API_KEY: KEY,
      BUILD_URL: "https://jenkins.example/job/shop/7/"
    })
    expect(r.status).toBe(0)
    const run = e.runs.get(JSON.parse(r.stdout).run.uid)!
    expect(run.created["ci_build_url"]).toBe("https://jenkins.example/job/shop/7/")
  })
})

describe("the official reporters' variables for delivery", () => {
  it("TESTOMATIO_STACK_PASSED sends the output of passed tests, which is left home otherwise", async () => {
    const report = join(dir, "passed-output.xml")
    writeFileSync(
      report,
      `<testsuite name="s"><testcase classname="app.A" name="prints"><system-out>hello from a passed test</system-out>` +
        `</testcase></testsuite>`
    )
    const sent = async (extra: { [name: string]: string }) => {
      const r = await trLine(`push testomat ${report} --json --quiet ${fast}`, { ...env(), ...extra })
      expect(r.status).toBe(0)
      return [...e.runs.get(JSON.parse(r.stdout).run.uid)!.tests.values()][0]!.body
    }
    expect(JSON.stringify(await sent({ TESTOMATIO_STACK_PASSED: "1" }))).toContain("hello from a passed test")
    expect(JSON.stringify(await sent({}))).not.toContain("hello from a passed test")
  })

  it("TESTOMATIO_MAX_REQUEST_FAILURES is how many times a failing request is tried again", async () => {
    const attempts = async (failures: string) => {
      const before = e.requests.length
      e.always({ kind: "status", status: 503 })
      try {
        const r = await trLine(`push testomat ${fixture("login.xml")} --quiet --retry-time 30 --timeout 5000`, {
          ...env(),
          TESTOMATIO_MAX_REQUEST_FAILURES: failures
        })
        expect(r.status).toBe(4)
      } finally {
        e.always(undefined)
      }
      return e.requests.slice(before).filter((q) => q.route === "create").length
    }
    expect(await attempts("1")).toBe(2)
    expect(await attempts("3")).toBe(4)
  }, 60_000)
})

describe("sharded pushes", () => {
  it("a shard that finds its run finished says what happened and what to do", async () => {
    const start = await trLine(`testomat start --quiet ${fast}`, env())
    const uid = start.stdout.trim()
    expect(uid).not.toBe("")
    const first = await trLine(`push testomat --run ${uid} ${fixture("login.xml")} --quiet ${fast}`, env())
    expect(first.status).toBe(0)
    const second = await trLine(`push testomat --run ${uid} ${fixture("login.xml")} ${fast}`, env())
    expect(second.status).toBe(4)
    expect(second.stderr).toContain("finished")
    expect(second.stderr).toContain("--no-finish")
    expect(second.stderr).toContain(`tr testomat finish --run ${uid}`)
    expect(second.stderr).not.toContain("on request (TESTOMATIO_PROCEED)")
  })
})

describe("proxies", () => {
  for (const name of ["HTTP_PROXY", "http_proxy"]) {
    it(`every request goes through ${name}`, async () => {
      const before = { proxied: proxy.targets.length, served: e.requests.length }
      const r = await sh(`$TR push testomat ${fixture("login.xml")} --quiet ${fast}`, { ...env(), [name]: proxy.url })
      expect(r.status).toBe(0)
      const served = e.requests.length - before.served
      expect(served).toBeGreaterThanOrEqual(3)
      expect(proxy.targets.length - before.proxied).toBe(served)
      expect(proxy.targets.slice(before.proxied).every((t) => t === new URL(e.url).host)).toBe(true)
    })
  }

  it("NO_PROXY keeps a host off the proxy", async () => {
    const before = proxy.targets.length
    const r = await sh(`$TR push testomat ${fixture("login.xml")} --quiet ${fast}`, {
      ...env(),
      HTTP_PROXY: proxy.url,
      NO_PROXY: "127.0.0.1"
    })
    expect(r.status).toBe(0)
    expect(proxy.targets.length).toBe(before)
  })
})
