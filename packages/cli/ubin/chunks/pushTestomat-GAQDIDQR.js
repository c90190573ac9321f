import { createRequire as __trRequire } from 'node:module'; const require = __trRequire(import.meta.url);
import {
  defaultPolicy,
  group,
  isRetryable,
  make as make3,
  makeAgent,
  none,
  open,
  open2,
  request,
  schedule
} from "./chunk-6WZAYGZF.js";
import {
  BoundedText,
  Console_exports,
  Effect_exports,
  ExitCode,
  Literal,
  Number$,
  String$,
  TESTOMAT_ENV,
  Tag,
  TaggedError2 as TaggedError,
  Terminal,
  _void,
  as,
  asVoid,
  completeness,
  count,
  effect,
  either,
  encodePieces,
  ensuring,
  fail2 as fail,
  flatMap3 as flatMap,
  gen,
  get2 as get,
  intersect,
  make11 as make2,
  make3 as make,
  map5 as map,
  mapChunks,
  mapEffect,
  mapError,
  mapInput2 as mapInput,
  matchEffect,
  optional,
  plural,
  recurWhile,
  retry,
  runDrain,
  scoped2 as scoped,
  succeed2 as succeed,
  suspend,
  sync,
  tapError,
  toReadonlyArray,
  unsafeFromArray,
  update,
  value,
  worst,
  zip,
  zipRight
} from "./chunk-2GPE6UFW.js";
import "./chunk-X6A24GZM.js";

// ../testomat/dist/TestomatError.js
var TestomatError = class extends TaggedError("@tr/testomat/TestomatError")("TestomatError", {
  reason: Literal("Unauthorized", "NotFound", "Rejected", "Unavailable", "Stopped"),
  operation: Literal("create run", "join run", "send tests", "finish run"),
  status: optional(Number$),
  detail: String$
}) {
  get message() {
    const status = this.status === void 0 ? "" : ` (${this.status})`;
    switch (this.reason) {
      case "Unauthorized":
        return `Testomat.io refused the API key${status} when trying to ${this.operation}: check TESTOMATIO or --api-key`;
      case "NotFound":
        return `Testomat.io does not know this run${status} (${this.operation}): ${this.detail}`;
      case "Rejected":
        return `Testomat.io rejected the request to ${this.operation}${status}: ${this.detail}`;
      case "Unavailable":
        return `Testomat.io kept failing to ${this.operation} after retries${status}: ${this.detail}`;
      case "Stopped":
        return `not sent (${this.operation}): ${this.detail}`;
    }
  }
};

