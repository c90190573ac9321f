/**
 * Stable identities for test executions, so that a retried request or a re-run push is idempotent.
 *
 * @since 0.1.0
 */

/** Ends each part, with the part's length added. */
const SEPARATOR = 0x10000

/** The hash state after some parts, to continue from. */
interface State {
  readonly h1: number
  readonly h2: number
}

const INITIAL: State = { h1: 0xdeadbeef, h2: 0x41c6ce57 }

const feed = (state: State, parts: ReadonlyArray<string | number>, from = 0): State => {
  let h1 = state.h1
  let h2 = state.h2
  for (let p = from; p < parts.length; p++) {
    const part = parts[p]!
    const text = typeof part === "string" ? part : String(part)
    // Two UTF-16 code units a step, as one 32-bit word: half the multiplications of one a step.
    const even = text.length & ~1
    for (let i = 0; i < even; i += 2) {
      const w = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)
      h1 = Math.imul(h1 ^ w, 2654435761)
      h2 = Math.imul(h2 ^ w, 1597334677)
    }
    if (even < text.length) {
      const c = text.charCodeAt(even)
      h1 = Math.imul(h1 ^ c, 2654435761)
      h2 = Math.imul(h2 ^ c, 1597334677)
    }
    // The length ends the part: "a\u0000" and "a" end in the same word but differ in length.
    h1 = Math.imul(h1 ^ (SEPARATOR + text.length), 2654435761)
    h2 = Math.imul(h2 ^ (SEPARATOR + text.length), 1597334677)
  }
  return { h1, h2 }
}

/** The lowercase hex digit of the 4 bits of `n` at `shift`, as a character code. */
const hex = (n: number, shift: number): number => {
  const d = (n >>> shift) & 15
  return d < 10 ? 48 + d : 87 + d
}

const finish = ({ h1, h2 }: State): string => {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909)
  // One flat string from sixteen codes: a sixth of the cost of toString(16) and padStart, on every test.
  return String.fromCharCode(
    hex(b, 28),
    hex(b, 24),
    hex(b, 20),
    hex(b, 16),
    hex(b, 12),
    hex(b, 8),
    hex(b, 4),
    hex(b, 0),
    hex(a, 28),
    hex(a, 24),
    hex(a, 20),
    hex(a, 16),
    hex(a, 12),
    hex(a, 8),
    hex(a, 4),
    hex(a, 0)
  )
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
 * `derive` with the first parts fixed: `prefixed(a)(b)` equals `derive([...a, ...b])`. The fixed parts are hashed
 * once (a reader fixes its source path), and so is a first part of `b` that repeats from one call to the next (put the
 * class first: consecutive tests share it).
 *
 * @since 0.1.0
 * @category constructors
 */
export const prefixed = (prefix: ReadonlyArray<string | number>) => {
  const state = feed(INITIAL, prefix)
  let head: string | number | undefined
  let headState = state
  return (parts: ReadonlyArray<string | number>): string => {
    if (parts.length === 0) return finish(state)
    if (parts[0] !== head) {
      head = parts[0]
      headState = feed(state, parts.slice(0, 1))
    }
    return finish(feed(headState, parts, 1))
  }
}
