/**
 * The ALM Octane test-results API as a service: sign in (API key or user), keep the session's cookies, fetch the XSD,
 * push payloads, poll their tasks, read their logs, sign out. Every request, sign-in and polls included, goes through
 * one rate limiter and one retry schedule; a 401 signs in again once and repeats the call once.
 *
 * @since 0.1.0
 */
import * as Breaker from "@tr/core/Breaker"
import * as Http from "@tr/core/Http"
import * as RateLimit from "@tr/core/RateLimit"
import * as Retry from "@tr/core/Retry"
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import { promisify } from "node:util"
import { gzip } from "node:zlib"

/**
 * @since 0.1.0
 * @category models
 */
export type Credentials =
  | { readonly kind: "apiKey"; readonly clientId: string; readonly clientSecret: Redacted.Redacted<string> }
  | { readonly kind: "user"; readonly user: string; readonly password: Redacted.Redacted<string> }

/**
 * @since 0.1.0
 * @category models
 */
export interface Config {
  /** The server, e.g. `https://octane.example.com`. */
  readonly url: string
  readonly sharedSpace: string
  readonly workspace: string
  readonly credentials: Credentials
  readonly timeout: Duration.DurationInput
  readonly retry: Schedule.Schedule<unknown, Http.HttpError>
  /** OpenText recommends at most 20. */
  readonly requestsPerSecond: number
}

/**
 * What Octane's CI tools retry: network errors, timeouts, 408, 429 and 502/503/504. A 500 is the server failing on
 * this request, and re-sending identical bytes only returns the first task's answer.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isRetryable = (error: Http.HttpError): boolean =>
  error.reason !== "Status" || [408, 429, 502, 503, 504].includes(error.status ?? 0)

/**
 * @since 0.1.0
 * @category constructors
 */
export const defaultConfig = (
  url: string,
  sharedSpace: string,
  workspace: string,
  credentials: Credentials
): Config => ({
  url,
  sharedSpace,
  workspace,
  credentials,
  timeout: "60 seconds",
  retry: Retry.schedule(Retry.defaultPolicy, isRetryable),
  requestsPerSecond: 20
})

/**
 * @since 0.1.0
 * @category errors
 */
export class OctaneError extends Schema.TaggedError<OctaneError>("@tr/octane/OctaneError")("OctaneError", {
  reason: Schema.Literal("Unauthorized", "Rejected", "NotFound", "Unavailable", "Stopped"),
  operation: Schema.Literal("sign in", "get the XSD", "push a payload", "poll a task", "read a task log"),
  status: Schema.optional(Schema.Number),
  detail: Schema.String
}) {
  override get message(): string {
    const status = this.status === undefined ? "" : ` (${this.status})`
    switch (this.reason) {
      case "Unauthorized":
        return `ALM Octane refused the credentials${status} when trying to ${this.operation}: ${this.detail}`
      case "Rejected":
        return `ALM Octane rejected the request to ${this.operation}${status}: ${this.detail}`
      case "NotFound":
        return `ALM Octane does not know the address to ${this.operation}${status}: check the shared space and workspace`
      case "Unavailable":
        return `ALM Octane kept failing to ${this.operation} after retries${status}: ${this.detail}`
      case "Stopped":
        return `not sent (${this.operation}): ${this.detail}`
    }
  }
}

/**
 * A test-results task, as the server reports it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Task {
  readonly id: string
  readonly status: string
  readonly until?: string
  readonly errorDetails?: string
}

/**
 * @since 0.1.0
 * @category predicates
 */
export const isFinal = (task: Task): boolean => task.status !== "queued" && task.status !== "running"

/**
 * @since 0.1.0
 * @category models
 */
export interface Stats {
  readonly requests: number
  readonly retries: number
  readonly signIns: number
}

/**
 * @since 0.1.0
 * @category services
 */
export class OctaneClient extends Context.Tag("@tr/octane/OctaneClient")<OctaneClient, {
  /** Signs in now (it would happen on first use anyway): bad credentials fail here, before anything is sent. */
  readonly signIn: Effect.Effect<void, OctaneError>
  readonly xsd: Effect.Effect<string, OctaneError>
  readonly push: (
    xml: string | Uint8Array,
    options: { readonly skipErrors: boolean }
  ) => Effect.Effect<Task, OctaneError>
  readonly task: (id: string) => Effect.Effect<Task, OctaneError>
  readonly log: (id: string) => Effect.Effect<string, OctaneError>
  readonly signOut: Effect.Effect<void>
  readonly stats: Effect.Effect<Stats>
}>() {}

