// The `policy-files` input: one glob per line, relative to the workspace,
// optionally prefixed with the kind every file it matches must be read as.
//
//   iam/**/*.json                     kind read from each file's content
//   trust: iam/roles/*-trust.json     every match is a role trust policy
//   resource: kms/*.json              every match is a resource (e.g. KMS key) policy
//   scp: org/scps/*.json              service control policies (also rcp:, endpoint:, boundary:; see ../lint/kinds/)
//   !iam/legacy/**                    leaves out what the other globs matched
//   # a comment                       ignored, as are empty lines
//
// The rules live here and nowhere else; the discovery on disk (src/workspace)
// only applies the parsed result.
import path from 'node:path'
import { braceExpand, Minimatch, type MinimatchOptions } from 'minimatch'
import { POLICY_KINDS, type PolicyKind } from '../lint/lint.js'
import { accept, describeChar, type RuleResult } from '../inputs/rules.js'
import { linearSegment } from './glob-segment.js'

/**
 * The longest glob line: minimatch throws on a pattern over 64 KiB, and a path
 * is at most 4,096 bytes on Linux, so no longer glob can name a file.
 */
export const MAX_GLOB_LENGTH = 4096
/**
 * At most this many patterns from one glob's braces: `{a,b}` written forty
 * times is 2^40 of them; minimatch compiles each, one line took seconds.
 */
export const MAX_BRACE_PATTERNS = 1000

export interface PolicyGlob {
  /** The glob as written, without its kind prefix, trimmed. */
  pattern: string
  /** Set when the line forces a kind. */
  kind?: PolicyKind
  /** A '!' line: removes files the other globs matched. `pattern` has no '!'. */
  exclude: boolean
  /**
   * Why the glob can never match inside the workspace (an absolute path, or a
   * '..' that climbs out of it); such a glob is skipped with a warning.
   */
  outside?: string
  /** 1-based line in the input, for messages. */
  line: number
}

export const POLICY_FILES_RULE =
  "one glob per line relative to the workspace (e.g. iam/**/*.json), optionally prefixed with a kind ('trust: iam/roles/*.json'; kinds: " +
  `${POLICY_KINDS.join(', ')}), '!glob' to leave files out, '#' for comments`

/** `word:` at the start of a line, followed by a space or the end of the line, or a known kind followed directly by the glob. */
const PREFIX = /^([A-Za-z][\w-]*)\s*:(?=\s|$)|^([A-Za-z]+):/

function reject(line: number, problem: string): RuleResult<never> {
  return { ok: false, problem: `line ${line} ${problem}`, rule: POLICY_FILES_RULE }
}

export function parsePolicyFiles(raw: string): RuleResult<PolicyGlob[]> {
  const globs: PolicyGlob[] = []
  const lines = raw.split(/\r\n|\r|\n/)
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1
    let text = lines[i].trim()
    if (text === '' || text.startsWith('#')) continue

    let kind: PolicyKind | undefined
    const prefix = PREFIX.exec(text)
    if (prefix) {
      const word = (prefix[1] ?? prefix[2]).toLowerCase()
      const known = POLICY_KINDS.find((k) => k === word)
      // `foo:` followed directly by text is an ordinary glob (a file name may
      // hold a colon); `foo: ` with a space is a kind prefix and must be known.
      if (!known && prefix[1] !== undefined) return reject(lineNo, `names the unknown kind ${JSON.stringify(prefix[1])}`)
      if (known) {
        kind = known
        text = text.slice(prefix[0].length).trim()
        if (text === '') return reject(lineNo, `has no glob after '${word}:'`)
      }
    }

    const exclude = text.startsWith('!')
    if (exclude) {
      if (kind) return reject(lineNo, `gives a kind to an exclusion ('!'), which matches no file to read`)
      text = text.slice(1).trim()
      if (text === '') return reject(lineNo, "has no glob after '!'")
    }
    const bad = text.match(/[\0]/)
    if (bad) return reject(lineNo, `contains ${describeChar(bad[0])}`)
    if (text.length > MAX_GLOB_LENGTH) return reject(lineNo, `is ${text.length} characters long; a glob is at most ${MAX_GLOB_LENGTH} (the longest path)`)
    if (braceExpand(text, { ...GLOB_OPTIONS, braceExpandMax: MAX_BRACE_PATTERNS + 1 }).length > MAX_BRACE_PATTERNS) {
      return reject(lineNo, `expands its braces to more than ${MAX_BRACE_PATTERNS} patterns`)
    }
    const unreadable = globError(text)
    if (unreadable) return reject(lineNo, `is not a glob that can be read (${unreadable})`)
    if (usesExtglob(text)) {
      return reject(lineNo, 'uses an extglob (+(…), *(…), @(…), ?(…) or !(…)), which can take exponential time on a file name; write alternatives as braces, {a,b}')
    }

    const outside = outsideReason(text)
    const glob: PolicyGlob = { pattern: outside ? text : tidyGlob(text), exclude, line: lineNo, ...(kind ? { kind } : {}) }
    if (outside) glob.outside = outside
    globs.push(glob)
  }
  if (!globs.some((g) => !g.exclude)) {
    return { ok: false, problem: globs.length === 0 ? 'is empty' : 'has only exclusions', rule: POLICY_FILES_RULE }
  }
  return accept(globs)
}

