import { describe, expect, it } from "@effect/vitest"
import * as Identity from "../src/Identity.js"

describe("Identity", () => {
  it("derives the same id from the same parts, and different ids from different parts", () => {
    const a = Identity.derive(["results.xml", 0, "Login", "accepts"])
    expect(a).toMatch(/^[0-9a-f]{16}$/)
    expect(Identity.derive(["results.xml", 0, "Login", "accepts"])).toBe(a)
    expect(Identity.derive(["results.xml", 1, "Login", "accepts"])).not.toBe(a)
  })

  it("does not confuse parts that concatenate alike", () => {
    expect(Identity.derive(["ab", "c"])).not.toBe(Identity.derive(["a", "bc"]))
    expect(Identity.derive(["a", ""])).not.toBe(Identity.derive(["a"]))
    expect(Identity.derive(["a\u0000"])).not.toBe(Identity.derive(["a"]))
    expect(Identity.derive(["abc"])).not.toBe(Identity.derive(["abd"]))
  })

  it("continues from a fixed prefix to the same ids", () => {
    const fromFile = Identity.prefixed(["results.xml"])
    expect(fromFile([3, "Login", "accepts"])).toBe(Identity.derive(["results.xml", 3, "Login", "accepts"]))
  })

  it("gives the same ids when a repeated first part is hashed once", () => {
    const fromFile = Identity.prefixed(["results.xml"])
    const calls: Array<Array<string | number>> = [["Login", 0, "a"], ["Login", 1, "b"], ["Cart", 2, "c"], [
      "Login",
      3,
      "a"
    ], []]
    for (const parts of calls) expect(fromFile(parts)).toBe(Identity.derive(["results.xml", ...parts]))
  })

  it("spreads a hundred thousand similar inputs over distinct ids", () => {
    const ids = new Set<string>()
    for (let i = 0; i < 100_000; i++) {
      ids.add(Identity.derive(["TEST-Suite.xml", i, "com.acme.Suite", `test_${i % 100}`]))
    }
    expect(ids.size).toBe(100_000)
  })
})
