/**
 * Why a Testomat.io request did not succeed, in the terms a user can act on.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * - `Unauthorized`: the API key was refused (401, 403).
 * - `NotFound`: the run does not exist (404).
 * - `Rejected`: the service refused the request as it is (another 4xx); retrying would not help.
 * - `Unavailable`: the service kept failing (network, timeouts, 408, 429, 5xx) until the retries were used up.
 * - `Stopped`: not sent, because delivery stopped after repeated failures (the circuit breaker).
 *
 * @since 0.1.0
 * @category errors
 */
export class TestomatError extends Schema.TaggedError<TestomatError>("@tr/testomat/TestomatError")("TestomatError", {
  reason: Schema.Literal("Unauthorized", "NotFound", "Rejected", "Unavailable", "Stopped"),
  operation: Schema.Literal("create run", "join run", "send tests", "finish run"),
  status: Schema.optional(Schema.Number),
  detail: Schema.String
}) {
  override get message(): string {
    const status = this.status === undefined ? "" : ` (${this.status})`
    switch (this.reason) {
      case "Unauthorized":
        return `Testomat.io refused the API key${status} when trying to ${this.operation}: check TESTOMATIO or --api-key`
      case "NotFound":
        return `Testomat.io does not know this run${status} (${this.operation}): ${this.detail}`
      case "Rejected":
        return `Testomat.io rejected the request to ${this.operation}${status}: ${this.detail}`
      case "Unavailable":
        return `Testomat.io kept failing to ${this.operation} after retries${status}: ${this.detail}`
      case "Stopped":
        return `not sent (${this.operation}): ${this.detail}`
    }
  }
}
