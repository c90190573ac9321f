import { describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import * as TestomatTest from "../src/TestomatTest.js"
import { test } from "./helpers.js"

const full: Canonical.TestCase = test(1, {
  title: "pays by card",
  suite: ["Checkout", "Payments"],
  className: "shop.PaymentsTest",
  file: "test/payments.spec.ts",
  status: "failed",
  duration: 1.5,
  testId: "1a2b3c4d",
  failures: [{
    kind: "failure",
    message: "expected 200",
    type: "AssertionError",
    stack: "AssertionError: expected 200\n  at pay"
  }],
  attempts: [{ kind: "rerunFailure", message: "again", stack: "at pay (rerun)" }],
  stdout: "POST /pay",
  stderr: "warn",
  parameters: [{ name: "card", value: "visa" }, { name: "amount", value: "10" }],
  steps: [{
    title: "open cart",
    category: "user",
    duration: 0.25,
    steps: [{ title: "click", category: "framework", duration: 0.1 }]
  }],
  attachments: [{ url: "https://cdn.example/shot.png" }, { path: "local/only.png" }]
})

describe("TestomatTest.fromTestCase", () => {
  it("maps every field the API has a place for", () => {
    const o = TestomatTest.fromTestCase(full, TestomatTest.defaultMappingOptions)
    expect(o).toMatchObject({
      title: "pays by card",
      status: "failed",
      rid: full.id,
      test_id: "@T1a2b3c4d",
      suite_title: "Payments",
      file: "test/payments.spec.ts",
      run_time: 1.5,
      message: "expected 200",
      example: { card: "visa", amount: "10" },
      artifacts: ["https://cdn.example/shot.png"],
      steps: [{
        title: "open cart",
        category: "user",
        duration: 250,
        steps: [{ title: "click", category: "framework", duration: 100 }]
      }]
    })
    expect(o.stack).toContain("AssertionError: expected 200\n  at pay")
    expect(o.stack).toContain("--- attempt 1 (rerunFailure) ---\nagain\nat pay (rerun)")
    expect(o.stack).toContain("--- stdout ---\nPOST /pay")
    expect(o.stack).toContain("--- stderr ---\nwarn")
  })

  it("keeps the output of passed tests out unless asked, and bounded when asked", () => {
    const passed = test(2, { stdout: "x".repeat(10_000) })
    expect(TestomatTest.fromTestCase(passed, TestomatTest.defaultMappingOptions).stack).toBeUndefined()
    const withOutput = TestomatTest.fromTestCase(passed, { passedOutput: true, maxStack: 1000 })
    expect(withOutput.stack!.length).toBeLessThan(1100)
    expect(withOutput.stack).toContain("characters left out")
  })

  it("says why a test was skipped, and that a passed test was flaky", () => {
    expect(
      TestomatTest.fromTestCase(
        test(3, { status: "skipped", skip: { message: "no GPU" } }),
        TestomatTest.defaultMappingOptions
      ).message
    ).toBe("no GPU")
    const flaky = test(4, { flaky: true, attempts: [{ kind: "flakyFailure", message: "timeout" }] })
    const o = TestomatTest.fromTestCase(flaky, TestomatTest.defaultMappingOptions)
    expect(o.message).toBe("flaky: passed after 1 failed attempt(s)")
    expect(o.stack).toContain("timeout")
  })

  it("sends unnamed parameters as a string, a prefix before the rid, and a placeholder for an empty title", () => {
    const o = TestomatTest.fromTestCase(test(5, { title: "", parameters: [{ value: "a" }, { value: "b" }] }), {
      ...TestomatTest.defaultMappingOptions,
      ridPrefix: "linux:"
    })
    expect(o).toMatchObject({ title: TestomatTest.UNNAMED, example: "a, b", rid: `linux:${test(5).id}` })
  })

  it("takes the message from the first line of the stack when the failure has no message", () => {
    const failed = test(7, { status: "failed", failures: [{ kind: "failure", stack: "\nError: expected 3\n  at x" }] })
    expect(TestomatTest.fromTestCase(failed, TestomatTest.defaultMappingOptions).message).toBe("Error: expected 3")
  })

  it("uses the class name when there is no suite", () => {
    expect(
      TestomatTest.fromTestCase(test(6, { suite: [], className: "a.B" }), TestomatTest.defaultMappingOptions)
        .suite_title
    ).toBe("a.B")
  })

  it("sends the group as the suite, qualified by its namespace when no file tells groups apart", () => {
    const suiteOf = (extra: Partial<Canonical.TestCase>) =>
      TestomatTest.fromTestCase(test(8, { suite: ["pytest"], ...extra }), TestomatTest.defaultMappingOptions)
        .suite_title
    expect(suiteOf({ group: "TestLogin", namespace: "tests.test_login", file: "tests/test_login.py" })).toBe(
      "TestLogin"
    )
    expect(suiteOf({ group: "LoginTest", namespace: "com.acme" })).toBe("com.acme.LoginTest")
    expect(suiteOf({ group: "login.spec.ts", namespace: "e2e/auth" })).toBe("e2e/auth/login.spec.ts")
    expect(suiteOf({ group: "Login" })).toBe("Login")
  })

  it("tells two executions of one test apart in the rid", () => {
    const rid = (execution: string) =>
      TestomatTest.fromTestCase(test(9, { execution }), TestomatTest.defaultMappingOptions).rid
    expect(rid("chromium")).toBe(`${test(9).id}:chromium`)
    expect(rid("chromium")).not.toBe(rid("firefox"))
  })
})
