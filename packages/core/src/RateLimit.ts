/**
 * A rate limiter that holds in every window: at most `limit` requests start within any `interval`, however the
 * windows are placed. (A token bucket or fixed windows let up to twice the limit through around a boundary, which a
 * service that counts per sliding second would refuse.)
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"

/**
 * @since 0.1.0
 * @category models
 */
export type RateLimiter = <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>

/**
 * @example
 * import * as RateLimit from "@tr/core/RateLimit"
 * const limit = yield* RateLimit.slidingWindow(20, "1 second")
 * yield* limit(Http.request(agent, req))
 *
 * @since 0.1.0
 * @category constructors
 */
export const slidingWindow = (limit: number, interval: Duration.DurationInput): Effect.Effect<RateLimiter> =>
  Effect.map(Effect.makeSemaphore(1), (turn) => {
    const window = Duration.toMillis(Duration.decode(interval))
    // Start times of the last `limit` requests, oldest first.
    const starts: Array<number> = []
    const admit = turn.withPermits(1)(
      Effect.gen(function*() {
        let now = yield* Clock.currentTimeMillis
        if (starts.length >= limit) {
          const wait = starts[0]! + window - now
          if (wait > 0) {
            yield* Effect.sleep(Duration.millis(wait))
            now = yield* Clock.currentTimeMillis
          }
          starts.shift()
        }
        starts.push(now)
      })
    )
    return <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.zipRight(admit, effect)
  })

/**
 * No limit.
 *
 * @since 0.1.0
 * @category constructors
 */
export const unlimited: RateLimiter = (effect) => effect
