import { describe, expect, it } from "@effect/vitest"
import { BoundedText, capped } from "../src/BoundedText.js"

describe("BoundedText", () => {
  it("keeps text under the cap whole", () => {
    const text = new BoundedText(10)
    text.append("01234")
    text.append("56789")
    expect(text.truncated).toBe(false)
    expect(text.value()).toBe("0123456789")
  })

  it("keeps the start and the end of longer text and says how much was left out", () => {
    const text = new BoundedText(10)
    for (const piece of ["0123", "4567", "89ab", "cdef"]) text.append(piece)
    expect(text.truncated).toBe(true)
    expect(text.length).toBe(16)
    expect(text.value()).toBe("01234\n[… tr: 6 characters left out …]\nbcdef")
  })

  it("stays bounded however much is appended", () => {
    const text = new BoundedText(1000)
    const piece = "x".repeat(4096)
    for (let i = 0; i < 10_000; i++) text.append(piece)
    expect(text.length).toBe(40_960_000)
    const value = text.value()
    expect(value.length).toBeLessThan(1100)
    expect(value).toContain("40959000 characters left out")
  })

  it("capped cuts a long text once: a text this cap already cut is kept as it is", () => {
    const truncated: Array<{ field: string; length: number }> = []
    const once = capped("0123456789abcdef", 10, "stdout", truncated)!
    expect(once).toBe("01234\n[… tr: 6 characters left out …]\nbcdef")
    expect(capped(once, 10, "stdout", truncated)).toBe(once)
    expect(truncated).toEqual([{ field: "stdout", length: 16 }])
    // The marker alone does not spare a text far longer than the cap.
    const long = "x".repeat(200) + "\n[… tr: 6 characters left out …]\n"
    expect(capped(long, 10, "stdout", truncated)!.length).toBeLessThan(60)
  })
})
