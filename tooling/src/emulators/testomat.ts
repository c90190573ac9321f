/**
 * A loopback emulator of the Testomat.io reporter API, for tests and the quick start. It validates what it receives
 * as strictly as the public guide allows, records every request, and fails on demand: statuses with or without
 * Retry-After, connection resets, slow answers, and failures after the request was processed.
 */
import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo, Socket } from "node:net"
import { answerAsGiven, type Fault, type FaultRule, Faults, type RandomFaults } from "./faults.js"

export type Route = "create" | "update" | "testrun"

export type { Fault } from "./faults.js"

export interface StoredTest {
  readonly key: string
  readonly body: { readonly [field: string]: unknown }
  /** How many times a test with this key arrived. */
  received: number
}

export interface Run {
  readonly uid: string
  readonly created: { readonly [field: string]: unknown }
  readonly updates: Array<{ readonly [field: string]: unknown }>
  status: "running" | "finished"
  statusEvent?: string
  duration?: number
  readonly tests: Map<string, StoredTest>
  readonly batchIndexes: Array<number>
}

export interface LoggedRequest {
  readonly method: string
  readonly path: string
  readonly query: string
  readonly route: Route | "unknown"
  readonly body: string
  /** When the request's body had arrived (ms since the epoch): what a test of latency measures. */
  readonly at: number
  status: number | "reset"
}

export interface TestomatEmulator {
  readonly url: string
  readonly apiKey: string
  readonly runs: Map<string, Run>
  readonly requests: Array<LoggedRequest>
  /** Queues a fault for the next matching requests. */
  readonly inject: (rule: FaultRule<Route>) => void
  /** From now on, each matching request fails with probability `rate`, with a fault drawn from `faults` (seeded). */
  readonly randomFaults: (options: RandomFaults<Route>) => void
  readonly clearFaults: () => void
  /** Every request is answered with this fault until cleared. */
  readonly always: (fault: Fault | undefined) => void
  readonly close: () => Promise<void>
}

export interface TestomatEmulatorOptions {
  readonly apiKey?: string
  /** What an unknown key gets: the guide documents 401, the service has been seen answering 403. */
  readonly invalidKeyStatus?: 401 | 403
  /** Bodies larger than this are refused with 413. */
  readonly maxBodyBytes?: number
  /**
   * For benchmarks of millions of tests: keep only which tests arrived, not their bodies nor the bodies of requests,
   * and count the tests of a batch by the `"rid":"…"` in its bytes instead of parsing and validating it (a server
   * runs on another machine; this one shares the benchmark's cores). Batches without rids are read in full.
   */
  readonly lean?: boolean
  /** The `artifacts` object of each create-run answer (the service's own S3 settings), when given. */
  readonly artifacts?: { readonly [key: string]: unknown }
  /** Called with each request as soon as its body has arrived, before it is answered. */
  readonly onRequest?: (request: LoggedRequest) => void
}

const STATUSES = new Set(["passed", "failed", "skipped"])
const CATEGORIES = new Set(["user", "framework", "hook"])
const TEST_ID = /^(@T)?[0-9a-zA-Z]{8}$/

class Invalid extends Error {}

const check = (condition: boolean, message: string): void => {
  if (!condition) throw new Invalid(message)
}

const optional = (value: unknown, type: "string" | "number" | "boolean", where: string): void =>
  check(value === undefined || typeof value === type, `${where} must be a ${type}`)

const validateStep = (step: unknown, where: string): void => {
  check(typeof step === "object" && step !== null && !Array.isArray(step), `${where} must be an object`)
  const s = step as { [k: string]: unknown }
  check(typeof s["title"] === "string" && s["title"] !== "", `${where}.title is required`)
  check(
    s["category"] === undefined || CATEGORIES.has(s["category"] as string),
    `${where}.category must be user, framework or hook`
  )
  check(
    s["duration"] === undefined || (typeof s["duration"] === "number" && s["duration"] >= 0),
    `${where}.duration must be a non-negative number of milliseconds`
  )
  if (s["error"] !== undefined) {
    check(typeof s["error"] === "object" && s["error"] !== null, `${where}.error must be an object`)
  }
  if (s["steps"] !== undefined) {
    check(Array.isArray(s["steps"]), `${where}.steps must be an array`)
    ;(s["steps"] as Array<unknown>).forEach((child, i) => validateStep(child, `${where}.steps[${i}]`))
  }
}

