/**
 * The Testomat.io reporter API as a service: create or join a run, send tests, finish. Every request has a timeout,
 * goes through the rate limiter and the retry schedule, and stops when the circuit breaker is open. The API key
 * travels in the JSON body, never in a URL, and is never printed.
 *
 * @since 0.1.0
 */
import * as Breaker from "@tr/core/Breaker"
import * as Http from "@tr/core/Http"
import * as Retry from "@tr/core/Retry"
import * as Utf8 from "@tr/core/Utf8"
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as RateLimiter from "effect/RateLimiter"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import * as Schedule from "effect/Schedule"
import { TestomatError } from "./TestomatError.js"

/**
 * @since 0.1.0
 * @category models
 */
export interface Config {
  /** Base URL of the service, e.g. `https://app.testomat.io`. */
  readonly url: string
  readonly apiKey: Redacted.Redacted<string>
  /** Per request. */
  readonly timeout: Duration.DurationInput
  /** How failed requests are retried; replace it to change the policy. */
  readonly retry: Schedule.Schedule<unknown, Http.HttpError>
  /** At most this many requests a second, when set. */
  readonly requestsPerSecond?: number
}

/**
 * 30 s timeout, the default retry policy, no rate limit (the service documents none).
 *
 * @since 0.1.0
 * @category constructors
 */
export const defaultConfig = (url: string, apiKey: Redacted.Redacted<string>): Config => ({
  url,
  apiKey,
  timeout: "30 seconds",
  retry: Retry.schedule(Retry.defaultPolicy)
})

/**
 * Fields of a run, as the API names them.
 *
 * @since 0.1.0
 * @category models
 */
