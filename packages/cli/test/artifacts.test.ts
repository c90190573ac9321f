import { describe, expect, it } from "@effect/vitest"
import { type S3Emulator, startS3Emulator } from "@tr/tooling/emulators/s3"
import { startTestomatEmulator, type TestomatEmulator } from "@tr/tooling/emulators/testomat"
import { randomBytes } from "node:crypto"
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll } from "vitest"
import { trLine } from "./inProcess.js"
import { sh } from "./spawn.js"

const KEY = "tstmt_k3y_that_must_never_be_printed"
let testomat: TestomatEmulator
let s3: S3Emulator
beforeAll(async () => {
  testomat = await startTestomatEmulator({ apiKey: KEY })
  s3 = await startS3Emulator()
})
afterAll(async () => {
  await testomat.close()
  await s3.close()
  rmSync(dir, { recursive: true, force: true })
})

const dir = realpathSync(mkdtempSync(join(tmpdir(), "tr-artifacts-")))
const shot = randomBytes(100_000)
mkdirSync(join(dir, "reports"))
mkdirSync(join(dir, "test-results"))
writeFileSync(join(dir, "test-results", "failed.png"), shot)
writeFileSync(join(dir, "secret.txt"), "not for you")
const report = (attachments: ReadonlyArray<string>) => {
  const path = join(dir, "reports", `r${Math.random().toString(36).slice(2)}.xml`)
  writeFileSync(
    path,
    `<testsuite name="login.spec.ts"><testcase name="logs in" classname="login.spec.ts" time="1">` +
      `<failure message="no">Error</failure><system-out>${
        attachments.map((a) => `[[ATTACHMENT|${a}]]`).join("\n")
      }</system-out></testcase></testsuite>`
  )
  return path
}

const env = (overrides: Record<string, string> = {}) => ({
  TESTOMATIO: KEY,
  TESTOMATIO_URL: testomat.url,
  S3_BUCKET: s3.bucket,
  S3_ACCESS_KEY_ID: s3.accessKeyId,
  S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
  S3_REGION: s3.region,
  S3_ENDPOINT: s3.url,
  ...overrides
})
const fast = "--retries 2 --retry-time 5 --timeout 2000"

const noSecret = (...outputs: ReadonlyArray<string>) => {
  for (const output of outputs) {
    expect(output).not.toContain(KEY)
    expect(output).not.toContain(s3.secretAccessKey)
  }
}

