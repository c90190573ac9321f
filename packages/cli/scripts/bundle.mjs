// Bundles the `tr` binary from the compiled sources into bin/: one tree-shaken ESM file set instead of hundreds of
// modules. Measured on a 100 MB report: start-up 0.92 s → 0.34 s, peak RSS 240 MB → 177 MB. The libraries are not
// bundled; only the command is. `tr.js` stays tiny and loads the rest only when the call is ours.
//
// bin/ is all the published package needs at run time: the bundle, and beside it a copy of xmllint-wasm (a program
// and its WebAssembly that @tr/xsd hands to a worker, so not bundled), where the bundle's `require.resolve` finds it.
// The package therefore has no dependencies: it installs offline, runs no install scripts, and is about 3 MB.
import { build } from "esbuild"
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"

// @effect/cli imports parsers of YAML, TOML and INI for its file options (`Options.fileParse`, `Args.fileParse`),
// which tr does not use; esbuild cannot leave them out (they are imported as namespaces, evaluated at load). They were
// 230 KB of the 1.6 MB every command compiled at start. A stub stands in: should an option ever read such a file, it
// fails saying so.
const noConfigFileParsers = {
  name: "no-config-file-parsers",
  setup(build) {
    build.onResolve({ filter: /^(ini|toml|yaml)$/ }, (args) => ({ path: args.path, namespace: "no-config-file" }))
    build.onLoad({ filter: /.*/, namespace: "no-config-file" }, (args) => ({
      contents: `export const parse = () => { throw new Error("tr reads no ${args.path} files") }`,
      loader: "js"
    }))
  }
}

const outdir = new URL("../bin", import.meta.url).pathname
rmSync(outdir, { recursive: true, force: true })
await build({
  // `api` is the Promise API (`import { convertFile } from "test-results"`): bundled with the commands, whose chunks it
  // shares, because the package has no dependencies and what it exports must stand alone too.
  // `worker` is the program of the `--jobs N` threads, which `internal/jobs.ts` finds beside the entries.
  entryPoints: {
    tr: "dist/tr.js",
    "test-results": "dist/bin.js",
    api: "dist/PromiseApi.js",
    worker: "dist/internal/workerThread.js"
  },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // sax and other CommonJS dependencies call require(); give them one.
  banner: {
    js: "import { createRequire as __trRequire } from 'node:module'; const require = __trRequire(import.meta.url);"
  },
  chunkNames: "chunks/[name]-[hash]",
  // @tr/xsd resolves xmllint-wasm's program and .wasm files from node_modules: copied below, not bundled.
  external: ["xmllint-wasm"],
  plugins: [noConfigFileParsers],
  logLevel: "warning",
  // Less source to compile at every start (0.30 s → 0.26 s); names are kept, so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true
})
// The package's main export, where its types are (dist/PromiseApi.d.ts).
const apiDir = new URL("../dist/api", import.meta.url).pathname
rmSync(apiDir, { recursive: true, force: true })
mkdirSync(apiDir)
writeFileSync(join(apiDir, "index.js"), `export * from "../../bin/api.js"\n`)

const xmllint = dirname(createRequire(import.meta.url).resolve("xmllint-wasm/package.json"))
const vendored = join(outdir, "node_modules", "xmllint-wasm")
mkdirSync(vendored, { recursive: true })
for (const file of ["package.json", "COPYING", "index-node.js", "xmllint-node.js", "xmllint.wasm"]) {
  cpSync(join(xmllint, file), join(vendored, file))
}
