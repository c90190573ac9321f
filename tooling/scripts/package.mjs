// `pnpm package`: the installable tarball of every publishable package under packages/, in dist/ at the root.
// Run after the build (the root script builds first). Each tarball is what `pnpm publish` would upload (pnpm turns
// `workspace:` and `catalog:` ranges into versions), named after its package without the version, so paths stay
// stable: `dist/test-results.tgz` (the CLI), `dist/tr-core.tgz`, …
import { spawnSync } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs"
import { join } from "node:path"

const root = new URL("../..", import.meta.url).pathname
const out = join(root, "dist")
rmSync(out, { recursive: true, force: true })
mkdirSync(out)

const publishable = readdirSync(join(root, "packages"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    try {
      const manifest = JSON.parse(readFileSync(join(root, "packages", entry.name, "package.json"), "utf8"))
      return manifest.private === true ? [] : [{ manifest }]
    } catch {
      return []
    }
  })

const packed = spawnSync("pnpm", ["--recursive", "--filter", "./packages/*", "pack", "--pack-destination", out], {
  cwd: root,
  encoding: "utf8"
})
if (packed.status !== 0) {
  process.stderr.write(packed.stdout + packed.stderr)
  console.error("pnpm package: packing failed")
  process.exit(1)
}
for (const { manifest } of publishable) {
  const name = manifest.name.replace(/^@/, "").replace("/", "-")
  renameSync(join(out, `${name}-${manifest.version}.tgz`), join(out, `${name}.tgz`))
  console.log(`dist/${name}.tgz  ${manifest.name}@${manifest.version}`)
}