export interface RunParams {
  readonly title?: string
  readonly env?: string
  readonly group_title?: string
  readonly parallel?: boolean
  readonly shared_run?: boolean
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Run {
  readonly uid: string
  readonly url?: string
}

/**
 * Tests already encoded as JSON objects (one string each), sent as one request.
 *
 * @since 0.1.0
 * @category models
 */
export interface EncodedBatch {
  readonly index: number
  readonly tests: ReadonlyArray<string>
  readonly create: boolean
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Stats {
  readonly requests: number
  readonly retries: number
}

/**
 * @since 0.1.0
 * @category services
 */
export class TestomatClient extends Context.Tag("@tr/testomat/TestomatClient")<TestomatClient, {
  readonly createRun: (params: RunParams) => Effect.Effect<Run, TestomatError>
  readonly joinRun: (uid: string, params: RunParams) => Effect.Effect<void, TestomatError>
  readonly sendBatch: (uid: string, batch: EncodedBatch) => Effect.Effect<void, TestomatError>
  readonly finishRun: (
    uid: string,
    finish: { readonly statusEvent: "finish" | "pass" | "fail"; readonly duration?: number }
  ) => Effect.Effect<void, TestomatError>
  readonly stats: Effect.Effect<Stats>
}>() {}

const toError =
  (operation: TestomatError["operation"]) => (error: Http.HttpError | Breaker.BreakerOpen): TestomatError => {
    if (error._tag === "BreakerOpen") return new TestomatError({ reason: "Stopped", operation, detail: error.message })
    const status = error.status
    const detail = error.message
    const base = { operation, detail, ...(status === undefined ? {} : { status }) }
    if (status === 401 || status === 403) return new TestomatError({ reason: "Unauthorized", ...base })
    if (status === 404) return new TestomatError({ reason: "NotFound", ...base })
    if (!Retry.isRetryable(error)) return new TestomatError({ reason: "Rejected", ...base })
    return new TestomatError({ reason: "Unavailable", ...base })
  }

/** JSON for a body holding the key, without ever building an object that holds it. */
const withKey = (apiKey: Redacted.Redacted<string>, fields: object): string => {
  const rest = JSON.stringify(fields)
  return `{"api_key":${JSON.stringify(Redacted.value(apiKey))}${rest === "{}" ? "" : `,${rest.slice(1, -1)}`}}`
}

/**
 * Sends one request; the live one goes over HTTP, the dry-run one only reports it.
 *
 * @since 0.1.0
 * @category models
 */
export type Transport = (request: Http.Request) => Effect.Effect<Http.Response, Http.HttpError>

/**
 * What the key is shown as, wherever a request is shown.
 *
 * @since 0.1.0
 * @category constants
 */
export const MASKED_KEY = "tstmt_***"

/** A batch's body, `head` with the tests added, a piece at a time (it is sent as bytes: `Utf8.encodePieces`). */
const batchPieces = function*(head: string, tests: ReadonlyArray<string>): Generator<string> {
  yield `${head.slice(0, -1)},"tests":[`
  for (let i = 0; i < tests.length; i++) yield i === 0 ? tests[i]! : `,${tests[i]}`
  yield "]}"
}

const make = (config: Config, transport: Transport) =>
  Effect.gen(function*() {
    const breaker = yield* Breaker.make
    const requests = yield* Ref.make(0)
    const retries = yield* Ref.make(0)
    const base = config.url.replace(/\/+$/, "")
    const onlyHttp = Schedule.recurWhile((e: Http.HttpError | Breaker.BreakerOpen) => e._tag === "HttpError")
    const retry = Schedule.intersect(
      onlyHttp,
      Schedule.mapInput(config.retry, (e: Http.HttpError | Breaker.BreakerOpen) => e as Http.HttpError)
    )

    const call = (
      operation: TestomatError["operation"],
      method: "POST" | "PUT",
      path: string,
      body: string | Uint8Array
    ) =>
      Effect.suspend(() => {
        let attempts = 0
        const attempt = Effect.suspend(() => {
          attempts++
          return Effect.zipRight(
            Ref.update(requests, (n) => n + 1),
            transport({
              method,
              url: `${base}${path}`,
              headers: { "content-type": "application/json", accept: "application/json" },
              body,
              timeout: config.timeout
            })
          )
        })
        return breaker.guard(attempt).pipe(
          Effect.retry(retry),
          Effect.ensuring(Effect.suspend(() => Ref.update(retries, (n) => n + Math.max(0, attempts - 1)))),
          Effect.tapError((error) =>
            error._tag === "HttpError" && Retry.isRetryable(error) ? breaker.exhausted(error.message) : Effect.void
          ),
          Effect.mapError(toError(operation))
        )
      })

    const runPath = (uid: string) => `/api/reporter/${encodeURIComponent(uid)}`

    return TestomatClient.of({
      createRun: (params) =>
        Effect.flatMap(call("create run", "POST", "/api/reporter", withKey(config.apiKey, params)), (response) => {
          let answer: { uid?: unknown; url?: unknown }
          try {
            answer = JSON.parse(response.body)
          } catch {
            answer = {}
          }
          return typeof answer.uid === "string"
            ? Effect.succeed({ uid: answer.uid, ...(typeof answer.url === "string" ? { url: answer.url } : {}) })
            : Effect.fail(
              new TestomatError({ reason: "Rejected", operation: "create run", detail: "the answer holds no run uid" })
            )
        }),
      joinRun: (uid, params) => Effect.asVoid(call("join run", "PUT", runPath(uid), withKey(config.apiKey, params))),
      sendBatch: (uid, batch) => {
        const head = withKey(config.apiKey, { batch_index: batch.index, ...(batch.create ? { create: true } : {}) })
        const body = Utf8.encodePieces(batchPieces(head, batch.tests))
        return Effect.asVoid(call("send tests", "POST", `${runPath(uid)}/testrun`, body))
      },
      finishRun: (uid, finish) =>
        Effect.asVoid(
          call(
            "finish run",
            "PUT",
            runPath(uid),
            withKey(config.apiKey, {
              status_event: finish.statusEvent,
              ...(finish.duration === undefined ? {} : { duration: finish.duration })
            })
          )
        ),
      stats: Effect.map(Effect.zip(Ref.get(requests), Ref.get(retries)), ([sent, again]) => ({
        requests: sent,
        retries: again
      }))
    })
  })

/**
 * The live client, with its own connection pool, rate limiter and circuit breaker.
 *
 * @example
 * import * as TestomatClient from "@tr/testomat/TestomatClient"
 * import { Redacted } from "effect"
 * TestomatClient.layer(TestomatClient.defaultConfig("https://app.testomat.io", Redacted.make(process.env.TESTOMATIO!)))
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (config: Config): Layer.Layer<TestomatClient> =>
  Layer.scoped(
    TestomatClient,
    Effect.gen(function*() {
      const agent = yield* Http.makeAgent()
      const limit = config.requestsPerSecond === undefined
        ? <A, E, R>(effect: Effect.Effect<A, E, R>) => effect
        : yield* RateLimiter.make({ limit: config.requestsPerSecond, interval: "1 second" })
      return yield* make(config, (request) => limit(Http.request(agent, request)))
    })
  )

/**
 * A client that sends nothing: every request it would send goes to `onRequest`, with the key masked, and gets a
 * successful answer (the run is called `dry-run`).
 *
 * @example
 * TestomatClient.layerDryRun(config, (request) => Console.log(request.method, request.url, request.body))
 *
 * @since 0.1.0
 * @category layers
 */
export const layerDryRun = (
  config: Config,
  onRequest: (request: Http.Request & { readonly body: string }) => Effect.Effect<void>
): Layer.Layer<TestomatClient> =>
  Layer.effect(
    TestomatClient,
    make(config, (request) => {
      const key = JSON.stringify(Redacted.value(config.apiKey))
      const text = typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body)
      const body = text.split(key).join(JSON.stringify(MASKED_KEY))
      return Effect.as(onRequest({ ...request, body }), {
        status: 200,
        headers: {},
        body: JSON.stringify({ uid: "dry-run", url: `${config.url.replace(/\/+$/, "")}/dry-run` })
      })
    })
  )
