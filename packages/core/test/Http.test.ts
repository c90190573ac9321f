import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Exit } from "effect"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import * as Http from "../src/Http.js"

/** A loopback server for one test, closed (connections included) when the scope ends. */
const serve = (handler: (req: IncomingMessage, res: ServerResponse) => void) =>
  Effect.acquireRelease(
    Effect.async<{ url: string; close: () => void }>((resume) => {
      const server = createServer(handler)
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo
        resume(Effect.succeed({ url: `http://127.0.0.1:${port}`, close: () => server.close() }))
      })
      return Effect.sync(() => server.close())
    }),
    (s) => Effect.sync(() => s.close())
  ).pipe(Effect.map((s) => s.url))

const get = (url: string, timeout: Duration.DurationInput = "5 seconds") =>
  Effect.flatMap(Http.makeAgent(), (agent) => Http.request(agent, { method: "GET", url, timeout }))

describe("Http", () => {
  it.scopedLive("returns the status, headers and body of a successful answer", () =>
    Effect.gen(function*() {
      const url = yield* serve((_, res) => res.writeHead(202, { "x-id": "7" }).end(`{"id":7}`))
      const response = yield* get(`${url}/x`)
      expect(response.status).toBe(202)
      expect(response.headers["x-id"]).toBe("7")
      expect(response.body).toBe(`{"id":7}`)
    }))

  it.scopedLive("fails with the status, the start of the body and Retry-After, and never shows the query", () =>
    Effect.gen(function*() {
      const url = yield* serve((_, res) => res.writeHead(429, { "retry-after": "3" }).end("slow down"))
      const error = yield* Effect.flip(get(`${url}/api?api_key=tstmt_secret`))
      expect(error).toMatchObject({ _tag: "HttpError", reason: "Status", status: 429, body: "slow down" })
      expect(Duration.toMillis(error.retryAfter!)).toBe(3000)
      expect(error.url).toBe(`${url}/api`)
      expect(error.message).not.toContain("tstmt_secret")
    }))

  it.scopedLive("fails with Transport when the connection is reset", () =>
    Effect.gen(function*() {
      const url = yield* serve((req) => req.socket.destroy())
      const error = yield* Effect.flip(get(url))
      expect(error.reason).toBe("Transport")
    }))

  it.scopedLive("fails with Timeout when no answer comes in time, and stops waiting", () =>
    Effect.gen(function*() {
      const url = yield* serve(() => {/* never answers */})
      const error = yield* Effect.flip(get(url, "100 millis"))
      expect(error.reason).toBe("Timeout")
    }))

  it.scopedLive("fails with Timeout when the answer's body stops coming", () =>
    Effect.gen(function*() {
      const url = yield* serve((_req, res) => {
        res.writeHead(200, { "content-type": "application/json" })
        res.write("{\"partial\":")
      })
      const error = yield* Effect.flip(get(url, "200 millis"))
      expect(error.reason).toBe("Timeout")
    }))

  it("reads Retry-After as seconds or as a date", () => {
    expect(Duration.toMillis(Http.parseRetryAfter("2")!)).toBe(2000)
    const now = Date.parse("2026-01-01T00:00:00Z")
    expect(Duration.toMillis(Http.parseRetryAfter("Thu, 01 Jan 2026 00:00:05 GMT", now)!)).toBe(5000)
    expect(Http.parseRetryAfter("soon")).toBeUndefined()
  })

  it("redacts query strings and credentials from URLs", () => {
    expect(Http.redact("https://user:pw@example.test/a/b?api_key=k")).toBe("https://example.test/a/b")
  })

  it.scopedLive("gives up a request when its scope closes", () =>
    Effect.gen(function*() {
      const url = yield* serve(() => {/* never answers */})
      const exit = yield* get(url, "10 seconds").pipe(Effect.timeout("50 millis"), Effect.exit)
      expect(Exit.isFailure(exit)).toBe(true)
    }))

  it.scopedLive("fails on a redirect, says where it pointed, and does not follow it", () =>
    Effect.gen(function*() {
      let followed = 0
      const target = yield* serve((_req, res) => {
        followed++
        res.end("{}")
      })
      const url = yield* serve((_req, res) => res.writeHead(301, { location: `${target}/api?api_key=k` }).end())
      const error = yield* Effect.flip(get(`${url}/api`))
      expect(error).toMatchObject({ reason: "Status", status: 301, location: `${target}/api` })
      expect(error.message).toContain(`redirected to ${target}/api`)
      expect(followed).toBe(0)
      for (const status of [302, 303, 307, 308]) {
        const other = yield* serve((_req, res) => res.writeHead(status, { location: "/elsewhere" }).end())
        expect(yield* Effect.flip(get(`${other}/api`))).toMatchObject({ status, location: `${other}/elsewhere` })
      }
    }))

  it.scopedLive("reads at most maxBody bytes of an answer and drops the rest unread (a 1 GB answer)", () =>
    Effect.gen(function*() {
      const GB = 1024 * 1024 * 1024
      const piece = Buffer.alloc(64 * 1024, "x")
      let written = 0
      const url = yield* serve((_req, res) => {
        res.writeHead(500, { "content-length": String(GB) })
        // Writes only as fast as the client reads: what was written is what the client consumed, give or take the
        // socket's buffers.
        const pump = () => {
          while (written < GB) {
            written += piece.length
            if (!res.write(piece)) return void res.once("drain", pump)
          }
          res.end()
        }
        pump()
      })
      const error = yield* Effect.flip(
        Effect.flatMap(
          Http.makeAgent(),
          (agent) => Http.request(agent, { method: "GET", url, timeout: "20 seconds", maxBody: 64 * 1024 })
        )
      )
      expect(error.status).toBe(500)
      expect(error.body?.length).toBeLessThanOrEqual(2000)
      expect(written).toBeLessThan(32 * 1024 * 1024)
    }))

  it.scopedLive("never shows a compressed or binary body as text", () =>
    Effect.gen(function*() {
      const gzipped = yield* serve((_req, res) =>
        res.writeHead(422, { "content-encoding": "gzip" }).end(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]))
      )
      const a = yield* Effect.flip(get(gzipped))
      expect(a.body).toBe("(a gzip-compressed body of 10 bytes, not shown)")
      const binary = yield* serve((_req, res) =>
        res.writeHead(400, { "content-type": "application/json" }).end(Buffer.from([0x7b, 0, 1, 2, 0xff]))
      )
      const b = yield* Effect.flip(get(binary))
      expect(b.body).toBe("(a binary body of 5 bytes, not shown)")
    }))
})
