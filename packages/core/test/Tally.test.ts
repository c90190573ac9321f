import { describe, expect, it } from "@effect/vitest"
import { Tally } from "../src/Tally.js"
import { passed } from "./fixtures.js"

describe("Tally", () => {
  it("counts tests by status and by source, and derives each source's status from its diagnostics", () => {
    const tally = new Tally()
    tally.source("empty.xml", { format: "junit" })
    tally.source("missing.xml")
    tally.add(passed(1))
    tally.add({ ...passed(2), status: "failed", truncated: [{ field: "stdout", length: 9 }] })
    tally.add({ ...passed(3, "b.xml"), status: "skipped" })
    tally.add({ type: "diagnostic", severity: "error", code: "empty-file", message: "empty", source: "empty.xml" })
    tally.add({ type: "diagnostic", severity: "error", code: "unreadable", message: "gone", source: "missing.xml" })
    tally.add({ type: "diagnostic", severity: "error", code: "xml-syntax", message: "bad", source: "b.xml" })
    tally.add({ type: "diagnostic", severity: "warning", code: "count-mismatch", message: "off", source: "a.xml" })
    const end = tally.end()
    expect(end).toMatchObject({ tests: 3, passed: 1, failed: 1, skipped: 1, errors: 3, warnings: 1, truncations: 1 })
    const byPath = Object.fromEntries(end.sources.map((s) => [s.path, s]))
    expect(byPath["empty.xml"]).toMatchObject({ status: "empty", format: "junit", tests: 0 })
    expect(byPath["missing.xml"]?.status).toBe("unreadable")
    expect(byPath["a.xml"]).toMatchObject({ status: "ok", tests: 2, passed: 1, failed: 1 })
    expect(byPath["b.xml"]).toMatchObject({ status: "damaged", tests: 1, skipped: 1 })
  })
})
