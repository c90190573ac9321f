import { describe, expect, it } from "@effect/vitest"
import type { SchemaAST } from "effect"
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

  it("diagnosticsOf: each diagnostic about its source pushed to the records given, with where when known", () => {
    const diagnostic = Canonical.diagnosticsOf("r.json")
    const out: Array<Canonical.SourceRecord> = []
    diagnostic(out, "warning", "no-scenarios", "none")
    diagnostic(out, "error", "invalid-json", "bad", { line: 2, column: 5 })
    expect(out).toEqual([
      { type: "diagnostic", severity: "warning", code: "no-scenarios", message: "none", source: "r.json" },
      {
        type: "diagnostic",
        severity: "error",
        code: "invalid-json",
        message: "bad",
        source: "r.json",
        line: 2,
        column: 5
      }
    ])
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
      { ...plain, attachments: [{ name: "a", content: "aGk=", encoding: "hex" }] },
      { ...plain, attachments: [{ name: "a", size: -1 }] },
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

  it("checks every field the schema has, at every depth: a field added to the schema alone fails here", () => {
    // Each field path of the schema, arrays entered at their first item; recursion (steps in steps) followed once.
    const paths = (ast: SchemaAST.AST, at: ReadonlyArray<string | number>, seen: Set<SchemaAST.AST>) => {
      const out: Array<ReadonlyArray<string | number>> = []
      const walk = (node: SchemaAST.AST, path: ReadonlyArray<string | number>): void => {
        switch (node._tag) {
          case "Refinement":
            return walk(node.from, path)
          case "Transformation":
            return walk(node.to, path)
          case "Union":
            return node.types.forEach((t) => walk(t, path))
          case "Suspend":
            if (seen.has(node)) return
            seen.add(node)
            return walk(node.f(), path)
          case "TupleType":
            return node.rest.forEach((r) => walk(r.type, [...path, 0]))
          case "TypeLiteral":
            for (const field of node.propertySignatures) {
              const inner = [...path, String(field.name)]
              out.push(inner)
              walk(field.type, inner)
            }
            return
          default:
            return
        }
      }
      walk(ast, at)
      return out
    }
    // Every field at once, whether or not a real record would hold them together.
    const step = { title: "s", category: "hook", status: "failed", duration: 0.1, error: { message: "m", stack: "s" } }
    const full: { [key: string]: unknown } = JSON.parse(JSON.stringify({
      ...fullTest,
      flaky: true,
      disabled: true,
      failures: [{ ...fullTest.failures![0], file: "a.ts", line: 3 }],
      skip: { message: "later", type: "pending", text: "not now" },
      attempts: [{ ...fullTest.attempts![0], type: "Error", stack: "at z" }],
      parameters: [{ name: "card", value: "visa" }],
      steps: [{ ...step, steps: [{ ...step, steps: [{ title: "leaf" }] }] }],
      attachments: [{
        ...fullTest.attachments![0],
        url: "https://example.test/a.png",
        content: "aGk=",
        encoding: "base64",
        size: 2
      }],
      gherkin: { ...fullTest.gherkin, featureText: "Feature: Checkout\n" }
    }))
    /** JSON with every object's keys in order: a record equal whatever order decoding writes its fields in. */
    const sorted = (u: unknown): string =>
      JSON.stringify(u, (_, v) =>
        v !== null && typeof v === "object" && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
          : v)
    const at = (u: unknown, path: ReadonlyArray<string | number>): unknown =>
      path.reduce<unknown>((v, k) => (v as { [key: string]: unknown } | undefined)?.[k], u)
    const all = paths(Canonical.TestCase.ast, [], new Set())
    // The fixture holds every field, so that the walk below reaches each.
    expect(all.filter((path) => at(full, path) === undefined).map((path) => path.join("."))).toEqual([])
    const wrong: ReadonlyArray<unknown> = [null, -1, "x", true, [], {}]
    for (const path of all.filter((p) => p.length > 1)) {
      const parent = at(full, path.slice(0, -1)) as { [key: string]: unknown }
      const key = path.at(-1)!
      const original = parent[key]
      for (const value of [undefined, ...wrong]) {
        if (value === undefined) delete parent[key]
        else parent[key] = value
        const decoded = decodeTest(full)
        const unchanged = Either.isRight(decoded) && sorted(decoded.right) === sorted(full)
        expect(Canonical.isPlainTestCase(full), `${path.join(".")} = ${JSON.stringify(value)}`).toBe(unchanged)
        parent[key] = original
      }
      parent[`${String(key)}X`] = 1
      expect(Canonical.isPlainTestCase(full), `${path.join(".")} with an unknown neighbour`).toBe(false)
      delete parent[`${String(key)}X`]
    }
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
