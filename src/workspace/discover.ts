// Finds the files the `policy-files` globs name, on disk, inside the
// workspace only. What is outside the workspace, or too big, or not a plain
// file is listed as skipped (with the reason) and never read.
//
// Synchronous on purpose: one walk and one read at a time, with the fewest
// system calls per file. The directory listing gives each entry's type, so a
// plain file costs no call at all while walking; reading it is open, one read
// into a buffer shared by all reads (at most the limit and one byte), close,
// and fstat only when that read says something is off (readFoundFile). The
// promise API would send each of those through the thread pool and allocate
// promises and closures per file, which at 100,000 files costs more than the
// reads.
import type { Dirent, Stats } from 'node:fs'
import { readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { PolicyKind } from '../core/lint/lint.js'
import { MAX_PATH_DEPTH, policyFileMatcher, type PolicyGlob } from '../core/validate/policy-files.js'
import { codeOf, formatBytes, MAX_POLICY_BYTES, NOT_REGULAR, readFoundFile, refusal, type ReadOutcome } from './read-file.js'

export { formatBytes, MAX_POLICY_BYTES, readFoundFile, type ReadOutcome } from './read-file.js'

const TOO_DEEP = `is a folder ${MAX_PATH_DEPTH} names deep, whose files no glob matches (a glob matches paths of at most ${MAX_PATH_DEPTH} names; symbolic links that lead from folder to folder make such paths): nothing in it is searched`

/** Never walked: version-control internals and installed packages are not the repository's policies. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['.git', 'node_modules'])

export interface FoundFile {
  /**
   * Relative to the workspace, '/' separators: the path findings carry. A
   * file reached through a symlink (to it, or to a folder on its way) carries
   * its real path, where its text is in the repository: git holds a symlink's
   * target name, not the policy, so annotations and code scanning would point
   * at the wrong file. A file reached two ways is found once.
   */
  path: string
  /** Where the bytes are (a symlink resolved), inside the workspace. */
  realPath: string
  /** The kind the first matching `kind: glob` line gives. */
  kind?: PolicyKind
}

export interface SkippedPath {
  /** Relative to the workspace, or the glob itself when the glob points outside. */
  path: string
  reason: string
}

export interface Discovery {
  /** Sorted by path. */
  files: FoundFile[]
  skipped: SkippedPath[]
  /** Globs (not exclusions, not outside ones) that matched no path at all. */
  unmatched: PolicyGlob[]
  /** Globs that matched paths, every one of which a '!' line leaves out: they select nothing either. */
  allLeftOut: PolicyGlob[]
}

