import { describe, expect, it } from "@effect/vitest"
import { type OctaneEmulator, octaneEnv, startOctaneEmulator } from "@tr/tooling/emulators/octane"
import { startTestomatEmulator, type TestomatEmulator } from "@tr/tooling/emulators/testomat"
import { type Generated, generateJunit } from "@tr/tooling/generate"
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll } from "vitest"
import { fixture, lines, TR } from "./run.js"
import { sh } from "./spawn.js"

const KEY = "tstmt_interrupt_key"
let e: TestomatEmulator
let octane: OctaneEmulator
beforeAll(async () => {
  e = await startTestomatEmulator({ apiKey: KEY })
  // Its tasks never leave "queued".
  octane = await startOctaneEmulator({ pollsPerState: 1_000_000 })
})
afterAll(() => Promise.all([e.close(), octane.close()]))

const dir = mkdtempSync(join(tmpdir(), "tr-interrupt-"))
const env = () => ({ ...process.env, NO_COLOR: undefined, TESTOMATIO: KEY, TESTOMATIO_URL: e.url })
const report = join(dir, "large.xml")
const generated: Generated = { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0, bytes: 0 }
writeFileSync(report, [...generateJunit({ targetBytes: 2_000_000, seed: 11 }, generated)].join(""))
const slowBatches = (ms: number) => e.inject({ route: "testrun", fault: { kind: "slow", ms }, times: 1_000_000 })

interface Ended {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

const started = (child: ChildProcess) => {
  let stdout = ""
  let stderr = ""
  child.stdout?.on("data", (d) => (stdout += d))
  child.stderr?.on("data", (d) => (stderr += d))
  return {
    pid: () => child.pid!,
    stderr: () => stderr,
    ended: new Promise<Ended>((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })))
  }
}

/** Resolves once `condition` holds, checked whenever the event loop is free (the emulator runs in this process). */
const until = (condition: () => boolean): Promise<void> =>
  new Promise((resolve) => {
    const check = () => (condition() ? resolve() : setImmediate(check))
    check()
  })

const storedIn = (uid: string | undefined) => (uid === undefined ? 0 : e.runs.get(uid)?.tests.size ?? 0)
const newRun = (before: ReadonlySet<string>) => [...e.runs.keys()].find((uid) => !before.has(uid))

describe("an interrupted push (built binary, emulator)", () => {
  it("stops sending at SIGINT, keeps every test not confirmed (the rest of the file too), exits 130", async () => {
    const failed = join(dir, "interrupted.ndjson")
    const before = new Set(e.runs.keys())
    slowBatches(150)
    const push = started(spawn(
      process.execPath,
      [TR, "push", "testomat", "--batch-size", "100", "--concurrency", "2", "--failed-out", failed, "--json", report],
      { env: env() }
    ))
    await until(() => storedIn(newRun(before)) >= 300)
    process.kill(push.pid(), "SIGINT")
    const r = await push.ended
    e.clearFaults()
    const uid = newRun(before)!
    expect(r.status).toBe(130)
    const summary = JSON.parse(r.stdout)
    // The whole file was read; what was not confirmed is in the file, and nothing else is missing.
    expect(summary).toMatchObject({ read: generated.tests, interrupted: true, finished: false, exitCode: 130 })
    expect(summary.delivered + summary.undelivered).toBe(generated.tests)
    expect(summary.delivered).toBeLessThan(generated.tests)
    const kept = lines(readFileSync(failed, "utf8"))
    expect(kept[0]?.type).toBe("run")
    expect(kept.at(-1)).toMatchObject({ type: "end", tests: summary.undelivered })
    expect(kept.filter((x) => x.type === "test")).toHaveLength(summary.undelivered)
    expect(e.runs.get(uid)?.status).toBe("running")
    expect(r.stderr).toContain("tr: interrupted: nothing more is sent")
    expect(r.stderr).toContain(`tr push testomat (interrupted): ${generated.tests.toLocaleString("en-US")} tests read`)
    expect(r.stderr).toContain(`run ${uid}`)
    expect(r.stderr).toContain("left open: interrupted")
    expect(r.stderr).toContain(`tr push testomat --run ${uid} ${failed}`)
    expect(r.stderr).toContain(`tr testomat finish --run ${uid}`)

    // Resuming as told delivers the rest into the same run and finishes it: nothing was lost.
    const again = await sh(`$TR push testomat --run ${uid} < ${failed}`, { TESTOMATIO: KEY, TESTOMATIO_URL: e.url })
    expect(again.status).toBe(0)
    expect(e.runs.get(uid)?.tests.size).toBe(generated.tests)
    expect(e.runs.get(uid)?.status).toBe("finished")
  })

  it("in `convert | push` interrupted as a process group, keeps every test read and says the input was cut", async () => {
    const failed = join(dir, "cut.ndjson")
    const before = new Set(e.runs.keys())
    slowBatches(150)
    const child = spawn(
      "sh",
      [
        "-c",
        `"$NODE" "$TR" convert ${report} | "$NODE" "$TR" push testomat --batch-size 50 --concurrency 1 --json ` +
        `--failed-out ${failed}`
      ],
      { env: { ...env(), NODE: process.execPath, TR }, detached: true }
    )
    const pipeline = started(child)
    await until(() => storedIn(newRun(before)) >= 150)
    // As a terminal's Ctrl-C does: the signal goes to every process of the group. (The shell dies of it at once; the
    // summary, exit code included, comes from `push` through the pipe the shell passed on.)
    process.kill(-child.pid!, "SIGINT")
    const r = await pipeline.ended
    e.clearFaults()
    const summary = JSON.parse(r.stdout)
    expect(summary).toMatchObject({ interrupted: true, truncated: true, finished: false, exitCode: 130 })
    expect(summary.read).toBeLessThan(generated.tests)
    expect(summary.delivered + summary.undelivered).toBe(summary.read)
    const kept = lines(readFileSync(failed, "utf8")).filter((x) => x.type === "test")
    expect(kept).toHaveLength(summary.undelivered)
    expect(r.stderr).toContain("the input was cut")
  })

  it("ends at once on a second signal", async () => {
    slowBatches(60_000)
    const requests = e.requests.length
    const push = started(spawn(process.execPath, [TR, "push", "testomat", fixture("login.xml")], { env: env() }))
    // A batch is under way, and its answer will take a minute: the grace would wait 5 s for it.
    await until(() => e.requests.slice(requests).some((x) => x.route === "testrun"))
    process.kill(push.pid(), "SIGTERM")
    await until(() => push.stderr().includes("tr: interrupted"))
    process.kill(push.pid(), "SIGTERM")
    const r = await push.ended
    e.clearFaults()
    expect(r.status).toBe(130)
    expect(r.stderr).toContain("tr: stopped at once by a second signal")
  })
})

