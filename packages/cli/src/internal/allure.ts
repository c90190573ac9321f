/**
 * An Allure 2 results directory as one input: its `*-result.json` files in the order their tests started (then by
 * name), then its `*-container.json` files by name, each read whole before the next is opened. Only the names and
 * start times of the results are held, never their contents: a directory of any size is read in the memory of one
 * result.
 */
import * as AllureReader from "@tr/allure/AllureReader"
import type * as Canonical from "@tr/core/Canonical"
import { Effect, Stream } from "effect"
import { closeSync, type Dirent, openSync, readdirSync, readSync } from "node:fs"
import { join } from "node:path"
import { TextDecoder } from "node:util"
import type * as Formats from "./formats.js"
import * as Stdio from "./stdio.js"

/** The result and container files directly in `dir` (hidden ones left out). */
const entries = (dir: string): { readonly results: Array<string>; readonly containers: Array<string> } => {
  let listed: Array<Dirent>
  try {
    listed = readdirSync(dir, { withFileTypes: true })
  } catch {
    return { results: [], containers: [] }
  }
  const results: Array<string> = []
  const containers: Array<string> = []
  for (const entry of listed) {
    if (entry.name.startsWith(".") || !(entry.isFile() || entry.isSymbolicLink())) continue
    if (AllureReader.RESULT_FILE.test(entry.name)) results.push(entry.name)
    else if (AllureReader.CONTAINER_FILE.test(entry.name)) containers.push(entry.name)
  }
  return { results, containers }
}

/** Whether `dir` holds Allure results: then it is one input, not a tree of report files. */
export const isResultsDirectory = (dir: string): boolean => entries(dir).results.length > 0

const START_CHUNK = 16 * 1024

/** A result's start time, read from its file until its top-level `start` is found; none when it has none. */
const startOf = (path: string): number | undefined => {
  let fd: number
  try {
    fd = openSync(path, "r")
  } catch {
    return undefined
  }
  try {
    const scanner = AllureReader.startScanner()
    const decoder = new TextDecoder()
    const buffer = new Uint8Array(START_CHUNK)
    for (;;) {
      const n = readSync(fd, buffer, 0, START_CHUNK, null)
      if (n === 0 || scanner.feed(decoder.decode(buffer.subarray(0, n), { stream: true }))) return scanner.value()
    }
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The results by start time, those without one last, then by name: the same order on every machine. */
export const ordered = (dir: string): ReadonlyArray<string> => {
  const { containers, results } = entries(dir)
  const timed = results.map((name) => ({ name, start: startOf(join(dir, name)) }))
  timed.sort((a, b) =>
    a.start === b.start
      ? byName(a.name, b.name)
      : a.start === undefined
      ? 1
      : b.start === undefined
      ? -1
      : a.start - b.start || byName(a.name, b.name)
  )
  return [...timed.map((t) => t.name), ...containers.sort(byName)]
}

/** The records of a results directory: its `source` record, then each file's tests. */
export const read = (dir: string, reading: Formats.Reading): Stream.Stream<Canonical.SourceRecord> =>
  Stream.unwrap(Effect.sync((): Stream.Stream<Canonical.SourceRecord> => {
    const names = ordered(dir)
    const source: Canonical.Source = { type: "source", path: dir, format: AllureReader.FORMAT }
    if (names.length === 0) {
      const empty: Canonical.Diagnostic = {
        type: "diagnostic",
        severity: "error",
        code: "unrecognized-format",
        message: `no Allure *-result.json file in the directory ${dir}`,
        source: dir
      }
      return Stream.make(empty)
    }
    return Stream.concat(
      Stream.make(source as Canonical.SourceRecord),
      Stream.flatMap(Stream.fromIterable(names), (entry) =>
        Stdio.fromFile(join(dir, entry)).pipe(
          AllureReader.stream({ source: dir, entry, maxTextLength: reading.maxTextLength }),
          Stream.catchAll((error) =>
            Stream.make<[Canonical.SourceRecord]>({
              type: "diagnostic",
              severity: "error",
              code: "unreadable",
              message: `cannot read ${join(dir, entry)}: ${error.message}`,
              source: join(dir, entry)
            })
          )
        ))
    )
  }))
