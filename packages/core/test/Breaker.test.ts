import { describe, expect, it } from "@effect/vitest"
import { Effect, Ref } from "effect"
import * as Breaker from "../src/Breaker.js"

describe("Breaker", () => {
  it.effect("stays closed through failures until a request has used up its retries", () =>
    Effect.gen(function*() {
      const breaker = yield* Breaker.make
      for (let i = 0; i < 5; i++) yield* Effect.flip(breaker.guard(Effect.fail("503")))
      expect(yield* breaker.isOpen).toBe(false)
    }))

  it.effect("opens when the next request after an exhausted one fails too, and then sends nothing", () =>
    Effect.gen(function*() {
      const breaker = yield* Breaker.make
      const sent = yield* Ref.make(0)
      const send = (ok: boolean) =>
        breaker.guard(Effect.flatMap(Ref.update(sent, (n) => n + 1), () => (ok ? Effect.void : Effect.fail("503"))))
      yield* breaker.exhausted("503 Service Unavailable")
      yield* Effect.flip(send(false))
      expect(yield* breaker.isOpen).toBe(true)
      const error = yield* Effect.flip(send(true))
      expect(error).toMatchObject({ _tag: "BreakerOpen", since: "503 Service Unavailable" })
      expect(yield* Ref.get(sent)).toBe(1)
    }))

  it.effect("closes again when the next request succeeds", () =>
    Effect.gen(function*() {
      const breaker = yield* Breaker.make
      yield* breaker.exhausted("timeout")
      yield* breaker.guard(Effect.void)
      yield* Effect.flip(breaker.guard(Effect.fail("once")))
      expect(yield* breaker.isOpen).toBe(false)
    }))
})
