import { createRequire as __trRequire } from 'node:module'; const require = __trRequire(import.meta.url);
import {
  MAX_TESTS,
  defaultRunOptions,
  encode,
  fromTestCase,
  identity
} from "./chunk-UBO35NLL.js";
import {
  defaultPolicy,
  group,
  make as make3,
  makeAgent,
  none,
  open,
  open2,
  request,
  schedule
} from "./chunk-6WZAYGZF.js";
import {
  Console_exports,
  Effect_exports,
  ExitCode,
  Literal,
  Number$,
  OCTANE_ENV,
  Stream_exports,
  String$,
  Tag,
  TaggedError,
  TaggedError2,
  Terminal,
  _await,
  _void,
  buffer,
  catchAll,
  completeness,
  concat,
  count,
  currentTimeMillis,
  decode,
  either,
  ensuring,
  fail2 as fail,
  flatMap3 as flatMap,
  flip,
  forkScoped,
  fromIterable4 as fromIterable,
  gen,
  get2 as get,
  ignore,
  intersect,
  make3 as make,
  make4 as make2,
  makeSemaphore,
  map5 as map,
  mapChunks,
  mapConcat,
  mapEffect,
  mapError,
  mapInput2 as mapInput,
  millis,
  option,
  optional,
  orElseSucceed,
  plural,
  promise,
  recurWhile,
  retry,
  runForEach,
  scoped,
  scoped2,
  set2 as set,
  sleep,
  succeed,
  succeed2,
  suspend,
  suspend2,
  sync,
  tapError,
  timeoutTo,
  toMillis,
  toReadonlyArray,
  tryPromise,
  uninterruptibleMask,
  unsafeFromArray,
  update,
  value,
  worst,
  zipRight
} from "./chunk-2GPE6UFW.js";
import "./chunk-X6A24GZM.js";

// ../core/dist/RateLimit.js
var slidingWindow = (limit, interval, options = {}) => map(makeSemaphore(1), (turn) => {
  const window = toMillis(decode(interval));
  const lateness = options.lateness === void 0 ? Infinity : toMillis(decode(options.lateness));
  const recent = [];
  const seenBy = (slot) => lateness === Infinity ? _await(slot.ended) : flatMap(currentTimeMillis, (now) => _await(slot.ended).pipe(timeoutTo({
    duration: millis(Math.max(0, slot.start + lateness - now)),
    onSuccess: (ended) => Math.min(ended, slot.start + lateness),
    onTimeout: () => slot.start + lateness
  })));
  const admit = turn.withPermits(1)(gen(function* () {
    if (recent.length >= limit) {
      const seen = yield* seenBy(recent[0]);
      const wait = seen + window - (yield* currentTimeMillis);
      if (wait > 0)
        yield* sleep(millis(wait));
    }
    const slot = { start: yield* currentTimeMillis, ended: yield* make2() };
    if (recent.length >= limit)
      recent.shift();
    recent.push(slot);
    return slot;
  }));
  const end = (slot) => flatMap(currentTimeMillis, (t) => succeed(slot.ended, t));
  return (effect) => uninterruptibleMask((restore) => flatMap(restore(admit), (slot) => ensuring(restore(effect), end(slot))));
});