export function discoverPolicyFiles(workspace: string, globs: readonly PolicyGlob[], maxBytes = MAX_POLICY_BYTES): Discovery {
  const root = realpathSync(workspace)
  const skipped: SkippedPath[] = []
  for (const glob of globs) {
    if (glob.outside) skipped.push({ path: glob.pattern, reason: `the glob ${glob.outside}: only files inside the workspace are read` })
  }
  const matcher = policyFileMatcher(globs)
  // The include globs that selected a path, and those that matched one an exclusion then left out.
  const selected = new Set<PolicyGlob>()
  const leftOut = new Set<PolicyGlob>()
  const files: FoundFile[] = []
  const mayHoldMatches = (rel: string) => matcher.mayHoldMatches(rel)

  /** The include globs that select a path, after exclusions; [] when none. */
  const matchersFor = (rel: string): PolicyGlob[] => {
    const { hits, excluded } = matcher.match(rel)
    const into = excluded ? leftOut : selected
    for (let i = 0; i < hits.length; i++) into.add(hits[i])
    return excluded ? [] : hits
  }

  /** The folder's path with one separator after it: an entry's path is this plus its name (readdir's names hold no separator). */
  const folderPrefix = (abs: string) => (abs.endsWith(path.sep) ? abs : abs + path.sep)
  const rootPrefix = folderPrefix(root)
  const inside = (real: string) => real === root || real.startsWith(rootPrefix)
  // Real paths of the folders walked: a symlink to one of them is not walked again.
  const visitedDirs = new Set<string>([root])
  const queue: Folder[] = [{ rel: '', abs: root, prefix: rootPrefix, realRel: '' }]
  /** Where the workspace holds a real path inside it: relative, '/' separators. */
  const realRelOf = (real: string) => path.relative(root, real).split(path.sep).join('/')
  /**
   * The folder of SKIPPED_DIRS a real path inside the workspace lies in, if any: a link of the pull request
   * into `.git` would have its files read (`.git/config`, where actions/checkout keeps the token's header),
   * which no glob reaches and no commit holds. In any case: on a file system that ignores case (a macOS
   * runner's) `../.GIT/config` is `.git/config`, and the real path Node gives keeps the link's spelling.
   */
  const neverReadIn = (real: string): string | undefined => path.relative(root, real).split(path.sep).find((part) => SKIPPED_DIRS.has(part.toLowerCase()))
  /** Skips a symbolic link whose target lies in such a folder, saying which; true when it did. */
  const skippedAsNeverRead = (rel: string, real: string): boolean => {
    const folder = neverReadIn(real)
    if (folder !== undefined) skipped.push({ path: rel, reason: `is a symbolic link into ${folder}, which is never read` })
    return folder !== undefined
  }
  /** The real path, relative, of an entry listed in `dir` under its own name (no symlink). */
  const realRelIn = (dir: Folder, name: string) => (dir.realRel ? `${dir.realRel}/${name}` : name)

  // Breadth first, by index: shift() on a long queue is linear per call.
  for (let next = 0; next < queue.length; next++) {
    const dir = queue[next]
    let entries: Dirent[]
    try {
      entries = readdirSync(dir.abs, { withFileTypes: true })
    } catch (error) {
      skipped.push({ path: dir.rel || '.', reason: `is a folder that could not be listed (${codeOf(error)})` })
      continue
    }
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]
      if (SKIPPED_DIRS.has(entry.name)) continue
      const item = lookUp(dir, entry)
      if (!item) continue
      const { rel } = item
      if (item.type === 'dir') {
        if (item.real === undefined) {
          visitedDirs.add(item.abs)
          queue.push({ rel, abs: item.abs, prefix: folderPrefix(item.abs), realRel: realRelIn(dir, entry.name) })
        } else if (!inside(item.real)) skipped.push({ path: rel, reason: 'is a symbolic link to a folder outside the workspace' })
        else if (!skippedAsNeverRead(rel, item.real) && !visitedDirs.has(item.real)) {
          visitedDirs.add(item.real)
          queue.push({ rel, abs: item.real, prefix: folderPrefix(item.real), realRel: realRelOf(item.real) })
        }
      } else if (item.type === 'too-deep') {
        skipped.push({ path: rel, reason: TOO_DEEP })
      } else if (item.type === 'broken') {
        skipped.push({ path: rel, reason: `is a symbolic link that leads nowhere (${item.code})` })
      } else if (item.type === 'unnamed') {
        skipped.push({ path: rel, reason: 'has a name that is not UTF-8 (shown with U+FFFD), by which it cannot be opened' })
      } else if (!inside(item.real)) {
        skipped.push({ path: rel, reason: 'is a symbolic link to a file outside the workspace' })
      } else if (item.plain || !skippedAsNeverRead(rel, item.real)) {
        // Only a link can lead into a never-read folder (a plain file is in a folder walked): no path arithmetic per plain file.
        // A file listed under its own name is at its folder's real path; a symlink is wherever it leads.
        const shown = item.real === dir.prefix + entry.name ? realRelIn(dir, entry.name) : realRelOf(item.real)
        addFile(shown, rel, item.real, item.hits, item.plain, item.info)
      }
    }
  }

  interface Folder {
    /** As the globs see it: through any symlinked folder on the way. */
    rel: string
    abs: string
    prefix: string
    /** Its real path relative to the workspace: what the files in it are reported under. */
    realRel: string
  }

  type Looked =
    | { type: 'dir'; rel: string; abs: string; real?: string }
    // A folder whose files would be past MAX_PATH_DEPTH, where a glob could otherwise match them.
    | { type: 'too-deep'; rel: string }
    | { type: 'broken'; rel: string; code: string }
    // A name that is not UTF-8: Node lists it with U+FFFD in place of the bytes, a name no file has.
    | { type: 'unnamed'; rel: string }
    // plain: listed as a regular file (no stat yet); otherwise info is the symlink target's, if any.
    | { type: 'file'; rel: string; real: string; hits: PolicyGlob[]; plain: boolean; info?: Stats }

  /** What one directory entry is, reading only metadata; undefined when no glob wants it. */
  function lookUp(dir: Folder, entry: Dirent): Looked | undefined {
    const rel = dir.rel ? `${dir.rel}/${entry.name}` : entry.name
    const abs = dir.prefix + entry.name
    if (entry.isDirectory()) return mayHoldMatches(rel) ? { type: 'dir', rel, abs } : folderTooDeep(rel)
    if (entry.name.includes('\ufffd')) return matchersFor(rel).length > 0 ? { type: 'unnamed', rel } : undefined
    if (entry.isSymbolicLink()) {
      let real: string
      try {
        real = realpathSync(abs)
      } catch (error) {
        return matchersFor(rel).length > 0 ? { type: 'broken', rel, code: codeOf(error) } : undefined
      }
      const target = statOrUndefined(real)
      if (target?.isDirectory()) return mayHoldMatches(rel) ? { type: 'dir', rel, abs, real } : folderTooDeep(rel)
      const hits = matchersFor(rel)
      return hits.length > 0 ? { type: 'file', rel, real, hits, plain: false, info: target } : undefined
    }
    const hits = matchersFor(rel)
    if (hits.length === 0) return undefined
    // A plain file is not stat'ed here: the reader checks the size of what it opens.
    return { type: 'file', rel, real: abs, hits, plain: entry.isFile() }
  }

  function folderTooDeep(rel: string): Looked | undefined {
    return matcher.tooDeep(`${rel}/`) ? { type: 'too-deep', rel } : undefined
  }

  function addFile(shown: string, rel: string, real: string, hits: PolicyGlob[], plain: boolean, info: Stats | undefined): void {
    const refused = plain ? undefined : info ? refusal(info, maxBytes) : NOT_REGULAR
    if (refused) {
      skipped.push({ path: rel, reason: refused })
      return
    }
    const kind = hits.find((g) => g.kind)?.kind
    files.push({ path: shown, realPath: real, ...(kind ? { kind } : {}) })
  }

  files.sort((a, b) => compareText(a.path, b.path))
  // A file reached two ways (itself and a symlink, or two symlinks) is linted once, with a kind if either way gave one.
  let kept = 0
  for (let i = 0; i < files.length; i++) {
    const f = files[i]
    const last = kept > 0 ? files[kept - 1] : undefined
    if (last && last.path === f.path) {
      if (!last.kind && f.kind) files[kept - 1] = f
      continue
    }
    files[kept++] = f
  }
  files.length = kept
  skipped.sort((a, b) => compareText(a.path, b.path))
  const selectsNothing = matcher.includes.filter((g) => !selected.has(g))
  return { files, skipped, unmatched: selectsNothing.filter((g) => !leftOut.has(g)), allLeftOut: selectsNothing.filter((g) => leftOut.has(g)) }
}

