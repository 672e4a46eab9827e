// File versions from the local checkout, when it holds both commits: no API
// request, one `git merge-base` (which commit "before" is read at, and whether
// the commits are there at all), and all versions through ONE
// `git cat-file --batch -z` process (not one process per file; requests end in NUL, so a path may hold a line
// break). The size in each answer's header is checked against
// the cap before the content is read: a version over it is passed over as it
// streams by, never held in memory. git runs with argument arrays, never
// through a shell. A symbolic link is read as a checkout reads it: the file it
// leads to inside the repository (git's blob of a link is the target's name,
// which can be any text, a policy's JSON among them: a pull request turning a
// policy into a link named like an empty policy would be reviewed as that name
// while every deploy reads the file it leads to); a link out of the
// repository, dangling or looping is no file there.
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { textVersion, type FileVersion } from './file-version.js'
import type { ChangeStatus, ChangedFile } from './pull-request.js'

/** A commit id: SHA-1, or SHA-256 in a repository that uses it. Only such a value goes into a git argument or an API `ref`. */
export const COMMIT_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/

export type { FileVersion }

function git(cwd: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, windowsHide: true }, (error) => resolve(!error))
  })
}

/** What `git merge-base` says of two commits in the checkout. */
export type LocalMergeBase =
  /** Both commits are there and the history joins them at `sha`. */
  | { kind: 'found'; sha: string }
  /**
   * Both commits are there but their history, as far as the checkout holds it,
   * does not join: unrelated histories, or a shallow clone cut above the merge base.
   */
  | { kind: 'none' }
  /** A commit is not in the checkout (or there is no repository). */
  | { kind: 'absent' }

/**
 * The merge base of `base` and `head` in the checkout at `cwd`: one process,
 * which also tells whether both commits are there (git exits 1 when they are
 * and no merge base is found, 128 when a commit is not there), so the review
 * needs no `git cat-file -e` before it.
 */
export async function localMergeBase(cwd: string, base: string, head: string): Promise<LocalMergeBase> {
  if (!COMMIT_SHA.test(base) || !COMMIT_SHA.test(head)) return { kind: 'absent' }
  const key = `${cwd}\0${base}\0${head}`
  const known = foundMergeBases.get(key)
  if (known !== undefined) return known
  const answer = await new Promise<LocalMergeBase>((resolve) => {
    execFile('git', ['merge-base', base, head], { cwd, windowsHide: true, encoding: 'utf8' }, (error, stdout) => {
      const sha = stdout.trim()
      if (!error && COMMIT_SHA.test(sha)) resolve({ kind: 'found', sha })
      else resolve(error?.code === 1 ? { kind: 'none' } : { kind: 'absent' })
    })
  })
  if (answer.kind === 'found') foundMergeBases.set(key, answer)
  return answer
}

/**
 * Merge bases found, by checkout and commits: the review asks twice when
 * GitHub's list of files is capped (the listing from git, then the versions),
 * and a merge base found does not change (commits are immutable). What is not
 * found is asked again: a fetch may bring the commits.
 */
const foundMergeBases = new Map<string, LocalMergeBase>()

/** The most a listing of changed files from git may take: past it, the list GitHub gave stands. */
export const CHANGED_LISTING_MAX_BYTES = 64 * 1024 * 1024

/**
 * The longest git may take to list them: past it, the list GitHub gave stands
 * too. Finding renames by content compares each removed file with each added
 * one (up to git's rename limit of 1,000 by 1,000): 500 by 500 files of 50 KB
 * took git 9 s of CPU, and a pull request of a thousand by a thousand larger
 * ones minutes, before the review's own time budget starts.
 */
export const CHANGED_LISTING_TIMEOUT_MS = 60_000

/** git's one-letter statuses (`git diff --name-status`), in GitHub's words. */
const GIT_STATUS: Readonly<Record<string, ChangeStatus>> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' }

/**
 * Every file that differs between the merge base of `base` and `head` and
 * `head` in the checkout: the comparison GitHub's list of a pull request's
 * files makes, with none of its 3,000-file cap. Renames are found by
 * content, as git finds them (past git's rename limit a rename is listed as
 * a removal and an addition, both reviewed). Undefined when the checkout
 * cannot say: a commit not there, no merge base (a shallow clone), a
 * listing over `maxBytes` or one that takes over `timeoutMs`, or an answer
 * it cannot read; the caller keeps GitHub's list then. Names are read NUL-separated (-z), never quoted.
 */
