/**
 * Help and command-line mistakes, in tr's own words. @effect/cli parses; its help (1,300-character lines, framework
 * options on every command, no defaults, no examples) and its errors (`'abc' is not a integer`, naming no option)
 * are replaced here: every option is declared through the builders below, which record what the help shows, and the
 * command line is checked against the same records before @effect/cli sees it.
 */
import { Options } from "@effect/cli"
import type { Option, Redacted } from "effect"
import { distance } from "./passthrough.js"

/** What the help says of one option. */
export interface About {
  readonly text: string
  /** The variable read when the flag is not given. */
  readonly env?: string
  /** The word that stands for the value in the help (`N`, `URL`, `FILE`, …). */
  readonly value?: string
  readonly alias?: string
  /** What is used when neither the flag nor the variable is given, for an option whose value may be absent. */
  readonly default?: string
}

interface Flag extends About {
  readonly name: string
  readonly kind: "boolean" | "integer" | "text" | "choice"
  readonly choices?: ReadonlyArray<string>
  readonly default?: string
  readonly repeated?: boolean
}

const flags = new WeakMap<object, Flag>()

const registered = <A>(options: Options.Options<A>, flag: Flag): Options.Options<A> => {
  const aliased = flag.alias === undefined ? options : Options.withAlias(options, flag.alias)
  flags.set(aliased, flag)
  return aliased
}

/** Builders of the options of every command: each records its help. */
export const option = {
  text: (name: string, about: About): Options.Options<Option.Option<string>> =>
    registered(Options.optional(Options.text(name)), { ...about, name, kind: "text" }),
  secret: (name: string, about: About): Options.Options<Option.Option<Redacted.Redacted<string>>> =>
    registered(Options.optional(Options.redacted(name)), { ...about, name, kind: "text" }),
  repeated: (name: string, about: About): Options.Options<Array<string>> =>
    registered(Options.repeated(Options.text(name)), { ...about, name, kind: "text", repeated: true }),
  integer: (name: string, about: About): Options.Options<Option.Option<number>> =>
    registered(Options.optional(Options.integer(name)), { value: "N", ...about, name, kind: "integer" }),
  integerOr: (name: string, fallback: number, about: About): Options.Options<number> =>
    registered(Options.withDefault(Options.integer(name), fallback), {
      value: "N",
      ...about,
      name,
      kind: "integer",
      default: String(fallback)
    }),
  boolean: (name: string, about: About): Options.Options<boolean> =>
    registered(Options.boolean(name), { ...about, name, kind: "boolean" }),
  choice: <C extends string>(
    name: string,
    choices: ReadonlyArray<C>,
    about: About
  ): Options.Options<Option.Option<C>> =>
    registered(Options.optional(Options.choice(name, choices)), { ...about, name, kind: "choice", choices }),
  choiceOr: <C extends string>(
    name: string,
    choices: ReadonlyArray<C>,
    fallback: C,
    about: About
  ): Options.Options<C> =>
    registered(Options.withDefault(Options.choice(name, choices), fallback), {
      ...about,
      name,
      kind: "choice",
      choices,
      default: fallback
    })
}

/** The help of one command: a leaf takes options, a group names its commands. */
export interface Node {
  readonly name: string
  /** One line: what the command is for. */
  readonly purpose: string
  /** `[OPTIONS] [INPUT...]` and the like, after the command's path. */
  readonly usage?: string
  readonly args?: ReadonlyArray<readonly [string, string]>
  readonly details?: ReadonlyArray<string>
  readonly options?: Readonly<Record<string, unknown>>
  readonly commands?: ReadonlyArray<Node>
  readonly examples: ReadonlyArray<readonly [command: string, what: string]>
}

export const WIDTH = 100

/** `text` in lines of at most `width` characters, broken between words. */
export const wrap = (text: string, width: number): Array<string> => {
  const lines: Array<string> = []
  let line = ""
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === "" ? word : `${line} ${word}`
  }
  if (line !== "") lines.push(line)
  return lines
}

