// The Promise API as users get it: the bundle `import { convertFile } from "test-results"` loads (dist/api), against
// the emulators.
import type * as Canonical from "@tr/core/Canonical"
import { startOctaneEmulator } from "@tr/tooling/emulators/octane"
import { startTestomatEmulator } from "@tr/tooling/emulators/testomat"
import { spawnSync } from "node:child_process"
import { createWriteStream, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import type * as PromiseApi from "../src/PromiseApi.js"
import { fixture } from "./run.js"

const bundle = fileURLToPath(new URL("../dist/api/index.js", import.meta.url))
const api = (await import(bundle)) as typeof PromiseApi

// The declarations the package ships are written out by hand (it installs without @tr/core): they must still describe
// what the readers produce. A field renamed or retyped in the schema fails this at type-check time.
type Describes<Shipped, Actual extends Shipped> = Actual
export type Checked = [
  Describes<PromiseApi.RunHeader, Canonical.RunHeader>,
  Describes<PromiseApi.TestRecord, Canonical.TestCase>,
  Describes<PromiseApi.DiagnosticRecord, Canonical.Diagnostic>,
  Describes<PromiseApi.EndRecord, Canonical.End>,
  Describes<PromiseApi.CanonicalRecord, Canonical.StreamRecord>
]

describe("convertFile", () => {
  it("gives the records of tr convert: a complete run, with the test's fields", async () => {
    const records = await api.convertFileToArray(fixture("login.xml"))
    expect(records.map((r) => r.type)).toEqual(["run", "source", "test", "test", "test", "suite", "end"])
    const tests = records.filter((r): r is PromiseApi.TestRecord => r.type === "test")
    expect(tests.map((t) => [t.title, t.status])).toEqual([
      ["accepts a valid password", "passed"],
      ["rejects a wrong password", "failed"],
      ["remembers the user", "skipped"]
    ])
    const converted = spawnSync(process.execPath, [
      fileURLToPath(new URL("../bin/tr.js", import.meta.url)),
      "convert",
      fixture("login.xml")
    ], {
      encoding: "utf8"
    })
    expect(records).toEqual(converted.stdout.trim().split("\n").map((l) => JSON.parse(l)))
  })

  it("never rejects for an input problem: a missing file is a diagnostic, counted in the trailer", async () => {
    const records = await api.convertFileToArray([fixture("login.xml"), "/nonexistent/report.xml"])
    expect(records.find((r) => r.type === "diagnostic")).toMatchObject({ code: "unreadable", severity: "error" })
    expect(records.at(-1)).toMatchObject({ type: "end", tests: 3, errors: 1 })
  })

  it("streams: a test arrives while its input is still being written, and leaving the loop stops reading", async () => {
    const fifo = join(mkdtempSync(join(tmpdir(), "tr-api-")), "report.xml")
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0)
    const writer = createWriteStream(fifo)
    // Leaving the loop closes the pipe's reading end: a write of the writer's still under way then fails, as it must.
    writer.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ERR_STREAM_DESTROYED" && error.code !== "EPIPE") throw error
    })
    writer.write(`<?xml version="1.0"?>\n<testsuite name="s">\n<testcase classname="c" name="first"/>\n`)
    const seen: Array<string> = []
    // The input never ends while the loop runs: only a reader that streams gets here.
    for await (const record of api.convertFile(fifo)) {
      seen.push(record.type)
      if (record.type === "test") break
    }
    writer.destroy()
    expect(seen).toEqual(["run", "source", "test"])
  })
})

describe("pushToTestomat", () => {
  it("pushes convertFile into a run and finishes it", async () => {
    const e = await startTestomatEmulator()
    try {
      const summary = await api.pushToTestomat(api.convertFile(fixture("login.xml")), {
        apiKey: e.apiKey,
        url: e.url,
        title: "from the API"
      })
      expect(summary).toMatchObject({ read: 3, delivered: 3, undelivered: 0, finished: true, truncated: false })
      const runs = [...e.runs.values()]
      expect(runs.map((r) => [r.created["title"], r.tests.size, r.status])).toEqual([["from the API", 3, "finished"]])
      expect(summary.run?.uid).toBe(runs[0]!.uid)
    } finally {
      await e.close()
    }
  })

  it("leaves the run open for records without a trailer (a cut stream), and says so", async () => {
    const e = await startTestomatEmulator()
    try {
      const all = await api.convertFileToArray(fixture("login.xml"))
      const summary = await api.pushToTestomat(all.filter((r) => r.type !== "end"), { apiKey: e.apiKey, url: e.url })
      expect(summary).toMatchObject({ read: 3, delivered: 3, finished: false, truncated: true })
      expect([...e.runs.values()].map((r) => r.status)).toEqual(["running"])
    } finally {
      await e.close()
    }
  })

  it("rejects with PushError when the key is refused, nothing sent", async () => {
    const e = await startTestomatEmulator()
    try {
      const pushed = api.pushToTestomat(api.convertFile(fixture("login.xml")), {
        apiKey: "tstmt_wrong",
        url: e.url,
        retries: 0
      })
      await expect(pushed).rejects.toMatchObject({ name: "PushError", reason: "Unauthorized" })
      expect(e.runs.size).toBe(0)
    } finally {
      await e.close()
    }
  })
})

describe("pushToOctane", () => {
  it("pushes convertFile in a payload the server accepts, with the context given", async () => {
    const e = await startOctaneEmulator()
    try {
      const summary = await api.pushToOctane(api.convertFile(fixture("login.xml")), {
        url: e.url,
        sharedSpace: e.sharedSpace,
        workspace: e.workspace,
        clientId: e.clientId,
        clientSecret: e.clientSecret,
        context: { build: { serverId: "ci", jobId: "nightly", buildId: "7" }, release: { name: "_default_" } }
      })
      expect(summary).toMatchObject({ read: 3, accepted: 3, notAccepted: 0, truncated: false })
      expect(summary.payloads.map((p) => p.state)).toEqual(["accepted"])
      expect(e.payloads[0]!.xml).toContain(`<build server_id="ci" job_id="nightly" build_id="7"/>`)
    } finally {
      await e.close()
    }
  })
})