type Operation = OctaneError["operation"]

const describe = (body: string | undefined): string => {
  if (body === undefined || body === "") return "no details"
  try {
    const json = JSON.parse(body) as { description?: unknown; description_translated?: unknown; message?: unknown }
    const text = json.description_translated ?? json.description ?? json.message
    if (typeof text === "string") return text
  } catch {
    // not JSON
  }
  // An HTML error page says nothing useful past its title.
  const title = /<title>([^<]*)<\/title>/i.exec(body)?.[1]
  return title ?? body.slice(0, 500)
}

const toError = (operation: Operation) => (error: Http.HttpError | Breaker.BreakerOpen): OctaneError => {
  if (error._tag === "BreakerOpen") return new OctaneError({ reason: "Stopped", operation, detail: error.message })
  const status = error.status
  const base = { operation, ...(status === undefined ? {} : { status }) }
  if (status === 401 || status === 403) {
    return new OctaneError({ reason: "Unauthorized", ...base, detail: describe(error.body) })
  }
  if (status === 404) return new OctaneError({ reason: "NotFound", ...base, detail: describe(error.body) })
  if (error.reason === "Status" && !isRetryable(error)) {
    return new OctaneError({ reason: "Rejected", ...base, detail: describe(error.body) })
  }
  return new OctaneError({
    reason: "Unavailable",
    ...base,
    detail: error.reason === "Status" ? describe(error.body) : error.message
  })
}

const parseTask = (body: string): Task | undefined => {
  try {
    const json = JSON.parse(body) as { id?: unknown; status?: unknown; until?: unknown; errorDetails?: unknown }
    if (json.id === undefined || typeof json.status !== "string") return undefined
    return {
      id: String(json.id),
      status: json.status,
      ...(typeof json.until === "string" ? { until: json.until } : {}),
      ...(json.errorDetails === undefined || json.errorDetails === null
        ? {}
        : {
          errorDetails: typeof json.errorDetails === "string" ? json.errorDetails : JSON.stringify(json.errorDetails)
        })
    }
  } catch {
    return undefined
  }
}

const setCookies = (response: Http.Response): ReadonlyArray<readonly [string, string]> => {
  const header = response.headers["set-cookie"]
  const all = header === undefined ? [] : Array.isArray(header) ? header : [header as string]
  return all.flatMap((cookie) => {
    const pair = cookie.split(";", 1)[0] ?? ""
    const eq = pair.indexOf("=")
    return eq > 0 ? [[pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()] as const] : []
  })
}

/** Off the main thread: the next payload is being built meanwhile. */
const compress: (xml: string | Uint8Array) => Promise<Buffer> = promisify(gzip)

