import { describe, expect, it } from "vitest"
import * as XsdValidator from "../src/XsdValidator.js"

const XSD = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="list">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="item" maxOccurs="unbounded">
          <xs:complexType>
            <xs:simpleContent>
              <xs:extension base="xs:string">
                <xs:attribute name="n" type="xs:int" use="required"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>`

const list = (...items: Array<string>) => `<?xml version="1.0"?>\n<list>\n${items.join("\n")}\n</list>\n`

describe("XsdValidator", () => {
  it("accepts a document that conforms", async () => {
    expect(await XsdValidator.validate(list(`<item n="1">a</item>`, `<item n="2"/>`), XSD)).toEqual({
      valid: true,
      problems: []
    })
  })

  it("names each problem of a document that does not conform, with its line", async () => {
    const result = await XsdValidator.validate(list(`<item n="1"/>`, `<item n="two"/>`, `<other/>`), XSD)
    expect(result.valid).toBe(false)
    expect(result.problems.map((p) => p.line)).toEqual([4, 5])
    expect(result.problems[0]!.message).toContain("'two'")
    expect(result.problems[1]!.message).toContain("other")
  })

  it("says a document that is not well-formed does not conform", async () => {
    const result = await XsdValidator.validate(`<list><item n="1"></list>`, XSD)
    expect(result.valid).toBe(false)
    expect(result.problems.length).toBeGreaterThan(0)
  })

  it("answers every one of many concurrent validations with its own result", async () => {
    const documents = Array.from({ length: 40 }, (_, i) => list(`<item n="${i % 3 === 0 ? "x" : i}"/>`))
    const results = await Promise.all(documents.map((xml) => XsdValidator.validate(xml, XSD)))
    expect(results.map((r) => r.valid)).toEqual(documents.map((_, i) => i % 3 !== 0))
  })

  it("grows its memory for a large document", async () => {
    const big = list(...Array.from({ length: 20_000 }, (_, i) => `<item n="${i}">${"stack line\n".repeat(20)}</item>`))
    expect(big.length).toBeGreaterThan(4_000_000)
    expect((await XsdValidator.validate(big, XSD)).valid).toBe(true)
  })

  it("lets the process exit when idle: the worker is no reason to stay", async () => {
    const { spawnSync } = await import("node:child_process")
    const script = `import("${new URL("../dist/XsdValidator.js", import.meta.url).href}")
      .then((v) => v.validate('<list><item n="1"/></list>', ${JSON.stringify(XSD)}))
      .then((r) => console.log(JSON.stringify(r)))`
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { timeout: 30_000 })
    expect(child.status).toBe(0)
    expect(JSON.parse(child.stdout.toString())).toEqual({ valid: true, problems: [] })
  })
})
