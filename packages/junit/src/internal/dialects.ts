/**
 * The dialects of JUnit XML: how to recognise who wrote a report, and how each one's tests map to canonical fields
 * the way a user of that runner thinks of them.
 */
import type * as Canonical from "@tr/core/Canonical"
import * as Group from "@tr/core/Group"
import * as Parameters from "@tr/xml/Parameters"

type Attrs = { readonly [name: string]: string }

/** What is known when the first test case opens. */
export interface Signals {
  readonly root: { readonly name: string; readonly attrs: Attrs }
  /** Enclosing suites of the first test case, outermost first. */
  readonly suites: ReadonlyArray<{ readonly attrs: Attrs; readonly properties: ReadonlyArray<string> }>
  /** Every suite opened so far, closed ones included, in document order. */
  readonly seen: ReadonlyArray<Attrs>
  readonly testcase: Attrs
}

/** A test being built, before it is emitted. */
export interface Draft {
  title: string
  suite: Array<string>
  className: string | undefined
  file: string | undefined
  line: number | undefined
  parameters: Array<Canonical.Parameter> | undefined
  /** What the runner's users see the test under, and where that lives (see `Canonical.TestCase`). */
  group: string | undefined
  namespace: string | undefined
  execution: string | undefined
}

/** What a test's enclosing suites say, for mappings that need it. */
export interface Context {
  readonly testcase: Attrs
  /** Enclosing suites' attributes, outermost first (the `<testsuites>` root excluded). */
  readonly suites: ReadonlyArray<Attrs>
  /** The `file` of the nearest enclosing suite that has one. */
  readonly suiteFile: string | undefined
  /** The `file` of the last suite that had one, enclosing or not (mocha-junit-reporter writes it on a sibling). */
  readonly lastSuiteFile: string | undefined
}

export interface Dialect {
  readonly name: string
  readonly label: string
  /** The test framework and the tool that wrote the report, as Octane's `Framework` and `Testing_Tool_Type` name them. */
  readonly framework?: string
  readonly tool?: string
  readonly detect: (s: Signals) => boolean
  readonly refine?: (draft: Draft, context: Context) => void
}

const JAVA_CLASS = /^[a-z_][\w]*(\.[a-z_][\w]*)*\.[A-Z][\w$]*$/

const lastSuite = (s: Signals) => s.suites.at(-1)?.attrs ?? {}
const anyProperty = (s: Signals, test: (name: string) => boolean) => s.suites.some((x) => x.properties.some(test))
const anySuite = (s: Signals, test: (attrs: Attrs) => boolean) => s.suites.some((x) => test(x.attrs))
const nearest = (c: Context, attr: string) => [...c.suites].reverse().find((a) => a[attr] !== undefined)?.[attr]
const looksLikePath = (v: string | undefined) =>
  v !== undefined && /[/\\]|\.(m?[jt]sx?|cjs|py|php|rb|go|rs|cs)$/.test(v)

/**
 * A JavaScript runner's grouping: the describe path when there is one (in its spec file), else the spec file (in its
 * folder).
 */
const describeOrFile = (d: Draft, describes: ReadonlyArray<string>, separator: string): void => {
  if (describes.length > 0) {
    d.group = describes.join(separator)
    d.namespace = d.file
  } else if (d.file !== undefined) {
    const { group, namespace } = Group.fromFile(d.file)
    d.group = group
    d.namespace = namespace
  }
}

/**
 * A title that holds the describe path before the test's own title (`Login › signs in`): the own title becomes the
 * title, the path the group.
 */
const splitTitle = (d: Draft, separator: string): Array<string> => {
  const parts = d.title.split(separator)
  if (parts.length < 2 || parts.some((p) => p.trim() === "")) return []
  d.title = parts.pop()!
  return parts
}

/** A name that is the group as its users know it, never split (a Go package path, a Rust module path, a binary). */
const groupAsWritten = (d: Draft): void => {
  if (d.className !== undefined && d.className !== "") d.group = d.className
}

/**
 * pytest's `classname` is the module's dotted path, then the class (and nested classes): the group is the class, else
 * the module; the module's path is the file, where the report does not say it.
 */
const pytestGroup = (d: Draft): void => {
  const parts = d.className?.split(".").filter((p) => p !== "") ?? []
  if (parts.length === 0) {
    // No class name: the module is the file's.
    if (d.file !== undefined) {
      const { group, namespace } = Group.fromFile(d.file)
      d.group = group.replace(/\.py$/, "")
      d.namespace = namespace
    }
    return
  }
  const firstClass = parts.findIndex((p, i) => i > 0 && /^[A-Z]/.test(p))
  const module = firstClass < 0 ? parts : parts.slice(0, firstClass)
  if (firstClass < 0) {
    d.group = module.at(-1)!
    if (module.length > 1) d.namespace = module.slice(0, -1).join(".")
  } else {
    d.group = parts.slice(firstClass).join(".")
    d.namespace = module.join(".")
  }
  if (d.file === undefined && !d.className!.includes("/")) d.file = `${module.join("/")}.py`
}