/**
 * The live client. Signs in on first use; `signOut` at the end (the sink does it).
 *
 * @example
 * import * as OctaneClient from "@tr/octane/OctaneClient"
 * import { Redacted } from "effect"
 * OctaneClient.layer(OctaneClient.defaultConfig("https://octane.example.com", "1001", "1002", {
 *   kind: "apiKey", clientId: "ci_abc", clientSecret: Redacted.make(process.env.OCTANE_CLIENT_SECRET!)
 * }))
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (config: Config): Layer.Layer<OctaneClient> =>
  Layer.scoped(
    OctaneClient,
    Effect.gen(function*() {
      const agent = yield* Http.makeAgent()
      // The server counts arrivals, and a request on a new connection may arrive after ones that started later: a
      // request counts from its start until its answer, or a tenth of a second if the answer takes longer.
      const limit = yield* RateLimit.slidingWindow(config.requestsPerSecond, "1 second", { lateness: "100 millis" })
      const breaker = yield* Breaker.make
      const cookies = yield* Ref.make(new Map<string, string>())
      const session = yield* Ref.make(0) // 0: not signed in; n: the n-th session
      const signingIn = yield* Effect.makeSemaphore(1)
      const counters = { requests: 0, retries: 0, signIns: 0 }
      const server = config.url.replace(/\/+$/, "")
      const base = `${server}/api/shared_spaces/${encodeURIComponent(config.sharedSpace)}/workspaces/${
        encodeURIComponent(config.workspace)
      }/test-results`
      const onlyHttp = Schedule.recurWhile((e: Http.HttpError | Breaker.BreakerOpen) => e._tag === "HttpError")
      const retry = Schedule.intersect(
        onlyHttp,
        Schedule.mapInput(config.retry, (e: Http.HttpError | Breaker.BreakerOpen) => e as Http.HttpError)
      )

      /** One request under the limiter, the retry schedule and the breaker; no session handling. */
      const send = (request: Omit<Http.Request, "timeout">) =>
        Effect.suspend(() => {
          let attempts = 0
          const attempt = Effect.suspend(() => {
            attempts++
            counters.requests++
            return limit(Http.request(agent, { ...request, timeout: config.timeout }))
          })
          return breaker.guard(attempt).pipe(
            Effect.retry(retry),
            Effect.ensuring(Effect.sync(() => (counters.retries += Math.max(0, attempts - 1)))),
            Effect.tapError((error) =>
              error._tag === "HttpError" && isRetryable(error) ? breaker.exhausted(error.message) : Effect.void
            )
          )
        })

      const headers = (extra: { readonly [name: string]: string }) =>
        Effect.map(Ref.get(cookies), (jar) => ({
          HPECLIENTTYPE: "HPE_CI_CLIENT",
          ...(jar.size === 0 ? {} : { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") }),
          ...extra
        }))

      /** Signs in unless another call already renewed the session this call saw. */
      const signIn = (seen: number) =>
        signingIn.withPermits(1)(
          Effect.gen(function*() {
            if ((yield* Ref.get(session)) !== seen) return
            const c = config.credentials
            const body = c.kind === "apiKey"
              ? `{"client_id":${JSON.stringify(c.clientId)},"client_secret":${
                JSON.stringify(Redacted.value(c.clientSecret))
              }}`
              : `{"user":${JSON.stringify(c.user)},"password":${JSON.stringify(Redacted.value(c.password))}}`
            const response = yield* send({
              method: "POST",
              url: `${server}/authentication/sign_in`,
              headers: { "content-type": "application/json", HPECLIENTTYPE: "HPE_CI_CLIENT" },
              body
            }).pipe(Effect.mapError(toError("sign in")))
            counters.signIns++
            yield* Ref.update(cookies, (jar) => new Map([...jar, ...setCookies(response)]))
            yield* Ref.update(session, (n) => n + 1)
          })
        )

      /** A call that needs a session: signs in first if needed, and once more on a 401. */
      const authenticated = (operation: Operation, request: Omit<Http.Request, "timeout" | "headers">, extra = {}) => {
        const once = Effect.flatMap(headers(extra), (h) => send({ ...request, headers: h }))
        return Effect.gen(function*() {
          if ((yield* Ref.get(session)) === 0) yield* signIn(0)
          const seen = yield* Ref.get(session)
          const first = yield* Effect.either(once)
          if (first._tag === "Right") return first.right
          if (first.left._tag === "HttpError" && first.left.status === 401) {
            yield* signIn(seen)
            return yield* Effect.mapError(once, toError(operation))
          }
          return yield* Effect.fail(toError(operation)(first.left))
        })
      }

      const expectTask = (operation: Operation, body: string) => {
        const task = parseTask(body)
        return task === undefined
          ? Effect.fail(
            new OctaneError({ reason: "Rejected", operation, detail: `unexpected answer: ${body.slice(0, 200)}` })
          )
          : Effect.succeed(task)
      }

      return OctaneClient.of({
        signIn: Effect.flatMap(Ref.get(session), (n) => (n === 0 ? signIn(0) : Effect.void)),
        xsd: Effect.map(authenticated("get the XSD", { method: "GET", url: `${base}/xsd` }), (r) => r.body),
        push: (xml, options) =>
          Effect.promise(() => compress(xml)).pipe(
            Effect.flatMap((body) =>
              authenticated(
                "push a payload",
                { method: "POST", url: `${base}${options.skipErrors ? "?skip-errors=true" : ""}`, body },
                { "content-type": "application/xml", "content-encoding": "gzip" }
              )
            ),
            Effect.flatMap((r) => expectTask("push a payload", r.body))
          ),
        task: (id) =>
          Effect.flatMap(
            authenticated("poll a task", { method: "GET", url: `${base}/${encodeURIComponent(id)}` }),
            (r) => expectTask("poll a task", r.body)
          ),
        log: (id) =>
          Effect.map(
            authenticated("read a task log", { method: "POST", url: `${base}/${encodeURIComponent(id)}/log` }),
            (r) => r.body
          ),
        signOut: Effect.gen(function*() {
          if ((yield* Ref.get(session)) === 0) return
          const h = yield* headers({})
          yield* Effect.ignore(send({ method: "POST", url: `${server}/authentication/sign_out`, headers: h }))
          yield* Ref.set(session, 0)
          yield* Ref.set(cookies, new Map())
        }),
        stats: Effect.sync(() => ({ ...counters }))
      })
    })
  )
