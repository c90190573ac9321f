/**
 * Long text to UTF-8 bytes without building it as one string. A string of megabytes (an HTTP body of a thousand
 * tests) lives in V8's large-object space until a full collection; bytes are freed with their last use.
 *
 * @since 0.2.0
 */

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