// ../testomat/dist/TestomatClient.js
var TestomatClient = class extends Tag("@tr/testomat/TestomatClient")() {
};
var toError = (operation) => (error) => {
  if (error._tag === "BreakerOpen")
    return new TestomatError({ reason: "Stopped", operation, detail: error.message });
  const status = error.status;
  const detail = error.message;
  const base = { operation, detail, ...status === void 0 ? {} : { status } };
  if (status === 401 || status === 403)
    return new TestomatError({ reason: "Unauthorized", ...base });
  if (status === 404)
    return new TestomatError({ reason: "NotFound", ...base });
  if (!isRetryable(error))
    return new TestomatError({ reason: "Rejected", ...base });
  return new TestomatError({ reason: "Unavailable", ...base });
};
var withKey = (apiKey, fields) => {
  const rest = JSON.stringify(fields);
  return `{"api_key":${JSON.stringify(value(apiKey))}${rest === "{}" ? "" : `,${rest.slice(1, -1)}`}}`;
};
var MASKED_KEY = "tstmt_***";
var batchPieces = function* (head, tests) {
  yield `${head.slice(0, -1)},"tests":[`;
  for (let i = 0; i < tests.length; i++)
    yield i === 0 ? tests[i] : `,${tests[i]}`;
  yield "]}";
};
var make4 = (config2, transport) => gen(function* () {
  const breaker = yield* make3;
  const requests = yield* make(0);
  const retries = yield* make(0);
  const base = config2.url.replace(/\/+$/, "");
  const onlyHttp = recurWhile((e) => e._tag === "HttpError");
  const retry2 = intersect(onlyHttp, mapInput(config2.retry, (e) => e));
  const call = (operation, method, path, body) => suspend(() => {
    let attempts = 0;
    const attempt = suspend(() => {
      attempts++;
      return zipRight(update(requests, (n) => n + 1), transport({
        method,
        url: `${base}${path}`,
        headers: { "content-type": "application/json", accept: "application/json" },
        body,
        timeout: config2.timeout
      }));
    });
    return breaker.guard(attempt).pipe(retry(retry2), ensuring(suspend(() => update(retries, (n) => n + Math.max(0, attempts - 1)))), tapError((error) => error._tag === "HttpError" && isRetryable(error) ? breaker.exhausted(error.message) : _void), mapError(toError(operation)));
  });
  const runPath = (uid) => `/api/reporter/${encodeURIComponent(uid)}`;
  return TestomatClient.of({
    createRun: (params) => flatMap(call("create run", "POST", "/api/reporter", withKey(config2.apiKey, params)), (response) => {
      let answer;
      try {
        answer = JSON.parse(response.body);
      } catch {
        answer = {};
      }
      return typeof answer.uid === "string" ? succeed({ uid: answer.uid, ...typeof answer.url === "string" ? { url: answer.url } : {} }) : fail(new TestomatError({ reason: "Rejected", operation: "create run", detail: "the answer holds no run uid" }));
    }),
    joinRun: (uid, params) => asVoid(call("join run", "PUT", runPath(uid), withKey(config2.apiKey, params))),
    sendBatch: (uid, batch) => {
      const head = withKey(config2.apiKey, { batch_index: batch.index, ...batch.create ? { create: true } : {} });
      const body = encodePieces(batchPieces(head, batch.tests));
      return asVoid(call("send tests", "POST", `${runPath(uid)}/testrun`, body));
    },
    finishRun: (uid, finish) => asVoid(call("finish run", "PUT", runPath(uid), withKey(config2.apiKey, {
      status_event: finish.statusEvent,
      ...finish.duration === void 0 ? {} : { duration: finish.duration }
    }))),
    stats: map(zip(get(requests), get(retries)), ([sent, again]) => ({
      requests: sent,
      retries: again
    }))
  });
});
var layer = (config2) => scoped(TestomatClient, gen(function* () {
  const agent = yield* makeAgent();
  const limit = config2.requestsPerSecond === void 0 ? (effect2) => effect2 : yield* make2({ limit: config2.requestsPerSecond, interval: "1 second" });
  return yield* make4(config2, (request2) => limit(request(agent, request2)));
}));
var layerDryRun = (config2, onRequest) => effect(TestomatClient, make4(config2, (request2) => {
  const key = JSON.stringify(value(config2.apiKey));
  const text = typeof request2.body === "string" ? request2.body : new TextDecoder().decode(request2.body);
  const body = text.split(key).join(JSON.stringify(MASKED_KEY));
  return as(onRequest({ ...request2, body }), {
    status: 200,
    headers: {},
    body: JSON.stringify({ uid: "dry-run", url: `${config2.url.replace(/\/+$/, "")}/dry-run` })
  });
}));