const withParameters = (extract: (title: string) => Array<Canonical.Parameter> | undefined) => (d: Draft) => {
  d.parameters ??= extract(d.title)
}

/** Dialects in the order they are tried; the generic one matches everything. */
export const DIALECTS: ReadonlyArray<Dialect> = [
  {
    name: "nextest",
    label: "cargo-nextest",
    framework: "Rust test",
    tool: "cargo-nextest",
    detect: (s) => s.root.attrs["name"] === "nextest-run" || s.root.attrs["uuid"] !== undefined,
    refine: groupAsWritten
  },
  {
    name: "surefire",
    label: "Maven Surefire / Failsafe",
    framework: "JUnit",
    tool: "Maven Surefire",
    detect: (s) =>
      [s.root.attrs, ...s.suites.map((x) => x.attrs)].some((a) =>
        /surefire|failsafe/.test(a["xsi:noNamespaceSchemaLocation"] ?? "")
      ) ||
      anyProperty(s, (p) => p.startsWith("surefire.") || p === "maven.home"),
    refine: withParameters(Parameters.fromBrackets)
  },
  {
    name: "jest",
    label: "Jest (jest-junit)",
    framework: "Jest",
    tool: "jest-junit",
    detect: (s) => s.root.attrs["name"] === "jest tests",
    refine: (d, c) => {
      // The suite is the test file; the class name holds the describe blocks (when the templates keep them apart).
      const file = c.suites.at(-1)?.["name"]
      if (d.file === undefined && looksLikePath(file)) d.file = file
      const describes = d.className !== undefined && d.className !== "" && d.className !== d.title &&
          !d.className.endsWith(` ${d.title}`)
        ? d.className.split(/ › | > /)
        : []
      d.suite = [...d.suite, ...describes]
      describeOrFile(d, describes, " › ")
    }
  },
  {
    name: "vitest",
    label: "Vitest",
    framework: "Vitest",
    tool: "Vitest",
    detect: (s) => s.root.attrs["name"] === "vitest tests",
    refine: (d) => {
      if (d.file === undefined && looksLikePath(d.className)) d.file = d.className
      describeOrFile(d, splitTitle(d, " > "), " > ")
    }
  },
  {
    name: "googletest",
    label: "GoogleTest",
    framework: "GoogleTest",
    tool: "GoogleTest",
    detect: (s) =>
      s.root.attrs["name"] === "AllTests" || s.testcase["result"] !== undefined ||
      s.testcase["value_param"] !== undefined,
    refine: (d, c) => {
      const value = c.testcase["value_param"]
      const type = c.testcase["type_param"]
      const parameters = [
        ...(value === undefined ? [] : [{ value }]),
        ...(type === undefined ? [] : [{ name: "type", value: type }])
      ]
      if (parameters.length > 0) d.parameters = parameters
      // The test suite as written (`Money/ParseTest`): an instantiation's prefix is no folder.
      groupAsWritten(d)
    }
  },
  {
    name: "cypress",
    label: "Cypress (mocha-junit-reporter)",
    framework: "Cypress",
    tool: "Cypress",
    detect: (s) =>
      (s.root.attrs["name"] === "Mocha Tests" || s.seen.some((a) => a["name"] === "Root Suite")) &&
      s.seen.some((a) => /(^|\/)cypress\/|\.cy\.[jt]sx?$/.test(a["file"] ?? "")),
    refine: (d, c) => mochaRefine(d, c)
  },
  {
    name: "mocha",
    label: "Mocha (mocha-junit-reporter)",
    framework: "Mocha",
    tool: "mocha-junit-reporter",
    detect: (s) => s.root.attrs["name"] === "Mocha Tests" || s.seen.some((a) => a["name"] === "Root Suite"),
    refine: (d, c) => mochaRefine(d, c)
  },
  {
    name: "playwright",
    label: "Playwright",
    framework: "Playwright",
    tool: "Playwright",
    detect: (s) =>
      s.root.name === "testsuites" && s.root.attrs["id"] !== undefined && lastSuite(s)["hostname"] !== undefined &&
      s.testcase["classname"] === lastSuite(s)["name"],
    refine: (d, c) => {
      if (d.file === undefined && looksLikePath(d.className)) d.file = d.className
      describeOrFile(d, splitTitle(d, " › "), " › ")
      // The project (browser) a test ran in tells its executions apart; it is no part of the test's identity.
      const project = nearest(c, "hostname")
      if (project !== undefined && project !== "") d.execution = project
    }
  },
  {
    name: "go",
    label: "go-junit-report",
    framework: "Go testing",
    tool: "go-junit-report",
    detect: (s) => anyProperty(s, (p) => p === "go.version") && lastSuite(s)["id"] !== undefined,
    refine: groupAsWritten
  },
  {
    name: "gotestsum",
    label: "gotestsum",
    framework: "Go testing",
    tool: "gotestsum",
    detect: (s) => anyProperty(s, (p) => p === "go.version"),
    refine: groupAsWritten
  },
  {
    name: "phpunit",
    label: "PHPUnit",
    framework: "PHPUnit",
    tool: "PHPUnit",
    detect: (s) =>
      anySuite(s, (a) => /^\d+$/.test(a["assertions"] ?? "")) ||
      (s.testcase["class"] !== undefined && /^\d+$/.test(s.testcase["assertions"] ?? "")),
    refine: withParameters(Parameters.fromDataSet)
  },
  {
    name: "bazel",
    label: "Bazel",
    framework: "Bazel",
    tool: "Bazel",
    detect: (s) =>
      (s.testcase["duration"] !== undefined && s.testcase["status"] === "run") ||
      anySuite(s, (a) => (a["name"] ?? "").startsWith("//"))
  },
  {
    name: "catch2",
    label: "Catch2",
    framework: "Catch2",
    tool: "Catch2",
    detect: (s) => anyProperty(s, (p) => p === "random-seed" || p === "filters") && lastSuite(s)["hostname"] === "tbd",
    refine: groupAsWritten
  },
  {
    name: "pytest",
    label: "pytest",
    framework: "pytest",
    tool: "pytest",
    detect: (s) => anySuite(s, (a) => a["name"] === "pytest") || /\.py$/.test(s.testcase["file"] ?? ""),
    refine: (d) => {
      withParameters(Parameters.fromBrackets)(d)
      pytestGroup(d)
    }
  },
  {
    name: "dotnet",
    label: ".NET JUnit logger",
    framework: ".NET",
    tool: "JUnit logger",
    detect: (s) => anySuite(s, (a) => /\.dll$/i.test(a["package"] ?? a["name"] ?? "")),
    refine: withParameters(Parameters.fromParentheses)
  },
  {
    name: "ctest",
    label: "CTest",
    framework: "CTest",
    tool: "CTest",
    detect: (s) =>
      ["run", "fail", "notrun", "disabled"].includes(s.testcase["status"] ?? "") &&
      s.testcase["classname"] === s.testcase["name"],
    // CTest names each test's class after the test itself: the suite (the project) is the group.
    refine: (d) => {
      if (d.suite.length > 0) d.group = d.suite.at(-1)
    }
  },
  {
    name: "robot",
    label: "Robot Framework",
    framework: "Robot Framework",
    tool: "Robot Framework",
    detect: (s) => {
      const path = s.suites.map((x) => x.attrs["name"] ?? "")
      return path.length >= 2 && s.testcase["classname"] === path.join(".")
    }
  },
  {
    name: "gradle",
    label: "Gradle",
    framework: "JUnit",
    tool: "Gradle",
    detect: (s) =>
      s.root.name === "testsuite" && s.suites.length === 1 && lastSuite(s)["hostname"] !== undefined &&
      lastSuite(s)["timestamp"] !== undefined && s.suites[0]!.properties.length === 0 &&
      /^[\w$]+(\.[\w$]+)+$/.test(s.testcase["classname"] ?? ""),
    refine: withParameters(Parameters.fromBrackets)
  },
  {
    name: "surefire",
    label: "Maven Surefire / Failsafe",
    framework: "JUnit",
    tool: "Maven Surefire",
    // Java system properties without the schema location: an older Surefire, or a tool that copies its format.
    detect: (s) => anyProperty(s, (p) => p === "java.version" || p === "java.vendor"),
    refine: withParameters(Parameters.fromBrackets)
  },
  {
    name: "surefire",
    label: "Maven Surefire / Failsafe",
    framework: "JUnit",
    tool: "Maven Surefire",
    // Surefire names each suite after the test class, and writes no host name.
    detect: (s) =>
      JAVA_CLASS.test(lastSuite(s)["name"] ?? "") && s.testcase["classname"] === lastSuite(s)["name"] &&
      lastSuite(s)["hostname"] === undefined,
    refine: withParameters(Parameters.fromBrackets)
  },
  {
    name: "generic",
    label: "any other JUnit XML",
    detect: () => true,
    refine: withParameters(Parameters.fromBrackets)
  }
]

function mochaRefine(d: Draft, c: Context): void {
  // mocha-junit-reporter writes the full title as the name and the test's own title as the class name; other
  // reporters write the describe block as the class name.
  const named = d.className !== undefined && d.className !== "" && d.title !== d.className
  const swapped = named && d.title.endsWith(` ${d.className}`)
  if (swapped) d.title = d.className!
  d.suite = d.suite.filter((s) => s !== "Root Suite")
  if (d.file === undefined) d.file = c.suiteFile ?? c.lastSuiteFile
  // Each describe block is a suite of its own: the innermost is the test's group (or the class name, where that is the
  // describe block), in its spec file.
  describeOrFile(d, named && !swapped ? [d.className!] : d.suite.slice(-1), "")
}

/** Dialect names, for `--dialect` and the docs. */
export const NAMES: ReadonlyArray<string> = [...new Set(DIALECTS.map((d) => d.name))]

export const byName = (name: string): Dialect | undefined => DIALECTS.find((d) => d.name === name)

export const detect = (signals: Signals): Dialect => DIALECTS.find((d) => d.detect(signals))!
