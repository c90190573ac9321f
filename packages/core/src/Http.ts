/**
 * HTTP for the sinks, over undici: one request as an Effect with a timeout, and every way it can go wrong as one
 * typed error.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import type { Readable } from "node:stream"
import { type Dispatcher, EnvHttpProxyAgent, request as undiciRequest } from "undici"

/**
 * A request that did not give a successful answer: no connection or a reset (`Transport`), no answer in time
 * (`Timeout`), or an answer with a status of 300 or more (`Status`): a redirect is not followed, since the request's
 * credentials would travel with it, and confirms nothing.
 *
 * @since 0.1.0
 * @category errors
 */
export class HttpError extends Schema.TaggedError<HttpError>("@tr/core/HttpError")("HttpError", {
  reason: Schema.Literal("Transport", "Timeout", "Status"),
  method: Schema.String,
  /** The URL without its query string, which may hold a key. */
  url: Schema.String,
  status: Schema.optional(Schema.Number),
  /** Where a redirect pointed, without its query string. */
  location: Schema.optional(Schema.String),
  /** What the server asked us to wait, from `Retry-After`. */
  retryAfter: Schema.optional(Schema.DurationFromMillis),
  /** The start of the answer's body, for the user. */
  body: Schema.optional(Schema.String),
  detail: Schema.optional(Schema.String)
}) {
  override get message(): string {
    const what = `${this.method} ${this.url}`
    switch (this.reason) {
      case "Status":
        return this.location === undefined
          ? `${what} answered ${this.status}${this.body ? `: ${this.body}` : ""}`
          : `${what} answered ${this.status}, redirected to ${this.location}`
      case "Timeout":
        return `${what} gave no answer in time`
      case "Transport":
        return `${what} failed: ${this.detail ?? "connection error"}`
    }
  }
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Response {
  readonly status: number
  readonly headers: { readonly [name: string]: string | ReadonlyArray<string> | undefined }
  readonly body: string
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Request {
  readonly method: "GET" | "POST" | "PUT" | "DELETE"
  readonly url: string
  readonly headers?: { readonly [name: string]: string }
  /**
   * A function gives a fresh stream for each attempt (a file read as it is sent, never held whole): give its length
   * in `content-length`.
   */
  readonly body?: string | Uint8Array | (() => Readable)
  readonly timeout: Duration.DurationInput
  /** The most bytes of the answer's body read (`DEFAULT_MAX_BODY` by default); the rest is dropped unread. */
  readonly maxBody?: number
}

/**
 * 64 KiB: enough for any error text and for the JSON answers the sinks read.
 *
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_MAX_BODY = 64 * 1024

/**
 * The URL without query and credentials: what may be shown to a user.
 *
 * @since 0.1.0
 * @category utils
 */
export const redact = (url: string): string => {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}${u.pathname}`
  } catch {
    return url.replace(/\?.*$/, "")
  }
}

const resolve = (location: string, base: string): string => {
  try {
    return new URL(location, base).href
  } catch {
    return location
  }
}

/**
 * `Retry-After` as a duration: seconds, or an HTTP date.
 *
 * @since 0.1.0
 * @category utils
 */
export const parseRetryAfter = (value: string | undefined, now: number = Date.now()): Duration.Duration | undefined => {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Duration.seconds(Number(trimmed))
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Duration.millis(Math.max(0, date - now))
}

const BODY_SHOWN = 2000

/** Why a request was given up: no answer within its timeout. */
class DeadlineReached extends Error {}

const header = (headers: Response["headers"], name: string): string | undefined => {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : (value as string | undefined)
}

const BINARY_TYPE = /^(image|audio|video)\/|^application\/(octet-stream|zip|gzip|x-gzip|pdf|x-tar|x-bzip2|zstd)\b/i

/**
 * At most `max` bytes of a body as text. Leaving the loop early destroys the stream: the rest is never read (the
 * connection is closed), so no answer, however long, costs more than `max` bytes.
 */
const readBody = async (
  body: AsyncIterable<Uint8Array>,
  headers: Response["headers"],
  max: number
): Promise<string> => {
  const chunks: Array<Uint8Array> = []
  let size = 0
  for await (const chunk of body) {
    const room = max - size
    chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk)
    size += Math.min(chunk.length, room)
    if (size >= max) break
  }
  const cut = size >= max
  const bytes = Buffer.concat(chunks, size)
  const length = `${cut ? "at least " : ""}${size} bytes`
  const encoding = header(headers, "content-encoding")?.trim().toLowerCase()
  if (encoding !== undefined && encoding !== "" && encoding !== "identity") {
    return `(a ${encoding}-compressed body of ${length}, not shown)`
  }
  const binary = `(a binary body of ${length}, not shown)`
  if (BINARY_TYPE.test(header(headers, "content-type") ?? "") || bytes.includes(0)) return binary
  try {
    // `stream: true` lets a character cut by `max` pass; a byte sequence that is no UTF-8 at all does not.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: cut })
  } catch {
    return binary
  }
}

/**
 * A connection pool for one sink, closed when the scope ends; through the proxy that `HTTP_PROXY`, `HTTPS_PROXY` and
 * `NO_PROXY` (or their lower-case forms) name, if any.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeAgent = (options?: { readonly connections?: number }): Effect.Effect<Dispatcher, never, Scope.Scope> =>
  Effect.acquireRelease(
    // HTTP_PROXY, HTTPS_PROXY and NO_PROXY (or their lower-case forms) route every request, as corporate CI needs.
    Effect.sync(() => new EnvHttpProxyAgent({ connections: options?.connections ?? 16, keepAliveTimeout: 10_000 })),
    (agent) => Effect.promise(() => agent.close().catch(() => undefined))
  )

/**
 * Sends one request and reads at most `maxBody` bytes of the answer. Statuses of 300 and more fail with `HttpError`,
 * carrying `Retry-After` when the server sent one, and where a redirect pointed; a redirect is never followed.
 *
 * @example
 * import * as Http from "@tr/core/Http"
 * Http.request(agent, { method: "POST", url, body: JSON.stringify(x), timeout: "30 seconds" })
 *
 * @since 0.1.0
 * @category requests
 */
export const request = (dispatcher: Dispatcher, req: Request): Effect.Effect<Response, HttpError> => {
  const fail = (reason: HttpError["reason"], extra: Partial<ConstructorParameters<typeof HttpError>[0]> = {}) =>
    new HttpError({ reason, method: req.method, url: redact(req.url), ...extra })
  const ms = Duration.toMillis(Duration.decode(req.timeout))
  return Effect.tryPromise({
    // The deadline is a timer of the request's own, not an Effect race: that race (a fiber and a sleep per request)
    // cost as much as the rest of a request's Effect plumbing.
    try: async (signal) => {
      const deadline = new AbortController()
      const timer = setTimeout(() => deadline.abort(new DeadlineReached()), ms)
      try {
        const response = await undiciRequest(req.url, {
          method: req.method,
          headers: req.headers ?? {},
          body: typeof req.body === "function" ? req.body() : req.body ?? null,
          signal: AbortSignal.any([signal, deadline.signal]),
          dispatcher
        })
        const body = await readBody(response.body, response.headers, req.maxBody ?? DEFAULT_MAX_BODY)
        return { status: response.statusCode, headers: response.headers, body } satisfies Response
      } finally {
        clearTimeout(timer)
      }
    },
    catch: (cause) =>
      cause instanceof DeadlineReached
        ? fail("Timeout")
        : fail("Transport", { detail: (cause as Error).message ?? String(cause) })
  }).pipe(
    Effect.flatMap((response) => {
      if (response.status < 300) return Effect.succeed(response)
      const retryAfter = parseRetryAfter(header(response.headers, "retry-after"))
      const location = header(response.headers, "location")
      return Effect.fail(
        fail("Status", {
          status: response.status,
          body: response.body.slice(0, BODY_SHOWN),
          ...(retryAfter === undefined ? {} : { retryAfter }),
          ...(response.status >= 400 || location === undefined ? {} : { location: redact(resolve(location, req.url)) })
        })
      )
    })
  )
}
