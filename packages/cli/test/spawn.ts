import { type ChildProcess, spawn } from "node:child_process"
import { TR } from "./run.js"

export interface Spawned {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** What a child wrote on stdout and stderr, and its exit status, once it has closed. */
const collected = (child: ChildProcess): Promise<Spawned> =>
  new Promise((resolve, reject) => {
    let stdout = ""
    let stderr = ""
    // Decoded as a stream: a character split between two pipe reads would otherwise become two U+FFFD.
    child.stdout!.setEncoding("utf8")
    child.stderr!.setEncoding("utf8")
    child.stdout!.on("data", (d) => (stdout += d))
    child.stderr!.on("data", (d) => (stderr += d))
    child.on("error", reject)
    child.on("close", (status) => resolve({ status, stdout, stderr }))
  })

/** Runs a shell pipeline with `tr` meaning the built binary, without blocking this process's event loop. */
export const sh = (script: string, env: NodeJS.ProcessEnv = {}, input?: string): Promise<Spawned> => {
  const child = spawn("sh", ["-c", script], {
    env: { ...process.env, NO_COLOR: undefined, TESTOMATIO: undefined, TR: `${process.execPath} ${TR}`, ...env }
  })
  const done = collected(child)
  // A command that never reads stdin may exit before it is written.
  child.stdin.on("error", () => {})
  child.stdin.end(input ?? "")
  return done
}

/** Runs the built `tr` with these arguments, without blocking this process's event loop (an emulator may run here). */
export const trAsync = (args: ReadonlyArray<string>, env: NodeJS.ProcessEnv = {}): Promise<Spawned> =>
  collected(
    spawn(process.execPath, [TR, ...args], {
      env: { ...process.env, NO_COLOR: undefined, TESTOMATIO: undefined, ...env },
      stdio: ["ignore", "pipe", "pipe"]
    })
  )
