/**
 * A reader's records framed as a complete run: the header first, the trailer last. A reader (`JunitReader.stream`)
 * gives the records of one file, without either; the sinks finish a run only from a complete stream, so a reader's
 * output pushed as it is leaves the run open. Framed, it is what `tr convert` writes.
 *
 * @since 0.1.0
 */
import * as Stream from "effect/Stream"
import * as Canonical from "./Canonical.js"
import { Tally } from "./Tally.js"

/**
 * What the header says: who produced the stream, from which sources.
 *
 * @since 0.1.0
 * @category models
 */
export interface FrameOptions {
  /** The inputs the records come from (the header lists them up front; the trailer counts each, tests or not). */
  readonly sources: ReadonlyArray<string>
  /** The producer; `{ name: "tr", version: "0.0.0" }` when not given. */
  readonly tool?: { readonly name: string; readonly version: string }
  readonly metadata?: { readonly [key: string]: string }
}

/**
 * Header, the records, and the trailer counting them (`Tally`). The trailer comes only after the last record: when
 * the records fail (a damaged or unreadable input that the reader does not turn into a diagnostic), the framed stream
 * fails with them and has no trailer, so no sink takes it for a complete run.
 *
 * @example
 * import * as Run from "@tr/core/Run"
 * import * as JunitReader from "@tr/junit/JunitReader"
 *
 * const records = bytes.pipe(JunitReader.stream({ source: "junit.xml" }), Run.frame({ sources: ["junit.xml"] }))
 *
 * @since 0.1.0
 * @category combinators
 */
export const frame =
  (options: FrameOptions) =>
  <E, R>(records: Stream.Stream<Canonical.SourceRecord, E, R>): Stream.Stream<Canonical.StreamRecord, E, R> =>
    Stream.suspend(() => {
      const tally = new Tally()
      for (const source of options.sources) tally.source(source)
      const header: Canonical.RunHeader = {
        type: "run",
        schemaVersion: Canonical.SCHEMA_VERSION,
        tool: options.tool ?? { name: "tr", version: "0.0.0" },
        sources: [...options.sources],
        ...(options.metadata === undefined ? {} : { metadata: { ...options.metadata } })
      }
      const counted = Stream.mapChunks(records, (chunk) => {
        for (const record of chunk) tally.add(record)
        return chunk
      })
      return Stream.make<Array<Canonical.StreamRecord>>(header).pipe(
        Stream.concat(counted),
        Stream.concat(Stream.suspend(() => Stream.make(tally.end())))
      )
    })