// ../octane/dist/OctaneClient.js
import { promisify } from "node:util";
import { gzip } from "node:zlib";
var isRetryable = (error) => error.reason !== "Status" || [408, 429, 502, 503, 504].includes(error.status ?? 0);
var defaultConfig = (url, sharedSpace, workspace, credentials) => ({
  url,
  sharedSpace,
  workspace,
  credentials,
  timeout: "60 seconds",
  retry: schedule(defaultPolicy, isRetryable),
  requestsPerSecond: 20
});
var OctaneError = class extends TaggedError2("@tr/octane/OctaneError")("OctaneError", {
  reason: Literal("Unauthorized", "Rejected", "NotFound", "Unavailable", "Stopped"),
  operation: Literal("sign in", "get the XSD", "push a payload", "poll a task", "read a task log"),
  status: optional(Number$),
  detail: String$
}) {
  get message() {
    const status = this.status === void 0 ? "" : ` (${this.status})`;
    switch (this.reason) {
      case "Unauthorized":
        return `ALM Octane refused the credentials${status} when trying to ${this.operation}: ${this.detail}`;
      case "Rejected":
        return `ALM Octane rejected the request to ${this.operation}${status}: ${this.detail}`;
      case "NotFound":
        return `ALM Octane does not know the address to ${this.operation}${status}: check the shared space and workspace`;
      case "Unavailable":
        return `ALM Octane kept failing to ${this.operation} after retries${status}: ${this.detail}`;
      case "Stopped":
        return `not sent (${this.operation}): ${this.detail}`;
    }
  }
};
var isFinal = (task) => task.status !== "queued" && task.status !== "running";
var OctaneClient = class extends Tag("@tr/octane/OctaneClient")() {
};
var describe = (body) => {
  if (body === void 0 || body === "")
    return "no details";
  try {
    const json = JSON.parse(body);
    const text = json.description_translated ?? json.description ?? json.message;
    if (typeof text === "string")
      return text;
  } catch {
  }
  const title = /<title>([^<]*)<\/title>/i.exec(body)?.[1];
  return title ?? body.slice(0, 500);
};
var toError = (operation) => (error) => {
  if (error._tag === "BreakerOpen")
    return new OctaneError({ reason: "Stopped", operation, detail: error.message });
  const status = error.status;
  const base = { operation, ...status === void 0 ? {} : { status } };
  if (status === 401 || status === 403) {
    return new OctaneError({ reason: "Unauthorized", ...base, detail: describe(error.body) });
  }
  if (status === 404)
    return new OctaneError({ reason: "NotFound", ...base, detail: describe(error.body) });
  if (error.reason === "Status" && !isRetryable(error)) {
    return new OctaneError({ reason: "Rejected", ...base, detail: describe(error.body) });
  }
  return new OctaneError({
    reason: "Unavailable",
    ...base,
    detail: error.reason === "Status" ? describe(error.body) : error.message
  });
};
var parseTask = (body) => {
  try {
    const json = JSON.parse(body);
    if (json.id === void 0 || typeof json.status !== "string")
      return void 0;
    return {
      id: String(json.id),
      status: json.status,
      ...typeof json.until === "string" ? { until: json.until } : {},
      ...json.errorDetails === void 0 || json.errorDetails === null ? {} : {
        errorDetails: typeof json.errorDetails === "string" ? json.errorDetails : JSON.stringify(json.errorDetails)
      }
    };
  } catch {
    return void 0;
  }
};
var setCookies = (response) => {
  const header = response.headers["set-cookie"];
  const all = header === void 0 ? [] : Array.isArray(header) ? header : [header];
  return all.flatMap((cookie) => {
    const pair = cookie.split(";", 1)[0] ?? "";
    const eq = pair.indexOf("=");
    return eq > 0 ? [[pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()]] : [];
  });
};
var compress = promisify(gzip);
var layer = (config) => scoped2(OctaneClient, gen(function* () {
  const agent = yield* makeAgent();
  const limit = yield* slidingWindow(config.requestsPerSecond, "1 second", { lateness: "100 millis" });
  const breaker = yield* make3;
  const cookies = yield* make(/* @__PURE__ */ new Map());
  const session = yield* make(0);
  const signingIn = yield* makeSemaphore(1);
  const counters = { requests: 0, retries: 0, signIns: 0 };
  const server = config.url.replace(/\/+$/, "");
  const base = `${server}/api/shared_spaces/${encodeURIComponent(config.sharedSpace)}/workspaces/${encodeURIComponent(config.workspace)}/test-results`;
  const onlyHttp = recurWhile((e) => e._tag === "HttpError");
  const retry2 = intersect(onlyHttp, mapInput(config.retry, (e) => e));
  const send = (request2) => suspend(() => {
    let attempts = 0;
    const attempt = suspend(() => {
      attempts++;
      counters.requests++;
      return limit(request(agent, { ...request2, timeout: config.timeout }));
    });
    return breaker.guard(attempt).pipe(retry(retry2), ensuring(sync(() => counters.retries += Math.max(0, attempts - 1))), tapError((error) => error._tag === "HttpError" && isRetryable(error) ? breaker.exhausted(error.message) : _void));
  });
  const headers = (extra) => map(get(cookies), (jar) => ({
    HPECLIENTTYPE: "HPE_CI_CLIENT",
    ...jar.size === 0 ? {} : { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    ...extra
  }));
  const signIn = (seen) => signingIn.withPermits(1)(gen(function* () {
    if ((yield* get(session)) !== seen)
      return;
    const c = config.credentials;
    const body = c.kind === "apiKey" ? `{"client_id":${JSON.stringify(c.clientId)},"client_secret":${JSON.stringify(value(c.clientSecret))}}` : `{"user":${JSON.stringify(c.user)},"password":${JSON.stringify(value(c.password))}}`;
    const response = yield* send({
      method: "POST",
      url: `${server}/authentication/sign_in`,
      headers: { "content-type": "application/json", HPECLIENTTYPE: "HPE_CI_CLIENT" },
      body
    }).pipe(mapError(toError("sign in")));
    counters.signIns++;
    yield* update(cookies, (jar) => new Map([...jar, ...setCookies(response)]));
    yield* update(session, (n) => n + 1);
  }));
  const authenticated = (operation, request2, extra = {}) => {
    const once = flatMap(headers(extra), (h) => send({ ...request2, headers: h }));
    return gen(function* () {
      if ((yield* get(session)) === 0)
        yield* signIn(0);
      const seen = yield* get(session);
      const first = yield* either(once);
      if (first._tag === "Right")
        return first.right;
      if (first.left._tag === "HttpError" && first.left.status === 401) {
        yield* signIn(seen);
        return yield* mapError(once, toError(operation));
      }
      return yield* fail(toError(operation)(first.left));
    });
  };
  const expectTask = (operation, body) => {
    const task = parseTask(body);
    return task === void 0 ? fail(new OctaneError({ reason: "Rejected", operation, detail: `unexpected answer: ${body.slice(0, 200)}` })) : succeed2(task);
  };
  return OctaneClient.of({
    signIn: flatMap(get(session), (n) => n === 0 ? signIn(0) : _void),
    xsd: map(authenticated("get the XSD", { method: "GET", url: `${base}/xsd` }), (r) => r.body),
    push: (xml, options) => promise(() => compress(xml)).pipe(flatMap((body) => authenticated("push a payload", { method: "POST", url: `${base}${options.skipErrors ? "?skip-errors=true" : ""}`, body }, { "content-type": "application/xml", "content-encoding": "gzip" })), flatMap((r) => expectTask("push a payload", r.body))),
    task: (id) => flatMap(authenticated("poll a task", { method: "GET", url: `${base}/${encodeURIComponent(id)}` }), (r) => expectTask("poll a task", r.body)),
    log: (id) => map(authenticated("read a task log", { method: "POST", url: `${base}/${encodeURIComponent(id)}/log` }), (r) => r.body),
    signOut: gen(function* () {
      if ((yield* get(session)) === 0)
        return;
      const h = yield* headers({});
      yield* ignore(send({ method: "POST", url: `${server}/authentication/sign_out`, headers: h }));
      yield* set(session, 0);
      yield* set(cookies, /* @__PURE__ */ new Map());
    }),
    stats: sync(() => ({ ...counters }))
  });
}));

// ../octane/dist/internal/chunker.js
var Chunker = class {
  size;
  key;
  waiting = [];
  /** Executions that had to wait for a later payload. */
  deferred = 0;
  constructor(size, key) {
    this.size = size;
    this.key = key;
  }
  /** The payloads a group of incoming runs completes (a group is at most `size` runs). */
  add(group2) {
    const out = [this.take([...this.waiting, ...group2], this.waiting.length)];
    while (this.waiting.length >= this.size)
      out.push(this.take(this.waiting, Infinity));
    return out.filter((p) => p.length > 0);
  }
  /** The payloads left at the end. */
  end() {
    const out = [];
    while (this.waiting.length > 0)
      out.push(this.take(this.waiting, Infinity));
    return out;
  }
  /** Fills one payload from `items`; the rest waits. Items from `newFrom` on arrive now, and count when deferred. */
  take(items, newFrom) {
    const payload = [];
    const keys = /* @__PURE__ */ new Set();
    const rest = [];
    items.forEach((item, i) => {
      const k = this.key(item);
      const duplicate = keys.has(k);
      if (!duplicate && payload.length < this.size) {
        payload.push(item);
        keys.add(k);
        return;
      }
      if (duplicate && i >= newFrom)
        this.deferred++;
      rest.push(item);
    });
    this.waiting = rest;
    return payload;
  }
};

// ../xsd/dist/XsdValidator.js
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
var DOCUMENT = "document.xml";
var SCHEMA = "schema.xsd";
var PAGES_PER_MIB = 16;
var WORKER = `
(async () => {
const { parentPort, workerData } = await import("node:worker_threads")
const { readFileSync } = await import("node:fs")
const { pathToFileURL } = await import("node:url")
const Module = (await import(pathToFileURL(workerData.program).href)).default
const compiled = new WebAssembly.Module(readFileSync(workerData.wasm))
parentPort.on("message", (job) => {
  if (job === null || typeof job !== "object" || typeof job.id !== "number") return
  let stderr = ""
  let replied = false
  const reply = (exitCode) => {
    if (replied) return
    replied = true
    parentPort.postMessage({ id: job.id, exitCode, stderr })
  }
  Module({
    inputFiles: job.files,
    arguments: job.args,
    print: () => {},
    printErr: (text) => { stderr += text + "\\n" },
    onExit: reply,
    onAbort: (reason) => { stderr += "WebAssembly abort: " + reason + "\\n"; reply(-1) },
    wasmMemory: new WebAssembly.Memory({ initial: job.initialPages, maximum: job.maxPages }),
    instantiateWasm: (imports, done) => {
      WebAssembly.instantiate(compiled, imports).then((instance) => done(instance, compiled), (error) => {
        stderr += String(error) + "\\n"
        reply(-1)
      })
      return {}
    }
  }).catch((error) => {
    stderr += String(error) + "\\n"
    reply(-1)
  })
})
})()
`;
var Host = class {
  worker;
  jobs = /* @__PURE__ */ new Map();
  nextId = 0;
  constructor(onGone) {
    const require2 = createRequire(import.meta.url);
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        program: require2.resolve("xmllint-wasm/xmllint-node.js"),
        wasm: require2.resolve("xmllint-wasm/xmllint.wasm")
      }
    });
    this.worker.unref();
    this.worker.on("message", (reply) => this.settle(reply));
    const fail2 = (error) => {
      onGone();
      for (const job of this.jobs.values())
        job.reject(error);
      this.jobs.clear();
    };
    this.worker.on("error", fail2);
    this.worker.on("exit", (code) => fail2(new Error(`the validator's worker stopped (exit code ${code})`)));
  }
  run(xml, xsd2, options) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.jobs.size === 0)
        this.worker.ref();
      this.jobs.set(id, { resolve, reject });
      this.worker.postMessage({
        id,
        files: [{ fileName: DOCUMENT, contents: xml }, { fileName: SCHEMA, contents: xsd2 }],
        args: ["--schema", SCHEMA, "--noout", DOCUMENT],
        initialPages: (options.initialMemoryMiB ?? 16) * PAGES_PER_MIB,
        maxPages: (options.maxMemoryMiB ?? 1024) * PAGES_PER_MIB
      });
    });
  }
  settle(reply) {
    const job = this.jobs.get(reply.id);
    if (job === void 0)
      return;
    this.jobs.delete(reply.id);
    if (this.jobs.size === 0)
      this.worker.unref();
    if (reply.exitCode === 0)
      job.resolve({ valid: true, problems: [] });
    else if (reply.exitCode === 3 || reply.exitCode === 4) {
      job.resolve({ valid: false, problems: problems(reply.stderr) });
    } else
      job.reject(new Error(`xmllint failed (exit code ${reply.exitCode}): ${reply.stderr.trim()}`));
  }
};
var problems = (stderr) => stderr.split("\n").filter((line) => line.trim() !== "" && !/ (validates|fails to validate)$/.test(line)).map((line) => {
  const m = /^[^:]+:(\d+): (.*)$/.exec(line);
  return m === null ? { message: line } : { message: m[2], line: Number(m[1]) };
});
var host;
var validate = (xml, xsd2, options = {}) => {
  host ??= new Host(() => {
    host = void 0;
  });
  return host.run(xml, xsd2, options);
};

