/**
 * Every corpus report `tr` reads, pushed through both emulators: the first and the last test of each, as a user of
 * its runner would expect to see them, written down from reading the file (not from `tr`'s output).
 */
import { describe, expect, it } from "@effect/vitest"
import { corpus, sharedDir, SKIP_MESSAGE } from "@tr/tooling/shared"
import { Effect } from "effect"
import { readFileSync } from "node:fs"
import { deliver, forOctane, forTestomat, inOctane, inTestomat, read, type Seen } from "./deliver.js"

const junit = "JUnit"
const jest = "Jest"
const nunit = "NUnit"
const xunit = "xUnit.net"
const testng = "TestNG"

/** File → its first and last test (in document order), as each service should show them. */
const TABLE: ReadonlyArray<readonly [string, Seen, Seen]> = [
  [
    "junit-cypress/captain__cypress.xml",
    {
      title: "displays two todo items by default",
      suite: "todo-one.cy.js",
      file: "cypress/e2e/todo-one.cy.js",
      package: "cypress/e2e",
      class: "todo-one.cy.js",
      framework: "Cypress"
    },
    {
      title: "can delete all completed tasks",
      suite: "with a checked task",
      file: "cypress/e2e/todo-two.cy.js",
      package: "cypress/e2e/todo-two.cy.js",
      class: "with a checked task",
      framework: "Cypress"
    }
  ],
  [
    "junit-go/gojunitreport__012-report.xml",
    { title: "TestSubtests", suite: "package/subtests", class: "package/subtests", framework: "Go testing" },
    {
      title: "TestFailingSubtestWithNestedSubtest/Subtest/Subsubtest",
      suite: "package/subtests",
      class: "package/subtests",
      framework: "Go testing"
    }
  ],
  [
    "junit-go/gojunitreport__014-report.xml",
    { title: "Failure", suite: "package/panic", class: "package/panic", framework: "Go testing" },
    { title: "Failure", suite: "package/panic2", class: "package/panic2", framework: "Go testing" }
  ],
  [
    "junit-go/mikepenz__junit-server-test-report.xml",
    {
      title: "TestWebSocketReconnectRace",
      suite: "github.com/example/example/server/v8/channels/api4",
      class: "github.com/example/example/server/v8/channels/api4",
      framework: "Go testing"
    },
    {
      title: "TestWebSocketReconnectRace",
      suite: "github.com/example/example/server/v8/channels/api4",
      class: "github.com/example/example/server/v8/channels/api4",
      framework: "Go testing"
    }
  ],
  [
    "junit-jest/dorny__external-jest-test-results.xml",
    {
      title: "picks a name based on the rootDir",
      suite: "normalize.test.js",
      file: "packages/jest-config/src/__tests__/normalize.test.js",
      package: "packages/jest-config/src/__tests__",
      class: "normalize.test.js",
      framework: jest
    },
    {
      title: "errors when a test both returns a promise and takes a callback",
      suite: "asyncAndCallback.test.ts",
      file: "e2e/__tests__/asyncAndCallback.test.ts",
      package: "e2e/__tests__",
      class: "asyncAndCallback.test.ts",
      framework: jest
    }
  ],
  [
    "junit-jest/dorny__jest-junit.xml",
    {
      title: "Passing test",
      suite: "Test 1",
      file: "__tests__\\main.test.js",
      package: "__tests__\\main.test.js",
      class: "Test 1",
      framework: jest
    },
    {
      title: "Skipped test",
      suite: "second.test.js",
      file: "__tests__\\second.test.js",
      package: "__tests__",
      class: "second.test.js",
      framework: jest
    }
  ],
  [
    "junit-jest/dorny__test-errors-jest-test-results.xml",
    {
      title: "libs/foo.spec.ts",
      suite: "Test suite failed to run",
      file: "libs/foo.spec.ts",
      package: "libs/foo.spec.ts",
      class: "Test suite failed to run",
      framework: jest
    },
    {
      title: "libs/bar.spec.ts",
      suite: "Test suite failed to run",
      file: "libs/bar.spec.ts",
      package: "libs/bar.spec.ts",
      class: "Test suite failed to run",
      framework: jest
    }
  ],
  [
    "junit-mocha/enricomi__latex-utensils.xml",
    { title: "parse a simple bib file", suite: "bibtexParser", class: "bibtexParser", framework: "Mocha" },
    {
      title: "test type guard with assingment and never type",
      suite: "latexParser other",
      class: "latexParser other",
      framework: "Mocha"
    }
  ],
  [
    "junit-mocha/trrparser__mocha-failures-with-stack-trace.xml",
    {
      title: "should get status as ok",
      suite: "Health",
      file: "/Users/anudeep/Documents/repos/testbeats/beats-core-api/test/component/health.spec.js",
      package: "/Users/anudeep/Documents/repos/testbeats/beats-core-api/test/component/health.spec.js",
      class: "Health",
      framework: "Mocha"
    },
    {
      title: "with invalid test run id",
      suite: "Test Runs - should not delete by id",
      file: "/Users/anudeep/Documents/repos/testbeats/beats-core-api/test/component/test-runs.spec.js",
      package: "/Users/anudeep/Documents/repos/testbeats/beats-core-api/test/component/test-runs.spec.js",
      class: "Test Runs - should not delete by id",
      framework: "Mocha"
    }
  ],
  [
    "junit-other/enricomi__disabled.xml",
    { title: "positive_arguments_must_produce_expected_result[0]", suite: "factorial", class: "factorial" },
    { title: "check_ne_print", suite: "failing_checks", class: "failing_checks" }
  ],
  [
    "junit-other/enricomi__suite-logs.xml",
    {
      title: "bazel/failing_absl_test",
      suite: "bazel/failing_absl_test",
      class: "bazel/failing_absl_test",
      framework: "Bazel"
    },
    {
      title: "bazel/failing_absl_test",
      suite: "bazel/failing_absl_test",
      class: "bazel/failing_absl_test",
      framework: "Bazel"
    }
  ],
  [
    "junit-other/jenkins__junit-report-huge.xml",
    {
      title: "Run 0",
      suite: "p2.S0.SomeLongLongLongLongLongTestName_0",
      package: "p2.S0",
      class: "SomeLongLongLongLongLongTestName_0"
    },
    {
      title: "Run 0",
      suite: "p2.S19.SomeLongLongLongLongLongTestName_420",
      package: "p2.S19",
      class: "SomeLongLongLongLongLongTestName_420"
    }
  ],
  [
    "junit-other/mikepenz__catch2-report.xml",
    {
      title: "is constant evaluated",
      suite: "ut_detail_utility_is_constant_evaluated",
      file: "test/unit/detail/utility/is_constant_evaluated.cpp",
      class: "ut_detail_utility_is_constant_evaluated",
      framework: "Catch2"
    },
    {
      title: "is constant evaluated",
      suite: "ut_detail_utility_is_constant_evaluated",
      file: "test/unit/detail/utility/is_constant_evaluated.cpp",
      class: "ut_detail_utility_is_constant_evaluated",
      framework: "Catch2"
    }
  ],
  [
    "junit-other/mikepenz__container-structure-test.xml",
    { title: "Command Test: apt-get upgrade" },
    { title: "Metadata Test" }
  ],
  [
    "junit-other/mikepenz__nested-junit.xml",
    { title: "A", suite: "TestA", class: "TestA" },
    { title: "A", suite: "packet", class: "packet" }
  ],
  [
    "junit-other/mikepenz__nextest-basic.xml",
    {
      title: "test_failure",
      suite: "oxidized_navigation::parry3d",
      class: "oxidized_navigation::parry3d",
      framework: "Rust test"
    },
    {
      title: "test_annotations",
      suite: "oxidized_navigation::parry3d",
      class: "oxidized_navigation::parry3d",
      framework: "Rust test"
    }
  ],
  [
    "junit-other/trrparser__junit.testlogger.xml",
    {
      title: "TestD",
      suite: "JUnit.Xml.TestLogger.NetFull.Tests.FailingOneTimeTearDown",
      package: "JUnit.Xml.TestLogger.NetFull.Tests",
      class: "FailingOneTimeTearDown",
      framework: ".NET"
    },
    {
      title: "Ignored",
      suite: "JUnit.Xml.TestLogger.NetFull.Tests.UnitTest1",
      package: "JUnit.Xml.TestLogger.NetFull.Tests",
      class: "UnitTest1",
      framework: ".NET"
    }
  ],
  [
    "junit-phpunit/dorny__phpcheckstyle-phpunit.xml",
    {
      title: "testGoodDoc",
      suite: "CommentsTest",
      file: "/workspace/phpcheckstyle/test/CommentsTest.php",
      class: "CommentsTest",
      framework: "PHPUnit"
    },
    {
      title: "testBadUnused",
      suite: "UnusedTest",
      file: "/workspace/phpcheckstyle/test/UnusedTest.php",
      class: "UnusedTest",
      framework: "PHPUnit"
    }
  ],
  [
    "junit-phpunit/dorny__phpunit.xml",
    {
      title: "targeting-traits-with-coversclass-attribute-is-deprecated.phpt",
      suite: "CLI Arguments",
      file:
        "/home/matteo/OSS/phpunit/tests/end-to-end/metadata/targeting-traits-with-coversclass-attribute-is-deprecated.phpt",
      class: "CLI Arguments",
      framework: "PHPUnit"
    },
    {
      title: "testDispatchRejectsUnknownEventType",
      suite: "DirectDispatcherTest",
      file: "/home/matteo/OSS/phpunit/tests/unit/Event/Dispatcher/DirectDispatcherTest.php",
      package: "PHPUnit.Event",
      class: "DirectDispatcherTest",
      framework: "PHPUnit"
    }
  ],
  [
    "junit-playwright/trrparser__playwright-failures.xml",
    {
      title: "should allow me to add todo items",
      suite: "New Todo",
      file: "demo-todo-app.spec.ts",
      package: "demo-todo-app.spec.ts",
      class: "New Todo",
      framework: "Playwright",
      execution: "chromium"
    },
    {
      title: "get started link",
      suite: "example.spec.ts",
      file: "example.spec.ts",
      class: "example.spec.ts",
      framework: "Playwright",
      execution: "firefox"
    }
  ],
  [
    "junit-playwright/trrparser__playwright.xml",
    {
      title: "has title",
      suite: "example.spec.ts",
      file: "example.spec.ts",
      class: "example.spec.ts",
      framework: "Playwright",
      execution: "chromium"
    },
    {
      title: "get started link",
      suite: "example.spec.ts",
      file: "example.spec.ts",
      class: "example.spec.ts",
      framework: "Playwright",
      execution: "webkit"
    }
  ],
  [
    "junit-pytest/enricomi__junit.fail.xml",
    {
      title: "test_check_shape_compatibility",
      suite: "SparkTests",
      file: "test/test_spark.py",
      package: "test.test_spark",
      class: "SparkTests",
      framework: "pytest"
    },
    {
      title: "test_rsh_with_non_zero_exit_code",
      suite: "SparkTests",
      file: "test/test_spark.py",
      package: "test.test_spark",
      class: "SparkTests",
      framework: "pytest"
    }
  ],
  [
    "junit-pytest/mikepenz__report_flaky.xml",
    {
      title: "test_which_succeeds",
      suite: "test_sample",
      file: "python/test_sample.py",
      package: "python",
      class: "test_sample",
      framework: "pytest"
    },
    {
      title: "test_with_flaky_success",
      suite: "test_sample",
      file: "python/test_sample.py",
      package: "python",
      class: "test_sample",
      framework: "pytest"
    }
  ],
  [
    "junit-surefire/dorny__pulsar-test-report.xml",
    {
      title: "testVersionStrings",
      suite: "org.apache.pulsar.AddMissingPatchVersionTest",
      package: "org.apache.pulsar",
      class: "AddMissingPatchVersionTest",
      framework: junit
    },
    {
      title: "unauthenticatedSocketTest",
      suite: "org.apache.pulsar.websocket.proxy.v1.V1_ProxyAuthenticationTest",
      package: "org.apache.pulsar.websocket.proxy.v1",
      class: "V1_ProxyAuthenticationTest",
      framework: junit
    }
  ],
  [
    "junit-surefire/jenkins__TEST-io.olamy.FlakyTest.xml",
    { title: "testApp", suite: "io.olamy.FlakyTest", package: "io.olamy", class: "FlakyTest", framework: junit },
    { title: "testApp", suite: "io.olamy.FlakyTest", package: "io.olamy", class: "FlakyTest", framework: junit }
  ],
  [
    "junit-surefire/junit2ctrf__test-surefire-retry.xml",
    {
      title: "testFlakyFeature",
      suite: "com.example.MyTest",
      package: "com.example",
      class: "MyTest",
      framework: junit
    },
    {
      title: "testFlakyFeature",
      suite: "com.example.MyTest",
      package: "com.example",
      class: "MyTest",
      framework: junit
    }
  ],
  [
    "junit-surefire/mikepenz__TEST-action.surefire.report.calc.CalcUtilsTest.xml",
    {
      title: "test error handling",
      suite: "action.surefire.report.calc.CalcUtilsTest",
      package: "action.surefire.report.calc",
      class: "CalcUtilsTest",
      framework: junit
    },
    {
      title: "test scale",
      suite: "action.surefire.report.calc.CalcUtilsTest",
      package: "action.surefire.report.calc",
      class: "CalcUtilsTest",
      framework: junit
    }
  ],
  [
    "junit-surefire/mikepenz__maven_surefire_flaky-surefire-report.xml",
    {
      title: "createWebhook",
      suite: "io.sodadata.dependson.soda.integrations.msteams.MicrosoftTeamsCrudTest",
      package: "io.sodadata.dependson.soda.integrations.msteams",
      class: "MicrosoftTeamsCrudTest",
      framework: junit
    },
    {
      title: "createWebhook",
      suite: "io.sodadata.dependson.soda.integrations.msteams.MicrosoftTeamsCrudTest",
      package: "io.sodadata.dependson.soda.integrations.msteams",
      class: "MicrosoftTeamsCrudTest",
      framework: junit
    }
  ],
  [
    "edge-malformed/allure2__path-traversal.xml",
    { title: "shouldGenerate", suite: "../secret-file", package: "..", class: "secret-file" },
    { title: "shouldGenerate", suite: "../secret-file", package: "..", class: "secret-file" }
  ],
  [
    "edge-malformed/enricomi__junit.multiresult.xml",
    { title: "test that errors", suite: "test class", class: "test class" },
    { title: "test that succeeds", suite: "test class", class: "test class" }
  ],
  [
    "edge-malformed/enricomi__testsuite-in-testsuite.xml",
    // Suites declare `assertions`: PHPUnit's shape.
    { title: "TestCase1", suite: "someName", file: "/somepath", class: "someName", framework: "PHPUnit" },
    { title: "TestCase5", suite: "someName", file: "/somepath", class: "someName", framework: "PHPUnit" }
  ],
  [
    "edge-malformed/enricomi__unsupported-unicode.xml",
    {
      title: "test 1 헴䜝헱홐㣇㿷䔭𒍺𡓿𠄉㦓",
      suite: "test-1",
      file: "test/test-1.py",
      package: "test",
      class: "test-1",
      framework: "pytest"
    },
    { title: "test 7", suite: "test-7", file: "test/test-7.py", package: "test", class: "test-7", framework: "pytest" }
  ],
  [
    "edge-malformed/jenkins__junit-report-bad-duration.xml",
    { title: "testDummyMethod", suite: "DummyTest", class: "DummyTest" },
    { title: "testDummyMethod", suite: "DummyTest", class: "DummyTest" }
  ],
  [
    "edge-malformed/junit2ctrf__test-junit-problem-string.xml",
    {
      title: "addsNumbers",
      suite: "CalculatorTests",
      file: "CalculatorTests.java",
      package: "com.example",
      class: "CalculatorTests",
      framework: junit
    },
    {
      title: "alwaysPasses",
      suite: "com.example.RetryTests",
      package: "com.example",
      class: "RetryTests",
      framework: junit
    }
  ],
  [
    "edge-malformed/mikepenz__test_multiple_failures.xml",
    {
      title: "testWithMultipleFailures",
      suite: "com.example.MultipleFailuresTest",
      package: "com.example",
      class: "MultipleFailuresTest"
    },
    {
      title: "testPassing",
      suite: "com.example.MultipleFailuresTest",
      package: "com.example",
      class: "MultipleFailuresTest"
    }
  ],
  [
    "edge-malformed/xunitviewer__malformed.xml",
    {
      title: "Then the file is uploaded successfully",
      suite: "Scenario: Uploading a file should work.",
      class: "Scenario: Uploading a file should work."
    },
    {
      title: "Then the file is uploaded successfully",
      suite: "Scenario: Uploading a file should work.",
      class: "Scenario: Uploading a file should work."
    }
  ],
  [
    "edge-malformed/xunitviewer__utf-16.xml",
    { title: "a sample test", suite: "FILE IN UTF 16 LE", class: "FILE IN UTF 16 LE" },
    { title: "a sample test", suite: "FILE IN UTF 16 LE", class: "FILE IN UTF 16 LE" }
  ],
  [
    "edge-malformed/enricomi__NUnit-sec1752-file.xml",
    {
      title: "TestPropertyValue",
      suite: "UnitTests.MainClassTest",
      package: "UnitTests",
      class: "MainClassTest",
      framework: nunit
    },
    {
      title: "TestMethodUpdateValue",
      suite: "UnitTests.MainClassTest",
      package: "UnitTests",
      class: "MainClassTest",
      framework: nunit
    }
  ],
  [
    "nunit2/enricomi__pickles.xml",
    {
      title: "AddingSeveralNumbers(\"60\",\"70\",\"130\",System.String[])",
      suite: "Pickles.TestHarness.AdditionFeature",
      package: "Pickles.TestHarness",
      class: "AdditionFeature",
      framework: nunit
    },
    {
      title: "FailToAddTwoNumbers",
      suite: "Pickles.TestHarness.AdditionFeature",
      package: "Pickles.TestHarness",
      class: "AdditionFeature",
      framework: nunit
    }
  ],
  [
    "nunit3/dorny__dotnet-nunit.xml",
    {
      title: "Exception_In_TargetTest",
      suite: "DotnetTests.XUnitTests.CalculatorTests",
      package: "DotnetTests.XUnitTests",
      class: "CalculatorTests",
      framework: nunit
    },
    {
      title: "Timeout_Test",
      suite: "DotnetTests.XUnitTests.CalculatorTests",
      package: "DotnetTests.XUnitTests",
      class: "CalculatorTests",
      framework: nunit
    }
  ],
  [
    "nunit3/enricomi__NUnit-correct.xml",
    {
      title: "FailingTest",
      suite: "NUnit.Tests.Assemblies.MockTestFixture",
      package: "NUnit.Tests.Assemblies",
      class: "MockTestFixture",
      framework: nunit
    },
    {
      title: "MyTest",
      suite: "NUnit.Tests.TestAssembly.MockTestFixture",
      package: "NUnit.Tests.TestAssembly",
      class: "MockTestFixture",
      framework: nunit
    }
  ],
  [
    "nunit3/enricomi__NUnit-issue44527.xml",
    {
      title: "UI_MyTask_MR_Grid_GridViewValidation(True,\"chrome\",\"/#/tasks/access-certification/overview\")",
      suite: "MyCompanyUiSettings.Tl.My_Tasks._My_Requests.Grid.GridValidation",
      package: "MyCompanyUiSettings.Tl.My_Tasks._My_Requests.Grid",
      class: "GridValidation",
      framework: nunit,
      execution: "(MyCompanyUiSettings.ParameterInfo)"
    },
    {
      title: "UISetAdminRoleRemoveAdministrators_TC3382(True,\"1\",\"abcd\",\"chrome\",\"user,ra_user\"," +
        "\"crowdSource,whiteops\",\"user\",\"is_administrator\",\"/#/settings/administrators\")",
      suite: "MyCompanyUiSettings.Tl.Settings.Set_Admin_Roles.SetAdminRoles",
      package: "MyCompanyUiSettings.Tl.Settings.Set_Admin_Roles",
      class: "SetAdminRoles",
      framework: nunit,
      execution: "(MyCompanyUiSettings.ParameterInfo)"
    }
  ],
  [
    "xunit-net/captain__xunit_dot_net.xml",
    {
      title: "NullAssertsTests+Null.Success",
      suite: "NullAssertsTests+Null",
      class: "NullAssertsTests+Null",
      framework: xunit
    },
    {
      title: "CommandLineTests+SerializeOption.SerializeNotSetSerializeIsFalse",
      suite: "CommandLineTests+SerializeOption",
      class: "CommandLineTests+SerializeOption",
      framework: xunit
    }
  ],
  [
    "xunit-net/enricomi__testcase1.xml",
    {
      title: "MyProject.Tests.SampleFact.FailedTest",
      suite: "MyProject.Tests.SampleFact",
      package: "MyProject.Tests",
      class: "SampleFact",
      framework: xunit
    },
    {
      title: "MyProject.Tests.SampleFact.SkippedTest",
      suite: "MyProject.Tests.SampleFact",
      package: "MyProject.Tests",
      class: "SampleFact",
      framework: xunit
    }
  ],
  [
    "xunit-net/trrparser__xunit3_fail.xml",
    {
      title: "XUnit3Example2.UnitTest2.FailingTest",
      suite: "UnitTest2",
      file: "C:\\dev\\code\\_Experiments\\NUnitSample\\XUnit3Example2\\UnitTest2.cs",
      package: "XUnit3Example2",
      class: "UnitTest2",
      framework: xunit
    },
    {
      title: "XUnit3Example2.UnitTest2.FailingTest",
      suite: "UnitTest2",
      file: "C:\\dev\\code\\_Experiments\\NUnitSample\\XUnit3Example2\\UnitTest2.cs",
      package: "XUnit3Example2",
      class: "UnitTest2",
      framework: xunit
    }
  ],
  [
    "trx/allure2__testresultsWithChildren.trx",
    { title: "UnitTest_One", suite: "Test", class: "Test", framework: "MSTest" },
    { title: "UnitTest_Three (Child Two) (GrandChild Two)" }
  ],
  [
    "trx/dorny__FluentValidation.Tests.trx",
    {
      title: "FluentValidation.Tests.ValidatorTesterTester.ShouldNotHaveValidationError_async_model_throws",
      suite: "FluentValidation.Tests.ValidatorTesterTester",
      package: "FluentValidation.Tests",
      class: "ValidatorTesterTester",
      framework: xunit
    },
    {
      title: "FluentValidation.Tests.GreaterThanOrEqualToValidatorTester.Validates_with_nullable_when_property_is_null",
      suite: "FluentValidation.Tests.GreaterThanOrEqualToValidatorTester",
      package: "FluentValidation.Tests",
      class: "GreaterThanOrEqualToValidatorTester",
      framework: xunit
    }
  ],
  [
    "trx/dorny__dotnet-trx.trx",
    {
      title: "DotnetTests.XUnitTests.CalculatorTests.Timeout_Test",
      suite: "DotnetTests.XUnitTests.CalculatorTests",
      package: "DotnetTests.XUnitTests",
      class: "CalculatorTests",
      framework: xunit
    },
    {
      title: "DotnetTests.XUnitTests.CalculatorTests.Is_Even_Number(i: 3)",
      suite: "DotnetTests.XUnitTests.CalculatorTests",
      package: "DotnetTests.XUnitTests",
      class: "CalculatorTests",
      framework: xunit
    }
  ],
  [
    "trx/dorny__dotnet-xunitv3.trx",
    {
      title: "DotnetTests.XUnitV3Tests.FixtureTests.Failing_Test",
      suite: "DotnetTests.XUnitV3Tests.FixtureTests",
      package: "DotnetTests.XUnitV3Tests",
      class: "FixtureTests",
      // The adapter is xUnit.net v3's Microsoft.Testing.Platform uid (executor://30ea7c6e-…/2.0.3).
      framework: xunit
    },
    {
      title: "[Test Class Cleanup Failure (DotnetTests.XUnitV3Tests.FixtureTests.Failing_Test)]",
      suite: "dotnettests.xunitv3tests.dll",
      class: "dotnettests.xunitv3tests.dll",
      framework: xunit
    }
  ],
  [
    "trx/enricomi__yami_YAMILEX_2015-10-24_04_18_59.trx",
    {
      title: "TestMethod1",
      suite: "Prueba_Sistema.UnitTest1",
      package: "Prueba_Sistema",
      class: "UnitTest1",
      framework: "MSTest"
    },
    {
      title: "SIARAlgorithmConstructorTest",
      suite: "Prueba_Sistema.SIARAlgorithmTest",
      package: "Prueba_Sistema",
      class: "SIARAlgorithmTest",
      framework: "MSTest"
    }
  ],
  [
    "testng/trrparser__failures.setup.teardown.xml",
    { title: "GU", suite: "C.T.ST", package: "C.T", class: "ST", framework: testng, execution: "mobile-android" },
    { title: "SBPCB", suite: "C.T.PT", package: "C.T", class: "PT", framework: testng, execution: "desktop-chrome" }
  ],
  [
    "testng/trrparser__multiple-suites-retries.xml",
    { title: "GU", suite: "C.T.ST", package: "C.T", class: "ST", framework: testng, execution: "desktop-chrome" },
    { title: "CB", suite: "C.T.PT", package: "C.T", class: "PT", framework: testng, execution: "mobile-andoid" }
  ],
  [
    "ctrf-json/ctrf__comprehensive.json",
    {
      title: "user can login",
      suite: "Authentication > Login",
      file: "tests/auth/login.test.js",
      package: "tests/auth/login.test.js",
      class: "Authentication > Login",
      framework: "example-runner",
      execution: "chromium"
    },
    {
      title: "admin dashboard loads",
      suite: "Admin > Dashboard",
      file: "tests/admin/dashboard.test.js",
      package: "tests/admin/dashboard.test.js",
      class: "Admin > Dashboard",
      framework: "example-runner",
      execution: "chromium"
    }
  ],
  // The runners' own formats: tests in the order they end (go test -json), the package split into namespace and group.
  [
    "go-test-json/dorny__golang-json.json",
    {
      title: "TestPassing",
      suite: "_/home/james_t/git/test-reporter/reports/go",
      package: "_/home/james_t/git/test-reporter/reports",
      class: "go",
      framework: "Go testing"
    },
    {
      title: "TestCases",
      suite: "_/home/james_t/git/test-reporter/reports/go",
      package: "_/home/james_t/git/test-reporter/reports",
      class: "go",
      framework: "Go testing"
    }
  ],
  [
    "go-test-json/gojunitreport__103-subtests.gojson.txt",
    {
      title: "TestMultiple/Empty_string",
      suite: "package/name/subtest",
      package: "package/name",
      class: "subtest",
      framework: "Go testing"
    },
    {
      title: "TestMultiple",
      suite: "package/name/subtest",
      package: "package/name",
      class: "subtest",
      framework: "Go testing"
    }
  ],
  [
    // The first test is in no named group (its file is its group); the last in group "Test 2", its own name without it.
    "dart-json/dorny__dart-json.json",
    {
      title: "Timeout test",
      suite: "second_test.dart",
      file: "test/second_test.dart",
      package: "test",
      class: "second_test.dart",
      framework: "Dart test"
    },
    {
      title: "Exception in test",
      suite: "Test 2",
      file: "test/main_test.dart",
      package: "test/main_test.dart",
      class: "Test 2",
      framework: "Dart test"
    }
  ],
  // TAP names no framework, and top-level points belong to no group.
  ["tap/tap2junit__test-bailout.tap", { title: "/MyTest/1" }, { title: "/MyTest/3" }],
  [
    "tap/tap2junit__test-nested.tap",
    { title: "top level 1", suite: "parent", class: "parent" },
    { title: "top level 4", suite: "parent", class: "parent" }
  ],
  [
    // One point: the TAP in its YAML block is its stack, not tests.
    "tap/tap2junit__yaml-block.tap",
    { title: "message/test_runner_describe_it" },
    { title: "message/test_runner_describe_it" }
  ],
  [
    // Mocha's json reporter wrote absolute Windows paths: kept as written (they are under no root here). The first test
    // is in no suite (its file is its group), the last in suite "Test 2".
    "mocha-json/dorny__mocha-json.json",
    {
      title: "Timeout test",
      suite: "second.test.js",
      file: "C:\\Users\\Michal\\Workspace\\dorny\\test-reporter\\reports\\mocha\\test\\second.test.js",
      package: "C:\\Users\\Michal\\Workspace\\dorny\\test-reporter\\reports\\mocha\\test",
      class: "second.test.js",
      framework: "Mocha"
    },
    {
      title: "Exception in test",
      suite: "Test 2",
      file: "C:\\Users\\Michal\\Workspace\\dorny\\test-reporter\\reports\\mocha\\test\\main.test.js",
      class: "Test 2",
      framework: "Mocha"
    }
  ],
  [
    // RSpec joins its example groups with spaces: the part of full_description before the description is one group.
    "rspec-json/dorny__rspec-json.json",
    {
      title: "logs success message",
      suite: "CheckEnvVars#call when all env vars are defined behaves like success load",
      file: "spec/config/check_env_vars_spec.rb",
      package: "spec/config/check_env_vars_spec.rb",
      class: "CheckEnvVars#call when all env vars are defined behaves like success load",
      framework: "RSpec"
    },
    {
      title: "skips the test",
      suite: "CheckEnvVars#call when all env vars are defined behaves like success load",
      file: "spec/config/check_env_vars_spec.rb",
      package: "spec/config/check_env_vars_spec.rb",
      class: "CheckEnvVars#call when all env vars are defined behaves like success load",
      framework: "RSpec"
    }
  ],
  [
    "robot-xml/trcli__robotframework_simple_RF70.xml",
    {
      title: "Subtest 1a",
      suite: "Subtests 1",
      file: "rf/tests-basic/sub-tests/subtests 1.robot",
      package: "Sub-Tests",
      class: "Subtests 1",
      framework: "Robot Framework"
    },
    {
      title: "Subtest 2b",
      suite: "Subtests 2",
      file: "rf/tests-basic/sub-tests/subtests 2.robot",
      package: "Sub-Tests",
      class: "Subtests 2",
      framework: "Robot Framework"
    }
  ]
]

