/**
 * Conformance of a reader over files of the shared corpus: for each file, the counts by status, the first test and
 * (where given) the last one, all written down by a person reading the file, and no error diagnostics. Skips with a message where `../shared` is
 * absent. (Typed structurally: the tooling does not depend on the packages it tests.)
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import { readFileWith } from "./records.js"
import { corpus, sharedDir, SKIP_MESSAGE } from "./shared.js"

interface Counts {
  readonly tests: number
  readonly passed: number
  readonly failed: number
  readonly skipped: number
}

export interface Expectation {
  readonly counts: Counts
  readonly first: { readonly [field: string]: unknown }
  readonly last?: { readonly [field: string]: unknown }
}

type Record = { readonly type: string; readonly status?: string; readonly severity?: string }

const counts = (records: ReadonlyArray<Record>): Counts => {
  const tests = records.filter((r) => r.type === "test")
  const n = (status: string) => tests.filter((t) => t.status === status).length
  return { tests: tests.length, passed: n("passed"), failed: n("failed"), skipped: n("skipped") }
}

export const corpusConformance = <A extends Record>(
  title: string,
  reader: (source: string) => (bytes: Stream.Stream<Uint8Array>) => Stream.Stream<A>,
  expected: { readonly [file: string]: Expectation },
  pieceSize = 4096
): void => {
  if (sharedDir() === undefined) console.warn(SKIP_MESSAGE)
  describe.skipIf(sharedDir() === undefined)(title, () => {
    for (const [file, expectation] of Object.entries(expected)) {
      it.effect(file, () =>
        Effect.gen(function*() {
          const records = yield* readFileWith(reader(file), corpus(file), pieceSize)
          expect(counts(records)).toEqual(expectation.counts)
          expect(records.find((r) => r.type === "test")).toMatchObject(expectation.first)
          if (expectation.last !== undefined) {
            expect(records.filter((r) => r.type === "test").at(-1)).toMatchObject(expectation.last)
          }
          expect(records.filter((r) => r.type === "diagnostic" && r.severity === "error")).toEqual([])
        }))
    }
  })
}
