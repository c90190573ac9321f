/**
 * Writing XML text and attributes that any XML 1.0 parser accepts, whatever the input held: the five special
 * characters escaped, characters XML forbids replaced by U+FFFD, newlines in attributes kept as references.
 *
 * @since 0.1.0
 */

// Characters XML 1.0 forbids: C0 controls but tab, newline and carriage return; lone surrogates; U+FFFE, U+FFFF.

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

// Any surrogate: a quick test that most text fails, before the exact expression above runs.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/

const clean = (value: string): string => MAYBE_FORBIDDEN.test(value) ? value.replace(FORBIDDEN, "\ufffd") : value

const REFERENCES: { readonly [c: string]: string } = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\"": "&quot;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;"
}
const reference = (c: string) => REFERENCES[c]!
const TEXT_SPECIAL = /[&<>]/g
const ATTRIBUTE_SPECIAL = /[&<>"\n\r\t]/g

/**
 * @since 0.1.0
 * @category escaping
 */
export const text = (value: string): string => clean(value).replace(TEXT_SPECIAL, reference)

/**
 * Newlines and tabs are written as references, so that attribute normalisation does not turn them into spaces.
 *
 * @since 0.1.0
 * @category escaping
 */
export const attribute = (value: string): string => clean(value).replace(ATTRIBUTE_SPECIAL, reference)

/**
 * ` name="value"` for each pair whose value is defined.
 *
 * @since 0.1.0
 * @category escaping
 */
export const attributes = (pairs: ReadonlyArray<readonly [string, string | number | boolean | undefined]>): string => {
  let out = ""
  for (const [name, value] of pairs) if (value !== undefined) out += ` ${name}="${attribute(String(value))}"`
  return out
}
