import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import * as Http from "../src/Http.js"
import * as Retry from "../src/Retry.js"
import { SinkError } from "../src/SinkError.js"
import * as Transport from "../src/Transport.js"

const fast: Retry.RetryPolicy = {
  initialDelay: "1 millis",
  maxDelay: "2 millis",
  maxRetries: 2,
  maxElapsed: "5 seconds"
}

/** A wire that answers each attempt with the next of `answers` (the last one repeats), and logs what it was sent. */
const scripted = (answers: ReadonlyArray<number | "reset">) => {
  const sent: Array<Http.Request> = []
  const wire: Transport.Wire = (request) =>
    Effect.suspend(() => {
      sent.push(request)
      const answer = answers[Math.min(sent.length - 1, answers.length - 1)]!
      if (answer === "reset") {
        return Effect.fail(new Http.HttpError({ reason: "Transport", method: request.method, url: request.url }))
      }
      const body = `{"message":"answer ${sent.length}"}`
      return answer < 400
        ? Effect.succeed({ status: answer, headers: {}, body })
        : Effect.fail(
          new Http.HttpError({ reason: "Status", method: request.method, url: request.url, status: answer, body })
        )
    })
  return { sent, wire }
}

const transport = (wire: Transport.Wire, overrides: Partial<Transport.Options> = {}) =>
  Transport.make({
    service: { name: "Acme", credentials: "the token", hints: { Unauthorized: "check ACME_TOKEN" } },
    timeout: "1 second",
    retry: Retry.schedule(fast),
    wire,
    ...overrides
  })

const send = (t: Transport.Transport) =>
  t.send("send tests", { method: "POST", url: "http://127.0.0.1:9/x", body: "{}" })

