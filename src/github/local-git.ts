// File versions from the local checkout, when it holds both commits: no API
// request, one `git merge-base` (which commit "before" is read at, and whether
// the commits are there at all), and all versions through ONE
// `git cat-file --batch` process (not one process per file). The size in each answer's header is checked against
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
  return listing === undefined ? undefined : changedFilesOf(listing.toString('utf8'))
}

/**
 * The entries of `git diff --name-status -z`: a status, then one path (two
 * for a rename or copy: the old, then the new), each ending in NUL.
 * Undefined when the text is not such a listing.
 */
export function changedFilesOf(listing: string): ChangedFile[] | undefined {
  const fields = listing.split('\0')
  // The listing ends with a NUL, so the last field is empty.
  if (fields.pop() !== '') return listing === '' ? [] : undefined
  const files: ChangedFile[] = []
  for (let i = 0; i < fields.length; ) {
    const letter = fields[i].charAt(0)
    const status = GIT_STATUS[letter]
    if (status === undefined) return undefined
    const paired = letter === 'R' || letter === 'C'
    const paths = fields.slice(i + 1, i + (paired ? 3 : 2))
    if (paths.length !== (paired ? 2 : 1) || paths.some((p) => p === '')) return undefined
    files.push(paired ? { path: paths[1], status, previousPath: paths[0] } : { path: paths[0], status })
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
  resolve: (version: FileVersion) => void
  reject: (error: Error) => void
}

/**
 * One `git cat-file --batch` for the whole review. Requests are answered in
 * order; `read` may be called many times before earlier answers arrive.
 */
export class GitVersionReader {
  private readonly child: ChildProcessWithoutNullStreams
  private readonly pending: Pending[] = []
  private buffer: Buffer = Buffer.alloc(0)
  /** The answer being read: its header said a blob of this size. */
  private body?: { size: number; keep: boolean; chunks: Buffer[]; got: number }
  private failed?: Error

  constructor(
    cwd: string,
    private readonly maxBytes: number
  ) {
    // --follow-symlinks: a `<commit>:<path>` that is a link answers with the object it leads to (the contents
    // endpoint of the API does the same), or with one of the two-line answers of LINK_FAILURE.
    this.child = spawn('git', ['cat-file', '--batch', '--follow-symlinks'], { cwd, windowsHide: true, stdio: ['pipe', 'pipe', 'pipe'] })
    this.child.stdout.on('data', (chunk: Buffer) => this.take(chunk))
    this.child.stderr.resume()
    const fail = (error: Error) => {
      this.failed = error
      for (const p of this.pending.splice(0)) p.reject(error)
    }
    this.child.on('error', fail)
    this.child.on('close', (code) => fail(new Error(`git cat-file --batch ended (exit ${code})`)))
    this.child.stdin.on('error', () => undefined) // reported through 'close'
  }

  /** The file at `path` in commit `sha`. */
  read(sha: string, path: string): Promise<FileVersion> {
    if (!COMMIT_SHA.test(sha)) return Promise.reject(new Error(`not a commit id: ${sha}`))
    if (/[\r\n\0]/.test(path)) return Promise.resolve({ kind: 'unreadable', reason: 'its path holds a line break or NUL, which git cat-file --batch cannot be asked for' })
    if (this.failed) return Promise.reject(this.failed)
    return new Promise<FileVersion>((resolve, reject) => {
      this.pending.push({ resolve, reject })
      this.child.stdin.write(`${sha}:${path}\n`)
    })
  }

  close(): void {
    this.child.stdin.end()
  }

  private take(chunk: Buffer): void {
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
      const end = this.buffer.indexOf(10)
      if (end === -1) return
      const header = this.buffer.subarray(0, end).toString('utf8')
      this.buffer = this.buffer.subarray(end + 1)
      // "<oid> <type> <size>", or "<name> missing" / "<name> ambiguous".
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header)
      const link = LINK_FAILURE.exec(header)
      if (link) {
        // A link out of the repository, dangling, looping or through a file: no file at that path. The
        // line after it (the link's target or the name asked for, of the size given) streams by unread.
        this.body = { size: Number(link[1]), keep: false, chunks: [], got: 0 }
        this.missingOnceRead()
        continue
      }
      if (!m) {
        this.pending.shift()?.resolve({ kind: 'missing' })
        continue
      }
      const size = Number(m[2])
      const isBlob = m[1] === 'blob'
      this.body = { size, keep: isBlob && size <= this.maxBytes, chunks: [], got: 0 }
      // A tree or a commit (submodule) at that path: not a file. Its content still streams by.
      if (!isBlob) this.missingOnceRead()
    }
  }

  /** The answer under way, once its body has streamed by, is that no file is there. */
  private missingOnceRead(): void {
    const pending = this.pending.shift()
    this.pending.unshift({ resolve: () => pending?.resolve({ kind: 'missing' }), reject: (e) => pending?.reject(e) })
  }
}

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
