/**
 * How often each run identity has come so far in a push, in memory of a fixed bound: Octane keeps one run per test
 * identity and `run_name`, so a test repeated with nothing to tell its executions apart needs a `run_name` of its
 * own for its 2nd, 3rd … execution, or each overwrites the one before.
 *
 * Identities are held as 64-bit hashes in an open-addressing table (three `Uint32Array`s) that doubles as it fills,
 * up to `capacity` identities (12 bytes a slot, at most 3/4 full). Counts are exact for every identity held. Once the
 * table holds `capacity` identities, identities it has not seen are not added: their later executions cannot be told
 * apart (they are counted in `unchecked`), while those held keep counting. Two identities whose hashes agree (about one
 * chance in 60 million with 750,000 held) share a count: the later one's first execution is named as a repeat, which keeps
 * every run distinct all the same.
 */

/** Identities held, at most, by default: a table of 2^20 slots, 12 MiB. */
export const MAX_TRACKED = 750_000

const INITIAL_SLOTS = 1 << 12

export class Occurrences {
  private hi: Uint32Array
  private lo: Uint32Array
  private counts: Uint32Array
  private mask: number
  private held = 0
  /** Executions whose identity was new when the table was full: a repeat of them keeps its `run_name`. */
  unchecked = 0

  constructor(private readonly capacity: number = MAX_TRACKED) {
    this.hi = new Uint32Array(INITIAL_SLOTS)
    this.lo = new Uint32Array(INITIAL_SLOTS)
    this.counts = new Uint32Array(INITIAL_SLOTS)
    this.mask = INITIAL_SLOTS - 1
  }

  /** Which execution of `key` this is, from 1; `undefined` when the table is full and `key` is not in it. */
  next(key: string): number | undefined {
    // Two independent 32-bit hashes (FNV-1a and a multiplicative one with another seed), one pass over the key.
    let h1 = 0x811c9dc5
    let h2 = 0x9747b28c
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i)
      h1 = Math.imul(h1 ^ c, 0x01000193)
      h2 = Math.imul(h2 ^ c, 0x5bd1e995)
      h2 ^= h2 >>> 15
    }
    h1 >>>= 0
    // Zero in both halves marks an empty slot.
    h2 = (h2 >>> 0) || 1
    let slot = (h1 ^ Math.imul(h2, 0x27d4eb2d)) & this.mask
    for (;;) {
      if (this.counts[slot] === 0) break
      if (this.hi[slot] === h1 && this.lo[slot] === h2) {
        const n = this.counts[slot]! + 1
        this.counts[slot] = n
        return n
      }
      slot = (slot + 1) & this.mask
    }
    if (this.held >= this.capacity) {
      this.unchecked++
      return undefined
    }
    this.hi[slot] = h1
    this.lo[slot] = h2
    this.counts[slot] = 1
    this.held++
    if (this.held * 4 > (this.mask + 1) * 3) this.grow()
    return 1
  }

  private grow(): void {
    const { counts, hi, lo } = this
    const size = (this.mask + 1) * 2
    this.hi = new Uint32Array(size)
    this.lo = new Uint32Array(size)
    this.counts = new Uint32Array(size)
    this.mask = size - 1
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue
      let slot = (hi[i]! ^ Math.imul(lo[i]!, 0x27d4eb2d)) & this.mask
      while (this.counts[slot] !== 0) slot = (slot + 1) & this.mask
      this.hi[slot] = hi[i]!
      this.lo[slot] = lo[i]!
      this.counts[slot] = counts[i]!
    }
  }
}
