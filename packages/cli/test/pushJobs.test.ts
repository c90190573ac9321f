/**
 * `tr push testomat|octane --jobs N FILES...`: the files read side by side by worker threads deliver exactly what one
 * thread delivers: the same tests, in the same order, with the same summary.
 */
import { describe, expect, it } from "@effect/vitest"
import { octaneEnv, startOctaneEmulator } from "@tr/tooling/emulators/octane"
import { startTestomatEmulator, type TestomatEmulator } from "@tr/tooling/emulators/testomat"
import { generateJunit } from "@tr/tooling/generate"
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { afterAll, beforeAll } from "vitest"
import { fixture, TR } from "./run.js"
import { sh } from "./spawn.js"

const KEY = "tstmt_jobs_key"
let testomat: TestomatEmulator
beforeAll(async () => {
  testomat = await startTestomatEmulator({ apiKey: KEY })
})
afterAll(() => testomat.close())

const dir = mkdtempSync(join(tmpdir(), "tr-push-jobs-"))
const reports = join(dir, "reports")
mkdirSync(reports)
// Files larger than a worker's batch (256 KB of NDJSON) and small ones, a damaged one, and other formats.
for (const [i, size] of [[1, 250_000], [2, 20_000], [3, 400_000], [4, 150_000]] as const) {
  writeFileSync(join(reports, `TEST-${i}.xml`), [...generateJunit({ targetBytes: size, seed: i })].join(""))
}
const damaged = [...generateJunit({ targetBytes: 100_000, seed: 9 })].join("")
writeFileSync(join(reports, "TEST-5-damaged.xml"), damaged.slice(0, Math.floor(damaged.length * 0.7)))
const inputs = `${fixture("login.xml")} ${reports} ${fixture("nunit3.xml")} ${fixture("results.trx")}`

/**
 * Each batch or payload leaves only when full or at the end: with one request at a time, what is sent is then the
 * input's, whatever the timing (a partial batch that waited its linger on a loaded machine would split them otherwise).
 */
const inOrder = "--linger 600000"

/** A copy of the bundle without the workers' program: a push that uses workers cannot run on it. */
const withoutWorkers = join(dir, "bin")
cpSync(dirname(TR), withoutWorkers, { recursive: true })
rmSync(join(withoutWorkers, "worker.js"))

/** Whether `tr push SERVICE --jobs N` reads with workers: where they cannot start, it fails; --jobs 1 does not. */
const expectWorkers = async (service: string, jobs: number, env: NodeJS.ProcessEnv) => {
  const tr = `${process.execPath} ${join(withoutWorkers, "tr.js")}`
  expect((await sh(`${tr} push ${service} --jobs 1 --json ${inputs}`, env)).status).toBe(3)
  const broken = await sh(`${tr} push ${service} --jobs ${jobs} --json ${inputs}`, env)
  expect(broken.status).toBe(1)
  expect(broken.stderr).toMatch(/worker\.js/)
}

/** The tests of each request to a run, in the order they arrived. */
const testomatTests = (uid: string): Array<unknown> =>
  testomat.requests
    .filter((r) => r.route === "testrun" && r.path.includes(uid) && r.body !== "")
    .flatMap((r) => (JSON.parse(r.body) as { tests?: Array<unknown> }).tests ?? [])

describe("tr push --jobs (built binary, emulators)", () => {
  it("testomat: the same tests in the same order, and the same summary, as one thread", async () => {
    const env = { TESTOMATIO: KEY, TESTOMATIO_URL: testomat.url }
    const push = (jobs: number) =>
      sh(`$TR push testomat --jobs ${jobs} ${inOrder} --concurrency 1 --batch-size 300 --json ${inputs}`, env)
    const one = await push(1)
    const many = await push(3)
    expect(one.status).toBe(3)
    expect(many.status).toBe(one.status)
    const [a, b] = [JSON.parse(one.stdout), JSON.parse(many.stdout)]
    expect(many.stderr.replaceAll(b.run.uid, "RUN")).toBe(one.stderr.replaceAll(a.run.uid, "RUN"))
    expect(a.delivered).toBeGreaterThan(2000)
    expect({ ...b, run: undefined }).toEqual({ ...a, run: undefined })
    const [sent1, sent3] = [testomatTests(a.run.uid), testomatTests(b.run.uid)]
    expect(sent1.length).toBe(a.delivered)
    expect(sent3).toEqual(sent1)
    await expectWorkers("testomat", 3, env)
  }, 120_000)

  it("octane: the same runs in the same payloads, and the same summary, as one thread", async () => {
    // A server of its own for each push: Octane answers a payload it has seen, byte for byte, with its first task.
    const push = async (jobs: number) => {
      const octane = await startOctaneEmulator()
      const r = await sh(
        `$TR push octane --jobs ${jobs} ${inOrder} --posts-in-flight 1 --json ${inputs}`,
        octaneEnv(octane)
      )
      const pushed = { r, runs: octane.payloads.map((p) => p.runs), xml: octane.payloads.map((p) => p.xml) }
      if (jobs > 1) await expectWorkers("octane", jobs, octaneEnv(octane))
      await octane.close()
      return pushed
    }
    const one = await push(1)
    const many = await push(2)
    expect(one.r.status).toBe(3)
    expect(many.r.status).toBe(one.r.status)
    // How often a task was polled is the server's timing, not the input's.
    const polls = (text: string) => text.replace(/\d+ requests/, "N requests")
    expect(polls(many.r.stderr)).toBe(polls(one.r.stderr))
    expect({ ...JSON.parse(many.r.stdout), requests: 0 }).toEqual({ ...JSON.parse(one.r.stdout), requests: 0 })
    expect(one.runs.flat().length).toBeGreaterThan(2000)
    expect(many.runs).toEqual(one.runs)
    expect(many.xml).toEqual(one.xml)
  }, 120_000)

  it("refuses --jobs 0", async () => {
    const r = await sh(`$TR push octane --jobs 0 ${inputs}`, { OCTANE_URL: "http://127.0.0.1:9" })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/--jobs must be at least 1, not 0/)
  })
})