/** A test object as the guide describes it; throws `Invalid` with the field at fault. */
export const validateTest = (test: unknown, where: string): void => {
  check(typeof test === "object" && test !== null && !Array.isArray(test), `${where} must be an object`)
  const t = test as { [k: string]: unknown }
  check(
    (typeof t["title"] === "string" && t["title"] !== "") || typeof t["test_id"] === "string",
    `${where}.title is required unless test_id is given`
  )
  check(STATUSES.has(t["status"] as string), `${where}.status must be passed, failed or skipped`)
  check(
    t["test_id"] === undefined || (typeof t["test_id"] === "string" && TEST_ID.test(t["test_id"])),
    `${where}.test_id must be 8 characters, optionally after @T`
  )
  check(
    t["run_time"] === undefined ||
      (typeof t["run_time"] === "number" && t["run_time"] >= 0 && Number.isFinite(t["run_time"])),
    `${where}.run_time must be a non-negative number of seconds`
  )
  for (const field of ["suite_title", "file", "message", "stack", "code", "rid"]) {
    optional(t[field], "string", `${where}.${field}`)
  }
  optional(t["create"], "boolean", `${where}.create`)
  if (t["steps"] !== undefined) {
    check(Array.isArray(t["steps"]), `${where}.steps must be an array`)
    ;(t["steps"] as Array<unknown>).forEach((s, i) => validateStep(s, `${where}.steps[${i}]`))
  }
  if (t["artifacts"] !== undefined) {
    check(
      Array.isArray(t["artifacts"]) && (t["artifacts"] as Array<unknown>).every((a) => typeof a === "string"),
      `${where}.artifacts must be an array of URLs`
    )
  }
  check(
    t["example"] === undefined || typeof t["example"] === "string" ||
      (typeof t["example"] === "object" && t["example"] !== null && !Array.isArray(t["example"])),
    `${where}.example must be an object or a string`
  )
}

const validateRunFields = (body: { [k: string]: unknown }): void => {
  for (const field of ["title", "env", "group_title"]) optional(body[field], "string", field)
  for (const field of ["parallel", "shared_run"]) optional(body[field], "boolean", field)
  check(
    body["status_event"] === undefined || ["finish", "pass", "fail"].includes(body["status_event"] as string),
    "status_event must be finish, pass or fail"
  )
  check(
    body["duration"] === undefined || (typeof body["duration"] === "number" && body["duration"] >= 0),
    "duration must be a non-negative number"
  )
}

const RID = Buffer.from(`"rid":"`)
const QUOTE = 0x22

/** Lean: that a test arrived, without its body. */
const arrived = (run: Run, key: string): void => {
  const stored = run.tests.get(key)
  if (stored === undefined) run.tests.set(key, { key, body: {}, received: 1 })
  else stored.received++
}

const testKey = (t: { [k: string]: unknown }): string =>
  typeof t["rid"] === "string"
    ? `rid:${t["rid"]}`
    : `id:${t["test_id"] ?? ""}|${t["file"] ?? ""}|${t["suite_title"] ?? ""}|${t["title"] ?? ""}`

