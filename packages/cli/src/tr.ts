#!/usr/bin/env node
/**
 * The `tr` command: ours when the first argument is one of our commands, otherwise the system's `tr`.
 *
 * @since 0.1.0
 */
import { ExitCode } from "./ExitCode.js"
import { asksForHelp, handOver, isOurs, nearMiss } from "./internal/passthrough.js"
import { VERSION } from "./internal/version.js"

const octal = (word: string) => `'\\${word.charCodeAt(0).toString(8)}${word.slice(1)}'`

const args = process.argv.slice(2)
const meant = args.length === 0 ? undefined : nearMiss(args[0]!)
// Answered before Effect and the commands are loaded: as fast as Node starts.
if (args.length === 1 && args[0] === "--version") {
  // A reader that left before the answer (`tr --version | true`) is exit 141, as for every command: no stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error
    process.exit(ExitCode.BrokenPipe)
  })
  process.stdout.write(`${VERSION}\n`)
} else if (args[0] === "run" && isOurs(args) && !asksForHelp(args)) {
  const { run } = await import("./internal/runCommand.js")
  await run(args.slice(1), process.argv[1]!)
} else if (isOurs(args)) await import("./bin.js")
else if (meant !== undefined) {
  process.stderr.write(
    `tr: "${args[0]}" is not a tr command; did you mean "tr ${meant}"? (see tr --help; a POSIX tr call whose set ` +
      `is a word this close to a command can spell a letter in octal: ${octal(args[0]!)})\n`
  )
  process.exit(2)
} else await handOver(args, process.argv[1]!)
