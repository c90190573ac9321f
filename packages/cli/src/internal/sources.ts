/**
 * The inputs of `convert` and `push`: paths, directories, globs and `-`, read into one canonical stream with its
 * header and trailer.
 */
import * as Canonical from "@tr/core/Canonical"
import type { Tally } from "@tr/core/Tally"
import { Effect, identity, Stream } from "effect"
import { type Stats, statSync } from "node:fs"
import { isAbsolute } from "node:path"
import { glob, isDynamicPattern } from "tinyglobby"
import * as Formats from "./formats.js"
import * as Stdio from "./stdio.js"

/** An input to read: a path (or `-` for stdin), or a pattern that matched nothing. */
export interface Source {
  readonly path: string
  readonly problem?: string
  /** Found by expanding a directory or a glob, not named: one that is no test report is skipped, not a problem. */
  readonly found?: boolean
}

/** An argument that looks like an option but is none of ours (a file so named can be given as `./-name`). */
export const unknownOption = (inputs: ReadonlyArray<string>): string | undefined =>
  inputs.find((input) => input.startsWith("-") && input !== "-")

/** What a directory argument stands for: the files of every format tr reads. */
const IN_DIRECTORY = "**/*.{xml,trx,json,ndjson}"

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

/** Paths as given, directories and globs expanded (sorted, so that the stream's order is reproducible). */
export const expand = (inputs: ReadonlyArray<string>): Effect.Effect<ReadonlyArray<Source>> =>
  Effect.promise(async () => {
    const sources: Array<Source> = []
    for (const input of inputs.length === 0 ? ["-"] : inputs) {
      const stat = input === "-" ? undefined : statOf(input)
      const directory = stat?.isDirectory() === true
      if (input === "-" || (stat !== undefined && !directory)) {
        sources.push({ path: input })
        continue
      }
      if (!directory && !isDynamicPattern(input)) {
        sources.push({ path: input })
        continue
      }
      const matches = await glob(directory ? IN_DIRECTORY : input, {
        cwd: directory ? input : process.cwd(),
        absolute: !directory && isAbsolute(input),
        onlyFiles: true,
        expandDirectories: false
      })
      if (matches.length === 0) {
        sources.push({
          path: input,
          problem: directory
            ? `no .xml, .trx, .json or .ndjson file in the directory ${input}`
            : `no file matches the pattern ${input}`
        })
      }
      for (const match of matches.sort()) {
        sources.push({ path: directory ? `${input.replace(/\/+$/, "")}/${match}` : match, found: true })
      }
    }
    return sources
  })

/** Live counters for the progress line. */
export interface Progress {
  files: number
  bytes: number
  tests: number
}

/** How result files are read, as the reading flags say. */
export interface Reading {
  readonly maxTextLength: number
  /** A format to use instead of the detected one. */
  readonly from?: string
  /** A JUnit dialect to use instead of the detected one. */
  readonly dialect?: string
}

export interface ReadOptions {
  readonly reading: Reading
  readonly progress?: Progress
  readonly version: string
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

/** The canonical records of one source, never failing: what cannot be read becomes a diagnostic. */
const readSource = (source: Source, options: ReadOptions, tally: Tally): Stream.Stream<Canonical.SourceRecord> =>
  Stream.suspend(() => {
    tally.source(source.path)
    if (source.problem !== undefined) return Stream.make(unreadable(source.path, source.problem))
    const progress = options.progress
    const raw: Stream.Stream<Uint8Array, unknown> = source.path === "-"
      ? Stdio.stdin()
      : isPipe(source.path)
      ? Stdio.fromPipe(source.path)
      : Stdio.fromFile(source.path)
    const bytes = raw.pipe(
      Stream.mapChunks((chunk) => {
        if (progress !== undefined) { for (const b of chunk) progress.bytes += b.length }
        return chunk
      })
    )
    return bytes.pipe(
      Formats.read(source.path, options.reading),
      source.found === true ? Stream.map(skipNotAReport) : identity,
      Stream.catchAll((error) => Stream.make(unreadable(source.path, describe(error)))),
      Stream.ensuring(Effect.sync(() => progress && progress.files++))
    )
  })

/**
 * Header, every source's records in order, and the trailer. `tally` sees every record, so the caller can tell how
 * reading went.
 */
export const read = (sources: ReadonlyArray<Source>, options: ReadOptions, tally: Tally) => {
  const header: Canonical.RunHeader = {
    type: "run",
    schemaVersion: Canonical.SCHEMA_VERSION,
    tool: { name: "tr", version: options.version },
    sources: sources.map((s) => s.path)
  }
  const body = Stream.flatMap(Stream.fromIterable(sources), (source) => readSource(source, options, tally)).pipe(
    Stream.mapChunks((chunk) => {
      for (const record of chunk) tally.add(record)
      if (options.progress !== undefined) options.progress.tests = tally.counts.tests
      return chunk
    })
  )
  return Stream.make(header as Canonical.StreamRecord).pipe(
    Stream.concat(body),
    Stream.concat(Stream.suspend(() => Stream.make(tally.end())))
  )
}
