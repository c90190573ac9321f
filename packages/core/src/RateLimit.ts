/**
 * A rate limiter that holds in every window as the server counts it: at most `limit` requests arrive within any
 * `interval`, however the windows are placed. A request arrives somewhere between the moment it starts and the moment
 * its answer comes back, so a request may start only when the one `limit` places before it has ended and `interval`
 * has passed since. (Spacing the starts alone lets a burst through when one request is slow to arrive, a fresh
 * connection for instance; a token bucket or fixed windows let up to twice the limit through around a boundary.)
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"

/**
 * @since 0.1.0
 * @category models
 */
export type RateLimiter = <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /**
   * How much later than its start a request can arrive at the server, at most. A request counts from its start until
   * its answer or this long after its start, whichever comes first. By default, until its answer.
   */
  readonly lateness?: Duration.DurationInput
}

interface Slot {
  readonly start: number
  readonly ended: Deferred.Deferred<number>
}

/**
 * @example
 * import * as RateLimit from "@tr/core/RateLimit"
 * const limit = yield* RateLimit.slidingWindow(20, "1 second")
 * yield* limit(Http.request(agent, req))
 *
 * @since 0.1.0
 * @category constructors
 */
export const slidingWindow = (
  limit: number,
  interval: Duration.DurationInput,
  options: Options = {}
): Effect.Effect<RateLimiter> =>
  Effect.map(Effect.makeSemaphore(1), (turn) => {
    const window = Duration.toMillis(Duration.decode(interval))
    const lateness = options.lateness === undefined ? Infinity : Duration.toMillis(Duration.decode(options.lateness))
    // The last `limit` requests, oldest first.
    const recent: Array<Slot> = []
    /** When the server has seen `slot`'s request, at the latest. */
    const seenBy = (slot: Slot): Effect.Effect<number> =>
      lateness === Infinity
        ? Deferred.await(slot.ended)
        : Effect.flatMap(Clock.currentTimeMillis, (now) =>
          Deferred.await(slot.ended).pipe(
            Effect.timeoutTo({
              duration: Duration.millis(Math.max(0, slot.start + lateness - now)),
              onSuccess: (ended) => Math.min(ended, slot.start + lateness),
              onTimeout: () => slot.start + lateness
            })
          ))
    const admit = turn.withPermits(1)(
      Effect.gen(function*() {
        if (recent.length >= limit) {
          const seen = yield* seenBy(recent[0]!)
          const wait = seen + window - (yield* Clock.currentTimeMillis)
          if (wait > 0) yield* Effect.sleep(Duration.millis(wait))
        }
        // Taking the turn's slot and giving up the oldest happen together: an interrupted wait changes nothing.
        const slot: Slot = { start: yield* Clock.currentTimeMillis, ended: yield* Deferred.make<number>() }
        if (recent.length >= limit) recent.shift()
        recent.push(slot)
        return slot
      })
    )
    const end = (slot: Slot) => Effect.flatMap(Clock.currentTimeMillis, (t) => Deferred.succeed(slot.ended, t))
    return <A, E, R>(effect: Effect.Effect<A, E, R>) =>
      Effect.uninterruptibleMask((restore) =>
        Effect.flatMap(restore(admit), (slot) => Effect.ensuring(restore(effect), end(slot)))
      )
  })

/**
 * No limit.
 *
 * @since 0.1.0
 * @category constructors
 */
export const unlimited: RateLimiter = (effect) => effect
