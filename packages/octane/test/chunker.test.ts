import { describe, expect, it } from "@effect/vitest"
import { Chunker } from "../src/internal/chunker.js"

const ids = (payloads: Array<Array<string>>) => payloads.map((p) => p.join(""))

describe("Chunker", () => {
  it("fills payloads up to the size", () => {
    const c = new Chunker<string>(3, (s) => s)
    expect(ids([...c.add(["a", "b", "c"]), ...c.add(["d", "e"]), ...c.end()])).toEqual(["abc", "de"])
  })

  it("moves a later execution of the same test to a later payload, in order", () => {
    const c = new Chunker<string>(3, (s) => s[0]!)
    const out = [...c.add(["a1", "b1", "a2"]), ...c.add(["a3", "c1"]), ...c.end()]
    expect(out).toEqual([["a1", "b1"], ["a2", "c1"], ["a3"]])
    expect(c.deferred).toBe(2)
    for (const payload of out) expect(new Set(payload.map((s) => s[0])).size).toBe(payload.length)
  })

  it("keeps what waits bounded when one test repeats endlessly", () => {
    const c = new Chunker<string>(4, () => "same")
    let payloads = 0
    for (let i = 0; i < 100; i++) payloads += c.add(["x", "x", "x", "x"]).length
    payloads += c.end().length
    expect(payloads).toBe(400)
  })
})
