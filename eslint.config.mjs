import * as effect from "@effect/eslint-plugin"
import js from "@eslint/js"
import { readdirSync } from "node:fs"
import tseslint from "typescript-eslint"

// The dependency rules of the design: readers never reach a sink, sinks never reach a reader, core reaches no other
// package, and no library reaches the CLI, the tooling, or what only a command needs.
const SINKS = ["testomat", "octane"]
const OWN = ["core", "cli", "xsd", ...SINKS]
const READERS = readdirSync(new URL("packages", import.meta.url)).filter((dir) => !OWN.includes(dir))
const scoped = (dirs) => dirs.flatMap((dir) => [`@tr/${dir}`, `@tr/${dir}/*`])
const restrict = (dirs, forbidden, why) => ({
  files: dirs.map((dir) => `packages/${dir}/src/**`),
  rules: {
    "no-restricted-imports": ["error", {
      patterns: [
        {
          group: ["test-results", "test-results/*", "@tr/cli", "@tr/cli/*", "@tr/tooling", "@tr/tooling/*"],
          message: "a library never imports the CLI or the tooling"
        },
        { group: ["@effect/cli", "@effect/cli/*"], message: "commands and flags belong to packages/cli" },
        ...(forbidden.length === 0 ? [] : [{ group: forbidden, message: why }])
      ]
    }]
  }
})

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "packages/cli/bin/**",
      "**/node_modules/**",
      "**/.tsbuildinfo/**",
      "**/.vitest/**",
      "tooling/bench/work/**"
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.mjs"],
    plugins: { "@effect": effect },
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@effect/dprint": ["error", {
        config: {
          indentWidth: 2,
          lineWidth: 120,
          semiColons: "asi",
          quoteStyle: "alwaysDouble",
          trailingCommas: "never",
          operatorPosition: "maintain",
          "arrowFunction.useParentheses": "force"
        }
      }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-namespace": "off",
      "no-console": "error"
    }
  },
  {
    files: ["packages/cli/src/**", "tooling/**", "**/test/**"],
    rules: { "no-console": "off" }
  },
  restrict(["core"], ["@tr/*"], "core is the base every package builds on: it imports none of them"),
  restrict(READERS, [...scoped(SINKS), "undici"], "a reader turns bytes into records: it never reaches a service"),
  restrict(SINKS, scoped(READERS), "a sink takes canonical records: it never reads a report format"),
  restrict(["xsd"], ["@tr/*"], "the XSD kit stands alone")
)
