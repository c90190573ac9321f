/**
 * What a test's title carries besides its name, read the same way by every reader.
 *
 * @since 0.2.0
 */

const TESTOMAT_ID = /@T([0-9a-zA-Z]{8})(?![0-9a-zA-Z])/

/**
 * What a service is given as the name of a test whose name is empty: both refuse an empty one, and a test must not be
 * lost for it.
 *
 * @since 0.2.0
 * @category constants
 */
export const UNNAMED = "(unnamed test)"

/**
 * A Testomat.io id (`@T` and 8 characters) taken out of a title, which otherwise stays as written.
 *
 * @example
 * import * as Titles from "@tr/core/Titles"
 * Titles.splitTestomatId("logs in @Tabcd1234") // { title: "logs in", testId: "abcd1234" }
 *
 * @since 0.2.0
 * @category parsing
 */
export const splitTestomatId = (written: string): { title: string; testId?: string } => {
  const match = TESTOMAT_ID.exec(written)
  if (match === null) return { title: written }
  const title = (written.slice(0, match.index) + written.slice(match.index + match[0].length)).replace(/\s{2,}/g, " ")
    .trim()
  return { title, testId: match[1]! }
}

/**
 * The Testomat.io id a tag is (`@Tabcd1234`, the whole tag), if it is one.
 *
 * @example
 * import * as Titles from "@tr/core/Titles"
 * Titles.testomatIdOfTag("@Tabcd1234") // "abcd1234"
 * Titles.testomatIdOfTag("@smoke") // undefined
 *
 * @since 0.2.0
 * @category parsing
 */
export const testomatIdOfTag = (tag: string): string | undefined => {
  const match = TESTOMAT_ID.exec(tag)
  return match !== null && match.index === 0 && match[0].length === tag.length ? match[1] : undefined
}
