import { createRequire as __trRequire } from 'node:module'; const require = __trRequire(import.meta.url);
import {
  BoundedText,
  derive,
  encodePieces
} from "./chunk-2GPE6UFW.js";

// ../core/dist/XmlEscape.js
var FORBIDDEN = (
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
);
var MAYBE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
var clean = (value) => MAYBE_FORBIDDEN.test(value) ? value.replace(FORBIDDEN, "\uFFFD") : value;
var REFERENCES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\n": "&#10;",
  "\r": "&#13;",
  "	": "&#9;"
};
var reference = (c) => REFERENCES[c];
var TEXT_SPECIAL = /[&<>]/g;
var ATTRIBUTE_SPECIAL = /[&<>"\n\r\t]/g;
var text = (value) => clean(value).replace(TEXT_SPECIAL, reference);
var attribute = (value) => clean(value).replace(ATTRIBUTE_SPECIAL, reference);
var attributes = (pairs) => {
  let out = "";
  for (const [name, value] of pairs)
    if (value !== void 0)
      out += ` ${name}="${attribute(String(value))}"`;
  return out;
};

// ../octane/dist/OctanePayload.js
var TEST_FIELD_TYPES = ["Test_Level", "Test_Type", "Testing_Tool_Type", "Framework"];
var MAX_TESTS = 1e3;
var identity = (run) => `${run.module ?? ""}\0${run.package ?? ""}\0${run.class ?? ""}\0${run.name}`;
var refs = (container, element, ids) => ids === void 0 || ids.length === 0 ? "" : `<${container}>${ids.map((id) => `<${element}${attributes([["id", id]])}/>`).join("")}</${container}>`;
var links = (l) => {
  if (l === void 0)
    return "";
  let out = "";
  if (l.suite !== void 0) {
    out += `<suite_ref${attributes([["id", l.suite.id], ["external_run_id", l.suite.externalRunId], ["component", l.suite.component]])}/>`;
  }
  if (l.programId !== void 0)
    out += `<program_ref${attributes([["id", l.programId]])}/>`;
  if (l.release !== void 0) {
    out += "id" in l.release ? `<release_ref${attributes([["id", l.release.id]])}/>` : `<release${attributes([["name", l.release.name]])}/>`;
  }
  if (l.milestoneId !== void 0)
    out += `<milestone_ref${attributes([["id", l.milestoneId]])}/>`;
  out += refs("backlog_items", "backlog_item_ref", l.backlogItemIds);
  out += refs("product_areas", "product_area_ref", l.productAreaIds);
  if (l.testFields !== void 0 && l.testFields.length > 0) {
    out += `<test_fields>${l.testFields.map((f) => `<test_field${attributes([["type", f.type], ["value", f.value]])}/>`).join("")}</test_fields>`;
  }
  if (l.environment !== void 0 && l.environment.length > 0) {
    out += `<environment>${l.environment.map((t) => `<taxonomy${attributes([["type", t.type], ["value", t.value]])}/>`).join("")}</environment>`;
  }
  return out;
};
var testRun = (run) => {
  const attrs = attributes([
    ["module", run.module],
    ["package", run.package],
    ["class", run.class],
    ["name", run.name],
    ["run_name", run.runName],
    ["duration", run.duration],
    ["status", run.status],
    ["started", run.started],
    ["external_report_url", run.externalReportUrl],
    ["external_test_id", run.externalTestId],
    ["external_run_id", run.externalRunId]
  ]);
  let body = links(run.links);
  if (run.error !== void 0) {
    body += `<error${attributes([["type", run.error.type], ["message", run.error.message]])}>${text(run.error.stack ?? "")}</error>`;
  }
  if (run.description !== void 0)
    body += `<description>${text(run.description)}</description>`;
  return body === "" ? `<test_run${attrs}/>` : `<test_run${attrs}>${body}</test_run>`;
};
var pieces = function* (context, runs) {
  const b = context.build;
  const build = b === void 0 ? "" : `<build${attributes([
    ["server_id", b.serverId],
    ["job_id", b.jobId],
    ["job_name", b.jobName],
    ["build_id", b.buildId],
    ["build_name", b.buildName],
    ["sub_type", b.subType],
    ["artifact_id", b.artifactId]
  ])}/>`;
  yield `<?xml version="1.0" encoding="UTF-8"?>
<test_result>${build}${links(context)}<test_runs>
`;
  for (const run of runs)
    yield testRun(run) + "\n";
  yield "</test_runs></test_result>\n";
};
var encode = (context, runs) => encodePieces(pieces(context, runs));
var LONG = /^-?\d{1,19}$/;
var problems = (context) => {
  const out = [];
  const string255 = (what, value, min = 1) => {
    if (value !== void 0 && (value.length < min || value.length > 255)) {
      out.push(`${what} must be ${min}\u2013255 characters (it has ${value.length})`);
    }
  };
  const id = (what, value) => {
    if (value !== void 0 && !LONG.test(value))
      out.push(`${what} must be a numeric id, not "${value}"`);
  };
  const b = context.build;
  if (b !== void 0) {
    for (const [what, value] of [["server id", b.serverId], ["job id", b.jobId], ["build id", b.buildId]]) {
      if (value === "")
        out.push(`the build needs a server id, a job id and a build id together; ${what} is missing`);
      else
        string255(what, value);
    }
    string255("job name", b.jobName);
    string255("build name", b.buildName);
    string255("build sub type", b.subType, 0);
    string255("artifact id", b.artifactId, 0);
  }
  id("suite id", context.suite?.id);
  string255("suite external run id", context.suite?.externalRunId, 0);
  string255("suite component", context.suite?.component, 0);
  id("program id", context.programId);
  if (context.release !== void 0) {
    if ("id" in context.release)
      id("release id", context.release.id);
    else
      string255("release name", context.release.name);
  }
  id("milestone id", context.milestoneId);
  for (const item of context.backlogItemIds ?? [])
    id("backlog item id", item);
  for (const area of context.productAreaIds ?? [])
    id("product area id", area);
  for (const field of context.testFields ?? []) {
    if (!TEST_FIELD_TYPES.includes(field.type)) {
      out.push(`test field type "${field.type}" is not one of ${TEST_FIELD_TYPES.join(", ")}`);
    }
    string255(`test field ${field.type}`, field.value);
  }
  for (const taxonomy of context.environment ?? []) {
    string255("environment type", taxonomy.type);
    string255(`environment ${taxonomy.type}`, taxonomy.value);
  }
  return out;
};

// ../octane/dist/OctaneRun.js
var defaultRunOptions = {
  propertyPrefix: "octane.",
  maxStack: 64 * 1024,
  maxDescription: 16 * 1024
};
var UNNAMED = "(unnamed test)";
var MAX_LENGTH = 255;
var shorten = (value) => {
  if (value.length <= MAX_LENGTH)
    return value;
  let head = value.slice(0, MAX_LENGTH - 9);
  if (/[\ud800-\udbff]$/.test(head))
    head = head.slice(0, -1);
  return `${head}\u2026${derive([value]).slice(0, 8)}`;
};
var STATUS = {
  passed: "Passed",
  failed: "Failed",
  skipped: "Skipped"
};
var isUrl = (value) => {
  if (value.length < 6 || value.length > 512)
    return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
};
var epochMillis = (timestamp) => {
  if (timestamp === void 0)
    return void 0;
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(timestamp) ? timestamp : `${timestamp}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? void 0 : ms;
};
var bounded = (text2, cap) => {
  const out = new BoundedText(cap);
  out.append(text2);
  return out.value();
};
var LONG2 = /^-?\d{1,19}$/;
var NO_PROPERTIES = /* @__PURE__ */ new Map();
var NONE = [];
var fitted = (shortened, field, value) => {
  const short = shorten(value);
  if (short !== value)
    shortened.push(field);
  return short;
};
var prefixed = (test, prefix) => {
  let props;
  for (const p of test.properties ?? []) {
    if (!p.name.startsWith(prefix))
      continue;
    props ??= /* @__PURE__ */ new Map();
    const key = p.name.slice(prefix.length);
    props.set(key, [...props.get(key) ?? [], ...p.value.split(",").map((v) => v.trim()).filter((v) => v !== "")]);
  }
  return props ?? NO_PROPERTIES;
};
var dialectFieldsCache = /* @__PURE__ */ new WeakMap();
var stackOf = (test) => [
  ...(test.failures ?? []).map((f) => f.stack ?? [f.type, f.message].filter((x) => x !== void 0).join(": ")),
  ...(test.attempts ?? []).map((a, i) => `--- attempt ${i + 1} (${a.kind}) ---
${a.stack ?? a.message ?? ""}`)
].filter((s) => s !== "").join("\n\n");
var descriptionOf = (test) => {
  const failedOutput = test.status === "failed" && (test.stdout !== void 0 || test.stderr !== void 0);
  if (test.skip === void 0 && test.disabled !== true && test.flaky !== true && !failedOutput)
    return "";
  return [
    test.skip?.message ?? test.skip?.text,
    test.disabled ? "disabled" : void 0,
    test.flaky ? `flaky: passed after ${test.attempts?.length ?? 0} failed attempt(s)` : void 0,
    test.status === "failed" && test.stdout !== void 0 ? `--- stdout ---
${test.stdout}` : void 0,
    test.status === "failed" && test.stderr !== void 0 ? `--- stderr ---
${test.stderr}` : void 0
  ].filter((s) => s !== void 0 && s !== "").join("\n\n");
};
var testFieldsOf = (options, dialect, own) => {
  const build = () => {
    const fields = /* @__PURE__ */ new Map();
    for (const field of options.globalTestFields ?? [])
      fields.set(field.type, field.value);
    const derived = dialect === void 0 ? void 0 : DIALECT_FIELDS[dialect];
    let perTestFields = false;
    if (derived !== void 0) {
      if (!fields.has("Framework")) {
        fields.set("Framework", derived.framework);
        perTestFields = true;
      }
      if (!fields.has("Testing_Tool_Type")) {
        fields.set("Testing_Tool_Type", derived.tool);
        perTestFields = true;
      }
    }
    for (const [type, value] of own) {
      fields.set(type, value);
      perTestFields = true;
    }
    if (!perTestFields)
      return { testFields: void 0, shortened: NONE };
    const shortened = [];
    const testFields = [...fields].map(([type, value]) => ({
      type,
      value: fitted(shortened, `test field ${type}`, value)
    }));
    return { testFields, shortened };
  };
  if (own.length > 0)
    return build();
  let byDialect = dialectFieldsCache.get(options);
  if (byDialect === void 0)
    dialectFieldsCache.set(options, byDialect = /* @__PURE__ */ new Map());
  let cached = byDialect.get(dialect);
  if (cached === void 0)
    byDialect.set(dialect, cached = build());
  return cached;
};
var DIALECT_FIELDS = {
  surefire: { framework: "JUnit", tool: "Maven Surefire" },
  gradle: { framework: "JUnit", tool: "Gradle" },
  pytest: { framework: "pytest", tool: "pytest" },
  jest: { framework: "Jest", tool: "jest-junit" },
  vitest: { framework: "Vitest", tool: "Vitest" },
  mocha: { framework: "Mocha", tool: "mocha-junit-reporter" },
  cypress: { framework: "Cypress", tool: "Cypress" },
  playwright: { framework: "Playwright", tool: "Playwright" },
  go: { framework: "Go testing", tool: "go-junit-report" },
  gotestsum: { framework: "Go testing", tool: "gotestsum" },
  phpunit: { framework: "PHPUnit", tool: "PHPUnit" },
  ctest: { framework: "CTest", tool: "CTest" },
  catch2: { framework: "Catch2", tool: "Catch2" },
  googletest: { framework: "GoogleTest", tool: "GoogleTest" },
  nextest: { framework: "Rust test", tool: "cargo-nextest" },
  bazel: { framework: "Bazel", tool: "Bazel" },
  dotnet: { framework: ".NET", tool: "JUnit logger" },
  robot: { framework: "Robot Framework", tool: "Robot Framework" },
  nunit: { framework: "NUnit", tool: "NUnit" },
  xunit: { framework: "xUnit.net", tool: "xUnit.net" },
  mstest: { framework: "MSTest", tool: "TRX" },
  testng: { framework: "TestNG", tool: "TestNG" }
};
var fromTestCase = (test, options, dialect) => {
  const shortened = [];
  const problems2 = [];
  const fit = (field, value) => value === void 0 ? void 0 : fitted(shortened, field, value);
  const prefix = options.propertyPrefix;
  const props = prefixed(test, prefix);
  const one = (key) => props.get(key)?.[0];
  const ids = (key) => {
    const values = props.get(key);
    if (values === void 0)
      return NONE;
    const good = values.filter((v) => LONG2.test(v));
    for (const bad of values.filter((v) => !LONG2.test(v))) {
      problems2.push(`property ${prefix}${key}="${bad}" is not a numeric id; left out`);
    }
    return good;
  };
  const className = test.className ?? test.suite.at(-1);
  const dot = className?.lastIndexOf(".") ?? -1;
  const pkg = className !== void 0 && dot > 0 ? className.slice(0, dot) : void 0;
  const cls = className !== void 0 && dot > 0 ? className.slice(dot + 1) : className;
  const unnamed = test.title.trim() === "";
  const links2 = {};
  const suite = ids("suite_ref")[0];
  if (suite !== void 0)
    links2.suite = { id: suite };
  const program = ids("program_ref")[0];
  if (program !== void 0)
    links2.programId = program;
  const releaseId = ids("release_ref")[0];
  const releaseName = one("release");
  if (releaseId !== void 0) {
    links2.release = { id: releaseId };
    if (releaseName !== void 0) {
      problems2.push(`both ${prefix}release_ref and ${prefix}release are set; the id is used`);
    }
  } else if (releaseName !== void 0)
    links2.release = { name: fit("release", releaseName) };
  const milestone = ids("milestone_ref")[0];
  if (milestone !== void 0)
    links2.milestoneId = milestone;
  const backlog = ids("backlog_item_ref");
  if (backlog.length > 0)
    links2.backlogItemIds = backlog;
  const areas = ids("product_area_ref");
  if (areas.length > 0)
    links2.productAreaIds = areas;
  const own = [];
  for (const [key, values] of props) {
    if (!key.startsWith("test_field."))
      continue;
    const type = key.slice("test_field.".length);
    if (!TEST_FIELD_TYPES.includes(type)) {
      problems2.push(`property ${prefix}${key}: "${type}" is not one of ${TEST_FIELD_TYPES.join(", ")}; left out`);
    } else if (values[0] !== void 0) {
      own.push([type, values[0]]);
    }
  }
  const fields = testFieldsOf(options, dialect, own);
  if (fields.testFields !== void 0) {
    links2.testFields = fields.testFields;
    shortened.push(...fields.shortened);
  }
  const taxonomies = props.size === 0 ? NONE : [...props].filter(([key]) => key.startsWith("taxonomy."));
  if (taxonomies.length > 0) {
    links2.environment = taxonomies.map(([key, values]) => ({
      type: fit("taxonomy type", key.slice("taxonomy.".length)),
      value: fit("taxonomy value", values[0] ?? "")
    }));
  }
  let reportUrl = one("external_report_url") ?? options.externalReportUrl;
  if (reportUrl !== void 0 && !isUrl(reportUrl)) {
    problems2.push(`external report URL "${reportUrl.slice(0, 80)}" is not an http(s) URL of 6\u2013512 characters; left out`);
    reportUrl = void 0;
  }
  const started = epochMillis(test.startedAt);
  const module = fit("module", one("module") ?? options.module);
  const runName = fit("run_name", one("run_name") ?? options.runName);
  const externalTestId = fit("external_test_id", one("external_test_id") ?? test.testId);
  const externalRunId = fit("external_run_id", one("external_run_id"));
  const run = {
    name: unnamed ? UNNAMED : fit("name", test.title),
    duration: Math.round((test.duration ?? 0) * 1e3),
    status: STATUS[test.status]
  };
  if (module !== void 0)
    run.module = module;
  if (pkg !== void 0)
    run.package = fit("package", pkg);
  if (cls !== void 0)
    run.class = fit("class", cls);
  if (started !== void 0)
    run.started = started;
  if (runName !== void 0)
    run.runName = runName;
  if (reportUrl !== void 0)
    run.externalReportUrl = reportUrl;
  if (externalTestId !== void 0)
    run.externalTestId = externalTestId;
  if (externalRunId !== void 0)
    run.externalRunId = externalRunId;
  if (Object.keys(links2).length > 0)
    run.links = links2;
  const first = test.failures?.[0] ?? test.attempts?.[0];
  if (test.status === "failed" && first !== void 0) {
    const error = {};
    if (first.type !== void 0)
      error.type = first.type;
    if (first.message !== void 0)
      error.message = first.message;
    const stack = stackOf(test);
    if (stack !== "")
      error.stack = bounded(stack, options.maxStack);
    run.error = error;
  }
  const description = descriptionOf(test);
  if (description !== "")
    run.description = bounded(description, options.maxDescription);
  return { run, shortened, unnamed, problems: problems2 };
};

export {
  text,
  attributes,
  TEST_FIELD_TYPES,
  MAX_TESTS,
  identity,
  encode,
  problems,
  defaultRunOptions,
  fromTestCase
};
