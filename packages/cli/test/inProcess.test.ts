import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { SystemError } from "@effect/platform/Error"
import * as FileSystem from "@effect/platform/FileSystem"
import { startTestomatEmulator } from "@tr/tooling/emulators/testomat"
import { Effect, Layer } from "effect"
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { inProcess } from "./inProcess.js"
import { fixture, lines } from "./run.js"

const dir = mkdtempSync(join(tmpdir(), "tr-in-process-"))

/** The real file system, except that writes fail with `code` (appends only, with `appendsOnly`). */
const failingWrites = (code: string, appendsOnly = false): Layer.Layer<FileSystem.FileSystem> =>
  Layer.effect(
    FileSystem.FileSystem,
    Effect.map(FileSystem.FileSystem, (fs) => {
      const fail = (path: string) =>
        Effect.fail(
          new SystemError({
            reason: "Unknown",
            module: "FileSystem",
            method: "writeFile",
            pathOrDescriptor: path,
            cause: Object.assign(new Error(`${code}: write failed`), { code })
          })
        )
      return {
        ...fs,
        writeFile: (path, data, options) =>
          appendsOnly && options?.flag !== "a" ? fs.writeFile(path, data, options) : fail(path),
        writeFileString: (path, data, options) =>
          appendsOnly && options?.flag !== "a" ? fs.writeFileString(path, data, options) : fail(path)
      }
    })
  ).pipe(Layer.provide(NodeFileSystem.layer))

describe("tr in process", () => {
  it("converts a file: the stream on stdout, the summary on stderr, exit 0", async () => {
    const ran = await inProcess(["convert", fixture("login.xml")])
    expect(ran.status).toBe(0)
    expect(lines(ran.stdout).filter((r) => r.type === "test")).toHaveLength(3)
    expect(ran.stderr).toMatch(/tr convert: 1 file, 3 tests/)
  })

  it("reads its variables through the ConfigProvider it is given, not the process's environment", async () => {
    const ran = await inProcess(["convert", fixture("login.xml")], { env: { TR_EXECUTION_KEY: "linux-node20" } })
    const tests = lines(ran.stdout).filter((r) => r.type === "test")
    expect(tests.map((t) => t["execution"])).toEqual(["linux-node20", "linux-node20", "linux-node20"])
    const plain = await inProcess(["convert", fixture("login.xml")])
    expect(lines(plain.stdout).filter((r) => r.type === "test" && r["execution"] !== undefined)).toEqual([])
  })

  it("says no input when stdin is a terminal and nothing is named", async () => {
    const ran = await inProcess(["convert"], { stdinIsTTY: true })
    expect(ran.status).toBe(2)
    expect(ran.stderr).toContain("no input")
  })
})

describe("outputs that cannot be written", () => {
  it("a full disk under --out is exit 6, in words, never an unexpected failure", async () => {
    const out = join(dir, "payloads")
    const ran = await inProcess(["convert", "--to", "octane", "--out", out, fixture("login.xml")], {
      fileSystem: failingWrites("ENOSPC")
    })
    expect(ran.status).toBe(6)
    expect(ran.stderr).toContain(`cannot write ${join(out, "payload-0001.xml")}: no space left on the device`)
    expect(ran.stderr).toContain("0 payloads written before it")
    expect(ran.stderr).not.toContain("unexpected")
  })

  it("an --out that is a file is exit 6 before anything is read", async () => {
    const ran = await inProcess(["convert", "--to", "octane", "--out", fixture("login.xml"), fixture("login.xml")])
    expect(ran.status).toBe(6)
    expect(ran.stderr).toContain(`cannot write ${fixture("login.xml")}`)
    expect(ran.stderr).toContain("(--out)")
  })

  it("a --failed-out that cannot be created sends nothing: exit 6", async () => {
    const e = await startTestomatEmulator({ apiKey: "tstmt_k" })
    try {
      const failed = join(dir, "no-such-dir", "failed.ndjson")
      const ran = await inProcess(["push", "testomat", "--failed-out", failed, fixture("login.xml")], {
        env: { TESTOMATIO: "tstmt_k", TESTOMATIO_URL: e.url }
      })
      expect(ran.status).toBe(6)
      expect(ran.stderr).toContain(`cannot write ${failed}: no such directory (--failed-out); nothing was sent`)
      expect(e.requests).toHaveLength(0)
    } finally {
      await e.close()
    }
  })

  /** A push of three tests into a Testomat.io that answers every batch with 503, keeping them in `failed`. */
  const pushIntoOutage = async (failed: string, fileSystem?: Layer.Layer<FileSystem.FileSystem>) => {
    const e = await startTestomatEmulator({ apiKey: "tstmt_k" })
    try {
      e.inject({ route: "testrun", fault: { kind: "status", status: 503 }, times: 1_000_000 })
      return await inProcess(
        ["push", "testomat", "--retries", "1", "--retry-time", "2", "--failed-out", failed, fixture("login.xml")],
        { env: { TESTOMATIO: "tstmt_k", TESTOMATIO_URL: e.url }, ...(fileSystem === undefined ? {} : { fileSystem }) }
      )
    } finally {
      await e.close()
    }
  }

  it("a --failed-out that fills up mid-push is said, and the tests are not claimed to be in it", async () => {
    const failed = join(dir, "failed.ndjson")
    const ran = await pushIntoOutage(failed, failingWrites("ENOSPC", true))
    expect(ran.status).toBe(6)
    expect(ran.stderr).toContain("0 delivered, 3 not delivered")
    expect(ran.stderr).toContain(`cannot write ${failed}: no space left on the device`)
    expect(ran.stderr).not.toContain(`are in ${failed}`)
    // It was named: no advice to name one.
    expect(ran.stderr).toContain("3 tests did not arrive")
    expect(ran.stderr).not.toContain("name --failed-out")
    // The header was written when the file was opened; nothing after it could be.
    expect(lines(readFileSync(failed, "utf8")).map((r) => r.type)).toEqual(["run"])
  })

  it("without a failing disk the same push keeps every test: the file is what the messages say", async () => {
    const failed = join(dir, "kept.ndjson")
    const ran = await pushIntoOutage(failed)
    expect(ran.status).toBe(4)
    expect(ran.stderr).toContain(`are in ${failed}`)
    expect(existsSync(failed)).toBe(true)
    expect(lines(readFileSync(failed, "utf8")).map((r) => r.type)).toEqual(["run", "test", "test", "test", "end"])
  })
})
