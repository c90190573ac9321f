/**
 * xUnit.net XML results (v2 and v3 `<assemblies>`) to canonical records, streaming.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as XmlReader from "@tr/xml/XmlReader"
import type * as Stream from "effect/Stream"
import { XunitHandler } from "./internal/handler.js"
import { format } from "./XunitFormat.js"

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
 * Reads one xUnit.net report. Each test leaves when its `</test>` is read; problems become diagnostics.
 *
 * @example
 * import * as XunitReader from "@tr/xunit/XunitReader"
 * fs.stream("results.xml").pipe(XunitReader.stream({ source: "results.xml" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream =
  (options: Options) => <E, R>(bytes: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Canonical.SourceRecord, E, R> =>
    XmlReader.stream({ ...options, format: FORMAT }, (doc) => new XunitHandler(doc))(bytes)
