import type * as JsonDocument from "@tr/core/JsonDocument"

/** What the readers of this package take: the project's root besides the cap. */
export interface Options extends JsonDocument.Options {
  /** The project's root: a test file's absolute path under it is written relative to it. */
  readonly root?: string | undefined
}
