/**
 * UTF-8 both ways. Long text to bytes without building it as one string (a string of megabytes, an HTTP body of a
 * thousand tests, lives in V8's large-object space until a full collection; bytes are freed with their last use), and
 * a watch over input bytes for sequences that are not UTF-8, which decoders replace silently.
 *
 * @since 0.2.0
 */

import { isUtf8 } from "node:buffer"

// Characters encoded at a time: a string this size stays out of the large-object space.
const AT_ONCE = 16 * 1024

/**
 * The pieces, in order, as one UTF-8 byte array.
 *
 * @example
 * import * as Utf8 from "@tr/core/Utf8"
 * const body = Utf8.encodePieces(["[", tests.join(","), "]"])
 *
 * @since 0.2.0
 * @category encoding
 */
export const encodePieces = (pieces: Iterable<string>): Uint8Array => {
  const parts: Array<Buffer> = []
  let text = ""
  for (const piece of pieces) {
    text += piece
    if (text.length >= AT_ONCE) {
      parts.push(Buffer.from(text))
      text = ""
    }
  }
  parts.push(Buffer.from(text))
  return Buffer.concat(parts)
}

/**
 * Where bytes first stop being UTF-8: the line (1-based) and the byte's offset in the input.
 *
 * @since 0.2.0
 * @category models
 */
export interface Invalid {
  readonly line: number
  readonly offset: number
}

/**
 * Watches bytes that arrive in pieces for the first sequence that is not UTF-8, which a decoder silently replaces
 * with U+FFFD, so that a reader can say so once per file. Valid pieces cost one native check and a count of their
 * newlines; the watch ends at the first find.
 *
 * @example
 * import * as Utf8 from "@tr/core/Utf8"
 * const watch = Utf8.watch()
 * watch.push(new Uint8Array([0x61, 0x0a, 0xff]))
 * watch.invalid() // { line: 2, offset: 2 }
 *
 * @since 0.2.0
 * @category decoding
 */
export const watch = () => {
  let carry: Uint8Array | undefined
  let offset = 0
  let line = 1
  let found: Invalid | undefined
  return {
    push(bytes: Uint8Array): void {
      if (found !== undefined || bytes.length === 0) return
      const all = carry === undefined ? bytes : Buffer.concat([carry, bytes])
      const whole = all.length - incompleteTail(all)
      const body = all.subarray(0, whole)
      carry = whole === all.length ? undefined : all.slice(whole)
      const bad = isUtf8(body) ? -1 : firstInvalid(body)
      const end = bad === -1 ? body.length : bad
      for (let i = body.indexOf(10); i !== -1 && i < end; i = body.indexOf(10, i + 1)) line++
      if (bad !== -1) found = { line, offset: offset + bad }
      offset += body.length
    },
    /**
     * Goes on at byte `at` and line `atLine`, the bytes before having been read elsewhere (up to a whole character),
     * where `invalid` was found, if anywhere.
     */
    resumeAt(at: number, atLine: number, invalid?: Invalid): void {
      offset = at
      line = atLine
      found ??= invalid
    },
    /** The input ended: a sequence it ended inside of is invalid too. */
    end(): void {
      if (found === undefined && carry !== undefined) found = { line, offset }
      carry = undefined
    },
    invalid: (): Invalid | undefined => found
  }
}

/** Bytes at the end that start a sequence the next piece may complete. */
const incompleteTail = (bytes: Uint8Array): number => {
  let i = bytes.length - 1
  while (i >= 0 && i >= bytes.length - 3 && (bytes[i]! & 0xc0) === 0x80) i--
  if (i < 0) return 0
  const lead = bytes[i]!
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return bytes.length - i < needed ? bytes.length - i : 0
}

/** Index of the first byte that does not begin a valid UTF-8 sequence (bytes known to hold one). */
const firstInvalid = (bytes: Uint8Array): number => {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (size === 0 || i + size > bytes.length || !isUtf8(bytes.subarray(i, i + size))) return i
    i += size
  }
  return -1
}

/**
 * What a reader says of input that is not UTF-8, once per file.
 *
 * @since 0.2.0
 * @category decoding
 */
export const invalidMessage = (invalid: Invalid): string =>
  `bytes that are not UTF-8 (the first at line ${invalid.line}, byte ${invalid.offset + 1} of the file) were read ` +
  `as U+FFFD (\ufffd); was the file written in another encoding?`

/**
 * Bytes of a text in UTF-8, counted without encoding it.
 *
 * @since 0.2.0
 * @category utils
 */
export const byteLength = (text: string): number => {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/**
 * Bytes that base64 of `length` characters stands for, `padding` of them `=` (whitespace not counted): an estimate
 * when only the length is known.
 *
 * @since 0.2.0
 * @category utils
 */
export const base64Bytes = (length: number, padding = 0): number => Math.max(0, Math.floor((length * 3) / 4) - padding)

/**
 * Bytes that a base64 text without whitespace decodes to, its padding counted.
 *
 * @since 0.2.0
 * @category utils
 */
export const decodedBytes = (base64: string): number =>
  base64Bytes(base64.length, base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0)
