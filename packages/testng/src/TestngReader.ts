/**
 * TestNG results (`<testng-results>`) to canonical records, streaming.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as XmlReader from "@tr/xml/XmlReader"
import type * as Stream from "effect/Stream"
import { TestngHandler } from "./internal/handler.js"
import { format } from "./TestngFormat.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = format.name

/**
 * @since 0.1.0
 * @category models
 */
export type Options = Omit<XmlReader.Options, "format">

/**
 * Reads one TestNG report. Each test method leaves when its `</test-method>` is read; problems become diagnostics.
 *
 * @example
 * import * as TestngReader from "@tr/testng/TestngReader"
 * fs.stream("testng-results.xml").pipe(TestngReader.stream({ source: "testng-results.xml" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream =
  (options: Options) => <E, R>(bytes: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Canonical.SourceRecord, E, R> =>
    XmlReader.stream({ ...options, format: FORMAT }, (doc) => new TestngHandler(doc))(bytes)