describe("Transport", () => {
  it.scopedLive("retries what a retry can fix, counts every attempt, and gives the answer", () =>
    Effect.gen(function*() {
      const { sent, wire } = scripted([503, "reset", 200])
      const t = yield* transport(wire)
      const response = yield* send(t)
      expect(response.body).toBe(`{"message":"answer 3"}`)
      expect(sent.map((r) => r.timeout)).toEqual(["1 second", "1 second", "1 second"])
      expect(yield* t.stats).toEqual({ requests: 3, retries: 2 })
    }))

  it.scopedLive("fails as one SinkError in the user's terms, the server's words and the hint included", () =>
    Effect.gen(function*() {
      const t = yield* transport(scripted([401]).wire)
      const error = yield* Effect.flip(send(t))
      expect(error).toBeInstanceOf(SinkError)
      expect(error).toMatchObject({ sink: "Acme", operation: "send tests", reason: "Unauthorized", status: 401 })
      expect(error.message).toBe("Acme refused the token (401) when trying to send tests: answer 1; check ACME_TOKEN")
      const caught = yield* send(t).pipe(Effect.catchTag("SinkError", (e) => Effect.succeed(e.reason)))
      expect(caught).toBe("Unauthorized")
    }))

  it.scopedLive("does not retry a refusal; the service's own predicate says which statuses are refusals", () =>
    Effect.gen(function*() {
      const refused = scripted([422])
      const a = yield* transport(refused.wire)
      expect(yield* Effect.flip(send(a))).toMatchObject({ reason: "Rejected", status: 422 })
      expect(refused.sent.length).toBe(1)

      const notFound = scripted([404])
      expect(yield* Effect.flip(send(yield* transport(notFound.wire)))).toMatchObject({ reason: "NotFound" })

      const failing = scripted([500])
      const onlyGateways = (e: Http.HttpError) => e.reason !== "Status" || e.status === 503
      const b = yield* transport(failing.wire, { retryable: onlyGateways, retry: Retry.schedule(fast, onlyGateways) })
      expect(yield* Effect.flip(send(b))).toMatchObject({ reason: "Rejected", status: 500 })
      expect(failing.sent.length).toBe(1)
    }))

  it.scopedLive("opens the breaker once a request used up its retries and the next fails too", () =>
    Effect.gen(function*() {
      const { sent, wire } = scripted([503])
      const t = yield* transport(wire)
      expect(yield* Effect.flip(send(t))).toMatchObject({ reason: "Unavailable", status: 503 })
      expect(sent.length).toBe(3)
      yield* Effect.flip(send(t))
      const stopped = yield* Effect.flip(send(t))
      expect(stopped.reason).toBe("Stopped")
      expect(stopped.message).toMatch(/^not sent \(send tests\): /)
      expect(sent.length).toBe(4)
    }))

  it.scopedLive("sends every attempt under the rate limiter", () =>
    Effect.gen(function*() {
      let limited = 0
      const t = yield* transport(scripted([503, 200]).wire, {
        limit: (effect) => Effect.zipRight(Effect.sync(() => limited++), effect)
      })
      yield* send(t)
      expect(limited).toBe(2)
    }))

  it("describes an error answer by its JSON message, an HTML page by its title", () => {
    expect(Transport.describe(`{"description":"Build not resolved"}`)).toBe("Build not resolved")
    expect(Transport.describe(`<html><title>502 Bad Gateway</title><body>…</body></html>`)).toBe("502 Bad Gateway")
    expect(Transport.describe("")).toBe("no details")
  })

  it.scopedLive("a redirect confirms nothing: it fails at once, saying where it pointed and which URL to use", () =>
    Effect.gen(function*() {
      const sent: Array<Http.Request> = []
      const wire: Transport.Wire = (request) =>
        Effect.suspend(() => {
          sent.push(request)
          return Effect.fail(
            new Http.HttpError({
              reason: "Status",
              method: request.method,
              url: "http://acme.test/api/x",
              status: 301,
              location: "https://acme.test/api/x"
            })
          )
        })
      const t = yield* transport(wire, { url: "http://acme.test/" })
      const error = yield* Effect.flip(send(t))
      expect(error).toMatchObject({ reason: "Rejected", status: 301 })
      expect(error.message).toContain("redirected to https://acme.test/api/x")
      expect(error.message).toContain("use https://acme.test")
      expect(sent.length).toBe(1)
    }))

  it.scopedLive("an answer that is not the JSON object the API documents confirms nothing", () =>
    Effect.gen(function*() {
      for (const [body, said] of [["", "an empty body"], ["<html><title>Sign in</title></html>", "Sign in"]]) {
        const wire: Transport.Wire = () => Effect.succeed({ status: 200, headers: {}, body: body! })
        const t = yield* transport(wire)
        const error = yield* Effect.flip(t.sendJson("finish run", { method: "PUT", url: "http://127.0.0.1:9/x" }))
        expect(error).toMatchObject({ reason: "Rejected", status: 200, operation: "finish run" })
        expect(error.message).toContain(said)
      }
      const ok = yield* transport(() => Effect.succeed({ status: 200, headers: {}, body: `{"message":"ok"}` }))
      const { json } = yield* ok.sendJson("send tests", { method: "POST", url: "http://127.0.0.1:9/x" })
      expect(json).toEqual({ message: "ok" })
    }))

  it.scopedLive("masks every secret in what the server says, however it echoes it", () =>
    Effect.gen(function*() {
      const secret = "zz\"SECRET/+zz"
      const echo = `{"error":"bad request","api_key":${JSON.stringify(secret)},"url":"?k=${
        encodeURIComponent(secret)
      }"}`
      const wire: Transport.Wire = (request) =>
        Effect.fail(
          new Http.HttpError({ reason: "Status", method: request.method, url: request.url, status: 422, body: echo })
        )
      const t = yield* transport(wire, { secrets: [Redacted.make(secret)] })
      const error = yield* Effect.flip(send(t))
      expect(error.message).toContain("bad request")
      const text = JSON.stringify(error) + error.message + error.detail
      expect(text).toContain("***")
      expect(text).not.toContain("SECRET")
      const echoing = yield* transport(() => Effect.succeed({ status: 200, headers: {}, body: echo }), {
        secrets: [Redacted.make(secret)]
      })
      expect((yield* send(echoing)).body).not.toContain("SECRET")
    }))
})
