/**
 * The Testomat.io reporter API as a service: create or join a run, send tests, finish. Every request has a timeout,
 * goes through the rate limiter and the retry schedule, and stops when the circuit breaker is open. The API key
 * travels in the JSON body, never in a URL, and is never printed.
 *
 * @since 0.1.0
 */
import type * as Http from "@tr/core/Http"
import * as RateLimit from "@tr/core/RateLimit"
import * as Retry from "@tr/core/Retry"
import type { SinkError } from "@tr/core/SinkError"
import * as Transport from "@tr/core/Transport"
import * as Utf8 from "@tr/core/Utf8"
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type * as Schedule from "effect/Schedule"
import type * as S3 from "./S3.js"

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
  /** Minutes a shared run stays open for more reporters. */
  readonly shared_run_timeout?: number
  readonly label?: string
  readonly jira_id?: string
  readonly description?: string
  /** `publish` gives the run a public report link. */
  readonly access_event?: "publish"
  /** Link from the run to the CI build that reported it. */
  readonly ci_build_url?: string
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Run {
  readonly uid: string
  readonly url?: string
  /**
   * The artifact storage the service answered with (its `artifacts` object: `BUCKET`, `ACCESS_KEY_ID`,
   * `SECRET_ACCESS_KEY`, and `REGION`, `ENDPOINT`, `SESSION_TOKEN` when present), when it did.
   */
  readonly storage?: S3.Storage
}

/**
 * The artifact storage of a create-run answer's `artifacts` object, when it names a bucket and its credentials.
 *
 * @since 0.3.0
 * @category utils
 */
export const storageOf = (artifacts: unknown): S3.Storage | undefined => {
  if (typeof artifacts !== "object" || artifacts === null) return undefined
  const a = artifacts as { readonly [key: string]: unknown }
  const text = (
    key: string
  ) => (typeof a[key] === "string" && (a[key] as string).trim() !== "" ? a[key] as string : undefined)
  const bucket = text("BUCKET")
  const accessKeyId = text("ACCESS_KEY_ID")
  const secret = text("SECRET_ACCESS_KEY")
  if (bucket === undefined || accessKeyId === undefined || secret === undefined) return undefined
  const endpoint = text("ENDPOINT")
  const token = text("SESSION_TOKEN")
  const pathStyle = a["FORCE_PATH_STYLE"]
  return {
    bucket,
    region: text("REGION") ?? "us-east-1",
    ...(endpoint === undefined ? {} : { endpoint: /^https?:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}` }),
    forcePathStyle: pathStyle === true || pathStyle === "true",
    credentials: {
      accessKeyId,
      secretAccessKey: Redacted.make(secret),
      ...(token === undefined ? {} : { sessionToken: Redacted.make(token) })
    }
  }
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
export type Stats = Transport.Stats

/**
 * @since 0.1.0
 * @category services
 */
export class TestomatClient extends Context.Tag("@tr/testomat/TestomatClient")<TestomatClient, {
  readonly createRun: (params: RunParams) => Effect.Effect<Run, SinkError>
  readonly joinRun: (uid: string, params: RunParams) => Effect.Effect<void, SinkError>
  readonly sendBatch: (uid: string, batch: EncodedBatch) => Effect.Effect<void, SinkError>
  readonly finishRun: (
    uid: string,
    finish: { readonly statusEvent: "finish" | "pass" | "fail"; readonly duration?: number }
  ) => Effect.Effect<void, SinkError>
  readonly stats: Effect.Effect<Stats>
}>() {}

/** JSON for a body holding the key, without ever building an object that holds it. */
const withKey = (apiKey: Redacted.Redacted<string>, fields: object): string => {
  const rest = JSON.stringify(fields)
  return `{"api_key":${JSON.stringify(Redacted.value(apiKey))}${rest === "{}" ? "" : `,${rest.slice(1, -1)}`}}`
}

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

/** How Testomat.io is named and what to do when it refuses. */
const service: Transport.Service = {
  name: "Testomat.io",
  credentials: "the API key",
  hints: { Unauthorized: "check TESTOMATIO or --api-key", NotFound: "check the run id and the URL" }
}

const make = (config: Config, wire?: Transport.Wire) =>
  Effect.gen(function*() {
    const transport = yield* Transport.make({
      service,
      url: config.url,
      secrets: [config.apiKey],
      timeout: config.timeout,
      retry: config.retry,
      limit: config.requestsPerSecond === undefined
        ? RateLimit.unlimited
        : yield* RateLimit.slidingWindow(config.requestsPerSecond, "1 second"),
      ...(wire === undefined ? {} : { wire })
    })
    const base = config.url.replace(/\/+$/, "")
    /** Every answer of the API is a JSON object: anything else (a redirect, an HTML page, nothing) confirms nothing. */
    const call = (operation: string, method: "POST" | "PUT", path: string, body: string | Uint8Array) =>
      transport.sendJson(operation, {
        method,
        url: `${base}${path}`,
        headers: { "content-type": "application/json", accept: "application/json" },
        body
      })

    const runPath = (uid: string) => `/api/reporter/${encodeURIComponent(uid)}`

    return TestomatClient.of({
      createRun: (params) =>
        Effect.flatMap(call("create run", "POST", "/api/reporter", withKey(config.apiKey, params)), ({ json }) =>
          typeof json.uid === "string"
            ? Effect.sync((): Run => {
              const storage = storageOf(json.artifacts)
              return {
                uid: json.uid as string,
                ...(typeof json.url === "string" ? { url: json.url } : {}),
                ...(storage === undefined ? {} : { storage })
              }
            })
            : Effect.fail(transport.refuse("create run", "the answer holds no run uid"))),
      joinRun: (uid, params) =>
        Effect.asVoid(call("join run", "PUT", runPath(uid), withKey(config.apiKey, params))),
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
      stats: transport.stats
    })
  })

/**
 * The live client, with its own connection pool, rate limiter and circuit breaker (`@tr/core/Transport`).
 *
 * @example
 * import * as TestomatClient from "@tr/testomat/TestomatClient"
 * import { Redacted } from "effect"
 * TestomatClient.layer(TestomatClient.defaultConfig("https://app.testomat.io", Redacted.make(process.env.TESTOMATIO!)))
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (config: Config): Layer.Layer<TestomatClient> => Layer.scoped(TestomatClient, make(config))

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
  Layer.scoped(
    TestomatClient,
    make(config, (request) => {
      const key = JSON.stringify(Redacted.value(config.apiKey))
      const text = typeof request.body === "string"
        ? request.body
        : request.body instanceof Uint8Array
        ? new TextDecoder().decode(request.body)
        : ""
      const body = text.split(key).join(JSON.stringify(MASKED_KEY))
      return Effect.as(onRequest({ ...request, body }), {
        status: 200,
        headers: {},
        body: JSON.stringify({ uid: "dry-run", url: `${config.url.replace(/\/+$/, "")}/dry-run` })
      })
    })
  )
