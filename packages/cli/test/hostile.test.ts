import { HOSTILE, type HostileName, writeHostile } from "@tr/tooling/hostile"
import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { lines, TR } from "./run.js"

/**
 * Hostile inputs through the built binary: one token of a report far longer than any real one must not take `tr`'s
 * memory with it. Each file's long token is 12 MB, which took sax to 600 MB and more, and a 200 MB one to a V8 abort;
 * `tr` reads them in the memory of any other conversion.
 */
const work = mkdtempSync(join(tmpdir(), "tr-hostile-"))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Preloaded into `tr`: writes its peak resident memory (KiB) when it exits. */
const PEAK = join(work, "peak.mjs")
writeFileSync(
  PEAK,
  `import { writeFileSync } from "node:fs"
process.on("exit", () => writeFileSync(process.env.TR_PEAK_FILE, String(process.resourceUsage().maxRSS)))\n`
)

/** Peak resident memory of one conversion, in MB; the usual bound of a conversion whatever its input. */
const BOUND_MB = 150
const TOKEN_BYTES = 12 * 1024 * 1024

const convert = (path: string): Promise<{ status: number | null; stdout: string; stderr: string; peakMb: number }> =>
  new Promise((resolve, reject) => {
    const peakFile = `${path}.peak`
    const child = spawn(process.execPath, ["--import", PEAK, TR, "convert", path], {
      env: { ...process.env, NO_COLOR: "1", TR_PEAK_FILE: peakFile }
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => (stderr += d))
    child.on("error", reject)
    child.on("close", (status) => {
      let peakMb = Infinity
      try {
        peakMb = Number(readFileSync(peakFile, "utf8")) / 1024
      } catch {
        // No figure: the process died before its exit handler (an out-of-memory abort).
      }
      resolve({ status, stdout, stderr, peakMb })
    })
  })

const cases = (Object.keys(HOSTILE) as Array<HostileName>).filter((name) => HOSTILE[name].format === "junit")

describe("a report with one token longer than any real one", () => {
  it.each(cases)("%s: the tests around it kept, the problem said, memory bounded", async (name) => {
    const path = join(work, `${name}.${HOSTILE[name].format === "junit" ? "xml" : "json"}`)
    const recipe = writeHostile(path, name, TOKEN_BYTES)
    const { peakMb, status, stderr, stdout } = await convert(path)
    const records = lines(stdout)
    const titles = records.filter((r) => r.type === "test").map((r) => r["title"])
    expect(titles[0]).toBe("before")
    if (recipe.afterKept) expect(titles.at(-1)).toBe("after")
    expect(records.at(-1)?.type).toBe("end")
    // Every field under the cap (1 MiB characters), so every line well under 3 MB.
    expect(Math.max(...stdout.split("\n").map((l) => l.length))).toBeLessThan(3 * 1024 * 1024)
    expect(peakMb).toBeLessThan(BOUND_MB)
    if (name === "xml-cdata") {
      // Text is a field under the cap, as it always was: kept start and end, the cut recorded, no error.
      expect(status).toBe(0)
    } else {
      expect(status).toBe(3)
      const problems = records.filter((r) => r.type === "diagnostic" && r["severity"] === "error")
      expect(problems.length).toBeGreaterThan(0)
      expect(problems.every((p) => typeof p["line"] === "number")).toBe(true)
      expect(stderr).toMatch(new RegExp(`${name}\\.xml:\\d+:\\d+: error: .*\\[(token-too-long|too-many-attributes)\\]`))
    }
  }, 120_000)
})
