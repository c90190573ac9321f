/**
 * XSD validation in process, with libxml2's `xmllint` compiled to WebAssembly (`xmllint-wasm`): no native
 * dependency, no external program.
 *
 * `xmllint-wasm` starts a new worker thread and compiles its WebAssembly for every document, about 100 ms each. Here
 * one worker thread lives as long as there is work: it compiles the module once and runs a fresh instance per
 * document (libxml2 runs as a program, `main` to `exit`, so an instance cannot be reused), which costs a few
 * milliseconds. The worker never keeps the process alive when idle.
 *
 * @since 0.1.0
 */
import { createRequire } from "node:module"
import { Worker } from "node:worker_threads"

/**
 * @since 0.1.0
 * @category models
 */
export interface Problem {
  readonly message: string
  /** Line in the document, when libxml2 names one. */
  readonly line?: number
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Result {
  readonly valid: boolean
  /** What libxml2 said, one problem a line; empty when valid. */
  readonly problems: ReadonlyArray<Problem>
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** WebAssembly memory at start and at most, in MiB. Defaults 16 and 1024: a payload with long texts needs growth. */
  readonly initialMemoryMiB?: number
  readonly maxMemoryMiB?: number
}

interface Job {
  readonly resolve: (result: Result) => void
  readonly reject: (error: Error) => void
}

interface Reply {
  readonly id: number
  readonly exitCode: number
  readonly stderr: string
}

const DOCUMENT = "document.xml"
const SCHEMA = "schema.xsd"
const PAGES_PER_MIB = 16

// Runs in the worker, evaluated from this string so that bundling `tr` needs no second entry point. Only dynamic
// imports: the string is read as CommonJS or as a module, depending on the flags the process was started with.
const WORKER = `
(async () => {
const { parentPort, workerData } = await import("node:worker_threads")
const { readFileSync } = await import("node:fs")
const { pathToFileURL } = await import("node:url")
const Module = (await import(pathToFileURL(workerData.program).href)).default
const compiled = new WebAssembly.Module(readFileSync(workerData.wasm))
parentPort.on("message", (job) => {
  if (job === null || typeof job !== "object" || typeof job.id !== "number") return
  let stderr = ""
  let replied = false
  const reply = (exitCode) => {
    if (replied) return
    replied = true
    parentPort.postMessage({ id: job.id, exitCode, stderr })
  }
  Module({
    inputFiles: job.files,
    arguments: job.args,
    print: () => {},
    printErr: (text) => { stderr += text + "\\n" },
    onExit: reply,
    onAbort: (reason) => { stderr += "WebAssembly abort: " + reason + "\\n"; reply(-1) },
    wasmMemory: new WebAssembly.Memory({ initial: job.initialPages, maximum: job.maxPages }),
    instantiateWasm: (imports, done) => {
      WebAssembly.instantiate(compiled, imports).then((instance) => done(instance, compiled), (error) => {
        stderr += String(error) + "\\n"
        reply(-1)
      })
      return {}
    }
  }).catch((error) => {
    stderr += String(error) + "\\n"
    reply(-1)
  })
})
})()
`

/** The worker and the validations waiting for it. */
class Host {
  private readonly worker: Worker
  private readonly jobs = new Map<number, Job>()
  private nextId = 0

  constructor(onGone: () => void) {
    const require = createRequire(import.meta.url)
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        program: require.resolve("xmllint-wasm/xmllint-node.js"),
        wasm: require.resolve("xmllint-wasm/xmllint.wasm")
      }
    })
    this.worker.unref()
    this.worker.on("message", (reply: Reply) => this.settle(reply))
    const fail = (error: Error) => {
      onGone()
      for (const job of this.jobs.values()) job.reject(error)
      this.jobs.clear()
    }
    this.worker.on("error", fail)
    this.worker.on("exit", (code) => fail(new Error(`the validator's worker stopped (exit code ${code})`)))
  }

  run(xml: string | Uint8Array, xsd: string, options: Options): Promise<Result> {
    const id = this.nextId++
    return new Promise<Result>((resolve, reject) => {
      // Busy, the worker keeps the process alive until the answer is in; idle, it does not.
      if (this.jobs.size === 0) this.worker.ref()
      this.jobs.set(id, { resolve, reject })
      this.worker.postMessage({
        id,
        files: [{ fileName: DOCUMENT, contents: xml }, { fileName: SCHEMA, contents: xsd }],
        args: ["--schema", SCHEMA, "--noout", DOCUMENT],
        initialPages: (options.initialMemoryMiB ?? 16) * PAGES_PER_MIB,
        maxPages: (options.maxMemoryMiB ?? 1024) * PAGES_PER_MIB
      })
    })
  }

  private settle(reply: Reply): void {
    const job = this.jobs.get(reply.id)
    if (job === undefined) return
    this.jobs.delete(reply.id)
    if (this.jobs.size === 0) this.worker.unref()
    // xmllint exits 0 when valid, 3 or 4 when the document does not validate; anything else is its own failure.
    if (reply.exitCode === 0) job.resolve({ valid: true, problems: [] })
    else if (reply.exitCode === 3 || reply.exitCode === 4) {
      job.resolve({ valid: false, problems: problems(reply.stderr) })
    } else job.reject(new Error(`xmllint failed (exit code ${reply.exitCode}): ${reply.stderr.trim()}`))
  }
}

/** `document.xml:12: element x: Schemas validity error : …` lines, without xmllint's verdict line. */
const problems = (stderr: string): Array<Problem> =>
  stderr.split("\n").filter((line) => line.trim() !== "" && !/ (validates|fails to validate)$/.test(line)).map(
    (line) => {
      const m = /^[^:]+:(\d+): (.*)$/.exec(line)
      return m === null ? { message: line } : { message: m[2]!, line: Number(m[1]) }
    }
  )

let host: Host | undefined

/**
 * Validates one document (text, or bytes in the encoding it declares) against one XSD (the XSD must not import other
 * files).
 *
 * @example
 * import * as XsdValidator from "@tr/xsd/XsdValidator"
 * const { valid, problems } = await XsdValidator.validate(payloadXml, xsdText)
 *
 * @since 0.1.0
 * @category validation
 */
export const validate = (xml: string | Uint8Array, xsd: string, options: Options = {}): Promise<Result> => {
  host ??= new Host(() => {
    host = undefined
  })
  return host.run(xml, xsd, options)
}
