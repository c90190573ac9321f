import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Either, Stream } from "effect"
import type * as Canonical from "../src/Canonical.js"
import * as Ndjson from "../src/Ndjson.js"
import { end, fullTest, header, passed } from "./fixtures.js"

const bytesOf = (text: string, size: number): Stream.Stream<Uint8Array> => {
  const all = new TextEncoder().encode(text)
  const pieces: Array<Uint8Array> = []
  for (let i = 0; i < all.length; i += size) pieces.push(all.subarray(i, i + size))
  return Stream.fromIterable(pieces)
}

const text = (records: ReadonlyArray<Canonical.StreamRecord>) =>
  Stream.fromIterable(records).pipe(Ndjson.encodeText, Stream.runCollect, Effect.map((c) => Chunk.join(c, "")))

describe("Ndjson", () => {
  it.effect("round-trips records through bytes cut at any size", () =>
    Effect.gen(function*() {
      const records = [header, fullTest, passed(1), end(2)]
      const ndjson = yield* text(records)
      expect(ndjson.split("\n").length).toBe(5)
      for (const size of [1, 3, 17, 4096]) {
        const back = yield* bytesOf(ndjson, size).pipe(Ndjson.decode(), Stream.runCollect)
        expect(Chunk.toArray(back)).toEqual(records)
      }
    }))

  it.effect("leaves out a duration no record may hold (1e400, negative, null) with a warning, and keeps the test", () =>
    Effect.gen(function*() {
      const input = [
        JSON.stringify(header),
        JSON.stringify(passed(1)).replace(/}$/, ",\"duration\":1e400}"),
        JSON.stringify({ ...passed(2), attempts: [{ kind: "rerunFailure", duration: -1 }] }),
        JSON.stringify(passed(3)).replace(/}$/, ",\"duration\":null}"),
        JSON.stringify({ ...passed(4), duration: 2 }),
        JSON.stringify(end(4))
      ].join("\n") + "\n"
      const records = Chunk.toArray(
        yield* bytesOf(input, 7).pipe(Ndjson.decodeLenient({ source: "-" }), Stream.runCollect)
      )
      const tests = records.filter((r) => r.type === "test")
      expect(tests.map((t) => t.title)).toEqual([passed(1), passed(2), passed(3), passed(4)].map((t) => t.title))
      expect(tests.map((t) => t.duration)).toEqual([undefined, undefined, undefined, 2])
      expect(tests[1]?.attempts).toEqual([{ kind: "rerunFailure" }])
      const warnings = records.filter((r) => r.type === "diagnostic")
      expect(warnings).toMatchObject([
        { severity: "warning", code: "invalid-duration", source: "-", line: 2 },
        { severity: "warning", code: "invalid-duration", source: "-", line: 3 },
        { severity: "warning", code: "invalid-duration", source: "-", line: 4 }
      ])
      expect(warnings[0]?.type === "diagnostic" && warnings[0].message).toMatch(
        /line 2: duration Infinity is out of range .*; left out/
      )
      expect(warnings.every(Ndjson.isDecoderNote)).toBe(true)
      expect(tests.some(Ndjson.isDecoderNote)).toBe(false)
      // Written again, nothing holds a null.
      expect(yield* text(records)).not.toMatch(/"duration":\s*null/)
      // The strict decoder counts lines of the input, not the warnings.
      const cut = input.split("\n").slice(0, 3).join("\n") + "\n"
      const error = yield* bytesOf(cut, 5).pipe(Ndjson.decode(), Stream.runDrain, Effect.flip)
      expect(error).toMatchObject({ reason: "Truncated", line: 3 })
    }))

  it.effect("names the line of invalid JSON", () =>
    Effect.gen(function*() {
      const input = `${JSON.stringify(header)}\n\n{"type":"test",oops\n`
      const error = yield* bytesOf(input, 5).pipe(Ndjson.decode(), Stream.runDrain, Effect.flip)
      expect(error._tag).toBe("NdjsonError")
      expect(error.reason).toBe("InvalidJson")
      expect(error.line).toBe(3)
      expect(error.message).toMatch(/^line 3: not JSON/)
    }))

  it.effect("hands on the records before a bad line, then fails, reading no further", () =>
    Effect.gen(function*() {
      const good = yield* text([header, passed(1), passed(2)])
      const rest = yield* text([passed(3), end(3)])
      let pulled = 0
      const pieces = Stream.fromIterable([good + "oops\n", ...Array.from({ length: 100 }, () => rest)]).pipe(
        Stream.rechunk(1),
        Stream.map((piece) => {
          pulled++
          return new TextEncoder().encode(piece)
        })
      )
      const seen: Array<string> = []
      const error = yield* pieces.pipe(
        Ndjson.decode(),
        Stream.runForEach((record) => Effect.sync(() => seen.push(record.type))),
        Effect.flip
      )
      expect(seen).toEqual(["run", "test", "test"])
      expect(error).toMatchObject({ reason: "InvalidJson", line: 4 })
      expect(pulled).toBeLessThan(5)
    }))

  it.effect("names the line of a record that breaks the schema, and what is wrong", () =>
    Effect.gen(function*() {
      const input = `${JSON.stringify(header)}\n${JSON.stringify({ ...passed(1), status: "green" })}\n`
      const error = yield* bytesOf(input, 64).pipe(Ndjson.decode(), Stream.runDrain, Effect.flip)
      expect(error.reason).toBe("InvalidRecord")
      expect(error.line).toBe(2)
      expect(error.message).toContain("status")
    }))

  it.effect("names the line of a record nested too deeply to check, and reads on after it", () =>
    Effect.gen(function*() {
      const depth = 50_000
      const steps = `{"title":"s","steps":[`.repeat(depth) + `{"title":"leaf"}` + `]}`.repeat(depth)
      const deep = JSON.stringify(passed(1)).replace(/}$/, `,"steps":[${steps}]}`)
      const input = `${JSON.stringify(header)}\n${deep}\n${JSON.stringify(passed(2))}\n`
      const decoded = Chunk.toArray(yield* bytesOf(input, 64 * 1024).pipe(Ndjson.decodeEither(), Stream.runCollect))
      expect(decoded.map((d) => (Either.isLeft(d) ? `line ${d.left.line}: ${d.left.reason}` : d.right.type))).toEqual([
        "run",
        "line 2: InvalidRecord",
        "test"
      ])
      expect(Either.isLeft(decoded[1]!) && decoded[1].left.message).toContain("nested too deeply")
    }))

  it.effect("detects a stream without its trailer as truncated", () =>
    Effect.gen(function*() {
      const input = yield* text([header, passed(1), passed(2)])
      const error = yield* bytesOf(input, 10).pipe(Ndjson.decode(), Stream.runDrain, Effect.flip)
      expect(error.reason).toBe("Truncated")
      expect(error.message).toMatch(/without its "end" trailer/)
    }))

  it.effect("turns bad lines into diagnostics in lenient mode, and keeps everything else", () =>
    Effect.gen(function*() {
      const good = yield* text([header, passed(1)])
      const input = `${good}not json\n${JSON.stringify(passed(2))}\n${JSON.stringify(end(2))}\n`
      const records = Chunk.toArray(
        yield* bytesOf(input, 7).pipe(Ndjson.decodeLenient({ source: "-" }), Stream.runCollect)
      )
      expect(records.map((r) => r.type)).toEqual(["run", "test", "diagnostic", "test", "end"])
      const diagnostic = records[2] as Canonical.Diagnostic
      expect(diagnostic).toMatchObject({ severity: "error", code: "invalid-line", line: 3, source: "-" })
    }))

  it.effect("reports an endless line once, without holding it, and reads on after it", () =>
    Effect.gen(function*() {
      const input = `${JSON.stringify(passed(1))}\n${"x".repeat(5000)}\n${JSON.stringify(passed(2))}\n`
      const decoded = Chunk.toArray(
        yield* bytesOf(input, 100).pipe(Ndjson.decodeEither({ maxLineLength: 1000 }), Stream.runCollect)
      )
      expect(decoded.map((d) => Either.isRight(d) ? d.right.type : d.left.reason)).toEqual([
        "test",
        "LineTooLong",
        "test"
      ])
    }))

  it("tells whether a stream was complete", () => {
    const c = Ndjson.completeness()
    c.track(header)
    c.track(passed(1))
    expect(c.complete()).toBe(false)
    c.track(end(1))
    expect(c.complete()).toBe(true)
    expect(c.contradiction()).toBeUndefined()
  })

  it("tells whether a stream contradicts itself: two run headers, or a trailer counting other tests than came", () => {
    const spliced = Ndjson.completeness()
    for (const record of [header, passed(1), end(1), header, passed(2), end(1)]) spliced.track(record)
    expect(spliced.complete()).toBe(true)
    expect(spliced.contradiction()).toBe("a second run header: two streams were joined into one")

    const miscounted = Ndjson.completeness()
    for (const record of [header, passed(1), passed(2), passed(3), end(10)]) miscounted.track(record)
    expect(miscounted.contradiction()).toBe("the trailer counts 10 tests, but 3 came; 10 passed, but 3 came")

    const failed = Ndjson.completeness()
    for (const record of [header, { ...passed(1), status: "failed" as const }, end(1)]) failed.track(record)
    expect(failed.contradiction()).toBe("the trailer counts 1 passed, but 0 came; 0 failed, but 1 came")
  })

  it("tells whether an input upstream was cut before its end, though the stream itself is whole", () => {
    const whole = Ndjson.completeness()
    for (const record of [header, passed(1), end(1)]) whole.track(record)
    expect(whole.cut()).toBeUndefined()
    const killed = Ndjson.completeness()
    const cut: Canonical.Diagnostic = {
      type: "diagnostic",
      severity: "error",
      code: "truncated-file",
      message: "the input ends inside a test",
      source: "go.json"
    }
    for (const record of [header, passed(1), cut, end(1)]) killed.track(record)
    expect(killed.complete()).toBe(true)
    expect(killed.cut()).toBe("go.json: the input ends inside a test")
    // Other damage is reported, but leaves the input whole.
    const damaged = Ndjson.completeness()
    for (const record of [header, { ...cut, code: "invalid-line" }, passed(1), end(1)]) damaged.track(record)
    expect(damaged.cut()).toBeUndefined()
  })
})
