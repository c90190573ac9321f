/**
 * Keeps the heap near what is alive. V8 lets garbage grow the old generation to a few times the live data before it
 * collects it, and `tr`'s live data is small (22 MB in a heap snapshot of a push, 8 of them code): in a long conversion
 * or push, that growth is 50–100 MB of memory held for nothing. When the old generation passes the budget, a full
 * collection runs; the budget follows what is alive (twice what the last collection left), so a run that needs more
 * memory is never collected in a loop. The price is CPU: a forced collection costs more than V8's own concurrent
 * ones (a push of 100 MB of JUnit spends about a fifth more CPU for 60 MB less RSS).
 */
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"

const MB = 1024 * 1024
const CHECK_EVERY_MS = 50

/** What the budget did. */
export interface HeapBudget {
  readonly collections: () => number
  readonly budget: () => number
}

const OLD = new Set(["old_space", "large_object_space"])

/** The old generation, what a full collection frees: the young one empties itself cheaply and often. */
const used = () => {
  let bytes = 0
  for (const space of getHeapSpaceStatistics()) if (OLD.has(space.space_name)) bytes += space.space_used_size
  return bytes
}

/**
 * Starts the budget (`floorMb` at least; 0 turns it off). Returns undefined when the runtime does not offer a full
 * collection.
 */
export const keepHeapNearLive = (floorMb: number): HeapBudget | undefined => {
  if (!(floorMb > 0)) return undefined
  let collect: unknown
  try {
    // The flag only takes effect in contexts made after it: the collector is fetched from a new one, and the
    // program's own global scope stays as it was.
    setFlagsFromString("--expose-gc")
    collect = runInNewContext("gc")
  } catch {
    return undefined
  }
  if (typeof collect !== "function") return undefined
  const gc = collect as () => void
  const floor = floorMb * MB
  let budget = floor
  let collections = 0
  setInterval(() => {
    if (used() <= budget) return
    gc()
    collections++
    budget = Math.max(floor, 2 * used())
  }, CHECK_EVERY_MS).unref()
  return { collections: () => collections, budget: () => budget }
}

/** The budget from `TR_HEAP_BUDGET_MB`, 64 MB by default. */
export const budgetFromEnv = (env: NodeJS.ProcessEnv): number => {
  const value = Number(env["TR_HEAP_BUDGET_MB"] ?? 64)
  return Number.isFinite(value) && value >= 0 ? value : 64
}
