/**
 * Stable identities for test executions, so that a retried request or a re-run push is idempotent.
 *
 * @since 0.1.0
 */

/** Outside the range of UTF-16 code units, so that no character can stand in for it. */
const SEPARATOR = 0x10000

/** The hash state after some parts, to continue from. */
interface State {
  readonly h1: number
  readonly h2: number
}

const INITIAL: State = { h1: 0xdeadbeef, h2: 0x41c6ce57 }

const feed = (state: State, parts: ReadonlyArray<string | number>): State => {
  let h1 = state.h1
  let h2 = state.h2
  for (const part of parts) {
    const text = typeof part === "string" ? part : String(part)
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      h1 = Math.imul(h1 ^ c, 2654435761)
      h2 = Math.imul(h2 ^ c, 1597334677)
    }
    h1 = Math.imul(h1 ^ SEPARATOR, 2654435761)
    h2 = Math.imul(h2 ^ SEPARATOR, 1597334677)
  }
  return { h1, h2 }
}

const finish = ({ h1, h2 }: State): string => {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909)
  return (b >>> 0).toString(16).padStart(8, "0") + (a >>> 0).toString(16).padStart(8, "0")
}

/**
 * A 16-hex-digit identity derived from the given parts. Same parts, same id; nothing random, nothing from the clock.
 *
 * A 64-bit multiplicative hash (two 32-bit lanes, as in cyrb53): not cryptographic, which an identity need not be,
 * and a tenth of the cost of SHA-256 on the hot path of every conversion. Ten million tests collide with a
 * probability of about 3 in a million.
 *
 * @example
 * import * as Identity from "@tr/core/Identity"
 * Identity.derive(["results.xml", 0, "Login", "accepts a valid password"]) // the same 16 hex digits every time
 *
 * @since 0.1.0
 * @category constructors
 */
export const derive = (parts: ReadonlyArray<string | number>): string => finish(feed(INITIAL, parts))

/**
 * `derive` with the first parts fixed: `prefixed(a)(b)` equals `derive([...a, ...b])`, and the fixed parts are
 * hashed once (a reader fixes its source path).
 *
 * @since 0.1.0
 * @category constructors
 */
export const prefixed = (prefix: ReadonlyArray<string | number>) => {
  const state = feed(INITIAL, prefix)
  return (parts: ReadonlyArray<string | number>): string => finish(feed(state, parts))
}
