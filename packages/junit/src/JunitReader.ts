/**
 * JUnit XML bytes to canonical records, streaming.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as XmlReader from "@tr/xml/XmlReader"
import * as Stream from "effect/Stream"
import * as Dialects from "./internal/dialects.js"
import { JunitHandler } from "./internal/parser.js"
import { format } from "./JunitFormat.js"

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Names the input in every record and diagnostic: a path, or `-` for stdin. */
  readonly source: string
  /** Cap of each text field (output, stack trace), in characters. Longer text keeps its start and end. */
  readonly maxTextLength?: number
  /** Syntax errors listed per file before the rest are summarised in one line. */
  readonly maxSyntaxErrors?: number
  /** Read the document as this dialect (one of `DIALECTS`) instead of the detected one. */
  readonly dialect?: string
}

/**
 * The format name this reader writes in `source` records.
 *
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = format.name

/**
 * The dialects the reader recognises and maps, by name, with who writes them.
 *
 * @since 0.1.0
 * @category constants
 */
export const DIALECTS: ReadonlyArray<{ readonly name: string; readonly label: string }> = Dialects.NAMES.map((
  name
) => ({
  name,
  label: Dialects.byName(name)!.label
}))

/**
 * Reads one JUnit XML document. Test records leave as soon as their `</testcase>` is read, so memory does not grow
 * with the file. Problems in the input become diagnostic records; the stream itself fails only with its input's
 * error.
 *
 * @example
 * import * as JunitReader from "@tr/junit/JunitReader"
 * import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
 * import * as FileSystem from "@effect/platform/FileSystem"
 * import { Effect, Stream } from "effect"
 *
 * const tests = Effect.flatMap(FileSystem.FileSystem, (fs) =>
 *   fs.stream("TEST-LoginTest.xml").pipe(
 *     JunitReader.stream({ source: "TEST-LoginTest.xml" }),
 *     Stream.filter((record) => record.type === "test"),
 *     Stream.runCollect
 *   )
 * ).pipe(Effect.provide(NodeFileSystem.layer))
 *
 * @since 0.1.0
 * @category readers
 */
export const stream =
  (options: Options) => <E, R>(bytes: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Canonical.SourceRecord, E, R> => {
    const dialect = options.dialect === undefined ? undefined : Dialects.byName(options.dialect)
    if (options.dialect !== undefined && dialect === undefined) {
      return Stream.make(
        {
          type: "diagnostic",
          severity: "error",
          code: "unknown-dialect",
          message: `unknown dialect "${options.dialect}"; known: ${Dialects.NAMES.join(", ")}`,
          source: options.source
        } satisfies Canonical.Diagnostic
      )
    }
    return XmlReader.stream(
      {
        source: options.source,
        format: FORMAT,
        ...(options.maxTextLength === undefined ? {} : { maxTextLength: options.maxTextLength }),
        ...(options.maxSyntaxErrors === undefined ? {} : { maxSyntaxErrors: options.maxSyntaxErrors })
      },
      (doc) => new JunitHandler(doc, dialect)
    )(bytes)
  }
