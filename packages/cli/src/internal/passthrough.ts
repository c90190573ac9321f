/**
 * `tr` is also the POSIX character-translation utility. When the first argument is none of ours, the call goes,
 * unchanged, to the next `tr` on PATH: arguments, stdin, stdout, stderr and exit status.
 *
 * Only Node built-ins here: this runs before anything of ours is loaded.
 */
import { accessSync, constants, realpathSync, statSync } from "node:fs"
import { delimiter, join } from "node:path"

/** First arguments that are ours; everything else belongs to the other `tr`. */
export const OURS: ReadonlySet<string> = new Set([
  "convert",
  "push",
  "schema",
  "testomat",
  "octane",
  "help",
  "--help",
  "-h",
  "--version",
  "--completions"
])

/** Where `tr run` pushes to: its first argument. */
export const SERVICES: ReadonlyArray<string> = ["testomat", "octane"]

/** The names a user types as the first argument; a near-miss of one is a mistake, not a POSIX call. */
const COMMANDS = ["convert", "push", "schema", "testomat", "octane", "help"] as const

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`: Damerau-Levenshtein, restricted. */
export const distance = (a: string, b: string): number => {
  const d: Array<Array<number>> = Array.from({ length: a.length + 1 }, (_, i) => [i])
  for (let j = 1; j <= b.length; j++) d[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
      }
    }
  }
  return d[a.length]![b.length]!
}

/**
 * The command `word` is a near-miss of, if any. A POSIX set is usually no word (`a-z`, `[:lower:]`, `\r`, ` `), and
 * a word set far from our names (`tr abc xyz`) stays a POSIX call: only a word of four or more lower-case letters
 * within one edit of a name (two for names of six letters or more) is taken for a mistyped command.
 */
export const nearMiss = (word: string, names: ReadonlyArray<string> = COMMANDS): string | undefined => {
  if (!/^[a-z]{4,}$/.test(word)) return undefined
  let best: { name: string; d: number } | undefined
  for (const name of names) {
    const d = distance(word, name)
    if (d > 0 && d <= (name.length >= 6 ? 2 : 1) && (best === undefined || d < best.d)) best = { name, d }
  }
  return best?.name
}

/** Each `tr` already tried, so that a chain of shims that lead back to us ends. */
const TRIED = "TR_PASSTHROUGH_TRIED"

/**
 * `run` is ours alone, or when it names a service, asks for help or runs a command after `--`; otherwise
 * (`tr run RUN`) it is a POSIX set.
 */
export const isOurs = (args: ReadonlyArray<string>): boolean =>
  args.length === 0 || OURS.has(args[0]!) ||
  args[0] === "run" &&
    (args.length === 1 || [...SERVICES, "--help", "-h"].includes(args[1]!) || args.includes("--"))

/** `tr run … --help` (before any `--`): the help, not a run. */
export const asksForHelp = (args: ReadonlyArray<string>): boolean => {
  const dashes = args.indexOf("--")
  return (dashes === -1 ? args : args.slice(0, dashes)).some((a) => a === "--help" || a === "-h")
}

const real = (path: string): string | undefined => {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** The next `tr` on PATH that is not this program, nor one already tried. */
export const nextTr = (self: string, env: NodeJS.ProcessEnv): string | undefined => {
  const tried = new Set((env[TRIED] ?? "").split(delimiter).filter((p) => p !== ""))
  const me = real(self)
  for (const dir of (env["PATH"] ?? "").split(delimiter)) {
    if (dir === "") continue
    const candidate = join(dir, "tr")
    if (!isExecutable(candidate)) continue
    const resolved = real(candidate)
    if (resolved === undefined || resolved === me || tried.has(resolved)) continue
    return resolved
  }
  return undefined
}

/**
 * Runs the next `tr` with our arguments and exits as it did. `child_process` is loaded here only: every other start
 * of `tr` would pay for it.
 */
export const handOver = async (args: ReadonlyArray<string>, self: string): Promise<never> => {
  const { spawnSync } = await import("node:child_process")
  const env = process.env
  const target = nextTr(self, env)
  if (target === undefined) {
    process.stderr.write(
      `tr: "${args[0]}" is not a tr command (see tr --help), and there is no other tr on PATH to hand it to\n`
    )
    process.exit(127)
  }
  const tried = [env[TRIED], target].filter((p) => p !== undefined && p !== "").join(delimiter)
  const result = spawnSync(target, args, { stdio: "inherit", env: { ...env, [TRIED]: tried }, argv0: "tr" })
  if (result.error !== undefined) {
    process.stderr.write(`tr: could not run ${target}: ${result.error.message}\n`)
    process.exit(126)
  }
  if (result.signal !== null) process.kill(process.pid, result.signal)
  process.exit(result.status ?? 1)
}
