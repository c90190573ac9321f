import type * as Canonical from "@tr/core/Canonical"
import { Chunk, Effect, Stream } from "effect"
import { readFileSync } from "node:fs"
import * as JunitReader from "../src/JunitReader.js"

/** Reads a document fed in pieces of `size` bytes. */
export const read = (
  xml: string | Uint8Array,
  options: { size?: number; source?: string; maxTextLength?: number } = {}
): Effect.Effect<ReadonlyArray<Canonical.SourceRecord>> => {
  const bytes = typeof xml === "string" ? new TextEncoder().encode(xml) : xml
  const size = options.size ?? 65536
  const pieces: Array<Uint8Array> = []
  for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size))
  return Stream.fromIterable(pieces).pipe(
    JunitReader.stream({
      source: options.source ?? "report.xml",
      ...(options.maxTextLength === undefined ? {} : { maxTextLength: options.maxTextLength })
    }),
    Stream.runCollect,
    Effect.map(Chunk.toArray)
  )
}

export const readFile = (path: string, options: { size?: number } = {}) =>
  read(new Uint8Array(readFileSync(path)), { ...options, source: path })

export const tests = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.TestCase => r.type === "test")

export const suites = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.Suite => r.type === "suite")

export const diagnostics = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.filter((r): r is Canonical.Diagnostic => r.type === "diagnostic")

export const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname
