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
})
