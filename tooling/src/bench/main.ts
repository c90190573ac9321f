/**
 * `pnpm bench`: how close `tr` comes to the limits of its own design, and how far ahead of the tools users would
 * otherwise pick, in one run on one machine. Every program measured runs in its own process; the floors and `tr` are
 * measured interleaved, so that a machine whose speed drifts during the run does not bend the ratios.
 *
 *   pnpm bench                       10 MB and 100 MB
 *   pnpm bench -- --huge             and 1 GB
 *   pnpm bench -- --sizes 10 --no-peers --repeat 1
 *   pnpm bench -- --stream 5000      a 5 GB report generated on the fly into `tr convert -`, never on disk
 *   pnpm bench -- --hostile 100      only the hostile row: files whose one token (an XML attribute value, name or
 *                                    comment, a JSON string, a stream's line) is 100 MB long
 *   pnpm bench -- --files 200        only the many-files row: 200 generated reports of ~1 MB in one directory,
 *                                    `tr convert --jobs 1` and `--jobs 2` against bare sax reading them in turn
 *   pnpm bench -- --live 40          only the live row: 40 tests of `go test -json` written 100 ms apart into
 *                                    `tr push`, the latency from each test's last line to its arrival
 */
import { spawn, spawnSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync
} from "node:fs"
import { cpus, totalmem } from "node:os"
import { join } from "node:path"
import { octaneEnv, startOctaneEmulator } from "../emulators/octane.js"
import { startS3Emulator } from "../emulators/s3.js"
import { startTestomatEmulator, type TestomatEmulator } from "../emulators/testomat.js"
import { type Generated, generateJunit } from "../generate.js"
import { HOSTILE, type HostileName, writeHostile } from "../hostile.js"
import { repoRoot } from "../shared.js"

// pnpm passes on the `--` of `pnpm bench -- --sizes 10`.
const args = process.argv.slice(2).filter((a) => a !== "--")
const flag = (name: string) => args.includes(`--${name}`)
const option = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i === -1 ? undefined : args[i + 1]
}
const streamed = option("stream") === undefined ? undefined : Number(option("stream"))
const hostileMb = option("hostile") === undefined ? undefined : Number(option("hostile"))
const onlyRows = streamed !== undefined || hostileMb !== undefined || option("artifacts") !== undefined ||
  option("live") !== undefined || option("files") !== undefined
// Tests of the live row (40 by default; `--live 0` leaves it out).
const liveTests = Number(option("live") ?? (onlyRows ? 0 : 40))
// A push whose tests name this many files (1,000 by default; `--artifacts 0` leaves it out).
const attachmentCount = Number(option("artifacts") ?? (onlyRows ? 0 : 1000))
// Reports of ~1 MB in the many-files row (200 by default; `--files 0` leaves it out).
const manyFiles = Number(option("files") ?? (onlyRows ? 0 : 200))
// `--stream`, `--hostile`, `--artifacts` or `--live` alone runs only that row; with `--sizes` or `--huge`, those too.
const sizes = onlyRows && option("sizes") === undefined && !flag("huge")
  ? []
  : (option("sizes") ?? (flag("huge") ? "10,100,1000" : "10,100")).split(",").map(Number)
const repeat = Number(option("repeat") ?? 3)
const withPeers = !flag("no-peers")

const work = join(repoRoot, "tooling/bench/work")
const peers = join(work, "peers")
const dist = join(repoRoot, "tooling/dist/bench")
const tr = join(repoRoot, "packages/cli/bin/tr.js")
const MB = 1_000_000
mkdirSync(work, { recursive: true })

// ---- measuring -------------------------------------------------------------------------------------------------

interface Measured {
  readonly ms: number
  readonly maxRssMb: number
  /** User and system CPU time of the whole process, every thread's. */
  readonly cpuMs: number
  /** The main thread's own CPU time (Linux), NaN where unknown. */
  readonly mainCpuMs: number
  /** Bytes written on stdout, when counted. */
  readonly stdoutBytes: number
  readonly status: number | null
  readonly stdout: string
  /** The last line the process wrote on stderr that reads like an error. */
  readonly error: string
}

let runs = 0

