/**
 * The bench's JUnit generator as a command, for reports larger than a disk should hold: writes `MB` megabytes of
 * generated JUnit XML to stdout, and what it wrote (`Generated`) as JSON to the file `TOTALS` when given.
 *
 *   node tooling/dist/bench/generate.js 5000 | tr convert - > /dev/null
 */
import { once } from "node:events"
import { writeFileSync } from "node:fs"
import { type Generated, generateJunit } from "../generate.js"

const [mb, totalsFile] = process.argv.slice(2)
if (mb === undefined || !(Number(mb) > 0)) {
  process.stderr.write("usage: node generate.js MB [TOTALS]\n")
  process.exit(2)
}

const totals: Generated = { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0, bytes: 0 }
for (const piece of generateJunit({ targetBytes: Number(mb) * 1_000_000, seed: 42 }, totals)) {
  if (!process.stdout.write(piece)) await once(process.stdout, "drain")
}
if (totalsFile !== undefined) writeFileSync(totalsFile, JSON.stringify(totals))