export async function changedFilesInCheckout(
  cwd: string,
  base: string,
  head: string,
  maxBytes = CHANGED_LISTING_MAX_BYTES,
  timeoutMs = CHANGED_LISTING_TIMEOUT_MS
): Promise<ChangedFile[] | undefined> {
  const mergeBase = await localMergeBase(cwd, base, head)
  if (mergeBase.kind !== 'found') return undefined
  const listing = await new Promise<Buffer | undefined>((resolve) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', 'diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', '--no-color', mergeBase.sha, head, '--'],
      { cwd, windowsHide: true, encoding: 'buffer', maxBuffer: maxBytes, timeout: timeoutMs, killSignal: 'SIGKILL' },
      (error, stdout) => resolve(error ? undefined : stdout)
    )
  })
  return listing === undefined ? undefined : changedFilesOf(listing)
}

/**
 * Why a file git lists by a name that is not UTF-8 is not read: the name is
 * shown decoded, each invalid byte sequence as U+FFFD, and a request for that
 * text would read the file literally named so (a pull request may add both).
 */
export const NOT_UTF8_NAME =
  'git lists its name with bytes that are not UTF-8, shown here as the replacement character U+FFFD, and a file asked for by that text could be another one (a file named with U+FFFD itself): it is not read'

/** A field of the listing as text, and whether that text is exactly its bytes (valid UTF-8: nothing replaced). */
interface ListedName {
  text: string
  exact: boolean
}

/** The NUL-separated fields of a listing, each decoded apart; a string's are exact. */
function listedNames(listing: string | Buffer): ListedName[] {
  if (typeof listing === 'string') return listing.split('\0').map((text) => ({ text, exact: true }))
  const fields: ListedName[] = []
  for (let start = 0; ; ) {
    const end = listing.indexOf(0, start)
    const bytes = listing.subarray(start, end === -1 ? listing.length : end)
    // Decoding replaces what is not UTF-8 with U+FFFD: exact only when the text encodes back to the same bytes.
    const text = bytes.toString('utf8')
    fields.push({ text, exact: Buffer.byteLength(text, 'utf8') === bytes.length && Buffer.from(text, 'utf8').equals(bytes) })
    if (end === -1) return fields
    start = end + 1
  }
}

/**
 * The entries of `git diff --name-status -z`: a status, then one path (two
 * for a rename or copy: the old, then the new), each ending in NUL.
 * Undefined when the text is not such a listing. Given git's bytes, a file
 * with a name that is not UTF-8 on either side is marked (NOT_UTF8_NAME), for
 * the review to name, not read.
 */
export function changedFilesOf(listing: string | Buffer): ChangedFile[] | undefined {
  const fields = listedNames(listing)
  // The listing ends with a NUL, so the last field is empty.
  if (fields.pop()?.text !== '') return listing.length === 0 ? [] : undefined
  const files: ChangedFile[] = []
  for (let i = 0; i < fields.length; ) {
    const letter = fields[i].text.charAt(0)
    const status = GIT_STATUS[letter]
    if (status === undefined) return undefined
    const paired = letter === 'R' || letter === 'C'
    const names = fields.slice(i + 1, i + (paired ? 3 : 2))
    if (names.length !== (paired ? 2 : 1) || names.some((p) => p.text === '')) return undefined
    const paths = names.map((n) => n.text)
    const file: ChangedFile = paired ? { path: paths[1], status, previousPath: paths[0] } : { path: paths[0], status }
    files.push(names.every((n) => n.exact) ? file : { ...file, unreadableName: NOT_UTF8_NAME })
    i += paired ? 3 : 2
  }
  return files
}

/** True when the checkout at `cwd` has every one of these commits. */
export async function hasCommits(cwd: string, shas: readonly string[]): Promise<boolean> {
  for (const sha of shas) {
    if (!COMMIT_SHA.test(sha)) return false
    if (!(await git(cwd, ['cat-file', '-e', `${sha}^{commit}`]))) return false
  }
  return true
}

interface Pending {
  /** What was asked, `<commit>:<path>`: git echoes it in a "missing" answer, line breaks and all. */
  request: string
  resolve: (version: FileVersion) => void
  reject: (error: Error) => void
}

/**
 * How requests are written to git cat-file --batch. `nul`: each ends in NUL
 * (`-z`, git 2.38 and later), so a path may hold any byte a git path can (a
 * line break, a carriage return); `line`: each ends in a line feed, for an
 * older git, and a path with a line break or carriage return cannot be asked
 * for (git would read two requests, or strip the CR and read another file).
 */
type RequestDelimiter = 'nul' | 'line'

/** git's exit code for a usage error, which a git older than 2.38 gives for `-z`. */
const USAGE_ERROR = 129

