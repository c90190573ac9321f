import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Stdio from "../src/internal/stdio.js"

/** A file of several read pieces and a part, every byte telling where it is. */
const fileOf = (bytes: number): { path: string; content: Buffer } => {
  const content = Buffer.alloc(bytes)
  for (let i = 0; i < bytes; i++) content[i] = (i * 7 + (i >> 8)) & 0xff
  const path = join(mkdtempSync(join(tmpdir(), "tr-stdio-")), "report.xml")
  writeFileSync(path, content)
  return { path, content }
}

const openDescriptors = () => readdirSync("/proc/self/fd").length

describe("Stdio.fromFile", () => {
  it.effect("reads every byte in order, across pieces and a short last one", () =>
    Effect.gen(function*() {
      const { content, path } = fileOf(Stdio.READ_CHUNK_BYTES * 5 + 1234)
      const pieces = yield* Stream.runCollect(Stdio.fromFile(path))
      expect(pieces.length).toBe(6)
      expect(Buffer.concat(Chunk.toArray(pieces))).toEqual(content)
    }))

  it.effect("reads an empty file as no bytes", () =>
    Effect.gen(function*() {
      const { path } = fileOf(0)
      expect(Chunk.size(yield* Stream.runCollect(Stdio.fromFile(path)))).toBe(0)
    }))

  it.effect("fails with the system's error for a file that is not there", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stream.runDrain(Stdio.fromFile("/no/such/report.xml")))
      expect(error.code).toBe("ENOENT")
    }))

  it.effect.skipIf(!existsSync("/proc/self/fd"))(
    "closes the file when the reader stops early, after the read already under way",
    () =>
      Effect.gen(function*() {
        const { path } = fileOf(Stdio.READ_CHUNK_BYTES * 4)
        const before = openDescriptors()
        const first = yield* Stream.runCollect(Stream.take(Stdio.fromFile(path), 1))
        expect(first.length).toBe(1)
        expect(openDescriptors()).toBe(before)
      })
  )
})
