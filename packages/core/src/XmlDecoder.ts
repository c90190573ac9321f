/**
 * Bytes of an XML document to text, chunk by chunk, in the encoding the document declares.
 *
 * The encoding comes from a byte-order mark, else from the XML declaration, else UTF-8 (XML 1.0, appendix F).
 * Characters split across chunks are joined; a BOM is never part of the text.
 *
 * @since 0.1.0
 */
import { TextDecoder } from "node:util"
import * as Utf8 from "./Utf8.js"

const SNIFF_BYTES = 512

/**
 * @since 0.1.0
 * @category models
 */
export interface XmlDecoder {
  /** Text of the bytes so far; may hold back bytes until the encoding is known or a character is complete. */
  readonly decode: (bytes: Uint8Array) => string
  /** Whatever was held back. */
  readonly end: () => string
  /** The encoding in use, once known. */
  readonly encoding: () => string | undefined
  /** Set when the declared encoding could not be used, and says what was used instead. */
  readonly problem: () => string | undefined
  /** Where UTF-8 input first held bytes that are not UTF-8 (decoded as U+FFFD), once any were seen. */
  readonly invalid: () => Utf8.Invalid | undefined
  /**
   * Goes on at byte `offset` and `line` of the input, the bytes before (whole characters) having been read by another
   * decoder, which found `invalid` there, if anything. For UTF-8 input only.
   */
  readonly resumeAt: (at: { readonly offset: number; readonly line: number }, invalid?: Utf8.Invalid) => void
}

/**
 * A WHATWG encoding label for what an XML declaration says, tolerating the spellings found in real files
 * (`UTF-16 LE`, `utf_8`).
 *
 * @since 0.1.0
 * @category utils
 */
export const normalizeLabel = (declared: string): string =>
  declared.trim().toLowerCase().replace(/[\s_]+/g, "-").replace(
    /^utf-16-(le|be)$/,
    "utf-16$1"
  )

const fromBom = (b: Uint8Array): { encoding: string; skip: number } | undefined => {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", skip: 3 }
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", skip: 2 }
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", skip: 2 }
  // "<?" in UTF-16 without a mark.
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return { encoding: "utf-16le", skip: 0 }
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return { encoding: "utf-16be", skip: 0 }
  return undefined
}

const declaredEncoding = (b: Uint8Array): string | undefined => {
  const head = latin1(b.subarray(0, SNIFF_BYTES))
  if (!head.startsWith("<?xml")) return undefined
  const declaration = head.slice(0, head.indexOf("?>") + 1 || undefined)
  return /encoding\s*=\s*["']([^"']*)["']/.exec(declaration)?.[1]
}

const latin1 = (b: Uint8Array): string => new TextDecoder("latin1").decode(b)

// Enough bytes to see a byte-order mark and the whole XML declaration, or to know there is none.
const readyToSniff = (b: Uint8Array): boolean => {
  if (b.length >= SNIFF_BYTES) return true
  if (b.length < 4) return false
  const bom = fromBom(b)
  if (bom !== undefined && bom.encoding !== "utf-8") return true
  const head = latin1(b.subarray(bom?.skip ?? 0))
  return head.length >= 5 && (!head.startsWith("<?xml") || head.includes("?>"))
}

const makeTextDecoder = (label: string): TextDecoder | undefined => {
  try {
    // ignoreBOM: the mark, if any, was skipped by the sniffer; one inside the text is content.
    return new TextDecoder(label, { ignoreBOM: true })
  } catch {
    return undefined
  }
}

/**
 * @example
 * import * as XmlDecoder from "@tr/core/XmlDecoder"
 * const decoder = XmlDecoder.make()
 * const text = decoder.decode(bytes) + decoder.end()
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (): XmlDecoder => {
  let decoder: TextDecoder | undefined
  let pending: Uint8Array | undefined
  let problem: string | undefined
  /** Watches UTF-8 input for bytes the decoder replaces; other encodings have no such bytes to watch for. */
  let utf8: ReturnType<typeof Utf8.watch> | undefined

  const start = (bytes: Uint8Array, final: boolean): string => {
    if (!final && !readyToSniff(bytes)) {
      pending = bytes
      return ""
    }
    pending = undefined
    const bom = fromBom(bytes)
    let label = bom?.encoding ?? "utf-8"
    if (bom === undefined || bom.encoding === "utf-8") {
      const declared = declaredEncoding(bytes.subarray(bom?.skip ?? 0))
      if (declared !== undefined) {
        const normalized = normalizeLabel(declared)
        if (makeTextDecoder(normalized) === undefined) {
          problem = `unknown encoding "${declared}" in the XML declaration; read as UTF-8`
        } else if (bom === undefined) {
          label = normalized
        }
      }
    }
    decoder = makeTextDecoder(label)!
    if (decoder.encoding === "utf-8") {
      utf8 = Utf8.watch()
      utf8.push(bytes)
      if (final) utf8.end()
    }
    return decoder.decode(bytes.subarray(bom?.skip ?? 0), { stream: !final })
  }

  const concat = (a: Uint8Array | undefined, b: Uint8Array): Uint8Array => {
    if (a === undefined || a.length === 0) return b
    const out = new Uint8Array(a.length + b.length)
    out.set(a)
    out.set(b, a.length)
    return out
  }

  return {
    decode: (bytes) => {
      if (decoder === undefined) return start(concat(pending, bytes), false)
      utf8?.push(bytes)
      return decoder.decode(bytes, { stream: true })
    },
    end: () => {
      if (decoder === undefined) return start(pending ?? new Uint8Array(0), true)
      utf8?.end()
      return decoder.decode()
    },
    encoding: () => decoder?.encoding,
    problem: () => problem,
    invalid: () => utf8?.invalid(),
    resumeAt: (at, invalid) => utf8?.resumeAt(at.offset, at.line, invalid)
  }
}
