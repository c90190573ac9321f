/**
 * Hostile inputs, generated rather than committed: a report whose one token (an attribute value, a name, a comment, a
 * JSON string, …) is as long as asked, between a test before it and a test after it. A reader must read them in
 * bounded memory, keep the test before, and say what it did with the rest.
 */
import { closeSync, openSync, writeSync } from "node:fs"

/** One hostile file: what comes before the long token, the token repeated piece by piece, what comes after. */
export interface Recipe {
  readonly format: "junit" | "ctrf" | "cucumber" | "ndjson" | "playwright" | "mocha-json" | "jest-json" | "rspec-json"
  readonly before: string
  /** The `i`-th piece of the long token. */
  readonly piece: (i: number) => string
  readonly after: string
  /** Whether the test after the token can be read (it cannot after a name longer than any real one). */
  readonly afterKept: boolean
}

const XML = `<?xml version="1.0" encoding="UTF-8"?>\n`
const SUITE = `<testsuite name="hostile" tests="3">\n<testcase classname="c" name="before"/>\n`
const END_SUITE = `\n<testcase classname="c" name="after"/>\n</testsuite>\n`
const X = (_: number) => "x".repeat(1024)

const xml = (before: string, piece: (i: number) => string, after: string, afterKept = true): Recipe => ({
  format: "junit",
  before: XML + SUITE + before,
  piece,
  after: after + END_SUITE,
  afterKept
})

const ctrfTest = (name: string, rest = "") => `{"name":"${name}","status":"passed","duration":1${rest}}`
const ctrf = (before: string, after: string): Recipe => ({
  format: "ctrf",
  before: `{"results":{"tool":{"name":"hostile"},"tests":[${ctrfTest("before")},${before}`,
  piece: X,
  after: `${after},${ctrfTest("after")}]}}\n`,
  afterKept: true
})

const playwrightSpec = (title: string, result: string) =>
  `{"title":"${title}","tags":[],"file":"h.spec.ts","line":1,"tests":[{"projectName":"chromium",` +
  `"expectedStatus":"passed","status":"${
    result.includes("failed") ? "unexpected" : "expected"
  }","results":[${result}]}]}`
const playwrightPassed = `{"status":"passed","retry":0,"duration":1}`
const playwright = (result: string, after: string): Recipe => ({
  format: "playwright",
  before: `{"config":{"version":"1.49.1"},"suites":[{"title":"h.spec.ts","file":"h.spec.ts","specs":[` +
    `${playwrightSpec("before", playwrightPassed)},{"title":"long","tags":[],"file":"h.spec.ts","line":2,"tests":[{` +
    `"projectName":"chromium","expectedStatus":"passed","status":"unexpected","results":[${result}`,
  piece: X,
  after: `${after}]}]},${playwrightSpec("after", playwrightPassed)}]}],"errors":[]}\n`,
  afterKept: true
})

const passedStep = `{"keyword":"Given ","name":"a step","line":4,"result":{"status":"passed","duration":1000}}`
const scenario = (name: string, steps: string) =>
  `{"type":"scenario","keyword":"Scenario","name":"${name}","id":"hostile;${name}","line":3,"steps":[${steps}]}`
const cucumber = (step: string, after: string): Recipe => ({
  format: "cucumber",
  before: `[{"uri":"features/hostile.feature","keyword":"Feature","name":"hostile","line":1,"elements":[` +
    `${scenario("before", passedStep)},{"type":"scenario","keyword":"Scenario","name":"long","id":"hostile;long",` +
    `"line":3,"steps":[${step}`,
  piece: X,
  after: `${after}]},${scenario("after", passedStep)}]}]\n`,
  afterKept: true
})

const ndjsonTest = (title: string, rest = "") =>
  `{"type":"test","id":"${title}","source":"h.xml","title":"${title}","suite":[],"status":"passed"${rest}}`
const ndjson = (before: string, after: string): Recipe => ({
  format: "ndjson",
  before: `{"type":"run","schemaVersion":1,"tool":{"name":"hostile","version":"1"},"sources":["h.xml"]}\n` +
    `{"type":"source","path":"h.xml","format":"junit"}\n${ndjsonTest("before")}\n${before}`,
  piece: X,
  after: `${after}\n${ndjsonTest("after")}\n` +
    `{"type":"end","tests":3,"passed":3,"failed":0,"skipped":0,"errors":0,"warnings":0,"truncations":0,` +
    `"sources":[{"path":"h.xml","format":"junit","status":"ok","tests":3,"passed":3,"failed":0,"skipped":0}]}\n`,
  afterKept: true
})

/** A test's object, open: its last fields and the closing brace follow. */
const mochaTest = (title: string) =>
  `{"title":"${title}","fullTitle":"hostile ${title}","file":"test/h.js","duration":1,"currentRetry":0,`
const jestTest = (title: string) =>
  `{"ancestorTitles":["hostile"],"duration":1,"fullName":"hostile ${title}","title":"${title}",`
const rspecExample = (title: string) =>
  `{"id":"./spec/h_spec.rb[1:1]","description":"${title}","full_description":"hostile ${title}",` +
  `"file_path":"./spec/h_spec.rb","line_number":1,"run_time":0.1,`
