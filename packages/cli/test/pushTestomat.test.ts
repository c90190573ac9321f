import { describe, expect, it } from "@effect/vitest"
import { type Fault, startTestomatEmulator, type TestomatEmulator } from "@tr/tooling/emulators/testomat"
import { type Generated, generateJunit } from "@tr/tooling/generate"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll } from "vitest"
import { trLine } from "./inProcess.js"
import { fixture, lines } from "./run.js"
import { sh } from "./spawn.js"

const KEY = "tstmt_k3y_that_must_never_be_printed"
let e: TestomatEmulator
beforeAll(async () => {
  e = await startTestomatEmulator({ apiKey: KEY })
})
afterAll(() => e.close())

const env = () => ({ TESTOMATIO: KEY, TESTOMATIO_URL: e.url })
const dir = mkdtempSync(join(tmpdir(), "tr-push-"))
const fast = "--retries 3 --retry-time 5 --timeout 2000"

const expectNoKey = (...outputs: ReadonlyArray<string>) => {
  for (const output of outputs) expect(output).not.toContain(KEY)
}

describe("tr push testomat (emulator)", () => {
  it("delivers the stream of tr convert through a pipe, and finishes the run", async () => {
    const r = await sh(`$TR convert ${fixture("login.xml")} | $TR push testomat --title piped --json`, env())
    expect(r.status).toBe(0)
    const summary = JSON.parse(r.stdout)
    expect(summary).toMatchObject({ read: 3, delivered: 3, undelivered: 0, finished: true, exitCode: 0 })
    const run = e.runs.get(summary.run.uid)!
    expect(run.created).toMatchObject({ title: "piped" })
    expect(run.status).toBe("finished")
    expect([...run.tests.values()].map((t) => t.body["title"]).sort()).toEqual([
      "accepts a valid password",
      "rejects a wrong password",
      "remembers the user"
    ])
    expect(r.stderr).toMatch(/tr push testomat: 3 tests read, 3 delivered, 0 not delivered/)
    expectNoKey(r.stdout, r.stderr)
  })

  it("loses nothing through a shell pipe when the reader outpaces the writer (15,000 tests)", async () => {
    const report = join(dir, "large.xml")
    const generated: Generated = { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0, bytes: 0 }
    writeFileSync(report, [...generateJunit({ targetBytes: 3_000_000, seed: 5 }, generated)].join(""))
    const r = await sh(`$TR convert --quiet ${report} | $TR push testomat --json --quiet`, env())
    expect(r.status).toBe(0)
    const summary = JSON.parse(r.stdout)
    expect(summary).toMatchObject({ read: generated.tests, delivered: generated.tests, truncated: false })
    expect(e.runs.get(summary.run.uid)?.tests.size).toBe(generated.tests)
  })

  it("converts files given as arguments itself, and reads the official reporters' variables", async () => {
    const r = await trLine(`push testomat ${fixture("login.xml")} --json --quiet`, {
      ...env(),
      TESTOMATIO_TITLE: "from env",
      TESTOMATIO_ENV: "linux",
      TESTOMATIO_RUNGROUP_TITLE: "nightly",
      TESTOMATIO_CREATE: "1"
    })
    expect(r.status).toBe(0)
    expect(r.stderr).toBe("")
    const uid = JSON.parse(r.stdout).run.uid
    expect(e.runs.get(uid)?.created).toMatchObject({ title: "from env", env: "linux", group_title: "nightly" })
    const testrun = e.requests.filter((x) => x.route === "testrun" && x.path.includes(uid))
    expect(JSON.parse(testrun[0]!.body).create).toBe(true)
  })

  it("ends a dead server in bounded time with exit 4, and the failed-out file finishes the job", async () => {
    const failed = join(dir, "failed.ndjson")
    e.inject({ route: "testrun", fault: { kind: "status", status: 503 }, times: 1_000_000 })
    const r = await trLine(`push testomat ${fast} --failed-out ${failed} ${fixture("login.xml")}`, env())
    e.clearFaults()
    expect(r.status).toBe(4)
    expect(r.stderr).toContain("0 delivered, 3 not delivered")
    const uid = /--run (\w+)/.exec(r.stderr)?.[1]
    expect(uid).toBeDefined()
    // Bounded: the one batch was tried once and retried 3 times, no more.
    expect(e.requests.filter((x) => x.route === "testrun" && x.path.includes(uid!)).length).toBe(4)
    const kept = lines(readFileSync(failed, "utf8"))
    expect(kept.map((x) => x.type)).toEqual(["run", "test", "test", "test", "end"])
    expect(e.runs.get(uid!)?.status).toBe("running")

    const again = await sh(`$TR push testomat --run ${uid} < ${failed}`, env())
    expect(again.status).toBe(0)
    expect(e.runs.get(uid!)?.tests.size).toBe(3)
    expect(e.runs.get(uid!)?.status).toBe("finished")
    expectNoKey(r.stdout, r.stderr, again.stdout, again.stderr, readFileSync(failed, "utf8"))
  })

  it("without --failed-out, still counts what did not arrive and says how to keep it", async () => {
    e.inject({ route: "testrun", fault: { kind: "status", status: 503 }, times: 1_000_000 })
    const r = await trLine(`push testomat ${fast} --json ${fixture("login.xml")}`, env())
    e.clearFaults()
    expect(r.status).toBe(4)
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 3, delivered: 0, undelivered: 3, finished: false })
    expect(r.stderr).toContain("0 delivered, 3 not delivered")
    expect(r.stderr).toContain("3 tests did not arrive; name --failed-out FILE to keep them for another push")
  })

  it("fails fast with exit 5 on a refused key, and never prints it", async () => {
    const r = await trLine(`push testomat ${fixture("login.xml")}`, {
      TESTOMATIO: "tstmt_wrong_secret_123",
      TESTOMATIO_URL: e.url
    })
    expect(r.status).toBe(5)
    expect(r.stderr).toContain("Testomat.io refused the API key (401)")
    expect(r.stderr + r.stdout).not.toContain("tstmt_wrong_secret_123")
  })

  it("asks for a key when there is none", async () => {
    const r = await trLine(`push testomat ${fixture("login.xml")}`, { TESTOMATIO_URL: e.url })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("no API key: set TESTOMATIO")
  })

  it("refuses batch limits below 1 before anything is sent", async () => {
    const before = e.requests.length
    const r = await trLine(`push testomat --batch-size 0 --linger 0 --concurrency -1 ${fixture("login.xml")}`, env())
    expect(r.status).toBe(2)
    expect(r.stderr.trim().split("\n")).toEqual([
      "tr: --batch-size must be at least 1, not 0",
      "tr: --linger must be at least 1, not 0",
      "tr: --concurrency must be at least 1, not -1"
    ])
    expect(e.requests.length).toBe(before)
  })

  it("reports a stream cut before its trailer as truncated (exit 3) and leaves the run open", async () => {
    const r = await sh(`$TR convert ${fixture("login.xml")} | head -n 4 | $TR push testomat --json`, env())
    expect(r.status).toBe(3)
    const summary = JSON.parse(r.stdout)
    expect(summary).toMatchObject({ read: 2, delivered: 2, truncated: true, finished: false })
    expect(r.stderr).toContain("the input ended without its trailer")
    expect(e.runs.get(summary.run.uid)?.status).toBe("running")
  })

  it("when the run cannot be created, --failed-out holds every test read, and pushing it again does the job", async () => {
    const failed = join(dir, "not-created.ndjson")
    e.inject({ route: "create", fault: { kind: "status", status: 422 } })
    const r = await trLine(`push testomat ${fast} --failed-out ${failed} --json ${fixture("login.xml")}`, env())
    expect(r.status).toBe(4)
    expect(JSON.parse(r.stdout)).toMatchObject({ delivered: 0, undelivered: 3 })
    expect(r.stderr).toContain(`all 3 tests read are in ${failed}; send them with: tr push testomat ${failed}`)
    const kept = lines(readFileSync(failed, "utf8"))
    expect(kept.map((x) => x.type)).toEqual(["run", "test", "test", "test", "end"])
    expect(kept.at(-1)).toMatchObject({ tests: 3 })

    const again = await sh(`$TR push testomat --json < ${failed}`, env())
    expect(again.status).toBe(0)
    const summary = JSON.parse(again.stdout)
    expect(summary).toMatchObject({ read: 3, delivered: 3, finished: true })
    expect(e.runs.get(summary.run.uid)?.tests.size).toBe(3)
  })

  it("takes a stream that contradicts itself as an input problem (exit 3) and leaves the run open", async () => {
    const stream = (await trLine(`convert ${fixture("login.xml")}`)).stdout
    const miscounted = stream.replace(/"type":"end","tests":3/, `"type":"end","tests":10`)
    expect(miscounted).not.toBe(stream)
    for (
      const [input, said] of [
        [stream + stream, "the input contradicts itself: a second run header"],
        [miscounted, "the input contradicts itself: the trailer counts 10 tests, but 3 came"]
      ] as const
    ) {
      const r = await trLine(`push testomat --json`, env(), input)
      expect(r.status).toBe(3)
      const summary = JSON.parse(r.stdout)
      expect(summary).toMatchObject({ finished: false, exitCode: 3 })
      expect(r.stderr).toContain(said)
      expect(e.runs.get(summary.run.uid)?.status).toBe("running")
    }
  })

  it("prints the exact requests of a dry run with the key masked, and sends nothing", async () => {
    const before = e.requests.length
    const r = await trLine(`push testomat --dry-run ${fixture("login.xml")}`, env())
    expect(r.status).toBe(0)
    expect(e.requests.length).toBe(before)
    expect(r.stdout).toContain(`POST ${e.url}/api/reporter\n{"api_key":"tstmt_***"}`)
    expect(r.stdout).toContain(`POST ${e.url}/api/reporter/dry-run/testrun`)
    expectNoKey(r.stdout, r.stderr)
  })

  it("creates a run for sharded CI, takes pushes from several machines, and finishes it once", async () => {
    const start = await trLine(`testomat start --title sharded`, env())
    expect(start.status).toBe(0)
    const uid = start.stdout.trim()
    expect(e.runs.get(uid)?.created).toMatchObject({ title: "sharded" })
    for (const prefix of ["shard-1:", "shard-2:"]) {
      const r = await trLine(`push testomat --no-finish --rid-prefix ${prefix} ${fixture("login.xml")}`, {
        ...env(),
        TESTOMATIO_RUN: uid
      })
      expect(r.status).toBe(0)
    }
    expect(e.runs.get(uid)?.tests.size).toBe(6)
    expect(e.runs.get(uid)?.status).toBe("running")
    const finish = await trLine(`testomat finish --run ${uid}`, env())
    expect(finish.status).toBe(0)
    expect(e.runs.get(uid)?.statusEvent).toBe("finish")
  })

  it("a finish that fails is exit 4 (5 for a refused key), and says how to finish the run", async () => {
    for (
      const [fault, exit, said] of [
        [{ kind: "status", status: 500 }, 4, "finishing the run failed"],
        [{ kind: "status", status: 401 }, 5, "refused the API key (401)"],
        [
          { kind: "answer", status: 302, headers: { location: "https://example.test/api/reporter/x" } },
          4,
          "redirected"
        ],
        [
          { kind: "answer", status: 200, headers: { "content-type": "text/html" }, body: "<title>Portal</title>" },
          4,
          "Portal"
        ]
      ] as const
    ) {
      e.inject({ route: "update", fault: fault as Fault, times: 10 })
      const r = await trLine(`push testomat ${fast} --json ${fixture("login.xml")}`, env())
      e.clearFaults()
      expect(r.status).toBe(exit)
      const summary = JSON.parse(r.stdout)
      expect(summary).toMatchObject({ delivered: 3, finished: false, finishFailed: true, exitCode: exit })
      expect(r.stderr).toContain(said)
      expect(r.stderr).toContain(`finish it with: tr testomat finish --run ${summary.run.uid}`)
      expect(e.runs.get(summary.run.uid)?.status).toBe("running")
    }
  })

  it("a redirect is never a delivery: not followed, the key kept home, and it says which URL to use", async () => {
    let followed = 0
    const target = createServer((_req, res) => {
      followed++
      res.end("{}")
    })
    await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", resolve))
    const elsewhere = `http://127.0.0.1:${(target.address() as AddressInfo).port}`
    try {
      const start = await trLine(`testomat start`, env())
      const uid = start.stdout.trim()
      const moved = (path: string): Fault => ({
        kind: "answer",
        status: 301,
        headers: { location: `${elsewhere}${path}` }
      })
      e.inject({ route: "testrun", fault: moved(`/api/reporter/${uid}/testrun`), times: 100 })
      const r = await trLine(`push testomat ${fast} --run ${uid} --json ${fixture("login.xml")}`, env())
      e.clearFaults()
      e.inject({ route: "update", fault: moved(`/api/reporter/${uid}`) })
      const finish = await trLine(`testomat finish --run ${uid}`, env())
      e.clearFaults()
      expect(r.status).toBe(4)
      expect(JSON.parse(r.stdout)).toMatchObject({ delivered: 0, undelivered: 3, finished: false })
      expect(r.stderr).toContain(`use ${elsewhere}`)
      expect(finish.status).toBe(4)
      expect(finish.stderr).toContain("redirected")
      expect(finish.stderr).not.toContain("finished")
      expect(followed).toBe(0)
      expectNoKey(r.stdout, r.stderr, finish.stderr)
    } finally {
      target.closeAllConnections()
      target.close()
    }
  })

  it("a refused key mid-push stops it at once (exit 5), and every test not sent is in --failed-out", async () => {
    const report = join(dir, "many.xml")
    const generated: Generated = { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0, bytes: 0 }
    writeFileSync(report, [...generateJunit({ targetBytes: 400_000, seed: 9 }, generated)].join(""))
    const failed = join(dir, "refused.ndjson")
    e.inject({ route: "testrun", fault: { kind: "status", status: 403 }, times: 1_000_000 })
    const r = await sh(
      `$TR push testomat ${fast} --batch-size 10 --concurrency 1 --json --failed-out ${failed} ${report}`,
      env()
    )
    e.clearFaults()
    expect(r.status).toBe(5)
    const summary = JSON.parse(r.stdout)
    expect(summary).toMatchObject({ read: generated.tests, delivered: 0, undelivered: generated.tests })
    expect(generated.tests).toBeGreaterThan(100)
    expect(e.requests.filter((x) => x.route === "testrun" && x.path.includes(summary.run.uid)).length).toBe(1)
    expect(lines(readFileSync(failed, "utf8")).filter((x) => x.type === "test").length).toBe(generated.tests)
  })

  it("masks the key in whatever the server echoes, on stderr and in --json", async () => {
    e.inject({ route: "create", fault: { kind: "echo", status: 422 } })
    const r = await trLine(`push testomat --json ${fixture("login.xml")}`, env())
    expect(r.status).toBe(4)
    expect(r.stderr).toContain("***")
    expectNoKey(r.stdout, r.stderr)
  })
})
