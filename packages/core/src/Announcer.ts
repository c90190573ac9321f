/**
 * The `source` record of one input, given out once: as soon as a reader knows what the input is (before its first
 * test, or when the report's own keys say so), with the dialect known then.
 *
 * @since 0.2.0
 */
import type * as Canonical from "./Canonical.js"

/**
 * @example
 * import * as Announcer from "@tr/core/Announcer"
 * const source = Announcer.make("report.json", "ctrf")
 * const out: Array<Canonical.SourceRecord> = []
 * source.announce(out, "jest") // out: [{ type: "source", path: "report.json", format: "ctrf", dialect: "jest" }]
 * source.announce(out)         // nothing more: announced once
 *
 * @since 0.2.0
 * @category models
 */
export class Announcer {
  private done = false

  constructor(readonly path: string, readonly format: string) {}

  /**
   * Whether the `source` record was given out.
   *
   * @since 0.2.0
   */
  get announced(): boolean {
    return this.done
  }

  /**
   * Takes the `source` record as given out elsewhere: a piece of a file is read without one, the reader of the whole
   * file gives it.
   *
   * @since 0.2.0
   */
  markAnnounced(): void {
    this.done = true
  }

  /**
   * Gives out the `source` record unless it was: the dialect of the first call is the one it names.
   *
   * @since 0.2.0
   */
  announce(out: Array<Canonical.SourceRecord>, dialect?: string): void {
    if (this.done) return
    this.done = true
    out.push({ type: "source", path: this.path, format: this.format, ...(dialect === undefined ? {} : { dialect }) })
  }
}

/**
 * @since 0.2.0
 * @category constructors
 */
export const make = (path: string, format: string): Announcer => new Announcer(path, format)
