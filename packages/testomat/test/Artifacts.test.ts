import { assert, describe, it } from "@effect/vitest"
import * as Retry from "@tr/core/Retry"
import { type S3Emulator, startS3Emulator } from "@tr/tooling/emulators/s3"
import { Effect, Redacted } from "effect"
import { randomBytes } from "node:crypto"
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
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
})
