import { describe, expect, it } from "vitest"
import * as XmlEscape from "../src/XmlEscape.js"

/** The definition, one character at a time. */
const oneByOne = (value: string, inAttribute: boolean): string => {
  let out = ""
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    const high = c >= 0xd800 && c <= 0xdbff
    const low = c >= 0xdc00 && c <= 0xdfff
    const next = value.charCodeAt(i + 1)
    if (high && next >= 0xdc00 && next <= 0xdfff) {
      out += value.slice(i, i + 2)
      i++
    } else if (high || low || c === 0xfffe || c === 0xffff || (c < 0x20 && c !== 0x9 && c !== 0xa && c !== 0xd)) {
      out += "\ufffd"
    } else if (c === 0x26) out += "&amp;"
    else if (c === 0x3c) out += "&lt;"
    else if (c === 0x3e) out += "&gt;"
    else if (inAttribute && c === 0x22) out += "&quot;"
    else if (inAttribute && c === 0xa) out += "&#10;"
    else if (inAttribute && c === 0xd) out += "&#13;"
    else if (inAttribute && c === 0x9) out += "&#9;"
    else out += value[i]
  }
  return out
}

const ALPHABET = [
  "a",
  " ",
  "&",
  "<",
  ">",
  "\"",
  "'",
  "\n",
  "\r",
  "\t",
  "\u0000",
  "\u0001",
  "\u001f",
  "é",
  "\ud83d",
  "\ude00",
  "\ud83d\ude00",
  "\ufffe",
  "\uffff",
  "\ufeff",
  "]]>"
]

/** Deterministic strings over the characters that matter. */
const samples = function*(): Generator<string> {
  let seed = 7
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0)
  for (let n = 0; n < 2000; n++) {
    let s = ""
    for (let k = next() % 12; k > 0; k--) s += ALPHABET[next() % ALPHABET.length]
    yield s
  }
}

describe("XmlEscape", () => {
  it("escapes text and attributes as the character-by-character definition does", () => {
    for (const s of samples()) {
      expect(XmlEscape.text(s)).toBe(oneByOne(s, false))
      expect(XmlEscape.attribute(s)).toBe(oneByOne(s, true))
    }
  })

  it("returns plain text unchanged, and says what each special character becomes", () => {
    expect(XmlEscape.text("plain text, é and 😀")).toBe("plain text, é and 😀")
    expect(XmlEscape.text("a < b && c > d\n")).toBe("a &lt; b &amp;&amp; c &gt; d\n")
    expect(XmlEscape.attribute("say \"hi\"\n\tthere\r")).toBe("say &quot;hi&quot;&#10;&#9;there&#13;")
    expect(XmlEscape.text("bell\u0007 lone\ud800 end")).toBe("bell\ufffd lone\ufffd end")
  })

  it("writes only the attributes that have a value", () => {
    expect(XmlEscape.attributes([["a", "x&y"], ["b", undefined], ["c", 3], ["d", false]])).toBe(
      " a=\"x&amp;y\" c=\"3\" d=\"false\""
    )
  })
})
