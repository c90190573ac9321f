import { describe, expect, it } from "@effect/vitest"
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Generated, generateJunit } from "../src/generate.js"

const digest = (targetBytes: number, seed: number) => {
  const hash = createHash("sha256")
  const totals: Generated = { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0, bytes: 0 }
  for (const piece of generateJunit({ targetBytes, seed }, totals)) hash.update(piece)
  return { hash: hash.digest("hex"), totals }
}

describe("generateJunit", () => {
  it("writes the same bytes for the same seed, and other bytes for another", () => {
    const a = digest(300_000, 1)
    expect(digest(300_000, 1).hash).toBe(a.hash)
    expect(digest(300_000, 2).hash).not.toBe(a.hash)
  })

  it("reaches the size asked for, with a realistic mix of outcomes", () => {
    const { totals } = digest(2_000_000, 7)
    expect(totals.bytes).toBeGreaterThanOrEqual(2_000_000)
    expect(totals.bytes).toBeLessThan(2_200_000)
    expect(totals.passed + totals.failures + totals.errors + totals.skipped).toBe(totals.tests)
    expect(totals.failures / totals.tests).toBeGreaterThan(0.03)
    expect(totals.failures / totals.tests).toBeLessThan(0.07)
    expect(totals.skipped).toBeGreaterThan(0)
    expect(totals.errors).toBeGreaterThan(0)
  })

  it("as a command, streams the same document to stdout and says what it wrote", () => {
    const totalsFile = join(mkdtempSync(join(tmpdir(), "tr-generate-")), "totals.json")
    const command = new URL("../dist/bench/generate.js", import.meta.url).pathname
    const r = spawnSync(process.execPath, [command, "1", totalsFile], { maxBuffer: 8 * 1024 * 1024 })
    expect(r.status).toBe(0)
    const totals: Generated = JSON.parse(readFileSync(totalsFile, "utf8"))
    expect(totals.bytes).toBe(r.stdout.length)
    expect(createHash("sha256").update(r.stdout).digest("hex")).toBe(digest(1_000_000, 42).hash)
    expect(r.stdout.toString().split("<testcase ").length - 1).toBe(totals.tests)
    expect(spawnSync(process.execPath, [command]).status).toBe(2)
  })
})