const LEFT = 28

/** Two columns: the term, then its text wrapped beside it (or below it when the term is wider than the column). */
const columns = (rows: ReadonlyArray<readonly [string, string]>): Array<string> =>
  rows.flatMap(([term, text]) => {
    const body = wrap(text, WIDTH - LEFT)
    const head = `  ${term}`
    if (head.length < LEFT - 1) {
      return [head.padEnd(LEFT) + (body[0] ?? ""), ...body.slice(1).map((l) => " ".repeat(LEFT) + l)]
    }
    return [head, ...body.map((l) => " ".repeat(LEFT) + l)]
  })

const flagsOf = (node: Node): Array<Flag> =>
  Object.values(node.options ?? {}).flatMap((o) => {
    const flag = typeof o === "object" && o !== null ? flags.get(o) : undefined
    return flag === undefined ? [] : [flag]
  })

const term = (flag: Flag): string => {
  const value = flag.kind === "boolean"
    ? ""
    : ` ${flag.value ?? (flag.kind === "choice" ? flag.choices!.join("|") : flag.kind.toUpperCase())}`
  return `${flag.alias === undefined ? "" : `-${flag.alias}, `}--${flag.name}${value}`
}

const describe = (flag: Flag): string =>
  [
    flag.text,
    flag.repeated === true ? "(repeatable)" : "",
    flag.default === undefined ? "" : `[default: ${flag.default}]`,
    flag.env === undefined ? "" : `[env: ${flag.env}]`
  ].filter((p) => p !== "").join(" ")

/** The help of `path` (`["push", "testomat"]`), as printed. */
export const render = (root: Node, path: ReadonlyArray<string>): string => {
  const node = find(root, path)!
  const name = ["tr", ...path].join(" ")
  const out: Array<string> = [...wrap(node.purpose, WIDTH), ""]
  out.push(`Usage: ${name} ${node.usage ?? (node.commands !== undefined ? "COMMAND" : "[OPTIONS]")}`, "")
  for (const paragraph of node.details ?? []) out.push(...wrap(paragraph, WIDTH), "")
  if (node.commands !== undefined) {
    out.push("Commands:", ...columns(node.commands.map((c) => [c.name, c.purpose])), "")
  }
  if (node.args !== undefined) out.push("Arguments:", ...columns(node.args), "")
  const own = flagsOf(node).map((f) => [term(f), describe(f)] as const)
  const builtIn: Array<readonly [string, string]> = [["-h, --help", "Show this help"]]
  if (path.length === 0) {
    builtIn.push(["--version", "Print the version"], [
      "--completions SHELL",
      "Print a completion script (sh, bash, fish, zsh)"
    ])
  }
  out.push("Options:", ...columns([...own, ...builtIn]), "")
  out.push(
    "Examples:",
    ...node.examples.flatMap(([command, what]) => [
      ...wrap(`# ${what}`, WIDTH - 2).map((l) => `  ${l}`),
      `  ${command}`
    ])
  )
  return out.join("\n") + "\n"
}

const find = (root: Node, path: ReadonlyArray<string>): Node | undefined =>
  path.reduce<Node | undefined>((node, name) => node?.commands?.find((c) => c.name === name), root)

/** The name in `names` that `typed` most likely meant, if one is close. */
export const suggest = (typed: string, names: ReadonlyArray<string>): string | undefined => {
  let best: { name: string; d: number } | undefined
  for (const name of names) {
    const d = distance(typed, name)
    const near = d <= Math.max(1, Math.min(3, Math.floor(name.length / 3))) ||
      (typed.length >= 3 && name.startsWith(typed))
    if (near && (best === undefined || d < best.d)) best = { name, d }
  }
  return best?.name
}

const didYouMean = (typed: string, names: ReadonlyArray<string>, prefix = ""): string => {
  const near = suggest(typed, names)
  return near === undefined ? "" : `; did you mean ${prefix}${near}?`
}

