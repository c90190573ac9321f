/**
 * Exit codes of every `tr` command. Distinct, documented, and stable: CI scripts branch on them.
 *
 * @since 0.1.0
 */

/**
 * | code | meaning |
 * |---|---|
 * | 0 | everything read and, for `push`, everything delivered |
 * | 1 | an unexpected failure (a bug in tr: please report it) |
 * | 2 | usage error: unknown command or option, invalid value, invalid combination |
 * | 3 | input problems: a file missing, unreadable, empty, not a test report, or damaged; or a truncated stream. Everything readable was still converted or delivered |
 * | 4 | delivery incomplete: some tests did not arrive after retries (see `--failed-out`) |
 * | 5 | authentication refused by the service |
 * | 6 | an output could not be written (`--out`, `--failed-out`: disk full, no permission, no such directory) |
 * | 130 | interrupted (Ctrl-C) |
 * | 141 | the reader of stdout went away before the stream was written (as a shell reports SIGPIPE) |
 *
 * @since 0.1.0
 * @category constants
 */
export const ExitCode = {
  Ok: 0,
  Unexpected: 1,
  Usage: 2,
  InputProblems: 3,
  DeliveryIncomplete: 4,
  AuthenticationRefused: 5,
  CannotWrite: 6,
  Interrupted: 130,
  BrokenPipe: 141
} as const

/**
 * @since 0.1.0
 * @category models
 */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

/**
 * The code that says most: an output not written beats authentication beats delivery beats input problems beats
 * success.
 *
 * @since 0.1.0
 * @category utils
 */
export const worst = (...codes: ReadonlyArray<ExitCode>): ExitCode => {
  const rank: ReadonlyArray<ExitCode> = [
    ExitCode.Ok,
    ExitCode.InputProblems,
    ExitCode.DeliveryIncomplete,
    ExitCode.AuthenticationRefused,
    ExitCode.CannotWrite,
    ExitCode.Usage,
    ExitCode.BrokenPipe,
    ExitCode.Unexpected,
    ExitCode.Interrupted
  ]
  return codes.reduce((a, b) => (rank.indexOf(b) > rank.indexOf(a) ? b : a), ExitCode.Ok)
}

/**
 * The code for a request that failed for good: 5 when the credentials were refused, else 4.
 *
 * @since 0.1.0
 * @category utils
 */
export const forSinkError = (error: { readonly reason: string }): ExitCode =>
  error.reason === "Unauthorized" ? ExitCode.AuthenticationRefused : ExitCode.DeliveryIncomplete
