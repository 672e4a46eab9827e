import { closeSync, constants, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmdirSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'
import { FILE_NAMES, type OutputFile } from '../core/generate/file-set.js'
import { filesOfEarlierRun, isUnchangedFromEarlierRun } from '../core/generate/stale-files.js'
import { RefusedInput, SHOWN_CHARACTERS, type InputError } from '../core/inputs/input-error.js'
import { quotedText } from '../core/visible-text.js'
import { pathFitsFileSystem } from '../core/inputs/rules.js'
import { readFoundFile } from '../workspace/read-file.js'

// Where the action writes (output-dir, sarif-file) comes from the workflow,
// but the folders on the way may come from the pull request: a committed
// symlink named like the target would send the write anywhere on the runner.
// So a write target is resolved against the workspace, must stay inside it
// (or RUNNER_TEMP), every existing part of its path must be a real folder
// (no symlink), and the file is opened with O_NOFOLLOW.

const WRITE_RULE =
  'a path inside the workspace (GITHUB_WORKSPACE) or RUNNER_TEMP, with no symbolic link among its folders or as the file itself'
const SEPARATOR_RULE = `a path with '/' between folders, as on every runner: ${WRITE_RULE}`
const NOT_IN_GIT_RULE = `a path outside any .git folder: ${WRITE_RULE}`
/** The rule a path breaks when something of the wrong type stands where it leads (the error names this, not only where it may be). */
const KIND_RULE = {
  folder: `a folder, or a path not there yet, whose every part is a folder: ${WRITE_RULE}`,
  file: `a regular file, or a path not there yet, whose every folder is a folder: ${WRITE_RULE}`
} as const

/**
 * The roots a write may land in, as given and as real paths (a workspace
 * under a symlinked /tmp), one at a time: the workspace first, RUNNER_TEMP
 * only when the target is not in the workspace.
 */
function* writeRoots(): Generator<{ given: string; real: string }> {
  for (const root of [process.env.GITHUB_WORKSPACE || process.cwd(), process.env.RUNNER_TEMP]) {
    if (!root) continue
    const given = path.resolve(root)
    let real: string
    try {
      // The system's realpath: one call, where the JavaScript one stats every folder on the way.
      real = realpathSync.native(given)
    } catch {
      continue // A root that does not exist holds nothing to write into.
    }
    yield { given, real }
  }
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** What checkWriteTarget accepted: the input, its value and the absolute path it names. */
export interface WriteTarget {
  input: string
  value: string
  path: string
}

/**
 * Checks a path input the action will write to (`kind`: the file itself or a
 * folder). For a folder, `namesInside` are the names the action will write or
 * remove in it: each must be a file (or a symlink, which is replaced, never
 * followed) or absent. Returns the absolute path, or an InputError naming the
 * input; the check writes nothing.
 */
export function checkWriteTarget(
  input: string,
  value: string,
  kind: 'file' | 'folder',
  namesInside: readonly string[] = []
): ({ ok: true } & WriteTarget) | { ok: false; error: InputError } {
  const fail = (problem: string, rule = WRITE_RULE) => ({ ok: false as const, error: { input, value, problem, rule } })
  // On Linux and macOS a backslash is a character of a name, not a separator: `out\iam` would make one folder of that
  // name, and `C:\out` one named so in the workspace, with no error. A path copied from Windows is the likely cause.
  if (path.sep === '/' && value.includes('\\')) return fail("contains '\\', which separates folders only on Windows (here it would be part of a folder's name)", SEPARATOR_RULE)
  const target = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), value)
  let root: { from: string; real: string } | undefined
  for (const r of writeRoots()) {
    if (inside(r.given, target)) root = { from: r.given, real: r.real }
    else if (inside(r.real, target)) root = { from: r.real, real: r.real }
    if (root) break
  }
  if (!root) return fail(`resolves to ${quotedText(target, SHOWN_CHARACTERS)}, outside the workspace`)
  // Before any lstat: a name past NAME_MAX makes lstat itself fail (ENAMETOOLONG).
  const longestInside = namesInside.map(temporaryNameFor).reduce((a, b) => (Buffer.byteLength(b) > Buffer.byteLength(a) ? b : a), '')
  const rel = path.relative(root.from, target)
  const fits = pathFitsFileSystem(path.join(root.real, rel), longestInside)
  if (!fits.ok) return fail(fits.problem, fits.rule)
  // The workspace or RUNNER_TEMP itself (`sarif-file: .`) is a folder: refused here, not by EISDIR after the run.
  if (rel === '' && kind === 'file') return fail('is the workspace (or RUNNER_TEMP) folder itself, not a file', KIND_RULE.file)
  const parts = rel === '' ? [] : rel.split(path.sep)
  // .git is the repository's own store: git never commits a file there, a checkout or `git clean` does not see it,
  // and a name the action writes could stand for one of git's own (config, hooks). Case-insensitive: macOS and
  // Windows file systems read .GIT as .git.
  if (parts.some((part) => part.toLowerCase() === '.git')) return fail("is inside a .git folder, git's own store (the files would not be committed, and could overwrite git's)", NOT_IN_GIT_RULE)
  let at = root.real
  let exists = true
  for (const [i, part] of parts.entries()) {
    at = path.join(at, part)
    // No exception for a missing name (making one costs more than the check): undefined instead.
    const stat = lstatSync(at, { throwIfNoEntry: false })
    if (!stat) {
      exists = false
      break // the rest does not exist yet: it will be made as real folders
    }
    const last = i === parts.length - 1
    const shown = quotedText(path.relative(root.real, at), SHOWN_CHARACTERS)
    if (stat.isSymbolicLink()) return fail(`${last ? 'is' : 'goes through'} a symbolic link (${shown}), which the action never follows when writing`)
    if (!last && !stat.isDirectory()) return fail(`goes through ${shown}, which is not a folder`, KIND_RULE[kind])
    if (last && kind === 'folder' && !stat.isDirectory()) return fail('is a file, not a folder', KIND_RULE.folder)
    if (last && kind === 'file' && !stat.isFile()) return fail('is not a regular file', KIND_RULE.file)
  }
  if (exists && kind === 'folder') {
    const inTheWay = nonFileAmong(at, namesInside)
    if (inTheWay) return fail(inTheWay, FILE_SET_RULE)
  }
  return { ok: true, input, value, path: target }
}

