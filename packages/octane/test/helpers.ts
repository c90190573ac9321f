import type * as Canonical from "@tr/core/Canonical"
import * as Retry from "@tr/core/Retry"
import { Tally } from "@tr/core/Tally"
import { type OctaneEmulatorOptions, startOctaneEmulator } from "@tr/tooling/emulators/octane"
import { sharedDir } from "@tr/tooling/shared"
import { Effect, Redacted, Stream } from "effect"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import * as OctaneClient from "../src/OctaneClient.js"
import * as OctaneSink from "../src/OctaneSink.js"

export const emulator = (options?: OctaneEmulatorOptions) =>
  Effect.acquireRelease(Effect.promise(() => startOctaneEmulator(options)), (e) => Effect.promise(() => e.close()))

export const fastRetry: Retry.RetryPolicy = {
  initialDelay: "5 millis",
  maxDelay: "40 millis",
  maxRetries: 5,
  maxElapsed: "5 seconds"
}

export const config = (
  e: { url: string; sharedSpace: string; workspace: string; clientId: string; clientSecret: string },
  overrides: Partial<OctaneClient.Config> = {}
): OctaneClient.Config => ({
  ...OctaneClient.defaultConfig(e.url, e.sharedSpace, e.workspace, {
    kind: "apiKey",
    clientId: e.clientId,
    clientSecret: Redacted.make(e.clientSecret)
  }),
  timeout: "5 seconds",
  retry: Retry.schedule(fastRetry, OctaneClient.isRetryable),
  requestsPerSecond: 1000,
  ...overrides
})

export const test = (n: number, extra: Partial<Canonical.TestCase> = {}): Canonical.TestCase => ({
  type: "test",
  id: `id${String(n).padStart(8, "0")}`,
  source: "results.xml",
  title: `test${n}`,
  suite: ["Suite"],
  className: "com.acme.SuiteTest",
  status: "passed",
  duration: 0.25,
  ...extra
})

const header: Canonical.RunHeader = {
  type: "run",
  schemaVersion: 1,
  tool: { name: "tr", version: "test" },
  sources: ["results.xml"]
}

/** The trailer a producer writes after `tests`: its counts agree with them. */
const trailer = (tests: ReadonlyArray<Canonical.TestCase>): Canonical.End => {
  const tally = new Tally()
  for (const t of tests) tally.add(t)
  return tally.end()
}

export const stream = (
  tests: ReadonlyArray<Canonical.TestCase>,
  complete = true
): Stream.Stream<Canonical.StreamRecord> =>
  Stream.fromIterable<Canonical.StreamRecord>([header, ...tests, ...(complete ? [trailer(tests)] : [])])

export const options = (overrides: Partial<OctaneSink.PushOptions> = {}): OctaneSink.PushOptions => ({
  ...OctaneSink.defaultPushOptions,
  linger: "100 millis",
  poll: { initialDelay: "5 millis", maxDelay: "20 millis", timeout: "10 seconds" },
  ...overrides
})

/** The XSD a live server serves, when the shared folder is there. */
export const sharedXsd = (): string | undefined => {
  const dir = sharedDir()
  return dir === undefined ? undefined : readFileSync(join(dir, "octane/test_results.xsd"), "utf8")
}
