/** The exit code of the command being run: handlers say it here, and `bin.ts` alone gives it to the process. */
import { Context, Effect, Ref } from "effect"
import type { ExitCode } from "../ExitCode.js"

export class Status extends Context.Tag("test-results/Status")<Status, Ref.Ref<ExitCode>>() {}

export const exitWith = (code: ExitCode): Effect.Effect<void, never, Status> =>
  Effect.flatMap(Status, (status) => Ref.set(status, code))