const FILE_SET_RULE =
  'a folder in which each name the action writes or removes (its policy, template and manifest files, and their temporary names) is a file, a symbolic link (replaced, never followed) or absent'

/** The temporary name a file of the set is written under before it is renamed into place. */
function temporaryNameFor(name: string): string {
  return `.${name}.${process.pid}.tmp`
}

/**
 * The problem with the first of `names` (or its temporary name) in `dir`
 * that is neither a file nor a symlink, or undefined: a rename onto a folder
 * fails (EISDIR), and so does removing one, after other files were replaced.
 */
function nonFileAmong(dir: string, names: Iterable<string>): string | undefined {
  // A folder that is not there yet (it is made next) holds nothing: one lstat instead of two per name.
  if (!lstatSync(dir, { throwIfNoEntry: false })) return undefined
  for (const name of names) {
    for (const entry of [name, temporaryNameFor(name)]) {
      const stat = lstatSync(path.join(dir, entry), { throwIfNoEntry: false })
      if (!stat || stat.isFile() || stat.isSymbolicLink()) continue
      return `holds ${stat.isDirectory() ? 'a folder' : 'something that is not a file'} named ${entry}, where the action writes or removes a file`
    }
  }
  return undefined
}

/**
 * Makes the missing folders of `dir` one at a time. mkdir never follows a
 * symlink at the name it makes (it fails instead); the existing part was
 * checked by checkWriteTarget. Returns the folders made, outermost first
 * (none: `dir` existed and may hold files of an earlier run). When a mkdir
 * fails, the folders made before it are removed again.
 */
export function makeFoldersNoFollow(dir: string): string[] {
  const missing: string[] = []
  for (let at = path.resolve(dir); !lstatSync(at, { throwIfNoEntry: false }); ) {
    missing.unshift(at)
    const up = path.dirname(at)
    if (up === at) break
    at = up
  }
  const made: string[] = []
  try {
    for (const folder of missing) {
      mkdirSync(folder)
      made.push(folder)
    }
  } catch (error) {
    removeFolders(made)
    throw error
  }
  return made
}

/** Removes folders made by makeFoldersNoFollow, innermost first; one that is not empty stays. */
function removeFolders(made: readonly string[]): void {
  for (const folder of [...made].reverse()) {
    try {
      rmdirSync(folder)
    } catch {
      return // not empty or gone: what is in it is not ours to remove
    }
  }
}

/**
 * Writes a file without following a symlink at its name (O_NOFOLLOW); mode
 * 0644. The content may come in chunks, so a large report is never whole in memory.
 */
export function writeFileNoFollow(file: string, content: string | Iterable<string>): void {
  writeOpened(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, content)
}

/** Opens `file` with `flags` (mode 0644), writes `content` (a string, or chunks as they come) and closes it. */
function writeOpened(file: string, flags: number, content: string | Iterable<string>): void {
  const fd = openSync(file, flags, 0o644)
  try {
    if (typeof content !== 'string') writeChunks(fd, content)
    else {
      const bytes = Buffer.from(content, 'utf8')
      writeAll(fd, bytes, bytes.length)
    }
  } finally {
    closeSync(fd)
  }
}

/**
 * Writes a file whole or not at all: under a temporary name in its folder
 * (created anew, never through a symlink), renamed over `file` once every
 * byte is written. On a failure (a full disk, an error while the content is
 * made) the temporary file is removed and so is any earlier file at `file`:
 * a report half written, or one of an earlier run left in its place, would
 * be uploaded as this run's (a workflow uploads it `if: always()`). A rename
 * replaces a symlink at `file` rather than follow it.
 */
