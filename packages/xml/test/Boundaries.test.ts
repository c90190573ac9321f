import { describe, expect, it } from "@effect/vitest"
import * as Boundaries from "../src/Boundaries.js"

const OPTIONS: Boundaries.Options = {
  at: "testsuite",
  within: ["testsuites", "testsuite"],
  counted: "testcase",
  depth: 2,
  every: 1
}

/** The boundaries of `text` scanned in pieces of `size` bytes. */
const scan = (text: string, size: number, options = OPTIONS): Array<Boundaries.Boundary> => {
  const bytes = new TextEncoder().encode(text)
  const scanner = new Boundaries.Scanner(options)
  const found: Array<Boundaries.Boundary> = []
  for (let at = 0; at < bytes.length; at += size) found.push(...scanner.feed(bytes.subarray(at, at + size)))
  return found
}

/** Where sax would be at byte `offset` of `text`: its line (1-based) and the UTF-16 units since the line began. */
const placeOf = (text: string, offset: number) => {
  const before = new TextDecoder().decode(new TextEncoder().encode(text).subarray(0, offset))
  return { line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") - 1 }
}

const slice = (text: string, offset: number, length: number): string =>
  new TextDecoder().decode(new TextEncoder().encode(text).subarray(offset, offset + length))

const DOC = `<?xml version="1.0"?>
<!DOCTYPE testsuites [ <!ENTITY x "<testsuite>"> ]>
<testsuites name="all é😀">
  <!-- <testsuite name="in a comment"> -->
  <testsuite name="a" note="a > b, <testsuite>">
    <testcase name="1"/><testcase name="2"><system-out><![CDATA[<testsuite name="cdata">]]></system-out></testcase>
    <?pi <testsuite name="pi"?> ?>
    <testsuite name="a.1"><testcase name="3"/></testsuite>
    <testsuite name='a.2'><testsuite name="a.2.1"/></testsuite>
  </testsuite><testsuite name="b" >
    <testcase name="4"/>
  </testsuite>
</testsuites>
<testsuite name="after the root"/>
`

describe("Boundaries", () => {
  it("finds the suites of the first two levels, never in comments, CDATA, instructions, DOCTYPEs or values", () => {
    const found = scan(DOC, DOC.length)
    const names = found.map((b) => /name=["']([^"']*)/.exec(slice(DOC, b.offset, 40))![1])
    expect(names).toEqual(["a", "a.1", "a.2", "b"])
    expect(found.map((b) => b.open.map((t) => t.name))).toEqual([
      ["testsuites"],
      ["testsuites", "testsuite"],
      ["testsuites", "testsuite"],
      ["testsuites"]
    ])
    expect(found.map((b) => b.counted)).toEqual([0, 2, 3, 3])
  })

  it("says where each boundary and each open start tag is, as a parser counts it", () => {
    for (const b of scan(DOC, DOC.length)) {
      expect(slice(DOC, b.offset, 10)).toBe("<testsuite")
      expect({ line: b.line, column: b.column }).toEqual(placeOf(DOC, b.offset))
      for (const tag of b.open) {
        const text = slice(DOC, tag.offset, tag.length)
        expect(text).toMatch(new RegExp(`^<${tag.name}[^]*>$`))
        expect({ line: tag.line, column: tag.column }).toEqual(placeOf(DOC, tag.offset))
      }
    }
    const suite = scan(DOC, DOC.length)[1]!.open[1]!
    expect(slice(DOC, suite.offset, suite.length)).toBe(`<testsuite name="a" note="a > b, <testsuite>">`)
  })

  it("finds the same wherever the input is cut", () => {
    const whole = scan(DOC, DOC.length)
    for (const size of [1, 2, 3, 7, 64]) expect(scan(DOC, size)).toEqual(whole)
  })

  it("keeps boundaries `every` bytes apart, and none deeper than asked", () => {
    const apart = scan(DOC, DOC.length, { ...OPTIONS, every: 200 })
    for (let i = 1; i < apart.length; i++) expect(apart[i]!.offset - apart[i - 1]!.offset).toBeGreaterThanOrEqual(200)
    expect(apart.length).toBeLessThan(4)
    expect(scan(DOC, DOC.length, { ...OPTIONS, depth: 1 }).map((b) => b.open.length)).toEqual([1, 1])
  })

  it("finds none inside elements that are not suites, or in a document of another root", () => {
    expect(scan(`<testsuites><other><testsuite/><testsuite/></other></testsuites>`, 5)).toEqual([])
    expect(scan(`<results><testsuite/><testsuite/></results>`, 5)).toEqual([])
  })
})
