// A file's version at a commit as the review reads it, from the checkout
// (local-git.ts) or the API (pull-request.ts). Its own module, with no
// node: import: validate outside a pull request loads pull-request.ts, and
// local-git.ts brings node:child_process (and with it node:net).

/** A file's version at a commit, as the review needs it. */
export type FileVersion =
  /**
   * `bytes` too when the text holds U+FFFD: the bytes are not UTF-8 (or are
   * UTF-16), and only they tell which and where, as validate's reader keeps
   * them (decode() in src/core/validate/lint-files.ts reads them the same way).
   */
  | { kind: 'text'; text: string; bytes?: Uint8Array }
  /** Not at that commit (or not a file: a folder, a submodule). */
  | { kind: 'missing' }
  /** Over the size cap: `size` bytes, never read. */
  | { kind: 'too-large'; size: number }
  /** Cannot be asked for (a path with a line break, which a git older than 2.38 cannot be asked for in a batch), or refused (GitHub). */
  | { kind: 'unreadable'; reason: string }

/** A version's text, with its bytes when they are not plain UTF-8 (see FileVersion). */
export function textVersion(bytes: Buffer): FileVersion {
  const text = bytes.toString('utf8')
  return text.includes('\uFFFD') ? { kind: 'text', text, bytes: new Uint8Array(bytes) } : { kind: 'text', text }
}