export const startTestomatEmulator = (options: TestomatEmulatorOptions = {}): Promise<TestomatEmulator> => {
  const apiKey = options.apiKey ?? "tstmt_emulator_key"
  const maxBody = options.maxBodyBytes ?? 16 * 1024 * 1024
  const runs = new Map<string, Run>()
  const requests: Array<LoggedRequest> = []
  const faults = new Faults<Route>()
  const sockets = new Set<Socket>()
  let base = ""

  const routeOf = (method: string, path: string): { route: Route | "unknown"; uid?: string } => {
    if (method === "POST" && path === "/api/reporter") return { route: "create" }
    const update = /^\/api\/reporter\/([^/]+)$/.exec(path)
    if (method === "PUT" && update) return { route: "update", uid: decodeURIComponent(update[1]!) }
    const testrun = /^\/api\/reporter\/([^/]+)\/testrun$/.exec(path)
    if (method === "POST" && testrun) return { route: "testrun", uid: decodeURIComponent(testrun[1]!) }
    return { route: "unknown" }
  }

  const json = (
    res: ServerResponse,
    log: LoggedRequest,
    status: number,
    body: unknown,
    headers: { [k: string]: string } = {}
  ) => {
    log.status = status
    res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body))
  }

  const reset = (req: IncomingMessage, log: LoggedRequest) => {
    log.status = "reset"
    req.socket.destroy()
  }

  /** Applies the request; returns the status and body it deserves. */
  const process = (
    route: Route | "unknown",
    uid: string | undefined,
    body: { [k: string]: unknown },
    query: URLSearchParams
  ): [number, unknown] => {
    if (route === "unknown") return [404, { message: "Not found" }]
    const key = body["api_key"] ?? query.get("api_key")
    if (key === undefined || key === null || key === "") return [401, { message: "api_key is missing" }]
    if (key !== apiKey) return [options.invalidKeyStatus ?? 401, { message: "Invalid API key" }]
    try {
      if (route === "create") {
        validateRunFields(body)
        const newUid = randomBytes(4).toString("hex")
        runs.set(newUid, {
          uid: newUid,
          created: body,
          updates: [],
          status: "running",
          tests: new Map(),
          batchIndexes: []
        })
        return [200, {
          uid: newUid,
          url: `${base}/projects/emulated/runs/${newUid}`,
          public_url: null,
          ...(options.artifacts === undefined ? {} : { artifacts: options.artifacts })
        }]
      }
      const run = runs.get(uid!)
      if (run === undefined) return [404, { message: `Run ${uid} not found` }]
      if (route === "update") {
        validateRunFields(body)
        run.updates.push(body)
        if (body["status_event"] !== undefined) {
          run.status = "finished"
          run.statusEvent = body["status_event"] as string
          if (typeof body["duration"] === "number") run.duration = body["duration"]
        }
        return [200, { message: "Run updated" }]
      }
      check(run.status === "running", `run ${run.uid} is finished`)
      const batch = Array.isArray(body["tests"])
      const tests = batch ? (body["tests"] as Array<unknown>) : [body]
      if (batch) {
        check(tests.length > 0, "tests must not be empty")
        check(
          body["batch_index"] === undefined || Number.isInteger(body["batch_index"]),
          "batch_index must be an integer"
        )
        optional(body["create"], "boolean", "create")
      }
      tests.forEach((t, i) => validateTest(t, batch ? `tests[${i}]` : "test"))
      if (typeof body["batch_index"] === "number") run.batchIndexes.push(body["batch_index"])
      for (const t of tests as Array<{ [k: string]: unknown }>) {
        const { api_key: _key, ...rest } = t
        const k = testKey(rest)
        const stored = run.tests.get(k)
        if (options.lean === true) {
          arrived(run, k)
          continue
        }
        if (stored === undefined) run.tests.set(k, { key: k, body: rest, received: 1 })
        else {
          stored.received++
          run.tests.set(k, { key: k, body: rest, received: stored.received })
        }
      }
      return [200, { message: "Test run added" }]
    } catch (e) {
      if (e instanceof Invalid) return [400, { message: e.message }]
      throw e
    }
  }

  /** Lean: records the rids of a batch for a known key and a running run; false when there is none to count. */
  const countRids = (uid: string, raw: Buffer): boolean => {
    const run = runs.get(uid)
    if (run === undefined || run.status !== "running" || !raw.includes(`"api_key":${JSON.stringify(apiKey)}`)) {
      return false
    }
    let found = false
    for (let at = raw.indexOf(RID); at !== -1; at = raw.indexOf(RID, at + RID.length)) {
      const start = at + RID.length
      arrived(run, `rid:${raw.toString("utf8", start, raw.indexOf(QUOTE, start))}`)
      found = true
    }
    return found
  }

  const server = createServer((req, res) => {
    const chunks: Array<Buffer> = []
    let size = 0
    req.on("data", (c: Buffer) => {
      size += c.length
      if (size <= maxBody) chunks.push(c)
    })
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "http://emulator")
      const { route, uid } = routeOf(req.method ?? "GET", url.pathname)
      const raw = Buffer.concat(chunks)
      const log: LoggedRequest = {
        method: req.method ?? "",
        path: url.pathname,
        query: url.search,
        route,
        body: options.lean === true ? "" : raw.toString("utf8"),
        at: Date.now(),
        status: 0
      }
      requests.push(log)
      options.onRequest?.(log)
      const fault = faults.pick(route)
      if (fault?.kind === "reset") return reset(req, log)
      if (fault?.kind === "slow") await new Promise((r) => setTimeout(r, fault.ms))
      const given = answerAsGiven(res, fault, raw)
      if (given !== false) return void (log.status = given)
      if (fault?.kind === "status") {
        const headers: { [k: string]: string } = fault.retryAfter === undefined
          ? {}
          : { "retry-after": String(fault.retryAfter) }
        return json(res, log, fault.status, { message: fault.body ?? "Emulated failure" }, headers)
      }
      if (size > maxBody) return json(res, log, 413, { message: "Payload too large" })
      if (req.headers["content-type"]?.split(";")[0]?.trim() !== "application/json") {
        return json(res, log, 400, { message: "Content-Type must be application/json" })
      }
      if (options.lean === true && route === "testrun" && countRids(uid!, raw)) {
        return json(res, log, 200, { message: "Test run added" })
      }
      let body: unknown
      try {
        body = JSON.parse(options.lean === true ? raw.toString("utf8") : log.body)
      } catch {
        return json(res, log, 400, { message: "Body is not JSON" })
      }
      if (typeof body !== "object" || body === null || Array.isArray(body)) {
        return json(res, log, 400, { message: "Body must be a JSON object" })
      }
      const [status, answer] = process(route, uid, body as { [k: string]: unknown }, url.searchParams)
      if (fault?.kind === "after") {
        // The request did its work; the answer is lost.
        if (fault.then === "reset") return reset(req, log)
        return json(res, log, fault.status ?? 502, { message: "Emulated failure after processing" })
      }
      json(res, log, status, answer)
    })
  })
  server.on("connection", (socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
  })

  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      resolve({
        url: base,
        apiKey,
        runs,
        requests,
        inject: (rule) => faults.inject(rule),
        randomFaults: (o) => faults.randomly(o),
        clearFaults: () => faults.clear(),
        always: (fault) => faults.always(fault),
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy()
            server.closeAllConnections()
            server.close(() => done())
          })
      })
    })
  })
}
