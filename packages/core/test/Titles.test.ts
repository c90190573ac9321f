import { describe, expect, it } from "vitest"
import * as Titles from "../src/Titles.js"

describe("Titles", () => {
  it("takes a Testomat.io id out of a title, wherever it stands, and leaves the rest as written", () => {
    expect(Titles.splitTestomatId("logs in @Tabcd1234")).toEqual({ title: "logs in", testId: "abcd1234" })
    expect(Titles.splitTestomatId("@Tabcd1234 logs  in")).toEqual({ title: "logs in", testId: "abcd1234" })
    expect(Titles.splitTestomatId("logs in  twice")).toEqual({ title: "logs in  twice" })
    // Nine characters are no id.
    expect(Titles.splitTestomatId("logs in @Tabcd12345")).toEqual({ title: "logs in @Tabcd12345" })
  })

  it("reads a tag that is a Testomat.io id, whole", () => {
    expect(Titles.testomatIdOfTag("@Tabcd1234")).toBe("abcd1234")
    expect(Titles.testomatIdOfTag("@smoke")).toBeUndefined()
    expect(Titles.testomatIdOfTag("@Tabcd12345")).toBeUndefined()
    expect(Titles.testomatIdOfTag("x@Tabcd1234")).toBeUndefined()
  })
})