export function writeFileWhole(file: string, content: string | Iterable<string>): void {
  // Not named after `file`: its name may be NAME_MAX bytes already, which checkWriteTarget allows.
  const temp = path.join(path.dirname(file), `.redshift-temp-creds-${process.pid}.tmp`)
  try {
    rmSync(temp, { force: true })
    // O_EXCL: made by this write, never one a symlink or another process put there.
    writeOpened(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, content)
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    rmSync(file, { force: true })
    throw error
  }
}

/** The buffer writeChunks fills before each write: large enough that a report of many small pieces takes few system calls. */
const WRITE_BUFFER_BYTES = 1 << 20

/**
 * Writes the chunks to `fd` as UTF-8, gathered in one buffer: a report in
 * many pieces takes a system call per megabyte, with no Buffer made per piece.
 */
export function writeChunks(fd: number, chunks: Iterable<string>): void {
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES)
  let used = 0
  for (const chunk of chunks) {
    // A UTF-16 code unit is at most 3 bytes of UTF-8: the room a chunk may need.
    const most = chunk.length * 3
    if (used + most > buffer.length) {
      writeAll(fd, buffer, used)
      used = 0
    }
    if (most > buffer.length) {
      const bytes = Buffer.from(chunk, 'utf8')
      writeAll(fd, bytes, bytes.length)
    } else {
      used += buffer.write(chunk, used, 'utf8')
    }
  }
  writeAll(fd, buffer, used)
}

/** The first `length` bytes, however many writes that takes. */
function writeAll(fd: number, bytes: Uint8Array, length: number): void {
  let done = 0
  while (done < length) done += writeSync(fd, bytes, done, length - done)
}

/**
 * Writes every file under a temporary name first and renames them into place
 * only when all were written, so a failure leaves no half-written set. A file
 * named in `staleNames` that this set does not include is removed when the
 * earlier run's manifest lists it unchanged, so a kms-policy.json from an
 * earlier run cannot be applied by mistake; any other is the user's, kept
 * and returned in `keptStale` (see core/generate/stale-files.ts). Before
 * anything is made or replaced, every name is checked: a folder at one of
 * them (which would fail the rename after others were replaced) refuses the
 * whole set with the input named. Any failure removes the temporary files
 * and the folders made.
 * Synchronous: a handful of small files, where the thread-pool round trips of
 * the promise API cost more than the writes.
 */
export function writeFileSet(target: WriteTarget, files: OutputFile[], staleNames: readonly string[] = []): { written: string[]; keptStale: string[] } {
  const dir = target.path
  const names = new Set(files.map((f) => f.name))
  const inTheWay = nonFileAmong(dir, new Set([...names, ...staleNames]))
  if (inTheWay) throw new RefusedInput({ input: target.input, value: target.value, problem: inTheWay, rule: FILE_SET_RULE })
  const made = makeFoldersNoFollow(dir)
  // A folder made just now holds no leftover temporary or stale file to remove.
  const fresh = made.length > 0
  // Read before this run's manifest replaces it.
  const earlier = fresh ? new Map<string, string>() : filesOfEarlierRun(readSmallFileNoFollow(path.join(dir, FILE_NAMES.manifest)))
  const staged: Array<{ temp: string; final: string }> = []
  try {
    for (const file of files) {
      const final = path.join(dir, file.name)
      const temp = path.join(dir, temporaryNameFor(file.name))
      if (!fresh) rmSync(temp, { force: true })
      staged.push({ temp, final })
      writeFileNoFollow(temp, file.content)
    }
    // Each rename removes its temporary file from those left to clean up.
    while (staged.length > 0) {
      const s = staged[0]
      renameSync(s.temp, s.final)
      staged.shift()
    }
  } catch (error) {
    for (const s of staged) rmSync(s.temp, { force: true })
    removeFolders(made)
    throw error
  }
  const keptStale: string[] = []
  if (!fresh) {
    for (const stale of staleNames) {
      if (names.has(stale)) continue
      const file = path.join(dir, stale)
      const content = readSmallFileNoFollow(file)
      if (content !== undefined && isUnchangedFromEarlierRun(stale, content, earlier)) rmSync(file, { force: true })
      else if (lstatSync(file, { throwIfNoEntry: false })) keptStale.push(stale)
    }
  }
  return { written: files.map((f) => path.join(dir, f.name)), keptStale }
}

/** A generated file is a few KB: a larger one is no file this action wrote. */
const SMALL_FILE_BYTES = 1024 * 1024

/** The text of a regular UTF-8 file of at most SMALL_FILE_BYTES, not through a symlink; undefined otherwise (or absent). */
function readSmallFileNoFollow(file: string): string | undefined {
  const read = readFoundFile({ realPath: file }, SMALL_FILE_BYTES)
  return read.ok && 'text' in read ? read.text : undefined
}

/** Resolves a path input against the workspace, as a workflow author expects. */
export function resolveInWorkspace(p: string): string {
  return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), p)
}
