/**
 * Stable identities for test executions, so that a retried request or a re-run push is idempotent.
 *
 * @since 0.1.0
 */
import { createHash } from "node:crypto"

/**
 * A 16-hex-digit identity derived from the given parts. Same parts, same id; nothing random, nothing from the clock.
 *
 * @example
 * import * as Identity from "@tr/core/Identity"
 * Identity.derive(["results.xml", 0, "Login", "accepts a valid password"]) // "5d0f…" (always the same)
 *
 * @since 0.1.0
 * @category constructors
 */
export const derive = (parts: ReadonlyArray<string | number>): string => {
  const hash = createHash("sha256")
  for (const part of parts) {
    hash.update(String(part))
    hash.update("\u0000")
  }
  return hash.digest("hex").slice(0, 16)
}
