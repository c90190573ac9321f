/**
 * One large JUnit XML document read by several threads, with the output of one. The document is cut at boundaries
 * (`@tr/xml/Boundaries`, before a `<testsuite>` that is a child or grandchild of the root); each piece between two
 * boundaries is read apart (`piece`), from the start tags of the suites open around it and the number of tests before
 * it, and the reader of the whole document (`whole`) takes each piece in order: it passes over the piece (`skip`),
 * adding what the piece did to its state, or reads the piece itself.
 *
 * Why the output is the same: a piece's records depend on the state before it only through the ids' ordinal, the
 * suites open around it (their paths), the dialect, the last suite's `file`, and the caps and once-only flags of
 * diagnostics. The piece's reader records which of these it relied on and the whole reader passes over it only when
 * its own state is the one the piece assumed: the same ordinal, suites and dialect, no `file` needed from before, no
 * diagnostic but repeatable ones that still fit under their caps, and the piece ended between elements as it began,
 * with none of the suites around it closed or changed beyond their counts. Everything else (a syntax error, a cut
 * file, a suite closed, a boundary the scan got wrong) makes the whole reader read that piece, and the rest of the
 * file, itself: the pieces are a shortcut that is taken only where it provably leads to the same place.
 *
 * @since 0.2.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Boundaries from "@tr/xml/Boundaries"
import * as XmlReader from "@tr/xml/XmlReader"
import * as Dialects from "./internal/dialects.js"
import { JunitHandler } from "./internal/parser.js"
import { FORMAT, type Options } from "./JunitReader.js"

/**
 * Where JUnit documents are cut: before a `<testsuite>` inside the root (`<testsuites>` or `<testsuite>`) or inside a
 * suite of the root, at least `every` bytes apart. Tests are counted by their `<testcase>`.
 *
 * @since 0.2.0
 * @category constants
 */
export const boundaries = (every: number): Boundaries.Options => ({
  at: "testsuite",
  within: ["testsuites", "testsuite"],
  counted: "testcase",
  depth: 2,
  every
})

/**
 * A boundary of a JUnit document (see `@tr/xml/Boundaries`).
 *
 * @since 0.2.0
 * @category models
 */
export type Boundary = Boundaries.Boundary

/**
 * How reading a piece ended (see `@tr/xml/XmlReader`).
 *
 * @since 0.2.0
 * @category models
 */
export type PieceEnd = XmlReader.PieceEnd

/**
 * A scan for the boundaries of a JUnit document, at least `every` bytes apart.
 *
 * @since 0.2.0
 * @category constructors
 */
export const scanner = (every: number): Boundaries.Scanner => new Boundaries.Scanner(boundaries(every))

/**
 * Whether a document read with `options` can be read in pieces (a dialect named is one the reader knows).
 *
 * @since 0.2.0
 * @category predicates
 */
export const canSplit = (options: Options): boolean =>
  options.dialect === undefined || Dialects.byName(options.dialect) !== undefined

const documentOptions = (options: Options): XmlReader.Options => ({
  source: options.source,
  format: FORMAT,
  ...(options.maxTextLength === undefined ? {} : { maxTextLength: options.maxTextLength }),
  ...(options.maxSyntaxErrors === undefined ? {} : { maxSyntaxErrors: options.maxSyntaxErrors })
})

/**
 * The reader of a whole document that may pass over pieces read elsewhere: `feed` and `end` as `JunitReader.stream`
 * reads, `skip` to pass over a piece, `dialect` for the pieces' readers (once the first test decided it).
 *
 * @since 0.2.0
 * @category models
 */
export interface Whole {
  readonly feed: (bytes: Uint8Array, out: Array<Canonical.SourceRecord>) => void
  readonly end: (out: Array<Canonical.SourceRecord>) => void
  readonly skip: XmlReader.Document["skip"]
  readonly dialect: () => number | undefined
}

/**
 * @since 0.2.0
 * @category constructors
 */
export const whole = (options: Options): Whole => {
  const given = options.dialect === undefined ? undefined : Dialects.byName(options.dialect)
  let handler: JunitHandler
  const doc = new XmlReader.Document(documentOptions(options), (d) => handler = new JunitHandler(d, given))
  return {
    feed: (bytes, out) => doc.feed(bytes, out),
    end: (out) => doc.end(out),
    skip: (end, read, opened) => doc.skip(end, read, opened),
    dialect: () => handler.dialectIndex()
  }
}

/**
 * Where a piece begins, as the scan found it, and the dialect the whole reader decided.
 *
 * @since 0.2.0
 * @category models
 */
export interface Start extends XmlReader.Position {
  readonly offset: number
  /** The start tags of the elements open there, with their places. */
  readonly open: ReadonlyArray<XmlReader.Position & { readonly text: Uint8Array }>
  /** Tests before it. */
  readonly counted: number
  readonly dialect: number
}

/**
 * The reader of one piece: fed the piece's bytes, then asked how it ended.
 *
 * @since 0.2.0
 * @category models
 */
export interface Piece {
  readonly feed: (bytes: Uint8Array, out: Array<Canonical.SourceRecord>) => void
  readonly end: () => XmlReader.PieceEnd
}

/**
 * @since 0.2.0
 * @category constructors
 */
export const piece = (options: Options, start: Start): Piece => {
  let handler: JunitHandler
  const doc = new XmlReader.Document(documentOptions(options), (d) => handler = new JunitHandler(d))
  handler!.continueAt(start.counted, start.dialect)
  doc.resume(start.open, start)
  return { feed: (bytes, out) => doc.feed(bytes, out), end: () => doc.pieceEnd() }
}
