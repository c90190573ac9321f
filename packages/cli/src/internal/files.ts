/**
 * Files `tr` writes (`--failed-out`, `--out` payloads), through the `FileSystem` service: a full disk or a directory
 * that may not be written is the user's to fix, said in words, with its own exit code, never a crash.
 */
import type { PlatformError } from "@effect/platform/Error"
import { Data } from "effect"

export class WriteError extends Data.TaggedError("WriteError")<{ readonly path: string; readonly why: string }> {
  override get message(): string {
    return `cannot write ${this.path}: ${this.why}`
  }
}

const WHY: Record<string, string> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOENT: "no such directory",
  ENOTDIR: "a part of the path is not a directory",
  EISDIR: "it is a directory",
  EEXIST: "a file of that name is in the way"
}

/** The error of a write to `path`, in words. */
export const writeError = (path: string) => (error: PlatformError): WriteError => {
  const code = (error._tag === "SystemError" ? (error.cause as { code?: string } | undefined)?.code : undefined) ?? ""
  return new WriteError({ path, why: WHY[code] ?? (code === "" ? error.message : `${code}: ${error.message}`) })
}
