import { describe, expect, it } from "@effect/vitest"
import * as FilePath from "../src/FilePath.js"

describe("FilePath.relativeTo", () => {
  it("writes a file under the root relative to it, with / whatever the separators", () => {
    expect(FilePath.relativeTo("/ci/app/src/a.test.ts", "/ci/app")).toBe("src/a.test.ts")
    expect(FilePath.relativeTo("/ci/app/src/a.test.ts", "/ci/app/")).toBe("src/a.test.ts")
    expect(FilePath.relativeTo("C:\\work\\app\\test\\a.js", "c:\\work\\app")).toBe("test/a.js")
  })

  it("keeps any other path as written, a leading ./ left out", () => {
    expect(FilePath.relativeTo("/ci/application/a.ts", "/ci/app")).toBe("/ci/application/a.ts")
    expect(FilePath.relativeTo("/ci/app", "/ci/app")).toBe("/ci/app")
    expect(FilePath.relativeTo("src/a.ts", "/ci/app")).toBe("src/a.ts")
    expect(FilePath.relativeTo("./spec/a_spec.rb", "/ci/app")).toBe("spec/a_spec.rb")
    expect(FilePath.relativeTo("/ci/app/a.ts", undefined)).toBe("/ci/app/a.ts")
  })
})
