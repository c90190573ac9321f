import { describe, expect, it } from "@effect/vitest"
import { gzipSync } from "node:zlib"
import { afterAll, beforeAll } from "vitest"
import { type OctaneEmulator, startOctaneEmulator } from "../src/emulators/octane.js"

let e: OctaneEmulator
beforeAll(async () => {
  e = await startOctaneEmulator()
})
afterAll(() => e.close())

const base = (on = e) => `${on.url}/api/shared_spaces/${on.sharedSpace}/workspaces/${on.workspace}/test-results`

const signIn = async (on = e) => {
  const r = await fetch(`${on.url}/authentication/sign_in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ client_id: on.clientId, client_secret: on.clientSecret })
  })
  expect(r.status).toBe(200)
  return r.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ")
}

const post = (cookie: string, xml: string, on = e) =>
  fetch(base(on), {
    method: "POST",
    headers: { cookie, "content-type": "application/xml", "content-encoding": "gzip" },
    body: gzipSync(xml)
  })

const payload = (runs: string) => `<?xml version="1.0"?><test_result><test_runs>${runs}</test_runs></test_result>`

describe("ALM Octane emulator", () => {
  it("refuses calls without a session, and wrong credentials", async () => {
    expect((await fetch(`${base()}/xsd`)).status).toBe(401)
    const bad = await fetch(`${e.url}/authentication/sign_in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_id: e.clientId, client_secret: "no" })
    })
    expect(bad.status).toBe(401)
  })

  it("validates payloads against the XSD and answers 400 with a description", async () => {
    const cookie = await signIn()
    const r = await post(cookie, payload(`<test_run name="a" duration="1.5" status="passed"/>`))
    expect(r.status).toBe(400)
    const body = (await r.json()) as { description: string }
    expect(body.description).toMatch(/does not conform to the XSD/)
    expect(body.description).toMatch(/duration|status/)
  })

  it("refuses two runs of one test in one payload", async () => {
    const cookie = await signIn()
    const run = `<test_run class="C" name="a" duration="1" status="Passed"/>`
    const r = await post(cookie, payload(run + run))
    expect(r.status).toBe(400)
    expect(((await r.json()) as { description: string }).description).toContain(`two test runs of test "a"`)
  })

  it("queues a valid payload and moves its task to a final state as it is polled", async () => {
    const cookie = await signIn()
    const r = await post(cookie, payload(`<test_run class="C" name="b" duration="1" status="Passed"/>`))
    expect(r.status).toBe(202)
    const { id } = (await r.json()) as { id: number }
    const states: Array<string> = []
    for (let i = 0; i < 3; i++) {
      states.push(
        ((await (await fetch(`${base()}/${id}`, { headers: { cookie } })).json()) as { status: string }).status
      )
    }
    expect(states).toEqual(["queued", "running", "success"])
  })

  it("expires sessions on demand", async () => {
    const cookie = await signIn()
    expect((await fetch(`${base()}/xsd`, { headers: { cookie } })).status).toBe(200)
    e.expireSessions()
    expect((await fetch(`${base()}/xsd`, { headers: { cookie } })).status).toBe(401)
  })

  it("when lean, counts the runs of a payload instead of reading them, and keeps no XML", async () => {
    const lean = await startOctaneEmulator({ validate: false, lean: true })
    try {
      const cookie = await signIn(lean)
      const run = (i: number) =>
        `<test_run class="C" name="t${i}" duration="1" status="Failed"><error>x</error></test_run>`
      const three = await post(
        cookie,
        payload([0, 1, 2].map(run).join("") + `<test_run name="s" duration="0" status="Skipped"/>`),
        lean
      )
      expect(three.status).toBe(202)
      expect(lean.payloads.map((p) => ({ tests: p.tests, runs: p.runs.length, xml: p.xml }))).toEqual([
        { tests: 4, runs: 0, xml: "" }
      ])
      const many = await post(cookie, payload(Array.from({ length: 1001 }, (_, i) => run(i)).join("")), lean)
      expect(many.status).toBe(400)
      expect(((await many.json()) as { description: string }).description).toContain("1001 tests in one payload")
    } finally {
      await lean.close()
    }
  })
})
