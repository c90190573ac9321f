import { describe, expect, it } from "@effect/vitest"
import { BoundedText as BoundedTextClass } from "@tr/core/BoundedText"
import type { BoundedText } from "@tr/core/BoundedText"
import * as Records from "@tr/core/Records"
import { readWith } from "@tr/tooling/records"
import { Effect } from "effect"
import { vi } from "vitest"
import * as Attributes from "../src/Attributes.js"
import { FrameStack } from "../src/FrameStack.js"
import * as Parameters from "../src/Parameters.js"
import * as XmlReader from "../src/XmlReader.js"

/**
 * A toy format: `<checklist>` of `<item name time>output</item>`, an item's `<note>` going to its stderr; enough to
 * exercise every shared service.
 */
class ChecklistHandler implements XmlReader.Handler {
  readonly roots = ["checklist"]
  readonly describe = "a checklist"
  private item:
    | { name: string; time: number | undefined; line: number; output: BoundedText; note: BoundedText | undefined }
    | undefined
  private emitted = 0

  constructor(private readonly doc: XmlReader.Document) {}

  open(name: string, attrs: Attributes.Attrs): void {
    if (name === "checklist") return this.doc.announce(attrs["kind"])
    if (name === "note" && this.item !== undefined) return this.doc.capture(this.item.note ??= this.doc.text())
    if (name !== "item") return
    const title = this.doc.withoutBom(attrs["name"] ?? "")
    const line = this.doc.line()
    const output = this.doc.text()
    this.doc.capture(output)
    const time = this.doc.seconds(attrs["time"], `item "${title}"`, line)
    this.item = { name: title, time, line, output, note: undefined }
  }

  close(name: string): void {
    if (name !== "item" || this.item === undefined) return
    const { line, name: title, note, output, time } = this.item
    const truncated: Array<{ field: string; length: number }> = []
    const stdout = this.doc.keep(output, truncated, "stdout")
    const stderr = this.doc.keep(note)
    this.doc.emit({
      type: "test",
      id: this.doc.identity([title, line]),
      source: this.doc.source,
      title,
      suite: [],
      status: "passed",
      line,
      ...(time === undefined ? {} : { duration: time }),
      ...(stdout === undefined ? {} : { stdout }),
      ...(stderr === undefined ? {} : { stderr }),
      ...(truncated.length === 0 ? {} : { truncated })
    })
    this.emitted++
    this.item = undefined
  }

  unfinished() {
    return this.item === undefined ? [] : [`item "${this.item.name}" (line ${this.item.line})`]
  }

  tests() {
    return this.emitted
  }

  finish() {}
}

const read = (xml: string | Uint8Array, size?: number, options: Partial<XmlReader.Options> = {}) =>
  readWith(
    XmlReader.stream({ source: "list.xml", format: "checklist", ...options }, (doc) => new ChecklistHandler(doc)),
    xml,
    size
  )

const LIST = `<?xml version="1.0"?>
<checklist kind="daily">
  <item name="one" time="0.5">first</item>
  <item name="two"><![CDATA[<b>second</b>]]></item>
</checklist>
`