/**
 * One `git cat-file --batch` for the whole review. Requests are answered in
 * order; `read` may be called many times before earlier answers arrive.
 *
 * A path comes from the pull request, so its name is hostile: the requests
 * end in NUL (`-z`), and the one answer that echoes the request (`<commit>:<path>
 * missing`, which may hold line breaks and look like other answers) is
 * matched whole, against what was asked. Any other answer that is not one
 * of git's forms means the reader lost its place: every read from then on
 * is unreadable (its file named as not reviewed), never paired with another
 * request's answer.
 */
export class GitVersionReader {
  private child!: ChildProcessWithoutNullStreams
  private delimiter: RequestDelimiter = 'nul'
  private pending: Pending[] = []
  private buffer: Buffer = Buffer.alloc(0)
  /** Whether git has answered anything: only before that is a usage error taken for an older git. */
  private answered = false
  /** The answer being read: its header said a blob of this size. */
  private body?: { size: number; keep: boolean; chunks: Buffer[]; got: number }
  private failed?: Error
  /** Why every read is unreadable from now on (git answered out of step). */
  private lost?: string

  constructor(
    private readonly cwd: string,
    private readonly maxBytes: number
  ) {
    this.start()
  }

  /** The file at `path` in commit `sha`. */
  read(sha: string, path: string): Promise<FileVersion> {
    if (!COMMIT_SHA.test(sha)) return Promise.reject(new Error(`not a commit id: ${sha}`))
    const refused = this.refusal(path)
    if (refused) return Promise.resolve({ kind: 'unreadable', reason: refused })
    if (this.failed) return Promise.reject(this.failed)
    return new Promise<FileVersion>((resolve, reject) => {
      const request = `${sha}:${path}`
      this.pending.push({ request, resolve, reject })
      this.write(request)
    })
  }

  close(): void {
    this.child.stdin.end()
  }

  /** Why `path` cannot be asked for with the current delimiter; undefined when it can. */
  private refusal(path: string): string | undefined {
    if (this.lost) return this.lost
    // No git path holds a NUL (git would read the request as ending there).
    if (path.includes('\0')) return 'its path holds a NUL character, which no file in git can have'
    if (this.delimiter === 'line' && /[\r\n]/.test(path)) {
      return "its path holds a line break or carriage return, and this runner's git is older than 2.38, which cannot be asked for such a path (git cat-file -z)"
    }
    return undefined
  }

  private start(): void {
    // --follow-symlinks: a `<commit>:<path>` that is a link answers with the object it leads to (the contents
    // endpoint of the API does the same), or with one of the two-line answers of LINK_FAILURE.
    const args = ['cat-file', '--batch', '--follow-symlinks', ...(this.delimiter === 'nul' ? ['-z'] : [])]
    const child = spawn('git', args, { cwd: this.cwd, windowsHide: true, stdio: ['pipe', 'pipe', 'pipe'] })
    this.child = child
    child.stdout.on('data', (chunk: Buffer) => {
      this.answered = true
      this.take(chunk)
    })
    child.stderr.resume()
    const fail = (error: Error) => {
      // A process given up for another (restartWithLineFeeds) speaks for no request.
      if (child !== this.child) return
      this.failed = error
      for (const p of this.pending.splice(0)) p.reject(error)
    }
    child.on('error', fail)
    child.on('close', (code) => {
      // A git older than 2.38 knows no -z: asked again, every request so far, a request at a time with line feeds.
      if (code === USAGE_ERROR && this.delimiter === 'nul' && !this.answered) return this.restartWithLineFeeds()
      fail(new Error(`git cat-file --batch ended (exit ${code})`))
    })
    child.stdin.on('error', () => undefined) // reported through 'close'
  }

  private restartWithLineFeeds(): void {
    this.delimiter = 'line'
    const asked = this.pending.splice(0)
    this.start()
    for (const p of asked) {
      const path = p.request.slice(p.request.indexOf(':') + 1)
      const refused = this.refusal(path)
      if (refused) p.resolve({ kind: 'unreadable', reason: refused })
      else {
        this.pending.push(p)
        this.write(p.request)
      }
    }
  }

  private write(request: string): void {
    this.child.stdin.write(`${request}${this.delimiter === 'nul' ? '\0' : '\n'}`)
  }

