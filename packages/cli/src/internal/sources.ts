/**
 * The inputs of `convert` and `push`: paths, directories, globs and `-`, read into one canonical stream with its
 * header and trailer.
 */
import * as Canonical from "@tr/core/Canonical"
import type { Tally } from "@tr/core/Tally"
import { Effect, identity, Stream } from "effect"
import { type Dirent, readdirSync, readlinkSync, realpathSync, type Stats, statSync } from "node:fs"
import { isAbsolute, join } from "node:path"
import { glob, isDynamicPattern } from "tinyglobby"
import type * as Allure from "./allure.js"
import * as Formats from "./formats.js"
import * as Stdio from "./stdio.js"

/** An input to read: a path (or `-` for stdin), or a pattern that matched nothing, or a link to nothing. */
export interface Source {
  readonly path: string
  /** Why it cannot be read: an error. */
  readonly problem?: string
  /** Why it is not read, though nothing is wrong with the others: a warning (a dangling link in a directory). */
  readonly note?: string
  /** Found by expanding a directory or a glob, not named: one that is no test report is skipped, not a problem. */
  readonly found?: boolean
  /** An Allure results directory, read as one input. */
  readonly allure?: boolean
}

/** An argument that looks like an option but is none of ours (a file so named can be given as `./-name`). */
export const unknownOption = (inputs: ReadonlyArray<string>): string | undefined =>
  inputs.find((input) => input.startsWith("-") && input !== "-")

/** What a directory argument stands for: the files of every format tr reads (hidden ones left out, as globs do). */
const IN_DIRECTORY = /^[^.].*\.(xml|trx|json|ndjson)$/

/** What the file system says of `path`, or nothing when there is nothing there. */
const statOf = (path: string): Stats | undefined => {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

/** A named pipe, a device or a socket: read in order, never at a position. */
const isPipe = (path: string): boolean => {
  const stat = statOf(path)
  return stat !== undefined && (stat.isFIFO() || stat.isCharacterDevice() || stat.isSocket())
}

/**
 * The report files under `root`, relative to it, and its links to nothing. Links are followed, but every directory
 * and file is visited once by its real path (a link to a parent ends there), and a path without links is preferred:
 * links are visited after everything else.
 */
const walk = (
  root: string,
  isAllure: (dir: string) => boolean
): { readonly files: Array<string>; readonly dangling: Array<string>; readonly allure: Array<string> } => {
  const files: Array<string> = []
  const allure: Array<string> = []
  const dangling: Array<string> = []
  const seen = new Set<string>()
  const links: Array<string> = []
  const once = (path: string): boolean => {
    let real: string
    try {
      real = realpathSync(join(root, path))
    } catch {
      return false
    }
    if (seen.has(real)) return false
    seen.add(real)
    return true
  }
  const visit = (dir: string): void => {
    if (!once(dir)) return
    // An Allure results directory is one input: its attachments (`.json`, `.xml` among them) are no reports.
    if (dir !== "" && isAllure(join(root, dir))) {
      allure.push(dir)
      return
    }
    let entries: Array<Dirent>
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true })
    } catch {
      // As globs do: a directory that cannot be listed holds nothing to read.
      return
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue
      const path = dir === "" ? entry.name : `${dir}/${entry.name}`
      if (entry.isSymbolicLink()) links.push(path)
      else if (entry.isDirectory()) visit(path)
      else if (entry.isFile() && IN_DIRECTORY.test(entry.name) && once(path)) files.push(path)
    }
  }
  visit("")
  for (let i = 0; i < links.length; i++) {
    const path = links[i]!
    const target = statOf(join(root, path))
    const name = path.slice(path.lastIndexOf("/") + 1)
    if (target === undefined) {
      if (IN_DIRECTORY.test(name)) dangling.push(path)
    } else if (target.isDirectory()) visit(path)
    else if (target.isFile() && IN_DIRECTORY.test(name) && once(path)) files.push(path)
  }
  return { files: files.sort(), dangling: dangling.sort(), allure: allure.sort() }
}