/** What the command line asks before any command runs: help, or a mistake to report (exit 2). */
export type Answer =
  | { readonly _tag: "Help"; readonly text: string }
  | { readonly _tag: "Mistake"; readonly message: string }
  | { readonly _tag: "Run" }

const TOP_LEVEL = new Set(["--version", "--completions"])

/** Reads `args` (after `tr`) far enough to answer help and mistakes; everything else is @effect/cli's to parse. */
export const answer = (root: Node, args: ReadonlyArray<string>): Answer => {
  const end = args.indexOf("--")
  const words = end === -1 ? args : args.slice(0, end)
  if (words[0] === "help") return helpOf(root, words.slice(1))
  const path: Array<string> = []
  let node = root
  let i = 0
  for (; i < words.length && node.commands !== undefined; i++) {
    const word = words[i]!
    if (word === "--help" || word === "-h") return { _tag: "Help", text: render(root, path) }
    if (path.length === 0 && TOP_LEVEL.has(word.split("=")[0]!)) return { _tag: "Run" }
    const next = node.commands.find((c) => c.name === word)
    const name = ["tr", ...path].join(" ")
    if (next === undefined) {
      const names = node.commands.map((c) => c.name)
      const what = word.startsWith("-") ? `unknown option ${word}` : `unknown command "${word}"`
      return {
        _tag: "Mistake",
        message: `${name}: ${what}${didYouMean(word, names, `${name} `)} (commands: ${
          names.join(", ")
        }; see ${name} --help)`
      }
    }
    path.push(word)
    node = next
  }
  const name = ["tr", ...path].join(" ")
  if (node.commands !== undefined) {
    if (path.length === 0) return { _tag: "Help", text: render(root, path) }
    return {
      _tag: "Mistake",
      message: `${name} needs a command: ${node.commands.map((c) => c.name).join(", ")} (see ${name} --help)`
    }
  }
  const known = flagsOf(node)
  const byName = new Map(
    known.flatMap((f) => [[`--${f.name}`, f], ...(f.alias === undefined ? [] : [[`-${f.alias}`, f] as const])])
  )
  for (; i < words.length; i++) {
    const word = words[i]!
    if (word === "--help" || word === "-h") return { _tag: "Help", text: render(root, path) }
    if (!word.startsWith("-") || word === "-") continue
    const eq = word.indexOf("=")
    const given = eq === -1 ? word : word.slice(0, eq)
    const flag = byName.get(given)
    if (flag === undefined) {
      return {
        _tag: "Mistake",
        message: `${name}: unknown option ${given}${
          didYouMean(
            given.replace(/^-+/, ""),
            known.map((f) => f.name),
            "--"
          )
        }` +
          ` (see ${name} --help; a file so named can be given as ./${word})`
      }
    }
    if (flag.kind === "boolean") continue
    const value = eq === -1 ? words[++i] : word.slice(eq + 1)
    if (value === undefined) {
      return { _tag: "Mistake", message: `${name}: --${flag.name} needs a value (${term(flag).split(" ")[1]})` }
    }
    if (flag.kind === "integer" && !/^-?\d+$/.test(value)) {
      return { _tag: "Mistake", message: `${name}: --${flag.name}: "${value}" is not an integer` }
    }
    if (flag.kind === "choice" && !flag.choices!.includes(value)) {
      return {
        _tag: "Mistake",
        message: `${name}: --${flag.name}: "${value}" is not one of ${flag.choices!.join(", ")}` +
          didYouMean(value, flag.choices!)
      }
    }
  }
  return { _tag: "Run" }
}

const helpOf = (root: Node, path: ReadonlyArray<string>): Answer =>
  find(root, path) === undefined
    ? { _tag: "Mistake", message: `tr help: no command "tr ${path.join(" ")}" (see tr --help)` }
    : { _tag: "Help", text: render(root, path) }
