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
