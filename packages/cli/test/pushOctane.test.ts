import { describe, expect, it } from "@effect/vitest"
import * as OctaneValidator from "@tr/octane/OctaneValidator"
import { type OctaneEmulator, octaneEnv, startOctaneEmulator } from "@tr/tooling/emulators/octane"
import { startForwardProxy } from "@tr/tooling/emulators/proxy"
import { Effect } from "effect"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll } from "vitest"
import { trLine } from "./inProcess.js"
import { fixture, lines } from "./run.js"
import { sh } from "./spawn.js"

let e: OctaneEmulator
beforeAll(async () => {
  e = await startOctaneEmulator()
})
afterAll(() => e.close())

const env = () => ({
  ...octaneEnv(e)
})
const dir = mkdtempSync(join(tmpdir(), "tr-octane-"))
const fast = "--retries 2 --retry-time 5 --timeout 5000"

describe("tr push octane (emulator)", () => {
  it("says how many repeated executions got their occurrence as run_name, and Octane keeps each", async () => {
    const file = join(dir, "merged.xml")
    const suite = (status: string) =>
      `<testsuite name="app.CartTest" tests="1"><testcase classname="app.CartTest" name="adds" time="0.1">${status}` +
      `</testcase></testsuite>`
    writeFileSync(file, `<testsuites>${suite("<failure message=\"no\"/>")}${suite("")}</testsuites>`)
    const before = e.payloads.length
    const r = await trLine(`push octane ${file} --json ${fast}`, env())
    expect(r.status).toBe(0)
    expect(r.stderr).toContain(
      "1 repeated execution of a test with nothing to tell it apart sent with its occurrence as run_name (#2, #3 …)"
    )
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 2, accepted: 2, repeated: 1, unchecked: 0 })
    const runs = e.payloads.slice(before).flatMap((p) => p.runs)
    expect(runs.map((x) => [x.attributes["run_name"], x.attributes["status"]])).toEqual([
      [undefined, "Failed"],
      ["#2", "Passed"]
    ])
  })

  it("delivers the stream of tr convert with the run's context, polled to success", async () => {
    const before = e.payloads.length
    const r = await sh(
      `$TR convert ${fixture("login.xml")} | $TR push octane --server-id ci --job-id nightly --build-id 42 ` +
        `--release _default_ --product-area 4001 --test-field Test_Level="Unit Test" --taxonomy OS=Linux --json`,
      env()
    )
    expect(r.stderr).toContain("tr push octane: 3 tests read, 3 accepted, 0 not accepted; 1 payload (1 accepted)")
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 3, accepted: 3, exitCode: 0 })
    const payload = e.payloads[before]!
    expect(payload.context).toEqual(["build", "release", "product_areas", "test_fields", "environment", "test_runs"])
    expect(payload.xml).toContain(`<build server_id="ci" job_id="nightly" build_id="42"/>`)
    expect(payload.runs.map((x) => x.attributes["name"])).toEqual([
      "accepts a valid password",
      "rejects a wrong password",
      "remembers the user"
    ])
    expect(payload.runs[1]?.attributes).toMatchObject({
      package: "app",
      class: "LoginTest",
      status: "Failed",
      duration: "750"
    })
    expect(r.stdout + r.stderr).not.toContain(e.clientSecret)
  })

  it("when signing in fails, --failed-out holds every test read, and pushing it again does the job", async () => {
    const failed = join(dir, "not-signed-in.ndjson")
    e.inject({ route: "sign_in", fault: { kind: "status", status: 403 } })
    const r = await trLine(`push octane ${fast} --failed-out ${failed} --json ${fixture("login.xml")}`, env())
    expect(r.status).toBe(5)
    expect(JSON.parse(r.stdout)).toMatchObject({ accepted: 0, notAccepted: 3 })
    expect(r.stderr).toContain(`all 3 tests read are in ${failed}`)
    expect(lines(readFileSync(failed, "utf8")).map((x) => x.type)).toEqual(["run", "test", "test", "test", "end"])
    const again = await sh(`$TR push octane --json < ${failed}`, env())
    expect(again.status).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ read: 3, accepted: 3 })
  })

  it("takes a stream whose trailer counts other tests than came as an input problem (exit 3)", async () => {
    const stream = (await trLine(`convert ${fixture("login.xml")}`)).stdout
    const r = await sh(
      `$TR push octane --json`,
      env(),
      stream.replace(/"type":"end","tests":3/, `"type":"end","tests":10`)
    )
    expect(r.status).toBe(3)
    expect(r.stderr).toContain("the input contradicts itself: the trailer counts 10 tests, but 3 came")
  })

  it("refuses invalid combinations before anything is sent", async () => {
    const before = e.requests.length
    for (
      const [flags, message] of [
        ["--release-id 1 --release R1", "give a release id or a release name, not both"],
        ["--server-id ci", "the build needs a server id, a job id and a build id together; job id is missing"],
        ["--chunk-size 1001", "--chunk-size must be 1 to 1000, not 1001"],
        ["--test-field Owner=me", `test field type "Owner" is not one of`],
        ["--product-area PA-1", `product area id must be a numeric id, not "PA-1"`],
        ["--posts-in-flight 0", "--posts-in-flight must be at least 1, not 0"],
        ["--max-pending 0", "--max-pending must be at least 1, not 0"]
      ] as const
    ) {
      const r = await trLine(`push octane ${flags} ${fixture("login.xml")}`, env())
      expect(r.status).toBe(2)
      expect(r.stderr).toContain(message)
    }
    expect(e.requests.length).toBe(before)
  })

  it("sends up to --posts-in-flight payloads side by side", async () => {
    const mostAtOnce = async (postsInFlight: number) => {
      const before = e.requests.length
      for (let i = 0; i < 3; i++) e.inject({ route: "push", fault: { kind: "slow", ms: 300 } })
      const r = await sh(
        `$TR push octane --chunk-size 1 --no-wait --posts-in-flight ${postsInFlight} ` +
          `--run-name "in flight ${postsInFlight}" ${fixture("login.xml")}`,
        env()
      )
      expect(r.status).toBe(0)
      const posts = e.requests.slice(before).filter((q) => q.route === "push")
      expect(posts).toHaveLength(3)
      return Math.max(...posts.map((p) => posts.filter((q) => q.at <= p.at && p.at < q.answered!).length))
    }
    expect(await mostAtOnce(3)).toBeGreaterThan(1)
    expect(await mostAtOnce(1)).toBe(1)
  })

  it("sends every request, sign-in and polls included, through HTTP_PROXY", async () => {
    const proxy = await startForwardProxy()
    try {
      const served = e.requests.length
      const r = await sh(`$TR push octane ${fixture("login.xml")}`, { ...env(), HTTP_PROXY: proxy.url })
      expect(r.status).toBe(0)
      const routes = e.requests.slice(served).map((q) => q.route)
      expect(routes).toEqual(expect.arrayContaining(["sign_in", "push", "task"]))
      expect(proxy.targets).toHaveLength(routes.length)
      expect(proxy.targets.every((t) => t === new URL(e.url).host)).toBe(true)
    } finally {
      await proxy.close()
    }
  })

  it("fails with exit 5 on refused credentials and never prints the secret", async () => {
    const r = await trLine(`push octane ${fixture("login.xml")}`, {
      ...env(),
      OCTANE_CLIENT_SECRET: "s3cret_never_shown"
    })
    expect(r.status).toBe(5)
    expect(r.stderr).toContain("ALM Octane refused the credentials (401)")
    expect(r.stdout + r.stderr).not.toContain("s3cret_never_shown")
  })

  it("credentials refused after sign-in stop the push (exit 5), every test in --failed-out", async () => {
    const failed = join(dir, "refused.ndjson")
    e.inject({ route: "push", fault: { kind: "status", status: 403 }, times: 100 })
    const r = await sh(
      `$TR push octane --chunk-size 1 --posts-in-flight 1 --failed-out ${failed} ${fixture("login.xml")}`,
      env()
    )
    e.clearFaults()
    expect(r.status).toBe(5)
    expect(r.stderr).toContain("0 accepted, 3 not accepted")
    expect(lines(readFileSync(failed, "utf8")).filter((x) => x.type === "test")).toHaveLength(3)
  })

  it("masks the secret a server echoes on sign-in, and takes no redirect or HTML page for an answer", async () => {
    e.inject({ route: "sign_in", fault: { kind: "echo", status: 401 } })
    const echoed = await trLine(`push octane --json ${fixture("login.xml")}`, env())
    expect(echoed.status).toBe(5)
    expect(echoed.stderr).toContain("***")
    expect(echoed.stdout + echoed.stderr).not.toContain(env().OCTANE_CLIENT_SECRET)
    for (
      const fault of [
        { kind: "answer", status: 302, headers: { location: "https://example.test/authentication/sign_in" } },
        { kind: "answer", status: 200, headers: { "content-type": "text/html" }, body: "<title>Single sign-on</title>" }
      ] as const
    ) {
      e.inject({ route: "sign_in", fault })
      const r = await trLine(`push octane ${fast} ${fixture("login.xml")}`, env())
      expect(r.status).toBe(4)
      expect(r.stderr).toMatch(/redirected to https:\/\/example.test|Single sign-on/)
    }
  })

  it("says what is missing to reach the server", async () => {
    const r = await trLine(`push octane ${fixture("login.xml")}`, {})
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("ALM Octane needs --url or OCTANE_URL")
  })

  it("keeps a rejected payload's tests in --failed-out (exit 4), and a second push delivers them", async () => {
    const failed = join(dir, "octane-failed.ndjson")
    e.inject({ route: "push", fault: { kind: "status", status: 400, body: "Build reference not resolved" } })
    const r = await trLine(`push octane ${fast} --failed-out ${failed} ${fixture("login.xml")}`, env())
    expect(r.status).toBe(4)
    expect(r.stderr).toContain("payload 1 (3 tests): rejected")
    expect(r.stderr).toContain("Build reference not resolved")
    expect(lines(readFileSync(failed, "utf8")).map((x) => x.type)).toEqual(["run", "test", "test", "test", "end"])
    const again = await sh(`$TR push octane < ${failed}`, env())
    expect(again.status).toBe(0)
    expect(again.stderr).toContain("3 accepted")
  })

  it("prints the server's XSD", async () => {
    const r = await trLine(`octane xsd`, env())
    expect(r.status).toBe(0)
    expect(r.stdout.trim()).toBe(e.xsd.trim())
  })
})

