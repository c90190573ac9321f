/**
 * Retry policies as data, and the schedules made from them: exponential backoff with jitter, capped in attempts and
 * in time, honouring `Retry-After`, and never retrying what a retry cannot fix.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Schedule from "effect/Schedule"
import type { HttpError } from "./Http.js"

/**
 * @since 0.1.0
 * @category models
 */
export interface RetryPolicy {
  /** Delay before the first retry; each next one doubles, with ±20% jitter. */
  readonly initialDelay: Duration.DurationInput
  /** Longest computed delay between two attempts (a longer `Retry-After` is still honoured). */
  readonly maxDelay: Duration.DurationInput
  /** Retries after the first attempt. */
  readonly maxRetries: number
  /** No retry starts after this much time since the first attempt, nor waits for a `Retry-After` longer than it. */
  readonly maxElapsed: Duration.DurationInput
}

/**
 * 0.5 s, 1 s, 2 s, … up to 30 s apart; at most 6 retries and 2 minutes per request.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultPolicy: RetryPolicy = {
  initialDelay: "500 millis",
  maxDelay: "30 seconds",
  maxRetries: 6,
  maxElapsed: "2 minutes"
}

/**
 * Network errors, timeouts, 408, 429 and 5xx may pass; other statuses (400, 401, 403, 404, 413, 422, …) will not.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isRetryable = (error: HttpError): boolean =>
  error.reason !== "Status" || error.status === 408 || error.status === 429 || (error.status ?? 0) >= 500

/**
 * The schedule of a policy, for `Effect.retry`. Its input is the error of the failed attempt.
 *
 * @example
 * import * as Retry from "@tr/core/Retry"
 * Http.request(agent, req).pipe(Effect.retry(Retry.schedule(Retry.defaultPolicy)))
 *
 * @since 0.1.0
 * @category constructors
 */
export const schedule = (
  policy: RetryPolicy,
  retryable: (error: HttpError) => boolean = isRetryable
): Schedule.Schedule<unknown, HttpError> => {
  const maxDelay = Duration.decode(policy.maxDelay)
  const maxElapsed = Duration.decode(policy.maxElapsed)
  const backoff = Schedule.exponential(policy.initialDelay, 2).pipe(
    Schedule.jittered,
    Schedule.modifyDelay((_, delay) => Duration.min(delay, maxDelay))
  )
  return Schedule.intersect(Schedule.identity<HttpError>(), backoff).pipe(
    Schedule.modifyDelay(([error], delay) =>
      error.retryAfter === undefined ? delay : Duration.max(delay, error.retryAfter)
    ),
    Schedule.intersect(Schedule.recurs(policy.maxRetries)),
    Schedule.upTo(maxElapsed),
    Schedule.whileInput((error: HttpError) =>
      retryable(error) && (error.retryAfter === undefined || Duration.lessThanOrEqualTo(error.retryAfter, maxElapsed))
    )
  )
}