// ../octane/dist/OctaneValidator.js
var InvalidPayload = class extends TaggedError("InvalidPayload") {
  get message() {
    return `the payload does not conform to the server's XSD: ${this.errors.slice(0, 5).join("; ")}${this.errors.length > 5 ? ` (and ${this.errors.length - 5} more)` : ""}`;
  }
};
var make4 = (xsd2) => (xml) => tryPromise({
  try: () => validate(xml, xsd2),
  catch: (cause) => new InvalidPayload({ errors: [`the validator failed: ${String(cause)}`] })
}).pipe(flatMap((result) => result.valid ? _void : fail(new InvalidPayload({
  errors: result.problems.map((p) => p.line === void 0 ? p.message : `line ${p.line}: ${p.message}`)
}))));
var none2 = () => _void;

// ../octane/dist/OctaneSink.js
var MAX_CHUNK = MAX_TESTS;
var emptyStats = () => ({
  read: 0,
  deferred: 0,
  shortened: {},
  unnamed: 0,
  problems: [],
  problemCount: 0,
  inputErrors: 0,
  truncated: false
});
var payloads = (options, stats) => (records) => suspend2(() => {
  const size = Math.max(1, Math.min(MAX_CHUNK, options.chunkSize));
  const dialects = /* @__PURE__ */ new Map();
  const completeness2 = completeness();
  const chunker = new Chunker(size, (p) => p.key);
  const keepTests = options.keepTests ?? true;
  let index = 0;
  const runOptions = {
    ...options.run,
    ...options.context.testFields === void 0 ? {} : { globalTestFields: options.context.testFields }
  };
  const prepare = (test) => {
    const mapped = fromTestCase(test, runOptions, dialects.get(test.source));
    for (const field of mapped.shortened)
      stats.shortened[field] = (stats.shortened[field] ?? 0) + 1;
    if (mapped.unnamed)
      stats.unnamed++;
    for (const problem of mapped.problems) {
      stats.problemCount++;
      if (stats.problems.length < 100)
        stats.problems.push(`${test.source}: test "${test.title}": ${problem}`);
    }
    return { test: keepTests ? test : void 0, run: mapped.run, key: identity(mapped.run) };
  };
  const toPayload = (group2) => ({
    index: ++index,
    bytes: encode(options.context, group2.map((p) => p.run)),
    size: group2.length,
    ...keepTests ? { tests: group2.flatMap((p) => p.test ?? []) } : {},
    keys: group2.map((p) => p.key)
  });
  const prepared = mapChunks(records, (chunk) => {
    const out = [];
    for (const record of chunk) {
      completeness2.track(record);
      if (record.type === "source" && record.dialect !== void 0)
        dialects.set(record.path, record.dialect);
      else if (record.type === "diagnostic" && record.severity === "error")
        stats.inputErrors++;
      else if (record.type === "test") {
        stats.read++;
        out.push(prepare(record));
      }
    }
    return unsafeFromArray(out);
  });
  return concat(prepared.pipe(group({ maxItems: size, maxBytes: Number.MAX_SAFE_INTEGER, linger: options.linger }, () => 1), mapConcat((group2) => chunker.add(toReadonlyArray(group2)).map(toPayload))), suspend2(() => {
    stats.deferred = chunker.deferred;
    stats.truncated = !completeness2.complete();
    return fromIterable(chunker.end().map(toPayload));
  }));
});
var defaultPushOptions = {
  context: {},
  chunkSize: MAX_CHUNK,
  linger: "2 seconds",
  run: defaultRunOptions,
  skipErrors: false,
  wait: true,
  validate: true,
  maxPending: 8,
  postsInFlight: 4,
  poll: { initialDelay: "500 millis", maxDelay: "10 seconds", timeout: "10 minutes" }
};
var VALIDATIONS_IN_FLIGHT = 2;
var READY_AHEAD = 4;
var pollUntilFinal = (client, id, options) => gen(function* () {
  const deadline = Date.now() + toMillis(decode(options.timeout));
  let delay = toMillis(decode(options.initialDelay));
  const cap = toMillis(decode(options.maxDelay));
  while (true) {
    yield* sleep(millis(delay));
    const task = yield* client.task(id);
    if (isFinal(task))
      return task;
    if (Date.now() + delay > deadline)
      return task;
    delay = Math.min(cap, Math.ceil(delay * 1.5));
  }
});
var push = (records, options) => gen(function* () {
  const client = yield* OctaneClient;
  yield* client.signIn;
  const validate2 = options.validate ? make4(yield* client.xsd) : none2;
  const stats = emptyStats();
  const reports = [];
  const pending = yield* makeSemaphore(Math.max(1, options.maxPending));
  const counts = { accepted: 0, notAccepted: 0 };
  const settle = (payload, report) => {
    const full = { index: payload.index, tests: payload.size, ...report };
    reports.push(full);
    if (full.state === "accepted") {
      counts.accepted += payload.size;
      return _void;
    }
    counts.notAccepted += payload.size;
    const reason = `payload ${payload.index} ${full.state}${full.detail === void 0 ? "" : `: ${full.detail}`}`;
    return options.onUndelivered?.(payload.tests ?? [], reason) ?? _void;
  };
  const follow = (payload, queued) => pollUntilFinal(client, queued.id, options.poll).pipe(flatMap((task) => {
    if (!isFinal(task))
      return settle(payload, { state: "unconfirmed", task: task.id, taskStatus: task.status });
    if (task.status === "success") {
      return settle(payload, { state: "accepted", task: task.id, taskStatus: task.status });
    }
    return flatMap(orElseSucceed(client.log(task.id), () => ""), (log) => settle(payload, {
      state: "failed",
      task: task.id,
      taskStatus: task.status,
      detail: [task.errorDetails, log.trim()].filter((x) => x !== void 0 && x !== "").join(" | ") || "no details from the server"
    }));
  }), catchAll((error) => settle(payload, { state: "unconfirmed", task: queued.id, detail: error.message })));
  const send = (payload) => gen(function* () {
    yield* pending.take(1);
    const posted = yield* either(client.push(payload.bytes, { skipErrors: options.skipErrors }));
    if (posted._tag === "Left") {
      yield* pending.release(1);
      const error = posted.left;
      return yield* settle(payload, {
        state: error.reason === "Rejected" ? "rejected" : "not sent",
        detail: error.message
      });
    }
    if (!options.wait) {
      yield* pending.release(1);
      return yield* settle(payload, { state: "accepted", task: posted.right.id, taskStatus: posted.right.status });
    }
    yield* forkScoped(ensuring(follow(payload, posted.right), pending.release(1)));
  });
  const posting = Math.max(1, options.postsInFlight);
  const posts = yield* makeSemaphore(posting);
  const underway = /* @__PURE__ */ new Set();
  const dispatch = ([payload, invalid]) => gen(function* () {
    if (invalid._tag === "Some")
      return yield* settle(payload, { state: "invalid", detail: invalid.value.message });
    yield* posts.take(1);
    for (const other of [...underway]) {
      if (payload.keys.some((key) => other.keys.has(key)))
        yield* _await(other.answered);
    }
    const post = { keys: new Set(payload.keys), answered: yield* make2() };
    underway.add(post);
    const answered = suspend(() => {
      underway.delete(post);
      return zipRight(succeed(post.answered, void 0), posts.release(1));
    });
    yield* forkScoped(ensuring(send(payload), answered));
  });
  yield* scoped(gen(function* () {
    yield* records.pipe(
      payloads({ ...options, keepTests: options.onUndelivered !== void 0 }, stats),
      // Payloads are built and validated ahead of the POSTs (two validations at a time, a few payloads ready), so
      // that a POST admitted by the rate limiter never waits for them; `dispatch` starts the POSTs in order.
      mapEffect((p) => map(option(flip(validate2(p.bytes))), (invalid) => [p, invalid]), {
        concurrency: VALIDATIONS_IN_FLIGHT
      }),
      buffer({ capacity: READY_AHEAD }),
      runForEach(dispatch)
    );
    yield* posts.take(posting);
    yield* pending.take(Math.max(1, options.maxPending));
  })).pipe(ensuring(client.signOut));
  const s = yield* client.stats;
  return {
    ...stats,
    ...counts,
    payloads: reports.sort((a, b) => a.index - b.index),
    requests: s.requests,
    retries: s.retries,
    signIns: s.signIns,
    waited: options.wait
  };
});