describe("tr convert --to octane", () => {
  it.effect("writes payloads of at most the chunk size that validate against the XSD, and sends nothing", () =>
    Effect.gen(function*() {
      const out = join(dir, "payloads")
      const before = e.requests.length
      const r = yield* Effect.promise(() =>
        trLine(`convert --to octane --out ${out} --chunk-size 2 --release _default_ ${fixture("login.xml")}`)
      )
      expect(r.status).toBe(0)
      expect(r.stderr).toContain("3 tests in 2 Octane payloads written to")
      const files = readdirSync(out).sort()
      expect(files).toEqual(["payload-0001.xml", "payload-0002.xml"])
      const validate = OctaneValidator.make(e.xsd)
      for (const file of files) {
        const xml = readFileSync(join(out, file), "utf8")
        expect((xml.match(/<test_run /g) ?? []).length).toBeLessThanOrEqual(2)
        yield* validate(xml)
      }
      expect(e.requests.length).toBe(before)
    }))

  it("clears the payload files of an earlier run from its directory, and nothing else", async () => {
    const out = join(dir, "rerun")
    mkdirSync(out)
    for (const name of ["payload-0001.xml", "payload-0007.xml", "notes.txt"]) writeFileSync(join(out, name), "old")
    const r = await trLine(`convert --to octane --out ${out} ${fixture("login.xml")}`)
    expect(r.status).toBe(0)
    expect(r.stderr).toContain(`removed 2 payload files of an earlier run from ${out}`)
    expect(readdirSync(out).sort()).toEqual(["notes.txt", "payload-0001.xml"])
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("old")
    expect(readFileSync(join(out, "payload-0001.xml"), "utf8")).toContain("<test_result")
  })

  it("warns when a release name looks like an id, and still names the release as given", async () => {
    const out = join(dir, "release")
    const r = await trLine(`convert --to octane --out ${out} --release 1005 ${fixture("login.xml")}`)
    expect(r.status).toBe(0)
    expect(r.stderr).toContain(`the release name "1005" (--release, OCTANE_RELEASE) looks like an id`)
    expect(r.stderr).toContain("give --release-id 1005")
    expect(readFileSync(join(out, "payload-0001.xml"), "utf8")).toContain(`<release name="1005"/>`)
    const named = await sh(`$TR convert --to octane --out ${out} --release "Release 1005" ${fixture("login.xml")}`)
    expect(named.stderr).not.toContain("looks like an id")
  })

  it("needs a directory", async () => {
    const r = await trLine(`convert --to octane ${fixture("login.xml")}`)
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("--to octane needs --out DIR")
  })
})
