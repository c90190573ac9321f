import { describe, expect, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import { readFileSync } from "node:fs"
import * as Canonical from "../src/Canonical.js"
import { end, fullTest, header } from "./fixtures.js"

const decode = Schema.decodeUnknownEither(Canonical.StreamRecord)

describe("Canonical", () => {
  it("accepts every record type, with every field of a test", () => {
    for (const record of [header, fullTest, end(1)]) {
      const decoded = decode(JSON.parse(JSON.stringify(record)))
      expect(Either.getOrThrow(decoded)).toEqual(record)
    }
  })

  it("rejects a test with an unknown status or a negative duration", () => {
    expect(Either.isLeft(decode({ ...fullTest, status: "errored" }))).toBe(true)
    expect(Either.isLeft(decode({ ...fullTest, duration: -1 }))).toBe(true)
    expect(Either.isLeft(decode({ ...fullTest, line: 1.5 }))).toBe(true)
  })

  it("rejects a header of another schema version", () => {
    expect(Either.isLeft(decode({ ...header, schemaVersion: 2 }))).toBe(true)
  })

  it("publishes the JSON Schema generated from the Effect Schema", () => {
    const published = JSON.parse(readFileSync(new URL("../tr-stream.schema.json", import.meta.url), "utf8"))
    expect(published).toEqual(JSON.parse(JSON.stringify(Canonical.jsonSchema())))
    expect(Object.keys(published.$defs)).toEqual(
      expect.arrayContaining(["RunHeader", "TestCase", "Suite", "Diagnostic", "End", "Step"])
    )
  })
})

describe("isPlainTestCase", () => {
  const decodeTest = Schema.decodeUnknownEither(Canonical.TestCase, { onExcessProperty: "ignore" })
  const plain = {
    type: "test",
    id: "0123456789abcdef",
    source: "TEST-Cart.xml",
    title: "adds",
    suite: ["Cart"],
    status: "passed",
    className: "shop.Cart",
    file: "Cart.java",
    line: 12,
    duration: 0.5,
    startedAt: "2026-11-20T09:00:00Z",
    stdout: "out",
    stderr: "err",
    testId: "1a2b3c4d",
    tags: ["fast"],
    flaky: true
  }

  /** Where the guard says yes, the schema must say yes and decode to an equal record. */
  const agrees = (u: unknown): boolean => {
    const decoded = decodeTest(u)
    if (Canonical.isPlainTestCase(u)) {
      expect(Either.isRight(decoded)).toBe(true)
      expect(Either.getOrThrow(decoded)).toEqual(u)
      return true
    }
    return false
  }

  it("accepts the plain test records the schema accepts, as they are", () => {
    expect(agrees(plain)).toBe(true)
    expect(agrees({ ...plain, suite: [], duration: 0, line: 0, disabled: true, status: "skipped" })).toBe(true)
    const { className: _c, file: _f, line: _l, duration: _d, startedAt: _s, stdout: _o, stderr: _e, ...required } =
      plain
    expect(agrees(required)).toBe(true)
  })

  it("accepts every nested field the schema knows, as written", () => {
    expect(agrees(JSON.parse(JSON.stringify(fullTest)))).toBe(true)
    expect(agrees({ ...plain, failures: [{ kind: "error" }], skip: {}, attributes: {} })).toBe(true)
    expect(agrees({ ...plain, steps: [{ title: "a", error: { message: "m" }, steps: [{ title: "b", steps: [] }] }] }))
      .toBe(true)
  })

  it("vouches for steps nested up to 100 deep, and leaves deeper ones to the schema", () => {
    const nested = (depth: number): object =>
      JSON.parse(`{"title":"s","steps":[`.repeat(depth - 1) + `{"title":"leaf"}` + `]}`.repeat(depth - 1))
    expect(agrees({ ...plain, steps: [nested(100)] })).toBe(true)
    expect(agrees({ ...plain, steps: [nested(101)] })).toBe(false)
  })

  it("leaves to the schema every record it does not vouch for, right or wrong", () => {
    const variants: ReadonlyArray<object> = [
      { ...plain, extra: 1 }, // an unknown field: the schema drops it
      { ...plain, status: "ok" },
      { ...plain, line: -1 },
      { ...plain, line: 1.5 },
      { ...plain, duration: -1 },
      { ...plain, duration: "1" },
      { ...plain, suite: [1] },
      { ...plain, suite: "Cart" },
      { ...plain, title: 7 },
      { ...plain, flaky: false },
      { ...plain, tags: ["a", 1] },
      { ...plain, type: "suite" },
      { ...plain, id: undefined },
      { ...plain, failures: [{ kind: "oops" }] },
      { ...plain, failures: [{ kind: "failure", extra: "dropped by the schema" }] },
      { ...plain, failures: [{ message: "no kind" }] },
      { ...plain, failures: { kind: "failure" } },
      { ...plain, failures: [{ kind: "failure", line: -2 }] },
      { ...plain, skip: { message: 1 } },
      { ...plain, skip: [] },
      { ...plain, attempts: [{ kind: "failure" }] },
      { ...plain, attempts: [{ kind: "rerunError", duration: -1 }] },
      { ...plain, properties: [{ name: "a" }] },
      { ...plain, parameters: [{ name: "a" }] },
      { ...plain, attributes: { a: 1 } },
      { ...plain, attributes: ["a"] },
      { ...plain, attributes: JSON.parse("{\"__proto__\": \"x\"}") },
      { ...plain, truncated: [{ field: "stdout", length: -1 }] },
      { ...plain, steps: [{ title: "a", steps: [{ title: "b", status: "broken" }] }] },
      { ...plain, steps: [{ title: "a", error: { message: "m", code: 1 } }] },
      { ...plain, attachments: [{ path: 1 }] },
      [plain]
    ]
    for (const variant of variants) expect(agrees(variant)).toBe(false)
    expect(Canonical.isPlainTestCase(null)).toBe(false)
  })

  it("says yes wherever the schema decodes a record unchanged, and only there", () => {
    // Every field of the full fixture removed in turn, or replaced by a wrong value, or given an unknown neighbour.
    const full = JSON.parse(JSON.stringify(fullTest)) as { [key: string]: unknown }
    const wrong: ReadonlyArray<unknown> = [null, -1, 1.5, "x", true, [], {}, [{}], [null]]
    let vouched = 0
    for (const key of Object.keys(full)) {
      const { [key]: _, ...without } = full
      const variants = [without, { ...full, [key + "X"]: 1 }, ...wrong.map((value) => ({ ...full, [key]: value }))]
      for (const variant of variants) {
        const decoded = decodeTest(variant)
        const unchanged = Either.isRight(decoded) && JSON.stringify(decoded.right) === JSON.stringify(variant)
        expect(Canonical.isPlainTestCase(variant), `${key}: ${JSON.stringify(variant[key as never])}`).toBe(unchanged)
        if (unchanged) vouched++
      }
    }
    expect(vouched).toBeGreaterThan(Object.keys(full).length)
  })

  it("agrees with the schema on every combination of the plain optional fields", () => {
    const { type, id, source, title, suite, status, ...optional } = plain
    const names = Object.keys(optional) as Array<keyof typeof optional>
    for (let mask = 0; mask < 1 << names.length; mask += 7) {
      const record: { [key: string]: unknown } = { type, id, source, title, suite, status }
      names.forEach((name, i) => (mask & (1 << i)) !== 0 && (record[name] = optional[name]))
      expect(agrees(record)).toBe(true)
    }
  })
})