/**
 * The Allure results of the corpus, each file read on its own (recognised by its content) and the directory as one
 * input: a result is one test, its class the group (the `testClass` label), its parameters the execution.
 */
const ALLURE: ReadonlyArray<readonly [string, Seen]> = [
  [
    "allure-results/allure2__attachments-01-result.json",
    {
      title: "attachmentsInStep",
      suite: "test.labels.module_severity_test",
      package: "test.labels",
      class: "module_severity_test"
    }
  ],
  [
    "allure-results/allure2__demo-status-broken-result.json",
    {
      title: "Background sync resumes after service restart",
      suite: "io.qameta.allure.platform.ReleaseReadinessTest",
      package: "io.qameta.allure.platform",
      class: "ReleaseReadinessTest",
      framework: "JUnit",
      execution: "cluster=demo-eu-1"
    }
  ]
]

describe.skipIf(sharedDir() === undefined)("Allure corpus through both emulators", () => {
  for (const [path, want] of ALLURE) {
    it.live(path, () =>
      Effect.gen(function*() {
        const records = yield* read(path, readFileSync(corpus(path)))
        const d = yield* deliver(records)
        expect(d.tests).toBe(1)
        expect(d.delivered).toEqual({ testomat: 1, octane: 1 })
        expect(inTestomat(d, want.title), "Testomat.io").toEqual([forTestomat(want)])
        expect(inOctane(d, want.title), "Octane").toEqual([forOctane(want)])
      }), 120_000)
  }
})

