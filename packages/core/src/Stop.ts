/**
 * A graceful stop of a sink (the user pressed Ctrl-C): from the moment it is asked for, nothing new is sent, and work
 * under way gets a short grace to be answered before it is cut. Every test not confirmed then is handed back like any
 * other undelivered test, so that nothing is lost without a word.
 *
 * @since 0.1.0
 */
import * as Deferred from "effect/Deferred"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"

/**
 * How long work under way may still take after a stop is asked for, by default.
 *
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_GRACE: Duration.DurationInput = "5 seconds"

/**
 * @since 0.1.0
 * @category models
 */
export interface Stop {
  /** Whether a stop was asked for: nothing new may be sent. */
  readonly requested: () => boolean
  /** Runs `effect`; if it is still running `grace` after a stop was asked for, it is interrupted and gives `None`. */
  readonly withinGrace: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<Option.Option<A>, E, R>
}

/**
 * Watches `signal` (an effect that completes when the stop is asked for) for as long as the scope lives.
 *
 * @example
 * import * as Stop from "@tr/core/Stop"
 * const stop = yield* Stop.make(Deferred.await(interrupted), "5 seconds")
 * if (stop.requested()) return yield* keepForLater(batch)
 * const answer = yield* stop.withinGrace(send(batch)) // None: cut by the stop
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  signal: Effect.Effect<void>,
  grace: Duration.DurationInput = DEFAULT_GRACE
): Effect.Effect<Stop, never, Scope.Scope> =>
  Effect.gen(function*() {
    let requested = false
    const graceOver = yield* Deferred.make<void>()
    yield* Effect.forkScoped(
      signal.pipe(
        Effect.zipRight(Effect.sync(() => {
          requested = true
        })),
        Effect.zipRight(Effect.sleep(grace)),
        Effect.zipRight(Deferred.succeed(graceOver, undefined))
      )
    )
    return {
      requested: () => requested,
      withinGrace: (effect) =>
        Effect.raceFirst(Effect.asSome(effect), Effect.as(Deferred.await(graceOver), Option.none()))
    }
  })

/**
 * A stop that is never asked for.
 *
 * @since 0.1.0
 * @category constructors
 */
export const never: Stop = { requested: () => false, withinGrace: Effect.asSome }
