/** Faults on demand, shared by the emulators: queued rules, a seeded random mix, or one fault for every request. */
import type { ServerResponse } from "node:http"

export type Fault =
  | { readonly kind: "status"; readonly status: number; readonly retryAfter?: number | string; readonly body?: string }
  | { readonly kind: "reset" }
  | { readonly kind: "slow"; readonly ms: number }
  | { readonly kind: "after"; readonly then: "reset" | "status"; readonly status?: number }
  /** An answer as given, whatever the API documents: a redirect, an HTML page. */
  | {
    readonly kind: "answer"
    readonly status: number
    readonly headers?: { readonly [name: string]: string }
    readonly body?: string
  }
  /** The request's own body sent back with `status`, as servers that echo the request in their errors do. */
  | { readonly kind: "echo"; readonly status: number }

/** Answers `answer` and `echo` faults, returning the status; `false` for the others. */
export const answerAsGiven = (res: ServerResponse, fault: Fault | undefined, requestBody: Buffer): number | false => {
  if (fault?.kind === "echo") {
    res.writeHead(fault.status, { "content-type": "application/json" }).end(requestBody)
    return fault.status
  }
  if (fault?.kind !== "answer") return false
  res.writeHead(fault.status, fault.headers ?? {}).end(fault.body ?? "")
  return fault.status
}

export interface FaultRule<Route extends string> {
  readonly route?: Route
  readonly fault: Fault
  /** How many matching requests it hits; default 1. */
  readonly times?: number
}

export interface RandomFaults<Route extends string> {
  readonly rate: number
  readonly seed: number
  readonly faults: ReadonlyArray<Fault>
  readonly route?: Route
}

const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

export class Faults<Route extends string> {
  private rules: Array<FaultRule<Route> & { remaining: number }> = []
  private random: { next: () => number; rate: number; faults: ReadonlyArray<Fault>; route?: Route } | undefined
  private every: Fault | undefined

  inject(rule: FaultRule<Route>): void {
    this.rules.push({ ...rule, remaining: rule.times ?? 1 })
  }

  randomly(options: RandomFaults<Route>): void {
    this.random = {
      next: mulberry32(options.seed),
      rate: options.rate,
      faults: options.faults,
      ...(options.route === undefined ? {} : { route: options.route })
    }
  }

  always(fault: Fault | undefined): void {
    this.every = fault
  }

  clear(): void {
    this.rules = []
    this.random = undefined
    this.every = undefined
  }

  /** The fault for this request, if any. */
  pick(route: Route | "unknown"): Fault | undefined {
    if (this.every !== undefined) return this.every
    const rule = this.rules.find((r) => r.remaining > 0 && (r.route === undefined || r.route === route))
    if (rule !== undefined) {
      rule.remaining--
      this.rules = this.rules.filter((r) => r.remaining > 0)
      return rule.fault
    }
    const random = this.random
    if (random !== undefined && (random.route === undefined || random.route === route) && random.next() < random.rate) {
      return random.faults[Math.floor(random.next() * random.faults.length)]
    }
    return undefined
  }
}