describe("XmlReader", () => {
  it.effect("hands each element to the handler and writes the source record first", () =>
    Effect.gen(function*() {
      const records = yield* read(LIST)
      expect(records[0]).toEqual({ type: "source", path: "list.xml", format: "checklist", dialect: "daily" })
      expect(Records.tests(records).map((t) => [t.title, t.duration, t.stdout, t.line])).toEqual([
        ["one", 0.5, "first", 3],
        ["two", undefined, "<b>second</b>", 4]
      ])
      expect(Records.diagnostics(records)).toEqual([])
    }))

  it.effect("gives the same records whatever the size of the pieces the bytes come in", () =>
    Effect.gen(function*() {
      const whole = yield* read(LIST)
      for (const size of [1, 2, 7, 64]) expect(yield* read(LIST, size)).toEqual(whole)
    }))

  it.effect("gives stable ids that differ by source", () =>
    Effect.gen(function*() {
      const first = Records.tests(yield* read(LIST)).map((t) => t.id)
      const again = Records.tests(yield* read(LIST)).map((t) => t.id)
      const elsewhere = Records.tests(yield* read(LIST, undefined, { source: "other.xml" })).map((t) => t.id)
      expect(again).toEqual(first)
      expect(new Set(first).size).toBe(2)
      expect(elsewhere.some((id) => first.includes(id))).toBe(false)
    }))

  it.effect("refuses a document of another format, naming its root and where it is", () =>
    Effect.gen(function*() {
      const records = yield* read(`<?xml version="1.0"?>\n<testsuites><testcase name="x"/></testsuites>`)
      expect(Records.tests(records)).toEqual([])
      const [problem] = Records.diagnostics(records)
      expect(problem).toMatchObject({ severity: "error", code: "unrecognized-format", source: "list.xml", line: 2 })
      expect(problem!.message).toContain("<testsuites>")
      expect(problem!.message).toContain("<checklist>")
    }))

  it.effect("says an empty file, and a file of whitespace and comments, is empty", () =>
    Effect.gen(function*() {
      expect(Records.diagnostics(yield* read(""))).toMatchObject([{ code: "empty-file", message: "the file is empty" }])
      expect(Records.diagnostics(yield* read(`<?xml version="1.0"?>\n<!-- nothing -->\n`))).toMatchObject([
        { code: "empty-file" }
      ])
    }))

  it.effect("says a file that is not XML is not XML", () =>
    Effect.gen(function*() {
      const [problem] = Records.diagnostics(yield* read(`{"tests": []}`))
      expect(problem).toMatchObject({ severity: "error", code: "not-xml", line: 1 })
    }))

  it.effect("keeps the tests read before a cut, and names what was unfinished and where the file ended", () =>
    Effect.gen(function*() {
      const cut = LIST.slice(0, LIST.indexOf("<![CDATA["))
      const records = yield* read(cut)
      expect(Records.tests(records).map((t) => t.title)).toEqual(["one"])
      const [problem] = Records.diagnostics(records)
      expect(problem).toMatchObject({ severity: "error", code: "truncated-file", line: 4 })
      expect(problem!.message).toContain("1 test read before the end are kept")
      expect(problem!.message).toContain(`item "two" (line 4)`)
    }))

  it.effect("reports malformed XML at its line and column and reads on after it", () =>
    Effect.gen(function*() {
      const records = yield* read(`<checklist>\n  <item name="a">x & y</item>\n  <item name="b"/>\n</checklist>`)
      expect(Records.tests(records).map((t) => t.title)).toEqual(["a", "b"])
      const [problem] = Records.diagnostics(records)
      expect(problem).toMatchObject({ severity: "error", code: "xml-syntax", line: 2 })
      expect(problem!.column).toBeGreaterThan(0)
    }))

  it.effect("lists the first syntax errors and summarises the rest in one line", () =>
    Effect.gen(function*() {
      const items = Array.from({ length: 30 }, (_, i) => `<item name="t${i}">a & b</item>`).join("\n")
      const records = yield* read(`<checklist>\n${items}\n</checklist>`, undefined, { maxSyntaxErrors: 3 })
      expect(Records.tests(records)).toHaveLength(30)
      const syntax = Records.diagnostics(records).filter((d) => d.code === "xml-syntax")
      expect(syntax).toHaveLength(4)
      expect(syntax[3]!.message).toContain("further errors are not listed")
    }))

  it.effect("ignores content after the root with a warning", () =>
    Effect.gen(function*() {
      const text = yield* read(`<checklist><item name="a"/></checklist>\nthe end`)
      expect(Records.tests(text).map((t) => t.title)).toEqual(["a"])
      expect(Records.diagnostics(text)).toMatchObject([{ severity: "warning", code: "trailing-content", line: 2 }])
      const other = yield* read(`<checklist><item name="a"/></checklist>\n<testsuite><item name="b"/></testsuite>`)
      expect(Records.tests(other).map((t) => t.title)).toEqual(["a"])
      expect(Records.diagnostics(other)).toMatchObject([{ severity: "warning", code: "trailing-content" }])
    }))

  it.effect("reads the tests of reports joined into one file, with one warning", () =>
    Effect.gen(function*() {
      const one = `<checklist><item name="a"/></checklist>\n`
      const records = yield* read(one + one.replace(`"a"`, `"b"`) + one.replace(`"a"`, `"c"`))
      expect(Records.tests(records).map((t) => t.title)).toEqual(["a", "b", "c"])
      expect(Records.diagnostics(records)).toMatchObject([{ severity: "warning", code: "multiple-roots", line: 2 }])
    }))

  it.effect("never expands declared entities, and says so", () =>
    Effect.gen(function*() {
      const xml = `<?xml version="1.0"?>
<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<checklist><item name="a">&lol2;</item></checklist>`
      const records = yield* read(xml)
      expect(Records.tests(records)).toHaveLength(1)
      expect(Records.tests(records)[0]!.stdout ?? "").not.toContain("lollol")
      expect(Records.diagnostics(records).map((d) => d.code)).toContain("entities-ignored")
    }))

  it.effect("decodes the encoding the declaration names, and UTF-16 by its byte-order mark", () =>
    Effect.gen(function*() {
      const latin1 = new Uint8Array([
        ...new TextEncoder().encode(`<?xml version="1.0" encoding="ISO-8859-1"?><checklist><item name="caf`),
        0xe9,
        ...new TextEncoder().encode(`"/></checklist>`)
      ])
      expect(Records.tests(yield* read(latin1, 5)).map((t) => t.title)).toEqual(["café"])
      const text = `<checklist><item name="日本"/></checklist>`
      const utf16 = new Uint8Array([
        0xff,
        0xfe,
        ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)
      ])
      expect(Records.tests(yield* read(utf16, 3)).map((t) => t.title)).toEqual(["日本"])
    }))

  it.effect("keeps characters XML forbids, with one warning per file", () =>
    Effect.gen(function*() {
      const records = yield* read(
        `<checklist><item name="a">\u0001bell\u0007</item><item name="b">\u0002</item></checklist>`
      )
      expect(Records.tests(records)[0]!.stdout).toBe("\u0001bell\u0007")
      const forbidden = Records.diagnostics(records).filter((d) => d.code === "forbidden-characters")
      expect(forbidden).toHaveLength(1)
      expect(forbidden[0]!.message).toContain("U+0001")
    }))

  it.effect("caps text, keeping its start and end, and records the cut", () =>
    Effect.gen(function*() {
      const long = "a".repeat(500) + "MIDDLE" + "z".repeat(500)
      const [test] = Records.tests(
        yield* read(`<checklist><item name="a">${long}</item></checklist>`, 100, {
          maxTextLength: 200
        })
      )
      expect(test!.stdout!.length).toBeLessThan(300)
      expect(test!.stdout!.startsWith("aaa")).toBe(true)
      expect(test!.stdout!.endsWith("zzz")).toBe(true)
      expect(test!.stdout).not.toContain("MIDDLE")
      expect(test!.truncated).toEqual([{ field: "stdout", length: long.length }])
    }))

  it.effect("sends an element's text to its capture until it closes, then back to the enclosing one", () =>
    Effect.gen(function*() {
      const records = yield* read(
        `<checklist>lost<item name="a">be<b>fore</b> <note>n<b>o</b>te<note>s</note></note>after</item>lost` +
          `<item name="b"><note/>own</item></checklist>`
      )
      expect(Records.tests(records).map((t) => [t.stdout, t.stderr])).toEqual([["before after", "notes"], [
        "own",
        undefined
      ]])
    }))

  it.effect("hands long text to the capture in pieces, never as one string as long as the element", () =>
    Effect.gen(function*() {
      // sax flushes its text and CDATA buffers only while it tracks positions: a 1 GB system-out would otherwise
      // become one string, past V8's limit. The cap then keeps what it keeps.
      const pieces: Array<number> = []
      const append = BoundedTextClass.prototype.append
      const spy = vi.spyOn(BoundedTextClass.prototype, "append").mockImplementation(function(this: BoundedText, text) {
        pieces.push(text.length)
        return append.call(this, text)
      })
      const text = "t".repeat(4 * 1024 * 1024)
      const cdata = "c".repeat(4 * 1024 * 1024)
      const [test] = Records.tests(
        yield* read(`<checklist><item name="a">${text}<![CDATA[${cdata}]]></item></checklist>`, 64 * 1024).pipe(
          Effect.ensuring(Effect.sync(() => spy.mockRestore()))
        )
      )
      expect(test!.truncated).toEqual([{ field: "stdout", length: text.length + cdata.length }])
      expect(pieces.reduce((a, b) => a + b, 0)).toBe(text.length + cdata.length)
      expect(Math.max(...pieces)).toBeLessThanOrEqual(256 * 1024)
    }))

  it.effect("caps a long attribute value as it is read, keeping its start and end, and reads on", () =>
    Effect.gen(function*() {
      const long = "a".repeat(300_000) + "MIDDLE" + "z".repeat(300_000)
      const records = yield* read(
        `<checklist>\n<item name="one"/>\n<item name="${long}"/>\n<item name="three"/></checklist>`,
        64 * 1024,
        { maxTextLength: 1000 }
      )
      const titles = Records.tests(records).map((t) => t.title)
      expect(titles[0]).toBe("one")
      expect(titles[1]!.length).toBeLessThan(1100)
      expect(titles[1]!.startsWith("aaa") && titles[1]!.endsWith("zzz")).toBe(true)
      expect(titles[1]).not.toContain("MIDDLE")
      expect(titles[2]).toBe("three")
      const [problem, ...others] = Records.diagnostics(records)
      expect(others).toEqual([])
      expect(problem).toMatchObject({ severity: "error", code: "token-too-long", line: 3 })
      expect(problem!.message).toContain(`the value of name="…" of <item> is ${long.length} characters long`)
    }))

  it.effect("keeps an attribute value longer than sax's buffer but under the cap whole, without a word", () =>
    Effect.gen(function*() {
      const long = "v".repeat(200_000)
      const records = yield* read(`<checklist><item name="${long}"/></checklist>`, 64 * 1024)
      expect(Records.tests(records).map((t) => t.title)).toEqual([long])
      expect(Records.diagnostics(records)).toEqual([])
    }))

  it.effect("reads on past a comment, processing instruction or DOCTYPE longer than the cap, with an error", () =>
    Effect.gen(function*() {
      const long = "x".repeat(300_000)
      for (
        const [token, what] of [
          [`<!--${long}-->`, "a comment"],
          [`<?pi ${long}?>`, "a processing instruction"],
          [`<!DOCTYPE checklist [<!ENTITY e "v">${long}]>`, "a DOCTYPE"]
        ]
      ) {
        const prolog = token!.startsWith("<!DOCTYPE")
        const xml = prolog
          ? `${token}\n<checklist><item name="one"/></checklist>`
          : `<checklist><item name="one"/>\n${token}<item name="two"/></checklist>`
        const records = yield* read(xml, 64 * 1024, { maxTextLength: 1000 })
        expect(Records.tests(records).map((t) => t.title)).toEqual(prolog ? ["one"] : ["one", "two"])
        const problems = Records.diagnostics(records).filter((d) => d.code === "token-too-long")
        expect(problems).toMatchObject([{ severity: "error", line: prolog ? 1 : 2 }])
        expect(problems[0]!.message).toContain(`${what} is`)
      }
    }))

  it.effect("stops at a name longer than any real one, keeping the tests before it", () =>
    Effect.gen(function*() {
      for (
        const hostile of [
          `<${"n".repeat(300_000)}/>`,
          `<item ${"n".repeat(300_000)}="x"/>`,
          `<?${"n".repeat(300_000)}?>`
        ]
      ) {
        const records = yield* read(
          `<checklist>\n<item name="one"/>\n<item name="two">out${hostile}</item><item name="three"/></checklist>`,
          64 * 1024
        )
        expect(Records.tests(records).map((t) => t.title)).toEqual(["one"])
        const problems = Records.diagnostics(records)
        expect(problems).toMatchObject([{ severity: "error", code: "token-too-long", line: 3 }])
        expect(problems[0]!.message).toContain(`longer than ${XmlReader.MAX_NAME_LENGTH} characters`)
        expect(problems[0]!.message).toContain(`1 test read before are kept, the unfinished item "two" (line 3) is not`)
      }
    }))

  it.effect("reads the first attributes of an element that has too many, with an error", () =>
    Effect.gen(function*() {
      const many = Array.from({ length: 3000 }, (_, i) => `a${i}="${i}"`).join(" ")
      const records = yield* read(`<checklist><item ${many} name="one"/><item name="two"/></checklist>`)
      expect(Records.tests(records).map((t) => t.title)).toEqual(["", "two"])
      expect(Records.diagnostics(records)).toMatchObject([{ severity: "error", code: "too-many-attributes" }])
      expect(Records.diagnostics(records)[0]!.message).toContain(`more than ${XmlReader.MAX_ATTRIBUTES} attributes`)
    }))

  it.effect("removes byte-order marks from names and counts them", () =>
    Effect.gen(function*() {
      const records = yield* read(`<checklist><item name="\ufeffa"/><item name="b\ufeff"/></checklist>`)
      expect(Records.tests(records).map((t) => t.title)).toEqual(["a", "b"])
      expect(Records.diagnostics(records)).toMatchObject([{
        code: "bom-in-name",
        message: expect.stringContaining("2 names")
      }])
    }))

  it.effect("reads implausible durations as nanoseconds, leaves out non-durations, and caps repeated warnings", () =>
    Effect.gen(function*() {
      const items = [
        `<item name="ns" time="2500000000"/>`,
        ...Array.from({ length: 12 }, (_, i) => `<item name="bad${i}" time="soon"/>`)
      ].join("")
      const records = yield* read(`<checklist>${items}</checklist>`)
      const tests = Records.tests(records)
      expect(tests[0]!.duration).toBe(2.5)
      expect(tests[1]!.duration).toBeUndefined()
      const codes = Records.diagnostics(records).map((d) => d.code)
      expect(codes.filter((c) => c === "implausible-duration")).toHaveLength(1)
      expect(codes.filter((c) => c === "invalid-duration")).toHaveLength(11)
      expect(Records.diagnostics(records).at(-1)!.message).toContain("2 more invalid-duration problems")
    }))
})

