import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Either, Stream } from "effect"
import * as Ndjson from "../src/Ndjson.js"
import * as Run from "../src/Run.js"
import { passed } from "./fixtures.js"

const completeness = (records: ReadonlyArray<Parameters<ReturnType<typeof Ndjson.completeness>["track"]>[0]>) => {
  const check = Ndjson.completeness()
  for (const record of records) check.track(record)
  return { complete: check.complete(), contradiction: check.contradiction() }
}

describe("Run.frame", () => {
  it.effect("frames a reader's records as a complete run: header, records, a trailer counting them", () =>
    Effect.gen(function*() {
      const records = yield* Stream.make(passed(1), { ...passed(2), status: "failed" as const }).pipe(
        Run.frame({ sources: ["a.xml", "empty.xml"], tool: { name: "my-tool", version: "1.2.3" } }),
        Stream.runCollect,
        Effect.map(Chunk.toReadonlyArray)
      )
      expect(records.map((r) => r.type)).toEqual(["run", "test", "test", "end"])
      expect(records[0]).toEqual({
        type: "run",
        schemaVersion: 1,
        tool: { name: "my-tool", version: "1.2.3" },
        sources: ["a.xml", "empty.xml"]
      })
      expect(records[3]).toMatchObject({ type: "end", tests: 2, passed: 1, failed: 1, skipped: 0 })
      const end = records[3] as { sources: ReadonlyArray<{ path: string; tests: number }> }
      expect(end.sources.map((s) => [s.path, s.tests])).toEqual([["a.xml", 2], ["empty.xml", 0]])
      expect(completeness(records)).toEqual({ complete: true, contradiction: undefined })
    }))

  it.effect("a reader that fails leaves the stream without its trailer: never a complete run", () =>
    Effect.gen(function*() {
      const seen: Array<string> = []
      const outcome = yield* Stream.make(passed(1)).pipe(
        Stream.concat(Stream.fail("disk gone")),
        Run.frame({ sources: ["a.xml"] }),
        Stream.runForEach((r) => Effect.sync(() => seen.push(r.type))),
        Effect.either
      )
      expect(Either.isLeft(outcome)).toBe(true)
      expect(seen).toEqual(["run", "test"])
    }))

  it.effect("each run of the framed stream counts afresh", () =>
    Effect.gen(function*() {
      const framed = Stream.make(passed(1)).pipe(Run.frame({ sources: ["a.xml"] }))
      yield* Stream.runDrain(framed)
      const again = yield* Stream.runCollect(framed)
      expect(Chunk.toReadonlyArray(again).at(-1)).toMatchObject({ type: "end", tests: 1 })
    }))
})
