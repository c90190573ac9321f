import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { budgetFromEnv } from "../src/internal/heap.js"

const HEAP = fileURLToPath(new URL("../dist/internal/heap.js", import.meta.url))

/** Runs a program that holds `liveMb` and churns through short-lived records, with a budget of `floorMb`. */
const churn = (floorMb: number, liveMb: number) => {
  const program = `
    import { keepHeapNearLive } from ${JSON.stringify(HEAP)}
    const budget = keepHeapNearLive(${floorMb})
    const live = Array.from({ length: ${liveMb} * 131072 }, (_, i) => i + 0.5)
    const recent = new Array(50000)
    let made = 0
    const step = () => {
      for (let k = 0; k < 5000; k++, made++) recent[made % recent.length] = { title: "test " + made, stack: "at x".repeat(20) + made }
      if (made < 1500000) setImmediate(step)
      else console.log(JSON.stringify({ collections: budget.collections(), budget: budget.budget(), live: live.length }))
    }
    step()`
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", program], { encoding: "utf8" })
  expect(r.stderr).toBe("")
  return JSON.parse(r.stdout) as { collections: number; budget: number }
}

describe("the heap budget", () => {
  it("collects when garbage passes the budget", () => {
    const { collections, budget } = churn(16, 0)
    expect(collections).toBeGreaterThan(0)
    expect(budget).toBeGreaterThanOrEqual(16 * 1024 * 1024)
  })

  it("follows what is alive instead of collecting in a loop", () => {
    // 64 MB alive against a floor of 16 MB: the budget rises to twice the live data after the first collection, and
    // the same churn is collected far less often than with nothing alive.
    const idle = churn(16, 0)
    const busy = churn(16, 64)
    expect(busy.budget).toBeGreaterThan(2 * 60 * 1024 * 1024)
    expect(busy.collections).toBeLessThanOrEqual(idle.collections / 2)
  })

  it("is 64 MB unless TR_HEAP_BUDGET_MB says otherwise; 0 turns it off", () => {
    expect(budgetFromEnv({})).toBe(64)
    expect(budgetFromEnv({ TR_HEAP_BUDGET_MB: "0" })).toBe(0)
    expect(budgetFromEnv({ TR_HEAP_BUDGET_MB: "200" })).toBe(200)
    expect(budgetFromEnv({ TR_HEAP_BUDGET_MB: "lots" })).toBe(64)
  })
})
