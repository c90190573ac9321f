/**
 * Runs an emulator on loopback until interrupted, for trying `tr` by hand:
 *
 *   node tooling/dist/emulators/serve.js testomat
 *
 * Prints the URL and the API key it accepts, then one line per request on stderr.
 */
import { startTestomatEmulator } from "./testomat.js"

const which = process.argv[2] ?? "testomat"
if (which !== "testomat") {
  console.error(`unknown emulator ${which}; known: testomat`)
  process.exit(2)
}
const emulator = await startTestomatEmulator()
console.log(`${emulator.url} ${emulator.apiKey}`)
let shown = 0
setInterval(() => {
  for (; shown < emulator.requests.length; shown++) {
    const r = emulator.requests[shown]!
    console.error(`${r.method} ${r.path} -> ${r.status}`)
  }
}, 200)
process.on("SIGINT", () => emulator.close().then(() => process.exit(0)))
process.on("SIGTERM", () => emulator.close().then(() => process.exit(0)))
