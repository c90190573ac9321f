import { describe, expect, it } from "@effect/vitest"
import * as Records from "@tr/core/Records"
import { readFileWith, readWith } from "@tr/tooling/records"
import { corpus, sharedDir, SKIP_MESSAGE } from "@tr/tooling/shared"
import { Effect } from "effect"
import * as RspecJsonReader from "../src/RspecJsonReader.js"
import { readCleanly } from "./clean.js"

const read = (json: string, size?: number) => readWith(RspecJsonReader.stream({ source: "rspec.json" }), json, size)

const LOAD_ERROR =
  "\nAn error occurred while loading ./spec/models/order_spec.rb.\nFailure/Error: require \"order\"\n\n" +
  "LoadError:\n  cannot load such file -- order\n# ./spec/models/order_spec.rb:1:in `<top (required)>'\n"

// `rspec --format json`, in the order RSpec's JsonFormatter fills its hash.
const REPORT = JSON.stringify(
  {
    version: "3.13.0",
    messages: ["Run options: exclude {:slow=>true}", LOAD_ERROR],
    seed: 4242,
    examples: [
      {
        id: "./spec/models/cart_spec.rb[1:1:1]",
        description: "adds an item @Tabcd1234",
        full_description: "Cart#add with stock adds an item @Tabcd1234",
        status: "passed",
        file_path: "./spec/models/cart_spec.rb",
        line_number: 7,
        run_time: 0.0125,
        pending_message: null
      },
      {
        id: "./spec/models/cart_spec.rb[1:1:2]",
        description: "totals",
        full_description: "Cart#add with stock totals",
        status: "failed",
        file_path: "./spec/models/cart_spec.rb",
        line_number: 12,
        run_time: 0.002,
        pending_message: null,
        exception: {
          class: "RSpec::Expectations::ExpectationNotMetError",
          message: "\nexpected: 3\n     got: 2\n\n(compared using ==)\n",
          backtrace: ["./spec/models/cart_spec.rb:13:in `block (3 levels) in <top (required)>'", "./lib/cart.rb:4"]
        }
      },
      {
        id: "./spec/models/cart_spec.rb[1:2]",
        description: "ships",
        full_description: "Cart#add ships",
        status: "failed",
        file_path: "./spec/models/cart_spec.rb",
        line_number: 20,
        run_time: 0.001,
        pending_message: null,
        exception: {
          class: "NoMethodError",
          message: "undefined method `ship' for nil",
          backtrace: ["./lib/cart.rb:9"]
        }
      },
      {
        id: "./spec/models/cart_spec.rb[1:3]",
        description: "refunds",
        full_description: "Cart#add refunds",
        status: "pending",
        file_path: "./spec/models/cart_spec.rb",
        line_number: 25,
        run_time: 0.00001,
        pending_message: "Temporarily skipped with xit"
      }
    ],
    summary: {
      duration: 0.2,
      example_count: 4,
      failure_count: 2,
      pending_count: 1,
      errors_outside_of_examples_count: 1
    },
    summary_line: "4 examples, 2 failures, 1 pending, 1 error occurred outside of examples"
  },
  null,
  2
)