describe("Attributes", () => {
  it("reads seconds as runners write them", () => {
    expect(Attributes.seconds("1.5")).toBe(1.5)
    expect(Attributes.seconds(" 2 ")).toBe(2)
    expect(Attributes.seconds("1,234.5")).toBe(1234.5)
    expect(Attributes.seconds("-1")).toBeUndefined()
    expect(Attributes.seconds("")).toBeUndefined()
    expect(Attributes.seconds("NaN")).toBeUndefined()
    expect(Attributes.seconds(undefined)).toBeUndefined()
  })

  it("reads TRX clock durations, with days", () => {
    expect(Attributes.clockSeconds("00:00:01.5000000")).toBe(1.5)
    expect(Attributes.clockSeconds("01:02:03")).toBe(3723)
    expect(Attributes.clockSeconds("1.00:00:00")).toBe(86400)
    expect(Attributes.clockSeconds("1.5")).toBeUndefined()
  })

  it("reads counts and line numbers, and nothing else", () => {
    expect(Attributes.count("12")).toBe(12)
    expect(Attributes.count("1.2")).toBeUndefined()
    expect(Attributes.lineNumber(" 7 ")).toBe(7)
    expect(Attributes.lineNumber("x")).toBeUndefined()
  })

  it("takes a Testomat.io id out of a title, and from a property when the title has none", () => {
    expect(Attributes.splitTestomatId("logs in @T1a2b3c4d fast")).toEqual({ title: "logs in fast", testId: "1a2b3c4d" })
    expect(Attributes.splitTestomatId("logs in @T1a2b3c4d5")).toEqual({ title: "logs in @T1a2b3c4d5" })
    expect(Attributes.testomatId(undefined, [{ name: "ID", value: "@Tabcdef12" }])).toBe("abcdef12")
    expect(Attributes.testomatId("11111111", [{ name: "ID", value: "@Tabcdef12" }])).toBe("11111111")
  })

  it("keeps the attributes no field holds", () => {
    expect(Attributes.remaining({ name: "a", time: "1", owner: "qa" }, new Set(["name", "time"]))).toEqual({
      owner: "qa"
    })
    expect(Attributes.remaining({ name: "a" }, new Set(["name"]))).toBeUndefined()
  })
})

