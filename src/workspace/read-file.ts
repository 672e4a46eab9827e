// Reading one file the way discovery found it: a regular file, never through
// a symlink and never waiting on a FIFO swapped in since, at most a limit of
// bytes (one more tells a file over it, which is refused, never read in full).
// The validate mode reads every policy file through this; generate reads its
// earlier manifest and stale files through it too. Only node:fs, so the
// modules that need it load nothing else.
import type { Stats } from 'node:fs'
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { messageOf } from '../core/async.js'

/** IAM's largest document is far smaller; a bigger file is not a policy, and reading it would only cost memory. */
export const MAX_POLICY_BYTES = 1024 * 1024

/**
 * A found file's content. `text` when the bytes are UTF-8 (decoded, a BOM
 * kept); `bytes` when the text would hold U+FFFD: the bytes are not UTF-8, or
 * the file spells U+FFFD itself, and only a byte-level look tells which (and
 * where). `refused` when the file was turned down for what it is (too big, not
 * a regular file), as discovery turns such files down, never read past the
 * limit; otherwise the read failed.
 */
export type ReadOutcome =
  | { ok: true; text: string }
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: string; refused: boolean }

// Regular files only, never through a symlink swapped in since the listing
// (the real path has none left), and never waiting on a FIFO swapped in.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)
export const NOT_REGULAR = 'is not a regular file'
const REPLACEMENT_CHARACTER = '\uFFFD'

/** One buffer for every read, as big as the limit plus the byte that tells a file that grew: no allocation per file. */
let shared: Buffer | undefined

/**
 * Reads a found file, at most `maxBytes` of it (one byte more tells a file
 * over the limit: it is refused, never read in full).
 *
 * Discovery listed a regular file, and a regular file reads short only at
 * its end: most files take one open, one read and one close, and fstat only
 * when the read says something is off (nothing read, more than the limit, a
 * read error), to tell a file that is too big or is no longer a regular file
 * (refused, as discovery refuses them) from one that failed or grew. A
 * Stats object per file cost more than the read.
 */
export function readFoundFile(file: { realPath: string }, maxBytes = MAX_POLICY_BYTES): ReadOutcome {
  let fd: number
  try {
    fd = openSync(file.realPath, READ_FLAGS)
  } catch (error) {
    return { ok: false, reason: `could not be opened (${codeOf(error)})`, refused: false }
  }
  try {
    if (!shared || shared.length < maxBytes + 1) shared = Buffer.allocUnsafe(maxBytes + 1)
    const buffer = shared
    const end = maxBytes + 1
    let length = 0
    try {
      while (length < end) {
        const wanted = end - length
        const n = readSync(fd, buffer, length, wanted, length)
        length += n
        if (n < wanted) break
      }
    } catch (error) {
      return refusalOf(fd, maxBytes) ?? { ok: false, reason: `could not be read (${codeOf(error)})`, refused: false }
    }
    if (length > maxBytes) {
      return refusalOf(fd, maxBytes) ?? { ok: false, reason: `grew over the ${formatBytes(maxBytes)} limit for a policy file while it was read`, refused: false }
    }
    // Nothing read: an empty file, or something that is no longer a file.
    if (length === 0) {
      const refused = refusalOf(fd, maxBytes)
      if (refused) return refused
    }
    const text = buffer.toString('utf8', 0, length)
    // Bytes that are not UTF-8 decode to U+FFFD: only then is a byte-level look needed (a copy: the buffer is reused).
    if (text.includes(REPLACEMENT_CHARACTER)) return { ok: true, bytes: Buffer.from(buffer.subarray(0, length)) }
    return { ok: true, text }
  } finally {
    closeSync(fd)
  }
}

/** The refusal of an opened file that is too big or not a regular file, by its fstat; undefined when neither (or fstat fails). */
function refusalOf(fd: number, maxBytes: number): ReadOutcome | undefined {
  try {
    const reason = refusal(fstatSync(fd), maxBytes)
    return reason === undefined ? undefined : { ok: false, reason, refused: true }
  } catch {
    return undefined
  }
}

/** Why a file with this metadata is not read, or undefined when it may be. */
export function refusal(info: Stats, maxBytes: number): string | undefined {
  if (!info.isFile()) return NOT_REGULAR
  if (info.size > maxBytes) return `is ${info.size} bytes, over the ${formatBytes(maxBytes)} limit for a policy file`
  return undefined
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`
}

export function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code ?? messageOf(error)
}