/** Why a glob points outside the workspace, or undefined when it stays inside. */
export function outsideReason(pattern: string): string | undefined {
  const slashed = pattern.replaceAll('\\', '/')
  if (slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed)) return 'is an absolute path'
  const normal = path.posix.normalize(slashed)
  if (normal === '..' || normal.startsWith('../')) return "climbs out of the workspace with '..'"
  return undefined
}

/**
 * The globs with each absolute one that lies inside the workspace made
 * relative to it: `${{ github.workspace }}/iam/*.json` is a common way to
 * write `iam/*.json`, and skipping it as outside left a step that validated
 * no file and passed. `workspaces` are the workspace's absolute spellings
 * (as given and its real path). The glob's start is compared with them as
 * text, '\\' read as '/' as outsideReason reads it (Windows spells the
 * workspace with backslashes), so a workspace holding glob characters is
 * matched only as written. A glob elsewhere stays outside.
 */
export function globsInWorkspace(globs: readonly PolicyGlob[], workspaces: readonly string[]): PolicyGlob[] {
  const roots = workspaces.map((w) => w.replaceAll('\\', '/').replace(/\/+$/, '') + '/')
  return globs.map((glob) => {
    if (glob.outside === undefined) return glob
    const slashed = glob.pattern.replaceAll('\\', '/')
    const root = roots.find((r) => slashed.startsWith(r))
    if (root === undefined) return glob
    // The rest as written: a backslash there escapes a glob character.
    const relative = glob.pattern.slice(root.length)
    if (relative === '' || outsideReason(relative) !== undefined) return glob
    const { outside: _outside, ...inside } = glob
    return { ...inside, pattern: tidyGlob(relative) }
  })
}

/**
 * `./iam/*.json` and `iam/x/../*.json` name the same files as `iam/*.json`;
 * the walk yields plain relative paths, so the glob is written the same way.
 */
function tidyGlob(pattern: string): string {
  const normal = path.posix.normalize(pattern)
  return normal === '.' ? '**' : normal.replace(/\/$/, '/**')
}

/**
 * The most names a path the globs match may have (its folders and the file):
 * far past any repository's policies, and what keeps a glob's match cheap. A
 * path's names come from the pull request, and through symbolic links a walk
 * can go on for ever (`iam/n` -> `d0`, `d0/n` -> `d1`, ...: each folder seen
 * once, its path one name longer each time): minimatch's match of a `**` glob
 * takes more than linear time in the names, and 8,000 such links took
 * discovery six minutes. A deeper path is matched by no glob: discovery names
 * the folder it stops at as skipped, the review names such a changed file as
 * not reviewed (tooDeep).
 */
export const MAX_PATH_DEPTH = 64

/** The names in a relative path ('/' separators): its separators and one. */
export function pathDepth(p: string): number {
  let depth = 1
  for (let at = p.indexOf('/'); at !== -1; at = p.indexOf('/', at + 1)) depth++
  return depth
}

