/**
 * Configuration from the environment, under the names the official reporters use, so that `tr` is a drop-in.
 * Flags win over the environment.
 */
import { Option, Redacted } from "effect"

/** Every variable `tr` reads, for the help text and the README. */
export const TESTOMAT_ENV = {
  apiKey: "TESTOMATIO",
  url: "TESTOMATIO_URL",
  title: "TESTOMATIO_TITLE",
  env: "TESTOMATIO_ENV",
  groupTitle: "TESTOMATIO_RUNGROUP_TITLE",
  run: "TESTOMATIO_RUN",
  create: "TESTOMATIO_CREATE",
  proceed: "TESTOMATIO_PROCEED",
  sharedRun: "TESTOMATIO_SHARED_RUN",
  timeout: "TESTOMATIO_REQUEST_TIMEOUT"
} as const

const value = (name: string): string | undefined => {
  const v = process.env[name]
  return v === undefined || v.trim() === "" ? undefined : v
}

export const text = (flag: Option.Option<string>, name: string): string | undefined =>
  Option.getOrUndefined(flag) ?? value(name)

export const secret = (
  flag: Option.Option<Redacted.Redacted<string>>,
  name: string
): Redacted.Redacted<string> | undefined =>
  Option.getOrUndefined(flag) ?? (value(name) === undefined ? undefined : Redacted.make(value(name)!))

/** A flag given, or the variable set to something other than a false word. */
export const flag = (given: boolean, name: string): boolean => {
  if (given) return true
  const v = value(name)
  return v !== undefined && !["0", "false", "no", "off"].includes(v.toLowerCase())
}

export const number = (flag: Option.Option<number>, name: string): number | undefined => {
  if (Option.isSome(flag)) return flag.value
  const v = value(name)
  return v === undefined || !Number.isFinite(Number(v)) ? undefined : Number(v)
}
