/**
 * The floors a converter cannot beat on the same file: reading the bytes, and each XML parser doing nothing but
 * counting test cases. Run as `node floors.js read|sax|saxes|htmlparser2 FILE`; prints the count. FILE may be a
 * directory: its files are read one after another, each by a parser of its own.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs"
import { createRequire } from "node:module"

const [what, path, peers] = process.argv.slice(2) as [string, string, string | undefined]
const require = createRequire(peers === undefined ? import.meta.url : `${peers}/package.json`)

const chunks = function*(file: string): Generator<string> {
  const fd = openSync(file, "r")
  const buffer = Buffer.alloc(64 * 1024)
  const decoder = new TextDecoder()
  let n: number
  while ((n = readSync(fd, buffer)) > 0) yield decoder.decode(buffer.subarray(0, n), { stream: true })
  closeSync(fd)
}

let count = 0
const floor = (file: string): void => {
  switch (what) {
    case "read": {
      const fd = openSync(file, "r")
      const buffer = Buffer.alloc(64 * 1024)
      let n: number
      while ((n = readSync(fd, buffer)) > 0) count += n
      closeSync(fd)
      break
    }
    case "sax": {
      const sax = require("sax")
      const parser = sax.parser(true)
      parser.onopentag = (node: { name: string }) => {
        if (node.name === "testcase") count++
      }
      for (const text of chunks(file)) parser.write(text)
      parser.close()
      break
    }
    case "saxes": {
      const { SaxesParser } = require("saxes")
      const parser = new SaxesParser()
      parser.on("opentag", (node: { name: string }) => {
        if (node.name === "testcase") count++
      })
      for (const text of chunks(file)) parser.write(text)
      parser.close()
      break
    }
    case "htmlparser2": {
      const { Parser } = require("htmlparser2")
      const parser = new Parser({
        onopentagname: (name: string) => {
          if (name === "testcase") count++
        }
      }, { xmlMode: true })
      for (const text of chunks(file)) parser.write(text)
      parser.end()
      break
    }
    default:
      throw new Error(`unknown floor ${what}`)
  }
}
const files = statSync(path).isDirectory() ? readdirSync(path).sort().map((name) => `${path}/${name}`) : [path]
for (const file of files) floor(file)
console.log(count)
