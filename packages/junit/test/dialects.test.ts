import { describe, expect, it } from "@effect/vitest"
import type * as Canonical from "@tr/core/Canonical"
import { Effect } from "effect"
import * as JunitReader from "../src/JunitReader.js"
import { diagnostics, fixture, read, readFile, tests } from "./read.js"

const dialectOf = (records: ReadonlyArray<Canonical.SourceRecord>) =>
  records.find((r): r is Canonical.Source => r.type === "source")?.dialect

const pick = (t: Canonical.TestCase) => ({
  title: t.title,
  suite: t.suite,
  ...(t.className === undefined ? {} : { className: t.className }),
  ...(t.file === undefined ? {} : { file: t.file }),
  ...(t.line === undefined ? {} : { line: t.line }),
  ...(t.parameters === undefined ? {} : { parameters: t.parameters }),
  status: t.status
})

const cases: ReadonlyArray<
  { readonly file: string; readonly dialect: string; readonly expect: ReadonlyArray<ReturnType<typeof pick>> }
> = [
  {
    file: "surefire.xml",
    dialect: "surefire",
    expect: [
      { title: "addsItem", suite: ["com.shop.CartTest"], className: "com.shop.CartTest", status: "passed" },
      {
        title: "totals(int, int)[2]",
        suite: ["com.shop.CartTest"],
        className: "com.shop.CartTest",
        parameters: [{ value: "2" }],
        status: "failed"
      },
      { title: "retries", suite: ["com.shop.CartTest"], className: "com.shop.CartTest", status: "passed" }
    ]
  },
  {
    file: "gradle.xml",
    dialect: "gradle",
    expect: [
      {
        title: "placesOrder()",
        suite: ["com.shop.CheckoutTest"],
        className: "com.shop.CheckoutTest",
        status: "passed"
      },
      { title: "[1] visa", suite: ["com.shop.CheckoutTest"], className: "com.shop.CheckoutTest", status: "skipped" }
    ]
  },
  {
    file: "pytest.xml",
    dialect: "pytest",
    expect: [
      {
        title: "test_pay[visa-10]",
        suite: ["pytest"],
        className: "tests.test_pay",
        file: "tests/test_pay.py",
        line: 12,
        parameters: [{ value: "visa-10" }],
        status: "passed"
      },
      {
        title: "test_refund",
        suite: ["pytest"],
        className: "tests.test_pay",
        file: "tests/test_pay.py",
        line: 30,
        status: "failed"
      },
      {
        title: "test_crypto",
        suite: ["pytest"],
        className: "tests.test_pay",
        file: "tests/test_pay.py",
        line: 40,
        status: "skipped"
      }
    ]
  },
  {
    file: "jest.xml",
    dialect: "jest",
    expect: [
      {
        title: "updates the total",
        suite: ["src/cart/Cart.test.tsx", "Cart", "quantity"],
        className: "Cart › quantity",
        file: "src/cart/Cart.test.tsx",
        status: "passed"
      },
      {
        title: "rejects negative numbers",
        suite: ["src/cart/Cart.test.tsx", "Cart", "quantity"],
        className: "Cart › quantity",
        file: "src/cart/Cart.test.tsx",
        status: "failed"
      }
    ]
  },
  {
    file: "vitest.xml",
    dialect: "vitest",
    expect: [
      {
        title: "adds",
        suite: ["src/math.test.ts"],
        className: "src/math.test.ts",
        file: "src/math.test.ts",
        status: "passed"
      },
      {
        title: "divides",
        suite: ["src/math.test.ts"],
        className: "src/math.test.ts",
        file: "src/math.test.ts",
        status: "passed"
      }
    ]
  },
  {
    file: "mocha.xml",
    dialect: "mocha",
    expect: [
      {
        title: "lists orders",
        suite: ["Orders API"],
        className: "lists orders",
        file: "/repo/test/orders.spec.js",
        status: "passed"
      },
      {
        title: "rejects bad ids",
        suite: ["Orders API"],
        className: "rejects bad ids",
        file: "/repo/test/orders.spec.js",
        status: "failed"
      }
    ]
  },
  {
    file: "cypress.xml",
    dialect: "cypress",
    expect: [
      {
        title: "signs in with a valid password",
        suite: ["Login"],
        className: "signs in with a valid password",
        file: "cypress/e2e/login.cy.ts",
        status: "passed"
      }
    ]
  },
  {
    file: "playwright.xml",
    dialect: "playwright",
    expect: [
      {
        title: "pays by card",
        suite: ["checkout.spec.ts"],
        className: "checkout.spec.ts",
        file: "checkout.spec.ts",
        status: "passed"
      },
      {
        title: "pays by invoice",
        suite: ["checkout.spec.ts"],
        className: "checkout.spec.ts",
        file: "checkout.spec.ts",
        status: "passed"
      }
    ]
  },
  {
    file: "go.xml",
    dialect: "go",
    expect: [
      { title: "TestTotal", suite: ["example.com/shop/cart"], className: "example.com/shop/cart", status: "passed" },
      {
        title: "TestTotal/with_discount",
        suite: ["example.com/shop/cart"],
        className: "example.com/shop/cart",
        status: "failed"
      }
    ]
  },
  {
    file: "gotestsum.xml",
    dialect: "gotestsum",
    expect: [{
      title: "TestHealth",
      suite: ["example.com/shop/api"],
      className: "example.com/shop/api",
      status: "passed"
    }]
  },
  {
    file: "phpunit.xml",
    dialect: "phpunit",
    expect: [
      {
        title: "testRounds with data set #0",
        suite: ["Shop", "Tests\\PriceTest", "Tests\\PriceTest::testRounds"],
        className: "Tests.PriceTest",
        file: "/repo/tests/PriceTest.php",
        line: 14,
        parameters: [{ name: "data set", value: "#0" }],
        status: "passed"
      },
      {
        title: "testRounds with data set \"half up\"",
        suite: ["Shop", "Tests\\PriceTest", "Tests\\PriceTest::testRounds"],
        className: "Tests.PriceTest",
        file: "/repo/tests/PriceTest.php",
        line: 14,
        parameters: [{ name: "data set", value: "half up" }],
        status: "passed"
      },
      {
        title: "testFormats",
        suite: ["Shop", "Tests\\PriceTest"],
        className: "Tests.PriceTest",
        file: "/repo/tests/PriceTest.php",
        line: 30,
        status: "passed"
      }
    ]
  },
  {
    file: "ctest.xml",
    dialect: "ctest",
    expect: [
      { title: "parser_test", suite: ["Linux-c++"], className: "parser_test", status: "passed" },
      { title: "network_test", suite: ["Linux-c++"], className: "network_test", status: "failed" },
      { title: "gpu_test", suite: ["Linux-c++"], className: "gpu_test", status: "skipped" }
    ]
  },
  {
    file: "catch2.xml",
    dialect: "catch2",
    expect: [
      { title: "Prices are rounded", suite: ["shop_tests"], className: "shop_tests.global", status: "passed" },
      {
        title: "Totals add up",
        suite: ["shop_tests"],
        className: "shop_tests.global",
        file: "tests/total.cpp",
        line: 27,
        status: "failed"
      }
    ]
  },
  {
    file: "googletest.xml",
    dialect: "googletest",
    expect: [
      {
        title: "Parses/0",
        suite: ["Money/ParseTest"],
        className: "Money/ParseTest",
        file: "money_test.cc",
        line: 20,
        parameters: [{ value: "\"1.50\"" }],
        status: "passed"
      },
      {
        title: "Parses/1",
        suite: ["Money/ParseTest"],
        className: "Money/ParseTest",
        file: "money_test.cc",
        line: 20,
        parameters: [{ value: "\"-3\"" }],
        status: "passed"
      },
      {
        title: "DISABLED_Converts",
        suite: ["MoneyTest"],
        className: "MoneyTest",
        file: "money_test.cc",
        line: 40,
        status: "skipped"
      }
    ]
  },
  {
    file: "nextest.xml",
    dialect: "nextest",
    expect: [
      { title: "cart::adds_items", suite: ["shop::integration"], className: "shop::integration", status: "passed" },
      { title: "cart::totals", suite: ["shop::integration"], className: "shop::integration", status: "passed" }
    ]
  },
  {
    file: "bazel.xml",
    dialect: "bazel",
    expect: [{ title: "//shop/cart:cart_test", suite: ["//shop/cart:cart_test"], status: "passed" }]
  },
  {
    file: "dotnet.xml",
    dialect: "dotnet",
    expect: [
      {
        title: "Rounds(1.005, 1.01)",
        suite: ["Shop.Tests.dll"],
        className: "Shop.Tests.PriceTests",
        parameters: [{ value: "1.005" }, { value: "1.01" }],
        status: "passed"
      },
      {
        title: "Rounds(\"a, b\", 2)",
        suite: ["Shop.Tests.dll"],
        className: "Shop.Tests.PriceTests",
        parameters: [{ value: "\"a, b\"" }, { value: "2" }],
        status: "passed"
      }
    ]
  },
  {
    file: "robot.xml",
    dialect: "robot",
    expect: [
      { title: "Valid Login", suite: ["Tests", "Login"], className: "Tests.Login", status: "passed" },
      { title: "Invalid Password", suite: ["Tests", "Login"], className: "Tests.Login", status: "failed" }
    ]
  },
  {
    file: "generic.xml",
    dialect: "generic",
    expect: [{ title: "homepage loads", suite: ["smoke"], className: "smoke", status: "passed" }]
  }
]

