import { describe, expect, it } from "@effect/vitest"
import * as XmlDecoder from "../src/XmlDecoder.js"

const decodeInPieces = (bytes: Uint8Array, size: number) => {
  const decoder = XmlDecoder.make()
  let text = ""
  for (let i = 0; i < bytes.length; i += size) text += decoder.decode(bytes.subarray(i, i + size))
  return { text: text + decoder.end(), decoder }
}

const utf16 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0))
  if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const at = (bom ? 2 : 0) + i * 2
    out[at] = bigEndian ? c >> 8 : c & 0xff
    out[at + 1] = bigEndian ? c & 0xff : c >> 8
  }
  return out
}

const DOC = `<?xml version="1.0"?><testsuite name="größe 日本 🚀"/>`

describe("XmlDecoder", () => {
  it("joins UTF-8 characters split across chunks, whatever the chunk size", () => {
    const bytes = new TextEncoder().encode(DOC)
    for (const size of [1, 2, 3, 5, 7, 64]) expect(decodeInPieces(bytes, size).text).toBe(DOC)
  })

  it("drops a UTF-8 byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(DOC)])
    expect(decodeInPieces(bytes, 1).text).toBe(DOC)
  })

  it("reads UTF-16 with a byte-order mark, little and big endian", () => {
    const le = `<?xml version="1.0" encoding="UTF-16 LE"?><testsuite name="ü"/>`
    expect(decodeInPieces(utf16(le, false, true), 3).text).toBe(le)
    expect(decodeInPieces(utf16(le, true, true), 1).text).toBe(le)
  })

  it("recognises UTF-16 without a byte-order mark from its first characters", () => {
    const doc = `<?xml version="1.0" encoding="UTF-16"?><a/>`
    expect(decodeInPieces(utf16(doc, false, false), 5).text).toBe(doc)
  })

  it("uses the encoding the declaration names", () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode(`<?xml version="1.0" encoding="ISO-8859-1"?><a n="`),
      0xfc,
      ...new TextEncoder().encode(`"/>`)
    ])
    expect(decodeInPieces(latin1, 4).text).toContain(`n="ü"`)
  })

  it("falls back to UTF-8 for an unknown label, and says so", () => {
    const { text, decoder } = decodeInPieces(
      new TextEncoder().encode(`<?xml version="1.0" encoding="klingon"?><a/>`),
      8
    )
    expect(text).toContain("<a/>")
    expect(decoder.problem()).toMatch(/unknown encoding "klingon"/)
  })

  it("normalises the odd spellings of labels found in real files", () => {
    expect(XmlDecoder.normalizeLabel("UTF-16 LE")).toBe("utf-16le")
    expect(XmlDecoder.normalizeLabel(" utf_8 ")).toBe("utf-8")
  })

  it("decodes a document shorter than the sniffing window once it ends", () => {
    expect(decodeInPieces(new TextEncoder().encode("<a/>"), 1).text).toBe("<a/>")
  })
})
