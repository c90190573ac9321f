/**
 * A circuit breaker for a sink: once a request has used up its retries and the next request fails too, nothing more
 * is sent, so a dead server costs minutes, not hours.
 *
 * @since 0.1.0
 */
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Ref from "effect/Ref"

/**
 * The breaker is open: the request was not sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class BreakerOpen extends Data.TaggedError("BreakerOpen")<{ readonly since: string }> {
  override get message(): string {
    return `not sent: delivery stopped after repeated failures (${this.since})`
  }
}

type State = { readonly _tag: "Closed" } | { readonly _tag: "Suspect"; readonly why: string } | {
  readonly _tag: "Open"
  readonly why: string
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Breaker {
  /** Runs one attempt unless the breaker is open; its outcome moves the breaker. */
  readonly guard: <A, E, R>(attempt: Effect.Effect<A, E, R>) => Effect.Effect<A, E | BreakerOpen, R>
  /** Says that a request used up its retries. */
  readonly exhausted: (why: string) => Effect.Effect<void>
  readonly isOpen: Effect.Effect<boolean>
}

/**
 * @example
 * import * as Breaker from "@tr/core/Breaker"
 * const breaker = yield* Breaker.make
 * send(batch).pipe(breaker.guard, Effect.retry(schedule), Effect.tapError(() => breaker.exhausted("503")))
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<Breaker> = Effect.map(Ref.make<State>({ _tag: "Closed" }), (state) => ({
  guard: <A, E, R>(attempt: Effect.Effect<A, E, R>) =>
    Effect.flatMap(Ref.get(state), (s): Effect.Effect<A, E | BreakerOpen, R> =>
      s._tag === "Open"
        ? Effect.fail(new BreakerOpen({ since: s.why }))
        : attempt.pipe(
          Effect.tap(() => Ref.set(state, { _tag: "Closed" })),
          Effect.tapError(() =>
            Ref.update(state, (now): State => (now._tag === "Suspect" ? { _tag: "Open", why: now.why } : now))
          )
        )),
  exhausted: (why) => Ref.update(state, (now): State => (now._tag === "Closed" ? { _tag: "Suspect", why } : now)),
  isOpen: Effect.map(Ref.get(state), (s) => s._tag === "Open")
}))
