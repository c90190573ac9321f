/**
 * The one way a sink talks to its service: every request goes under the rate limiter with a timeout, is retried by
 * the schedule, stops when the circuit breaker is open, is counted, and fails as one `SinkError` in the user's terms.
 *
 * @since 0.1.0
 */
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Breaker from "./Breaker.js"
import * as Http from "./Http.js"
import * as RateLimit from "./RateLimit.js"
import * as Retry from "./Retry.js"
import { SinkError } from "./SinkError.js"

/**
 * The service, in its users' words.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** `Testomat.io`. */
  readonly name: string
  /** What a 401 or 403 refuses: `the API key`. */
  readonly credentials?: string
  /** What the user can do, by reason of failure. */
  readonly hints?: { readonly [R in SinkError["reason"]]?: string }
}

/**
 * What sends one attempt: HTTP by default; a dry run only shows the request.
 *
 * @since 0.1.0
 * @category models
 */
export type Wire = (request: Http.Request) => Effect.Effect<Http.Response, Http.HttpError>

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  readonly service: Service
  /** Per attempt. */
  readonly timeout: Duration.DurationInput
  /** How a failed attempt is retried (its input is the attempt's `HttpError`). */
  readonly retry: Schedule.Schedule<unknown, Http.HttpError>
  /**
   * What a retry could fix: a status it refuses is `Rejected`, and only a failure it accepts, once the retries are
   * used up, moves the breaker. `Retry.isRetryable` by default.
   */
  readonly retryable?: (error: Http.HttpError) => boolean
  /** `RateLimit.unlimited` by default. */
  readonly limit?: RateLimit.RateLimiter
  /** A connection pool of the transport's own (`Http.makeAgent`) by default. */
  readonly wire?: Wire
  /** Masked (`***`) in every answer and every error text, whatever the server echoes: keys, secrets, passwords. */
  readonly secrets?: ReadonlyArray<Redacted.Redacted<string>>
  /** The service URL the user gave: a redirect then says which one to give instead. */
  readonly url?: string
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Stats {
  /** Attempts sent, retries included. */
  readonly requests: number
  readonly retries: number
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Transport {
  /**
   * One request, named by what it does for the user (`send tests`), until it succeeds or fails for good; `timeout`
   * replaces the transport's for this request (an upload as long as its file).
   */
  readonly send: (
    operation: string,
    request: Omit<Http.Request, "timeout"> & { readonly timeout?: Duration.DurationInput }
  ) => Effect.Effect<Http.Response, SinkError>
  /**
   * `send`, then the answer's body as the JSON object the API documents: anything else (an HTML page, an empty body)
   * confirms nothing and fails as `Rejected`.
   */
  readonly sendJson: (
    operation: string,
    request: Omit<Http.Request, "timeout">
  ) => Effect.Effect<
    { readonly response: Http.Response; readonly json: { readonly [key: string]: unknown } },
    SinkError
  >
  /** The error for an answer that confirms nothing (`reason` is `Rejected` unless given). */
  readonly refuse: (operation: string, detail: string, reason?: SinkError["reason"]) => SinkError
  readonly stats: Effect.Effect<Stats>
}

/**
 * What an error answer says, short: the `description` or `message` of a JSON body, the title of an HTML page, or the
 * start of the text.
 *
 * @since 0.1.0
 * @category utils
 */
export const describe = (body: string | undefined): string => {
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

/**
 * Replaces every secret in a text by `***`: as written, as a JSON string holds it, and URL-encoded. Secrets shorter
 * than 4 characters are left alone (masking them would garble any text).
 *
 * @since 0.1.0
 * @category utils
 */
export const masker = (secrets: ReadonlyArray<Redacted.Redacted<string>>): (text: string) => string => {
  const forms = [
    ...new Set(
      secrets.map(Redacted.value).filter((secret) => secret.length >= 4).flatMap((secret) => [
        secret,
        JSON.stringify(secret).slice(1, -1),
        encodeURIComponent(secret)
      ])
    )
  ].sort((a, b) => b.length - a.length)
  return forms.length === 0 ? (text) => text : (text) => forms.reduce((t, form) => t.split(form).join("***"), text)
}

/** What to say about a redirect: where it pointed, and the service URL to give instead when that can be told. */
const redirected = (error: Http.HttpError, base: string | undefined): string => {
  const to = error.location!
  const said = `redirected to ${to}, which tr does not follow (the credentials would travel with it)`
  const rest = base !== undefined && error.url.startsWith(base) ? error.url.slice(base.length) : undefined
  return rest !== undefined && rest !== "" && to.endsWith(rest) ? `${said}: use ${to.slice(0, -rest.length)}` : said
}

/**
 * @example
 * import * as Transport from "@tr/core/Transport"
 * const transport = yield* Transport.make({
 *   service: { name: "Testomat.io", credentials: "the API key" },
 *   timeout: "30 seconds",
 *   retry: Retry.schedule(Retry.defaultPolicy),
 *   limit: yield* RateLimit.slidingWindow(10, "1 second")
 * })
 * const response = yield* transport.send("create run", { method: "POST", url, body })
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options): Effect.Effect<Transport, never, Scope.Scope> =>
  Effect.gen(function*() {
    const bare = options.wire ?? (yield* Effect.map(Http.makeAgent(), (agent): Wire => (r) => Http.request(agent, r)))
    const mask = masker(options.secrets ?? [])
    const wire: Wire = options.secrets === undefined ? bare : (request) =>
      bare(request).pipe(
        Effect.map((response) => ({ ...response, body: mask(response.body) })),
        Effect.mapError((error) =>
          new Http.HttpError({
            reason: error.reason,
            method: error.method,
            url: error.url,
            ...(error.status === undefined ? {} : { status: error.status }),
            ...(error.location === undefined ? {} : { location: error.location }),
            ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter }),
            ...(error.body === undefined ? {} : { body: mask(error.body) }),
            ...(error.detail === undefined ? {} : { detail: mask(error.detail) })
          })
        )
      )
    const base = options.url === undefined ? undefined : Http.redact(options.url).replace(/\/+$/, "")
    const limit = options.limit ?? RateLimit.unlimited
    const retryable = options.retryable ?? Retry.isRetryable
    const breaker = yield* Breaker.make
    const service = options.service
    const counters = { requests: 0, retries: 0 }
    const onlyHttp = Schedule.recurWhile((e: Http.HttpError | Breaker.BreakerOpen) => e._tag === "HttpError")
    const retry = Schedule.intersect(
      onlyHttp,
      Schedule.mapInput(options.retry, (e: Http.HttpError | Breaker.BreakerOpen) => e as Http.HttpError)
    )

    const refuse = (operation: string, detail: string, reason: SinkError["reason"] = "Rejected", status?: number) => {
      const hint = service.hints?.[reason]
      return new SinkError({
        sink: service.name,
        operation,
        reason,
        detail,
        ...(status === undefined ? {} : { status }),
        ...(service.credentials === undefined ? {} : { credentials: service.credentials }),
        ...(hint === undefined ? {} : { hint })
      })
    }

    const toSinkError = (operation: string) => (error: Http.HttpError | Breaker.BreakerOpen): SinkError => {
      if (error._tag === "BreakerOpen") return refuse(operation, error.message, "Stopped")
      const status = error.status
      if (error.location !== undefined) return refuse(operation, redirected(error, base), "Rejected", status)
      const detail = error.reason === "Status" ? describe(error.body) : error.message
      const reason = status === 401 || status === 403
        ? "Unauthorized"
        : status === 404
        ? "NotFound"
        : error.reason === "Status" && !retryable(error)
        ? "Rejected"
        : "Unavailable"
      return refuse(operation, detail, reason, status)
    }

    const send = (
      operation: string,
      request: Omit<Http.Request, "timeout"> & { readonly timeout?: Duration.DurationInput }
    ) =>
      Effect.suspend(() => {
        let attempts = 0
        const attempt = Effect.suspend(() => {
          attempts++
          counters.requests++
          return limit(wire({ ...request, timeout: request.timeout ?? options.timeout }))
        })
        return breaker.guard(attempt).pipe(
          Effect.retry(retry),
          Effect.ensuring(Effect.sync(() => (counters.retries += Math.max(0, attempts - 1)))),
          Effect.tapError((error) =>
            error._tag === "HttpError" && retryable(error) ? breaker.exhausted(error.message) : Effect.void
          ),
          Effect.mapError(toSinkError(operation))
        )
      })

    const sendJson = (operation: string, request: Omit<Http.Request, "timeout">) =>
      Effect.flatMap(send(operation, request), (response) => {
        let json: unknown
        try {
          json = JSON.parse(response.body)
        } catch {
          json = undefined
        }
        return typeof json === "object" && json !== null && !Array.isArray(json)
          ? Effect.succeed({ response, json: json as { readonly [key: string]: unknown } })
          : Effect.fail(
            refuse(
              operation,
              `the answer (${response.status}) is not the JSON the API documents, so it confirms nothing: ${
                response.body === "" ? "an empty body" : describe(response.body)
              }`,
              "Rejected",
              response.status
            )
          )
      })

    return {
      send,
      sendJson,
      refuse: (operation, detail, reason) => refuse(operation, detail, reason),
      stats: Effect.sync(() => ({ ...counters }))
    }
  })
