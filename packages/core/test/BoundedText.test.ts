import { describe, expect, it } from "@effect/vitest"
import { BoundedText } from "../src/BoundedText.js"

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
})
