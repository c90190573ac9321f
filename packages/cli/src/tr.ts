#!/usr/bin/env node
/**
 * The `tr` command: ours when the first argument is one of our commands, otherwise the system's `tr`.
 *
 * @since 0.1.0
 */
import { handOver, isOurs } from "./internal/passthrough.js"

const args = process.argv.slice(2)
if (isOurs(args)) await import("./bin.js")
else handOver(args, process.argv[1]!)