/**
 * The skipped paths in the order the reports list them: the ones turned down
 * for what they are (by discovery, or when opened) by path, then the files
 * whose reading failed, in the order they were read.
 */
export function skippedInOrder(discovered: readonly SkippedPath[], refused: readonly SkippedPath[], failed: readonly SkippedPath[]): SkippedPath[] {
  const listed = refused.length === 0 ? [...discovered] : [...discovered, ...refused].sort((a, b) => compareText(a.path, b.path))
  for (const s of failed) listed.push(s)
  return listed
}

/** At most this many files, or this many characters, are read ahead of the linter (see readFoundFilesInBatches). */
export const READ_BATCH_FILES = 64
export const READ_BATCH_CHARS = 1024 * 1024

/**
 * Reads the files in the order given, a batch at a time: up to
 * READ_BATCH_FILES files back to back, fewer once READ_BATCH_CHARS
 * characters are read, then hands them out one by one. Reading a run of
 * files and then linting a run of texts costs less than alternating file by
 * file (measured: ~3% of a 10,000-file validate run's CPU); the memory held
 * stays bounded by one batch (at most READ_BATCH_CHARS plus one file).
 */
export function* readFoundFilesInBatches(files: readonly FoundFile[], maxBytes = MAX_POLICY_BYTES): Generator<{ file: FoundFile; read: ReadOutcome }> {
  const batch: Array<{ file: FoundFile; read: ReadOutcome }> = []
  for (let next = 0; next < files.length; ) {
    let chars = 0
    for (const end = Math.min(files.length, next + READ_BATCH_FILES); next < end && chars < READ_BATCH_CHARS; next++) {
      const file = files[next]
      const read = readFoundFile(file, maxBytes)
      if (read.ok) chars += 'text' in read ? read.text.length : read.bytes.length
      batch.push({ file, read })
    }
    for (let i = 0; i < batch.length; i++) yield batch[i]
    batch.length = 0
  }
}

/** Reads many files, one after the other; outcomes in the files' order. */
export function readFoundFiles(files: readonly FoundFile[], maxBytes = MAX_POLICY_BYTES): ReadOutcome[] {
  return files.map((file) => readFoundFile(file, maxBytes))
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
