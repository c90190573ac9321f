import { describe, expect, it } from "@effect/vitest"
import { type OctaneEmulator, octaneEnv, startOctaneEmulator } from "@tr/tooling/emulators/octane"
import { startTestomatEmulator, type TestomatEmulator } from "@tr/tooling/emulators/testomat"
import { spawn } from "node:child_process"
import { afterAll, beforeAll } from "vitest"
import { TR } from "./run.js"

/**
 * A runner's output written through a slow pipe, one test every half second, into `tr push testomat` and
 * `tr push octane`: every test must reach the emulator within 2 s of its last line, and before the input ends.
 */
const KEY = "tstmt_live_key"
const GAP_MS = 500
const TESTS = 5
const WITHIN_MS = 2000

let e: TestomatEmulator
let octane: OctaneEmulator
/** Called when the service first hears from `tr`: a push goes on from there. */
let ready: () => void = () => {}
beforeAll(async () => {
  e = await startTestomatEmulator({ apiKey: KEY, onRequest: (r) => r.route === "create" && ready() })
  octane = await startOctaneEmulator({ onRequest: (r) => r.route === "sign_in" && ready() })
})
afterAll(() => Promise.all([e.close(), octane.close()]))

interface LiveFormat {
  readonly name: string
  readonly title: (i: number) => string
  readonly prologue: ReadonlyArray<string>
  /** The lines of test `i`; the last one completes it. */
  readonly test: (i: number) => ReadonlyArray<string>
  readonly epilogue: ReadonlyArray<string>
  /**
   * ALM Octane keeps one Gherkin run per feature, so a feature is sent whole: it leaves when the next one begins, the
   * last one when the input ends. Each test here is a feature of its own.
   */
  readonly wholeFeatures?: true
}

const go = (Action: string, Test?: string, more: object = {}) =>
  JSON.stringify({
    Time: new Date(0).toISOString(),
    Action,
    Package: "example.com/live",
    ...(Test ? { Test } : {}),
    ...more
  })
const dart = (type: string, more: object) => JSON.stringify({ type, time: 0, ...more })
const at = { seconds: 1764583200, nanos: 0 }
const message = (envelope: object) => JSON.stringify(envelope)

