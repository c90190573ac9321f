/**
 * The files a test's attachments name, uploaded to the S3-compatible storage Testomat.io shows artifacts from. A report
 * is untrusted input: a path is read only when it resolves, symlinks followed, inside the allowed roots.
 *
 * @since 0.3.0
 */
import type * as Canonical from "@tr/core/Canonical"
import type * as Http from "@tr/core/Http"
import type { SinkError } from "@tr/core/SinkError"
import * as Transport from "@tr/core/Transport"
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FiberId from "effect/FiberId"
import * as Redacted from "effect/Redacted"
import type * as Schedule from "effect/Schedule"
import * as Scope from "effect/Scope"
import { closeSync, constants, fstatSync, openSync, read, realpathSync, statSync } from "node:fs"
import { homedir } from "node:os"
import { basename, dirname, isAbsolute, parse, relative, resolve } from "node:path"
import { Readable } from "node:stream"
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
   * The most bytes of uploads in flight at once (`DEFAULT_BYTES_IN_FLIGHT` by default), counting a multipart upload
   * by its part. A file bigger than this still goes, alone.
   */
  readonly maxBytesInFlight?: number
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
 * (`Outside`, never read), is no regular file (`NotAFile`), was replaced between its check and its opening (`Changed`,
 * never read), is bigger than allowed or its contents were over the reader's text cap (`TooBig`), or its upload failed
 * after retries (`Failed`).
 *
 * @since 0.3.0
 * @category models
 */
