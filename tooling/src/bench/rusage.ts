/**
 * Preloaded into every measured process (`node --import …/rusage.js`): at exit, writes the process's peak resident
 * memory and CPU time as JSON to the file named by TR_BENCH_RUSAGE.
 */
import { writeFileSync } from "node:fs"

const out = process.env["TR_BENCH_RUSAGE"]
if (out !== undefined) {
  process.on("exit", () => {
    const usage = process.resourceUsage()
    writeFileSync(
      out,
      JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })
    )
  })
}
