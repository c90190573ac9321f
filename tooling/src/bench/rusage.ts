/**
 * Preloaded into every measured process (`node --import …/rusage.js`): at exit, writes the process's peak resident
 * memory and CPU time as JSON to the file named by TR_BENCH_RUSAGE, and the main thread's own CPU time where Linux
 * tells it (`/proc/thread-self/stat`).
 */
import { readFileSync, writeFileSync } from "node:fs"
import { isMainThread } from "node:worker_threads"

/** The CPU time of the calling thread in ms (user and system ticks of 10 ms), or NaN where there is no /proc. */
const threadCpuMs = (): number => {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8")
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return NaN
  }
}

const out = process.env["TR_BENCH_RUSAGE"]
// Workers inherit the preload: only the main thread reports.
if (out !== undefined && isMainThread) {
  process.on("exit", () => {
    const usage = process.resourceUsage()
    writeFileSync(
      out,
      JSON.stringify({
        maxRssKb: usage.maxRSS,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        mainCpuMs: threadCpuMs()
      })
    )
  })
}
