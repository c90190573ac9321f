#!/usr/bin/env node
import { createRequire as __trRequire } from 'node:module'; const require = __trRequire(import.meta.url);
import "./chunks/chunk-X6A24GZM.js";

// dist/internal/passthrough.js
import { spawnSync } from "node:child_process";
import { accessSync, constants, realpathSync, statSync } from "node:fs";
import { delimiter, join } from "node:path";
var OURS = /* @__PURE__ */ new Set([
  "convert",
  "push",
  "schema",
  "testomat",
  "octane",
  "help",
  "--help",
  "-h",
  "--version",
  "--completions",
  "--wizard"
]);
var TRIED = "TR_PASSTHROUGH_TRIED";
var isOurs = (args2) => args2.length === 0 || OURS.has(args2[0]);
var real = (path) => {
  try {
    return realpathSync(path);
  } catch {
    return void 0;
  }
};
var isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};
var nextTr = (self, env) => {
  const tried = new Set((env[TRIED] ?? "").split(delimiter).filter((p) => p !== ""));
  const me = real(self);
  for (const dir of (env["PATH"] ?? "").split(delimiter)) {
    if (dir === "")
      continue;
    const candidate = join(dir, "tr");
    if (!isExecutable(candidate))
      continue;
    const resolved = real(candidate);
    if (resolved === void 0 || resolved === me || tried.has(resolved))
      continue;
    return resolved;
  }
  return void 0;
};
var handOver = (args2, self) => {
  const env = process.env;
  const target = nextTr(self, env);
  if (target === void 0) {
    process.stderr.write(`tr: "${args2[0]}" is not a tr command (see tr --help), and there is no other tr on PATH to hand it to
`);
    process.exit(127);
  }
  const tried = [env[TRIED], target].filter((p) => p !== void 0 && p !== "").join(delimiter);
  const result = spawnSync(target, args2, { stdio: "inherit", env: { ...env, [TRIED]: tried }, argv0: "tr" });
  if (result.error !== void 0) {
    process.stderr.write(`tr: could not run ${target}: ${result.error.message}
`);
    process.exit(126);
  }
  if (result.signal !== null)
    process.kill(process.pid, result.signal);
  process.exit(result.status ?? 1);
};

// dist/tr.js
var args = process.argv.slice(2);
if (isOurs(args))
  await import("./test-results.js");
else
  handOver(args, process.argv[1]);
