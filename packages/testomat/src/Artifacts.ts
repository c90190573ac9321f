/**
 * The files a test's attachments name, uploaded to the S3-compatible storage Testomat.io shows artifacts from. A report
 * is untrusted input: a path is read only when it resolves, symlinks followed, inside the allowed roots.
 *
 * @since 0.3.0
 */
import type * as Canonical from "@tr/core/Canonical"
import type * as Http from "@tr/core/Http"
import * as Transport from "@tr/core/Transport"
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FiberId from "effect/FiberId"
import * as Redacted from "effect/Redacted"
import type * as Schedule from "effect/Schedule"
import * as Scope from "effect/Scope"
import { createReadStream, realpathSync, statSync } from "node:fs"
import { basename, dirname, isAbsolute, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import * as S3 from "./S3.js"

/**
 * @since 0.3.0
 * @category models
 */
export interface Config {
  /** Without storage nothing is read or uploaded: the files tests name are only counted (`Report.notConfigured`). */
  readonly storage: S3.Storage | undefined
  /** Objects readable by anyone with the link (`public-read`, the default) or only with credentials. */
  readonly private: boolean
  /**
   * The directories a file must resolve into (symlinks followed) to be read. The current directory and the directory
   * of the report that names the file when not given.
   */
  readonly roots?: ReadonlyArray<string>
  /**
   * Whether the storage a run's creation answers with may be used when `storage` is undefined (`useStorage`); true by
   * default. False when uploads are turned off.
   */
  readonly storageFromRun?: boolean
  /** Bigger files are not uploaded, with a note. */
  readonly maxBytes?: number
  /** Uploads in flight at once. */
  readonly concurrency: number
  /**
   * A file bigger than this goes as a multipart upload in parts of this size (at least 5 MiB, as S3 requires; 16 MiB
   * by default), each streamed from the file and retried on its own.
   */
  readonly partSize?: number
  /** Per attempt, plus 1 ms for every KiB of the file (a slow link must not cut a big video short). */
  readonly timeout: Duration.DurationInput
  readonly retry: Schedule.Schedule<unknown, Http.HttpError>
  /** What sends one attempt (a dry run only shows it). */
  readonly wire?: Transport.Wire
}

/**
 * Why a file a test names was not uploaded: it does not exist (`Missing`), resolves outside the allowed roots
 * (`Outside`, never read), is no regular file (`NotAFile`), is bigger than allowed (`TooBig`), or its upload failed
 * after retries (`Failed`).
 *
 * @since 0.3.0
 * @category models
 */
export interface Problem {
  readonly reason: "Missing" | "Outside" | "NotAFile" | "TooBig" | "Failed"
  /** As the report wrote it. */
  readonly path: string
  /** The report that names it. */
  readonly source: string
  readonly detail: string
}

/**
 * @since 0.3.0
 * @category models
 */
export interface Report {
  /** Files uploaded (each once, however many tests name it). */
  readonly uploaded: number
  readonly bytes: number
  /** The links handed to tests, a file named by several tests counted for each. */
  readonly linked: number
  /** Files named while no storage was configured: neither read nor uploaded. */
  readonly notConfigured: number
  /** The first 1000 problems; `problemCount` counts them all. */
  readonly problems: ReadonlyArray<Problem>
  readonly problemCount: number
}

/**
 * @since 0.3.0
 * @category models
 */
export interface Uploader {
  /**
   * Uploads the files of a test's attachments that have a local path and no URL, under `{run}/{rid}/{name}`, and
   * gives their URLs. Never fails: a file not uploaded is in `report`.
   */
  readonly upload: (
    test: Pick<Canonical.TestCase, "source" | "attachments">,
    place: { readonly run: string; readonly rid: string }
  ) => Effect.Effect<Uploaded>
  readonly report: Effect.Effect<Report>
  readonly stats: Effect.Effect<Transport.Stats>
  /**
   * Uploads in flight at once. A caller uploading for many tests should run about this many at a time: fibers queued
   * on the uploader's semaphore by the hundred cost time and memory quadratic in their number.
   */
  readonly concurrency: number
  /**
   * The storage a run's creation answered with (Testomat.io's own `artifacts` settings): used from now on when no
   * storage was configured and `storageFromRun` allows it.
   */
  readonly useStorage: (storage: S3.Storage) => Effect.Effect<void>
}

/**
 * The links of a test's files, and whether an upload of one failed after retries (another push could still do it).
 *
 * @since 0.3.0
 * @category models
 */
export interface Uploaded {
  readonly urls: ReadonlyArray<string>
  readonly failed: boolean
}

/**
 * Whether a test has attachments to upload.
 *
 * @since 0.3.0
 * @category utils
 */
export const hasFiles = (test: Pick<Canonical.TestCase, "attachments">): boolean =>
  test.attachments?.some((a) => a.url === undefined && a.path !== undefined) ?? false

/**
 * Where a file a report names is: a relative path resolved against the report's directory (the current one for
 * stdin), a `file://` URL as its path.
 *
 * @since 0.3.0
 * @category utils
 */
export const pathOf = (source: string, path: string): string => {
  const local = /^file:\/\//i.test(path) ? fileURLToPath(path) : path
  return isAbsolute(local) ? local : resolve(source === "-" ? "." : dirname(source), local)
}

const realpath = (path: string): string | undefined => {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

const within = (root: string, path: string): boolean => {
  const rel = relative(root, path)
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel))
}

