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

describe("Utf8.watch", () => {
  const watchIn = (bytes: Uint8Array, size: number) => {
    const watch = Utf8.watch()
    for (let i = 0; i < bytes.length; i += size) watch.push(bytes.subarray(i, i + size))
    watch.end()
    return watch.invalid()
  }

  it("finds nothing in UTF-8, however its characters are split between pieces", () => {
    const text = Buffer.from("tëst 😀 日本語\n".repeat(100))
    for (const size of [1, 2, 3, 5, 64]) expect(watchIn(text, size)).toBeUndefined()
  })

  it("finds the first byte that is not UTF-8, with its line and offset, wherever the pieces split", () => {
    const bytes = Buffer.concat([Buffer.from("a😀\nb\n"), Buffer.from([0xe2, 0x28, 0xa1]), Buffer.from("\n\xff")])
    for (const size of [1, 2, 3, 4, 100]) expect(watchIn(bytes, size)).toEqual({ line: 3, offset: 8 })
  })

  it("finds a character the input ends inside of", () => {
    expect(watchIn(Buffer.from([0x61, 0xf0, 0x9f]), 1)).toEqual({ line: 1, offset: 1 })
  })
})
