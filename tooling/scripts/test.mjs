// The whole check: build, typecheck, lint and test every package (turbo), then the generated-files check.
// Ends with the test totals on a line of its own: "N passed, N failed".
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"

const root = new URL("../..", import.meta.url).pathname
const workspaces = [...readdirSync(join(root, "packages")).map((p) => join(root, "packages", p)), join(root, "tooling")]
const reports = workspaces.map((w) => join(w, ".vitest", "results.json"))
for (const report of reports) rmSync(report, { force: true })

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" }
const step = (command, args) => spawnSync(command, args, { cwd: root, stdio: "inherit", env }).status ?? 1
let status = step("pnpm", [
  "exec",
  "turbo",
  "run",
  "build",
  "typecheck",
  "lint",
  "test",
  "--output-logs=errors-only",
  "--continue"
])
if (status === 0) status = step("node", ["tooling/scripts/codegen.mjs", "--check"])

let passed = 0
let failed = 0
for (const report of reports) {
  if (!existsSync(report)) continue
  const r = JSON.parse(readFileSync(report, "utf8"))
  passed += r.numPassedTests
  failed += r.numFailedTests
}
if (status !== 0 && failed === 0) {
  console.error("the check failed outside the tests (build, typecheck, lint or codegen): see above")
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(status === 0 && failed === 0 ? 0 : 1)
