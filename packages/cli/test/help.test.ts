// Every --help fits a terminal, says what the command is for, and ends with examples; mistakes name the option.
import { describe, expect, it } from "@effect/vitest"
import { OCTANE_ENV, TESTOMAT_ENV } from "../src/internal/env.js"
import {} from "./run.js"
import { inProcess } from "./inProcess.js"

const COMMANDS = [
  [],
  ["convert"],
  ["push"],
  ["push", "testomat"],
  ["push", "octane"],
  ["testomat"],
  ["testomat", "start"],
  ["testomat", "finish"],
  ["octane"],
  ["octane", "xsd"],
  ["run"],
  ["schema"]
]

describe("--help", () => {
  for (const command of COMMANDS) {
    const name = ["tr", ...command].join(" ")
    it(`${name} --help fits 100 columns, opens with its purpose, shows tr in usage, ends with examples`, async () => {
      const r = await inProcess([...command, "--help"])
      expect(r.status).toBe(0)
      const lines = r.stdout.trimEnd().split("\n")
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(100)
      expect(lines[0]).toMatch(/^[A-Z][^\n]*\.$/)
      expect(lines[2]).toBe(`Usage: ${name} ${lines[2]!.slice(`Usage: ${name} `.length)}`)
      const examples = lines.indexOf("Examples:")
      expect(examples).toBeGreaterThan(0)
      expect(lines.slice(examples + 1).every((l) => l.startsWith("  "))).toBe(true)
      expect(lines.slice(examples + 1).some((l) => l.includes(`${name} `))).toBe(true)
      for (
        const noise of ["--wizard", "--log-level", "This setting is optional", "A true or false value", "user-defined"]
      ) {
        expect(r.stdout).not.toContain(noise)
      }
    })
  }

  it("shows defaults and the variable of each option", async () => {
    const testomat = (await inProcess(["push", "testomat", "--help"])).stdout
    expect(testomat).toMatch(/--retries N +Retries[^\n]*\n[^\n]*\[default: 6\]/)
    expect(testomat).toContain("[default: 500]")
    const variables = Object.values(TESTOMAT_ENV).flat()
    for (const variable of variables) expect(testomat).toContain(variable)
    const octane = (await inProcess(["push", "octane", "--help"])).stdout.replace(/\s+/g, " ")
    for (const variable of Object.values(OCTANE_ENV)) expect(octane).toContain(variable)
    expect(octane).toContain("[default: 20]")
  })

  it("tr help COMMAND is tr COMMAND --help", async () => {
    expect((await inProcess(["help", "push", "octane"])).stdout).toBe(
      (await inProcess(["push", "octane", "--help"])).stdout
    )
  })
})

describe("mistakes on the command line", () => {
  it("an invalid value names its option", async () => {
    const r = await inProcess(["convert", "--max-text", "abc"])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`--max-text: "abc" is not an integer`)
  })

  it("an invalid choice lists the choices and suggests the near one", async () => {
    const r = await inProcess(["convert", "--to", "ndjsn"])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("--to")
    expect(r.stderr).toContain("ndjson, ctrf, junit, octane")
    expect(r.stderr).toContain("did you mean ndjson?")
  })

  it("an unknown option suggests the near one", async () => {
    const r = await inProcess(["push", "testomat", "--batchsize", "5"])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("did you mean --batch-size?")
  })

  it("an unknown subcommand lists the commands of its own level and suggests the near one", async () => {
    const r = await inProcess(["push", "testomt"])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("did you mean tr push testomat?")
    expect(r.stderr).toContain("commands: testomat, octane;")
    const start = await inProcess(["testomat", "strat"])
    expect(start.stderr).toContain("did you mean tr testomat start?")
    expect(start.stderr).toContain("commands: start, finish;")
  })

  it("a group without its command is a usage error naming the commands", async () => {
    const r = await inProcess(["push"])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("testomat, octane")
  })
})
