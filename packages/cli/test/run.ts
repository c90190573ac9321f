import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"

export const TR = fileURLToPath(new URL("../bin/tr.js", import.meta.url))
export const TEST_RESULTS = fileURLToPath(new URL("../bin/test-results.js", import.meta.url))

export interface Ran {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the built binary as a user would, with `node`. */
export const run = (
  args: ReadonlyArray<string>,
  options: { readonly input?: string | Buffer; readonly env?: NodeJS.ProcessEnv; readonly bin?: string } = {}
): Ran => {
  const result = spawnSync(process.execPath, [options.bin ?? TR, ...args], {
    input: options.input ?? "",
    env: { ...process.env, NO_COLOR: undefined, ...options.env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

export const lines = (stdout: string): Array<{ type: string; [key: string]: unknown }> =>
  stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l))
