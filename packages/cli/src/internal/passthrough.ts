/**
 * `tr` is also the POSIX character-translation utility. When the first argument is none of ours, the call goes,
 * unchanged, to the next `tr` on PATH: arguments, stdin, stdout, stderr and exit status.
 *
 * Only Node built-ins here: this runs before anything of ours is loaded.
 */
import { spawnSync } from "node:child_process"
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
  "--completions",
  "--wizard"
])

/** Each `tr` already tried, so that a chain of shims that lead back to us ends. */
const TRIED = "TR_PASSTHROUGH_TRIED"

export const isOurs = (args: ReadonlyArray<string>): boolean => args.length === 0 || OURS.has(args[0]!)

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

/** Runs the next `tr` with our arguments and exits as it did. */
export const handOver = (args: ReadonlyArray<string>, self: string): never => {
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