describe("RspecJsonReader", () => {
  it.effect("reads every example fed a byte at a time, and the spec file that failed to load as a failed test", () =>
    Effect.gen(function*() {
      const records = yield* read(REPORT, 1)
      const tests = readCleanly(records, { path: "rspec.json", format: "rspec-json", dialect: "rspec" }, [
        ["adds an item", "passed"],
        ["totals", "failed"],
        ["ships", "failed"],
        ["refunds", "skipped"],
        ["[An error occurred while loading ./spec/models/order_spec.rb.]", "failed"]
      ])
      expect(tests[0]).toMatchObject({
        testId: "abcd1234",
        suite: ["Cart#add with stock"],
        group: "Cart#add with stock",
        namespace: "spec/models/cart_spec.rb",
        file: "spec/models/cart_spec.rb",
        line: 7,
        duration: 0.0125,
        framework: "RSpec",
        tool: "RSpec 3.13.0 json",
        attributes: { id: "./spec/models/cart_spec.rb[1:1:1]" }
      })
      expect(tests[1]!.failures).toEqual([{
        kind: "failure",
        type: "RSpec::Expectations::ExpectationNotMetError",
        message: "\nexpected: 3\n     got: 2\n\n(compared using ==)\n",
        stack: "./spec/models/cart_spec.rb:13:in `block (3 levels) in <top (required)>'\n./lib/cart.rb:4"
      }])
      expect(tests[2]!.failures).toMatchObject([{ kind: "error", type: "NoMethodError" }])
      expect(tests[3]!.skip).toEqual({ message: "Temporarily skipped with xit" })
      expect(tests[4]).toMatchObject({
        suite: [],
        file: "spec/models/order_spec.rb",
        failures: [{ kind: "error", message: LOAD_ERROR.trim() }]
      })
      expect(new Set(tests.map((t) => t.id)).size).toBe(5)
      expect(yield* read(REPORT, 333)).toEqual(records)
    }))

  it.effect("errors outside of examples that no message names still fail a test carrying every message", () =>
    Effect.gen(function*() {
      const report = JSON.stringify({
        version: "3.12.0",
        messages: ["Run options: include {:focus=>true}"],
        examples: [],
        summary: { example_count: 0, failure_count: 0, pending_count: 0, errors_outside_of_examples_count: 2 },
        summary_line: "0 examples, 0 failures, 2 errors occurred outside of examples"
      })
      const tests = Records.tests(yield* read(report))
      expect(tests).toMatchObject([{
        title: "[errors outside of examples]",
        status: "failed",
        failures: [{ kind: "error", message: "Run options: include {:focus=>true}" }]
      }])
    }))

  it.effect("checks the summary's counts", () =>
    Effect.gen(function*() {
      const records = yield* read(REPORT.replace("\"example_count\": 4", "\"example_count\": 5"))
      expect(Records.diagnostics(records)).toMatchObject([{
        severity: "warning",
        code: "count-mismatch",
        message: "the summary declares example_count=5 but 4 read"
      }])
    }))

  it.effect("damage: cut, malformed, not an RSpec report", () =>
    Effect.gen(function*() {
      const cut = yield* read(REPORT.slice(0, REPORT.indexOf("\"summary\"")))
      expect(Records.tests(cut).map((t) => t.status)).toEqual(["passed", "failed", "failed", "skipped", "failed"])
      expect(Records.diagnostics(cut)).toMatchObject([{ severity: "error", code: "truncated-file" }])
      const broken = yield* read("{\"version\": \"3\", \"examples\": [{\"id\": 1}, nope]}")
      expect(Records.tests(broken)).toHaveLength(1)
      expect(Records.diagnostics(broken)).toMatchObject([{ code: "invalid-json", line: 1 }])
      expect(Records.diagnostics(yield* read("{\"version\": \"3\"}"))).toMatchObject([{ code: "unrecognized-format" }])
    }))
})

if (sharedDir() === undefined) console.warn(SKIP_MESSAGE)

describe.skipIf(sharedDir() === undefined)("RSpec JSON corpus", () => {
  it.effect("rspec-json/dorny__rspec-json.json", () =>
    Effect.gen(function*() {
      const file = "rspec-json/dorny__rspec-json.json"
      const records = yield* readFileWith(RspecJsonReader.stream({ source: file }), corpus(file), 100)
      expect(Records.counts(records)).toEqual({ tests: 3, passed: 1, failed: 1, skipped: 1 })
      expect(Records.diagnostics(records)).toEqual([])
      const tests = Records.tests(records)
      expect(tests[0]).toMatchObject({
        title: "logs success message",
        suite: ["CheckEnvVars#call when all env vars are defined behaves like success load"],
        status: "passed",
        file: "spec/config/check_env_vars_spec.rb",
        line: 12,
        duration: 0.079159625
      })
      expect(tests[1]).toMatchObject({
        title: "fails in assertion",
        failures: [{ kind: "failure", type: "RSpec::Mocks::MockExpectationError" }]
      })
      expect(tests.at(-1)).toMatchObject({
        title: "skips the test",
        status: "skipped",
        line: 27,
        skip: { message: "Temporarily skipped with xit" }
      })
    }))
})
