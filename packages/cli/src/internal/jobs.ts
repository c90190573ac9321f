/**
 * `--jobs N`: the files of a `tr convert` or a `tr push` read side by side by the readers of a `ReaderPool`, given on
 * in the order they were named, exactly what one thread gives. Standard input, named pipes, Allure directories and
 * inputs that cannot be read are read here, when their turn comes. A reader sends a file's records as NDJSON (UTF-8,
 * its buffer moved) in batches of about 256 KB together with its diagnostics and its counts, so that `tr convert`
 * never decodes a record on this thread; a reader is at most a few batches ahead of the writer: memory stays flat.
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Ndjson from "@tr/core/Ndjson"
import type { Tally } from "@tr/core/Tally"
import { type Cause, Effect, identity, Queue, Stream } from "effect"
import * as ReaderPool from "./readerPool.js"
import * as Sources from "./sources.js"
import * as Split from "./split.js"
import type { Batch, Request } from "./worker.js"

/**
 * Batches of one file received and waiting for the writer, beside those its reader built ahead: together about
 * 2 MB, most of what a 1 MB report becomes, so that a worker keeps reading while this thread reads a file of its own.
 */
const AHEAD = 4

type Feed = Batch | { readonly failed: Cause.Cause<unknown> }

/** What the stream carries: NDJSON text (`tr convert`) or records (`tr push`). */
interface Form<A> {
  /** Whether this thread reads files too: it does when writing leaves it idle. */
  readonly readsHere: boolean
  readonly fromBatch: (ndjson: Uint8Array) => Iterable<A>
  readonly fromRecords: (records: Stream.Stream<Canonical.StreamRecord>) => Stream.Stream<A>
  /** The form of a large file's NDJSON read in pieces (`split.ts`), when this form splits files. */
  readonly fromSplit?: (text: Stream.Stream<string | Uint8Array>) => Stream.Stream<A>
}

const decoder = new TextDecoder()

/** The canonical stream as NDJSON text, what `tr convert` writes. */
export const text: Form<string | Uint8Array> = {
  readsHere: true,
  fromBatch: (ndjson) => [ndjson],
  fromRecords: Ndjson.encodeText,
  fromSplit: identity
}

/** The canonical stream as records, what `tr push` delivers. */
export const records: Form<Canonical.StreamRecord> = {
  readsHere: false,
  // Lines a reader of this process wrote: whole, valid records, not checked again.
  fromBatch: (ndjson) =>
    decoder.decode(ndjson).split("\n").slice(0, -1).map((line) => JSON.parse(line) as Canonical.StreamRecord),
  fromRecords: identity
}

/**
 * The canonical stream of `sources` in `form`, header to trailer, their files read by the worker threads of `plan`
 * (and this one), the files it names read in pieces when `form` takes them so. `tally` sees every record as `Sources.read` lets it; `onDiagnostic` hears of each
 * diagnostic in stream order.
 */
export const read = <A>(
  form: Form<A>,
  sources: ReadonlyArray<Sources.Source>,
  options: Sources.ReadOptions,
  tally: Tally,
  plan: Split.Plan,
  onDiagnostic: (diagnostic: Canonical.Diagnostic) => void
): Stream.Stream<A> =>
  Stream.unwrapScoped(Effect.gen(function*() {
    const scope = yield* Effect.scope
    const fromSplit = form.fromSplit
    const pool = yield* ReaderPool.make(plan.workers, form.readsHere)
    const progress = options.progress

    /** Hands a file to a reader as soon as one has room; the file's records are what the returned stream takes. */
    const start = (source: Sources.Source, id: number): Effect.Effect<Stream.Stream<A>> =>
      Effect.gen(function*() {
        const reader = yield* pool.claim
        const feed = yield* Queue.bounded<Feed>(AHEAD)
        const request: Request = { id, source, reading: options.reading }
        const ask = (execute: ReaderPool.Execute): Effect.Effect<void, unknown> =>
          Effect.flatMap(
            execute(request),
            (batch) => Effect.zipRight(Queue.offer(feed, batch), batch.end === undefined ? ask(execute) : Effect.void)
          )
        yield* Effect.forkIn(
          Effect.flatMap(pool.reader(reader), ask).pipe(
            Effect.catchAllCause((cause) => Queue.offer(feed, { failed: cause })),
            Effect.ensuring(Effect.sync(() => pool.release(reader)))
          ),
          scope
        )
        return Stream.suspend(() => {
          tally.source(source.path)
          return Stream.repeatEffectOption<Batch, never, never>(
            Effect.flatMap(
              Queue.take(feed),
              (item) => "failed" in item ? Effect.orDie(Effect.failCause(item.failed)) : Effect.succeed(item)
            )
          ).pipe(
            Stream.takeUntil((batch) => batch.end !== undefined),
            Stream.mapConcat((batch) => {
              for (const diagnostic of batch.diagnostics) onDiagnostic(diagnostic)
              if (progress !== undefined) {
                progress.bytes += batch.read
                progress.tests += batch.tests
              }
              if (batch.end !== undefined) {
                tally.merge(batch.end)
                if (progress !== undefined) {
                  progress.tests = tally.counts.tests
                  progress.files++
                }
              }
              return form.fromBatch(batch.ndjson)
            })
          )
        })
      })

    /** A source only this thread can read (standard input, a pipe, an Allure directory), read when its turn comes. */
    const here = (source: Sources.Source): Stream.Stream<A> =>
      Sources.readSource(source, options, tally).pipe(
        Stream.mapChunks((chunk) => {
          for (const record of chunk) {
            tally.add(record)
            if (record.type === "diagnostic") onDiagnostic(record)
          }
          if (progress !== undefined) progress.tests = tally.counts.tests
          return chunk
        }),
        form.fromRecords
      )

    const body: Stream.Stream<A> = Stream.fromIterable(sources.map((source, i) => [source, i] as const)).pipe(
      Stream.mapEffect(([source, i]) =>
        plan.pieces[i] === true && fromSplit !== undefined
          ? Effect.succeed(fromSplit(Split.read(source, options, tally, onDiagnostic, pool.workers)))
          : Sources.isFile(source)
          ? start(source, i)
          : Effect.succeed(here(source))
      ),
      // The files in reading ahead of the one being written.
      Stream.buffer({ capacity: pool.room }),
      Stream.flatMap(identity)
    )
    return form.fromRecords(Stream.make(Sources.header(sources, options.version))).pipe(
      Stream.concat(body),
      Stream.concat(form.fromRecords(Stream.suspend(() => Stream.make(tally.end()))))
    )
  }))
