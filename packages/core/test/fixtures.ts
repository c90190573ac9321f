import type * as Canonical from "../src/Canonical.js"

export const header: Canonical.RunHeader = {
  type: "run",
  schemaVersion: 1,
  tool: { name: "tr", version: "0.0.0-test" },
  sources: ["a.xml"]
}

/** A test that uses every field the schema has. */
export const fullTest: Canonical.TestCase = {
  type: "test",
  id: "0123456789abcdef",
  source: "a.xml",
  title: "pays with [visa]",
  suite: ["Checkout", "Payments"],
  className: "shop.CheckoutTest",
  group: "CheckoutTest",
  namespace: "shop",
  file: "test/checkout.spec.ts",
  line: 42,
  framework: "JUnit",
  tool: "Maven Surefire",
  execution: "chromium",
  status: "failed",
  duration: 1.25,
  startedAt: "2026-01-01T10:00:00Z",
  failures: [{ kind: "failure", message: "expected 200", type: "AssertionError", stack: "at x\nat y" }],
  attempts: [{ kind: "rerunFailure", message: "again", duration: 1, stdout: "o", stderr: "e" }],
  stdout: "out ✓",
  stderr: "err",
  properties: [{ name: "owner", value: "team-a" }],
  tags: ["smoke"],
  testId: "1a2b3c4d",
  parameters: [{ value: "visa" }],
  steps: [{ title: "open", category: "user", status: "passed", duration: 0.1, steps: [{ title: "click" }] }],
  attachments: [{ name: "screenshot", path: "shots/a.png", contentType: "image/png" }],
  attributes: { assertions: "3" },
  truncated: [{ field: "stdout", length: 5000000 }]
}

export const passed = (n: number, source = "a.xml"): Canonical.TestCase => ({
  type: "test",
  id: `id-${n}`,
  source,
  title: `test ${n}`,
  suite: ["S"],
  status: "passed"
})

export const end = (tests: number): Canonical.End => ({
  type: "end",
  tests,
  passed: tests,
  failed: 0,
  skipped: 0,
  errors: 0,
  warnings: 0,
  truncations: 0,
  sources: [{ path: "a.xml", status: "ok", tests, passed: tests, failed: 0, skipped: 0 }]
})
