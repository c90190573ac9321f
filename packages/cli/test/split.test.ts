/**
 * `tr convert --jobs N` on one large JUnit file: read in pieces by the worker threads, it writes exactly what one
 * thread writes, byte for byte, damaged files included. `TR_SPLIT_BYTES` makes small files large enough to split, and
 * `TR_SPLIT_TRACE` makes `tr` say how many pieces the workers read and where this thread read on by itself, so that a
 * test knows the pieces were used (or, for a damage inside a piece, that the rest was read by one thread).
 */
import { describe, expect, it } from "@effect/vitest"
import { generateJunit } from "@tr/tooling/generate"
import { corpus, sharedDir, SKIP_MESSAGE } from "@tr/tooling/shared"
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { trAsync } from "./spawn.js"

const SUMMARY = /(^|\n)tr convert: [^\n]*\n$/
const TRACE = /^split (.*): (\d+) pieces taken, read on from (-?\d+)[^\n]*\n/gm

interface Split {
  readonly path: string
  readonly taken: number
  readonly readOnFrom: number
}

/** Runs `--jobs 1` and `--jobs N` split at `bytes`; both write the same. What the split run said of its pieces. */
const compare = async (args: ReadonlyArray<string>, bytes: number, jobs = 4): Promise<ReadonlyArray<Split>> => {
  const one = await trAsync(["convert", "--jobs", "1", ...args])
  const many = await trAsync(["convert", "--jobs", String(jobs), ...args], {
    TR_SPLIT_BYTES: String(bytes),
    TR_SPLIT_TRACE: "1"
  })
  expect(many.stdout === one.stdout, "stdout is the same bytes").toBe(true)
  expect(many.stderr.replace(TRACE, "").replace(SUMMARY, "$1")).toBe(one.stderr.replace(SUMMARY, "$1"))
  expect(many.status).toBe(one.status)
  return [...many.stderr.matchAll(TRACE)].map((m) => ({ path: m[1]!, taken: Number(m[2]), readOnFrom: Number(m[3]) }))
}

