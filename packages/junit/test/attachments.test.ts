import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { read, tests } from "./read.js"

describe("JunitReader attachments", () => {
  it.effect("[[ATTACHMENT|path]] lines of system-out and system-err, file:// links and attachment properties", () =>
    Effect.gen(function*() {
      const xml = `<?xml version="1.0"?>
<testsuites><testsuite name="login.spec.ts" tests="3">
  <testcase name="logs in" classname="login.spec.ts" time="1.5">
    <failure message="expected">Error: expected</failure>
    <system-out>
[[ATTACHMENT|../test-results/login-logs-in/test-failed-1.png]]
[[ATTACHMENT|../test-results/login-logs-in/video.webm]]
    </system-out>
    <system-err>[[ATTACHMENT|/abs/trace.zip]]
see file:///tmp/report/log.txt for more
[[ATTACHMENT|../test-results/login-logs-in/video.webm]]</system-err>
  </testcase>
  <testcase name="jenkins style" classname="A">
    <properties><property name="attachment" value="out/screen.png"/><property name="other" value="x.png"/></properties>
  </testcase>
  <testcase name="plain" classname="A"><system-out>no [[ATTACHMENT| here</system-out></testcase>
</testsuite></testsuites>`
      const [first, second, third] = tests(yield* read(xml))
      expect(first!.attachments).toEqual([
        { path: "../test-results/login-logs-in/test-failed-1.png" },
        { path: "../test-results/login-logs-in/video.webm" },
        { path: "/abs/trace.zip" },
        { path: "file:///tmp/report/log.txt" }
      ])
      // The output is kept as written.
      expect(first!.stdout).toContain("[[ATTACHMENT|../test-results/login-logs-in/test-failed-1.png]]")
      expect(second!.attachments).toEqual([{ path: "out/screen.png" }])
      expect(third!.attachments).toBeUndefined()
    }))

  it.effect("finds the markers of the whole output, past the text cap, whatever pieces it arrives in", () =>
    Effect.gen(function*() {
      const filler = (n: number) => Array.from({ length: n }, (_, i) => `log line ${i} ${"-".repeat(40)}`).join("\n")
      const xml = `<testsuites><testsuite name="s"><testcase name="long" classname="A">` +
        `<system-out>[[ATTACHMENT|first.png]]\n${filler(2000)}\n[[ATTACHMENT|middle.png]]\n${filler(2000)}\n` +
        `see file:///tmp/run/last.log\n${filler(300)}\n[[ATTACHMENT|end.webm]]</system-out>` +
        `<system-err>${"e".repeat(20_000)} [[ATTACHMENT|err.zip]]</system-err>` +
        `</testcase></testsuite></testsuites>`
      for (const size of [7, 97, 4096, 1 << 20]) {
        const [test] = tests(yield* read(xml, { size, maxTextLength: 1000 }))
        expect(test!.attachments, `pieces of ${size}`).toEqual([
          { path: "first.png" },
          { path: "middle.png" },
          { path: "end.webm" },
          { path: "file:///tmp/run/last.log" },
          { path: "err.zip" }
        ])
        // The text itself is cut as before.
        expect(test!.stdout!.length).toBeLessThan(1100)
        expect(test!.stdout).not.toContain("middle.png")
        expect(test!.truncated?.map((t) => t.field)).toEqual(["stdout", "stderr"])
      }
    }))
})
