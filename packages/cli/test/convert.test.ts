import { describe, expect, it } from "@effect/vitest"
import * as Ndjson from "@tr/core/Ndjson"
import { Chunk, Effect, Stream } from "effect"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { inProcess } from "./inProcess.js"
import { fixture, lines } from "./run.js"
import { sh } from "./spawn.js"

describe("tr convert", () => {
  it.effect("writes a valid canonical stream: header, tests, trailer", () =>
    Effect.gen(function*() {
      const r = yield* Effect.promise(() => inProcess(["convert", fixture("login.xml")]))
      expect(r.status).toBe(0)
      const records = Chunk.toArray(
        yield* Stream.make(new TextEncoder().encode(r.stdout)).pipe(Ndjson.decode(), Stream.runCollect)
      )
      expect(records.map((x) => x.type)).toEqual(["run", "source", "test", "test", "test", "suite", "end"])
      expect(records[3]).toMatchObject({
        title: "rejects a wrong password",
        testId: "1a2b3c4d",
        status: "failed",
        source: fixture("login.xml")
      })
      expect(records[6]).toMatchObject({ tests: 3, passed: 1, failed: 1, skipped: 1, errors: 0 })
      expect(r.stderr).toMatch(/tr convert: 1 file, 3 tests \(1 passed, 1 failed, 1 skipped\), 0 errors, 0 warnings/)
    }))

  it("reads a named pipe and /dev/stdin as they are written (`tr convert <(zcat report.xml.gz)`)", async () => {
    const fifo = join(mkdtempSync(join(tmpdir(), "tr-fifo-")), "report.xml")
    const named = await sh(`mkfifo ${fifo} && { cat ${fixture("login.xml")} > ${fifo} & } && $TR convert ${fifo}`)
    expect(named.stderr).toMatch(/tr convert: 1 file, 3 tests \(1 passed, 1 failed, 1 skipped\), 0 errors/)
    expect(named.status).toBe(0)
    expect(lines(named.stdout).filter((x) => x.type === "test").map((x) => x["source"])).toEqual([fifo, fifo, fifo])
    const piped = await sh(`cat ${fixture("login.xml")} | $TR convert /dev/stdin`)
    expect(piped.stderr).toMatch(/tr convert: 1 file, 3 tests/)
    expect(piped.status).toBe(0)
  })

  it("makes one stream of several files, stdin and a glob, each test remembering its source, each file read once", async () => {
    const login = fixture("login.xml")
    const r = await inProcess(["convert", login, "-", fixture("log*.xml")], {
      input: `<testsuite><testcase name="piped"/></testsuite>`
    })
    expect(r.status).toBe(0)
    const records = lines(r.stdout)
    // The glob matches the file named first: read once, where it was first named.
    expect(records[0]).toMatchObject({ type: "run", sources: [login, "-"] })
    expect(records.filter((x) => x.type === "test").map((x) => x["source"])).toEqual([login, login, login, "-"])
    expect(records.filter((x) => x.type === "run" || x.type === "end")).toHaveLength(2)
  })

  it("converts the other files, names file, line and column of damage, and exits 3", async () => {
    const r = await inProcess(["convert", fixture("broken.xml"), fixture("login.xml")])
    expect(r.status).toBe(3)
    const records = lines(r.stdout)
    const titles = records.filter((x) => x.type === "test").map((x) => x["title"])
    expect(titles).toContain("read before the damage")
    expect(titles).toContain("accepts a valid password")
    expect(r.stderr).toContain(`${fixture("broken.xml")}:4:46: error: malformed XML: Unexpected close tag`)
    expect(records.at(-1)).toMatchObject({ type: "end", errors: 2 })
  })

  it("gives empty, missing and non-JUnit files each their own message", async () => {
    const r = await inProcess(["convert", fixture("empty.xml"), fixture("missing.xml"), fixture("other.xml")])
    expect(r.status).toBe(3)
    expect(r.stderr).toContain(`${fixture("empty.xml")}: error: the file is empty [empty-file]`)
    expect(r.stderr).toContain(
      `${fixture("missing.xml")}: error: cannot read ${fixture("missing.xml")}: no such file [unreadable]`
    )
    expect(r.stderr).toContain(
      `${fixture("other.xml")}:2:8: error: not a test report tr reads: the root element is <project>`
    )
    const end = lines(r.stdout).at(-1)!
    expect((end["sources"] as Array<{ status: string }>).map((s) => s.status)).toEqual([
      "empty",
      "unreadable",
      "unrecognized"
    ])
  })

  it("says when a pattern matches nothing", async () => {
    const r = await inProcess(["convert", fixture("nothing-*.xml")])
    expect(r.status).toBe(3)
    expect(r.stderr).toContain("no file matches the pattern")
  })

  it("prints nothing on stderr with --quiet, and still writes the stream", async () => {
    const r = await inProcess(["convert", "--quiet", fixture("broken.xml")])
    expect(r.status).toBe(3)
    expect(r.stderr).toBe("")
    expect(lines(r.stdout).at(-1)?.type).toBe("end")
  })

  it("rejects an unknown option as a usage error", async () => {
    const r = await inProcess(["convert", "--frobnicate", fixture("login.xml")])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain("unknown option --frobnicate")
  })

  it("caps long text with --max-text and records the cut", async () => {
    const r = await inProcess(["convert", "--max-text", "10", fixture("login.xml")])
    const failed = lines(r.stdout).find((x) => x["title"] === "rejects a wrong password")
    expect(failed?.["truncated"]).toEqual([{ field: "failures", length: 72 }])
  })

  it("converts what it can of a hostile file, the other files too, and exits 3", async () => {
    const r = await inProcess(["convert", fixture("hostile.xml"), fixture("login.xml")])
    expect(r.status).toBe(3)
    const records = lines(r.stdout)
    const titles = records.filter((x) => x.type === "test").map((x) => x["title"])
    expect(titles).toEqual([
      "reads &secret;",
      "still read",
      "accepts a valid password",
      "rejects a wrong password",
      "remembers the user"
    ])
    expect(r.stdout).not.toContain("root:")
    expect(r.stderr).toContain("entities-ignored")
    expect(r.stderr).toContain("invalid-duration")
    expect(r.stderr).toMatch(/hostile\.xml:\d+:\d+: error: .*\[(xml-syntax|truncated-file)\]/)
  })

  it("reads a file as the dialect given with --dialect, and refuses an unknown one", async () => {
    const given = await inProcess(["convert", "--dialect", "pytest", fixture("login.xml")])
    expect(lines(given.stdout).find((x) => x.type === "source")).toMatchObject({ dialect: "pytest" })
    const detected = await inProcess(["convert", fixture("login.xml")])
    expect(lines(detected.stdout).find((x) => x.type === "source")).toMatchObject({ dialect: "generic" })
    const unknown = await inProcess(["convert", "--dialect", "nunit9", fixture("login.xml")])
    expect(unknown.status).toBe(2)
    expect(unknown.stdout).toBe("")
  })
})
