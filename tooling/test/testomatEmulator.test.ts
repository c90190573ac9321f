import { describe, expect, it } from "@effect/vitest"
import { afterAll, beforeAll } from "vitest"
import { startTestomatEmulator, type TestomatEmulator } from "../src/emulators/testomat.js"

let e: TestomatEmulator
beforeAll(async () => {
  e = await startTestomatEmulator({ apiKey: "tstmt_k" })
})
afterAll(() => e.close())

const call = async (method: string, path: string, body: unknown, contentType = "application/json") => {
  const response = await fetch(`${e.url}${path}`, {
    method,
    headers: { "content-type": contentType },
    body: typeof body === "string" ? body : JSON.stringify(body)
  })
  return { status: response.status, body: (await response.json()) as { [k: string]: unknown } }
}

const newRun = async () =>
  (await call("POST", "/api/reporter", { api_key: "tstmt_k", title: "t" })).body["uid"] as string

describe("Testomat.io emulator", () => {
  it("creates a run and records tests by rid, counting repeats", async () => {
    const uid = await newRun()
    const test = { title: "a", status: "passed", rid: "r1", run_time: 0.5 }
    expect(
      (await call("POST", `/api/reporter/${uid}/testrun`, { api_key: "tstmt_k", tests: [test], batch_index: 1 })).status
    ).toBe(200)
    await call("POST", `/api/reporter/${uid}/testrun`, { api_key: "tstmt_k", tests: [test], batch_index: 1 })
    expect(e.runs.get(uid)?.tests.get("rid:r1")?.received).toBe(2)
  })

  it("refuses a missing or wrong key, an unknown run, and a finished run", async () => {
    expect((await call("POST", "/api/reporter", { title: "t" })).status).toBe(401)
    expect((await call("POST", "/api/reporter", { api_key: "nope" })).status).toBe(401)
    expect(
      (await call("POST", "/api/reporter/missing1/testrun", {
        api_key: "tstmt_k",
        tests: [{ title: "a", status: "passed" }]
      })).status
    ).toBe(404)
    const uid = await newRun()
    expect((await call("PUT", `/api/reporter/${uid}`, { api_key: "tstmt_k", status_event: "finish" })).status).toBe(200)
    const late = await call("POST", `/api/reporter/${uid}/testrun`, {
      api_key: "tstmt_k",
      tests: [{ title: "a", status: "passed" }]
    })
    expect(late.status).toBe(400)
  })

  it("validates every field the guide describes", async () => {
    const uid = await newRun()
    const bad: ReadonlyArray<[unknown, string]> = [
      [{ title: "a", status: "errored" }, "tests[0].status must be passed, failed or skipped"],
      [{ status: "passed" }, "tests[0].title is required unless test_id is given"],
      [{ title: "a", status: "passed", run_time: -1 }, "tests[0].run_time must be a non-negative number of seconds"],
      [{ title: "a", status: "passed", run_time: "1" }, "tests[0].run_time must be a non-negative number of seconds"],
      [
        { title: "a", status: "passed", test_id: "toolongid1" },
        "tests[0].test_id must be 8 characters, optionally after @T"
      ],
      [{ title: "a", status: "passed", steps: [{ category: "user" }] }, "tests[0].steps[0].title is required"],
      [
        { title: "a", status: "passed", steps: [{ title: "s", category: "robot" }] },
        "tests[0].steps[0].category must be user, framework or hook"
      ],
      [{ title: "a", status: "passed", artifacts: [1] }, "tests[0].artifacts must be an array of URLs"],
      [{ title: "a", status: "passed", example: [1] }, "tests[0].example must be an object or a string"]
    ]
    for (const [test, message] of bad) {
      const r = await call("POST", `/api/reporter/${uid}/testrun`, { api_key: "tstmt_k", tests: [test] })
      expect(r).toEqual({ status: 400, body: { message } })
    }
    expect((await call("POST", `/api/reporter/${uid}/testrun`, "{not json")).status).toBe(400)
    expect((await call("POST", `/api/reporter/${uid}/testrun`, { api_key: "tstmt_k", tests: [] })).status).toBe(400)
    expect((await call("POST", "/api/reporter", { api_key: "tstmt_k" }, "text/plain")).status).toBe(400)
    expect((await call("PUT", `/api/reporter/${uid}`, { api_key: "tstmt_k", status_event: "done" })).status).toBe(400)
    expect(e.runs.get(uid)?.tests.size).toBe(0)
  })

  it("injects faults on demand, with Retry-After, and after processing", async () => {
    const uid = await newRun()
    e.inject({ route: "testrun", fault: { kind: "status", status: 429, retryAfter: 7 } })
    const limited = await fetch(`${e.url}/api/reporter/${uid}/testrun`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ api_key: "tstmt_k", tests: [{ title: "a", status: "passed", rid: "x" }] })
    })
    expect(limited.status).toBe(429)
    expect(limited.headers.get("retry-after")).toBe("7")
    expect(e.runs.get(uid)?.tests.size).toBe(0)
    e.inject({ route: "testrun", fault: { kind: "after", then: "status", status: 502 } })
    const lost = await call("POST", `/api/reporter/${uid}/testrun`, {
      api_key: "tstmt_k",
      tests: [{ title: "a", status: "passed", rid: "x" }]
    })
    expect(lost.status).toBe(502)
    expect(e.runs.get(uid)?.tests.size).toBe(1)
    e.inject({ fault: { kind: "reset" } })
    await expect(call("POST", "/api/reporter", { api_key: "tstmt_k" })).rejects.toThrow()
  })
  it("when lean, counts a batch's tests by their rids without reading it, and keeps no bodies", async () => {
    const lean = await startTestomatEmulator({ apiKey: "tstmt_k", lean: true })
    try {
      const post = async (path: string, body: unknown) =>
        (await fetch(`${lean.url}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body)
        })).status
      const uid = (await (await fetch(`${lean.url}/api/reporter`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ api_key: "tstmt_k", title: "t" })
      })).json() as { uid: string }).uid
      const tests = [
        { title: "a \"rid\":\"not-a-rid\"", status: "passed", rid: "r1" },
        { title: "b", status: "failed", rid: "r2", stack: "日本語" }
      ]
      expect(await post(`/api/reporter/${uid}/testrun`, { api_key: "tstmt_k", tests })).toBe(200)
      expect(await post(`/api/reporter/${uid}/testrun`, { api_key: "tstmt_k", tests: tests.slice(1) })).toBe(200)
      expect(await post(`/api/reporter/${uid}/testrun`, { api_key: "wrong", tests })).toBe(401)
      expect(await post(`/api/reporter/${uid}/testrun`, { api_key: "tstmt_k", tests: [{ title: "c" }] })).toBe(400)
      const run = lean.runs.get(uid)!
      expect([...run.tests.values()].map((t) => [t.key, t.received, t.body])).toEqual([
        ["rid:r1", 1, {}],
        ["rid:r2", 2, {}]
      ])
      expect(lean.requests.every((r) => r.body === "")).toBe(true)
    } finally {
      await lean.close()
    }
  })
})