/** A report of `n` suites of three tests: a duplicate name in every suite, text beyond the BMP, CDATA that looks like a suite. */
const report = (n: number, suite: (i: number) => string = (i) => `name="Suite${i}" tests="3" failures="1"`): string => {
  let s = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="all" tests="${3 * n}">\n`
  for (let i = 0; i < n; i++) {
    s += `  <testsuite ${suite(i)} time="0.5">\n`
    s += `    <testcase name="a" classname="com.example.Suite${i}" time="0.1"/>\n`
    s +=
      `    <testcase name="dup" classname="com.example.Same" time="0.1"><failure message="x &lt; y">at ${i}</failure>` +
      `</testcase>\n`
    s += `    <testcase name="é€😀 ${i}" classname="Suite${i}"><system-out><![CDATA[<testsuite name="fake">]]>` +
      `</system-out></testcase>\n`
    s += `  </testsuite>\n`
  }
  return s + "</testsuites>\n"
}

const lines = (text: string) => text.split("\n")
const edit = (text: string, line: number, change: (line: string) => string): string =>
  lines(text).map((l, i) => (i === line - 1 ? change(l) : l)).join("\n")

describe("tr convert --jobs on one large JUnit file (built binary)", () => {
  const dir = mkdtempSync(join(tmpdir(), "tr-split-"))
  const file = (name: string, text: string | Uint8Array): string => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }
  const base = report(80)

  it("writes what one thread writes, the pieces read by workers", async () => {
    const [split] = await compare([file("base.xml", base)], 1000)
    expect(split?.taken).toBeGreaterThan(40)
    expect(split?.readOnFrom).toBe(-1)
  }, 60_000)

  it("reads a large file whole unless --jobs is given: the default threads do not split it", async () => {
    const path = file("default.xml", base)
    const unsplit = await trAsync(["convert", path], { TR_SPLIT_BYTES: "1000", TR_SPLIT_TRACE: "1" })
    expect(unsplit.status).toBe(0)
    expect([...unsplit.stderr.matchAll(TRACE)]).toEqual([])
    // Read whole on this thread: one file starts no worker either.
    expect(unsplit.stderr).not.toContain("worker thread")
    const given = await trAsync(["convert", "--jobs", "2", path], { TR_SPLIT_BYTES: "1000", TR_SPLIT_TRACE: "1" })
    expect([...given.stderr.matchAll(TRACE)]).toHaveLength(1)
    expect(given.stdout === unsplit.stdout).toBe(true)
  }, 60_000)

  it("splits a generated report of nested suites at both levels, on 2 and 4 workers", async () => {
    const path = file("generated.xml", [...generateJunit({ targetBytes: 1_500_000, seed: 5 })].join(""))
    for (const jobs of [2, 4]) {
      const [split] = await compare([path], 64 * 1024, jobs)
      expect(split?.taken).toBeGreaterThan(10)
      expect(split?.readOnFrom).toBe(-1)
    }
  }, 60_000)

  it("passes over markup in attribute values, comments, CDATA and instructions", async () => {
    const tricky = edit(
      edit(base, 40, (l) => l.replace(`<testsuite name=`, `<testsuite note="<testsuite name='x'> a > b" name=`)),
      80,
      (l) => `<!-- <testsuite name="c"> --><?pi <testsuite> ?>${l}`
    )
    const [split] = await compare([file("tricky.xml", tricky)], 1000)
    expect(split?.taken).toBeGreaterThan(40)
  }, 60_000)

  it("keeps the count checks and the caps of repeated warnings across pieces", async () => {
    // Every suite declares a wrong count, and the root one too: ten warnings are listed, the rest counted.
    const wrong = report(80, (i) => `name="Suite${i}" tests="${i % 7 === 0 ? 4 : 3}" failures="1"`)
    const [split] = await compare([file("counts.xml", wrong.replace(`tests="240"`, `tests="7"`))], 1000)
    expect(split?.taken).toBeGreaterThan(0)
  }, 60_000)

  it(
    "reads on by itself from a piece with a syntax error, or cut off, or with characters that are no UTF-8",
    async () => {
      const syntax = edit(base, 200, (l) => l.replace("<testcase ", "<testcase <"))
      const [broken] = await compare([file("syntax.xml", syntax)], 1000)
      expect(broken?.taken).toBeGreaterThan(0)
      expect(broken?.readOnFrom).toBeGreaterThan(0)
      const [cut] = await compare([file("cut.xml", base.slice(0, Math.floor(base.length * 0.55)))], 1000)
      expect(cut?.taken).toBeGreaterThan(0)
      const forbidden = edit(base, 150, (l) => l.replace(`time="0.1"`, `time="0.1\u0001"`))
      await compare([file("forbidden.xml", forbidden)], 1000)
      const bytes = new TextEncoder().encode(base)
      bytes[bytes.indexOf(0xc3, Math.floor(bytes.length / 2))] = 0xff
      const [invalid] = await compare([file("invalid.xml", bytes)], 1000)
      expect(invalid?.taken).toBeGreaterThan(40)
    },
    60_000
  )

  it("reads suites in suites, a suite root, a mocha report's files and a file of one line", async () => {
    let nested = "<testsuites>\n"
    for (let i = 0; i < 6; i++) {
      nested += `<testsuite name="outer${i}" tests="16">\n`
      for (let j = 0; j < 8; j++) {
        nested += ` <testsuite name="inner${j}" tests="2">\n  <testcase name="t" classname="C${j}"/>\n` +
          `  <testcase name="t" classname="C${j}"/>\n </testsuite>\n`
      }
      nested += "</testsuite>\n"
    }
    const [inner] = await compare([file("nested.xml", nested + "</testsuites>\n")], 800)
    expect(inner?.taken).toBeGreaterThan(10)
    let root = `<testsuite name="root" tests="60">\n`
    for (let j = 0; j < 30; j++) {
      root += ` <testsuite name="s${j}"><testcase name="same"/><testcase name="same"/></testsuite>\n`
    }
    root += `<properties><property name="a" value="b"/></properties><system-out>out</system-out></testsuite>\n`
    const [suiteRoot] = await compare([file("root.xml", root)], 800)
    expect(suiteRoot?.taken).toBeGreaterThan(10)
    const mocha = report(60, (i) => `name="Suite${i}"${i % 5 === 0 ? ` file="spec${i}.js"` : ""}`)
      .replace(/ classname="[^"]*"/g, "")
    await compare(["--dialect", "mocha", file("mocha.xml", mocha)], 1000)
    await compare([file("mocha-detected.xml", mocha.replace("<testsuites", `<testsuites name="Mocha Tests"`))], 1000)
    const [oneLine] = await compare(["--execution-key", "linux", file("line.xml", base.replaceAll("\n", ""))], 1000)
    expect(oneLine?.taken).toBeGreaterThan(40)
  }, 60_000)

  it("reads a file below the threshold, and a file of another format, whole", async () => {
    expect(await compare([file("small.xml", base)], 1_000_000)).toEqual([])
    const nunit =
      `<test-run><test-suite type="Assembly" name="a"><test-case name="x" result="Passed"/></test-suite></test-run>`
    expect(await compare([file("nunit.xml", nunit)], 1)).toEqual([])
  }, 60_000)
})

describe.skipIf(sharedDir() === undefined)("tr convert --jobs on every corpus JUnit file, split at every suite", () => {
  const directories = sharedDir() === undefined ?
    [] :
    readdirSync(corpus("")).filter((name) =>
      (name.startsWith("junit-") || name === "edge-malformed") && statSync(corpus(name)).isDirectory()
    )
  it.each(directories)("%s", async (name) => {
    const files = readdirSync(corpus(name)).filter((f) => f.endsWith(".xml")).map((f) => corpus(`${name}/${f}`))
    const splits = await compare(files, 1, 2)
    if (name.startsWith("junit-")) expect(splits.length).toBeGreaterThan(0)
  }, 120_000)
})

if (sharedDir() === undefined) it.skip(SKIP_MESSAGE, () => {})
