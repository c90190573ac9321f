import { describe, expect, it } from "@effect/vitest"
import * as Records from "@tr/core/Records"
import { generateJunit } from "@tr/tooling/generate"
import { Chunk, Effect, Stream } from "effect"
import { readFileSync } from "node:fs"
import * as JunitReader from "../src/JunitReader.js"
import * as JunitWriter from "../src/JunitWriter.js"
import { diagnostics, fixture, read, readFile, suites, tests } from "./read.js"

describe("JunitReader", () => {
  describe("structure", () => {
    it.effect("reads nested suites to any depth, with each test's suite path, outermost first", () =>
      Effect.gen(function*() {
        const records = yield* readFile(fixture("nested.xml"))
        const t = tests(records)
        expect(t.map((x) => [x.title, x.suite])).toEqual([
          ["at the outer level", ["outer"]],
          ["deep & <escaped> ✓ 🚀", ["outer", "middle", "inner"]],
          ["fails and errs", ["outer", "middle", "inner"]],
          ["skipped one", ["outer", "middle"]],
          ["failed login", ["outer"]]
        ])
        expect(diagnostics(records)).toEqual([])
      }))

    it.effect("emits each suite when it closes, the root with an empty path", () =>
      Effect.gen(function*() {
        const s = suites(yield* readFile(fixture("nested.xml")))
        expect(s.map((x) => x.path)).toEqual([["outer", "middle", "inner"], ["outer", "middle"], ["outer"], []])
        const outer = s[2]!
        expect(outer).toMatchObject({
          name: "outer",
          startedAt: "2026-03-01T12:00:00",
          hostname: "ci-7",
          declared: { tests: 5, failures: 1, errors: 1, skipped: 1 },
          properties: [{ name: "browser", value: "firefox" }]
        })
        expect(s[3]).toMatchObject({ name: "all", duration: 4.2 })
      }))

    it.effect("reads a root <testsuite> as well as <testsuites>", () =>
      Effect.gen(function*() {
        const records = yield* read(`<testsuite name="only"><testcase name="a"/></testsuite>`)
        expect(tests(records)[0]).toMatchObject({ title: "a", suite: ["only"], status: "passed" })
      }))

    it.effect("finds test cases at any depth, even directly under <testsuites>", () =>
      Effect.gen(function*() {
        const records = yield* read(
          `<testsuites><testcase name="loose"/><testsuite name="s"><testcase name="in"/></testsuite></testsuites>`
        )
        expect(tests(records).map((t) => [t.title, t.suite])).toEqual([["loose", []], ["in", ["s"]]])
      }))
  })

  describe("test fields", () => {
    it.effect("keeps classname, file, line, time, timestamp and unknown attributes as written", () =>
      Effect.gen(function*() {
        const t = tests(yield* readFile(fixture("nested.xml")))
        expect(t[0]).toMatchObject({
          className: "pkg.Outer",
          file: "src/outer.test.ts",
          line: 3,
          duration: 0.5,
          attributes: { assertions: "4" }
        })
        expect(t[4]).toMatchObject({ line: 44, duration: 2.45, startedAt: "2026-03-01T12:00:01" })
      }))

    it.effect("keeps case-level properties, system-out and system-err (CDATA included)", () =>
      Effect.gen(function*() {
        const deep = tests(yield* readFile(fixture("nested.xml")))[1]!
        expect(deep.properties).toEqual([{ name: "owner", value: "team-a" }, { name: "ID", value: "@Tabcd1234" }])
        expect(deep.stdout).toBe("line one\nline two")
        expect(deep.stderr).toBe("<not markup> & raw")
      }))

    it.effect("takes a Testomat.io id out of the title, or from an ID property", () =>
      Effect.gen(function*() {
        const t = tests(yield* readFile(fixture("nested.xml")))
        expect(t[4]).toMatchObject({ title: "failed login", testId: "1a2b3c4d" })
        expect(t[1]?.testId).toBe("abcd1234")
        expect(t[0]?.testId).toBeUndefined()
      }))

    it.effect("gives every execution a stable id that differs between executions", () =>
      Effect.gen(function*() {
        const xml = `<testsuite name="s"><testcase name="same"/><testcase name="same"/></testsuite>`
        const first = tests(yield* read(xml)).map((t) => t.id)
        const again = tests(yield* read(xml, { size: 3 })).map((t) => t.id)
        expect(first).toEqual(again)
        expect(new Set(first).size).toBe(2)
      }))
  })

  describe("outcomes", () => {
    it.effect("keeps every failure and error of one test case, with message, type and text", () =>
      Effect.gen(function*() {
        const t = tests(yield* readFile(fixture("nested.xml")))
        expect(t[2]).toMatchObject({
          status: "failed",
          failures: [
            { kind: "failure", message: "first", type: "AssertionError", stack: "stack one" },
            { kind: "error", message: "second", type: "TypeError", stack: "stack two" }
          ]
        })
        expect(t[4]?.failures).toEqual([{ kind: "failure", message: `expected "a"` }])
      }))

    it.effect("keeps the reason of a skip", () =>
      Effect.gen(function*() {
        const t = tests(yield* readFile(fixture("nested.xml")))
        expect(t[3]).toMatchObject({ status: "skipped", skip: { message: "not on Linux", text: "reason text" } })
      }))

    it.effect("reads Surefire retries: passed after flaky attempts is passed and flaky; failed reruns stay failed", () =>
      Effect.gen(function*() {
        const t = tests(yield* readFile(fixture("surefire-flaky.xml")))
        expect(t[0]).toMatchObject({
          title: "addsItem",
          status: "passed",
          flaky: true,
          attempts: [
            {
              kind: "flakyFailure",
              message: "expected 1 but was 0",
              type: "org.opentest4j.AssertionFailedError",
              stdout: "first try"
            },
            {
              kind: "flakyError",
              message: "connection reset",
              duration: 0.2,
              stack: "java.net.SocketException: connection reset"
            }
          ]
        })
        expect(t[0]?.attempts?.[0]?.stack).toContain("at com.acme.CartTest.addsItem(CartTest.java:12)")
        expect(t[1]).toMatchObject({ title: "removesItem", status: "failed" })
        expect(t[1]?.flaky).toBeUndefined()
        expect(t[1]?.attempts?.map((a) => a.kind)).toEqual(["rerunFailure", "rerunFailure"])
        expect(t[1]?.attempts?.[0]).toMatchObject({
          stderr: "rerun stderr",
          stack: "java.lang.AssertionError: still there"
        })
        expect(t[2]).toMatchObject({ title: "total", status: "passed" })
      }))

    it.effect("gives an attempt the text around its children, and each child its own", () =>
      Effect.gen(function*() {
        const t = tests(
          yield* read(
            `<testsuite><testcase name="t"><flakyFailure message="m">head <system-out>out</system-out>tail` +
              `<system-err>err</system-err> end</flakyFailure>between<system-out>own</system-out></testcase></testsuite>`
          )
        )
        expect(t[0]?.attempts).toEqual([
          { kind: "flakyFailure", message: "m", stack: "head tail end", stdout: "out", stderr: "err" }
        ])
        expect(t[0]?.stdout).toBe("own")
      }))

    it.effect("keeps suite-level output and properties on the suite", () =>
      Effect.gen(function*() {
        const s = suites(yield* readFile(fixture("surefire-flaky.xml")))
        expect(s[0]).toMatchObject({
          stdout: "suite output <raw>",
          properties: [{ name: "java.version", value: "21.0.2" }, { name: "os.name", value: "Linux" }]
        })
      }))
  })

  describe("declared counts", () => {
    it.effect("agree silently when they match", () =>
      Effect.gen(function*() {
        expect(diagnostics(yield* readFile(fixture("surefire-flaky.xml")))).toEqual([])
      }))

    it.effect("give a diagnostic naming the suite, its line and each difference when they do not", () =>
      Effect.gen(function*() {
        const xml =
          `<testsuites>\n<testsuite name="s" tests="3" failures="0" skipped="1">\n<testcase name="a"><failure/></testcase>\n</testsuite>\n</testsuites>`
        const d = diagnostics(yield* read(xml))
        expect(d).toHaveLength(1)
        expect(d[0]).toMatchObject({ severity: "warning", code: "count-mismatch", line: 2, source: "report.xml" })
        expect(d[0]?.message).toBe(
          `suite "s" declares tests=3 but 1 found, failures=0 but 1 found, skipped=1 but 0 found`
        )
      }))
  })

  describe("bytes", () => {
    it.effect("gives the same records whatever the chunk size (UTF-8 split across chunks)", () =>
      Effect.gen(function*() {
        const whole = yield* readFile(fixture("nested.xml"))
        for (const size of [1, 2, 3, 7, 100]) expect(yield* readFile(fixture("nested.xml"), { size })).toEqual(whole)
      }))

    it.effect("skips a byte-order mark", () =>
      Effect.gen(function*() {
        const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...readFileSync(fixture("nested.xml"))])
        expect(tests(yield* read(bytes, { size: 2 })).length).toBe(5)
      }))

    it.effect("never resolves entities declared in a DOCTYPE", () =>
      Effect.gen(function*() {
        const xml =
          `<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<testsuite><testcase name="&x;"/></testsuite>`
        const records = yield* read(xml)
        expect(tests(records)[0]?.title).not.toContain("root:")
        expect(diagnostics(records).map((d) => [d.code, d.line])).toEqual([["entities-ignored", 2], ["xml-syntax", 3]])
      }))
  })

  describe("large text", () => {
    it.effect("caps a 50 MB system-out while streaming and records the cut on the test", () =>
      Effect.gen(function*() {
        const line = "0123456789".repeat(10) + "\n"
        const piece = new TextEncoder().encode(line.repeat(10_000)) // ~1 MB
        const head = new TextEncoder().encode(`<testsuite name="big"><testcase name="noisy"><system-out>START`)
        const tail = new TextEncoder().encode(`END</system-out></testcase><testcase name="after"/></testsuite>`)
        const pieces = [head, ...Array.from({ length: 50 }, () => piece), tail]
        const records = Chunk.toArray(
          yield* Stream.fromIterable(pieces).pipe(
            JunitReader.stream({ source: "big.xml", maxTextLength: 4096 }),
            Stream.runCollect
          )
        )
        const [noisy, after] = tests(records)
        expect(noisy?.stdout?.startsWith("START0123")).toBe(true)
        expect(noisy?.stdout?.endsWith("789\nEND")).toBe(true)
        expect(noisy?.stdout?.length).toBeLessThan(4200)
        expect(noisy?.truncated).toEqual([{ field: "stdout", length: 5 + 50 * line.length * 10_000 + 3 }])
        expect(after?.title).toBe("after")
      }))
  })

  describe("damaged input", () => {
    it.effect("names line and column of malformed XML, keeps the tests before it, and reads on", () =>
      Effect.gen(function*() {
        const xml = [
          `<testsuite name="s">`,
          `  <testcase name="before"/>`,
          `  <testcase name="broken" time="1"></testcasex>`,
          `  <testcase name="after"/>`,
          `</testsuite>`
        ].join("\n")
        const records = yield* read(xml, { size: 5 })
        expect(tests(records).map((t) => t.title)).toContain("before")
        const [d] = diagnostics(records).filter((x) => x.code === "xml-syntax")
        expect(d).toMatchObject({ severity: "error", source: "report.xml", line: 3, column: 47 })
        expect(d?.message).toMatch(/^malformed XML: Unexpected close tag/)
      }))

    it.effect("keeps every test read before a cut, and names the unfinished one", () =>
      Effect.gen(function*() {
        const xml =
          `<testsuites>\n<testsuite name="s">\n<testcase name="one"/>\n<testcase name="two"/>\n<testcase name="cut"><system-out>partial`
        const records = yield* read(xml, { size: 4 })
        expect(tests(records).map((t) => t.title)).toEqual(["one", "two"])
        const [d] = diagnostics(records)
        expect(d).toMatchObject({ severity: "error", code: "truncated-file", line: 5 })
        expect(d?.message).toContain(
          `2 tests read before the end are kept, the unfinished test case "cut" (line 5) is not`
        )
      }))

    it.effect("says an empty file is empty", () =>
      Effect.gen(function*() {
        expect(diagnostics(yield* read(""))).toEqual([
          {
            type: "diagnostic",
            severity: "error",
            code: "empty-file",
            message: "the file is empty",
            source: "report.xml"
          }
        ])
        expect(diagnostics(yield* read("  \n <!-- nothing -->\n"))[0]?.code).toBe("empty-file")
      }))

    it.effect("says a file that is not XML is not XML, with where it stopped making sense", () =>
      Effect.gen(function*() {
        const [d, ...rest] = yield* read("this is not xml at all")
        expect(rest).toEqual([])
        expect(d).toMatchObject({ code: "not-xml", severity: "error", line: 1, column: 1 })
      }))

    it.effect("says XML of another kind is not a JUnit report, naming its root", () =>
      Effect.gen(function*() {
        const records = yield* read(`<?xml version="1.0"?>\n<suites><suite><case name="x"/></suite></suites>`)
        expect(records).toHaveLength(1)
        expect(records[0]).toMatchObject({ code: "unrecognized-format", line: 2 })
        expect((records[0] as { message: string }).message).toContain("the root element is <suites>")
      }))

    it.effect("reports a time that is not a duration, and leaves it out", () =>
      Effect.gen(function*() {
        const records = yield* read(
          `<testsuite><testcase name="a" time="-3"/><testcase name="b" time="fast"/></testsuite>`
        )
        expect(tests(records).map((t) => t.duration)).toEqual([undefined, undefined])
        expect(diagnostics(records).map((d) => [d.code, d.severity])).toEqual([
          ["invalid-duration", "warning"],
          ["invalid-duration", "warning"]
        ])
      }))

    it.effect("reads disabled test cases as skipped and disabled", () =>
      Effect.gen(function*() {
        const xml =
          `<testsuite tests="2" disabled="1"><testcase name="a" status="disabled"/><testcase name="b" status="notrun" result="suppressed"/></testsuite>`
        const records = yield* read(xml)
        expect(tests(records).map((t) => [t.status, t.disabled])).toEqual([["skipped", true], ["skipped", true]])
        expect(diagnostics(records)[0]?.message).toContain("disabled=1 but 2 found")
      }))
  })
})

