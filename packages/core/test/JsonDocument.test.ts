import { describe, expect, it } from "@effect/vitest"
import { readWith } from "@tr/tooling/records"
import { Effect } from "effect"
import type * as Canonical from "../src/Canonical.js"
import * as Incremental from "../src/Incremental.js"
import * as JsonDocument from "../src/JsonDocument.js"
import type { Found } from "../src/JsonScanner.js"

/** A report `{"items": ["a", "b"], "count": 2}`: each item a test, the count checked. */
class Items extends JsonDocument.DocumentReader {
  private count: unknown
  private items = 0
  constructor(firstKeys?: ReadonlyArray<string>) {
    super({ source: "items.json", maxTextLength: 8 }, {
      format: "items",
      what: "an items report",
      wanted: (p) => (p.length === 2 && p[0] === "items") || (p.length === 1 && p[0] === "count"),
      wantedDepth: 2,
      ...(firstKeys === undefined ? {} : { firstKeys })
    })
  }
  protected take(f: Found, out: JsonDocument.Out): void {
    if (f.path[0] === "count") this.count = f.value
    else {
      this.items++
      const truncated: Array<Canonical.Truncation> = []
      const title = this.text(String(f.value), "title", truncated) ?? ""
      this.test(out, { title, suite: [], status: "passed", truncated }, [title])
    }
  }
  protected finish(out: JsonDocument.Out): void {
    this.countMismatch(out, "the report declares", { count: this.count }, { count: this.items })
  }
}

/** A report `{"tests": [{"id": "a"}, …], "counts": {…}}` whose tests are told apart by their `id` alone. */
class Keyed extends JsonDocument.DocumentReader {
  private counts: { readonly [key: string]: unknown } | undefined
  private tests = 0
  constructor() {
    super({ source: "keyed.json" }, {
      format: "keyed",
      what: "a keyed report",
      wanted: (p) => (p.length === 2 && p[0] === "tests") || (p.length === 1 && p[0] === "counts"),
      identity: "key"
    })
  }
  protected take(f: Found, out: JsonDocument.Out): void {
    if (f.path[0] === "counts") this.counts = f.value as { readonly [key: string]: unknown }
    else {
      this.tests++
      const id = String((f.value as { id?: unknown }).id)
      this.test(out, { title: id, suite: [], status: "passed" }, [id])
    }
  }
  protected finish(out: JsonDocument.Out): void {
    this.countMismatch(out, "the counts declare", this.counts, { tests: this.tests, other: 0 }, "found")
  }
}

const read = (text: string, size = 1, firstKeys?: ReadonlyArray<string>) =>
  readWith(Incremental.stream(() => new Items(firstKeys)), text, size)
const codes = (records: ReadonlyArray<Canonical.StreamRecord>) =>
  records.map((r) => (r.type === "test" ? r.title : r.type === "diagnostic" ? `${r.code}@${r.line}` : r.type))

describe("JsonDocument.DocumentReader", () => {
  it.effect("hands each wanted value over as it completes, whatever the pieces, and checks what was declared", () =>
    Effect.gen(function*() {
      for (const size of [1, 3, 100]) {
        expect(codes(yield* read(`{"items": ["a", "b"], "count": 3}`, size))).toEqual([
          "source",
          "a",
          "b",
          "count-mismatch@undefined"
        ])
      }
      expect((yield* read(`{"items": ["a"], "count": 3}`)).at(-1)).toMatchObject({
        severity: "warning",
        message: "the report declares count=3 but 1 read"
      })
      const [, , long] = yield* read(`{"items": ["a", "0123456789abcdef"]}`)
      expect(long).toMatchObject({ truncated: [{ field: "title", length: 16 }] })
    }))

  it.effect("passes over text before the line that opens the report, and text after its end", () =>
    Effect.gen(function*() {
      const before = "log {\n{ not: 'it' }\n{\n  x: 1\n}\n{\"level\": 1}\n"
      for (const size of [1, 2, 7, 1000]) {
        expect(codes(yield* read(`${before}{\n "items": ["a"]\n}\ntail`, size, ["items"]))).toEqual([
          "text-before-report@1",
          "source",
          "a",
          "text-after-report@10"
        ])
      }
      // Without first keys, the first line that starts with `{` opens it.
      expect(codes(yield* read("log\n{\"items\": [\"a\"]}", 4))).toEqual(["text-before-report@1", "source", "a"])
      expect(codes(yield* read("log\nmore log\n", 4, ["items"]))).toEqual(["not-json@1"])
    }))

  it.effect("says where damage is and what was kept: malformed, cut, empty, XML, an array", () =>
    Effect.gen(function*() {
      expect(codes(yield* read(`{"items": ["a",\n x]}`))).toEqual(["source", "a", "invalid-json@2"])
      expect(codes(yield* read(`{"items": ["a", "b"`))).toEqual(["source", "a", "b", "truncated-file@1"])
      expect(codes(yield* read(" \n"))).toEqual(["empty-file@undefined"])
      expect(codes(yield* read("<x/>"))).toEqual(["unrecognized-format@1"])
      expect(codes(yield* read("[1]"))).toEqual(["unrecognized-format@1"])
    }))

  it.effect("input that is not UTF-8 is said once, the document still read", () =>
    Effect.gen(function*() {
      const bytes = new Uint8Array([
        ...new TextEncoder().encode("{\"items\": [\""),
        0xff,
        ...new TextEncoder().encode("\"]}")
      ])
      expect(codes(yield* readWith(Incremental.stream(() => new Items()), bytes, 1))).toEqual([
        "source",
        "\ufffd",
        "invalid-utf8@1"
      ])
    }))

  it.effect("a keyed shape: ids from the key alone, the same wherever a test stands; counts checked as found", () =>
    Effect.gen(function*() {
      const keyed = (text: string) => readWith(Incremental.stream(() => new Keyed()), text, 5)
      const ids = (records: ReadonlyArray<Canonical.StreamRecord>) =>
        Object.fromEntries(records.flatMap((r) => (r.type === "test" ? [[r.title, r.id]] : [])))
      const one = ids(yield* keyed(`{"tests": [{"id": "a"}, {"id": "b"}]}`))
      const other = ids(yield* keyed(`{"tests": [{"id": "b"}, {"id": "a"}]}`))
      expect(one).toEqual(other)
      expect(one["a"]).not.toBe(one["b"])
      const records = yield* keyed(`{"tests": [{"id": "a"}], "counts": {"tests": 2, "other": 0, "more": "x"}}`)
      expect(records.at(-1)).toMatchObject({
        type: "diagnostic",
        severity: "warning",
        code: "count-mismatch",
        source: "keyed.json",
        message: "the counts declare tests=2 but 1 found"
      })
      expect(codes(yield* keyed(`{"tests": [{"id": "a"}], "counts": {"tests": 1}}`))).toEqual(["source", "a"])
    }))

  it.effect("tests told apart by their position: the same title twice has two ids", () =>
    Effect.gen(function*() {
      const [, a, b] = yield* read(`{"items": ["a", "a"]}`)
      expect(a).toMatchObject({ title: "a" })
      expect(b).toMatchObject({ title: "a" })
      expect((a as Canonical.TestCase).id).not.toBe((b as Canonical.TestCase).id)
    }))
})
