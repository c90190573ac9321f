import { assert, describe, it } from "@effect/vitest"
import * as Redacted from "effect/Redacted"
import * as S3 from "../src/S3.js"

// The examples of AWS's "Signature Calculations for the Authorization Header" (Amazon S3 API reference), with their
// published signatures: a signer that passes them signs as S3 checks.
const credentials: S3.Credentials = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: Redacted.make("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
}
const EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

describe("S3 SigV4", () => {
  it("signs AWS's GET object example", () => {
    const request = {
      method: "GET",
      url: "https://examplebucket.s3.amazonaws.com/test.txt",
      headers: { range: "bytes=0-9", "x-amz-content-sha256": EMPTY, "x-amz-date": "20130524T000000Z" }
    }
    assert.strictEqual(
      S3.canonicalRequest(request).text,
      "GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n" +
        `x-amz-content-sha256:${EMPTY}\nx-amz-date:20130524T000000Z\n\n` +
        `host;range;x-amz-content-sha256;x-amz-date\n${EMPTY}`
    )
    assert.strictEqual(
      S3.authorization(request, credentials, "us-east-1"),
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, " +
        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, " +
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"
    )
  })

  it("signs AWS's PUT object example, its key encoded once", () => {
    const body = "Welcome to Amazon S3."
    const request = {
      method: "PUT",
      url: `https://examplebucket.s3.amazonaws.com/${S3.key(["test$file.text"])}`,
      headers: {
        date: "Fri, 24 May 2013 00:00:00 GMT",
        "x-amz-date": "20130524T000000Z",
        "x-amz-storage-class": "REDUCED_REDUNDANCY",
        "x-amz-content-sha256": S3.payloadHash(body)
      }
    }
    assert.strictEqual(S3.payloadHash(body), "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072")
    assert.strictEqual(
      S3.authorization(request, credentials, "us-east-1"),
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, " +
        "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, " +
        "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"
    )
  })

  it("signs AWS's GET bucket lifecycle and list objects examples (queries)", () => {
    const headers = { "x-amz-content-sha256": EMPTY, "x-amz-date": "20130524T000000Z" }
    assert.match(
      S3.authorization(
        { method: "GET", url: "https://examplebucket.s3.amazonaws.com/?lifecycle", headers },
        credentials,
        "us-east-1"
      ),
      /Signature=fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543$/
    )
    assert.match(
      S3.authorization(
        { method: "GET", url: "https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J", headers },
        credentials,
        "us-east-1"
      ),
      /Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7$/
    )
  })

  it("encodes each key segment once and keeps a slash inside a segment in it", () => {
    assert.strictEqual(S3.key(["run 1", "a/b:c", "shot (1)!.png"]), "run%201/a%2Fb%3Ac/shot%20%281%29%21.png")
  })

  it("addresses an IP or localhost endpoint path-style, a host name virtual-host unless forced", () => {
    const storage = { bucket: "shots", region: "eu-west-1", forcePathStyle: false, credentials }
    assert.strictEqual(S3.objectUrl(storage, "r/k.png"), "https://shots.s3.eu-west-1.amazonaws.com/r/k.png")
    assert.strictEqual(
      S3.objectUrl({ ...storage, endpoint: "https://minio.example.com" }, "r/k.png"),
      "https://shots.minio.example.com/r/k.png"
    )
    assert.strictEqual(
      S3.objectUrl({ ...storage, endpoint: "https://minio.example.com", forcePathStyle: true }, "r/k.png"),
      "https://minio.example.com/shots/r/k.png"
    )
    assert.strictEqual(
      S3.objectUrl({ ...storage, endpoint: "http://127.0.0.1:9000" }, "r/k.png"),
      "http://127.0.0.1:9000/shots/r/k.png"
    )
    assert.strictEqual(S3.objectUrl({ ...storage, endpoint: "http://[::1]:9000" }, "k"), "http://[::1]:9000/shots/k")
    assert.strictEqual(
      S3.objectUrl({ ...storage, endpoint: "http://localhost:9000" }, "k"),
      "http://localhost:9000/shots/k"
    )
  })
})
