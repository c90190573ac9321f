/**
 * Cuts runs into payloads of at most `size`, never two runs of one test identity in one payload. A later execution
 * of a test already in the payload waits for the next payload, so every execution is delivered, in order. Waiting
 * runs never exceed `size`: when they would, payloads leave early.
 */
export class Chunker<A> {
  private waiting: Array<A> = []
  /** Executions that had to wait for a later payload. */
  deferred = 0

  constructor(private readonly size: number, private readonly key: (item: A) => string) {}

  /** The payloads a group of incoming runs completes (a group is at most `size` runs). */
  add(group: ReadonlyArray<A>): Array<Array<A>> {
    const out: Array<Array<A>> = [this.take([...this.waiting, ...group], this.waiting.length)]
    while (this.waiting.length >= this.size) out.push(this.take(this.waiting, Infinity))
    return out.filter((p) => p.length > 0)
  }

  /** The payloads left at the end. */
  end(): Array<Array<A>> {
    const out: Array<Array<A>> = []
    while (this.waiting.length > 0) out.push(this.take(this.waiting, Infinity))
    return out
  }

  /** Fills one payload from `items`; the rest waits. Items from `newFrom` on arrive now, and count when deferred. */
  private take(items: ReadonlyArray<A>, newFrom: number): Array<A> {
    const payload: Array<A> = []
    const keys = new Set<string>()
    const rest: Array<A> = []
    items.forEach((item, i) => {
      const k = this.key(item)
      const duplicate = keys.has(k)
      if (!duplicate && payload.length < this.size) {
        payload.push(item)
        keys.add(k)
        return
      }
      if (duplicate && i >= newFrom) this.deferred++
      rest.push(item)
    })
    this.waiting = rest
    return payload
  }
}
