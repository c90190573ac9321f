import { describe, expect, it } from "@effect/vitest"
import { Occurrences } from "../src/internal/occurrences.js"

describe("Occurrences", () => {
  it("counts each identity's executions exactly, from 1", () => {
    const o = new Occurrences()
    expect(["a", "b", "a", "a", "b", "c"].map((k) => o.next(k))).toEqual([1, 1, 2, 3, 2, 1])
    expect(o.unchecked).toBe(0)
  })

  it("keeps every count while its table grows", () => {
    const o = new Occurrences()
    const n = 20_000 // the table starts with 4,096 slots: it doubles three times
    for (let i = 0; i < n; i++) expect(o.next(`test ${i}`)).toBe(1)
    for (let i = 0; i < n; i++) expect(o.next(`test ${i}`)).toBe(2)
    expect(o.next("test 7")).toBe(3)
    expect(o.unchecked).toBe(0)
  })

  it("once full, counts the identities it holds and tells how many new ones went unchecked", () => {
    const o = new Occurrences(3)
    expect(["a", "b", "c", "d", "e", "a", "d", "c"].map((k) => o.next(k))).toEqual([
      1,
      1,
      1,
      undefined,
      undefined,
      2,
      undefined,
      2
    ])
    expect(o.unchecked).toBe(3)
  })
})