describe("Parameters", () => {
  it("reads pytest and JUnit 5 brackets", () => {
    expect(Parameters.fromBrackets("test_add[1-2-3]")).toEqual([{ value: "1-2-3" }])
    expect(Parameters.fromBrackets("[just brackets]")).toBeUndefined()
  })

  it("reads .NET data rows, respecting quotes and nesting", () => {
    expect(Parameters.fromParentheses(`Adds(1, "a,b", [2, 3])`)).toEqual([
      { value: "1" },
      { value: `"a,b"` },
      { value: "[2, 3]" }
    ])
    expect(Parameters.fromParentheses("Adds()")).toBeUndefined()
    expect(Parameters.fromParentheses("Adds")).toBeUndefined()
  })

  it("reads PHPUnit data sets", () => {
    expect(Parameters.fromDataSet("testAdd with data set #0")).toEqual([{ name: "data set", value: "#0" }])
    expect(Parameters.fromDataSet(`testAdd with data set "small" (1, 2)`)).toEqual([
      { name: "data set", value: "small" }
    ])
  })
})

describe("FrameStack", () => {
  type Frame =
    | { readonly kind: "suite" | "class"; readonly name: string }
    | { readonly kind: "test"; readonly name: string }
    | { readonly kind: "other" }

  it("finds the innermost frame of a kind, and every open one, as frames come and go", () => {
    const stack = new FrameStack<Frame>()
    stack.push({ kind: "suite", name: "outer" })
    stack.push({ kind: "test", name: "t1" })
    stack.push({ kind: "other" })
    stack.push({ kind: "suite", name: "inner" })
    expect(stack.nearest("suite")?.name).toBe("inner")
    expect(stack.nearest("test")?.name).toBe("t1")
    expect(stack.nearest("class")).toBeUndefined()
    expect(stack.peek()).toEqual({ kind: "suite", name: "inner" })
    expect(stack.peek(1)).toEqual({ kind: "other" })
    stack.pop()
    stack.pop()
    expect(stack.nearest("suite")?.name).toBe("outer")
    expect(stack.all("test").map((t) => t.name)).toEqual(["t1"])
    stack.pop()
    stack.pop()
    expect([stack.pop(), stack.peek(), stack.nearest("suite"), stack.all("suite")]).toEqual([
      undefined,
      undefined,
      undefined,
      []
    ])
  })
})
