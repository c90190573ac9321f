/**
 * S3-compatible storage as Testomat.io's artifacts use it: where an object lives (path-style or virtual-host) and AWS
 * Signature Version 4 for the requests that put it there, over the project's own HTTP stack.
 *
 * @since 0.3.0
 */
import * as Redacted from "effect/Redacted"
import { createHash, createHmac } from "node:crypto"
import { isIP } from "node:net"

/**
 * @since 0.3.0
 * @category models
 */
export interface Credentials {
  readonly accessKeyId: string
  readonly secretAccessKey: Redacted.Redacted<string>
  /** Temporary credentials (an IAM role) come with a session token. */
  readonly sessionToken?: Redacted.Redacted<string>
}

/**
 * Where objects go, as the official reporter's `S3_*` variables say it.
 *
 * @since 0.3.0
 * @category models
 */
export interface Storage {
  readonly bucket: string
  readonly region: string
  /** `https://s3.{region}.amazonaws.com` when not given. */
  readonly endpoint?: string
  /** The bucket in the path (`{endpoint}/{bucket}/{key}`) instead of the host name. */
  readonly forcePathStyle: boolean
  readonly credentials: Credentials
}

/**
 * `encodeURIComponent` plus the characters it leaves and SigV4 encodes (`!'()*`): the URI encoding AWS specifies.
 *
 * @since 0.3.0
 * @category utils
 */
export const uriEncode = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/**
 * An object key from its segments, each encoded once (a `/` inside a segment stays in it, as `%2F`).
 *
 * @since 0.3.0
 * @category utils
 */
export const key = (segments: ReadonlyArray<string>): string => segments.map(uriEncode).join("/")

/**
 * Whether objects are addressed path-style: when asked, and for an endpoint given as an IP address or `localhost`
 * (no bucket host name can resolve there), as the AWS SDK does; a bucket name that is no valid host label too.
 *
 * @since 0.3.0
 * @category utils
 */
export const isPathStyle = (storage: Storage): boolean => {
  if (storage.forcePathStyle) return true
  if (!/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(storage.bucket)) return true
  if (storage.endpoint === undefined) return false
  const host = new URL(storage.endpoint).hostname.replace(/^\[|\]$/g, "")
  return isIP(host) !== 0 || host === "localhost"
}

/**
 * The URL of an object whose key is already encoded (`key`).
 *
 * @since 0.3.0
 * @category utils
 */
export const objectUrl = (storage: Storage, encodedKey: string): string => {
  const endpoint = new URL(storage.endpoint ?? `https://s3.${storage.region}.amazonaws.com`)
  const base = endpoint.pathname.replace(/\/+$/, "")
  return isPathStyle(storage)
    ? `${endpoint.protocol}//${endpoint.host}${base}/${uriEncode(storage.bucket)}/${encodedKey}`
    : `${endpoint.protocol}//${storage.bucket}.${endpoint.host}${base}/${encodedKey}`
}

/**
 * The hash that stands for a body not hashed before it is sent (a file streamed as it is read).
 *
 * @since 0.3.0
 * @category constants
 */
export const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"

const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex")
const hmac = (secret: string | Buffer, data: string): Buffer => createHmac("sha256", secret).update(data).digest()

/**
 * `20130524T000000Z`, the form of `x-amz-date`.
 *
 * @since 0.3.0
 * @category utils
 */
export const amzDate = (date: Date): string => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")

/**
 * @since 0.3.0
 * @category models
 */
export interface SigningRequest {
  readonly method: string
  /** With the path as sent (already encoded) and any query. */
  readonly url: string
  /** Every header to sign, `x-amz-date` and `x-amz-content-sha256` included; `host` is taken from the URL. */
  readonly headers: { readonly [name: string]: string }
}

/**
 * The canonical request of SigV4: what the signature covers. Every header given is signed.
 *
 * @since 0.3.0
 * @category signing
 */
export const canonicalRequest = (request: SigningRequest): { readonly text: string; readonly signed: string } => {
  const url = new URL(request.url)
  const headers = new Map<string, string>([["host", url.host]])
  for (const [name, value] of Object.entries(request.headers)) {
    headers.set(name.toLowerCase(), value.trim().replace(/\s+/g, " "))
  }
  const names = [...headers.keys()].sort()
  const query = [...url.searchParams.entries()]
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&")
  const signed = names.join(";")
  const text = [
    request.method,
    url.pathname === "" ? "/" : url.pathname,
    query,
    names.map((n) => `${n}:${headers.get(n)}\n`).join(""),
    signed,
    request.headers["x-amz-content-sha256"] ?? UNSIGNED_PAYLOAD
  ].join("\n")
  return { text, signed }
}

/**
 * The `Authorization` header of a request, signed with AWS Signature Version 4 for service `s3`. The request's
 * headers must hold `x-amz-date` (see `amzDate`) and `x-amz-content-sha256`.
 *
 * @example
 * import * as S3 from "@tr/testomat/S3"
 * const headers = { "x-amz-date": S3.amzDate(new Date()), "x-amz-content-sha256": S3.UNSIGNED_PAYLOAD }
 * const authorization = S3.authorization({ method: "PUT", url, headers }, credentials, "us-east-1")
 *
 * @since 0.3.0
 * @category signing
 */
export const authorization = (request: SigningRequest, credentials: Credentials, region: string): string => {
  const date = request.headers["x-amz-date"]!
  const day = date.slice(0, 8)
  const scope = `${day}/${region}/s3/aws4_request`
  const canonical = canonicalRequest(request)
  const toSign = ["AWS4-HMAC-SHA256", date, scope, sha256(canonical.text)].join("\n")
  const key = ["s3", "aws4_request"].reduce(
    (k, part) => hmac(k, part),
    hmac(hmac(`AWS4${Redacted.value(credentials.secretAccessKey)}`, day), region)
  )
  const signature = createHmac("sha256", key).update(toSign).digest("hex")
  return `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${canonical.signed}, ` +
    `Signature=${signature}`
}

/**
 * The SHA-256 of a body, as `x-amz-content-sha256` wants it.
 *
 * @since 0.3.0
 * @category signing
 */
export const payloadHash = (body: string | Uint8Array): string => sha256(body)
