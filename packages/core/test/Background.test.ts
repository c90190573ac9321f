import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Exit } from "effect"
import * as Background from "../src/Background.js"

/** Forks `work` for each of three items, waits for all three to end, then rethrows. */
const runThree = (work: (i: number) => Effect.Effect<void>) =>
  Effect.gen(function*() {
    const background = Background.make()
    const ended: Array<number> = []
    const done = yield* Effect.forEach([1, 2, 3], () => Deferred.make<void>())
    yield* Effect.scoped(Effect.gen(function*() {
      for (const [i, answered] of done.entries()) {
        yield* background.fork(
          work(i + 1),
          Effect.zipRight(Effect.sync(() => ended.push(i + 1)), Deferred.succeed(answered, undefined))
        )
      }
      yield* Effect.forEach(done, Deferred.await)
    }))
    return { ended: ended.sort(), exit: yield* Effect.exit(background.rethrow) }
  })

describe("Background", () => {
  it.effect("rethrows nothing when the forked work ends well, after running `after` for each", () =>
    Effect.gen(function*() {
      const ran: Array<number> = []
      const { ended, exit } = yield* runThree((i) => Effect.sync(() => ran.push(i)))
      expect(ran.sort()).toEqual([1, 2, 3])
      expect(ended).toEqual([1, 2, 3])
      expect(Exit.isSuccess(exit)).toBe(true)
    }))

  it.effect("keeps the first defect, lets the rest of the work finish, and rethrows it", () =>
    Effect.gen(function*() {
      const { ended, exit } = yield* runThree((i) => i === 1 ? Effect.void : Effect.die(new Error(`bug ${i}`)))
      expect(ended).toEqual([1, 2, 3])
      expect(Exit.isFailure(exit) && String(exit.cause)).toContain("bug 2")
      expect(Exit.isFailure(exit) && String(exit.cause)).not.toContain("bug 3")
    }))
})
