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

  it("leaves to the schema every record it does not vouch for, right or wrong", () => {
    const variants: ReadonlyArray<object> = [
      { ...plain, failures: [{ kind: "failure", message: "no" }] }, // valid, nested: the schema's
      { ...plain, attributes: { a: "b" } },
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
      [plain]
    ]
    for (const variant of variants) expect(agrees(variant)).toBe(false)
    expect(Canonical.isPlainTestCase(null)).toBe(false)
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

  it("vouches for none of the full test fixture, whose nested fields are the schema's", () => {
    expect(Canonical.isPlainTestCase(JSON.parse(JSON.stringify(fullTest)))).toBe(false)
  })
})
