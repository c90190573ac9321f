// Shared vitest settings: every package writes a JSON report that `tooling/scripts/test.mjs` totals.
import { defineConfig } from "vitest/config"

export const shared = defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: ".vitest/results.json" }]],
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