describe("JunitReader on generated reports", () => {
  it.effect("counts exactly what the generator wrote, in 64 KiB pieces", () =>
    Effect.gen(function*() {
      const totals = { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0, bytes: 0 }
      const encoder = new TextEncoder()
      const records = { tests: 0, passed: 0, failed: 0, skipped: 0, diagnostics: 0 }
      yield* Stream.fromIterable(generateJunit({ targetBytes: 20_000_000, seed: 3 }, totals)).pipe(
        Stream.map((text) => encoder.encode(text)),
        JunitReader.stream({ source: "generated.xml" }),
        Stream.runForEachChunk((chunk) =>
          Effect.sync(() => {
            for (const r of chunk) {
              if (r.type === "test") {
                records.tests++
                records[r.status]++
              } else if (r.type === "diagnostic") records.diagnostics++
            }
          })
        )
      )
      expect(records).toEqual({
        tests: totals.tests,
        passed: totals.passed,
        failed: totals.failures + totals.errors,
        skipped: totals.skipped,
        diagnostics: 0
      })
    }))
})

describe("JunitWriter", () => {
  it.effect("writes a normalised JUnit document that reads back to the same tests, suites nested as they were", () =>
    Effect.gen(function*() {
      for (const name of ["nested.xml", "surefire-flaky.xml"]) {
        const original = Records.tests(yield* readFile(fixture(name)))
        const xml = Chunk.join(yield* Stream.fromIterable(original).pipe(JunitWriter.encode, Stream.runCollect), "")
        const again = yield* read(xml, { size: 13 })
        const back = Records.tests(again)
        const essentials = (
          t: (typeof original)[number]
        ) => [
          t.title,
          t.status,
          t.suite,
          t.className,
          t.file,
          t.line,
          t.duration,
          t.testId,
          t.failures,
          t.skip,
          t.attempts,
          t.stdout,
          t.stderr,
          t.flaky,
          t.disabled
        ]
        expect(back.map(essentials)).toEqual(original.map(essentials))
        expect(diagnostics(again)).toEqual([])
      }
    }))

  it("writes a Gherkin scenario as cucumber does: the feature as classname, the steps in system-out", () => {
    const xml = JunitWriter.testcase({
      type: "test",
      id: "1",
      source: "c.json",
      title: "Add a book",
      suite: ["Cart"],
      status: "passed",
      stdout: "added",
      steps: [
        { title: "Before (hooks.js:2)", category: "hook", status: "passed" },
        { title: "Given a cart", category: "user", status: "passed" },
        { title: "Then it holds 1", category: "user", status: "skipped" }
      ],
      gherkin: { feature: "Cart" }
    })
    expect(xml).toBe(
      `<testcase name="Add a book" classname="Cart"><system-out>Given a cart${".".repeat(64)}passed\n` +
        `Then it holds 1${".".repeat(61)}skipped\n\nadded</system-out></testcase>`
    )
  })
})