const FORMATS: ReadonlyArray<LiveFormat> = [
  {
    name: "go test -json",
    title: (i) => `TestLive${i}`,
    prologue: [go("start")],
    test: (
      i
    ) => [
      go("run", `TestLive${i}`),
      go("output", `TestLive${i}`, { Output: "ok\n" }),
      go("pass", `TestLive${i}`, { Elapsed: 0.1 })
    ],
    epilogue: [go("pass", undefined, { Elapsed: 3 })]
  },
  {
    name: "TAP (node --test)",
    title: (i) => `live ${i}`,
    prologue: ["TAP version 13"],
    test: (i) => [`# Subtest: live ${i}`, `ok ${i + 1} - live ${i}`, "  ---", "  duration_ms: 1.5", "  ..."],
    epilogue: [`1..${TESTS}`]
  },
  {
    name: "Dart JSON",
    title: (i) => `live ${i}`,
    prologue: [
      JSON.stringify({ type: "start", protocolVersion: "0.1.1", time: 0 }),
      dart("suite", { suite: { id: 0, platform: "vm", path: "test/live_test.dart" } })
    ],
    test: (i) => [
      dart("testStart", { test: { id: i + 1, name: `live ${i}`, suiteID: 0, groupIDs: [], metadata: {}, line: i } }),
      dart("testDone", { testID: i + 1, result: "success", skipped: false, hidden: false })
    ],
    epilogue: [dart("done", { success: true })]
  },
  {
    name: "Mocha json-stream",
    title: (i) => `live ${i}`,
    prologue: [JSON.stringify(["start", { total: TESTS }])],
    test: (
      i
    ) => [JSON.stringify(["pass", { title: `live ${i}`, fullTitle: `live ${i}`, duration: 1, currentRetry: 0 }])],
    epilogue: [JSON.stringify(["end", { passes: TESTS, failures: 0, pending: 0 }])]
  },
  {
    name: "Cucumber Messages",
    title: (i) => `live ${i}`,
    prologue: [
      message({ meta: { protocolVersion: "27.0.0", implementation: { name: "cucumber-js", version: "11.0.0" } } }),
      message({ testRunStarted: { timestamp: at } })
    ],
    wholeFeatures: true,
    test: (i) => [
      message({
        pickle: {
          id: `p${i}`,
          uri: `features/live-${i}.feature`,
          name: `live ${i}`,
          language: "en",
          steps: [{ id: `p${i}s`, text: "it works", type: "Action", astNodeIds: [] }],
          tags: [],
          astNodeIds: []
        }
      }),
      message({ testCase: { id: `c${i}`, pickleId: `p${i}`, testSteps: [{ id: `c${i}s`, pickleStepId: `p${i}s` }] } }),
      message({ testCaseStarted: { id: `x${i}`, testCaseId: `c${i}`, attempt: 0, timestamp: at } }),
      message({
        testStepFinished: {
          testCaseStartedId: `x${i}`,
          testStepId: `c${i}s`,
          testStepResult: { status: "PASSED", duration: { seconds: 0, nanos: 1000 } },
          timestamp: at
        }
      }),
      message({ testCaseFinished: { testCaseStartedId: `x${i}`, timestamp: at, willBeRetried: false } })
    ],
    epilogue: [message({ testRunFinished: { success: true, timestamp: at } })]
  },
  {
    name: "the canonical stream (tr convert upstream)",
    title: (i) => `live ${i}`,
    prologue: [JSON.stringify({ type: "run", schemaVersion: 1, tool: { name: "tr", version: "0" }, sources: ["-"] })],
    test: (
      i
    ) => [
      JSON.stringify({ type: "test", id: `live-${i}`, source: "-", title: `live ${i}`, suite: [], status: "passed" })
    ],
    epilogue: [
      JSON.stringify({
        type: "end",
        tests: TESTS,
        passed: TESTS,
        failed: 0,
        skipped: 0,
        errors: 0,
        warnings: 0,
        truncations: 0,
        sources: []
      })
    ]
  }
]

interface Fed {
  readonly status: number | null
  readonly stderr: string
  /** When each test's last line was written. */
  readonly written: ReadonlyArray<number>
  readonly ended: number
}

/**
 * `tr` reading stdin, fed by this test one test every GAP_MS once it is ready.
 */
const feed = (
  format: LiveFormat,
  args: ReadonlyArray<string>,
  onStdout: (text: string) => void = () => {}
): Promise<Fed> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TR, ...args], {
      env: {
        ...process.env,
        NO_COLOR: undefined,
        TESTOMATIO: KEY,
        TESTOMATIO_URL: e.url,
        ...octaneEnv(octane)
      }
    })
    let stderr = ""
    child.stderr.on("data", (d) => (stderr += d))
    let started = false
    const start = () => {
      if (started) return
      started = true
      next()
    }
    child.on("error", reject)
    const written: Array<number> = []
    let ended = 0
    let i = 0
    const next = () => {
      if (i === TESTS) {
        // The run ends a while after its last test, so that the last test too shows it did not wait for the end.
        setTimeout(() => {
          child.stdin.end(format.epilogue.join("\n") + "\n")
          ended = Date.now()
        }, WITHIN_MS)
        return
      }
      writeTest()
      // The runner's pace: a test every half second (what is measured is tr's latency, not this timer).
      if (i < TESTS) setTimeout(next, GAP_MS)
      else next()
    }
    const writeTest = () => {
      child.stdin.write(format.test(i++).join("\n") + "\n")
      written.push(Date.now())
    }
    child.stdin.write(format.prologue.join("\n") + "\n")
    // A convert starts when its header is out; a push goes on once the service has heard from it (Testomat.io's run
    // is created when the first test is ready, ALM Octane is signed in to): start-up is not what is measured (so the
    // first test's latency is not either).
    if (args[0] === "push") {
      ready = start
      writeTest()
    }
    child.stdout.on("data", (d) => {
      if (args[0] !== "push") start()
      onStdout(String(d))
    })
    child.on("close", (status) => resolve({ status, stderr, written, ended }))
  })

