import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { repoRoot } from "../src/shared.js"

// What `pnpm publish` uploads has to stand on its own: these are the rules every publishable package keeps.

interface Manifest {
  readonly name: string
  readonly private?: boolean
  readonly types?: string
  readonly files?: ReadonlyArray<string>
  readonly engines?: { readonly node?: string }
  readonly license?: string
  readonly repository?: { readonly url?: string; readonly directory?: string }
  readonly sideEffects?: boolean
  readonly publishConfig?: { readonly access?: string }
  readonly exports?: Record<string, unknown>
  readonly bin?: Record<string, string>
  readonly scripts?: Record<string, string>
  readonly dependencies?: Record<string, string>
  readonly peerDependencies?: Record<string, string>
  readonly devDependencies?: Record<string, string>
}

const read = <A>(path: string): A => JSON.parse(readFileSync(path, "utf8")) as A

const packages = readdirSync(join(repoRoot, "packages"))
  .map((dir) => ({ dir, path: join(repoRoot, "packages", dir) }))
  .filter(({ path }) => existsSync(join(path, "package.json")))
  .map(({ dir, path }) => ({ dir, path, manifest: read<Manifest>(join(path, "package.json")) }))
  .filter(({ manifest }) => manifest.private !== true)

const sourceFiles = (path: string): Array<string> =>
  !existsSync(path)
    ? []
    : statSync(path).isDirectory()
    ? readdirSync(path).flatMap((entry) => sourceFiles(join(path, entry)))
    : /\.(ts|mts|js|mjs)$/.test(path)
    ? [path]
    : []

/** The packages a set of files imports (statically, with `import()`, or resolves), by name; comments left out. */
const importsOf = (files: ReadonlyArray<string>): Set<string> => {
  const names = new Set<string>()
  for (const file of files) {
    const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "")
    const statics = code.matchAll(/^\s*(?:import|export)\b[^;"]*?\bfrom\s*"([^".][^"]*)"/gm)
    const bare = code.matchAll(/^\s*import\s*"([^".][^"]*)"/gm)
    const dynamics = code.matchAll(/\b(?:import|require|resolve)\(\s*"([^".][^"]*)"\s*\)/g)
    for (const match of [...statics, ...bare, ...dynamics]) {
      const specifier = match[1]!
      if (specifier.startsWith("node:")) continue
      const parts = specifier.split("/")
      names.add(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!)
    }
  }
  return names
}

/** Tools the package's scripts run by name. */
const ranByScripts = (manifest: Manifest): Set<string> =>
  new Set(Object.values(manifest.scripts ?? {}).flatMap((s) => s.split(/\s+/)))

const BINARIES: Record<string, string> = { vitest: "vitest", esbuild: "esbuild", tsc: "typescript" }

describe.each(packages)("$manifest.name", ({ dir, manifest, path }) => {
  it("says what it is and where it comes from, and which Node it needs", () => {
    expect(manifest.license).toBe("MIT")
    expect(manifest.repository?.directory).toBe(`packages/${dir}`)
    expect(manifest.repository?.url).toMatch(/^git\+https:/)
    expect(manifest.engines?.node).toBe(">=20.19.0")
    expect(manifest.sideEffects).toBe(false)
    expect(existsSync(join(path, "README.md"))).toBe(true)
    // npm publishes a scoped package as private unless told otherwise.
    if (manifest.name.startsWith("@")) expect(manifest.publishConfig?.access).toBe("public")
  })

  it("exports entries with types, and ships them", () => {
    const root = manifest.exports?.["."] as { types?: string; default?: string } | undefined
    expect(root?.types).toBe(manifest.types)
    expect(root?.default).toMatch(/^\.\/dist\/.+\.js$/)
    expect(manifest.files).toBeDefined()
    for (const entry of [root!.types!, root!.default!]) {
      const shipped = manifest.files!.some((f) =>
        entry.slice(2) === f || entry.slice(2).startsWith(`${f}/`) ||
        new RegExp(`^${f.replace(".", "\\.").replace("*", "[^/]*")}$`).test(entry.slice(2))
      )
      expect(shipped, `${entry} is in files`).toBe(true)
    }
  })

  it("peers on effect and @effect/platform exactly where its code imports them, and depends on nothing it does not use", () => {
    const src = importsOf(sourceFiles(join(path, "src")))
    if (manifest.bin !== undefined) {
      // A command ships one bundle: nothing to install beside it, and its bins are not library modules.
      expect(manifest.dependencies ?? {}).toEqual({})
      expect(manifest.peerDependencies ?? {}).toEqual({})
      expect(Object.keys(manifest.exports ?? {}).filter((k) => k.includes("*"))).toEqual([])
      return
    }
    const peers = Object.keys(manifest.peerDependencies ?? {}).sort()
    expect(peers).toEqual(["@effect/platform", "effect"].filter((p) => src.has(p)))
    for (const dependency of Object.keys(manifest.dependencies ?? {})) expect(src, dependency).toContain(dependency)
    for (const imported of src) {
      if (imported === manifest.name) continue
      expect({ ...manifest.dependencies, ...manifest.peerDependencies }, `${imported} is declared`).toHaveProperty([
        imported
      ])
    }
  })

  it("has no development dependency it does not use", () => {
    const used = importsOf([
      ...sourceFiles(join(path, "src")),
      ...sourceFiles(join(path, "test")),
      ...sourceFiles(join(path, "scripts")),
      ...readdirSync(path).filter((f) => /^vitest\.config\./.test(f)).map((f) => join(path, f))
    ])
    for (const tool of ranByScripts(manifest)) if (BINARIES[tool] !== undefined) used.add(BINARIES[tool])
    // What a used package needs installed beside it (its peers) is used too.
    for (const name of [...used]) {
      const installed = join(path, "node_modules", name, "package.json")
      if (existsSync(installed)) {
        for (const peer of Object.keys(read<Manifest>(installed).peerDependencies ?? {})) used.add(peer)
      }
    }
    for (const dependency of Object.keys(manifest.devDependencies ?? {})) {
      const typed = dependency.startsWith("@types/") ? dependency.slice("@types/".length) : undefined
      expect(used.has(dependency) || typed === "node" || (typed !== undefined && used.has(typed)), dependency).toBe(
        true
      )
    }
  })
})
