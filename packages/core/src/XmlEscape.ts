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

const clean = (value: string): string => value.replace(FORBIDDEN, "\ufffd")

/**
 * @since 0.1.0
 * @category escaping
 */
export const text = (value: string): string =>
  clean(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

/**
 * Newlines and tabs are written as references, so that attribute normalisation does not turn them into spaces.
 *
 * @since 0.1.0
 * @category escaping
 */
export const attribute = (value: string): string =>
  text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;")

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
