/**
 * The open elements of a document as a handler sees them: a stack of frames that finds the innermost frame of a kind
 * without searching, so that a document nested thousands deep is read in time linear in its size.
 *
 * @since 0.1.0
 */

/**
 * The frames of `F` whose kind can be `K`.
 *
 * @since 0.1.0
 * @category models
 */
export type OfKind<F, K> = F extends { readonly kind: infer Q } ? (K extends Q ? F : never) : never

/**
 * @example
 * import { FrameStack } from "@tr/xml/FrameStack"
 * type Frame = { readonly kind: "test"; readonly name: string } | { readonly kind: "other" }
 * const stack = new FrameStack<Frame>()
 * stack.push({ kind: "test", name: "t" })
 * stack.push({ kind: "other" })
 * stack.nearest("test")?.name // "t"
 *
 * @since 0.1.0
 * @category models
 */
export class FrameStack<F extends { readonly kind: string }> {
  private readonly frames: Array<F> = []
  private readonly byKind = new Map<F["kind"], Array<F>>()

  /**
   * @since 0.1.0
   */
  push(frame: F): void {
    this.frames.push(frame)
    const same = this.byKind.get(frame.kind)
    if (same === undefined) this.byKind.set(frame.kind, [frame])
    else same.push(frame)
  }

  /**
   * @since 0.1.0
   */
  pop(): F | undefined {
    const frame = this.frames.pop()
    if (frame !== undefined) this.byKind.get(frame.kind)!.pop()
    return frame
  }

  /**
   * The frame `below` frames under the top: 0 is the top.
   *
   * @since 0.1.0
   */
  peek(below = 0): F | undefined {
    return this.frames[this.frames.length - 1 - below]
  }

  /**
   * The innermost open frame of `kind`.
   *
   * @since 0.1.0
   */
  nearest<K extends F["kind"]>(kind: K): OfKind<F, K> | undefined {
    return this.byKind.get(kind)?.at(-1) as OfKind<F, K> | undefined
  }

  /**
   * Every open frame of `kind`, outermost first.
   *
   * @since 0.1.0
   */
  all<K extends F["kind"]>(kind: K): ReadonlyArray<OfKind<F, K>> {
    return [...(this.byKind.get(kind) ?? [])] as Array<OfKind<F, K>>
  }
}