/** The parsed globs applied to one relative path: the one matcher discovery and the review share. */
export interface PolicyFileMatcher {
  /** The include globs matching `path` (for "matched nothing"), and whether a '!' line removes it. None past MAX_PATH_DEPTH. */
  match(path: string): { hits: PolicyGlob[]; excluded: boolean }
  /** The file's kind when it is selected (first `kind:` line wins), or undefined when it is not selected. */
  select(path: string): { kind?: PolicyKind } | undefined
  /** Could a path below this folder match? Lets a walk skip whole folders. False from MAX_PATH_DEPTH on. */
  mayHoldMatches(dir: string): boolean
  /**
   * Is the file at `path` past MAX_PATH_DEPTH where the globs could otherwise
   * have reached it: may its folder at the deepest depth a match can have
   * hold matches? Such a file is not searched, and says so. A folder's path
   * followed by '/' asks it of the files in that folder.
   */
  tooDeep(path: string): boolean
  /** The include globs, in input order (outside ones left out). */
  includes: PolicyGlob[]
}

const GLOB_OPTIONS: MinimatchOptions = { nocomment: true, nonegate: true, braceExpandMax: MAX_BRACE_PATTERNS }

/** Why minimatch cannot compile the glob (it throws, e.g. on a POSIX class beside an escape), or undefined. */
function globError(pattern: string): string | undefined {
  try {
    for (const dot of [false, true]) new Minimatch(pattern, { ...GLOB_OPTIONS, dot }).makeRe()
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/**
 * Whether the glob holds an extglob: minimatch compiles `+(a|aa)b` to a
 * regular expression that backtracks exponentially on a name of 250 `a`
 * (over a minute), and glob-segment.ts cannot cut such a segment; braces say
 * the same alternatives in linear time.
 */
function usesExtglob(pattern: string): boolean {
  const source = (noext: boolean) => new Minimatch(pattern, { ...GLOB_OPTIONS, noext }).makeRe().toString()
  return source(false) !== source(true)
}

/** A minimatch whose segments match in linear time (glob-segment.ts): names come from the pull request. */
function linearMinimatch(pattern: string, dot: boolean): Minimatch {
  const mm = new Minimatch(pattern, { ...GLOB_OPTIONS, dot })
  for (const parts of mm.set) {
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]
      // matchOne calls test() on what is neither a string nor GLOBSTAR.
      if (part instanceof RegExp) parts[i] = linearSegment(part) as RegExp
    }
  }
  return mm
}

export function policyFileMatcher(globs: readonly PolicyGlob[]): PolicyFileMatcher {
  // dot: false, so `**` and `*` never match a dot file unless the glob spells
  // the dot; an exclusion also removes dot files that an explicit glob matched.
  const include = globs.filter((g) => !g.exclude && !g.outside).map((glob) => ({ glob, mm: linearMinimatch(glob.pattern, false) }))
  const exclude = globs.filter((g) => g.exclude && !g.outside).map((g) => linearMinimatch(g.pattern, true))
  const mayHold = (dir: string) => include.some((m) => m.mm.match(dir, true))
  const match = (p: string) => {
    if (pathDepth(p) > MAX_PATH_DEPTH) return { hits: [], excluded: false }
    // Loops, not filter/map: this runs once per walked path.
    const hits: PolicyGlob[] = []
    for (let i = 0; i < include.length; i++) {
      const m = include[i]
      if (m.mm.match(p)) hits.push(m.glob)
    }
    return { hits, excluded: hits.length > 0 && exclude.some((mm) => mm.match(p)) }
  }
  return {
    includes: include.map((m) => m.glob),
    match,
    select(p) {
      const { hits, excluded } = match(p)
      if (hits.length === 0 || excluded) return undefined
      const kind = hits.find((g) => g.kind)?.kind
      return kind ? { kind } : {}
    },
    mayHoldMatches: (dir) => pathDepth(dir) < MAX_PATH_DEPTH && mayHold(dir),
    tooDeep(p) {
      if (pathDepth(p) <= MAX_PATH_DEPTH) return false
      // The folder of MAX_PATH_DEPTH - 1 names, the deepest that holds files a glob may match.
      let end = -1
      for (let i = 0; i < MAX_PATH_DEPTH - 1; i++) end = p.indexOf('/', end + 1)
      return mayHold(p.slice(0, end))
    }
  }
}