export interface Problem {
  readonly reason: "Missing" | "Outside" | "NotAFile" | "Changed" | "TooBig" | "Failed"
  /** As the report wrote it (the attachment's name for contents the report holds). */
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
   * Uploads the files of a test's attachments that have a local path and no URL, and the contents the report holds
   * (`content`), under `{run}/{rid}/{name}`, and gives their URLs. Never fails: a file not uploaded is in `report`.
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

/** An attachment to upload: a local file, contents the report holds, or contents it held over the reader's cap. */
const isUpload = (a: Canonical.Attachment): boolean =>
  a.url === undefined && (a.path !== undefined || a.content !== undefined || a.size !== undefined)

/**
 * Whether a test has attachments to upload.
 *
 * @since 0.3.0
 * @category utils
 */
export const hasFiles = (test: Pick<Canonical.TestCase, "attachments">): boolean =>
  test.attachments?.some(isUpload) ?? false

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
  | {
    readonly _tag: "Found"
    readonly real: string
    readonly size: number
    /** Which file was checked: opening it must give this one (`open`). */
    readonly dev: bigint
    readonly ino: bigint
  }
  | { readonly _tag: "Problem"; readonly reason: Problem["reason"]; readonly detail: string }

/**
 * Where to look for the current directory and the home directory (the process's own when not given).
 *
 * @since 0.3.1
 * @category models
 */
export interface Places {
  readonly cwd?: string
  readonly home?: string
}

/**
 * The roots a file may be read from when none are given: the current directory and the report's directory, except
 * one that is the file system's root or the home directory itself (run from `/` or `~`, they would allow every file
 * of the machine or the user's keys). None may be left: then `--artifacts-root` must say where files may be read.
 *
 * @since 0.3.1
 * @category utils
 */
export const defaultRoots = (source: string, places: Places = {}): ReadonlyArray<string> => {
  const cwd = places.cwd ?? process.cwd()
  const home = realpath(places.home ?? homedir())
  const candidates = [cwd, source === "-" ? cwd : resolve(cwd, dirname(source))].flatMap((r) => realpath(r) ?? [])
  return [...new Set(candidates)].filter((root) => root !== parse(root).root && root !== home)
}

/**
 * Finds a file a report names and says whether it may be read: it must resolve (symlinks followed) inside one of the
 * roots (by default those of `defaultRoots`) and be a regular file.
 *
 * @since 0.3.0
 * @category utils
 */
export const locate = (source: string, path: string, roots?: ReadonlyArray<string>, places?: Places): Located => {
  const wanted = pathOf(source, path)
  const real = realpath(wanted)
  if (real === undefined) return { _tag: "Problem", reason: "Missing", detail: `${wanted} does not exist` }
  const allowed = roots === undefined
    ? defaultRoots(source, places)
    : roots.flatMap((r) => realpath(resolve(places?.cwd ?? ".", r)) ?? [])
  if (allowed.length === 0) {
    return {
      _tag: "Problem",
      reason: "Outside",
      detail: `${wanted} is not read: the current directory and the report's are the file system's root or the ` +
        "home directory, too wide to allow by default; --artifacts-root DIR names where files may be read"
    }
  }
  if (!allowed.some((root) => within(root, real))) {
    return {
      _tag: "Problem",
      reason: "Outside",
      detail: `${wanted} resolves outside the allowed roots (${allowed.join(", ")}), so it is not read`
    }
  }
  try {
    const stat = statSync(real, { bigint: true })
    return stat.isFile()
      ? { _tag: "Found", real, size: Number(stat.size), dev: stat.dev, ino: stat.ino }
      : { _tag: "Problem", reason: "NotAFile", detail: `${wanted} is not a regular file` }
  } catch (error) {
    return { _tag: "Problem", reason: "Missing", detail: `${wanted}: ${(error as Error).message}` }
  }
}

/**
 * @since 0.3.1
 * @category models
 */
export type Opened =
  | { readonly _tag: "Opened"; readonly fd: number; readonly size: number }
  | { readonly _tag: "Problem"; readonly reason: Problem["reason"]; readonly detail: string }

/**
 * Opens a located file once, for reading: its last component not followed if it became a symbolic link
 * (`O_NOFOLLOW` where the platform has it), never blocking on a FIFO put in its place, and only when the descriptor
 * is the very regular file that was checked (device and inode). Everything read is read from this descriptor, so a
 * swap after the check cannot make another file go out. The caller closes the descriptor.
 *
 * @since 0.3.1
 * @category utils
 */
export const open = (found: Extract<Located, { _tag: "Found" }>): Opened => {
  let fd: number
  try {
    fd = openSync(found.real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === "ENOENT"
      ? { _tag: "Problem", reason: "Missing", detail: `${found.real} is gone` }
      : code === "ELOOP" || code === "EMLINK"
      ? { _tag: "Problem", reason: "Changed", detail: `${found.real} became a symbolic link after it was checked` }
      : { _tag: "Problem", reason: "Missing", detail: `${found.real}: ${(error as Error).message}` }
  }
  try {
    const stat = fstatSync(fd, { bigint: true })
    if (stat.dev !== found.dev || stat.ino !== found.ino) {
      closeSync(fd)
      return { _tag: "Problem", reason: "Changed", detail: `${found.real} was replaced after it was checked` }
    }
    if (!stat.isFile()) {
      closeSync(fd)
      return { _tag: "Problem", reason: "NotAFile", detail: `${found.real} is not a regular file` }
    }
    return { _tag: "Opened", fd, size: Number(stat.size) }
  } catch (error) {
    closeSync(fd)
    return { _tag: "Problem", reason: "Missing", detail: `${found.real}: ${(error as Error).message}` }
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
 * @since 0.3.1
 * @category constants
 */
export const DEFAULT_BYTES_IN_FLIGHT = 64 * 1024 * 1024

/** What an upload reads its bytes from: a range of an open file, or contents already in memory. */
interface Bytes {
  readonly size: number
  readonly range: (start: number, length: number) => Readable | Uint8Array
}

const CHUNK = 64 * 1024

/**
 * A range of an open file as a stream of positioned reads. Not `createReadStream({ fd })`: destroying that stream
 * (undici does once a request ends) closes the descriptor, which the retries and the other parts still need.
 */
const rangeOf = (fd: number, start: number, length: number): Readable => {
  let position = start
  const end = start + length
  return new Readable({
    highWaterMark: CHUNK,
    read() {
      const n = Math.min(CHUNK, end - position)
      if (n <= 0) {
        this.push(null)
        return
      }
      const buffer = Buffer.allocUnsafe(n)
      read(fd, buffer, 0, n, position, (error, bytes) => {
        if (error !== null) return this.destroy(error)
        if (bytes === 0) return this.destroy(new Error(`the file ended ${end - position} bytes early`))
        position += bytes
        this.push(bytes < n ? buffer.subarray(0, bytes) : buffer)
      })
    }
  })
}

const fromFd = (fd: number, size: number): Bytes => ({
  size,
  // Each attempt reads its range anew from the descriptor, which stays open until the upload is over.
  range: (start, length) => (length === 0 ? new Uint8Array(0) : rangeOf(fd, start, length))
})

/**
 * The bytes of contents a report holds (xUnit.net v3 attachments): text as UTF-8, or decoded from base64.
 *
 * @since 0.3.1
 * @category utils
 */
export const contentBytes = (attachment: Canonical.Attachment): Uint8Array =>
  Buffer.from(attachment.content ?? "", attachment.encoding === "base64" ? "base64" : "utf8")

/** A name for an object: the last segment of what the report calls it, never a path. */
const nameOf = (name: string | undefined): string => {
  const last = (name ?? "").split(/[\\/]/).pop()?.trim() ?? ""
  return last === "" || last === "." || last === ".." ? "attachment" : last
}

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
    const started = new Map<string, Deferred.Deferred<string | undefined | true>>()
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
    const budget = Math.max(1, config.maxBytesInFlight ?? DEFAULT_BYTES_IN_FLIGHT)
    const inFlight = yield* Effect.makeSemaphore(budget)
    /**
     * An upload holds a slot and as many bytes of the budget as it has in flight (a multipart upload, one part); one
     * bigger than the whole budget takes all of it, so it goes alone.
     */
    const bounded = <A, E>(size: number, upload: Effect.Effect<A, E>) =>
      inFlight.withPermits(Math.max(1, Math.min(size > partSize ? partSize : size, budget)))(
        slots.withPermits(1)(upload)
      )

    /** A file of more than one part goes as a multipart upload, each part streamed from its range of the file. */
    const multipart = (
      storage: S3.Storage,
      bytes: Bytes,
      url: string,
      what: string,
      create: Record<string, string>
    ) =>
      Effect.gen(function*() {
        const size = bytes.size
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
              body: () => bytes.range(start, length) as Readable,
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

    /** Puts bytes under `{run}/{rid}/{name}` and gives the object's URL. */
    const put = (
      storage: S3.Storage,
      bytes: Bytes,
      name: string,
      contentType: string | undefined,
      what: string,
      run: string,
      rid: string
    ) =>
      Effect.suspend(() => {
        let key = S3.key([run, rid, name])
        // Two files of one name in one test: the second is told apart by a number.
        for (let n = 2; keys.has(key); n++) {
          key = S3.key([run, rid, `${n}-${name}`])
        }
        keys.add(key)
        const url = S3.objectUrl(storage, key)
        const create: Record<string, string> = { "content-type": contentTypeOf(name, contentType) }
        // Temporary credentials (an IAM role) often may not set ACLs: the bucket's policy decides then.
        if (!config.private && storage.credentials.sessionToken === undefined) {
          create["x-amz-acl"] = "public-read"
        }
        const upload = bytes.size > partSize
          ? multipart(storage, bytes, url, what, create)
          : Effect.flatMap(
            signed(storage, "PUT", url, { ...create, "content-length": String(bytes.size) }),
            (headers) =>
              transport.send(what, {
                method: "PUT",
                url,
                headers,
                body: () =>
                  bytes.range(0, bytes.size) as Readable,
                timeout: timeoutFor(bytes.size)
              })
          )
        return Effect.as(upload, url)
      })

    /** The URL, or undefined when not uploaded (true when the upload failed after retries), counted either way. */
    const outcome = (
      upload: Effect.Effect<string | Problem, SinkError>,
      problem: (detail: string) => Problem,
      size: () => number
    ): Effect.Effect<string | undefined | true> =>
      upload.pipe(
        Effect.map((done) => {
          if (typeof done !== "string") {
            note(done)
            return undefined
          }
          counts.uploaded++
          counts.bytes += size()
          return done
        }),
        Effect.catchAll((error) =>
          Effect.sync(() => {
            note(problem(error.message))
            return true as const
          })
        )
      )

    const tooBig = (path: string, source: string, what: string, size: number): Problem | undefined =>
      config.maxBytes !== undefined && size > config.maxBytes
        ? {
          reason: "TooBig",
          path,
          source,
          detail: `${what} has ${size} bytes, more than the ${config.maxBytes} allowed`
        }
        : undefined

    /** A file's URL, or undefined (true when its upload failed after retries). */
    const uploadFile = (source: string, attachment: Canonical.Attachment, run: string, rid: string) =>
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
        const big = tooBig(path, source, found.real, found.size)
        if (big !== undefined) {
          note(big)
          return Effect.succeed(undefined)
        }
        const known = started.get(found.real)
        if (known !== undefined) {
          return Deferred.await(known)
        }
        const done = Deferred.unsafeMake<string | undefined | true>(FiberId.none)
        started.set(found.real, done)
        let size = found.size
        // Opened once, inside the bounds (so that no more files are open than uploads in flight), and read only from
        // that descriptor: the file checked is the file sent.
        const upload = bounded(
          found.size,
          Effect.acquireUseRelease(
            Effect.sync(() => open(found)),
            (opened): Effect.Effect<string | Problem, SinkError> => {
              if (opened._tag === "Problem") {
                return Effect.succeed({ reason: opened.reason, path, source, detail: opened.detail })
              }
              size = opened.size
              const name = basename(found.real)
              return put(
                current,
                fromFd(opened.fd, opened.size),
                name,
                attachment.contentType,
                `upload ${path}`,
                run,
                rid
              )
            },
            (opened) => opened._tag === "Opened" ? Effect.sync(() => closeSync(opened.fd)) : Effect.void
          )
        )
        return Effect.zipRight(
          Effect.intoDeferred(
            outcome(upload, (detail) => ({ reason: "Failed", path, source, detail }), () => size),
            done
          ),
          Deferred.await(done)
        )
      })

    /** Contents the report holds: uploaded from memory, each for its own test. */
    const uploadContent = (source: string, attachment: Canonical.Attachment, run: string, rid: string) =>
      Effect.suspend((): Effect.Effect<string | undefined | true> => {
        const name = nameOf(attachment.name)
        const current = storage
        if (current === undefined) {
          counts.notConfigured++
          return Effect.succeed(undefined)
        }
        if (attachment.content === undefined) {
          note({
            reason: "TooBig",
            path: name,
            source,
            detail: `its contents (${
              attachment.size === undefined ? "" : `about ${attachment.size} bytes, `
            }held in the report) were over the reader's text cap (--max-text), so they were not carried`
          })
          return Effect.succeed(undefined)
        }
        const data = contentBytes(attachment)
        const big = tooBig(name, source, `attachment ${name}`, data.length)
        if (big !== undefined) {
          note(big)
          return Effect.succeed(undefined)
        }
        const bytes: Bytes = { size: data.length, range: (start, length) => data.subarray(start, start + length) }
        return outcome(
          bounded(data.length, put(current, bytes, name, attachment.contentType, `upload ${name}`, run, rid)),
          (detail) => ({ reason: "Failed", path: name, source, detail }),
          () => data.length
        )
      })

    return {
      upload: (test, place) =>
        Effect.forEach(
          (test.attachments ?? []).filter(isUpload),
          (a) =>
            a.path !== undefined
              ? uploadFile(test.source, a, place.run, place.rid)
              : uploadContent(test.source, a, place.run, place.rid),
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