/** The real path of a regular file, to read each file once however it is named; nothing for pipes and the like. */
const realFile = (path: string): string | undefined => {
  const stat = statOf(path)
  if (stat === undefined || !stat.isFile()) return undefined
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

/** A link to nothing found in a directory: said, not read. */
const danglingNote = (path: string): string => {
  let target = "a path"
  try {
    target = readlinkSync(path)
  } catch {
    // Gone since the walk: say it without its target.
  }
  return `${path} is a symbolic link to ${target}, which does not exist; skipped`
}

/** Paths as given, directories and globs expanded (sorted, so that the stream's order is reproducible). */
export const expand = (inputs: ReadonlyArray<string>): Effect.Effect<ReadonlyArray<Source>> =>
  Effect.promise(async () => {
    const sources: Array<Source> = []
    // Loaded when a directory is given, which may be an Allure results directory or hold one.
    let allureModule: typeof Allure | undefined
    for (const input of inputs.length === 0 ? ["-"] : inputs) {
      const stat = input === "-" ? undefined : statOf(input)
      const directory = stat?.isDirectory() === true
      const isResultsDirectory = directory
        ? (allureModule ??= await import("./allure.js")).isResultsDirectory
        : undefined
      if (isResultsDirectory !== undefined && isResultsDirectory(input)) {
        sources.push({ path: input.length > 1 ? input.replace(/\/+$/, "") : input, allure: true })
        continue
      }
      if (input === "-" || (stat !== undefined && !directory)) {
        sources.push({ path: input })
        continue
      }
      if (!directory && !isDynamicPattern(input)) {
        sources.push({ path: input })
        continue
      }
      const dir = input.replace(/\/+$/, "")
      const { allure, dangling, files } = isResultsDirectory !== undefined
        ? walk(input, isResultsDirectory)
        : { allure: [], dangling: [], files: [] }
      const matches = directory
        ? files
        : await glob(input, { absolute: isAbsolute(input), onlyFiles: true, expandDirectories: false })
      if (matches.length === 0 && dangling.length === 0 && allure.length === 0) {
        sources.push({
          path: input,
          problem: directory
            ? `no .xml, .trx, .json or .ndjson file in the directory ${input}`
            : `no file matches the pattern ${input}`
        })
      }
      for (const match of matches.sort()) sources.push({ path: directory ? `${dir}/${match}` : match, found: true })
      for (const results of allure) sources.push({ path: `${dir}/${results}`, allure: true, found: true })
      for (const link of dangling) sources.push({ path: `${dir}/${link}`, note: danglingNote(`${dir}/${link}`) })
    }
    // A file reached twice (a link to it, a link to a directory above it, a pattern and a path) is read once.
    const read = new Set<string>()
    return sources.filter((source) => {
      const real = source.problem === undefined && source.note === undefined ? realFile(source.path) : undefined
      if (real === undefined) return true
      if (read.has(real)) return false
      read.add(real)
      return true
    })
  })

/** Live counters for the progress line. */
export interface Progress {
  files: number
  bytes: number
  tests: number
}

/**
 * Every test's execution prefixed with the user's key: two machines of a CI matrix that report the same tests into one
 * run deliver two executions of each, not one overwriting the other.
 */
export const withKey = (key: string | undefined) => (r: Canonical.SourceRecord): Canonical.SourceRecord =>
  key === undefined || r.type !== "test"
    ? r
    : { ...r, execution: r.execution === undefined ? key : `${key} ${r.execution}` }

const withExecutionKey =
  (key: string | undefined) =>
  <E, R>(records: Stream.Stream<Canonical.SourceRecord, E, R>): Stream.Stream<Canonical.SourceRecord, E, R> =>
    key === undefined ? records : Stream.map(records, withKey(key))

/** How result files are read, as the reading flags say. */
export interface ReadOptions {
  readonly reading: Formats.Reading
  readonly progress?: Progress
  readonly version: string
  /** Standard input, read for the input `-`. */
  readonly stdin: Stream.Stream<Uint8Array, unknown>
}

const describe = (error: unknown): string => {
  const e = error as { code?: string; message?: string; description?: string }
  if (e.code === "ENOENT") return "no such file"
  if (e.code === "EACCES" || e.code === "EPERM") return "permission denied"
  return e.description ?? e.message ?? String(error)
}

const unreadable = (path: string, why: string): Canonical.Diagnostic => ({
  type: "diagnostic",
  severity: "error",
  code: "unreadable",
  message: `cannot read ${path === "-" ? "standard input" : path}: ${why}`,
  source: path
})

/**
 * A file a directory or glob brought in that is recognisably no test report (Maven's `failsafe-summary.xml`, TestNG's
 * `testng-failed.xml`, any other XML or JSON) is skipped with a note; named on the command line, it is an error.
 */
const skipNotAReport = (record: Canonical.SourceRecord): Canonical.SourceRecord =>
  record.type === "diagnostic" && record.code === "unrecognized-format"
    ? { ...record, severity: "warning", code: "not-a-report", message: `skipped, ${record.message}` }
    : record

/**
 * The records of one named input (a file, a pipe, or `-`) as its reader gives them, never failing: what cannot be read
 * becomes a diagnostic. `onBytes` hears of every piece read. Workers read files with this too.
 */
export const readInput = (
  source: Source,
  reading: Formats.Reading,
  onBytes?: (length: number) => void,
  stdin?: Stream.Stream<Uint8Array, unknown>
): Stream.Stream<Canonical.SourceRecord> => {
  const raw: Stream.Stream<Uint8Array, unknown> = source.path === "-"
    ? stdin ?? Stream.fail("standard input is read by the main thread only")
    : isPipe(source.path)
    ? Stdio.fromPipe(source.path)
    : Stdio.fromFile(source.path)
  const bytes = onBytes === undefined ? raw : raw.pipe(
    Stream.mapChunks((chunk) => {
      for (const b of chunk) onBytes(b.length)
      return chunk
    })
  )
  return bytes.pipe(
    Formats.read(source.path, reading),
    withExecutionKey(reading.executionKey),
    source.found === true ? Stream.map(skipNotAReport) : identity,
    Stream.catchAll((error) => Stream.make(unreadable(source.path, describe(error))))
  )
}

/** Whether a source is a regular file that any thread may read: stdin and pipes are read by the main one, in order. */
export const isFile = (source: Source): boolean =>
  source.note === undefined && source.problem === undefined && source.allure !== true && source.path !== "-" &&
  !isPipe(source.path)

/**
 * How many worker threads `--jobs` starts for `sources`: `jobs` counts this thread, which reads too or delivers, so
 * one less, and none for `--jobs 1` or one file.
 */
export const workers = (sources: ReadonlyArray<Source>, jobs: number): number =>
  jobs <= 1 ? 0 : Math.min(jobs - 1, sources.filter(isFile).length - 1)

/** The diagnostic of a link to nothing found in a directory. */
const danglingLink = (source: Source & { readonly note: string }): Canonical.Diagnostic => ({
  type: "diagnostic",
  severity: "warning",
  code: "dangling-link",
  message: source.note,
  source: source.path
})

/** The canonical records of one source, never failing: what cannot be read becomes a diagnostic. */
export const readSource = (
  source: Source,
  options: ReadOptions,
  tally: Tally
): Stream.Stream<Canonical.SourceRecord> =>
  Stream.suspend(() => {
    if (source.note !== undefined) return Stream.make(danglingLink({ ...source, note: source.note }))
    tally.source(source.path)
    if (source.problem !== undefined) return Stream.make(unreadable(source.path, source.problem))
    const progress = options.progress
    if (source.allure === true) {
      return Stream.unwrap(
        Effect.map(Effect.promise(() => import("./allure.js")), (allure) => allure.read(source.path, options.reading))
      ).pipe(
        withExecutionKey(options.reading.executionKey),
        Stream.ensuring(Effect.sync(() => progress && progress.files++))
      )
    }
    return readInput(
      source,
      options.reading,
      progress === undefined ? undefined : (length) => progress.bytes += length,
      options.stdin
    ).pipe(Stream.ensuring(Effect.sync(() => progress && progress.files++)))
  })

/** The run header of a stream read from `sources`. */
export const header = (sources: ReadonlyArray<Source>, version: string): Canonical.RunHeader => ({
  type: "run",
  schemaVersion: Canonical.SCHEMA_VERSION,
  tool: { name: "tr", version },
  sources: sources.filter((s) => s.note === undefined).map((s) => s.path)
})

/**
 * Header, every source's records in order, and the trailer. `tally` sees every record, so the caller can tell how
 * reading went.
 */
export const read = (sources: ReadonlyArray<Source>, options: ReadOptions, tally: Tally) => {
  const body = Stream.flatMap(Stream.fromIterable(sources), (source) => readSource(source, options, tally)).pipe(
    Stream.mapChunks((chunk) => {
      for (const record of chunk) tally.add(record)
      if (options.progress !== undefined) options.progress.tests = tally.counts.tests
      return chunk
    })
  )
  return Stream.make(header(sources, options.version) as Canonical.StreamRecord).pipe(
    Stream.concat(body),
    Stream.concat(Stream.suspend(() => Stream.make(tally.end())))
  )
}
