import { describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import * as Incremental from "@tr/core/Incremental"
import { countMismatch, JsonDocument } from "@tr/core/JsonDocument"
import { readWith } from "@tr/tooling/records"
import { Effect } from "effect"

/** A reader that makes a test of each top-level value of an object, and says when the document ended whole. */
const reader = Incremental.stream(() => {
  let n = 0
  return new JsonDocument("doc.json", { wanted: (path) => path.length === 1, maxValue: 1024, maxString: 100 }, {
    what: "a probe document",
    units: ["value", "values"],
    count: () => n,
    take: (found, out) => {
      for (const f of found) {
        n++
        out.push({
          type: "test",
          id: String(n),
          source: "doc.json",
          title: String(f.path[0]),
          suite: [],
          status: "passed"
        })
      }
    },
    complete: (out) => {
      out.push({ type: "diagnostic", severity: "warning", code: "complete", message: `${n} values` })
    }
  })
})

const read = (text: string | Uint8Array, size?: number) => readWith(reader, text, size)
const codes = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.map((r) => (r.type === "diagnostic" ? r.code : r.type === "test" ? r.title : r.type))

describe("JsonDocument", () => {
  it.effect("hands over the values found, in pieces of any size, and completes a whole document", () =>
    Effect.gen(function*() {
      const doc = "\ufeff{\"a\": 1, \"b\": [2, 3], \"c\": {\"d\": 4}}"
      expect(codes(yield* read(doc))).toEqual(["a", "b", "c", "complete"])
      expect(yield* read(doc, 1)).toEqual(yield* read(doc))
    }))

  it.effect("says what is damaged, where, and how many values were kept", () =>
    Effect.gen(function*() {
      const cut = yield* read("{\"a\": 1,\n \"b\": [2,")
      expect(codes(cut)).toEqual(["a", "truncated-file"])
      expect(cut[1]).toMatchObject({
        severity: "error",
        source: "doc.json",
        line: 2,
        message: "the file ends inside the report; 1 value read before the end are kept"
      })
      const bad = yield* read("{\"a\": 1,\n \"b\" 2}")
      expect(codes(bad)).toEqual(["a", "invalid-json"])
      expect(bad[1]).toMatchObject({ line: 2, column: 6, message: expect.stringContaining("1 value read before it") })
      expect(codes(yield* read("  \n"))).toEqual(["empty-file"])
      expect(yield* read("<xml/>")).toMatchObject([{
        code: "unrecognized-format",
        message: "not a probe document: this is XML, not JSON"
      }])
      expect(yield* read("[1]")).toMatchObject([{
        code: "unrecognized-format",
        message: expect.stringContaining("array")
      }])
      expect(yield* read("hello")).toMatchObject([{ code: "not-json", line: 1, column: 1 }])
    }))

  it.effect("input that is not UTF-8 is said once, the document still read", () =>
    Effect.gen(function*() {
      const bytes = new Uint8Array([
        ...new TextEncoder().encode("{\"a\": \""),
        0xff,
        ...new TextEncoder().encode("\"}")
      ])
      expect(codes(yield* read(bytes))).toEqual(["a", "invalid-utf8", "complete"])
    }))

  it("countMismatch: a warning naming each count that differs; nothing when they agree or none is declared", () => {
    expect(
      countMismatch("r.json", "the summary declares", { tests: 3, passed: 1, other: "x" }, { tests: 2, passed: 1 })
    )
      .toEqual({
        type: "diagnostic",
        severity: "warning",
        code: "count-mismatch",
        message: "the summary declares tests=3 but 2 found",
        source: "r.json"
      })
    expect(countMismatch("r.json", "the stats declare", { tests: 2 }, { tests: 2 })).toBeUndefined()
    expect(countMismatch("r.json", "the stats declare", undefined, { tests: 2 })).toBeUndefined()
  })
})
