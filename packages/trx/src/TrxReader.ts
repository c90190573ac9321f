/**
 * TRX results (`<TestRun>`, from MSTest and the TRX loggers of xUnit.net and NUnit) to canonical records, streaming.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as XmlReader from "@tr/xml/XmlReader"
import type * as Stream from "effect/Stream"
import { TrxHandler } from "./internal/handler.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = "trx"

/**
 * @since 0.1.0
 * @category models
 */
export type Options = Omit<XmlReader.Options, "format">

/**
 * Reads one TRX file; see the README for what is held in memory to join results to their definitions; problems become diagnostics.
 *
 * @example
 * import * as TrxReader from "@tr/trx/TrxReader"
 * fs.stream("results.trx").pipe(TrxReader.stream({ source: "results.trx" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream =
  (options: Options) => <E, R>(bytes: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Canonical.SourceRecord, E, R> =>
    XmlReader.stream({ ...options, format: FORMAT }, (doc) => new TrxHandler(doc))(bytes)
