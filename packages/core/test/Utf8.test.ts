import { describe, expect, it } from "vitest"
import * as Utf8 from "../src/Utf8.js"

describe("Utf8.encodePieces", () => {
  it("is the joined text in UTF-8, whatever the pieces and however many", () => {
    const pieces = Array.from(
      { length: 5000 },
      (_, i) => `{"title":"tëst ${i} 😀","n":${i}}` + (i % 7 === 0 ? "x".repeat(20_000) : "")
    )
    const bytes = Utf8.encodePieces(pieces)
    expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(pieces.join(""))
    expect(bytes.length).toBe(Buffer.byteLength(pieces.join("")))
  })

  it("encodes nothing as no bytes, and a lone piece as itself", () => {
    expect(Utf8.encodePieces([])).toHaveLength(0)
    expect(new TextDecoder().decode(Utf8.encodePieces(["é"]))).toBe("é")
  })
})
