/**
 * TRX results (`<TestRun>`, from MSTest and the TRX loggers of xUnit.net and NUnit) to canonical records, streaming.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as XmlReader from "@tr/xml/XmlReader"
import type * as Stream from "effect/Stream"
import { MAX_DEFINITIONS, MAX_WAITING_RESULTS, TrxHandler } from "./internal/handler.js"
import { format } from "./TrxFormat.js"

/**
 * @since 0.1.0
 * @category constants
 */
export const FORMAT = format.name

/**
 * @since 0.1.0
 * @category models
 */
export interface Options extends Omit<XmlReader.Options, "format"> {
  /**
   * Results held while waiting for the test definitions that most writers put after them; beyond it, results leave
   * without their class name, with a warning. Default 20,000.
   */
  readonly maxWaitingResults?: number
  /** Test definitions held to join results to, at most; results of tests beyond it have no class name. Default 500,000. */
  readonly maxDefinitions?: number
}

/**
 * Reads one TRX file. Results are joined to their test definitions by id, within the bounds of `Options` (see the
 * README for what is held in memory); problems become diagnostics.
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
    XmlReader.stream({ ...options, format: FORMAT }, (doc) =>
      new TrxHandler(doc, {
        waitingResults: options.maxWaitingResults ?? MAX_WAITING_RESULTS,
        definitions: options.maxDefinitions ?? MAX_DEFINITIONS
      }))(bytes)
