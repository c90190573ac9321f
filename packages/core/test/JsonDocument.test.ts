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
    super(
      { source: "items.json", maxTextLength: 8 },
      "items",
      "an items report",
      (p) => (p.length === 2 && p[0] === "items") || (p.length === 1 && p[0] === "count"),
      2,
      firstKeys
    )
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
    const wrong = JsonDocument.differences({ count: this.count }, { count: this.items })
    if (wrong.length > 0) this.diagnostic(out, "warning", "count-mismatch", wrong.join(", "))
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
})