const mochaPassed = (title: string) => `${mochaTest(title)}"speed":"fast","err":{}}`
const jestPassed = (title: string) => `${jestTest(title)}"status":"passed","failureMessages":[]}`
const rspecPassed = (title: string) => `${rspecExample(title)}"status":"passed"}`
/** A Jest file result of ten passing tests, named after its place. */
const jestFile = (i: number) =>
  `{"assertionResults":[${Array.from({ length: 10 }, (_, k) => jestPassed(`t${i}.${k}`)).join(",")}],` +
  `"name":"/ci/app/src/f${i}.test.ts","startTime":1,"status":"passed","message":""},`

/**
 * Every hostile file, by name.
 *
 * @category hostile
 */
export const HOSTILE = {
  "xml-attribute-value": xml(`<testcase classname="c" name="long"><failure message="`, X, `"/></testcase>`),
  "xml-comment": xml(`<!--`, X, `-->`),
  "xml-processing-instruction": xml(`<?pi `, X, `?>`),
  "xml-cdata": xml(`<testcase classname="c" name="long"><system-out><![CDATA[`, X, `]]></system-out></testcase>`),
  "xml-doctype": {
    format: "junit",
    before: `${XML}<!DOCTYPE testsuite [`,
    piece: X,
    after: `]>\n${SUITE}${END_SUITE}`,
    afterKept: true
  },
  "xml-element-name": xml(`<testcase classname="c" name="long"><`, X, `/></testcase>`, false),
  "xml-attribute-name": xml(`<testcase classname="c" name="long" `, X, `="1"/>`, false),
  "xml-attributes": xml(
    `<testcase classname="c" name="long"`,
    (i) => Array.from({ length: 64 }, (_, k) => ` a${i * 64 + k}="1"`).join(""),
    `/>`
  ),
  "ctrf-message": ctrf(`{"name":"long","status":"failed","duration":1,"message":"`, `"}`),
  "ctrf-title": ctrf(`{"name":"`, `","status":"passed","duration":1}`),
  "playwright-error": playwright(`{"status":"failed","retry":0,"duration":1,"errors":[{"message":"`, `"}]}`),
  "playwright-attachment-body": playwright(
    `{"status":"failed","retry":0,"duration":1,"errors":[{"message":"no"}],"attachments":[{"name":"shot",` +
      `"contentType":"image/png","body":"`,
    `"}]}`
  ),
  "cucumber-error": cucumber(
    `{"keyword":"Given ","name":"it fails","line":4,"result":{"status":"failed","duration":1000,"error_message":"`,
    `"}}`
  ),
  "cucumber-embedding": cucumber(
    `{"keyword":"Given ","name":"a screenshot","line":4,"result":{"status":"passed","duration":1000},` +
      `"embeddings":[{"mime_type":"image/png","data":"`,
    `"}]}`
  ),
  "ndjson-message": ndjson(
    `{"type":"test","id":"long","source":"h.xml","title":"long","suite":[],"status":"failed",` +
      `"failures":[{"kind":"failure","message":"`,
    `"}]}`
  ),
  "mocha-json-error": {
    format: "mocha-json",
    before: `{"stats":{"tests":3},"tests":[${mochaPassed("before")},${mochaTest("long")}"err":{"message":"`,
    piece: X,
    after: `"}},${mochaPassed("after")}]}\n`,
    afterKept: true
  },
  "jest-json-failure": {
    format: "jest-json",
    before: `{"numFailedTestSuites":1,"numTotalTests":3,"testResults":[{"assertionResults":[${jestPassed("before")},` +
      `${jestTest("long")}"status":"failed","failureMessages":["`,
    piece: X,
    after: `"]},${jestPassed("after")}],"name":"/ci/app/h.test.js","status":"failed","message":""}]}\n`,
    afterKept: true
  },
  // Many small files rather than one long token: a report of any size is read in the memory of one file.
  "jest-json-many-files": {
    format: "jest-json",
    before: `{"numFailedTestSuites":0,"testResults":[`,
    piece: jestFile,
    after: `{"assertionResults":[${jestPassed("after")}],"name":"/ci/app/last.test.ts","status":"passed"}]}\n`,
    afterKept: true
  },
  "rspec-json-backtrace": {
    format: "rspec-json",
    before: `{"version":"3.13.0","examples":[${rspecPassed("before")},${rspecExample("long")}` +
      `"status":"failed","exception":{"class":"RuntimeError","message":"boom","backtrace":["`,
    piece: X,
    after: `"]}},${rspecPassed("after")}],"summary":{"example_count":3,"failure_count":1}}\n`,
    afterKept: true
  },
  "ndjson-title": ndjson(
    `{"type":"test","id":"long","source":"h.xml","title":"`,
    `","suite":[],"status":"passed"}`
  )
} satisfies Record<string, Recipe>

/**
 * @category hostile
 */
export type HostileName = keyof typeof HOSTILE

/**
 * Writes the hostile file `name` to `path`, its long token about `bytes` long, a megabyte at a time.
 *
 * @category hostile
 */
export const writeHostile = (path: string, name: HostileName, bytes: number): Recipe => {
  const recipe: Recipe = HOSTILE[name]
  const fd = openSync(path, "w")
  try {
    writeSync(fd, recipe.before)
    let written = 0
    for (let i = 0; written < bytes;) {
      const pieces: Array<string> = []
      for (let size = 0; size < 1024 * 1024 && written + size < bytes; i++) {
        const piece = recipe.piece(i)
        pieces.push(piece)
        size += piece.length
      }
      const block = pieces.join("")
      writeSync(fd, block)
      written += block.length
    }
    writeSync(fd, recipe.after)
  } finally {
    closeSync(fd)
  }
  return recipe
}
