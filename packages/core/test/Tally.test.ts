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

  it("merges tallies of consecutive runs of records into exactly the trailer of one tally that saw them all", () => {
    const error = (code: string, source: string) =>
      ({ type: "diagnostic", severity: "error", code, message: code, source }) as const
    const records: Array<Parameters<Tally["add"]>[0]> = [
      passed(1),
      { type: "source", path: "c.xml", format: "xunit" },
      error("xml-syntax", "a.xml"),
      { ...passed(2, "b.xml"), status: "failed", truncated: [{ field: "stdout", length: 9 }] },
      { type: "source", path: "c.xml", format: "junit", dialect: "surefire" },
      error("unreadable", "a.xml"),
      error("xml-syntax", "a.xml"),
      { type: "diagnostic", severity: "warning", code: "count-mismatch", message: "off", source: "b.xml" },
      error("xml-syntax", "b.xml"),
      { ...passed(3, "d.xml"), status: "skipped" },
      error("empty-file", "b.xml"),
      { type: "source", path: "a.xml", format: "nunit", dialect: "nunit3" }
    ]
    const one = new Tally()
    one.source("z.xml")
    for (const record of records) one.add(record)
    // Every way of cutting the records in two or three consecutive runs, each counted by a tally of its own.
    for (let i = 0; i <= records.length; i++) {
      for (let j = i; j <= records.length; j++) {
        const merged = new Tally()
        merged.source("z.xml")
        for (const run of [records.slice(0, i), records.slice(i, j), records.slice(j)]) {
          const part = new Tally()
          for (const record of run) part.add(record)
          merged.merge(part.end())
        }
        expect(JSON.stringify(merged.end()), `cut at ${i} and ${j}`).toBe(JSON.stringify(one.end()))
      }
    }
  })
})
