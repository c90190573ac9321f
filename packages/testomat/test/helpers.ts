import type * as Canonical from "@tr/core/Canonical"
import * as Retry from "@tr/core/Retry"
import { Tally } from "@tr/core/Tally"
import { startTestomatEmulator, type TestomatEmulatorOptions } from "@tr/tooling/emulators/testomat"
import type { Layer } from "effect"
import { Effect, Redacted, Stream } from "effect"
import * as TestomatClient from "../src/TestomatClient.js"
import * as TestomatSink from "../src/TestomatSink.js"

export const emulator = (options?: TestomatEmulatorOptions) =>
  Effect.acquireRelease(Effect.promise(() => startTestomatEmulator(options)), (e) => Effect.promise(() => e.close()))

/** Retries in milliseconds rather than seconds, so that fault tests stay fast. */
export const fastRetry: Retry.RetryPolicy = {
  initialDelay: "5 millis",
  maxDelay: "40 millis",
  maxRetries: 5,
  maxElapsed: "5 seconds"
}

export const clientLayer = (url: string, key: string, overrides: Partial<TestomatClient.Config> = {}) =>
  TestomatClient.layer({
    ...TestomatClient.defaultConfig(url, Redacted.make(key)),
    timeout: "2 seconds",
    retry: Retry.schedule(fastRetry),
    ...overrides
  })

export const test = (n: number, extra: Partial<Canonical.TestCase> = {}): Canonical.TestCase => ({
  type: "test",
  id: `id${String(n).padStart(8, "0")}`,
  source: "results.xml",
  title: `test ${n}`,
  suite: ["Suite"],
  status: "passed",
  ...extra
})

export const header: Canonical.RunHeader = {
  type: "run",
  schemaVersion: 1,
  tool: { name: "tr", version: "test" },
  sources: ["results.xml"]
}

/** A complete stream of `n` passed tests. */
/** The trailer a producer writes after `tests`: its counts agree with them. */
export const trailer = (tests: ReadonlyArray<Canonical.TestCase>): Canonical.End => {
  const tally = new Tally()
  for (const t of tests) tally.add(t)
  return tally.end()
}

export const stream = (
  tests: ReadonlyArray<Canonical.TestCase>,
  complete = true
): Stream.Stream<Canonical.StreamRecord> =>
  Stream.fromIterable<Canonical.StreamRecord>([header, ...tests, ...(complete ? [trailer(tests)] : [])])

export const options = (overrides: Partial<TestomatSink.PushOptions> = {}): TestomatSink.PushOptions => ({
  ...TestomatSink.defaultPushOptions,
  batch: { maxItems: 100, maxBytes: 256 * 1024, linger: "200 millis" },
  ...overrides
})

export const provide = <A, E>(
  effect: Effect.Effect<A, E, TestomatClient.TestomatClient>,
  layer: Layer.Layer<TestomatClient.TestomatClient>
) => Effect.provide(effect, layer)