// ../testomat/dist/TestomatTest.js
var defaultMappingOptions = { passedOutput: false, maxStack: 64 * 1024 };
var section = (title, body) => body === void 0 || body === "" ? void 0 : `--- ${title} ---
${body}`;
var describeFailure = (f) => {
  const head = [f.type, f.message].filter((x) => x !== void 0).join(": ");
  if (f.stack === void 0)
    return head;
  return f.stack.includes(f.message ?? "\0") || head === "" ? f.stack : `${head}
${f.stack}`;
};
var stackOf = (test, options) => {
  const parts = [];
  if (test.status !== "passed" || options.passedOutput) {
    for (const failure of test.failures ?? [])
      parts.push(describeFailure(failure));
    test.attempts?.forEach((attempt, i) => parts.push(section(`attempt ${i + 1} (${attempt.kind})`, describeFailure(attempt) || void 0)));
    if (test.skip?.text !== void 0)
      parts.push(test.skip.text);
    parts.push(section("stdout", test.stdout), section("stderr", test.stderr));
  } else if (test.flaky) {
    test.attempts?.forEach((attempt, i) => parts.push(section(`attempt ${i + 1} (${attempt.kind})`, describeFailure(attempt) || void 0)));
  }
  const text = parts.filter((p) => p !== void 0 && p !== "").join("\n\n");
  if (text === "")
    return void 0;
  const bounded = new BoundedText(options.maxStack);
  bounded.append(text);
  return bounded.value();
};
var firstLine = (text) => {
  const line = text?.trim().split("\n", 1)[0]?.trim();
  return line === void 0 || line === "" ? void 0 : line;
};
var messageOf = (test) => {
  const first = test.failures?.[0];
  if (first !== void 0) {
    return first.message ?? firstLine(first.stack) ?? first.type ?? (first.kind === "error" ? "error" : "failure");
  }
  if (test.status === "skipped")
    return test.skip?.message ?? (test.disabled ? "disabled" : void 0);
  if (test.flaky)
    return `flaky: passed after ${test.attempts?.length ?? 0} failed attempt(s)`;
  return void 0;
};
var exampleOf = (parameters) => parameters.every((p) => p.name !== void 0) ? Object.fromEntries(parameters.map((p) => [p.name, p.value])) : parameters.map((p) => p.value).join(", ");
var stepOf = (step) => ({
  title: step.title,
  ...step.category === void 0 ? {} : { category: step.category },
  ...step.duration === void 0 ? {} : { duration: Math.round(step.duration * 1e3) },
  ...step.error === void 0 ? {} : {
    error: {
      ...step.error.message === void 0 ? {} : { message: step.error.message },
      ...step.error.stack === void 0 ? {} : { stack: step.error.stack }
    }
  },
  ...step.steps === void 0 ? {} : { steps: step.steps.map(stepOf) }
});
var UNNAMED = "(unnamed test)";
var fromTestCase = (test, options) => {
  const out = {
    title: test.title.trim() === "" ? UNNAMED : test.title,
    status: test.status,
    rid: `${options.ridPrefix ?? ""}${test.id}`
  };
  if (test.testId !== void 0)
    out.test_id = `@T${test.testId}`;
  const suite = test.suite.at(-1) ?? test.className;
  if (suite !== void 0)
    out.suite_title = suite;
  if (test.file !== void 0)
    out.file = test.file;
  if (test.duration !== void 0)
    out.run_time = test.duration;
  const message = messageOf(test);
  if (message !== void 0)
    out.message = message;
  const stack = stackOf(test, options);
  if (stack !== void 0)
    out.stack = stack;
  if (test.steps !== void 0 && test.steps.length > 0)
    out.steps = test.steps.map(stepOf);
  const artifacts = test.attachments?.flatMap((a) => a.url === void 0 ? [] : [a.url]);
  if (artifacts !== void 0 && artifacts.length > 0)
    out.artifacts = artifacts;
  if (test.parameters !== void 0 && test.parameters.length > 0)
    out.example = exampleOf(test.parameters);
  return out;
};

