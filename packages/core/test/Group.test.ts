import { describe, expect, it } from "@effect/vitest"
import * as Group from "../src/Group.js"

describe("Group", () => {
  it("splits a dotted class name at its last dot", () => {
    expect(Group.fromClassName("com.acme.LoginTest")).toEqual({ group: "LoginTest", namespace: "com.acme" })
    expect(Group.fromClassName("LoginTest")).toEqual({ group: "LoginTest" })
  })

  it("takes a class name that is a file path as a file in its folder, never splitting off the extension", () => {
    expect(Group.fromClassName("auth/login.spec.ts")).toEqual({ group: "login.spec.ts", namespace: "auth" })
    expect(Group.fromClassName("tests\\test_login.py")).toEqual({ group: "test_login.py", namespace: "tests" })
    expect(Group.fromClassName("login.spec.ts")).toEqual({ group: "login.spec.ts" })
  })

  it("keeps a name with spaces whole", () => {
    expect(Group.fromClassName("Login form. When locked")).toEqual({ group: "Login form. When locked" })
  })

  it("prefers the group a record states, else its class name, else its innermost suite", () => {
    expect(Group.of({ group: "Login", namespace: "e2e/login.spec.ts", className: "a.B", suite: [] })).toEqual({
      group: "Login",
      namespace: "e2e/login.spec.ts"
    })
    expect(Group.of({ className: "a.B", suite: ["S"] })).toEqual({ group: "B", namespace: "a" })
    expect(Group.of({ suite: ["Outer", "Inner"] })).toEqual({ group: "Inner" })
    expect(Group.of({ suite: [] })).toBeUndefined()
  })

  it("fills a record's group and namespace: derived, given, or none", () => {
    const derived: { group?: string; namespace?: string; className: string; suite: Array<string> } = {
      className: "App.Tests.CalcTests",
      suite: ["App.Tests.dll"]
    }
    Group.fill(derived)
    expect([derived.group, derived.namespace]).toEqual(["CalcTests", "App.Tests"])

    const given: { group?: string; namespace?: string; className: string; suite: Array<string> } = {
      className: "a.B",
      suite: []
    }
    Group.fill(given, { group: "Login > form", namespace: "e2e/login.spec.ts" })
    expect([given.group, given.namespace]).toEqual(["Login > form", "e2e/login.spec.ts"])

    // An explicit `undefined` means no group, not "derive one".
    const none: { group?: string; namespace?: string; className: string; suite: Array<string> } = {
      className: "a.B",
      suite: ["S"]
    }
    Group.fill(none, undefined)
    expect(none).toEqual({ className: "a.B", suite: ["S"] })
    const empty: { group?: string; namespace?: string; suite: Array<string> } = { suite: [] }
    Group.fill(empty)
    expect(empty).toEqual({ suite: [] })
  })
})