/**
 * What each dialect states for the services, for its fixture's first test (the README's table, row by row): the group
 * and its namespace, the file, the framework and tool, the execution.
 */
const stated: { readonly [file: string]: Partial<Canonical.TestCase> } = {
  "bazel.xml": { group: "//shop/cart:cart_test", framework: "Bazel", tool: "Bazel" },
  "catch2.xml": { group: "shop_tests.global", framework: "Catch2", tool: "Catch2" },
  "ctest.xml": { group: "Linux-c++", framework: "CTest", tool: "CTest" },
  "cypress.xml": {
    group: "Login",
    namespace: "cypress/e2e/login.cy.ts",
    file: "cypress/e2e/login.cy.ts",
    framework: "Cypress",
    tool: "Cypress"
  },
  "dotnet.xml": { group: "PriceTests", namespace: "Shop.Tests", framework: ".NET", tool: "JUnit logger" },
  "generic.xml": { group: "smoke" },
  "go.xml": { group: "example.com/shop/cart", framework: "Go testing", tool: "go-junit-report" },
  "googletest.xml": { group: "Money/ParseTest", file: "money_test.cc", framework: "GoogleTest", tool: "GoogleTest" },
  "gotestsum.xml": { group: "example.com/shop/api", framework: "Go testing", tool: "gotestsum" },
  "gradle.xml": { group: "CheckoutTest", namespace: "com.shop", framework: "JUnit", tool: "Gradle" },
  "jest.xml": {
    group: "Cart › quantity",
    namespace: "src/cart/Cart.test.tsx",
    file: "src/cart/Cart.test.tsx",
    framework: "Jest",
    tool: "jest-junit"
  },
  "mocha.xml": {
    group: "Orders API",
    namespace: "/repo/test/orders.spec.js",
    file: "/repo/test/orders.spec.js",
    framework: "Mocha",
    tool: "mocha-junit-reporter"
  },
  "nextest.xml": { group: "shop::integration", framework: "Rust test", tool: "cargo-nextest" },
  "phpunit.xml": {
    group: "PriceTest",
    namespace: "Tests",
    file: "/repo/tests/PriceTest.php",
    framework: "PHPUnit",
    tool: "PHPUnit"
  },
  "playwright.xml": {
    group: "Checkout",
    namespace: "checkout.spec.ts",
    file: "checkout.spec.ts",
    framework: "Playwright",
    tool: "Playwright",
    execution: "firefox"
  },
  "pytest.xml": {
    group: "test_pay",
    namespace: "tests",
    file: "tests/test_pay.py",
    framework: "pytest",
    tool: "pytest"
  },
  "robot.xml": { group: "Login", namespace: "Tests", framework: "Robot Framework", tool: "Robot Framework" },
  "surefire.xml": { group: "CartTest", namespace: "com.shop", framework: "JUnit", tool: "Maven Surefire" },
  "vitest.xml": {
    group: "math",
    namespace: "src/math.test.ts",
    file: "src/math.test.ts",
    framework: "Vitest",
    tool: "Vitest"
  }
}

