/* eslint-disable no-console -- a script whose output is its report */
// Start-up of the built `tr`, against `node -e 0` and against what Effect alone costs. Run after the build:
//   node packages/cli/scripts/startup.mjs [--rounds 7] [--compare OTHER/bin/tr.js]
// Each round runs every command once, in turn (alternating, so that a machine whose speed drifts bends all of them
// alike); the figures are medians. Two probes, bundled here as the command is, say where the time goes: Effect's
// runtime running a three-element stream, and a one-test JUnit conversion with the readers and Effect but without the
// command line (`@effect/cli`, options, help, the inputs' expansion).
import { build } from "esbuild"
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const cli = new URL("..", import.meta.url).pathname
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : process.argv[i + 1]
}
const rounds = Number(arg("--rounds", "7"))
const tr = join(cli, "bin/tr.js")
const work = mkdtempSync(join(tmpdir(), "tr-startup-"))
const report = join(work, "one.xml")
writeFileSync(
  report,
  `<?xml version="1.0"?>\n<testsuite name="s" tests="1"><testcase classname="c" name="t" time="0.1"/></testsuite>\n`
)

const probes = {
  effect: `import { Effect, Stream } from "effect"
await Effect.runPromise(Stream.runDrain(Stream.make(1, 2, 3)))`,
  junit: `import * as JunitReader from "@tr/junit/JunitReader"
import * as Ndjson from "@tr/core/Ndjson"
import * as Run from "@tr/core/Run"
import { Effect, Stream } from "effect"
import { createReadStream } from "node:fs"
const file = process.argv[2]
await Effect.runPromise(Stream.fromAsyncIterable(createReadStream(file), (e) => e).pipe(
  JunitReader.stream({ source: file }), Run.frame({ sources: [file] }), Ndjson.encodeText,
  Stream.runForEach((t) => Effect.sync(() => process.stdout.write(t)))))`
}
for (const [name, code] of Object.entries(probes)) {
  await build({
    stdin: { contents: code, resolveDir: cli, loader: "js" },
    outfile: join(work, `${name}.mjs`),
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: "warning"
  })
}

const commands = {
  "node -e 0": ["-e", "0"],
  "tr --version": [tr, "--version"],
  "tr convert (one test)": [tr, "convert", "--quiet", report],
  "tr --help": [tr, "--help"],
  "probe: Effect runs a 3-element stream": [join(work, "effect.mjs")],
  "probe: one-test JUnit convert, no CLI": [join(work, "junit.mjs"), report]
}
// Another build of tr.js to compare with (an older commit's bundle), in the same rounds.
const other = arg("--compare", undefined)
if (other !== undefined) {
  commands["compared: tr convert (one test)"] = [other, "convert", "--quiet", report]
  commands["compared: tr --help"] = [other, "--help"]
}

// Wall-clock time, and the CPU time (user + system) that GNU time reports: on a machine shared with other work, the
// CPU time says more, as waiting for a core is not counted.
const cpuFile = join(work, "cpu")
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, { wall: [], cpu: [] }]))
for (let round = 0; round < rounds; round++) {
  for (const [name, args] of Object.entries(commands)) {
    const started = process.hrtime.bigint()
    const ran = spawnSync("/usr/bin/time", ["-o", cpuFile, "-f", "%U %S", process.execPath, ...args], {
      encoding: "utf8"
    })
    times[name].wall.push(Number(process.hrtime.bigint() - started) / 1e6)
    if (ran.status !== 0) throw new Error(`${name} exited ${ran.status}: ${ran.stderr}`)
    const [user, system] = readFileSync(cpuFile, "utf8").trim().split(/\s+/).slice(-2).map(Number)
    times[name].cpu.push((user + system) * 1000)
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const base = { wall: median(times["node -e 0"].wall), cpu: median(times["node -e 0"].cpu) }
console.log(`| command | wall ms | × \`node -e 0\` | CPU ms | × \`node -e 0\` | wall, each round (ms) |`)
console.log(`|---|---|---|---|---|---|`)
for (const [name, { cpu, wall }] of Object.entries(times)) {
  const w = median(wall)
  const c = median(cpu)
  console.log(
    `| \`${name}\` | ${w.toFixed(0)} | ${(w / base.wall).toFixed(2)} | ${c.toFixed(0)} | ${
      (c / base.cpu).toFixed(2)
    } | ` +
      `${wall.map((x) => x.toFixed(0)).join(", ")} |`
  )
}
