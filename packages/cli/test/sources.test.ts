import { Effect } from "effect"
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import * as Sources from "../src/internal/sources.js"
import { inProcess } from "./inProcess.js"
import { fixture, lines } from "./run.js"

const suite = (name: string) => `<testsuite name="${name}"><testcase name="${name}"/></testsuite>\n`

/** d/a.xml, d/sub/b.xml, and links: to the parent, to a file, to a directory, to nothing. */
const linkedTree = () => {
  const root = mkdtempSync(join(tmpdir(), "tr-links-"))
  const d = join(root, "d")
  mkdirSync(join(d, "sub"), { recursive: true })
  writeFileSync(join(d, "a.xml"), suite("a"))
  writeFileSync(join(d, "sub", "b.xml"), suite("b"))
  symlinkSync("..", join(d, "sub", "up"))
  symlinkSync("a.xml", join(d, "alias.xml"))
  symlinkSync("sub", join(d, "loop"))
  symlinkSync("../nowhere.xml", join(d, "dangling.xml"))
  return d
}

describe("expanding a directory with symbolic links", () => {
  it("reads each file once, by the path without links, ends loops, and notes a link to nothing", async () => {
    const d = linkedTree()
    const sources = await Effect.runPromise(Sources.expand([d]))
    expect(sources.filter((s) => s.note === undefined)).toEqual([
      { path: `${d}/a.xml`, found: true },
      { path: `${d}/sub/b.xml`, found: true }
    ])
    expect(sources.filter((s) => s.note !== undefined)).toEqual([{
      path: `${d}/dangling.xml`,
      note: `${d}/dangling.xml is a symbolic link to ../nowhere.xml, which does not exist; skipped`
    }])
  })

  it("converts the tree's two tests once each, with one warning for the dangling link", async () => {
    const d = linkedTree()
    const r = await inProcess(["convert", d])
    expect(r.status).toBe(0)
    const records = lines(r.stdout)
    expect(records.filter((x) => x.type === "test").map((x) => x["title"])).toEqual(["a", "b"])
    expect(records[0]!["sources"]).toEqual([`${d}/a.xml`, `${d}/sub/b.xml`])
    expect(records.filter((x) => x.type === "diagnostic")).toMatchObject([{
      severity: "warning",
      code: "dangling-link",
      source: `${d}/dangling.xml`
    }])
    expect(r.stderr).toContain("dangling.xml is a symbolic link to ../nowhere.xml, which does not exist; skipped")
  })

  it("reads a file given twice, or by a link and by its name, once", async () => {
    const d = linkedTree()
    const sources = await Effect.runPromise(Sources.expand([`${d}/a.xml`, `${d}/alias.xml`, `${d}/sub/up/a.xml`]))
    expect(sources).toEqual([{ path: `${d}/a.xml` }])
  })
})

describe("compressed and mis-encoded reports", () => {
  it("reads a gzip-compressed report decompressed, recognised by its bytes whatever its name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-gz-"))
    const gz = join(dir, "report.bin")
    writeFileSync(gz, gzipSync(readFileSync(fixture("login.xml"))))
    const r = await inProcess(["convert", gz])
    expect(r.status).toBe(0)
    expect(lines(r.stdout).filter((x) => x.type === "test")).toHaveLength(3)
    expect(lines(r.stdout).find((x) => x.type === "source")).toMatchObject({ path: gz, format: "junit" })
  })

  it("says a damaged gzip file is one, keeping what it read before the damage", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-gz-"))
    const gz = join(dir, "cut.xml.gz")
    const whole = gzipSync(readFileSync(fixture("login.xml")))
    writeFileSync(gz, whole.subarray(0, whole.length - 12))
    const r = await inProcess(["convert", gz])
    expect(r.status).toBe(3)
    expect(r.stderr).toMatch(/cut\.xml\.gz: error: cannot read .*not a valid gzip file/)
  })

  it("says once per file that bytes were not UTF-8, naming the first one's line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tr-utf8-"))
    const bad = join(dir, "latin1.xml")
    writeFileSync(
      bad,
      Buffer.concat([
        Buffer.from(`<testsuite name="s">\n<testcase name="caf`),
        Buffer.from([0xe9]),
        Buffer.from(`"/>\n<testcase name="na`),
        Buffer.from([0xef]),
        Buffer.from(`ve"/>\n</testsuite>\n`)
      ])
    )
    const r = await inProcess(["convert", bad])
    expect(r.status).toBe(0)
    const records = lines(r.stdout)
    expect(records.filter((x) => x.type === "test").map((x) => x["title"])).toEqual(["caf\ufffd", "na\ufffdve"])
    const warnings = records.filter((x) => x.type === "diagnostic")
    expect(warnings).toMatchObject([{ severity: "warning", code: "invalid-utf8", source: bad, line: 2 }])
    expect(warnings[0]!["message"]).toContain("byte 41 of the file")
  })
})
