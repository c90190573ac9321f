/**
 * Robot Framework `output.xml` to canonical records, streaming: each test leaves when its `</test>` is read.
 *
 * @since 0.1.0
 */
import type * as Canonical from "@tr/core/Canonical"
import * as XmlReader from "@tr/xml/XmlReader"
import type * as Stream from "effect/Stream"
import { RobotHandler } from "./internal/handler.js"
import { format } from "./RobotFormat.js"

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
 * Reads one `output.xml` (Robot Framework 4 to 7, `rebot` output included). Suites nest as written; keywords and
 * control structures become steps; problems become diagnostics.
 *
 * @example
 * import * as RobotReader from "@tr/robot/RobotReader"
 * fs.stream("output.xml").pipe(RobotReader.stream({ source: "output.xml" }), Stream.runCollect)
 *
 * @since 0.1.0
 * @category readers
 */
export const stream =
  (options: Options) => <E, R>(bytes: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Canonical.SourceRecord, E, R> =>
    XmlReader.stream({ ...options, format: FORMAT }, (doc) => new RobotHandler(doc))(bytes)