/**
 * @since 0.3.0
 * @category models
 */
export type Located =
  | { readonly _tag: "Found"; readonly real: string; readonly size: number }
  | { readonly _tag: "Problem"; readonly reason: Problem["reason"]; readonly detail: string }

/**
 * Finds a file a report names and says whether it may be read: it must resolve (symlinks followed) inside one of the
 * roots (by default the current directory and the report's) and be a regular file.
 *
 * @since 0.3.0
 * @category utils
 */
export const locate = (source: string, path: string, roots?: ReadonlyArray<string>): Located => {
  const wanted = pathOf(source, path)
  const real = realpath(wanted)
  if (real === undefined) return { _tag: "Problem", reason: "Missing", detail: `${wanted} does not exist` }
  const allowed = (roots ?? [".", source === "-" ? "." : dirname(source)]).flatMap((r) => realpath(resolve(r)) ?? [])
  if (!allowed.some((root) => within(root, real))) {
    return {
      _tag: "Problem",
      reason: "Outside",
      detail: `${wanted} resolves outside the allowed roots (${allowed.join(", ")}), so it is not read`
    }
  }
  try {
    const stat = statSync(real)
    return stat.isFile()
      ? { _tag: "Found", real, size: stat.size }
      : { _tag: "Problem", reason: "NotAFile", detail: `${wanted} is not a regular file` }
  } catch (error) {
    return { _tag: "Problem", reason: "Missing", detail: `${wanted}: ${(error as Error).message}` }
  }
}

const TYPES: { readonly [extension: string]: string } = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  svg: "image/svg+xml",
  mp4: "video/mp4",
  webm: "video/webm",
  zip: "application/zip",
  json: "application/json",
  html: "text/html",
  xml: "application/xml",
  pdf: "application/pdf",
  txt: "text/plain",
  log: "text/plain"
}

/**
 * The content type of a file, from the attachment or its extension.
 *
 * @since 0.3.0
 * @category utils
 */
export const contentTypeOf = (name: string, given?: string): string =>
  given ?? TYPES[/\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ""] ?? "application/octet-stream"

const MAX_PROBLEMS = 1000

/**
 * @since 0.3.0
 * @category constants
 */
export const MIN_PART_SIZE = 5 * 1024 * 1024

/**
 * @since 0.3.0
 * @category constants
 */
export const DEFAULT_PART_SIZE = 16 * 1024 * 1024

/**
 * An uploader over a transport of its own (timeout, retry schedule, breaker), its credentials masked in every error.
 *
 * @example
 * import * as Artifacts from "@tr/testomat/Artifacts"
 * const uploader = yield* Artifacts.make({ storage, private: false, concurrency: 4, timeout: "30 seconds", retry })
 * const urls = yield* uploader.upload(test, { run: "a1b2c3", rid: "t1" })
 *
 * @since 0.3.0
 * @category constructors
 */