  private take(chunk: Buffer): void {
    if (this.lost) return
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk
    for (;;) {
      if (this.body) {
        // Content plus the newline git writes after it.
        const need = this.body.size + 1 - this.body.got
        const part = this.buffer.subarray(0, Math.min(need, this.buffer.length))
        if (this.body.keep) this.body.chunks.push(part)
        this.body.got += part.length
        this.buffer = this.buffer.subarray(part.length)
        if (this.body.got < this.body.size + 1) return
        const { size, keep, chunks } = this.body
        this.body = undefined
        const answer: FileVersion = keep ? textVersion(Buffer.concat(chunks).subarray(0, size)) : { kind: 'too-large', size }
        this.pending.shift()?.resolve(answer)
        continue
      }
      if (this.buffer.length === 0) return
      const echo = this.echoed()
      if (echo === 'wait') return
      if (echo > 0) {
        // "<commit>:<path> missing" (or ambiguous): the request, whatever it holds, then the word.
        this.buffer = this.buffer.subarray(echo)
        this.pending.shift()?.resolve({ kind: 'missing' })
        continue
      }
      const end = this.buffer.indexOf(10)
      if (end === -1) return
      const header = this.buffer.subarray(0, end).toString('utf8')
      this.buffer = this.buffer.subarray(end + 1)
      const link = LINK_FAILURE.exec(header)
      if (link) {
        // A link out of the repository, dangling, looping or through a file: no file at that path. The
        // line after it (the link's target or the name asked for, of the size given) streams by unread.
        this.body = { size: Number(link[1]), keep: false, chunks: [], got: 0 }
        this.missingOnceRead()
        continue
      }
      // A submodule whose commit the repository does not hold: "<oid> submodule", no content.
      if (SUBMODULE.test(header)) {
        this.pending.shift()?.resolve({ kind: 'missing' })
        continue
      }
      // "<oid> <type> <size>".
      const m = OBJECT_HEADER.exec(header)
      if (!m || this.pending.length === 0) return this.loseStep()
      const size = Number(m[2])
      const isBlob = m[1] === 'blob'
      this.body = { size, keep: isBlob && size <= this.maxBytes, chunks: [], got: 0 }
      // A tree or a commit (submodule) at that path: not a file. Its content still streams by.
      if (!isBlob) this.missingOnceRead()
    }
  }

  /**
   * The length of the answer that echoes the request under way ("<request>
   * missing\n" or "<request> ambiguous\n") when the buffer starts with it;
   * 'wait' when the buffer is still a beginning of one; 0 when it is another
   * answer. Every other answer starts with an object id and a space, or a
   * word (symlink, dangling, loop, notdir), never with "<commit>:", so the
   * two part within the first 41 bytes (65 in a SHA-256 repository).
   */
  private echoed(): number | 'wait' {
    const request = this.pending[0]?.request
    if (request === undefined) return 0
    let partial = false
    for (const word of ECHO_WORDS) {
      const answer = Buffer.from(`${request} ${word}\n`, 'utf8')
      const n = Math.min(answer.length, this.buffer.length)
      if (!this.buffer.subarray(0, n).equals(answer.subarray(0, n))) continue
      if (n === answer.length) return n
      partial = true
    }
    return partial ? 'wait' : 0
  }

  /** git answered in a form the reader does not know: no answer is trusted from here on. */
  private loseStep(): void {
    this.lost = 'git cat-file answered out of step with the requests, so no version read after that is trusted'
    this.body = undefined
    this.buffer = Buffer.alloc(0)
    for (const p of this.pending.splice(0)) p.resolve({ kind: 'unreadable', reason: this.lost })
    this.child.kill()
  }

  /** The answer under way, once its body has streamed by, is that no file is there. */
  private missingOnceRead(): void {
    const pending = this.pending.shift()
    this.pending.unshift({ request: '', resolve: () => pending?.resolve({ kind: 'missing' }), reject: (e) => pending?.reject(e) })
  }
}

/** The words git writes after an echoed request it cannot answer with an object. */
const ECHO_WORDS = ['missing', 'ambiguous'] as const

/** "<oid> <type> <size>": an object and its content to come. */
const OBJECT_HEADER = /^[0-9a-f]{40}(?:[0-9a-f]{24})? (blob|tree|commit|tag) (\d+)$/

/** "<oid> submodule": a submodule whose commit is not in the repository (git 2.44 and later). */
const SUBMODULE = /^[0-9a-f]{40}(?:[0-9a-f]{24})? submodule$/

/**
 * git cat-file --follow-symlinks's answer for a link it cannot follow to an
 * object of the repository: "symlink <size>" (out of it), "dangling", "loop"
 * or "notdir" (a file used as a folder), each followed by a line of `size`
 * bytes. A regular answer starts with an object id, which is none of these words.
 */
const LINK_FAILURE = /^(?:symlink|dangling|loop|notdir) (\d+)$/

/** One file's text at a commit (one process; the review uses GitVersionReader); undefined when missing or over `maxBytes`. */
export async function showFile(cwd: string, sha: string, path: string, maxBytes = Number.MAX_SAFE_INTEGER): Promise<string | undefined> {
  const reader = new GitVersionReader(cwd, maxBytes)
  try {
    const version = await reader.read(sha, path)
    return version.kind === 'text' ? version.text : undefined
  } finally {
    reader.close()
  }
}