// ../testomat/dist/TestomatSink.js
var defaultPushOptions = {
  run: {},
  finish: true,
  create: false,
  batch: { maxItems: 500, maxBytes: 1024 * 1024, linger: "1 second" },
  concurrency: 4,
  mapping: defaultMappingOptions
};
var MAX_FAILURES_LISTED = 20;
var push = (records, options) => gen(function* () {
  const client = yield* TestomatClient;
  const run = options.runId === void 0 ? yield* client.createRun(options.run) : yield* as(client.joinRun(options.runId, options.run), { uid: options.runId });
  const completeness2 = completeness();
  const counts = { read: 0, delivered: 0, undelivered: 0, batches: 0, failedBatches: 0, inputErrors: 0 };
  const failures = [];
  let duration = 0;
  let index = 0;
  const keepTests = options.onUndelivered !== void 0;
  const send = (batch) => {
    const batchIndex = ++index;
    const items = toReadonlyArray(batch);
    return client.sendBatch(run.uid, { index: batchIndex, tests: items.map((e) => e.json), create: options.create }).pipe(matchEffect({
      onSuccess: () => sync(() => {
        counts.batches++;
        counts.delivered += items.length;
      }),
      onFailure: (error) => {
        counts.batches++;
        counts.failedBatches++;
        counts.undelivered += items.length;
        if (failures.length < MAX_FAILURES_LISTED) {
          failures.push(`batch ${batchIndex} (${items.length} tests): ${error.message}`);
        }
        return options.onUndelivered?.(items.flatMap((e) => e.test ?? []), error) ?? _void;
      }
    }));
  };
  yield* records.pipe(mapChunks((chunk) => {
    const out = [];
    for (const record of chunk) {
      completeness2.track(record);
      if (record.type === "diagnostic" && record.severity === "error")
        counts.inputErrors++;
      if (record.type !== "test")
        continue;
      counts.read++;
      duration += record.duration ?? 0;
      const json = JSON.stringify(fromTestCase(record, options.mapping));
      out.push({ test: keepTests ? record : void 0, json });
    }
    return unsafeFromArray(out);
  }), group(options.batch, (e) => e.json.length), mapEffect(send, { concurrency: options.concurrency, unordered: true }), runDrain);
  const truncated = !completeness2.complete();
  const leftOpen = !options.finish ? "not finished on request (TESTOMATIO_PROCEED)" : truncated ? "the input ended without its trailer, so the run may be incomplete" : counts.undelivered > 0 ? `${counts.undelivered} tests did not arrive` : void 0;
  let finished = false;
  let finishProblem;
  if (leftOpen === void 0) {
    const outcome = yield* either(client.finishRun(run.uid, { statusEvent: "finish", duration: Math.round(duration * 1e3) / 1e3 }));
    if (outcome._tag === "Right")
      finished = true;
    else
      finishProblem = `finishing the run failed: ${outcome.left.message}`;
  }
  const stats = yield* client.stats;
  const why = leftOpen ?? finishProblem;
  return {
    run,
    ...counts,
    requests: stats.requests,
    retries: stats.retries,
    truncated,
    finished,
    ...why === void 0 ? {} : { leftOpen: why },
    failures
  };
});

