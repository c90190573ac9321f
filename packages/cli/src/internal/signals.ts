/**
 * SIGINT and SIGTERM. A command that can stop gracefully (a push) runs under `Signals.handling`: the first signal then
 * completes `stop`, and the command stops sending, keeps what did not arrive and says so. Any other command is
 * interrupted by the first signal. A second signal ends the process at once.
 */
import * as Stop from "@tr/core/Stop"
import { Context, Deferred, Duration, Effect, Exit, type Fiber, FiberId } from "effect"
import { ExitCode } from "../ExitCode.js"

export class Signals extends Context.Tag("@tr/cli/Signals")<Signals, {
  /** Completes at the first signal. */
  readonly stop: Effect.Effect<void>
  /**
   * Runs `effect` with the first signal left to it (through `stop`) instead of interrupting it; `onStop` is called at
   * once when the signal arrives (to say what happens now).
   */
  readonly handling: (
    onStop: () => void
  ) => <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
}>() {}

/** The service, and `install`, which makes the process's signals drive it for `fiber` (the whole program). */
export const make = () => {
  const stopRequested = Deferred.unsafeMake<void>(FiberId.none)
  const handlers = new Set<() => void>()
  let received = 0
  const service = Signals.of({
    stop: Deferred.await(stopRequested),
    handling: (onStop) => (effect) =>
      Effect.suspend(() => {
        const handler = () => onStop()
        return Effect.acquireUseRelease(
          Effect.sync(() => handlers.add(handler)),
          () => effect,
          () => Effect.sync(() => handlers.delete(handler))
        )
      })
  })
  const install = (fiber: Fiber.RuntimeFiber<unknown, unknown>) => {
    const onSignal = () => {
      received++
      if (received > 1) {
        process.stderr.write("\ntr: stopped at once by a second signal\n")
        process.exit(ExitCode.Interrupted)
      }
      if (handlers.size === 0) return fiber.unsafeInterruptAsFork(FiberId.none)
      for (const handler of handlers) handler()
      Deferred.unsafeDone(stopRequested, Exit.void)
    }
    process.on("SIGINT", onSignal)
    process.on("SIGTERM", onSignal)
    return () => {
      process.removeListener("SIGINT", onSignal)
      process.removeListener("SIGTERM", onSignal)
    }
  }
  return { service, install, received: () => received > 0 }
}

/** What a push says at once when it is interrupted. */
export const stopping = (failedOut: string | undefined) =>
  `tr: interrupted: nothing more is sent; requests under way get ${
    Duration.format(Stop.DEFAULT_GRACE)
  } to be answered; every test not confirmed, the rest of the input included, ${
    failedOut === undefined ? "is counted" : `goes to ${failedOut}`
  } (a second signal stops at once)`