const FIELDS = ["group", "namespace", "file", "framework", "tool", "execution"] as const

describe("JUnit dialects", () => {
  for (const c of cases) {
    it.effect(`${c.dialect}: recognised, and mapped as its users think of it`, () =>
      Effect.gen(function*() {
        const records = yield* readFile(fixture(`dialects/${c.file}`), { size: 97 })
        expect(dialectOf(records)).toBe(c.dialect)
        expect(tests(records).map(pick)).toEqual(c.expect)
        expect(diagnostics(records).filter((d) => d.severity === "error")).toEqual([])
      }))
  }

  for (const [file, want] of Object.entries(stated)) {
    it.effect(`${file}: states the group, file, framework and execution its runner's users expect`, () =>
      Effect.gen(function*() {
        const first = tests(yield* readFile(fixture(`dialects/${file}`)))[0]!
        expect(Object.fromEntries(FIELDS.flatMap((f) => (first[f] === undefined ? [] : [[f, first[f]]])))).toEqual(want)
      }))
  }

  it("covers every dialect the reader knows with a fixture", () => {
    expect(new Set(cases.map((c) => c.dialect))).toEqual(new Set(JunitReader.DIALECTS.map((d) => d.name)))
  })

  it.effect("keeps disabled and flaky apart, and failure apart from error", () =>
    Effect.gen(function*() {
      const g = tests(yield* readFile(fixture("dialects/googletest.xml")))
      expect(g[2]).toMatchObject({ status: "skipped", disabled: true })
      const s = tests(yield* readFile(fixture("dialects/surefire.xml")))
      expect(s[2]).toMatchObject({ status: "passed", flaky: true })
      expect(s[2]?.disabled).toBeUndefined()
      const c = tests(yield* readFile(fixture("dialects/catch2.xml")))
      expect(c[1]?.failures?.[0]).toMatchObject({ kind: "failure", type: "REQUIRE", file: "tests/total.cpp", line: 27 })
    }))

  it.effect("takes --dialect over the detected one", () =>
    Effect.gen(function*() {
      const xml = `<testsuites><testsuite name="x"><testcase name="t (a, b)" classname="x"/></testsuite></testsuites>`
      const { Chunk, Stream } = yield* Effect.succeed(yield* Effect.promise(() => import("effect")))
      const records = Chunk.toArray(
        yield* Stream.make(new TextEncoder().encode(xml)).pipe(
          JunitReader.stream({ source: "x.xml", dialect: "dotnet" }),
          Stream.runCollect
        )
      )
      expect(dialectOf(records)).toBe("dotnet")
      expect(tests(records)[0]?.parameters).toEqual([{ value: "a" }, { value: "b" }])
      expect(tests(yield* read(xml))[0]?.parameters).toBeUndefined()
    }))
})
