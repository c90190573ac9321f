/**
 * Why a request of a sink did not succeed, in the terms a user can act on: one error for every service `tr` talks to.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * - `Unauthorized`: the credentials were refused (401, 403).
 * - `NotFound`: the address does not exist (404): a wrong URL, run, shared space or workspace.
 * - `Rejected`: the service refused the request as it is (another 4xx), or answered with something that confirms
 *   nothing; retrying would not help.
 * - `Unavailable`: the service kept failing (network, timeouts, 408, 429, 5xx) until the retries were used up.
 * - `Stopped`: not sent, because delivery stopped after repeated failures (the circuit breaker).
 *
 * @since 0.1.0
 * @category models
 */
export const Reason = Schema.Literal("Unauthorized", "NotFound", "Rejected", "Unavailable", "Stopped")

/**
 * @since 0.1.0
 * @category models
 */
export type Reason = typeof Reason.Type

/**
 * Handle it with `Effect.catchTag("SinkError", (e) => …)` and branch on `reason`.
 *
 * @example
 * import * as SinkError from "@tr/core/SinkError"
 * new SinkError.SinkError({ sink: "Testomat.io", operation: "send tests", reason: "Rejected", status: 422, detail: "bad" })
 *   .message // "Testomat.io rejected the request to send tests (422): bad"
 *
 * @since 0.1.0
 * @category errors
 */
export class SinkError extends Schema.TaggedError<SinkError>("@tr/core/SinkError")("SinkError", {
  /** The service, as its users name it: `Testomat.io`. */
  sink: Schema.String,
  /** What was being done, in words: `send tests`. */
  operation: Schema.String,
  reason: Reason,
  status: Schema.optional(Schema.Number),
  /** What the server or the network said, secrets masked. */
  detail: Schema.String,
  /** What a 401 or 403 refused, as the service's users name it (`the API key`); `the credentials` by default. */
  credentials: Schema.optional(Schema.String),
  /** What the user can do about it. */
  hint: Schema.optional(Schema.String)
}) {
  override get message(): string {
    const status = this.status === undefined ? "" : ` (${this.status})`
    const said = this.hint === undefined ? this.detail : `${this.detail}; ${this.hint}`
    switch (this.reason) {
      case "Unauthorized":
        return `${this.sink} refused ${
          this.credentials ?? "the credentials"
        }${status} when trying to ${this.operation}: ${said}`
      case "NotFound":
        return `${this.sink} does not know the address to ${this.operation}${status}: ${said}`
      case "Rejected":
        return `${this.sink} rejected the request to ${this.operation}${status}: ${said}`
      case "Unavailable":
        return `${this.sink} kept failing to ${this.operation} after retries${status}: ${said}`
      case "Stopped":
        return `not sent (${this.operation}): ${said}`
    }
  }
}
