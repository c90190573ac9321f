/**
 * What a reader package tells a command about the format it reads: its name, how an input of it is recognised, and
 * its reader, loaded only when an input of the format is read (a command that reads JUnit XML never compiles the
 * TRX reader). The CLI lists these instead of knowing each format itself.
 *
 * @since 0.2.0
 */
import { Effect, Stream } from "effect"
import type * as Canonical from "./Canonical.js"

/**
 * What every reader takes: the name its records carry as `source`, the text cap, the project's root (test files a
 * report names by absolute paths under it are written relative to it), and, for a reader of several dialects, one to
 * use instead of the detected one.
 *
 * @since 0.2.0
 * @category models
 */
export interface ReadOptions {
  readonly source: string
  readonly maxTextLength?: number
  readonly root?: string
  readonly dialect?: string
}

/**
 * @since 0.2.0
 * @category models
 */
export type Reader = (
  options: ReadOptions
) => <E, R>(bytes: Stream.Stream<Uint8Array, E, R>) => Stream.Stream<Canonical.SourceRecord, E, R>

/**
 * A format: `name` is what `--from` takes, `label` what a list of formats shows. It is recognised by the first element
 * of an XML document (`roots`), by the first line of a stream of JSON events, parsed (`firstEvent`), by a first line
 * of text (`firstLine`), or by a key among the top-level keys of a JSON object document (`documentKeys`); a format
 * with none of these is recognised by the command's own rules (a JSON document's opening bracket).
 *
 * @since 0.2.0
 * @category models
 */
export interface Format {
  readonly name: string
  readonly label: string
  readonly roots?: ReadonlyArray<string>
  readonly firstEvent?: (value: unknown) => boolean
  readonly firstLine?: (line: string) => boolean
  readonly documentKeys?: ReadonlyArray<string>
  readonly stream: Reader
}

/**
 * A reader loaded when it is first used.
 *
 * @example
 * import * as Format from "@tr/core/Format"
 *
 * export const format: Format.Format = {
 *   name: "nunit",
 *   label: "NUnit 2 and 3 XML",
 *   roots: ["test-run", "test-results"],
 *   stream: Format.lazy(() => import("./NunitReader.js"))
 * }
 *
 * @since 0.2.0
 * @category constructors
 */
export const lazy = (load: () => Promise<{ readonly stream: Reader }>): Reader => (options) => (bytes) =>
  Stream.unwrap(Effect.map(Effect.promise(load), (reader) => reader.stream(options)(bytes)))
