import { describe, expect, it } from "@effect/vitest"
import { arr, asText, isObject, num, obj, objs, str } from "../src/JsonValue.js"

describe("JsonValue", () => {
  it("takes a value for what it is, or gives nothing", () => {
    expect([str("a"), str(1), str(null)]).toEqual(["a", undefined, undefined])
    expect([num(2.5), num("2"), num(Number.POSITIVE_INFINITY), num(Number.NaN)]).toEqual([
      2.5,
      undefined,
      undefined,
      undefined
    ])
    expect([isObject({}), isObject([]), isObject(null), isObject("x")]).toEqual([true, false, false, false])
    expect(obj<{ name?: unknown }>({ name: "a" })?.name).toBe("a")
    expect([obj([1]), obj(null), obj(3)]).toEqual([undefined, undefined, undefined])
    expect([arr([1, "a"]), arr({ 0: 1 }), arr(undefined)]).toEqual([[1, "a"], [], []])
    expect(objs([{ a: 1 }, null, [2], "x", { b: 2 }])).toEqual([{ a: 1 }, { b: 2 }])
  })

  it("asText: strings as they are, anything else as JSON, a value too deep to write said so", () => {
    expect([asText("a"), asText({ a: [1] }), asText(3), asText(undefined)]).toEqual([
      "a",
      "{\"a\":[1]}",
      "3",
      "undefined"
    ])
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(asText(deep)).toBe("(nested too deeply to keep)")
  })
})
