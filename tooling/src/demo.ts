/**
 * The README's quick start: converts the bundled example reports with the built `tr` and shows what came out.
 */
import { spawnSync } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { repoRoot } from "./shared.js"

const tr = join(repoRoot, "packages/cli/bin/tr.js")
const examples = join(repoRoot, "examples")
const out = join(repoRoot, "examples/out")
mkdirSync(out, { recursive: true })

console.log(`$ tr convert examples/*.xml > examples/out/run.ndjson`)
const convert = spawnSync(process.execPath, [tr, "convert", join(examples, "*.xml")], { encoding: "utf8" })
process.stderr.write(convert.stderr)
writeFileSync(join(out, "run.ndjson"), convert.stdout)
const records = convert.stdout.trim().split("\n").map((l) => JSON.parse(l) as { type: string; [k: string]: unknown })
for (const r of records.filter((x) => x.type === "test")) {
  console.log(`  ${String(r["status"]).padEnd(7)} ${(r["suite"] as Array<string>).join(" › ")} › ${String(r["title"])}`)
}
console.log(`wrote ${records.length} lines to examples/out/run.ndjson (exit code ${convert.status})`)
process.exit(convert.status ?? 1)