export const make = (config: Config): Effect.Effect<Uploader, never, Scope.Scope> =>
  Effect.gen(function*() {
    const scope = yield* Effect.scope
    const transportFor = (storage: S3.Storage | undefined) =>
      Transport.make({
        service: { name: "S3 storage", credentials: "the S3 credentials" },
        timeout: config.timeout,
        retry: config.retry,
        secrets: storage === undefined ? [] : [
          storage.credentials.secretAccessKey,
          ...(storage.credentials.sessionToken === undefined ? [] : [storage.credentials.sessionToken])
        ],
        ...(config.wire === undefined ? {} : { wire: config.wire })
      })
    let storage = config.storage
    let transport = yield* transportFor(storage)
    const slots = yield* Effect.makeSemaphore(Math.max(1, config.concurrency))
    const started = new Map<string, Deferred.Deferred<string | true>>()
    const keys = new Set<string>()
    const problems: Array<Problem> = []
    const counts = { uploaded: 0, bytes: 0, linked: 0, problems: 0, notConfigured: 0 }
    const note = (problem: Problem) => {
      counts.problems++
      if (problems.length < MAX_PROBLEMS) problems.push(problem)
    }
    const baseTimeout = Duration.toMillis(Duration.decode(config.timeout))

    /** A signed request of the upload of one file: a fresh `x-amz-date`, the session token, every header signed. */
    const signed = (
      storage: S3.Storage,
      method: Http.Request["method"],
      url: string,
      extra: Record<string, string>,
      bodyHash: string = S3.UNSIGNED_PAYLOAD
    ) =>
      Effect.map(Clock.currentTimeMillis, (now) => {
        const headers: Record<string, string> = {
          ...extra,
          "x-amz-content-sha256": bodyHash,
          "x-amz-date": S3.amzDate(new Date(now))
        }
        const credentials = storage.credentials
        if (credentials.sessionToken !== undefined) {
          headers["x-amz-security-token"] = Redacted.value(credentials.sessionToken)
        }
        headers["authorization"] = S3.authorization({ method, url, headers }, credentials, storage.region)
        return headers
      })
    const partSize = Math.max(MIN_PART_SIZE, config.partSize ?? DEFAULT_PART_SIZE)
    const timeoutFor = (bytes: number) => Duration.millis(baseTimeout + Math.ceil(bytes / 1024))

    /** A file of more than one part goes as a multipart upload, each part streamed from its range of the file. */
    const multipart = (
      storage: S3.Storage,
      real: string,
      size: number,
      url: string,
      what: string,
      create: Record<string, string>
    ) =>
      Effect.gen(function*() {
        const started = yield* transport.send(what, {
          method: "POST",
          url: `${url}?uploads`,
          headers: yield* signed(storage, "POST", `${url}?uploads`, create)
        })
        const uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(started.body)?.[1]
        if (uploadId === undefined) {
          return yield* transport.refuse(what, "the storage started a multipart upload without an UploadId")
        }
        const at = (query: string) => `${url}?${query}uploadId=${encodeURIComponent(uploadId)}`
        const parts = Math.ceil(size / partSize)
        const sendParts = Effect.forEach(Array.from({ length: parts }, (_, i) => i), (i) =>
          Effect.gen(function*() {
            const start = i * partSize
            const length = Math.min(partSize, size - start)
            const partUrl = at(`partNumber=${i + 1}&`)
            const answer = yield* transport.send(`${what} (part ${i + 1} of ${parts})`, {
              method: "PUT",
              url: partUrl,
              headers: yield* signed(storage, "PUT", partUrl, { "content-length": String(length) }),
              body: () => createReadStream(real, { start, end: start + length - 1 }),
              timeout: timeoutFor(length)
            })
            const etag = answer.headers["etag"]
            const tag = Array.isArray(etag) ? etag[0] : etag
            if (typeof tag !== "string") {
              return yield* transport.refuse(what, `the storage answered part ${i + 1} without an ETag`)
            }
            return `<Part><PartNumber>${i + 1}</PartNumber><ETag>${
              tag.replace(/&/g, "&amp;").replace(/</g, "&lt;")
            }</ETag></Part>`
          }))
        const complete = Effect.flatMap(sendParts, (xml) => {
          const body = `<CompleteMultipartUpload>${xml.join("")}</CompleteMultipartUpload>`
          return Effect.flatMap(
            signed(storage, "POST", at(""), { "content-type": "application/xml" }, S3.payloadHash(body)),
            (headers) => transport.send(what, { method: "POST", url: at(""), headers, body })
          ).pipe(
            // S3 may answer 200 and say in the body that completing failed.
            Effect.flatMap((answer) =>
              /<Error>/.test(answer.body)
                ? Effect.fail(
                  transport.refuse(what, `completing the multipart upload failed: ${answer.body.slice(0, 300)}`)
                )
                : Effect.void
            )
          )
        })
        // A multipart upload that does not complete is aborted, so that its parts are not kept (and billed).
        yield* Effect.tapError(complete, () =>
          Effect.ignore(
            Effect.flatMap(signed(storage, "DELETE", at(""), {}), (headers) =>
              transport.send(`${what} (abort)`, { method: "DELETE", url: at(""), headers }))
          ))
      })

    const put = (
      storage: S3.Storage,
      real: string,
      size: number,
      attachment: Canonical.Attachment,
      run: string,
      rid: string
    ) =>
      Effect.suspend(() => {
        const name = basename(real)
        let key = S3.key([run, rid, name])
        // Two files of one name in one test: the second is told apart by a number.
        for (let n = 2; keys.has(key); n++) {
          key = S3.key([run, rid, `${n}-${name}`])
        }
        keys.add(key)
        const url = S3.objectUrl(storage, key)
        const what = `upload ${attachment.path}`
        const create: Record<string, string> = { "content-type": contentTypeOf(name, attachment.contentType) }
        // Temporary credentials (an IAM role) often may not set ACLs: the bucket's policy decides then.
        if (!config.private && storage.credentials.sessionToken === undefined) {
          create["x-amz-acl"] = "public-read"
        }
        const upload = size > partSize
          ? multipart(storage, real, size, url, what, create)
          : Effect.flatMap(signed(storage, "PUT", url, { ...create, "content-length": String(size) }), (headers) =>
            transport.send(what, {
              method: "PUT",
              url,
              headers,
              body: () =>
                createReadStream(real),
              timeout: timeoutFor(size)
            }))
        return slots.withPermits(1)(upload).pipe(Effect.as(url))
      })

    /** A file's URL, or undefined (true when its upload failed after retries). */
    const uploadOne = (source: string, attachment: Canonical.Attachment, run: string, rid: string) =>
      Effect.suspend((): Effect.Effect<string | undefined | true> => {
        const path = attachment.path!
        const current = storage
        if (current === undefined) {
          counts.notConfigured++
          return Effect.succeed(undefined)
        }
        const found = locate(source, path, config.roots)
        if (found._tag === "Problem") {
          note({ reason: found.reason, path, source, detail: found.detail })
          return Effect.succeed(undefined)
        }
        if (config.maxBytes !== undefined && found.size > config.maxBytes) {
          note({
            reason: "TooBig",
            path,
            source,
            detail: `${found.real} has ${found.size} bytes, more than the ${config.maxBytes} allowed`
          })
          return Effect.succeed(undefined)
        }
        const known = started.get(found.real)
        if (known !== undefined) {
          return Deferred.await(known)
        }
        const done = Deferred.unsafeMake<string | true>(FiberId.none)
        started.set(found.real, done)
        const upload = put(current, found.real, found.size, attachment, run, rid).pipe(
          Effect.tap(() =>
            Effect.sync(() => {
              counts.uploaded++
              counts.bytes += found.size
            })
          ),
          Effect.catchAll((error) =>
            Effect.sync(() => {
              note({ reason: "Failed", path, source, detail: error.message })
              return true as const
            })
          )
        )
        return Effect.zipRight(Effect.intoDeferred(upload, done), Deferred.await(done))
      })

    return {
      upload: (test, place) =>
        Effect.forEach(
          (test.attachments ?? []).filter((a) =>
            a.url === undefined && a.path !== undefined
          ),
          (a) => uploadOne(test.source, a, place.run, place.rid),
          { concurrency: Math.max(1, config.concurrency) }
        ).pipe(
          Effect.map((outcomes) => {
            const urls = outcomes.filter((u): u is string => typeof u === "string")
            counts.linked += urls.length
            return { urls, failed: outcomes.includes(true) }
          })
        ),
      report: Effect.sync(() => ({
        uploaded: counts.uploaded,
        bytes: counts.bytes,
        linked: counts.linked,
        notConfigured: counts.notConfigured,
        problems: [...problems],
        problemCount: counts.problems
      })),
      stats: Effect.suspend(() => transport.stats),
      concurrency: Math.max(1, config.concurrency),
      useStorage: (given) =>
        Effect.suspend(() =>
          storage !== undefined || config.storageFromRun === false
            ? Effect.void
            : Effect.map(Scope.extend(transportFor(given), scope), (made) => {
              storage = given
              transport = made
            })
        )
    }
  })
