/**
 * A real S3 server (s3rver, in process, on loopback) behind a front that checks each request's SigV4 signature, as
 * S3 does (s3rver does not), can answer 503 a number of times first, and records what it was sent. Objects are read
 * back through s3rver itself.
 */
import { createHash, createHmac } from "node:crypto"
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { createServer, type IncomingMessage, request as httpRequest, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import S3rver from "s3rver"

export interface S3EmulatorOptions {
  readonly bucket?: string
  readonly accessKeyId?: string
  readonly secretAccessKey?: string
  readonly region?: string
  /**
   * The domain virtual-host requests come under: `{bucket}.s3.{serviceEndpoint}` (s3rver's `amazonaws.com` by
   * default; `localhost` lets a test address `artifacts.s3.localhost`, resolved to loopback by the test itself).
   */
  readonly serviceEndpoint?: string
}

export interface S3Request {
  readonly method: string
  /** As sent, encoded. */
  readonly path: string
  readonly headers: Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  readonly status: number
}

export interface S3Emulator {
  readonly url: string
  readonly port: number
  readonly bucket: string
  readonly region: string
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly requests: ReadonlyArray<S3Request>
  /** Answers the next `count` requests with `status` (their bodies read and dropped). */
  readonly fail: (count: number, status?: number) => void
  /** Answers every request `matches` accepts with `status` (until told `undefined`). */
  readonly failWhen: (matches: ((method: string, path: string) => boolean) | undefined, status?: number) => void
  /** The multipart uploads started and neither completed nor aborted (their ids). */
  readonly pendingUploads: () => ReadonlyArray<string>
  /** The bytes of an object, by its key as sent (encoded), or undefined when there is none. */
  readonly read: (encodedKey: string) => Promise<Buffer | undefined>
  readonly close: () => Promise<void>
}

const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest()
const encode = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** SigV4 as S3 computes it, written from the AWS documentation apart from the signer under test. */
const expectedSignature = (req: IncomingMessage, secret: string, signedHeaders: string, scope: string): string => {
  const url = new URL(req.url ?? "/", "http://x")
  const query = [...url.searchParams.entries()].map(([k, v]) => `${encode(k)}=${encode(v)}`).sort().join("&")
  const names = signedHeaders.split(";")
  const headerLines = names.map((n) => `${n}:${String(req.headers[n] ?? "").trim().replace(/\s+/g, " ")}\n`).join("")
  const canonical = [
    req.method,
    url.pathname,
    query,
    headerLines,
    signedHeaders,
    String(req.headers["x-amz-content-sha256"])
  ].join("\n")
  const date = String(req.headers["x-amz-date"])
  const toSign = ["AWS4-HMAC-SHA256", date, scope, createHash("sha256").update(canonical).digest("hex")].join("\n")
  const [day, region, service, terminal] = scope.split("/") as [string, string, string, string]
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), terminal)
  return createHmac("sha256", key).update(toSign).digest("hex")
}

const refuse = (res: ServerResponse, status: number, code: string) => {
  res.writeHead(status, { "content-type": "application/xml" })
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`)
}

export const startS3Emulator = async (options: S3EmulatorOptions = {}): Promise<S3Emulator> => {
  const bucket = options.bucket ?? "artifacts"
  const accessKeyId = options.accessKeyId ?? "AKIDLOOPBACKTEST"
  const secretAccessKey = options.secretAccessKey ?? "loopback/secret+key/for-tests"
  const region = options.region ?? "us-east-1"
  const directory = mkdtempSync(join(tmpdir(), "tr-s3-"))
  const s3 = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
    ...(options.serviceEndpoint === undefined ? {} : { serviceEndpoint: options.serviceEndpoint })
  })
  // Where s3rver's file system store keeps the parts of multipart uploads in progress, one directory each.
  const uploads = join(directory, bucket, "._S3rver_uploads")
  const backend = (await s3.run()) as AddressInfo
  const requests: Array<S3Request> = []
  let failing = 0
  let failStatus = 503
  let failingWhen: { readonly matches: (method: string, path: string) => boolean; readonly status: number } | undefined

  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    const record = (status: number) =>
      requests.push({ method: req.method ?? "", path: req.url ?? "", headers: { ...req.headers }, status })
    if (failing > 0 || failingWhen?.matches(req.method ?? "", req.url ?? "") === true) {
      const status = failing > 0 ? failStatus : failingWhen!.status
      if (failing > 0) failing--
      record(status)
      req.resume()
      req.on("end", () => refuse(res, status, "SlowDown"))
      return
    }
    const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/
      .exec(String(req.headers.authorization ?? ""))
    const problem = auth === null
      ? "AccessDenied"
      : auth[1] !== accessKeyId
      ? "InvalidAccessKeyId"
      : !auth[3]!.split(";").includes("host") ||
          Object.keys(req.headers).some((h) => h.startsWith("x-amz-") && !auth[3]!.split(";").includes(h))
      ? "AccessDenied"
      : expectedSignature(req, secretAccessKey, auth[3]!, auth[2]!) !== auth[4]
      ? "SignatureDoesNotMatch"
      : undefined
    if (problem !== undefined) {
      record(403)
      req.resume()
      req.on("end", () => refuse(res, 403, problem))
      return
    }
    const uploadId = new URL(req.url ?? "/", "http://x").searchParams.get("uploadId")
    if (req.method === "DELETE" && uploadId !== null) {
      // AbortMultipartUpload, which s3rver lacks, as S3 answers it: 204, and the parts are gone.
      const known = /^[\w-]+$/.test(uploadId) && existsSync(join(uploads, uploadId))
      if (known) rmSync(join(uploads, uploadId), { recursive: true, force: true })
      record(known ? 204 : 404)
      req.resume()
      req.on("end", () => {
        if (known) {
          res.writeHead(204)
          res.end()
        } else refuse(res, 404, "NoSuchUpload")
      })
      return
    }
    const headers = { ...req.headers }
    delete headers.authorization
    const forward = httpRequest(
      { host: "127.0.0.1", port: backend.port, method: req.method, path: req.url, headers },
      (answer) => {
        record(answer.statusCode ?? 0)
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    forward.on("error", () => refuse(res, 502, "BadGateway"))
    req.pipe(forward)
  }

  const front = createServer(answer)
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve))
  const port = (front.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    requests,
    fail: (count, status = 503) => {
      failing = count
      failStatus = status
    },
    failWhen: (matches, status = 503) => {
      failingWhen = matches === undefined ? undefined : { matches, status }
    },
    pendingUploads: () => (existsSync(uploads) ? readdirSync(uploads) : []),
    read: async (encodedKey) => {
      const response = await fetch(`http://127.0.0.1:${backend.port}/${bucket}/${encodedKey}`)
      if (response.status === 404) return undefined
      if (!response.ok) throw new Error(`reading ${encodedKey}: ${response.status}`)
      return Buffer.from(await response.arrayBuffer())
    },
    close: async () => {
      front.closeAllConnections()
      await new Promise<void>((resolve) => front.close(() => resolve()))
      await s3.close()
      rmSync(directory, { recursive: true, force: true })
    }
  }
}