describe("tr push testomat of a live stream on stdin (built binary, emulator)", () => {
  for (const format of FORMATS) {
    it(`${format.name}: every test arrives within 2 s of its last line, before the input ends`, async () => {
      const from = e.requests.length
      const fed = await feed(format, ["push", "testomat", "--title", format.name])
      expect(fed.stderr).toMatch(new RegExp(`${TESTS} tests read, ${TESTS} delivered, 0 not delivered`))
      expect(fed.status).toBe(0)
      const batches = e.requests.slice(from).filter((r) => r.route === "testrun" || r.body.includes("\"tests\""))
      for (let i = 0; i < TESTS; i++) {
        const arrival = batches.find((r) => r.body.includes(`"title":"${format.title(i)}"`))
        expect(arrival, format.title(i)).toBeDefined()
        if (i > 0) {
          expect(arrival!.at - fed.written[i]!, `${format.title(i)}: ms from its last line to its arrival`)
            .toBeLessThan(WITHIN_MS)
        }
        expect(arrival!.at, `${format.title(i)} arrived before the input ended`).toBeLessThan(fed.ended)
      }
    }, 30_000)
  }
})

describe("tr push octane of a live stream on stdin (built binary, emulator)", () => {
  for (const format of FORMATS) {
    it(
      `${format.name}: every test arrives in a payload within 2 s of its last line, before the input ends`,
      async () => {
        const from = octane.requests.length
        const fed = await feed(format, ["push", "octane", "--linger", "500", "--module", format.name])
        expect(fed.stderr).toMatch(new RegExp(`${TESTS} tests read`))
        expect(fed.status, fed.stderr).toBe(0)
        const posts = octane.requests.slice(from).filter((r) => r.route === "push" && r.task !== undefined)
        for (let i = 0; i < TESTS; i++) {
          const post = posts.find((r) => {
            const payload = octane.tasks.get(r.task!)!.payload
            return payload.runs.some((run) => run.attributes["name"] === format.title(i)) ||
              payload.gherkinRuns.some((run) => run.scenarios.some((s) => s.attributes["name"] === format.title(i)))
          })
          expect(post, format.title(i)).toBeDefined()
          if (format.wholeFeatures && i === TESTS - 1) {
            expect(post!.at, "the last feature leaves at the end").toBeGreaterThanOrEqual(fed.ended)
            continue
          }
          if (i > 0) {
            expect(post!.at - fed.written[i]!, `${format.title(i)}: ms from its last line to its payload`)
              .toBeLessThan(WITHIN_MS)
          }
          expect(post!.at, `${format.title(i)} arrived before the input ended`).toBeLessThan(fed.ended)
        }
      },
      30_000
    )
  }
})

describe("tr convert - of a live stream (built binary)", () => {
  it("writes each test's line within 2 s of its last input line, before the input ends", async () => {
    const format = FORMATS[0]!
    const seen = new Map<string, number>()
    let pending = ""
    const fed = await feed(format, ["convert", "-"], (text) => {
      pending += text
      const lines = pending.split("\n")
      pending = lines.pop()!
      for (const line of lines) {
        const record = JSON.parse(line) as { type: string; title?: string }
        if (record.type === "test") seen.set(record.title!, Date.now())
      }
    })
    expect(fed.status).toBe(0)
    for (let i = 0; i < TESTS; i++) {
      const at = seen.get(format.title(i))
      expect(at, format.title(i)).toBeDefined()
      expect(at! - fed.written[i]!).toBeLessThan(WITHIN_MS)
      expect(at!).toBeLessThan(fed.ended)
    }
  }, 30_000)
})
