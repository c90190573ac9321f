/**
 * `tr convert --jobs N`: files read side by side by N threads (N-1 workers and the main one) write exactly what one
 * thread writes, byte for byte, in the order the inputs were given, with the same diagnostics on stderr and the same
 * exit code.
 */
import { describe, expect, it } from "@effect/vitest"
import { generateJunit } from "@tr/tooling/generate"
import { corpus, sharedDir, SKIP_MESSAGE } from "@tr/tooling/shared"
import { spawn } from "node:child_process"
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { gzipSync } from "node:zlib"
import { fixture, TR } from "./run.js"
import { type Spawned, trAsync } from "./spawn.js"

/** The summary line (its last) says how long reading took and how many threads it took: everything else must agree. */
const SUMMARY = /(^|\n)tr convert: [^\n]*\n$/

const compare = async (args: ReadonlyArray<string>, jobs: number, threads: number): Promise<Spawned> => {
  const one = await trAsync(["convert", "--jobs", "1", ...args])
  const many = await trAsync(["convert", "--jobs", String(jobs), ...args])
  expect(many.stdout.length).toBe(one.stdout.length)
  expect(many.stdout === one.stdout, "stdout is the same bytes").toBe(true)
  expect(many.stderr.replace(SUMMARY, "$1")).toBe(one.stderr.replace(SUMMARY, "$1"))
  expect(many.status).toBe(one.status)
  // Workers did read the files (where there are files for them): with none the comparison above proves nothing.
  expect(one.stderr).not.toMatch(/worker thread/)
  if (threads === 0) expect(many.stderr).not.toMatch(/worker thread/)
  else expect(many.stderr).toMatch(new RegExp(`, ${threads} worker threads?\\n$`))
  return one
}

const junit = (seed: number, targetBytes: number): string => [...generateJunit({ targetBytes, seed })].join("")

describe("tr convert --jobs (built binary)", () => {
  const dir = mkdtempSync(join(tmpdir(), "tr-jobs-"))
  const reports = join(dir, "reports")
  mkdirSync(join(reports, "nested"), { recursive: true })
  // Several files larger than one batch of a worker (256 KB of NDJSON), and small ones between them.
  for (const [i, size] of [[1, 600_000], [2, 40_000], [3, 1_500_000], [4, 5_000], [5, 900_000]] as const) {
    writeFileSync(join(reports, `TEST-${i}.xml`), junit(i, size))
  }
  writeFileSync(join(reports, "nested", "TEST-zipped.xml"), gzipSync(junit(6, 300_000)))
  const damaged = junit(7, 700_000)
  writeFileSync(join(reports, "TEST-damaged.xml"), damaged.slice(0, Math.floor(damaged.length * 0.6)))
  for (const name of ["nunit3.xml", "results.trx", "xunit.xml", "empty.xml", "other.xml", "broken.xml", "ctrf.json"]) {
    copyFileSync(fixture(name), join(reports, name))
  }
  const missing = join(dir, "missing.xml")

  it("writes the stream one thread writes, for JUnit, NUnit, TRX, a damaged, an empty and a missing file", async () => {
    const r = await compare([fixture("login.xml"), reports, missing, fixture("results.trx")], 4, 3)
    expect(r.status).toBe(3)
    expect(r.stderr).toMatch(/missing\.xml: error: cannot read .*: no such file/)
    const sources = r.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { type: string; source?: string })
    // In the order given: the first file, the directory's files sorted, the missing one, then the last.
    const order = [...new Set(sources.filter((x) => x.type === "test").map((x) => x.source))]
    expect(order[0]).toBe(fixture("login.xml"))
    expect(order.at(-1)).toBe(fixture("results.trx"))
    expect(order.slice(1, 4).map((path) => path?.replace(reports, ""))).toEqual([
      "/TEST-1.xml",
      "/TEST-2.xml",
      "/TEST-3.xml"
    ])
    expect(sources.at(-1)?.type).toBe("end")
  }, 60_000)

  it("keeps --execution-key, --max-text and --dialect as one thread does, with fewer files than jobs", async () => {
    await compare(
      [
        "--execution-key",
        "linux",
        "--max-text",
        "64",
        "--dialect",
        "surefire",
        join(reports, "TEST-2.xml"),
        join(reports, "TEST-4.xml"),
        join(reports, "TEST-1.xml")
      ],
      8,
      2
    )
  }, 60_000)

  it("reads stdin on the main thread, in its place among the files", async () => {
    const { sh } = await import("./spawn.js")
    const input = readFileSync(join(reports, "TEST-2.xml"), "utf8")
    const args = `${join(reports, "TEST-4.xml")} - ${join(reports, "TEST-1.xml")} ${join(reports, "TEST-5.xml")}`
    const one = await sh(`$TR convert --jobs 1 ${args}`, {}, input)
    const many = await sh(`$TR convert --jobs 2 ${args}`, {}, input)
    expect(many.stdout === one.stdout, "stdout is the same bytes").toBe(true)
    expect(many.stderr).toMatch(/, 1 worker thread\n$/)
    expect(one.stdout).toContain(`"source":"-"`)
  }, 60_000)

  it("starts no worker for one file", async () => {
    const r = await trAsync(["convert", "--jobs", "4", join(reports, "TEST-1.xml")])
    expect(r.status).toBe(0)
    expect(r.stderr).not.toMatch(/worker thread/)
  })

  it("ends with an unexpected failure, not a hang, when a worker cannot start", async () => {
    // A copy of the bundle without the workers' program.
    const bin = join(dir, "bin")
    cpSync(dirname(TR), bin, { recursive: true })
    rmSync(join(bin, "worker.js"))
    const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(bin, "tr.js"), "convert", "--jobs", "2", reports], {
        stdio: ["ignore", "ignore", "pipe"]
      })
      let stderr = ""
      child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d))
      child.on("close", (status) => resolve({ status, stderr }))
    })
    expect(r.stderr).toMatch(/tr: unexpected failure[\s\S]*worker\.js/)
    expect(r.status).toBe(1)
  }, 60_000)

  it("refuses --jobs 0", async () => {
    const r = await trAsync(["convert", "--jobs", "0", join(reports, "TEST-1.xml")])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/--jobs must be at least 1, not 0/)
  })
})

describe.skipIf(sharedDir() === undefined)("tr convert --jobs on every corpus directory", () => {
  const directories = sharedDir() === undefined ?
    [] :
    readdirSync(corpus("")).filter((name) => statSync(corpus(name)).isDirectory())
  it.each(directories)("%s", async (name) => {
    // The files a directory stands for (as `tr` expands it): workers for all but one, up to --jobs 4 less this thread.
    const files = readdirSync(corpus(name), { recursive: true, encoding: "utf8" })
      .filter((path) => /(^|\/)[^./][^/]*\.(xml|trx|json|ndjson)$/.test(path)).length
    if (files < 2) return
    // A directory of Allure results is one input, read on the main thread.
    const allure = readdirSync(corpus(name)).some((file) => file.endsWith("-result.json"))
    await compare([corpus(name)], 4, allure ? 0 : Math.min(3, files - 1))
  }, 60_000)
})

if (sharedDir() === undefined) it.skip(SKIP_MESSAGE, () => {})
