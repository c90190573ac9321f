/**
 * NUnit XML results (NUnit 3 `<test-run>`, NUnit 2 `<test-results>`) to canonical records, streaming.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as XmlReader from "@tr/xml/XmlReader"
import type * as Stream from "effect/Stream"
import { NunitHandler } from "./internal/handler.js"
import { format } from "./NunitFormat.js"

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
 * Reads one NUnit report. Each test leaves when its `</test-case>` is read; problems become diagnostics.
 *
 * @example
 * import * as NunitReader from "@tr/nunit/NunitReader"
 * fs.stream("TestResult.xml").pipe(NunitReader.stream({ source: "TestResult.xml" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream =
  (options: Options) => <E, R>(bytes: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Canonical.SourceRecord, E, R> =>
    XmlReader.stream({ ...options, format: FORMAT }, (doc) => new NunitHandler(doc))(bytes)
