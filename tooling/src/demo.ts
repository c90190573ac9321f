/**
 * The README's quick start: converts the bundled example reports with the built `tr`, pipes the stream into
 * `tr push testomat` against the loopback Testomat.io emulator, and shows what arrived.
 */
import { spawn } from "node:child_process"
import { join } from "node:path"
import { startS3Emulator } from "./emulators/s3.js"
import { startTestomatEmulator } from "./emulators/testomat.js"
import { repoRoot } from "./shared.js"

const tr = `"${process.execPath}" "${join(repoRoot, "packages/cli/bin/tr.js")}"`
const emulator = await startTestomatEmulator()
const storage = await startS3Emulator()

const run = (script: string, env: NodeJS.ProcessEnv) =>
  new Promise<number>((resolve) => {
    console.log(`$ ${script.replaceAll(tr, "tr")}`)
    const child = spawn("sh", ["-c", script], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, ...env },
      cwd: repoRoot
    })
    child.on("close", (code) => resolve(code ?? 1))
  })

console.log(`Testomat.io emulator listening on ${emulator.url}, S3 storage for artifacts on ${storage.url}\n`)
const code = await run(`${tr} convert examples/*.xml | ${tr} push testomat --title "tr quick start"`, {
  TESTOMATIO: emulator.apiKey,
  TESTOMATIO_URL: emulator.url,
  S3_BUCKET: storage.bucket,
  S3_ACCESS_KEY_ID: storage.accessKeyId,
  S3_SECRET_ACCESS_KEY: storage.secretAccessKey,
  S3_REGION: storage.region,
  S3_ENDPOINT: storage.url
})

console.log("\nWhat the emulator received:")
for (const run of emulator.runs.values()) {
  console.log(`  run ${run.uid} "${String(run.created["title"])}": ${run.status}, ${run.tests.size} tests`)
  for (const test of run.tests.values()) {
    const t = test.body
    console.log(
      `    ${String(t["status"]).padEnd(7)} ${String(t["suite_title"])} › ${String(t["title"])}${
        t["test_id"] ? `  (${String(t["test_id"])})` : ""
      }`
    )
    for (const url of (t["artifacts"] as Array<string> | undefined) ?? []) {
      const bytes = await storage.read(url.slice(`${storage.url}/${storage.bucket}/`.length))
      console.log(`            artifact ${url} (${bytes?.length ?? 0} bytes stored)`)
    }
  }
}
await emulator.close()
await storage.close()
process.exit(code)
