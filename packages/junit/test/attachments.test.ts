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
})