describe.skipIf(sharedDir() === undefined)("corpus through both emulators", () => {
  it("needs ../shared", () => expect(sharedDir(), SKIP_MESSAGE).toBeDefined())
  for (const [path, first, last] of TABLE) {
    it.live(path, () =>
      Effect.gen(function*() {
        const records = yield* read(path, readFileSync(corpus(path)))
        const d = yield* deliver(records)
        expect(d.delivered).toEqual({ testomat: d.tests, octane: d.tests })
        for (const want of [first, last]) {
          expect(inTestomat(d, want.title), "Testomat.io").toContainEqual(forTestomat(want))
          expect(inOctane(d, want.title), "Octane").toContainEqual(forOctane(want))
        }
      }), 120_000)
  }
})

/** Cucumber JSON: a scenario (an outline's row) is a test of its feature, and reaches ALM Octane in the feature's run. */
const GHERKIN: ReadonlyArray<
  readonly [
    string,
    ReadonlyArray<
      { readonly title: string; readonly feature: string; readonly file: string; readonly execution?: string }
    >
  ]
> = [
  [
    "cucumber-json/captain__before_fail.json",
    [{ title: "With a failing before hook", feature: "Rule Sample", file: "features/rule.feature" }]
  ],
  [
    "cucumber-json/trcli__sample_cucumber_advanced.json",
    [
      // An outline's first row: its title has no placeholder, so its values tell it from the other rows.
      {
        title: "Add items to cart",
        feature: "Shopping Cart",
        file: "features/shopping_cart.feature",
        execution: "quantity=1, product=Laptop, price=$1000"
      },
      // The last scenario stands in a rule.
      { title: "Valid credit card payment", feature: "Payment Processing", file: "features/payment.feature" }
    ]
  ],
  [
    "cucumber-json/trrparser__test-with-skipped-steps.json",
    [{ title: "Addition of two numbers", feature: "Addition", file: "features/sample.feature" }]
  ]
]

describe.skipIf(sharedDir() === undefined)("Cucumber corpus through both emulators", () => {
  for (const [path, scenarios] of GHERKIN) {
    it.live(path, () =>
      Effect.gen(function*() {
        const records = yield* read(path, readFileSync(corpus(path)))
        const d = yield* deliver(records)
        expect(d.delivered).toEqual({ testomat: d.tests, octane: d.tests })
        for (const want of scenarios) {
          expect(inTestomat(d, want.title), "Testomat.io").toContainEqual({
            title: want.title,
            suite: want.feature,
            file: want.file,
            ...(want.execution === undefined ? {} : { execution: want.execution })
          })
          const run = d.octaneGherkin.find((r) => r.feature["name"] === want.feature)
          expect(run?.feature["path"], "Octane").toBe(want.file)
          expect(run?.scenarios.map((s) => s.attributes["name"])).toContain(want.title)
        }
      }), 120_000)
  }
})
