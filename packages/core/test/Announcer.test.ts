import { describe, expect, it } from "@effect/vitest"
import * as Announcer from "../src/Announcer.js"
import type * as Canonical from "../src/Canonical.js"

describe("Announcer", () => {
  it("gives out the source record once, with the dialect of the first call", () => {
    const source = Announcer.make("report.json", "ctrf")
    const out: Array<Canonical.SourceRecord> = []
    expect(source.announced).toBe(false)
    source.announce(out, "jest")
    source.announce(out, "vitest")
    source.announce(out)
    expect(out).toEqual([{ type: "source", path: "report.json", format: "ctrf", dialect: "jest" }])
    expect(source.announced).toBe(true)
  })

  it("names no dialect when the first call knows none", () => {
    const out: Array<Canonical.SourceRecord> = []
    const source = Announcer.make("t.tap", "tap")
    source.announce(out)
    source.announce(out, "late")
    expect(out).toEqual([{ type: "source", path: "t.tap", format: "tap" }])
    expect("dialect" in out[0]!).toBe(false)
  })
})