// dist/internal/pushOctane.js
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var E = OCTANE_ENV;
var configOf = (c, terminal) => {
  const missing = [
    c.url === void 0 ? `--url or ${E.url}` : void 0,
    c.sharedSpace === void 0 ? `--shared-space or ${E.sharedSpace}` : void 0,
    c.workspace === void 0 ? `--workspace or ${E.workspace}` : void 0,
    c.credentials === void 0 ? `credentials: ${E.clientId} and ${E.clientSecret} (API access key), or ${E.user} and ${E.password}` : void 0
  ].filter((m) => m !== void 0);
  if (missing.length > 0) {
    terminal.fatal(`ALM Octane needs ${missing.join("; ")}`);
    return void 0;
  }
  return {
    ...defaultConfig(c.url, c.sharedSpace, c.workspace, c.credentials),
    timeout: `${c.timeoutMs} millis`,
    retry: schedule({ ...defaultPolicy, maxRetries: c.retries, maxElapsed: `${c.retryTimeSeconds} seconds` }, isRetryable),
    requestsPerSecond: c.requestsPerSecond
  };
};
var exitFor = (error) => error.reason === "Unauthorized" ? ExitCode.AuthenticationRefused : ExitCode.DeliveryIncomplete;
var buildNotes = (s) => {
  const notes = [];
  if (s.deferred > 0) {
    notes.push(`${plural(s.deferred, "later execution")} of a test already in a payload went to a later payload`);
  }
  for (const [field, n] of Object.entries(s.shortened)) {
    notes.push(`${plural(n, "value")} of ${field} shortened to 255 characters`);
  }
  if (s.unnamed > 0)
    notes.push(`${plural(s.unnamed, "test")} without a name sent as "(unnamed test)"`);
  if (s.problemCount > 0) {
    notes.push(`${plural(s.problemCount, "value")} left out:`, ...s.problems.slice(0, 10).map((p) => `  ${p}`));
  }
  return notes;
};
var push2 = (args) => Effect_exports.gen(function* () {
  const terminal = new Terminal(args.quiet);
  const config = configOf(args.connection, terminal);
  if (config === void 0)
    return ExitCode.Usage;
  if (args.inputs.length === 0 && process.stdin.isTTY) {
    terminal.fatal("no input: give result files, or pipe the stream of tr convert into stdin");
    return ExitCode.Usage;
  }
  const input = yield* open2(args.inputs, args, terminal);
  const failedOut = args.failedOut === void 0 ? none : yield* open(args.failedOut, args.version);
  const outcome = yield* push(input.records, {
    ...defaultPushOptions,
    ...args.payload,
    skipErrors: args.skipErrors,
    wait: args.wait,
    validate: args.validate,
    maxPending: args.maxPending,
    postsInFlight: args.postsInFlight,
    // Without a file to write them to, the sink need not keep the records of payloads under way.
    ...args.failedOut === void 0 ? {} : { onUndelivered: failedOut.add }
  }).pipe(Effect_exports.provide(layer(config)), Effect_exports.either);
  yield* failedOut.close;
  if (outcome._tag === "Left") {
    terminal.fatal(`${outcome.left.message}; nothing was sent`);
    if (args.json)
      yield* Console_exports.log(JSON.stringify({ error: outcome.left.message, reason: outcome.left.reason }));
    return exitFor(outcome.left);
  }
  const s = outcome.right;
  const code = worst(s.notAccepted > 0 ? ExitCode.DeliveryIncomplete : ExitCode.Ok, s.truncated || s.inputErrors > 0 || input.tally.errors > 0 ? ExitCode.InputProblems : ExitCode.Ok);
  const states = /* @__PURE__ */ new Map();
  for (const p of s.payloads)
    states.set(p.state, (states.get(p.state) ?? 0) + 1);
  terminal.line(`tr push octane: ${plural(s.read, "test")} read, ${count(s.accepted)} ${s.waited ? "accepted" : "queued"}, ${count(s.notAccepted)} not accepted; ${plural(s.payloads.length, "payload")} (${[...states].map(([state, n]) => `${n} ${state}`).join(", ") || "none"}), ${plural(s.requests, "request")}, ${plural(s.retries, "retry", "retries")}`);
  for (const p of s.payloads.filter((x) => x.state !== "accepted").slice(0, 20)) {
    terminal.line(`  payload ${p.index} (${plural(p.tests, "test")}): ${p.state}${p.task ? ` (task ${p.task})` : ""}${p.detail ? `: ${p.detail}` : ""}`);
  }
  for (const note of buildNotes(s))
    terminal.line(note);
  if (s.truncated)
    terminal.line("the input ended without its trailer: the producer stopped or the pipe was cut");
  if (s.notAccepted > 0) {
    terminal.line(args.failedOut !== void 0 ? `the ${plural(s.notAccepted, "test")} not accepted are in ${args.failedOut}; push it again with: tr push octane < ${args.failedOut}` : `name --failed-out FILE to keep the tests that were not accepted for another push`);
  }
  if (args.json)
    yield* Console_exports.log(JSON.stringify({ ...s, exitCode: code }));
  return code;
});
var xsd = (connection, quiet) => Effect_exports.gen(function* () {
  const terminal = new Terminal(quiet);
  const config = configOf(connection, terminal);
  if (config === void 0)
    return ExitCode.Usage;
  const outcome = yield* Effect_exports.flatMap(OctaneClient, (client) => Effect_exports.ensuring(client.xsd, client.signOut)).pipe(Effect_exports.provide(layer(config)), Effect_exports.either);
  if (outcome._tag === "Left") {
    terminal.fatal(outcome.left.message);
    return exitFor(outcome.left);
  }
  yield* Console_exports.log(outcome.right.trimEnd());
  return ExitCode.Ok;
});
var writePayloads = (args) => Effect_exports.gen(function* () {
  const terminal = new Terminal(args.quiet);
  mkdirSync(args.out, { recursive: true });
  const input = yield* open2(args.inputs, args, terminal);
  const stats = emptyStats();
  let files = 0;
  yield* input.records.pipe(payloads({ ...args.payload, linger: "1 hour", keepTests: false }, stats), Stream_exports.runForEach((p) => Effect_exports.sync(() => {
    files++;
    writeFileSync(join(args.out, `payload-${String(p.index).padStart(4, "0")}.xml`), p.bytes);
  })));
  terminal.line(`tr convert: ${plural(stats.read, "test")} in ${plural(files, "Octane payload")} written to ${args.out}`);
  for (const note of buildNotes(stats))
    terminal.line(note);
  return input.tally.errors > 0 || stats.truncated ? ExitCode.InputProblems : ExitCode.Ok;
});
export {
  push2 as push,
  writePayloads,
  xsd
};