describe("tr push testomat with artifacts (built binary, S3 and Testomat.io emulators)", () => {
  it("uploads a Playwright screenshot named relative to its report and links it to the test", async () => {
    const r = await sh(`cd ${dir} && $TR push testomat --json ${fast} ${report(["../test-results/failed.png"])}`, env())
    expect(r.stderr).toContain("artifacts: 1 file uploaded")
    expect(r.status).toBe(0)
    const summary = JSON.parse(r.stdout)
    const test = [...testomat.runs.get(summary.run.uid)!.tests.values()][0]!.body as { artifacts: Array<string> }
    expect(test.artifacts).toHaveLength(1)
    const key = test.artifacts[0]!.slice(`${s3.url}/${s3.bucket}/`.length)
    expect(key).toMatch(new RegExp(`^${summary.run.uid}/[^/]+/failed\\.png$`))
    expect(await s3.read(key)).toEqual(shot)
    noSecret(r.stdout, r.stderr)
  })

  it("uploads an Allure result's attachment and a Playwright JSON report's attachment", async () => {
    const results = join(dir, "allure-results")
    mkdirSync(results, { recursive: true })
    const log = randomBytes(5_000)
    writeFileSync(join(results, "a1-attachment.txt"), log)
    writeFileSync(
      join(results, "a1-result.json"),
      JSON.stringify({
        uuid: "a1",
        name: "allure test",
        status: "failed",
        labels: [{ name: "suite", value: "S" }],
        steps: [{
          name: "s",
          status: "failed",
          attachments: [{ name: "log", source: "a1-attachment.txt", type: "text/plain" }]
        }],
        start: 1,
        stop: 2
      })
    )
    const trace = randomBytes(7_000)
    mkdirSync(join(dir, "test-results", "pw"), { recursive: true })
    writeFileSync(join(dir, "test-results", "pw", "trace.zip"), trace)
    const playwright = join(dir, "reports", "playwright.json")
    writeFileSync(
      playwright,
      JSON.stringify({
        config: { rootDir: dir },
        suites: [{
          title: "a.spec.ts",
          file: "a.spec.ts",
          specs: [{
            title: "playwright test",
            tags: [],
            tests: [{
              projectName: "chromium",
              expectedStatus: "passed",
              status: "unexpected",
              results: [{
                status: "failed",
                retry: 0,
                duration: 5,
                errors: [{ message: "no" }],
                attachments: [
                  { name: "trace", contentType: "application/zip", path: join(dir, "test-results", "pw", "trace.zip") },
                  { name: "inline", contentType: "text/plain", body: "aGk=" }
                ]
              }]
            }]
          }]
        }]
      })
    )
    const r = await sh(`cd ${dir} && $TR push testomat --json ${fast} allure-results ${playwright}`, env())
    expect(r.stderr).toContain("artifacts: 2 files uploaded")
    expect(r.status).toBe(0)
    const summary = JSON.parse(r.stdout)
    const sent = [...testomat.runs.get(summary.run.uid)!.tests.values()].map((t) =>
      t.body as { title: string; artifacts: Array<string> }
    )
    const uploaded = async (title: string) => {
      const [url] = sent.find((t) => t.title === title)!.artifacts
      return s3.read(url!.slice(`${s3.url}/${s3.bucket}/`.length))
    }
    expect(await uploaded("allure test")).toEqual(log)
    expect(await uploaded("playwright test")).toEqual(trace)
    noSecret(r.stdout, r.stderr)
  })

  it("a missing file and one outside the roots are named, the test delivered, exit 3; nothing outside is read", async () => {
    const before = s3.requests.length
    const r = await sh(
      `cd ${dir} && $TR push testomat --json ${fast} --artifacts-root reports ${
        report(["gone.png", "../secret.txt", "/proc/self/environ"])
      }`,
      env()
    )
    expect(r.status).toBe(3)
    expect(JSON.parse(r.stdout)).toMatchObject({ delivered: 1, exitCode: 3 })
    expect(r.stderr).toContain("3 artifacts not uploaded")
    expect(r.stderr).toMatch(/gone\.png \(named in .*\): missing/)
    expect(r.stderr).toMatch(/\.\.\/secret\.txt \(named in .*\): outside the allowed roots/)
    expect(r.stderr).toMatch(/\/proc\/self\/environ \(named in .*\): outside the allowed roots/)
    expect(s3.requests.length).toBe(before)
  })

  it("a wrong secret: the test delivered without the link, the artifact named, exit 4, no secret shown", async () => {
    const wrong = "wrong-secret-value-never-shown"
    const failedOut = join(dir, "failed.ndjson")
    const r = await sh(
      `cd ${dir} && $TR push testomat --json ${fast} --failed-out ${failedOut} ${
        report(["../test-results/failed.png"])
      }`,
      env({ S3_SECRET_ACCESS_KEY: wrong })
    )
    expect(r.status).toBe(4)
    expect([...testomat.runs.get(JSON.parse(r.stdout).run.uid)!.tests.values()][0]!.body["artifacts"]).toBeUndefined()
    // Kept, so that pushing the file again with the right secret attaches the screenshot to the same test.
    expect(r.stderr).toContain(`the 1 test whose files did not upload are in ${failedOut}`)
    // Left open, so that they can still be attached.
    expect(r.stderr).toContain("left open: 1 tests arrived without some of their files")
    const again = await sh(
      `cd ${dir} && $TR push testomat --json ${fast} --run ${JSON.parse(r.stdout).run.uid} ${failedOut}`,
      env()
    )
    expect(again.stderr).toContain("artifacts: 1 file uploaded")
    expect(again.status).toBe(0)
    const run = testomat.runs.get(JSON.parse(r.stdout).run.uid)!
    expect(run.tests.size).toBe(1)
    expect([...run.tests.values()][0]!.body["artifacts"] as Array<string>).toHaveLength(1)
    const summary = JSON.parse(r.stdout)
    expect(summary).toMatchObject({ delivered: 1, exitCode: 4 })
    expect(r.stderr).toMatch(/failed\.png \(named in .*\): upload failed: .*403/)
    expect(r.stdout + r.stderr).not.toContain(wrong)
    noSecret(r.stdout, r.stderr)
  })

  it("--dry-run shows each upload it would make and sends nothing, credentials never shown", async () => {
    const before = s3.requests.length
    const r = await sh(
      `cd ${dir} && $TR push testomat --dry-run ${report(["../test-results/failed.png"])}`,
      env({ S3_SESSION_TOKEN: "session-token-never-shown" })
    )
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(new RegExp(`PUT ${s3.url}/${s3.bucket}/dry-run/[^/ ]+/failed\\.png \\(100000 bytes\\)`))
    expect(s3.requests.length).toBe(before)
    expect(r.stdout + r.stderr).not.toContain("session-token-never-shown")
    expect(r.stdout + r.stderr).not.toContain(s3.accessKeyId)
    noSecret(r.stdout, r.stderr)
  })

  it("without storage, or with TESTOMATIO_DISABLE_ARTIFACTS, says the files were not uploaded and exits 0", async () => {
    const none = await sh(`cd ${dir} && $TR push testomat ${fast} ${report(["../test-results/failed.png"])}`, {
      TESTOMATIO: KEY,
      TESTOMATIO_URL: testomat.url
    })
    expect(none.status).toBe(0)
    expect(none.stderr).toContain("1 attached file not uploaded: no artifact storage configured")
    const off = await sh(
      `cd ${dir} && $TR push testomat ${fast} ${report(["../test-results/failed.png"])}`,
      env({ TESTOMATIO_DISABLE_ARTIFACTS: "1" })
    )
    expect(off.status).toBe(0)
    expect(off.stderr).toContain("not uploaded, as asked (TESTOMATIO_DISABLE_ARTIFACTS)")
  })

  it("a bucket without credentials is a usage error", async () => {
    const r = await sh(`cd ${dir} && $TR push testomat ${report([])}`, {
      TESTOMATIO: KEY,
      TESTOMATIO_URL: testomat.url,
      S3_BUCKET: "b"
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY")
  })

  it("a run joined with --run gets no storage from Testomat.io: a note naming S3_*, exit 0; with S3_* it uploads", async () => {
    // A service whose created runs come with storage: the run joined below was created elsewhere (tr testomat start).
    const withStorage = await startTestomatEmulator({
      apiKey: KEY,
      artifacts: {
        ACCESS_KEY_ID: s3.accessKeyId,
        SECRET_ACCESS_KEY: s3.secretAccessKey,
        REGION: s3.region,
        BUCKET: s3.bucket,
        ENDPOINT: s3.url
      }
    })
    try {
      const service = { TESTOMATIO: KEY, TESTOMATIO_URL: withStorage.url }
      const uid = (await trLine(`testomat start --quiet ${fast}`, service)).stdout.trim()
      expect(uid).not.toBe("")
      const before = s3.requests.length
      const joined = await sh(
        `cd ${dir} && $TR push testomat --no-finish --run ${uid} ${fast} ${report(["../test-results/failed.png"])}`,
        service
      )
      expect(joined.status).toBe(0)
      expect(joined.stderr).toContain(
        "1 attached file not uploaded: a run joined with --run gets no artifact storage from Testomat.io"
      )
      expect(joined.stderr).toContain("set S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY")
      expect(s3.requests.length).toBe(before)
      const configured = await sh(
        `cd ${dir} && $TR push testomat --run ${uid} ${fast} ${report(["../test-results/failed.png"])}`,
        { ...env(), TESTOMATIO_URL: withStorage.url }
      )
      expect(configured.status).toBe(0)
      expect(configured.stderr).toContain("artifacts: 1 file uploaded")
      noSecret(joined.stdout, joined.stderr, configured.stdout, configured.stderr)
    } finally {
      await withStorage.close()
    }
  })

  it("run from /, only the report's directory is allowed by default: a file elsewhere is not read, exit 3", async () => {
    const before = s3.requests.length
    const r = await sh(
      `cd / && $TR push testomat ${fast} ${
        report(["/etc/hostname", `${dir}/secret.txt`, "../test-results/failed.png"])
      }`,
      env()
    )
    expect(r.status).toBe(3)
    expect(r.stderr).toContain("3 artifacts not uploaded")
    expect(r.stderr).toMatch(/\/etc\/hostname \(named in .*\): outside the allowed roots/)
    expect(r.stderr).toMatch(/secret\.txt \(named in .*\): outside the allowed roots/)
    expect(s3.requests.length).toBe(before)
    const named = await sh(
      `cd / && $TR push testomat ${fast} --artifacts-root ${dir}/test-results ${
        report(["../test-results/failed.png"])
      }`,
      env()
    )
    expect(named.status).toBe(0)
    expect(named.stderr).toContain("artifacts: 1 file uploaded")
  })

  it("uploads the contents an xUnit.net v3 report holds, through tr convert | tr push, byte for byte", async () => {
    const png = randomBytes(2000)
    const path = join(dir, "reports", "xunit3.xml")
    writeFileSync(
      path,
      `<assemblies schema-version="3"><assembly name="Shop.Tests.dll"><collection name="c">` +
        `<test name="Cart.Totals" type="Cart" method="Totals" result="Fail" time="0.1"><failure><message>no</message>` +
        `</failure><attachments><attachment name="screen.png" media-type="image/png">${png.toString("base64")}` +
        `</attachment><attachment name="log">hello from the test</attachment></attachments></test>` +
        `</collection></assembly></assemblies>`
    )
    const r = await sh(`cd ${dir} && $TR convert ${path} | $TR push testomat --json ${fast}`, env())
    expect(r.stderr).toContain("artifacts: 2 files uploaded")
    expect(r.status).toBe(0)
    const summary = JSON.parse(r.stdout)
    const test = [...testomat.runs.get(summary.run.uid)!.tests.values()][0]!.body as { artifacts: Array<string> }
    const keys = test.artifacts.map((url) => url.slice(`${s3.url}/${s3.bucket}/`.length))
    expect(keys.map((k) => k.split("/").at(-1))).toEqual(["screen.png", "log"])
    expect(await s3.read(keys[0]!)).toEqual(png)
    expect((await s3.read(keys[1]!))?.toString()).toBe("hello from the test")
    noSecret(r.stdout, r.stderr)
  })

  it("uploads a screenshot a Cucumber hook embedded in its Messages stream, byte for byte", async () => {
    const png = randomBytes(3000)
    const at = { seconds: 0, nanos: 0 }
    const envelopes = [
      { meta: { protocolVersion: "27.0.0", implementation: { name: "cucumber-js", version: "11.0.0" } } },
      {
        pickle: {
          id: "p",
          uri: "features/cart.feature",
          name: "shows the total",
          language: "en",
          steps: [{ id: "ps", text: "the cart is shown", type: "Action", astNodeIds: [] }],
          tags: [],
          astNodeIds: []
        }
      },
      { testCase: { id: "c", pickleId: "p", testSteps: [{ id: "cs", pickleStepId: "ps" }] } },
      { testCaseStarted: { id: "x", testCaseId: "c", attempt: 0, timestamp: at } },
      {
        attachment: {
          body: png.toString("base64"),
          contentEncoding: "BASE64",
          mediaType: "image/png",
          fileName: "cart.png",
          testCaseStartedId: "x",
          testStepId: "cs"
        }
      },
      {
        testStepFinished: {
          testCaseStartedId: "x",
          testStepId: "cs",
          testStepResult: { status: "FAILED", message: "no total", duration: at },
          timestamp: at
        }
      },
      { testCaseFinished: { testCaseStartedId: "x", timestamp: at, willBeRetried: false } },
      { testRunFinished: { success: false, timestamp: at } }
    ]
    const path = join(dir, "reports", "messages.ndjson")
    writeFileSync(path, envelopes.map((e) => JSON.stringify(e)).join("\n") + "\n")
    const r = await sh(`cd ${dir} && $TR push testomat --json ${fast} ${path}`, env())
    expect(r.stderr).toContain("artifacts: 1 file uploaded")
    expect(r.status).toBe(0)
    const summary = JSON.parse(r.stdout)
    const test = [...testomat.runs.get(summary.run.uid)!.tests.values()][0]!.body as { artifacts: Array<string> }
    const keys = test.artifacts.map((url) => url.slice(`${s3.url}/${s3.bucket}/`.length))
    expect(keys.map((k) => k.split("/").at(-1))).toEqual(["cart.png"])
    expect(await s3.read(keys[0]!)).toEqual(png)
    noSecret(r.stdout, r.stderr)
  })
})
