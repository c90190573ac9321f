/**
 * A report read in process and delivered to both emulators, as `tr push` would: what each service received.
 */
import type * as Canonical from "@tr/core/Canonical"
import { Tally } from "@tr/core/Tally"
import * as OctaneClient from "@tr/octane/OctaneClient"
import * as OctaneSink from "@tr/octane/OctaneSink"
import * as TestomatClient from "@tr/testomat/TestomatClient"
import * as TestomatSink from "@tr/testomat/TestomatSink"
import type * as TestomatTest from "@tr/testomat/TestomatTest"
import { type ReceivedGherkinRun, type ReceivedRun, startOctaneEmulator } from "@tr/tooling/emulators/octane"
import { startTestomatEmulator } from "@tr/tooling/emulators/testomat"
import { Chunk, Effect, Redacted, Stream } from "effect"
import * as Formats from "../src/internal/formats.js"

export interface Delivered {
  /** The test objects Testomat.io stored, in the order they arrived. */
  readonly testomat: ReadonlyArray<{ readonly [field: string]: unknown }>
  /** The test runs Octane accepted, payload after payload. */
  /** The Gherkin runs (a feature each) Octane accepted. */
  readonly octaneGherkin: ReadonlyArray<ReceivedGherkinRun>
  readonly octane: ReadonlyArray<ReceivedRun>
  /** The runs Octane keeps after them: one per test and `run_name`, a later one overwriting the earlier. */
  readonly octaneKept: ReadonlyArray<ReceivedRun>
  readonly tests: number
  /** Tests each sink says arrived (Octane processes a payload identical to an earlier one only once). */
  readonly delivered: { readonly testomat: number; readonly octane: number }
}

/** The records of a report, as `tr convert` reads them (format recognised by content). */
export const read = (path: string, bytes: Uint8Array): Effect.Effect<ReadonlyArray<Canonical.StreamRecord>> =>
  Effect.gen(function*() {
    const tally = new Tally()
    const records = yield* Stream.make(bytes).pipe(
      Formats.read(path, { maxTextLength: 1024 * 1024 }),
      Stream.orDie,
      Stream.tap((r) => Effect.sync(() => tally.add(r))),
      Stream.runCollect
    )
    const header: Canonical.RunHeader = {
      type: "run",
      schemaVersion: 1,
      tool: { name: "tr", version: "test" },
      sources: [path]
    }
    return [header, ...Chunk.toReadonlyArray(records), tally.end()]
  })

/** Pushes the records into a fresh Testomat.io emulator and a fresh Octane emulator. */
export const deliver = (
  records: ReadonlyArray<Canonical.StreamRecord>,
  mapping: Partial<TestomatTest.MappingOptions> = {}
): Effect.Effect<Delivered> =>
  Effect.scoped(Effect.gen(function*() {
    const t = yield* Effect.acquireRelease(Effect.promise(() => startTestomatEmulator()), (e) =>
      Effect.promise(() => e.close()))
    const o = yield* Effect.acquireRelease(
      Effect.promise(() =>
        startOctaneEmulator()
      ),
      (e) => Effect.promise(() => e.close())
    )
    const testomat = yield* TestomatSink.push(Stream.fromIterable(records), {
      ...TestomatSink.defaultPushOptions,
      create: true,
      concurrency: 1,
      batch: { maxItems: 10_000, maxBytes: 64 * 1024 * 1024, linger: "10 seconds" },
      mapping: { ...TestomatSink.defaultPushOptions.mapping, ...mapping }
    }).pipe(
      Effect.provide(TestomatClient.layer({
        ...TestomatClient.defaultConfig(t.url, Redacted.make(t.apiKey)),
        timeout: "20 seconds"
      })),
      Effect.orDie
    )
    const octane = yield* OctaneSink.push(Stream.fromIterable(records), {
      ...OctaneSink.defaultPushOptions,
      postsInFlight: 1,
      poll: { initialDelay: "5 millis", maxDelay: "20 millis", timeout: "20 seconds" }
    }).pipe(
      Effect.provide(OctaneClient.layer({
        ...OctaneClient.defaultConfig(o.url, o.sharedSpace, o.workspace, {
          kind: "apiKey",
          clientId: o.clientId,
          clientSecret: Redacted.make(o.clientSecret)
        }),
        timeout: "20 seconds",
        requestsPerSecond: 1000
      })),
      Effect.orDie
    )
    const run = [...t.runs.values()][0]
    return {
      testomat: run === undefined ? [] : [...run.tests.values()].map((s) => s.body),
      octane: o.payloads.flatMap((p) => p.runs),
      octaneGherkin: o.payloads.flatMap((p) => p.gherkinRuns),
      octaneKept: o.kept(),
      tests: records.filter((r) => r.type === "test").length,
      delivered: { testomat: testomat.delivered, octane: octane.accepted }
    }
  }))

/** What a user sees of a test in each service (a row of the tables in the tests and the readers' READMEs). */
export interface Seen {
  readonly title: string
  /** Testomat.io: `suite_title`, `file`. */
  readonly suite?: string
  readonly file?: string
  /** Octane: `package`, `class`, the `Framework` test field. */
  readonly package?: string
  readonly class?: string
  readonly framework?: string
  /** Octane's `run_name`, and what follows the id in Testomat.io's `rid`. */
  readonly execution?: string
}

/** A row without the fields that are undefined (as `toEqual` compares them). */
const defined = (x: { readonly [K in keyof Seen]: Seen[K] | undefined }): Seen =>
  Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as unknown as Seen

/** What Testomat.io received of every test titled `title`. */
export const inTestomat = (d: Delivered, title: string): Array<Seen> =>
  d.testomat.filter((x) => x["title"] === title).map((x) => {
    const execution = String(x["rid"]).split(":").slice(1).join(":")
    return defined({
      title,
      suite: x["suite_title"] as string | undefined,
      file: x["file"] as string | undefined,
      execution: execution === "" ? undefined : execution
    })
  })

/** What Octane received of every test named `title`. */
export const inOctane = (d: Delivered, title: string): Array<Seen> =>
  d.octane.filter((r) => r.attributes["name"] === title).map((r) =>
    defined({
      title,
      package: r.attributes["package"],
      class: r.attributes["class"],
      framework: r.testFields?.["Framework"],
      execution: r.attributes["run_name"]
    })
  )

/** The fields of a row each service has. */
export const forTestomat = ({ execution, file, suite, title }: Seen): Seen => defined({ title, suite, file, execution })
export const forOctane = ({ class: cls, execution, framework, package: pkg, title }: Seen): Seen =>
  defined({ title, package: pkg, class: cls, framework, execution })