/** Runs `node --import rusage.js …args`, feeding `stdin` (a file) and keeping stdout only when asked. */
const measure = (
  nodeArgs: ReadonlyArray<string>,
  options: {
    stdin?: string
    keepStdout?: boolean
    countStdout?: boolean
    env?: NodeJS.ProcessEnv
    timeoutMs?: number
  } = {}
): Promise<Measured> =>
  new Promise((resolve) => {
    const usage = join(work, `rusage-${process.pid}-${runs++}.json`)
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, ["--import", join(dist, "rusage.js"), ...nodeArgs], {
      env: { ...process.env, ...options.env, TR_BENCH_RUSAGE: usage, NO_COLOR: "1" },
      stdio: [
        options.stdin === undefined ? "ignore" : "pipe",
        options.keepStdout || options.countStdout ? "pipe" : "ignore",
        "pipe"
      ]
    })
    if (options.stdin !== undefined) createReadStream(options.stdin).pipe(child.stdin!)
    let stdout = ""
    let stdoutBytes = 0
    let stderr = ""
    child.stdout?.on("data", (d: Buffer) => {
      stdoutBytes += d.length
      if (options.keepStdout) stdout += d
    })
    child.stderr!.on("data", (d) => (stderr = (stderr + d).slice(-4000)))
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 30 * 60_000)
    child.on("close", (status) => {
      clearTimeout(timer)
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const used = existsSync(usage)
        ? JSON.parse(readFileSync(usage, "utf8"))
        : { maxRssKb: NaN, cpuMs: NaN, mainCpuMs: NaN }
      const rss = used.maxRssKb / 1024
      rmSync(usage, { force: true })
      const error = stderr.split("\n").filter((l) => /error/i.test(l) && !/^\s+at /.test(l)).at(-1)?.trim() ?? ""
      resolve({ ms, maxRssMb: rss, cpuMs: used.cpuMs, mainCpuMs: used.mainCpuMs, stdoutBytes, status, stdout, error })
    })
  })

/** Two processes joined by a shell's pipe, each measured; wall time until both end. */
const pipeline = (
  first: ReadonlyArray<string>,
  second: ReadonlyArray<string>,
  env: NodeJS.ProcessEnv
): Promise<
  {
    ms: number
    firstRssMb: number
    secondRssMb: number
    firstCpuMs: number
    secondCpuMs: number
    status: number | null
    stderr: string
  }
