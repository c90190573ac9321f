/**
 * Keeps the heap near what is alive. V8 lets the old generation grow to up to four times what its last collection
 * left alive before it collects again, more the faster a process allocates, and `tr` allocates fast while its live
 * data is small (22 MB in a heap snapshot of a push, 8 of them code): in a long conversion or push, that growth is
 * 50–100 MB of memory held for nothing. `tr` caps the growth at a percentage of what is alive; V8's own concurrent
 * collector keeps working as before, only sooner.
 */
import { setFlagsFromString } from "node:v8"

/** 50: the old generation may grow to one and a half times what the last collection left alive. */
export const DEFAULT_GROWTH_PERCENT = 50

/**
 * Caps the old generation's growth between collections at `percent` of what the last one left alive; 0 leaves V8's
 * own factor. V8 reads the setting at every collection, so it holds from the next one on.
 */
export const limitHeapGrowth = (percent: number): void => {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`)
}

/** The cap from `TR_HEAP_GROWTH_PERCENT`, `DEFAULT_GROWTH_PERCENT` unless set. */
export const growthFromEnv = (env: NodeJS.ProcessEnv): number => {
  const value = Number(env["TR_HEAP_GROWTH_PERCENT"] ?? DEFAULT_GROWTH_PERCENT)
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_GROWTH_PERCENT
}
