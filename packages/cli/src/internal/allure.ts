/**
 * An Allure 2 results directory as one input: its `*-result.json` files in the order their tests started (then by
 * name), then its `*-container.json` files by name, each read whole before the next is opened. Only the names and
 * start times of the results are held, never their contents: a directory of any size is read in the memory of one
 * result.
 */
import * as AllureReader from "@tr/allure/AllureReader"
import type * as Canonical from "@tr/core/Canonical"
import { Effect, Option, Stream } from "effect"
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

/** What orders a result: its start time and the test it is an execution of, read from its file until both are found. */
interface Order {
  readonly name: string
  readonly start: number | undefined
  readonly historyId: string | undefined
}

const orderOf = (dir: string, name: string): Order => {
  let fd: number
  try {
    fd = openSync(join(dir, name), "r")
  } catch {
    return { name, start: undefined, historyId: undefined }
  }
  const scanner = AllureReader.orderScanner()
  try {
    const decoder = new TextDecoder()
    const buffer = new Uint8Array(START_CHUNK)
    for (;;) {
      const n = readSync(fd, buffer, 0, START_CHUNK, null)
      if (n === 0 || scanner.feed(decoder.decode(buffer.subarray(0, n), { stream: true }))) break
    }
  } catch {
    // Unreadable now: read in its place by name, where reading it says what is wrong.
  } finally {
    closeSync(fd)
  }
  return { name, start: scanner.start(), historyId: scanner.historyId() }
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The files of a results directory in reading order: results by start time (those without one last), then by name;
 * then containers by name. A result that a later result of the same `historyId` retried is `held`: its test joins
 * the last one's as an attempt.
 */
export const ordered = (dir: string): {
  readonly names: ReadonlyArray<string>
  readonly held: ReadonlyMap<string, string>
  readonly last: ReadonlyMap<string, string>
} => {
  const { containers, results } = entries(dir)
  const timed = results.map((name) => orderOf(dir, name))
  timed.sort((a, b) =>
    a.start === b.start
      ? byName(a.name, b.name)
      : a.start === undefined
      ? 1
      : b.start === undefined
      ? -1
      : a.start - b.start || byName(a.name, b.name)
  )
  // The last execution of each test is the one read last; the earlier ones are held for it.
  const lastOf = new Map<string, string>()
  for (const t of timed) if (t.historyId !== undefined && t.historyId !== "") lastOf.set(t.historyId, t.name)
  const held = new Map<string, string>()
  const last = new Map<string, string>()
  for (const t of timed) {
    if (t.historyId === undefined || t.historyId === "") continue
    const final = lastOf.get(t.historyId)!
    if (final !== t.name) {
      held.set(t.name, t.historyId)
      last.set(final, t.historyId)
    }
  }
  return { names: [...timed.map((t) => t.name), ...containers.sort(byName)], held, last }
}

/** The records of a results directory: its `source` record, then each file's tests. */
export const read = (dir: string, reading: Formats.Reading): Stream.Stream<Canonical.SourceRecord> =>
  Stream.unwrap(Effect.sync((): Stream.Stream<Canonical.SourceRecord> => {
    const { held, last, names } = ordered(dir)
    /** The tests of earlier executions, by `historyId`, until their last execution is read. */
    const earlier = new Map<string, Array<Canonical.TestCase>>()
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
          Stream.filterMap((record): Option.Option<Canonical.SourceRecord> => {
            if (record.type !== "test") return Option.some(record)
            const historyId = held.get(entry)
            if (historyId !== undefined) {
              earlier.set(historyId, [...(earlier.get(historyId) ?? []), record])
              return Option.none()
            }
            const retried = last.get(entry)
            if (retried === undefined) return Option.some(record)
            const before = earlier.get(retried) ?? []
            earlier.delete(retried)
            return Option.some(AllureReader.withRetries(record, before))
          }),
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
