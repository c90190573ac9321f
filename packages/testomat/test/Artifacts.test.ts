import { assert, describe, it } from "@effect/vitest"
import * as Http from "@tr/core/Http"
import * as Retry from "@tr/core/Retry"
import type * as Transport from "@tr/core/Transport"
import { type S3Emulator, startS3Emulator } from "@tr/tooling/emulators/s3"
import { Deferred, Effect, Fiber, FiberStatus, Redacted } from "effect"
import { randomBytes } from "node:crypto"
import {
  closeSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from "node:fs"
import { createServer, type LookupFunction } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Agent } from "undici"
import * as Artifacts from "../src/Artifacts.js"
import * as S3 from "../src/S3.js"
import * as TestomatSink from "../src/TestomatSink.js"
import { clientLayer, emulator, fastRetry, options, stream, test } from "./helpers.js"

const s3 = (options?: Parameters<typeof startS3Emulator>[0]) =>
  Effect.acquireRelease(Effect.promise(() => startS3Emulator(options)), (e) => Effect.promise(() => e.close()))

/** A report directory with files in it, removed at the end. */
const workspace = Effect.acquireRelease(
  Effect.sync(() => realpathSync(mkdtempSync(join(tmpdir(), "tr-art-")))),
  (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
)

const storage = (e: S3Emulator, overrides: Partial<S3.Storage> = {}): S3.Storage => ({
  bucket: e.bucket,
  region: e.region,
  endpoint: e.url,
  forcePathStyle: false,
  credentials: { accessKeyId: e.accessKeyId, secretAccessKey: Redacted.make(e.secretAccessKey) },
  ...overrides
})

const uploader = (e: S3Emulator, overrides: Partial<Artifacts.Config> = {}) =>
  Artifacts.make({
    storage: storage(e),
    private: false,
    concurrency: 4,
    timeout: "2 seconds",
    retry: Retry.schedule(fastRetry),
    ...overrides
  })

/** The key of an object in a path-style URL of the emulator. */
const keyOf = (e: S3Emulator, url: string) => url.slice(`${e.url}/${e.bucket}/`.length)

describe("Artifacts with a real S3 server and the Testomat.io emulator", () => {
  it.scopedLive("uploads a file once however many tests name it, links it in each, byte for byte", () =>
    Effect.gen(function*() {
      const dir = yield* workspace
      const bytes = randomBytes(200_000)
      mkdirSync(join(dir, "shots"))
      writeFileSync(join(dir, "shots", "failure (1).png"), bytes)
      writeFileSync(join(dir, "trace.zip"), "trace")
      const source = join(dir, "results.xml")
      const storageServer = yield* s3()
      const testomat = yield* emulator()
      const up = yield* uploader(storageServer)
      const tests = [
        test(1, { source, attachments: [{ path: "shots/failure (1).png" }, { path: `${dir}/trace.zip` }] }),
        test(2, { source, attachments: [{ path: "shots/failure (1).png" }, { url: "https://example.com/x.png" }] }),
        test(3, { source })
      ]
      const summary = yield* TestomatSink.push(stream(tests), options({ artifacts: up })).pipe(
        Effect.provide(clientLayer(testomat.url, testomat.apiKey))
      )
      assert.strictEqual(summary.delivered, 3)
      assert.deepStrictEqual(summary.artifacts, {
        uploaded: 2,
        bytes: 200_005,
        linked: 3,
        notConfigured: 0,
        problems: [],
        problemCount: 0
      })
      const run = [...testomat.runs.values()][0]!
      const sent = [...run.tests.values()].map((t) => t.body).sort((a, b) =>
        String(a.title).localeCompare(String(b.title))
      )
      const [one, two, three] = sent as Array<{ rid: string; artifacts?: ReadonlyArray<string> }>
      assert.strictEqual(one!.artifacts!.length, 2)
      const shot = one!.artifacts![0]!
      assert.strictEqual(
        shot,
        `${storageServer.url}/${storageServer.bucket}/${S3.key([run.uid, one!.rid, "failure (1).png"])}`
      )
      assert.deepStrictEqual(two!.artifacts, ["https://example.com/x.png", shot])
      assert.strictEqual(three!.artifacts, undefined)
      assert.deepStrictEqual(yield* Effect.promise(() => storageServer.read(keyOf(storageServer, shot))), bytes)
      assert.deepStrictEqual(
        (yield* Effect.promise(() => storageServer.read(keyOf(storageServer, one!.artifacts![1]!))))?.toString(),
        "trace"
      )
      const puts = storageServer.requests.filter((r) => r.method === "PUT")
      assert.strictEqual(puts.length, 2)
      for (const put of puts) {
        assert.strictEqual(put.status, 200)
        assert.strictEqual(put.headers["x-amz-acl"], "public-read")
      }
      assert.strictEqual(puts.find((p) => p.path.endsWith(".png"))!.headers["content-type"], "image/png")
    }))

  it.scopedLive("never reads a file outside the allowed roots, symlinks followed; a missing file is named", () =>
    Effect.gen(function*() {
      const dir = yield* workspace
      const outside = yield* workspace
      writeFileSync(join(outside, "id_rsa"), "PRIVATE KEY")
      mkdirSync(join(dir, "reports"))
      symlinkSync(join(outside, "id_rsa"), join(dir, "reports", "innocent.png"))
      const source = join(dir, "reports", "results.xml")
      const storageServer = yield* s3()
      const testomat = yield* emulator()
      const up = yield* uploader(storageServer, { roots: [join(dir, "reports")] })
      const tests = [
        test(1, {
          source,
          attachments: [
            { path: "innocent.png" },
            { path: `${outside}/id_rsa` },
            { path: "../../../../../../../proc/self/environ" },
            { path: "/proc/self/environ" },
            { path: "gone.png" }
          ]
        })
      ]
      const summary = yield* TestomatSink.push(stream(tests), options({ artifacts: up })).pipe(
        Effect.provide(clientLayer(testomat.url, testomat.apiKey))
      )
      assert.strictEqual(summary.delivered, 1)
      assert.deepStrictEqual(
        summary.artifacts!.problems.map((p) => [p.reason, p.path]),
        [
          ["Outside", "innocent.png"],
          ["Outside", `${outside}/id_rsa`],
          ["Outside", "../../../../../../../proc/self/environ"],
          ["Outside", "/proc/self/environ"],
          ["Missing", "gone.png"]
        ]
      )
      assert.include(summary.artifacts!.problems[4]!.detail, join(dir, "reports", "gone.png"))
      assert.deepStrictEqual(storageServer.requests, [])
      const sent = [...[...testomat.runs.values()][0]!.tests.values()][0]!.body
      assert.strictEqual(sent.artifacts, undefined)
    }))

  it.scopedLive("retries 503s; a wrong secret and a dead endpoint fail the upload, never the test", () =>
    Effect.gen(function*() {
      const dir = yield* workspace
      writeFileSync(join(dir, "a.log"), "log a")
      writeFileSync(join(dir, "b.log"), "log b")
      const source = join(dir, "results.xml")
      const storageServer = yield* s3()
      const testomat = yield* emulator()
      storageServer.fail(2)
      const retried = yield* uploader(storageServer)
      const urls = yield* retried.upload({ source, attachments: [{ path: "a.log" }] }, { run: "r", rid: "t" })
      assert.strictEqual(urls.urls.length, 1)
      assert.isFalse(urls.failed)
      assert.deepStrictEqual(storageServer.requests.map((r) => r.status), [503, 503, 200])
      assert.strictEqual((yield* retried.stats).retries, 2)

      const secret = "a-wrong-secret-that-must-not-show"
      const wrong = yield* uploader(storageServer, {
        storage: storage(storageServer, {
          credentials: { accessKeyId: storageServer.accessKeyId, secretAccessKey: Redacted.make(secret) }
        })
      })
      const later: Array<string> = []
      const summary = yield* TestomatSink.push(
        stream([test(1, { source, attachments: [{ path: "b.log" }] }), test(2, { source })]),
        options({
          artifacts: wrong,
          onArtifactsNotUploaded: (t) => Effect.sync(() => later.push(t.title))
        })
      ).pipe(Effect.provide(clientLayer(testomat.url, testomat.apiKey)))
      assert.strictEqual(summary.delivered, 2)
      // Delivered without its link, and handed back so that another push can attach it.
      assert.deepStrictEqual(later, ["test 1"])
      const [problem] = summary.artifacts!.problems
      assert.strictEqual(problem!.reason, "Failed")
      assert.include(problem!.detail, "403")
      assert.notInclude(JSON.stringify(summary), secret)
      assert.strictEqual(storageServer.requests.at(-1)!.status, 403)
      assert.strictEqual(
        [...[...testomat.runs.values()][0]!.tests.values()].find((t) => t.body.title === "test 1")!.body.artifacts,
        undefined
      )

      const port = yield* Effect.promise(() =>
        new Promise<number>((resolve) => {
          const server = createServer().listen(0, "127.0.0.1", () => {
            const p = (server.address() as { port: number }).port
            server.close(() => resolve(p))
          })
        })
      )
      const dead = yield* uploader(storageServer, {
        storage: storage(storageServer, { endpoint: `http://127.0.0.1:${port}` })
      })
      assert.deepStrictEqual(
        yield* dead.upload({ source, attachments: [{ path: "b.log" }] }, { run: "r", rid: "t" }),
        { urls: [], failed: true }
      )
      const report = yield* dead.report
      assert.strictEqual(report.problems[0]!.reason, "Failed")
      assert.include(report.problems[0]!.detail, "after retries")
    }))

  it.scopedLive("private uploads send no ACL; a session token is sent, signed, and no ACL with it", () =>
    Effect.gen(function*() {
      const dir = yield* workspace
      writeFileSync(join(dir, "a.txt"), "a")
      writeFileSync(join(dir, "b.txt"), "b")
      const source = join(dir, "results.xml")
      const storageServer = yield* s3()
      const priv = yield* uploader(storageServer, { private: true })
      assert.strictEqual(
        (yield* priv.upload({ source, attachments: [{ path: "a.txt" }] }, { run: "r", rid: "t" })).urls.length,
        1
      )
      const token = yield* uploader(storageServer, {
        storage: storage(storageServer, {
          credentials: {
            accessKeyId: storageServer.accessKeyId,
            secretAccessKey: Redacted.make(storageServer.secretAccessKey),
            sessionToken: Redacted.make("session-token-value")
          }
        })
      })
      assert.strictEqual(
        (yield* token.upload({ source, attachments: [{ path: "b.txt" }] }, { run: "r", rid: "t" })).urls.length,
        1
      )
      const [a, b] = storageServer.requests
      assert.strictEqual(a!.status, 200)
      assert.strictEqual(a!.headers["x-amz-acl"], undefined)
      assert.strictEqual(b!.status, 200)
      assert.strictEqual(b!.headers["x-amz-acl"], undefined)
      assert.strictEqual(b!.headers["x-amz-security-token"], "session-token-value")
      assert.include(String(b!.headers["authorization"]), "x-amz-security-token")
    }))

  it.scopedLive("skips a file bigger than allowed, and keeps two files of one name in one test apart", () =>
    Effect.gen(function*() {
      const dir = yield* workspace
      mkdirSync(join(dir, "a"))
      mkdirSync(join(dir, "b"))
      writeFileSync(join(dir, "a", "shot.png"), "first")
      writeFileSync(join(dir, "b", "shot.png"), "second")
      writeFileSync(join(dir, "big.webm"), randomBytes(2048))
      const source = join(dir, "results.xml")
      const storageServer = yield* s3()
      const up = yield* uploader(storageServer, { maxBytes: 1024 })
      const urls = yield* up.upload(
        { source, attachments: [{ path: "a/shot.png" }, { path: "b/shot.png" }, { path: "big.webm" }] },
        { run: "r", rid: "t" }
      )
      assert.deepStrictEqual(urls.urls.map((u) => keyOf(storageServer, u)), ["r/t/shot.png", "r/t/2-shot.png"])
      assert.strictEqual((yield* Effect.promise(() => storageServer.read("r/t/2-shot.png")))?.toString(), "second")
      const report = yield* up.report
      assert.deepStrictEqual(report.problems.map((p) => p.reason), ["TooBig"])
    }))

  it.scopedLive("a file bigger than a part goes as a multipart upload, streamed in ranges, read back whole", () =>
    Effect.gen(function*() {
      const dir = yield* workspace
      const bytes = randomBytes(11 * 1024 * 1024 + 123)
      writeFileSync(join(dir, "video.webm"), bytes)
      const storageServer = yield* s3()
      const up = yield* uploader(storageServer, { partSize: Artifacts.MIN_PART_SIZE })
      const { urls: [url] } = yield* up.upload({ source: join(dir, "r.xml"), attachments: [{ path: "video.webm" }] }, {
        run: "r",
        rid: "t"
      })
      assert.strictEqual(keyOf(storageServer, url!), "r/t/video.webm")
      const read = yield* Effect.promise(() => storageServer.read("r/t/video.webm"))
      assert.strictEqual(read!.length, bytes.length)
      assert.isTrue(read!.equals(bytes))
      assert.deepStrictEqual(
        storageServer.requests.map((r) => [r.method, r.path.replace(/uploadId=[^&]+/, "uploadId=U"), r.status]),
        [
          ["POST", "/artifacts/r/t/video.webm?uploads", 200],
          ["PUT", "/artifacts/r/t/video.webm?partNumber=1&uploadId=U", 200],
          ["PUT", "/artifacts/r/t/video.webm?partNumber=2&uploadId=U", 200],
          ["PUT", "/artifacts/r/t/video.webm?partNumber=3&uploadId=U", 200],
          ["POST", "/artifacts/r/t/video.webm?uploadId=U", 200]
        ]
      )
      assert.strictEqual(storageServer.requests[0]!.headers["x-amz-acl"], "public-read")
      assert.deepStrictEqual(yield* up.report, {
        uploaded: 1,
        bytes: bytes.length,
        linked: 1,
        notConfigured: 0,
        problems: [],
        problemCount: 0
      })
    }))

  it.scopedLive("without storage of its own, uses the one the run's creation answers with, unless told not to", () =>
    Effect.gen(function*() {
      const dir = yield* workspace
      writeFileSync(join(dir, "shot.png"), "from the run's storage")
      const storageServer = yield* s3()
      const testomat = yield* emulator({
        artifacts: {
          ACCESS_KEY_ID: storageServer.accessKeyId,
          SECRET_ACCESS_KEY: storageServer.secretAccessKey,
          REGION: storageServer.region,
          BUCKET: storageServer.bucket,
          ENDPOINT: storageServer.url
        }
      })
      const push = (storageFromRun: boolean) =>
        Effect.flatMap(uploader(storageServer, { storage: undefined, storageFromRun }), (up) =>
          TestomatSink.push(
            stream([test(1, { source: join(dir, "r.xml"), attachments: [{ path: "shot.png" }] })]),
            options({ artifacts: up })
          ).pipe(Effect.provide(clientLayer(testomat.url, testomat.apiKey))))
      const used = yield* push(true)
      assert.strictEqual(used.artifacts!.uploaded, 1)
      assert.deepStrictEqual(Object.keys(used.run!).sort(), ["uid", "url"])
      assert.notInclude(JSON.stringify(used), storageServer.secretAccessKey)
      const sent = [...testomat.runs.get(used.run!.uid)!.tests.values()][0]!.body as { artifacts: Array<string> }
      assert.strictEqual(
        (yield* Effect.promise(() => storageServer.read(keyOf(storageServer, sent.artifacts[0]!))))?.toString(),
        "from the run's storage"
      )
      const refused = yield* push(false)
      assert.strictEqual(refused.artifacts!.uploaded, 0)
      assert.strictEqual(refused.artifacts!.notConfigured, 1)
      assert.strictEqual(storageServer.requests.length, 1)
    }))

  it.scopedLive("without storage, reads nothing and counts the files named", () =>
    Effect.gen(function*() {
      const up = yield* Artifacts.make({
        storage: undefined,
        private: false,
        concurrency: 1,
        timeout: "1 second",
        retry: Retry.schedule(fastRetry)
      })
      const urls = yield* up.upload({ source: "r.xml", attachments: [{ path: "/etc/passwd" }, { url: "u" }] }, {
        run: "r",
        rid: "t"
      })
      assert.deepStrictEqual(urls, { urls: [], failed: false })
      const report = yield* up.report
      assert.strictEqual(report.notConfigured, 1)
      assert.strictEqual(report.problemCount, 0)
    }))

  it.scopedLive("keeps the bytes in flight within the budget; a file bigger than the budget goes alone", () =>
    Effect.gen(function*() {
      const dir = yield* workspace
      const names = ["a", "b", "c", "d", "e", "f"].map((n) => `${n}.log`)
      for (const name of names) writeFileSync(join(dir, name), randomBytes(1000))
      writeFileSync(join(dir, "big.log"), randomBytes(3000))
      let now = 0
      const seen: Array<{ readonly bytes: number; readonly inFlight: number }> = []
      // Holds each request over several turns of the scheduler, so that uploads let through together overlap.
      const wire: Transport.Wire = (request) =>
        Effect.gen(function*() {
          const bytes = Number(request.headers?.["content-length"])
          now += bytes
          seen.push({ bytes, inFlight: now })
          for (let i = 0; i < 50; i++) yield* Effect.yieldNow()
          now -= bytes
          return { status: 200, headers: {}, body: "" }
        })
      const storageServer = yield* s3()
      const up = yield* uploader(storageServer, { concurrency: 8, maxBytesInFlight: 2500, wire })
      const { urls } = yield* up.upload({
        source: join(dir, "r.xml"),
        attachments: [...names, "big.log"].map((path) => ({ path }))
      }, { run: "r", rid: "t" })
      assert.strictEqual(urls.length, 7)
      assert.strictEqual(seen.length, 7)
      // Two at a time (2,000 bytes) fit in 2,500: no more went together, and some did.
      assert.strictEqual(Math.max(...seen.filter((s) => s.bytes === 1000).map((s) => s.inFlight)), 2000)
      assert.deepStrictEqual(seen.filter((s) => s.bytes === 3000), [{ bytes: 3000, inFlight: 3000 }])
    }))

  it("opens the file that was checked or none: a symlink or another file swapped in is refused", () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "tr-art-")))
    try {
      writeFileSync(join(dir, "shot.png"), "the screenshot")
      writeFileSync(join(dir, "secret"), "SECRET")
      const source = join(dir, "r.xml")
      const checked = Artifacts.locate(source, "shot.png")
      assert.strictEqual(checked._tag, "Found")
      const found = checked as Extract<Artifacts.Located, { _tag: "Found" }>
      const opened = Artifacts.open(found)
      assert.strictEqual(opened._tag, "Opened")
      if (opened._tag === "Opened") {
        const buffer = Buffer.alloc(64)
        assert.strictEqual(buffer.subarray(0, readSync(opened.fd, buffer)).toString(), "the screenshot")
        assert.strictEqual(opened.size, 14)
        closeSync(opened.fd)
      }
      // Its inode stays taken, so that no file made below can be given the same number.
      linkSync(join(dir, "shot.png"), join(dir, "kept"))
      // Between the check and the opening, the file becomes a symbolic link to a secret (O_NOFOLLOW).
      unlinkSync(join(dir, "shot.png"))
      symlinkSync(join(dir, "secret"), join(dir, "shot.png"))
      const linked = Artifacts.open(found)
      assert.deepStrictEqual([linked._tag, linked._tag === "Problem" ? linked.reason : ""], ["Problem", "Changed"])
      // ... or another file is renamed over it (device and inode).
      unlinkSync(join(dir, "shot.png"))
      writeFileSync(join(dir, "other"), "another file")
      renameSync(join(dir, "other"), join(dir, "shot.png"))
      const swapped = Artifacts.open(found)
      assert.deepStrictEqual([swapped._tag, swapped._tag === "Problem" ? swapped.reason : ""], ["Problem", "Changed"])
      unlinkSync(join(dir, "shot.png"))
      const gone = Artifacts.open(found)
      assert.deepStrictEqual([gone._tag, gone._tag === "Problem" ? gone.reason : ""], ["Problem", "Missing"])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it.scopedLive("a file swapped for a symlink while its upload waits for a slot is not read, nor sent", () =>
    Effect.gen(function*() {
      const dir = yield* workspace
      const outside = yield* workspace
      writeFileSync(join(outside, "id_rsa"), "PRIVATE KEY")
      writeFileSync(join(dir, "first.log"), "first")
      writeFileSync(join(dir, "shot.png"), "shot")
      const source = join(dir, "r.xml")
      const gate = yield* Deferred.make<void>()
      const arrived = yield* Deferred.make<void>()
      const sent: Array<string> = []
      // Holds the first upload in its only slot until the test lets it go.
      const wire: Transport.Wire = (request) =>
        Effect.gen(function*() {
          sent.push(request.url)
          yield* Deferred.succeed(arrived, undefined)
          yield* Deferred.await(gate)
          return { status: 200, headers: {}, body: "" }
        })
      const storageServer = yield* s3()
      const up = yield* uploader(storageServer, { concurrency: 1, wire })
      const first = yield* Effect.fork(
        up.upload({ source, attachments: [{ path: "first.log" }] }, { run: "r", rid: "a" })
      )
      yield* Deferred.await(arrived)
      const second = yield* Effect.fork(
        up.upload({ source, attachments: [{ path: "shot.png" }] }, { run: "r", rid: "b" })
      )
      // The second file is checked, then waits for the slot: swapped now, between its check and its opening.
      while (!FiberStatus.isSuspended(yield* Fiber.status(second))) yield* Effect.yieldNow()
      unlinkSync(join(dir, "shot.png"))
      symlinkSync(join(outside, "id_rsa"), join(dir, "shot.png"))
      yield* Deferred.succeed(gate, undefined)
      assert.strictEqual((yield* Fiber.join(first)).urls.length, 1)
      assert.deepStrictEqual(yield* Fiber.join(second), { urls: [], failed: false })
      assert.deepStrictEqual(sent.map((u) => keyOf(storageServer, u)), ["r/a/first.log"])
      const report = yield* up.report
      assert.deepStrictEqual(report.problems.map((p) => [p.reason, p.path]), [["Changed", "shot.png"]])
    }))

  it("refuses a default root that is the file system's root or the home directory", () => {
    const home = realpathSync(mkdtempSync(join(tmpdir(), "tr-home-")))
    try {
      mkdirSync(join(home, "reports"))
      writeFileSync(join(home, ".netrc"), "machine x password y")
      writeFileSync(join(home, "reports", "shot.png"), "shot")
      const report = join(home, "reports", "r.xml")
      // Run from / : only the report's directory is allowed.
      assert.deepStrictEqual(Artifacts.defaultRoots(report, { cwd: "/", home }), [join(home, "reports")])
      assert.strictEqual(Artifacts.locate(report, "shot.png", undefined, { cwd: "/", home })._tag, "Found")
      const etc = Artifacts.locate(report, "/etc/hostname", undefined, { cwd: "/", home })
      assert.deepStrictEqual(etc._tag === "Problem" ? etc.reason : etc._tag, "Outside")
      // Run from the home directory, a report in it: nothing is allowed by default.
      const inHome = join(home, "r.xml")
      assert.deepStrictEqual(Artifacts.defaultRoots(inHome, { cwd: home, home }), [])
      const netrc = Artifacts.locate(inHome, ".netrc", undefined, { cwd: home, home })
      assert.strictEqual(netrc._tag, "Problem")
      if (netrc._tag === "Problem") {
        assert.strictEqual(netrc.reason, "Outside")
        assert.include(netrc.detail, "--artifacts-root")
      }
      // A report in / run from /.
      assert.deepStrictEqual(Artifacts.defaultRoots("/r.xml", { cwd: "/", home }), [])
      // Named roots are the user's decision, / included.
      assert.strictEqual(Artifacts.locate(inHome, ".netrc", [home], { cwd: home, home })._tag, "Found")
      assert.strictEqual(Artifacts.locate(report, "/etc/hostname", ["/"], { cwd: "/", home })._tag, "Found")
    } finally {
      rmSync(home, { recursive: true, force: true })
    }
  })

  it.scopedLive("uploads the contents a report holds (text and base64), names those over the text cap", () =>
    Effect.gen(function*() {
      const storageServer = yield* s3()
      const up = yield* uploader(storageServer)
      const png = randomBytes(3000)
      const { urls, failed } = yield* up.upload({
        source: "results.xml",
        attachments: [
          { name: "log", content: "line 1\nline 2 é", size: 16 },
          { name: "shots/screen.png", contentType: "image/png", content: png.toString("base64"), encoding: "base64" },
          { name: "huge.bin", contentType: "application/octet-stream", size: 5_000_000 }
        ]
      }, { run: "r", rid: "t" })
      assert.isFalse(failed)
      assert.deepStrictEqual(urls.map((u) => keyOf(storageServer, u)), ["r/t/log", "r/t/screen.png"])
      assert.strictEqual((yield* Effect.promise(() => storageServer.read("r/t/log")))?.toString(), "line 1\nline 2 é")
      assert.isTrue((yield* Effect.promise(() => storageServer.read("r/t/screen.png")))?.equals(png))
      assert.strictEqual(
        storageServer.requests.find((r) => r.path.endsWith(".png"))!.headers["content-type"],
        "image/png"
      )
      const report = yield* up.report
      assert.strictEqual(report.uploaded, 2)
      assert.strictEqual(report.bytes, 16 + 3000)
      assert.deepStrictEqual(report.problems.map((p) => [p.reason, p.path]), [["TooBig", "huge.bin"]])
      assert.include(report.problems[0]!.detail, "text cap")
    }))

  it.scopedLive("addresses a bucket by virtual host, end to end (the host name resolved to loopback by the test)", () =>
    Effect.gen(function*() {
      const dir = yield* workspace
      writeFileSync(join(dir, "a.txt"), "by virtual host")
      const storageServer = yield* s3({ serviceEndpoint: "localhost" })
      const looked: Array<string> = []
      // Every name resolves to 127.0.0.1 here: no request can leave the machine, nor any query reach a DNS server.
      const lookup: LookupFunction = (hostname, options, callback) => {
        looked.push(hostname)
        if (options.all === true) {
          ;(callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [{
            address: "127.0.0.1",
            family: 4
          }])
        } else callback(null, "127.0.0.1", 4)
      }
      const agent = yield* Effect.acquireRelease(
        Effect.sync(() => new Agent({ connect: { lookup } })),
        (a) => Effect.promise(() => a.close())
      )
      const up = yield* uploader(storageServer, {
        storage: storage(storageServer, { endpoint: `http://s3.localhost:${storageServer.port}` }),
        wire: (request) => Http.request(agent, request)
      })
      const { urls: [url] } = yield* up.upload({ source: join(dir, "r.xml"), attachments: [{ path: "a.txt" }] }, {
        run: "r",
        rid: "t"
      })
      assert.strictEqual(url, `http://artifacts.s3.localhost:${storageServer.port}/r/t/a.txt`)
      assert.deepStrictEqual([...new Set(looked)], ["artifacts.s3.localhost"])
      const [put] = storageServer.requests
      assert.deepStrictEqual([put!.method, put!.path, put!.status], ["PUT", "/r/t/a.txt", 200])
      assert.strictEqual(put!.headers["host"], `artifacts.s3.localhost:${storageServer.port}`)
      assert.strictEqual((yield* Effect.promise(() => storageServer.read("r/t/a.txt")))?.toString(), "by virtual host")
    }))

  it.scopedLive("aborts a multipart upload whose part fails past retries: no object and no upload left", () =>
    Effect.gen(function*() {
      const dir = yield* workspace
      writeFileSync(join(dir, "video.webm"), randomBytes(11 * 1024 * 1024))
      const storageServer = yield* s3()
      storageServer.failWhen((method, path) => method === "PUT" && path.includes("partNumber=2&"))
      const up = yield* uploader(storageServer, { partSize: Artifacts.MIN_PART_SIZE })
      const outcome = yield* up.upload({ source: join(dir, "r.xml"), attachments: [{ path: "video.webm" }] }, {
        run: "r",
        rid: "t"
      })
      assert.deepStrictEqual(outcome, { urls: [], failed: true })
      const requests = storageServer.requests.map((r) => [r.method, r.path.replace(/uploadId=[^&]+/, "uploadId=U")])
      assert.deepStrictEqual(requests.at(-1), ["DELETE", "/artifacts/r/t/video.webm?uploadId=U"])
      assert.strictEqual(storageServer.requests.at(-1)!.status, 204)
      assert.strictEqual(
        storageServer.requests.filter((r) => r.path.includes("partNumber=2&")).length,
        1 + fastRetry.maxRetries
      )
      assert.notInclude(requests.map((r) => r[0]), "POST?")
      assert.strictEqual(yield* Effect.promise(() => storageServer.read("r/t/video.webm")), undefined)
      assert.deepStrictEqual(storageServer.pendingUploads(), [])
      assert.strictEqual((yield* up.report).problems[0]!.reason, "Failed")
    }))
})
