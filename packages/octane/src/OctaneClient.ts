/**
 * The ALM Octane test-results API as a service: sign in (API key or user), keep the session's cookies, fetch the XSD,
 * push payloads, poll their tasks, read their logs, sign out. Every request, sign-in and polls included, goes through
 * one rate limiter and one retry schedule; a 401 signs in again once and repeats the call once.
 *
 * @since 0.1.0
 */
import type * as Http from "@tr/core/Http"
import * as RateLimit from "@tr/core/RateLimit"
import * as Retry from "@tr/core/Retry"
import type { SinkError } from "@tr/core/SinkError"
import * as Transport from "@tr/core/Transport"
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import type * as Schedule from "effect/Schedule"
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
  readonly signIn: Effect.Effect<void, SinkError>
  readonly xsd: Effect.Effect<string, SinkError>
  readonly push: (
    xml: string | Uint8Array,
    options: { readonly skipErrors: boolean }
  ) => Effect.Effect<Task, SinkError>
  readonly task: (id: string) => Effect.Effect<Task, SinkError>
  readonly log: (id: string) => Effect.Effect<string, SinkError>
  readonly signOut: Effect.Effect<void>
  readonly stats: Effect.Effect<Stats>
}>() {}

/** How ALM Octane is named and what to do when it refuses. */
const service: Transport.Service = {
  name: "ALM Octane",
  hints: { NotFound: "check the shared space and workspace" }
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

/** Octane's XSD is about 11 KB; a larger answer is not it. */
const XSD_MAX_BYTES = 4 * 1024 * 1024

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
      const c = config.credentials
      const transport = yield* Transport.make({
        service,
        url: config.url,
        secrets: [c.kind === "apiKey" ? c.clientSecret : c.password],
        timeout: config.timeout,
        retry: config.retry,
        retryable: isRetryable,
        // The server counts arrivals, and a request on a new connection may arrive after ones that started later: a
        // request counts from its start until its answer, or a tenth of a second if the answer takes longer.
        limit: yield* RateLimit.slidingWindow(config.requestsPerSecond, "1 second", { lateness: "100 millis" })
      })
      const cookies = yield* Ref.make(new Map<string, string>())
      const session = yield* Ref.make(0) // 0: not signed in; n: the n-th session
      const signingIn = yield* Effect.makeSemaphore(1)
      let signIns = 0
      const server = config.url.replace(/\/+$/, "")
      const base = `${server}/api/shared_spaces/${encodeURIComponent(config.sharedSpace)}/workspaces/${
        encodeURIComponent(config.workspace)
      }/test-results`

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
            const body = c.kind === "apiKey"
              ? `{"client_id":${JSON.stringify(c.clientId)},"client_secret":${
                JSON.stringify(Redacted.value(c.clientSecret))
              }}`
              : `{"user":${JSON.stringify(c.user)},"password":${JSON.stringify(Redacted.value(c.password))}}`
            const response = yield* transport.send("sign in", {
              method: "POST",
              url: `${server}/authentication/sign_in`,
              headers: { "content-type": "application/json", HPECLIENTTYPE: "HPE_CI_CLIENT" },
              body
            })
            const set = setCookies(response)
            // The session is in the cookies: an answer that sets none (a login page, a portal) is no sign-in.
            if (set.length === 0) {
              return yield* Effect.fail(
                transport.refuse("sign in", `the answer set no session cookie: ${Transport.describe(response.body)}`)
              )
            }
            signIns++
            yield* Ref.update(cookies, (jar) => new Map([...jar, ...set]))
            yield* Ref.update(session, (n) => n + 1)
          })
        )

      /** A call that needs a session: signs in first if needed, and once more on a 401. */
      const authenticated = (operation: string, request: Omit<Http.Request, "timeout" | "headers">, extra = {}) => {
        const once = Effect.flatMap(headers(extra), (h) => transport.send(operation, { ...request, headers: h }))
        return Effect.gen(function*() {
          if ((yield* Ref.get(session)) === 0) yield* signIn(0)
          const seen = yield* Ref.get(session)
          return yield* once.pipe(
            Effect.catchTag("SinkError", (error) =>
              error.status === 401 ? Effect.zipRight(signIn(seen), once) : Effect.fail(error))
          )
        })
      }

      const expectTask = (operation: string, body: string) => {
        const task = parseTask(body)
        return task === undefined
          ? Effect.fail(transport.refuse(operation, `unexpected answer: ${body.slice(0, 200)}`))
          : Effect.succeed(task)
      }

      return OctaneClient.of({
        signIn: Effect.flatMap(Ref.get(session), (n) => (n === 0 ? signIn(0) : Effect.void)),
        xsd: Effect.flatMap(
          authenticated("get the XSD", { method: "GET", url: `${base}/xsd`, maxBody: XSD_MAX_BYTES }),
          (r) =>
            /<([\w-]+:)?schema[\s>]/.test(r.body)
              ? Effect.succeed(r.body)
              : Effect.fail(transport.refuse("get the XSD", `the answer is no XSD: ${Transport.describe(r.body)}`))
        ),
        push: (xml, options) =>
          Effect.promise(() =>
            compress(xml)
          ).pipe(
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
          yield* Effect.ignore(
            transport.send("sign out", { method: "POST", url: `${server}/authentication/sign_out`, headers: h })
          )
          yield* Ref.set(session, 0)
          yield* Ref.set(cookies, new Map())
        }),
        stats: Effect.map(transport.stats, (sent) => ({ ...sent, signIns }))
      })
    })
  )
