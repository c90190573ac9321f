/**
 * Work a sink forks into the background (a batch being sent, a task being followed) whose defects must not vanish
 * with its fiber: a fiber forked into a scope that dies takes its defect with it, and the tests it carried would be
 * missing from the summary without a word.
 *
 * @since 0.1.0
 */
import type * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"

/**
 * @since 0.1.0
 * @category models
 */
export interface Background {
  /** Forks `effect` into the scope; `after` runs when it ends, however it ends. The first defect is kept. */
  readonly fork: <A, R>(
    effect: Effect.Effect<A, never, R>,
    after: Effect.Effect<void>
  ) => Effect.Effect<void, never, R | Scope.Scope>
  /** Fails with the first defect of the forked work, if there was one: run it once all of that work is answered. */
  readonly rethrow: Effect.Effect<void>
}

/**
 * @example
 * import * as Background from "@tr/core/Background"
 * const background = Background.make()
 * yield* Effect.scoped(Effect.gen(function*() {
 *   yield* inFlight.take(1)
 *   yield* background.fork(send(batch), inFlight.release(1))
 *   yield* inFlight.take(concurrency) // every batch answered
 * }))
 * yield* background.rethrow
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (): Background => {
  let broken: Cause.Cause<never> | undefined
  return {
    fork: (effect, after) =>
      Effect.asVoid(Effect.forkScoped(
        effect.pipe(
          Effect.catchAllCause((cause) => Effect.sync(() => (broken ??= cause))),
          Effect.ensuring(after)
        )
      )),
    rethrow: Effect.suspend(() => broken === undefined ? Effect.void : Effect.failCause(broken))
  }
}