> =>
  new Promise((resolve) => {
    const u1 = join(work, `rusage-${process.pid}-${runs++}.json`)
    const u2 = join(work, `rusage-${process.pid}-${runs++}.json`)
    const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`
    const command = (usage: string, args: ReadonlyArray<string>) =>
      [`TR_BENCH_RUSAGE=${quote(usage)}`, process.execPath, "--import", join(dist, "rusage.js"), ...args]
        .map((arg, i) => (i === 0 ? arg : quote(arg)))
        .join(" ")
    const started = process.hrtime.bigint()
    // A shell's pipe, as users run them: the second reads the first's stdout itself (relayed through this process,
    // the bytes would cost CPU that the measured processes then lack on a small machine), and through a pipe, where a
    // pipe made by this process would be a socket. The shell ends when both have, their usage written.
    const shell = spawn("sh", ["-c", `${command(u1, first)} | ${command(u2, second)}`], {
      env: { ...process.env, ...env, NO_COLOR: "1" },
      stdio: ["ignore", "ignore", "pipe"]
    })
    let stderr = ""
    shell.stderr!.on("data", (d) => (stderr = (stderr + d).slice(-4000)))
    shell.on("close", (status) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const read = (u: string): { maxRssKb: number; cpuMs: number } =>
        existsSync(u) ? JSON.parse(readFileSync(u, "utf8")) : { maxRssKb: NaN, cpuMs: NaN }
      const [r1, r2] = [read(u1), read(u2)]
      rmSync(u1, { force: true })
      rmSync(u2, { force: true })
      resolve({
        ms,
        firstRssMb: r1.maxRssKb / 1024,
        secondRssMb: r2.maxRssKb / 1024,
        firstCpuMs: r1.cpuMs,
        secondCpuMs: r2.cpuMs,
        status,
        stderr
      })
    })
  })

const median = (values: ReadonlyArray<number>) => medianBy(values, (v) => v)

/** Distinct tests an emulator received, over all its runs. */
const arrived = (testomat: TestomatEmulator): number =>
  [...testomat.runs.values()].reduce((n, r) => n + r.tests.size, 0)

/** The item whose `key` is the median. */
const medianBy = <A>(items: ReadonlyArray<A>, key: (item: A) => number): A =>
  [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]!

/** A program's runs as reported: the run of median time, with the highest peak RSS of them all. */
const typical = <A extends Measured>(runs: ReadonlyArray<A>) => ({
  ...medianBy(runs, (run) => run.ms),
  maxRssMb: Math.max(...runs.map((run) => run.maxRssMb)),
  runs
})

// ---- inputs ----------------------------------------------------------------------------------------------------

const input = (mb: number): { path: string; totals: Generated } => {
  const path = join(work, `junit-${mb}mb.xml`)
  const meta = `${path}.json`
  if (existsSync(path) && existsSync(meta)) return { path, totals: JSON.parse(readFileSync(meta, "utf8")) }
  process.stderr.write(`generating ${path} …\n`)
  const totals: Generated = { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0, bytes: 0 }
  const fd = openSync(path, "w")
  for (const piece of generateJunit({ targetBytes: mb * MB, seed: 42 }, totals)) writeSync(fd, piece)
  closeSync(fd)
  writeFileSync(meta, JSON.stringify(totals))
  return { path, totals }
}

const installPeers = (): boolean => {
  if (
    existsSync(join(peers, "node_modules/@testomatio/reporter")) && existsSync(join(peers, "node_modules/junit2json"))
  ) return true
  process.stderr.write("installing peers and parsers into tooling/bench/work/peers (npm) …\n")
  mkdirSync(peers, { recursive: true })
  writeFileSync(join(peers, "package.json"), JSON.stringify({ name: "tr-bench-peers", private: true }))
  const r = spawnSync("npm", [
    "install",
    "--prefix",
    peers,
    "--no-audit",
    "--no-fund",
    "@testomatio/reporter",
    "junit2json",
    "saxes",
    "htmlparser2",
    "sax@1.6.1"
  ], { stdio: "inherit" })
  return r.status === 0
}

const peerVersion = (name: string) => {
  try {
    return JSON.parse(readFileSync(join(peers, "node_modules", name, "package.json"), "utf8")).version as string
  } catch {
    return "?"
  }
}

// ---- the run ---------------------------------------------------------------------------------------------------

const lines: Array<string> = []
const say = (line = "") => {
  console.log(line)
  lines.push(line)
}
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "—")
const checks: Array<{ target: string; holds: boolean; figure: string }> = []
const check = (target: string, holds: boolean, figure: string) => checks.push({ target, holds, figure })

const peersReady = withPeers && installPeers()
const floorsAvailable = peersReady || existsSync(join(peers, "node_modules/saxes"))
const node = process.version
say(`# tr benchmarks`)
say()
say(
  `Machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, ${
    fmt(totalmem() / 2 ** 30, 0)
  } GiB, Node ${node}, ${process.platform}.`
)
say(
  `Command: \`pnpm bench${
    args.length > 0 ? ` -- ${args.join(" ")}` : ""
  }\`; medians of ${repeat} rounds (\`tr push octane\` runs once: its rate limit paces it); RSS is each process's highest peak.`
)
if (peersReady) {
  say(
    `Peers: @testomatio/reporter ${peerVersion("@testomatio/reporter")}, junit2json ${
      peerVersion("junit2json")
    }; parsers: sax ${peerVersion("sax")}, saxes ${peerVersion("saxes")}, htmlparser2 ${peerVersion("htmlparser2")}.`
  )
}
say()

const convertRss: { [mb: number]: number } = {}
const pushRss: { [mb: number]: number } = {}

for (const mb of sizes) {
  const { path, totals } = input(mb)
  const bytes = statSync(path).size
  say(`## ${mb} MB (${fmt(bytes / MB)} MB, ${totals.tests.toLocaleString("en-US")} tests)`)
  say()
  say(`| what | time s | MB/s | tests/s | peak RSS MB | vs bare sax |`)
  say(`|---|---|---|---|---|---|`)
  const floors = floorsAvailable ? ["read", "sax", "saxes", "htmlparser2"] : ["read"]
  const times: { [name: string]: Array<number> } = {}
  const rss: { [name: string]: Array<number> } = {}
  const record = (name: string, m: { ms: number; maxRssMb: number }) => {
    ;(times[name] ??= []).push(m.ms)
    ;(rss[name] ??= []).push(m.maxRssMb)
  }
  // Delivery, against the loopback emulators.
  const deliver = async () => {
    const testomat = await startTestomatEmulator({ lean: true })
    // The emulator runs in this process, which does nothing else meanwhile: its CPU is this process's.
    const emulatorCpu = process.cpuUsage()
    const pushed = await pipeline([tr, "convert", "--quiet", path], [tr, "push", "testomat", "--quiet", "--json"], {
      TESTOMATIO: testomat.apiKey,
      TESTOMATIO_URL: testomat.url
    })
    const { system, user } = process.cpuUsage(emulatorCpu)
    const delivered = arrived(testomat)
    const requests = testomat.requests.length
    await testomat.close()
    return { ...pushed, emulatorCpuMs: (user + system) / 1000, delivered, requests }
  }
  const report = async () => {
    const testomat = await startTestomatEmulator({ lean: true })
    const run = await measure([join(peers, "node_modules/@testomatio/reporter/src/bin/reportXml.js"), path], {
      env: { TESTOMATIO: testomat.apiKey, TESTOMATIO_URL: testomat.url },
      timeoutMs: 20 * 60_000
    })
    const delivered = arrived(testomat)
    await testomat.close()
    return { ...run, delivered }
  }
  const junit2json = () =>
    measure([join(peers, "node_modules/junit2json/dist/esm/cli.js"), path], { timeoutMs: 20 * 60_000 })
  const deliveries: Array<Awaited<ReturnType<typeof deliver>>> = []
  const reporterRuns: Array<Awaited<ReturnType<typeof report>>> = []
  const junit2jsonRuns: Array<Measured> = []
  // Everything runs once a round, and what is compared is compared within a round (a pipe against the `tr convert`
  // of its round, a peer against the `tr convert` or the pipe of its round): a machine whose speed drifts during a
  // run would otherwise bend the ratios.
  for (let i = 0; i < repeat; i++) {
    for (const floor of floors) {
      record(floor, await measure([join(dist, "floors.js"), floor, path, join(peers, "node_modules")]))
    }
    record("tr convert", await measure([tr, "convert", "--quiet", path]))
    // The one file read in pieces by two worker threads (the machine's second core).
    record("tr convert --jobs 2", await measure([tr, "convert", "--quiet", "--jobs", "2", path]))
    deliveries.push(await deliver())
    if (peersReady) {
      reporterRuns.push(await report())
      junit2jsonRuns.push(await junit2json())
    }
  }
  const saxMs = times["sax"] === undefined ? NaN : median(times["sax"])
  for (const name of [...floors, "tr convert", "tr convert --jobs 2"]) {
    const ms = median(times[name]!)
    say(
      `| ${name.startsWith("tr convert") ? `\`${name} FILE > /dev/null\`` : `floor: ${name}`} | ${
        fmt(ms / 1000, 2)
      } | ${fmt(bytes / MB / (ms / 1000))} | ${
        name === "read" ? "—" : Math.round(totals.tests / (ms / 1000)).toLocaleString("en-US")
      } | ${fmt(Math.max(...rss[name]!), 0)} | ${name === "read" ? "—" : fmt(saxMs / ms, 2)} |`
    )
  }
  const convertMs = median(times["tr convert"]!)
  convertRss[mb] = Math.max(...rss["tr convert"]!)
  if (mb === 100) check("tr convert ≥ 0.8 of bare sax on 100 MB", saxMs / convertMs >= 0.8, fmt(saxMs / convertMs, 2))
  const splitMs = median(times["tr convert --jobs 2"]!)
  if (mb === 100) {
    check("tr convert --jobs 2 ≥ 0.8 of bare sax on 100 MB", saxMs / splitMs >= 0.8, fmt(saxMs / splitMs, 2))
    check(
      "peak RSS of tr convert --jobs 2 < 200 MB (100 MB)",
      Math.max(...rss["tr convert --jobs 2"]!) < 200,
      fmt(Math.max(...rss["tr convert --jobs 2"]!), 0)
    )
  }

  // The pair whose ratio is the median speaks for the pipe; RSS is the highest of all runs.
  const pairs = deliveries.map((run, i) => {
    const alone = times["tr convert"]![i]!
    const cpuMs = run.firstCpuMs + run.secondCpuMs + run.emulatorCpuMs
    return {
      run,
      ratio: (run.delivered / run.ms) / (totals.tests / alone),
      ceiling: alone / (cpuMs / cpus().length),
      cpuMs
    }
  })
  const pair = medianBy(pairs, (p) => p.ratio)
  const { delivered, emulatorCpuMs, requests, ...pushed } = {
    ...pair.run,
    firstRssMb: Math.max(...deliveries.map((run) => run.firstRssMb)),
    secondRssMb: Math.max(...deliveries.map((run) => run.secondRssMb))
  }
  pushRss[mb] = Math.max(pushed.firstRssMb, pushed.secondRssMb)
  const pushRate = delivered / (pushed.ms / 1000)
  say(
    `| \`tr convert FILE \\| tr push testomat\` | ${fmt(pushed.ms / 1000, 2)} | ${
      fmt(bytes / MB / (pushed.ms / 1000))
    } | ${Math.round(pushRate).toLocaleString("en-US")} | convert ${fmt(pushed.firstRssMb, 0)}, push ${
      fmt(pushed.secondRssMb, 0)
    } | — |`
  )
  say()
  say(
    `Testomat.io: ${delivered.toLocaleString("en-US")} of ${
      totals.tests.toLocaleString("en-US")
    } tests delivered in ${requests} requests; ${
      fmt(pair.ratio, 2)
    } of \`tr convert\`'s own tests/s (median of ${pairs.length}, each pipe against the \`tr convert\` run before it: ${
      pairs.map((p) => fmt(p.ratio, 2)).join(", ")
    }).`
  )
  const cpuMs = pair.cpuMs
  say(
    `CPU of the pipe: convert ${fmt(pushed.firstCpuMs / 1000, 1)} s, push ${fmt(pushed.secondCpuMs / 1000, 1)} s, ` +
      `emulator ${fmt(emulatorCpuMs / 1000, 1)} s; on ${cpus().length} cores the three need at least ${
        fmt(cpuMs / cpus().length / 1000, 1)
      } s, so here the pipe can reach at most ${fmt(pair.ceiling, 2)} of \`tr convert\`'s tests/s.`
  )
  if (mb === 100 || sizes.length === 1) {
    check(
      `tr convert | tr push testomat ≥ 0.7 of tr convert's tests/s (${mb} MB)`,
      pair.ratio >= 0.7,
      fmt(pair.ratio, 2)
    )
  }

  if (mb <= 100) {
    const octane = await startOctaneEmulator({ validate: false, lean: true })
    const rps = 20
    const o = await measure([tr, "push", "octane", "--quiet", "--json", "--no-wait", "--rps", String(rps), path], {
      keepStdout: true,
      env: {
        ...octaneEnv(octane)
      }
    })
    const accepted = octane.payloads.reduce((n, p) => n + p.tests, 0)
    const octaneRequests = octane.requests.length
    const peak = octane.peakRequestsPerSecond()
    await octane.close()
    // Sign-in, XSD, then one POST a payload: what the limit allows, request for request.
    const allowed = Math.max(0, octaneRequests) / rps
    const ratio = allowed / (o.ms / 1000)
    say(
      `ALM Octane (\`--no-wait\`, ${rps} requests/s): ${
        accepted.toLocaleString("en-US")
      } tests in ${octane.payloads.length} payloads, ${octaneRequests} requests in ${
        fmt(o.ms / 1000, 1)
      } s (peak ${peak} in a second), ${
        Math.round(accepted / (o.ms / 1000)).toLocaleString("en-US")
      } tests/s, peak RSS ${fmt(o.maxRssMb, 0)} MB; ${fmt(ratio, 2)} of what the rate limit allows.`
    )
    if (mb === 100 || sizes.length === 1) {
      check(`tr push octane within 90% of its rate limit (${mb} MB)`, ratio >= 0.9, fmt(ratio, 2))
    }
  }
  say()

  if (peersReady) {
    say(`| peer | time s | peak RSS MB | finished |`)
    say(`|---|---|---|---|`)
    const reporter = typical(reporterRuns)
    const reporterDelivered = reporter.delivered
    say(
      `| @testomatio/reporter \`report-xml\` | ${fmt(reporter.ms / 1000, 2)} | ${fmt(reporter.maxRssMb, 0)} | ${
        reporter.status === 0 ? "yes" : `no (exit ${reporter.status}: ${reporter.error})`
      }, ${reporterDelivered.toLocaleString("en-US")} tests arrived |`
    )
    const j2j = typical(junit2jsonRuns)
    say(
      `| junit2json | ${fmt(j2j.ms / 1000, 2)} | ${fmt(j2j.maxRssMb, 0)} | ${
        j2j.status === 0 ? "yes" : `no (exit ${j2j.status}: ${j2j.error})`
      } |`
    )
    say()
    /** Ahead: the peer did not finish, or took longer than `tr` in the median round and more memory than `tr` ever. */
    const ahead = (
      what: string,
      ours: { readonly ms: ReadonlyArray<number>; readonly rssMb: number },
      peer: ReturnType<typeof typical<Measured>>
    ) => {
      const slower = peer.runs.map((run, i) => run.ms / ours.ms[i]!)
      const finished = peer.status === 0
      check(
        what,
        !finished || (median(slower) > 1 && ours.rssMb < peer.maxRssMb),
        `${fmt(median(ours.ms) / 1000, 1)} s / ${fmt(ours.rssMb, 0)} MB vs ${fmt(peer.ms / 1000, 1)} s / ${
          fmt(peer.maxRssMb, 0)
        } MB${
          finished
            ? `; round by round the peer took ${slower.map((x) => fmt(x, 2)).join(", ")} × tr's time`
            : " (did not finish)"
        }`
      )
    }
    ahead(
      `ahead of @testomatio/reporter on time and memory (${mb} MB; tr convert | tr push against report-xml)`,
      { ms: deliveries.map((run) => run.ms), rssMb: pushRss[mb]! },
      reporter
    )
    ahead(
      `ahead of junit2json on time and memory (${mb} MB; tr convert against junit2json)`,
      { ms: times["tr convert"]!, rssMb: convertRss[mb]! },
      j2j
    )
  }
}

if (streamed !== undefined) {
  // Reading a report larger than any file the bench keeps: the generator writes it into the pipe as tr reads it.
  const totalsFile = join(work, `streamed-${process.pid}.json`)
  say(`## ${streamed} MB streamed: \`node tooling/dist/bench/generate.js ${streamed} | tr convert - > /dev/null\``)
  say()
  const s = await pipeline([join(dist, "generate.js"), String(streamed), totalsFile], [tr, "convert", "-"], {})
  const generated: Generated = JSON.parse(readFileSync(totalsFile, "utf8"))
  rmSync(totalsFile, { force: true })
  const read = Number(/ ([\d,]+) tests/.exec(s.stderr)?.[1]?.replaceAll(",", "") ?? NaN)
  say(
    `${fmt(generated.bytes / MB)} MB, ${generated.tests.toLocaleString("en-US")} tests generated; \`tr convert\` read ${
      read.toLocaleString("en-US")
    } in ${fmt(s.ms / 1000, 1)} s (${fmt(generated.bytes / MB / (s.ms / 1000))} MB/s, exit ${s.status}), peak RSS ${
      fmt(s.secondRssMb, 0)
    } MB (the generator: ${fmt(s.firstRssMb, 0)} MB).`
  )
  say()
  check(
    `tr convert reads every test of a ${streamed} MB report streamed in`,
    read === generated.tests,
    `${read.toLocaleString("en-US")} of ${generated.tests.toLocaleString("en-US")}`
  )
  check(`peak RSS of tr convert < 200 MB (${streamed} MB streamed)`, s.secondRssMb < 200, fmt(s.secondRssMb, 0))
}

if (hostileMb !== undefined) {
  // One token far longer than any real report's: each file is generated, read once, and removed.
  say(`## Hostile inputs: one token of ${hostileMb} MB between a test before and a test after`)
  say()
  say(`| file | what \`tr\` did | time s | peak RSS MB | exit | tests read |`)
  say(`|---|---|---|---|---|---|`)
  for (const name of Object.keys(HOSTILE) as Array<HostileName>) {
    const format = HOSTILE[name].format
    const path = join(work, `hostile-${name}.${format === "junit" ? "xml" : "json"}`)
    writeHostile(path, name, hostileMb * MB)
    let m: Measured
    if (format === "ndjson") {
      const testomat = await startTestomatEmulator({ lean: true })
      m = await measure([tr, "push", "testomat", "--json"], {
        stdin: path,
        keepStdout: true,
        env: { TESTOMATIO: testomat.apiKey, TESTOMATIO_URL: testomat.url }
      })
      await testomat.close()
    } else {
      m = await measure([tr, "convert", path], { keepStdout: true })
    }
    rmSync(path, { force: true })
    const tests = format === "ndjson"
      ? Number(/"delivered":(\d+)/.exec(m.stdout)?.[1] ?? NaN)
      : m.stdout.split("\n").filter((l) => l.startsWith(`{"type":"test"`)).length
    const did = format === "ndjson"
      ? "line left out"
      : /"code":"(token-too-long|too-many-attributes|invalid-json)"/.exec(m.stdout)?.[1] ?? "capped"
    say(`| ${name} | ${did} | ${fmt(m.ms / 1000, 1)} | ${fmt(m.maxRssMb, 0)} | ${m.status} | ${tests} |`)
    check(`peak RSS of tr < 200 MB (hostile: ${name}, ${hostileMb} MB)`, m.maxRssMb < 200, fmt(m.maxRssMb, 0))
  }
  say()
}

for (const mb of sizes) {
  check(`peak RSS of tr convert < 200 MB (${mb} MB)`, convertRss[mb]! < 200, fmt(convertRss[mb]!, 0))
  check(`peak RSS of tr push < 200 MB (${mb} MB)`, pushRss[mb]! < 200, fmt(pushRss[mb]!, 0))
}
const smallest = Math.min(...sizes)
const largest = Math.max(...sizes)
if (sizes.length > 0 && largest > smallest) {
  for (const [what, table] of [["tr convert", convertRss], ["tr push", pushRss]] as const) {
    const drift = Math.abs(table[largest]! - table[smallest]!) / table[smallest]!
    check(
      `${what} RSS flat: ${largest} MB within 20% of ${smallest} MB`,
      drift <= 0.2,
      `${fmt(table[smallest]!, 0)} → ${fmt(table[largest]!, 0)} MB`
    )
  }
}

if (manyFiles > 0) {
  const dir = join(work, `files-${manyFiles}`)
  const stamp = join(dir, ".complete")
  if (!existsSync(stamp)) {
    process.stderr.write(`generating ${manyFiles} reports in ${dir} …\n`)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    for (let i = 0; i < manyFiles; i++) {
      const piece = [...generateJunit({ targetBytes: MB, seed: i + 1 })].join("")
      writeFileSync(join(dir, `TEST-${String(i).padStart(4, "0")}.xml`), piece)
    }
    writeFileSync(stamp, "")
  }
  const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0)
  say(`## ${manyFiles} reports of ~1 MB in one directory (${fmt(bytes / MB)} MB; ${cpus().length} cores)`)
  say()
  say(`| what | time s | MB/s | peak RSS MB | CPU s | vs bare sax |`)
  say(`|---|---|---|---|---|---|`)
  const rows: { [what: string]: Array<Measured> } = {}
  const timed = async (what: string, nodeArgs: ReadonlyArray<string>) => {
    ;(rows[what] ??= []).push(await measure(nodeArgs))
  }
  const jobs = [1, 2, 4]
  for (let i = 0; i < repeat; i++) {
    await timed("floor: sax, one file after another", [
      join(dist, "floors.js"),
      "sax",
      dir,
      join(peers, "node_modules")
    ])
    for (const n of jobs) {
      await timed(`\`tr convert --jobs ${n} DIR > /dev/null\``, [tr, "convert", "--quiet", "--jobs", String(n), dir])
    }
  }
  const saxMs = median(rows["floor: sax, one file after another"]?.map((m) => m.ms) ?? [])
  for (const [what, runs] of Object.entries(rows)) {
    const ms = median(runs.map((m) => m.ms))
    say(
      `| ${what} | ${fmt(ms / 1000, 2)} | ${fmt(bytes / MB / (ms / 1000))} | ${
        fmt(Math.max(...runs.map((m) => m.maxRssMb)), 0)
      } | ${fmt(median(runs.map((m) => m.cpuMs)) / 1000, 2)} | ${what.startsWith("floor") ? "—" : fmt(saxMs / ms, 2)} |`
    )
  }
  say()
  const best = Math.min(
    ...jobs.map((n) => median(rows[`\`tr convert --jobs ${n} DIR > /dev/null\``]!.map((m) => m.ms)))
  )
  check(
    `tr convert of ${manyFiles} reports ≥ 1.0 of bare sax reading them in turn`,
    saxMs / best >= 1,
    fmt(saxMs / best, 2)
  )
  // What caps the curve: the main thread passes every byte on. With 4 workers it reads no file itself, so its CPU
  // time is what passing the stream on costs (its start included); stdout is a pipe to this process, counted.
  const passing = await measure([tr, "convert", "--quiet", "--jobs", "5", dir], { countStdout: true })
  const ndjsonMb = passing.stdoutBytes / MB
  say(
    `Main thread passing the stream on (\`tr convert --jobs 5 DIR | …\`, 4 workers, this thread reads no file): ` +
      `${fmt(ndjsonMb)} MB of NDJSON in ${fmt(passing.ms / 1000, 2)} s, its own CPU ${
        fmt(passing.mainCpuMs / 1000, 2)
      } s: ${fmt(ndjsonMb / (passing.mainCpuMs / 1000), 0)} MB/s of NDJSON a CPU second ` +
      `(${fmt(bytes / MB / (passing.mainCpuMs / 1000), 0)} MB/s of these reports), the most any number of cores ` +
      `can give.`
  )
  say()
  check(
    `peak RSS of tr convert < 200 MB (${manyFiles} reports, every --jobs)`,
    Object.entries(rows).every(([what, runs]) =>
      what.startsWith("floor") || Math.max(...runs.map((m) => m.maxRssMb)) < 200
    ),
    jobs.map((n) => fmt(Math.max(...rows[`\`tr convert --jobs ${n} DIR > /dev/null\``]!.map((m) => m.maxRssMb)), 0))
      .join(" / ")
  )
}

if (attachmentCount > 0) {
  // One JUnit report whose tests each name a screenshot beside it, as Playwright writes them.
  const fileBytes = 50 * 1024
  const dir = join(work, "artifacts")
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, "shots"), { recursive: true })
  const cases: Array<string> = []
  for (let i = 0; i < attachmentCount; i++) {
    writeFileSync(join(dir, "shots", `t${i}.png`), randomBytes(fileBytes))
    cases.push(
      `<testcase name="shows page ${i}" classname="pages.spec.ts" time="0.1"><failure message="no">Error</failure>` +
        `<system-out>[[ATTACHMENT|shots/t${i}.png]]</system-out></testcase>`
    )
  }
  const report = join(dir, "report.xml")
  writeFileSync(report, `<testsuite name="pages.spec.ts" tests="${attachmentCount}">${cases.join("")}</testsuite>`)
  say(`## A push with ${attachmentCount.toLocaleString("en-US")} attachments (${fileBytes / 1024} KiB each)`)
  say()
  say(`| what | time s | files/s | MB/s | peak RSS MB | uploaded | linked |`)
  say(`|---|---|---|---|---|---|---|`)
  const testomat = await startTestomatEmulator({ lean: true })
  const storage = await startS3Emulator()
  const m = await measure([tr, "push", "testomat", "--json", report], {
    keepStdout: true,
    env: {
      TESTOMATIO: testomat.apiKey,
      TESTOMATIO_URL: testomat.url,
      S3_BUCKET: storage.bucket,
      S3_ACCESS_KEY_ID: storage.accessKeyId,
      S3_SECRET_ACCESS_KEY: storage.secretAccessKey,
      S3_REGION: storage.region,
      S3_ENDPOINT: storage.url
    }
  })
  await testomat.close()
  await storage.close()
  rmSync(dir, { recursive: true, force: true })
  const summary = (() => {
    try {
      return JSON.parse(m.stdout) as { artifacts?: { uploaded: number; linked: number } }
    } catch {
      return {}
    }
  })()
  const uploaded = summary.artifacts?.uploaded ?? 0
  const linked = summary.artifacts?.linked ?? 0
  say(
    `| \`tr push testomat REPORT\` (S3 server on loopback) | ${fmt(m.ms / 1000, 2)} | ${
      fmt(uploaded / (m.ms / 1000), 0)
    } | ${fmt((uploaded * fileBytes) / MB / (m.ms / 1000))} | ${fmt(m.maxRssMb, 0)} | ${uploaded} | ${linked} |`
  )
  say()
  check(
    `tr push testomat: every one of ${attachmentCount} attachments uploaded and linked`,
    m.status === 0 && uploaded === attachmentCount && linked === attachmentCount,
    `${uploaded} uploaded, ${linked} linked, exit ${m.status}${m.error ? `: ${m.error}` : ""}`
  )
  check(`peak RSS of tr push < 200 MB (${attachmentCount} attachments)`, m.maxRssMb < 200, fmt(m.maxRssMb, 0))
}

if (liveTests > 0) {
  const gapMs = 100
  say(`## Live: \`go test -json\` written a test every ${gapMs} ms into \`tr push\` (${liveTests} tests)`)
  say()
  say(`Milliseconds from a test's last line to its arrival at the emulator (the first test, which waits for the run or`)
  say(`the sign-in, left out).`)
  say()
  say(`| what | median ms | worst ms |`)
  say(`|---|---|---|`)
  let ready = () => {}
  const testomat = await startTestomatEmulator({ onRequest: (r) => r.route === "create" && ready() })
  const octane = await startOctaneEmulator({ onRequest: (r) => r.route === "sign_in" && ready() })
  const line = (Action: string, Test: string) =>
    JSON.stringify({ Time: new Date().toISOString(), Action, Package: "example.com/live", Test, Elapsed: 0.01 }) + "\n"
  /** Feeds the tests into `tr` a gap apart once the service has heard from it; when each test's last line left. */
  const feed = (args: ReadonlyArray<string>) =>
    new Promise<{ written: Array<number>; status: number | null }>((resolve) => {
      const child = spawn(process.execPath, [tr, ...args], {
        stdio: ["pipe", "ignore", "ignore"],
        env: {
          ...process.env,
          TESTOMATIO: testomat.apiKey,
          TESTOMATIO_URL: testomat.url,
          ...octaneEnv(octane)
        }
      })
      const written: Array<number> = []
      const next = () => {
        const i = written.length
        if (i === liveTests) {
          return void child.stdin.end(JSON.stringify({ Action: "pass", Package: "example.com/live" }))
        }
        child.stdin.write(line("run", `TestLive${i}`) + line("pass", `TestLive${i}`))
        written.push(Date.now())
        if (i === 0) ready = () => setTimeout(next, gapMs)
        else setTimeout(next, gapMs)
      }
      next()
      child.on("close", (status) => resolve({ written, status }))
    })
  const latencies = (written: ReadonlyArray<number>, arrival: (title: string) => number | undefined) =>
    written.slice(1).map((at, i) => (arrival(`TestLive${i + 1}`) ?? Number.POSITIVE_INFINITY) - at)
  const row = (what: string, ms: ReadonlyArray<number>, status: number | null) => {
    const worst = Math.max(...ms)
    say(`| ${what} | ${fmt(median(ms), 0)} | ${fmt(worst, 0)} |`)
    check(`${what}: every test within 2 s of its last line`, status === 0 && worst < 2000, `worst ${fmt(worst, 0)} ms`)
  }
  const fromTestomat = await feed(["push", "testomat", "--title", "live"])
  const batches = testomat.requests.filter((r) => r.body.includes("\"tests\""))
  row(
    "`tr push testomat` (--linger 1000)",
    latencies(fromTestomat.written, (title) => batches.find((r) => r.body.includes(`"title":"${title}"`))?.at),
    fromTestomat.status
  )
  const fromOctane = await feed(["push", "octane", "--module", "live"])
  const posts = octane.requests.filter((r) => r.route === "push" && r.task !== undefined)
  row(
    "`tr push octane` (--linger 1000)",
    latencies(
      fromOctane.written,
      (title) =>
        posts.find((r) => octane.tasks.get(r.task!)!.payload.runs.some((run) => run.attributes["name"] === title))?.at
    ),
    fromOctane.status
  )
  await testomat.close()
  await octane.close()
  say()
}

say(`## Targets`)
say()
say(`| target | figure | holds |`)
say(`|---|---|---|`)
const cell = (text: string) => text.replaceAll("|", "\\|")
for (const c of checks) say(`| ${cell(c.target)} | ${cell(c.figure)} | ${c.holds ? "yes" : "**no**"} |`)
writeFileSync(join(work, "BENCHMARKS.latest.md"), lines.join("\n") + "\n")
process.stderr.write(`\nwritten to tooling/bench/work/BENCHMARKS.latest.md\n`)
