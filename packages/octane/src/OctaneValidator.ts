/**
 * Checks payloads against the XSD the Octane server serves, in process, before they are sent (Octane's documented
 * flow), with `@tr/xsd`: libxml2 compiled to WebAssembly, on one persistent worker.
 *
 * @since 0.1.0
 */
import * as XsdValidator from "@tr/xsd/XsdValidator"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"

/**
 * The payload does not conform: the validator's own words, one line each.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidPayload extends Data.TaggedError("InvalidPayload")<{ readonly errors: ReadonlyArray<string> }> {
  override get message(): string {
    return `the payload does not conform to the server's XSD: ${this.errors.slice(0, 5).join("; ")}${
      this.errors.length > 5 ? ` (and ${this.errors.length - 5} more)` : ""
    }`
  }
}

/**
 * @since 0.1.0
 * @category models
 */
export type Validator = (xml: string | Uint8Array) => Effect.Effect<void, InvalidPayload>

/**
 * A validator for one XSD.
 *
 * @example
 * import * as OctaneValidator from "@tr/octane/OctaneValidator"
 * const validate = OctaneValidator.make(xsd)
 * yield* validate(payloadXml) // fails with InvalidPayload
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (xsd: string): Validator => (xml) =>
  Effect.tryPromise({
    try: () => XsdValidator.validate(xml, xsd),
    catch: (cause) => new InvalidPayload({ errors: [`the validator failed: ${String(cause)}`] })
  }).pipe(
    Effect.flatMap((result) =>
      result.valid
        ? Effect.void
        : Effect.fail(
          new InvalidPayload({
            errors: result.problems.map((p) => (p.line === undefined ? p.message : `line ${p.line}: ${p.message}`))
          })
        )
    )
  )

/**
 * A validator that accepts everything (`--no-validate`).
 *
 * @since 0.1.0
 * @category constructors
 */
export const none: Validator = () => Effect.void
