import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import * as JunitReader from "../src/JunitReader.js"
import { diagnostics, read, suites, tests } from "./read.js"

const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2)
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8
  }
  return out
}

const codes = (records: Parameters<typeof diagnostics>[0]) => diagnostics(records).map((d) => `${d.severity}:${d.code}`)

describe("hostile and broken JUnit input", () => {
  it.effect("an empty file", () =>
    Effect.gen(function*() {
      expect(codes(yield* read(""))).toEqual(["error:empty-file"])
    }))

  it.effect("a file that is not XML", () =>
    Effect.gen(function*() {
      expect(codes(yield* read("PASS all tests\nFAIL none\n"))).toEqual(["error:not-xml"])
    }))

  it.effect("XML with the wrong root", () =>
    Effect.gen(function*() {
      const records = yield* read(`<?xml version="1.0"?><assemblies><assembly/></assemblies>`)
      expect(codes(records)).toEqual(["error:unrecognized-format"])
      expect(diagnostics(records)[0]?.message).toContain("<assemblies>")
    }))

  it.effect("a file cut in the middle of an attribute keeps every test read before the cut", () =>
    Effect.gen(function*() {
      const records = yield* read(
        `<testsuite name="s"><testcase name="a"/><testcase name="b"/><testcase name="c" time="0.`,
        { size: 3 }
      )
      expect(tests(records).map((t) => t.title)).toEqual(["a", "b"])
      expect(codes(records)).toEqual(["error:truncated-file"])
    }))

  it.effect("unclosed elements", () =>
    Effect.gen(function*() {
      const xml =
        `<testsuites><testsuite name="s"><testcase name="a"><testcase name="b"/></testsuite><testsuite name="t"><testcase name="c"/></testsuite></testsuites>`
      const records = yield* read(xml)
      expect(tests(records).map((t) => t.title).sort()).toEqual(["a", "b", "c"])
      expect(codes(records)).toContain("error:xml-syntax")
    }))

  it.effect("UTF-16 with a byte-order mark, under the odd label UTF-16 LE, and big-endian", () =>
    Effect.gen(function*() {
      const doc =
        `<?xml version="1.0" encoding="UTF-16 LE"?><testsuite name="Größe"><testcase name="naïve ✓"/></testsuite>`
      for (const bigEndian of [false, true]) {
        const records = yield* read(utf16(doc, bigEndian), { size: 5 })
        expect(tests(records)[0]).toMatchObject({ title: "naïve ✓", suite: ["Größe"] })
        expect(diagnostics(records)).toEqual([])
      }
    }))

  it.effect("lone surrogates and characters XML forbids are kept as written, and said", () =>
    Effect.gen(function*() {
      // A raw lone surrogate cannot survive UTF-8 or UTF-16 decoding (it becomes U+FFFD), and a character reference
      // to one is refused by the parser and kept as written text: no lone surrogate ever reaches a record.
      const records = yield* read(
        `<testsuite><testcase name="bell\u0007 and \ud800 half"/><testcase name="ref &#xD83D;"/></testsuite>`
      )
      expect(tests(records).map((t) => t.title)).toEqual(["bell\u0007 and \ufffd half", "ref &#xD83D;"])
      expect(codes(records)).toEqual(["warning:forbidden-characters", "error:xml-syntax"])
      expect(diagnostics(records)[0]?.message).toContain("U+0007")
      expect(diagnostics(records)[1]?.message).toContain("Invalid character entity")
    }))

  it.effect("byte-order marks inside names are removed, and said", () =>
    Effect.gen(function*() {
      const records = yield* read(`<testsuite><testcase classname="\ufeffCalc" name="\ufeffadds"/></testsuite>`)
      expect(tests(records)[0]).toMatchObject({ title: "adds", className: "Calc" })
      expect(codes(records)).toEqual(["warning:bom-in-name"])
    }))

  it.effect("external entities are never resolved: not from disk, not from the network", () =>
    Effect.gen(function*() {
      const xml = `<?xml version="1.0"?>
<!DOCTYPE testsuite [<!ENTITY disk SYSTEM "file:///etc/passwd"><!ENTITY net SYSTEM "http://127.0.0.1:1/x"><!ENTITY % p SYSTEM "http://127.0.0.1:1/p"> %p;]>
<testsuite><testcase name="&disk;&net;"><failure message="&disk;"/></testcase></testsuite>`
      const records = yield* read(xml)
      const [t] = tests(records)
      expect(JSON.stringify(t)).not.toContain("root:")
      expect(t?.title).toBe("&disk;&net;")
      expect(codes(records)[0]).toBe("warning:entities-ignored")
    }))

  it.effect("an entity expansion bomb stays a few bytes", () =>
    Effect.gen(function*() {
      const lols = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("")
      const xml =
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lols}]><testsuite><testcase name="&lol9;"/></testsuite>`
      const records = yield* read(xml)
      expect(tests(records)[0]?.title).toBe("&lol9;")
      expect(JSON.stringify(records).length).toBeLessThan(5000)
    }))

  it.effect("suites nested 5,000 deep: paths keep 64 names, with one warning, and the tests are read", () =>
    Effect.gen(function*() {
      const depth = 5000
      const xml = `<testsuites>${`<testsuite name="s">`.repeat(depth)}<testcase name="a"/><testcase name="b"/>` +
        `${`</testsuite>`.repeat(depth)}</testsuites>`
      const records = yield* read(xml)
      expect(tests(records).map((t) => [t.title, t.suite.length])).toEqual([["a", 64], ["b", 64]])
      expect(Math.max(...suites(records).map((s) => s.path.length))).toBe(64)
      expect(suites(records).length).toBe(depth + 1)
      expect(diagnostics(records).map((d) => d.code)).toEqual(["deep-nesting"])
    }))

  it.effect("a class name like ../secret is kept as a name, never used as a path", () =>
    Effect.gen(function*() {
      const records = yield* read(
        `<testsuite><testcase classname="../../secret-file" name="t" file="../../../etc/passwd"/></testsuite>`
      )
      expect(tests(records)[0]).toMatchObject({ className: "../../secret-file", file: "../../../etc/passwd" })
    }))

  it.effect("one test case with a 100 MB CDATA section is read in bounded memory", () =>
    Effect.gen(function*() {
      const piece = new TextEncoder().encode("x".repeat(1024 * 1024))
      const pieces = [
        new TextEncoder().encode(`<testsuite><testcase name="huge"><system-out><![CDATA[`),
        ...Array.from({ length: 100 }, () => piece),
        new TextEncoder().encode(`]]></system-out></testcase><testcase name="next"/></testsuite>`)
      ]
      const records = Chunk.toArray(
        yield* Stream.fromIterable(pieces).pipe(
          JunitReader.stream({ source: "huge.xml", maxTextLength: 64 * 1024 }),
          Stream.runCollect
        )
      )
      const [huge, next] = tests(records)
      expect(huge?.stdout?.length).toBeLessThan(64 * 1024 + 100)
      expect(huge?.truncated).toEqual([{ field: "stdout", length: 100 * 1024 * 1024 }])
      expect(next?.title).toBe("next")
    }))

  it.effect("durations: a negative one is left out, one in nanoseconds is corrected, each said", () =>
    Effect.gen(function*() {
      const records = yield* read(
        `<testsuite><testcase name="a" time="-345345"/><testcase name="b" time="999638317"/><testcase name="c" time="1,234.5"/></testsuite>`
      )
      expect(tests(records).map((t) => t.duration)).toEqual([undefined, 0.999638317, 1234.5])
      expect(codes(records)).toEqual(["warning:invalid-duration", "warning:implausible-duration"])
      expect(diagnostics(records)[1]?.message).toContain("read as nanoseconds, 0.999638317 s")
    }))

  it.effect("leaves out a time out of range even as nanoseconds (1e30), of a test or a retry, with a warning", () =>
    Effect.gen(function*() {
      const records = yield* read(
        `<testsuite><testcase name="a" time="1e30"><flakyFailure time="1e300"/></testcase>` +
          `<testcase name="b" time="2.5"/></testsuite>`
      )
      expect(tests(records).map((t) => t.duration)).toEqual([undefined, 2.5])
      expect(tests(records)[0]?.attempts).toEqual([{ kind: "flakyFailure" }])
      expect(codes(records)).toEqual(["warning:invalid-duration", "warning:invalid-duration"])
      expect(diagnostics(records)[1]?.message).toBe(
        `test case "a": time="1e30" is out of range, even read as nanoseconds; left out`
      )
    }))

  it.effect("repeated problems are listed ten times, then counted", () =>
    Effect.gen(function*() {
      const cases = Array.from({ length: 25 }, (_, i) => `<testcase name="t${i}" time="-1"/>`).join("")
      const d = diagnostics(yield* read(`<testsuite>${cases}</testsuite>`))
      expect(d).toHaveLength(11)
      expect(d[10]?.message).toBe("15 more invalid-duration problems like the ones above are not listed")
    }))
})