// dist/internal/pushTestomat.js
var config = (c, apiKey) => ({
  url: c.url,
  apiKey,
  timeout: `${c.timeoutMs} millis`,
  retry: schedule({ ...defaultPolicy, maxRetries: c.retries, maxElapsed: `${c.retryTimeSeconds} seconds` }),
  ...c.requestsPerSecond === void 0 ? {} : { requestsPerSecond: c.requestsPerSecond }
});
var noKey = (terminal) => {
  terminal.fatal(`no API key: set ${TESTOMAT_ENV.apiKey} (or give --api-key, which leaves it in your shell history)`);
  return Effect_exports.succeed(ExitCode.Usage);
};
var exitFor = (error) => error.reason === "Unauthorized" ? ExitCode.AuthenticationRefused : ExitCode.DeliveryIncomplete;
var showRequest = (request2) => Console_exports.log(`${request2.method} ${request2.url}
${request2.body}
`);
var push2 = (args) => Effect_exports.gen(function* () {
  const terminal = new Terminal(args.quiet);
  const apiKey = args.connection.apiKey;
  if (apiKey === void 0)
    return yield* noKey(terminal);
  if (args.inputs.length === 0 && process.stdin.isTTY) {
    terminal.fatal("no input: give result files, or pipe the stream of tr convert into stdin");
    return ExitCode.Usage;
  }
  const input = yield* open2(args.inputs, args, terminal);
  const failedOut = args.failedOut === void 0 ? none : yield* open(args.failedOut, args.version);
  const client = args.dryRun ? layerDryRun(config(args.connection, apiKey), showRequest) : layer(config(args.connection, apiKey));
  const outcome = yield* push(input.records, {
    ...args.runId === void 0 ? {} : { runId: args.runId },
    run: args.run,
    finish: args.finish,
    create: args.create,
    batch: { maxItems: args.batchSize, maxBytes: args.batchBytes, linger: `${args.lingerMs} millis` },
    concurrency: args.concurrency,
    mapping: {
      passedOutput: args.passedOutput,
      maxStack: args.maxStack,
      ...args.ridPrefix === void 0 ? {} : { ridPrefix: args.ridPrefix }
    },
    // Without a file to write them to, the sink need not keep the records of batches in flight.
    ...args.failedOut === void 0 ? {} : { onUndelivered: failedOut.add }
  }).pipe(Effect_exports.provide(client), Effect_exports.either);
  yield* failedOut.close;
  if (outcome._tag === "Left") {
    terminal.fatal(`${outcome.left.message}; no test was sent`);
    if (args.json) {
      yield* Console_exports.log(JSON.stringify({ error: outcome.left.message, reason: outcome.left.reason, delivered: 0 }));
    }
    return exitFor(outcome.left);
  }
  const s = outcome.right;
  const inputProblems = s.truncated || s.inputErrors > 0 || input.tally.errors > 0;
  const code = worst(s.undelivered > 0 ? ExitCode.DeliveryIncomplete : ExitCode.Ok, inputProblems ? ExitCode.InputProblems : ExitCode.Ok);
  terminal.line(`tr push testomat: ${plural(s.read, "test")} read, ${count(s.delivered)} delivered, ${count(s.undelivered)} not delivered (${plural(s.batches, "batch", "batches")}, ${plural(s.requests, "request")}, ${plural(s.retries, "retry", "retries")})`);
  for (const failure of s.failures)
    terminal.line(`  ${failure}`);
  if (s.truncated) {
    terminal.line("the input ended without its trailer: the producer stopped or the pipe was cut, so this run may be incomplete");
  }
  if (s.undelivered > 0) {
    terminal.line(args.failedOut !== void 0 ? `the ${plural(s.undelivered, "test")} that did not arrive are in ${args.failedOut}; deliver them with: tr push testomat --run ${s.run.uid} < ${args.failedOut}` : `${plural(s.undelivered, "test")} did not arrive; name --failed-out FILE to keep them for another push`);
  }
  terminal.line(`run ${s.run.uid}${s.run.url ? `: ${s.run.url}` : ""} (${s.finished ? "finished" : `left open: ${s.leftOpen}`})`);
  if (args.json)
    yield* Console_exports.log(JSON.stringify({ ...s, exitCode: code }));
  return code;
});
var runOnce = (connection, quiet, use) => Effect_exports.gen(function* () {
  const terminal = new Terminal(quiet);
  if (connection.apiKey === void 0)
    return yield* noKey(terminal);
  const outcome = yield* Effect_exports.flatMap(TestomatClient, (client) => use(client, terminal)).pipe(Effect_exports.provide(layer(config(connection, connection.apiKey))), Effect_exports.either);
  if (outcome._tag === "Right")
    return ExitCode.Ok;
  terminal.fatal(outcome.left.message);
  return exitFor(outcome.left);
});
export {
  push2 as push,
  runOnce
};