describe("an interrupted push to ALM Octane (built binary, emulator)", () => {
  it("keeps the tests of a payload whose task was still followed, names its task, exits 130", async () => {
    const failed = join(dir, "octane-interrupted.ndjson")
    const push = started(spawn(
      process.execPath,
      [TR, "push", "octane", "--failed-out", failed, "--json", fixture("login.xml")],
      {
        env: {
          ...env(),
          ...octaneEnv(octane)
        }
      }
    ))
    await until(() => octane.requests.some((x) => x.route === "task"))
    process.kill(push.pid(), "SIGINT")
    const r = await push.ended
    expect(r.status).toBe(130)
    const summary = JSON.parse(r.stdout)
    expect(summary).toMatchObject({ interrupted: true, read: 3, accepted: 0, notAccepted: 3, exitCode: 130 })
    expect(summary.payloads).toMatchObject([{
      state: "unconfirmed",
      detail: "interrupted while its task was followed"
    }])
    expect(summary.payloads[0].task).toBeDefined()
    expect(lines(readFileSync(failed, "utf8")).filter((x) => x.type === "test")).toHaveLength(3)
    expect(r.stderr).toContain("tr push octane (interrupted): 3 tests read, 0 accepted, 3 not accepted")
    expect(r.stderr).toContain(`(task ${summary.payloads[0].task})`)
  })
})

describe("the progress line of a push", () => {
  // The emulator runs in this process: every child is awaited, never run synchronously.
  const hasScript = spawnSync("script", ["--version"]).status === 0
  // Drawn at most every 100 ms: the first state is always drawn, which later ones are depends on timing.
  const progress = /tr push testomat: \d+ tests? read, \d+ delivered, \d+ in flight, \d+ retr/
  const onTerminal = async (flags: string) => {
    const command = `${process.execPath} ${TR} push testomat ${flags} ${fixture("login.xml")}`
    return (await started(spawn("script", ["-qec", command, "/dev/null"], { env: env() })).ended).stdout
  }

  it.skipIf(!hasScript)("is drawn on a terminal, and not with --quiet", async () => {
    const shown = await onTerminal("")
    expect(shown).toMatch(progress)
    expect(shown).toContain("tr push testomat: 3 tests read, 3 delivered")
    const quiet = await onTerminal("--quiet --json")
    expect(quiet).toContain(`"delivered":3`)
    expect(quiet).not.toMatch(progress)
  })

  it("is not drawn when stderr is no terminal", async () => {
    const r = await started(spawn(process.execPath, [TR, "push", "testomat", fixture("login.xml")], { env: env() }))
      .ended
    expect(r.status).toBe(0)
    expect(r.stderr).toContain("tr push testomat: 3 tests read, 3 delivered")
    expect(r.stderr).not.toMatch(progress)
  })
})
