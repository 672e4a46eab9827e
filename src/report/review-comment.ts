// The pull-request review as Markdown: a verdict line, a table of the changed
// IAM files, then one section per file (statement changes with ratings, the
// head version's findings, the text diff collapsed). Pure: the same text goes
// into the job summary (whole) and the comment (cut to GitHub's limit).
import type { AccessChange, StatementRating } from '../core/diff/semantic-diff.js'
import type { Finding, Severity } from '../core/lint/finding.js'
import { clipText } from '../core/clip-text.js'
import { cellCode, cellText, codeBlock, details, inlineCode, inlineText, link, quotingText, table, tableRow, urlPath } from './markdown.js'

export type FileChangeStatus = 'added' | 'removed' | 'modified' | 'renamed'

export interface StatementChangeRow {
  /** Which statement: its Sid, or its position. */
  statement: string
  /** What changed, in words (policy text is escaped when rendered). */
  change: string
  rating: StatementRating
  /** Why it is rated so, in one line a reviewer can check (policy text is escaped when rendered). */
  why?: string
  /** A request the change newly allows (or refuses), decided by the evaluator, for each direction it claims (escaped when rendered). */
  example?: string
}

export interface FileReview {
  path: string
  status: FileChangeStatus
  /** The base-side path of a rename. */
  previousPath?: string
  /** What the change does to access; ignored when `invalid` is set. */
  accessChange: AccessChange
  /** Why the head version cannot be read as a policy (the diff is then not made). */
  invalid?: string
  /** What the head is when it was not read as a policy at all, as validate's summary names it ('YAML, not checked'). */
  notRead?: string
  /** A remark on the base side, e.g. that it was not a valid policy either. */
  note?: string
  /**
   * Why the file was not reviewed (over 1 MiB, over a time budget): it is
   * named in the comment as not reviewed, never counted as unchanged.
   */
  notReviewed?: string
  changes: StatementChangeRow[]
  /** Findings of the head version. */
  findings: Finding[]
  /** Unified line diff, base to head; '' when the lines are the same. */
  textDiff: string
}

/** 'incomplete': some file was not reviewed and the reviewed ones keep access as it was. */
export type Verdict = AccessChange | 'invalid' | 'incomplete'

export interface ReviewContext {
  /** Link to the run, whose job summary holds the whole review. */
  runUrl?: string
  /** The artifact that holds the reports, when the run uploads one. */
  artifactName?: string
  /** `https://github.com/o/r/blob/<head sha>/`: findings link to their line. */
  blobBase?: string
  /** GitHub lists only the first 3,000 files of a pull request. */
  capped?: boolean
  /**
   * Set when the before versions are the base branch's tip (`sha`), not the
   * merge base of it and the head, and why (`reason`, a clause about the tip):
   * the comment says so, since the base branch's later changes then show reversed.
   */
  beforeFallback?: { sha: string; reason: string }
  /**
   * The commits compared, named in the comment's last line: a re-run of an
   * older run rewrites the comment with that run's head, and only this line
   * tells the reader the review is not of the PR's latest commit. `before`
   * is absent when no file had a before version (all added).
   */
  commits?: { head: string; before?: string; commitUrl: string }
  /**
   * The validate run's check that the documents work together threw (a bug): the comment says it could not run and
   * points to the run's log, never with the error's text (a message or stack from inside the action is no finding).
   */
  togetherFailed?: boolean
}

export interface BuiltComment {
  body: string
  /** What was left out to stay under the limit, in words; [] when nothing. */
  cut: string[]
}

const VERDICT_TEXT: Record<Verdict, string> = {
  broadens: '🔴 **Broadens access**',
  narrows: '🟢 **Narrows access**',
  mixed: '🟠 **Broadens and narrows access**',
  none: '⚪ **No change in access**',
  invalid: '❌ **Invalid documents**',
  incomplete: '⚠️ **Not fully reviewed**'
}

const RATING_TEXT: Record<StatementRating, string> = { broadens: '🔴 broadens', narrows: '🟢 narrows', mixed: '🟠 mixed', neutral: '⚪ neutral' }
const SEVERITY_TEXT: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' }

export const REVIEW_TITLE = '### IAM policy review'

/** One answer for several changes: mixed when some broaden and others narrow. */
export function combineAccess(changes: readonly AccessChange[]): AccessChange {
  const broadens = changes.some((c) => c === 'broadens' || c === 'mixed')
  const narrows = changes.some((c) => c === 'narrows' || c === 'mixed')
  if (broadens && narrows) return 'mixed'
  if (broadens) return 'broadens'
  if (narrows) return 'narrows'
  return 'none'
}

/**
 * A file's access change as the output and the cut count it: a head that
 * cannot be read as a policy may give access (nothing shows it does not), as
 * a file that was not reviewed may (whose accessChange says broadens already).
 */
export function countedAccess(f: FileReview): AccessChange {
  return f.notReviewed === undefined && f.invalid !== undefined ? 'broadens' : f.accessChange
}

/**
 * Invalid head documents come first: nobody should merge what IAM would refuse.
 * `capped`: GitHub listed only the first 3,000 files, so IAM files past them
 * are not known, as a listed file that was not reviewed is not.
 */
export function verdictOf(files: readonly FileReview[], capped = false): Verdict {
  if (files.some((f) => f.invalid !== undefined && f.notReviewed === undefined)) return 'invalid'
  const access = combineAccess(files.filter((f) => f.notReviewed === undefined).map((f) => f.accessChange))
  // A file that was not reviewed may broaden (the access-change output counts it so): never unchanged, nor only narrowing.
  return (access === 'none' || access === 'narrows') && (capped || files.some((f) => f.notReviewed !== undefined)) ? 'incomplete' : access
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** `capped`: GitHub listed only the first 3,000 files (verdictOf). */
export function verdictLine(files: readonly FileReview[], capped = false): string {
  const verdict = verdictOf(files, capped)
  const unreviewed = files.filter((f) => f.notReviewed !== undefined).length
  const invalid = files.filter((f) => f.invalid !== undefined && f.notReviewed === undefined).length
  const valid = files.filter((f) => f.invalid === undefined && f.notReviewed === undefined)
  const count = (c: AccessChange) => valid.filter((f) => f.accessChange === c).length
  const parts: string[] = []
  if (unreviewed) parts.push(`${plural(unreviewed, 'file')} not reviewed (over a size, time, memory or work budget, or not a file that can be read at its commit)`)
  if (invalid) parts.push(`${plural(invalid, 'file')} cannot be read as a policy`)
  // Each file is counted once: a file that does both is named as such, not once per side
  // (which made one changed file read as two).
  const broad = count('broadens')
  const narrow = count('narrows')
  const both = count('mixed')
  const verb = (n: number, one: string, many: string) => `${plural(n, 'file')} ${n === 1 ? one : many} access`
  if (broad) parts.push(verb(broad, 'broadens', 'broaden'))
  if (narrow) parts.push(verb(narrow, 'narrows', 'narrow'))
  if (both) parts.push(verb(both, 'both broadens and narrows', 'both broaden and narrow'))
  if (!broad && !narrow && !both && valid.length) {
    const which = valid.length === files.length ? 'the' : 'the other'
    parts.push(valid.length === 1 ? `${which} change keeps access as it was` : `${which} ${plural(valid.length, 'change')} keep access as it was`)
  }
  // Said whatever the verdict: a broadening headline does not make the files past the list reviewed.
  if (capped) parts.push('files past the first 3,000 GitHub lists are not reviewed')
  return `${VERDICT_TEXT[verdict]}: ${parts.join('; ')} (${plural(files.length, 'changed IAM file')}).`
}

function accessText(f: FileReview): string {
  if (f.notReviewed !== undefined) return '⚠️ not reviewed'
  if (f.invalid !== undefined) return f.notRead !== undefined ? `❌ ${cellText(f.notRead)}` : '❌ invalid'
  return { broadens: '🔴 broadens', narrows: '🟢 narrows', mixed: '🟠 mixed', none: '⚪ none' }[f.accessChange]
}

function findingsCount(f: FileReview): string {
  const errors = f.findings.filter((x) => x.severity === 'error').length
  const warnings = f.findings.filter((x) => x.severity === 'warning').length
  const parts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean)
  return parts.length ? parts.join(', ') : f.findings.length ? plural(f.findings.length, 'notice') : '—'
}

function summaryRow(f: FileReview): string[] {
  // The status is GitHub's word, read from its answer unchecked: escaped as any text from outside is.
  const status = f.status === 'renamed' && f.previousPath ? `renamed from ${cellCode(f.previousPath)}` : cellText(f.status)
  return [cellCode(f.path), status, accessText(f), findingsCount(f)]
}

/**
 * The file's section without its text diff (heading, statement changes,
 * findings), in pieces: a section that cannot fit is known as such once its
 * first pieces pass the room, without building the rest (fileCoreWithin).
 */
function* fileCoreParts(f: FileReview, context: ReviewContext): Generator<string> {
  yield `\n#### ${inlineCode(f.path)} — ${accessText(f)}\n\n`
  if (f.status === 'renamed' && f.previousPath) yield `Renamed from ${inlineCode(f.previousPath)}.\n\n`
  if (f.notReviewed !== undefined) {
    yield `**Not reviewed:** ${inlineText(f.notReviewed)}\. Whether it changes access is not known; review it by hand.\n`
    return
  }
  if (f.invalid !== undefined) yield `The head version cannot be read as a policy: ${inlineText(f.invalid)}\n\n`
  if (f.note) yield `${inlineText(f.note)}\n\n`
  if (f.invalid === undefined) {
    if (f.changes.length) {
      const withWhy = f.changes.some((c) => c.why !== undefined)
      const withExample = f.changes.some((c) => c.example !== undefined)
      const row = (c: StatementChangeRow) => [
        quotingText(c.statement),
        quotingText(c.change),
        RATING_TEXT[c.rating],
        ...(withWhy ? [quotingText(c.why ?? '')] : []),
        ...(withExample ? [quotingText(c.example ?? '')] : [])
      ]
      // table(), a line at a time.
      const headers = ['Statement', 'Change', 'Rating', ...(withWhy ? ['Why'] : []), ...(withExample ? ['Example request'] : [])]
      yield `${tableRow(headers)}\n${tableRow(headers.map(() => '---'))}\n`
      for (const c of f.changes) yield `${tableRow(row(c))}\n`
    } else {
      yield f.status === 'removed' ? 'The file is removed; it held no statements.\n' : 'No statement changes its meaning.\n'
    }
  }
  if (f.status !== 'removed') {
    if (f.findings.length) {
      yield `\n**Findings in the head version**\n\n`
      for (const x of f.findings) {
        const where = context.blobBase ? link(`line ${x.line}`, `${context.blobBase}${urlPath(f.path)}#L${x.line}`) : `line ${x.line}`
        const hint = x.hint ? ` ${quotingText(asSentence(x.hint))}` : ''
        yield `- ${SEVERITY_TEXT[x.severity]} ${where} ${inlineCode(x.code)}: ${quotingText(asSentence(x.message))}${hint}\n`
      }
    } else {
      yield '\nNo findings in the head version.\n'
    }
  }
}

/**
 * A message or hint as a sentence: the bullet runs the two together, and a message with no full stop of its own
 * ("... one '}' too many") read on into the hint ("too many Delete this '}'").
 */
function asSentence(text: string): string {
  return /[.!?:]\s*$/.test(text) ? text : `${text}.`
}

/** The file's section without its text diff when it is at most `limit` characters; undefined, built no further than that, when it is longer. */
function fileCoreWithin(f: FileReview, context: ReviewContext, limit: number): string | undefined {
  const parts: string[] = []
  let length = 0
  for (const part of fileCoreParts(f, context)) {
    length += part.length
    if (length > limit) return undefined
    parts.push(part)
  }
  return parts.join('')
}

/** The file's text diff when it is at most `limit` characters; undefined when it is longer, not rendered when its text alone is. */
function fileDiffWithin(f: FileReview, limit: number): string | undefined {
  // Rendered, a diff is never shorter than its text (fences around it, invisible characters shown longer).
  if (f.textDiff.length > limit) return undefined
  const diff = fileDiff(f)
  return diff.length > limit ? undefined : diff
}

function fileDiff(f: FileReview): string {
  if (!f.textDiff) return ''
  return `\n${details(`Text diff of ${f.path}`, codeBlock(f.textDiff, 'diff'))}`
}

/** The check that the documents work together could not run: said, with where its error is, and nothing of the error. */
function togetherFailedNote(context: ReviewContext): string {
  const log = context.runUrl ? `the ${link("run's log", context.runUrl)}` : "the run's log"
  return (
    `\n> [!CAUTION]\n> The check that the documents work together could not run: the action met an error it did not expect ` +
    `(a bug in the action, not a finding about these files), so the step fails. The error is in ${log}.\n`
  )
}

/** Where the reader finds what a cut left out: the summary holds the review, the artifact every finding. */
function pointer(context: ReviewContext, limit: ReviewLimit): string {
  const summary = context.runUrl ? `the ${link('job summary', context.runUrl)}` : 'the job summary'
  const findings = context.artifactName ? ` Every finding is in the ${inlineCode(context.artifactName)} artifact.` : ''
  return limit === 'comment' ? `${capitalise(summary)} holds the whole review.${findings}` : findings.trim()
}

/** Which of GitHub's limits a review is cut to. */
export type ReviewLimit = 'comment' | 'summary'

const LIMIT_TEXT: Record<ReviewLimit, string> = {
  comment: "GitHub's 65,536-character limit",
  summary: "the job summary's 1 MiB limit"
}

/**
 * The review, whole, when it fits `maxLength` characters; otherwise cut
 * whole pieces (text diffs first, then file sections, those of files that
 * keep access as it was before the others, each from the last, then summary
 * rows) and say what was cut and where everything is.
 */
export function reviewComment(files: readonly FileReview[], context: ReviewContext, maxLength = Infinity, limit: ReviewLimit = 'comment'): BuiltComment {
  const head = `${REVIEW_TITLE}\n\n${verdictLine(files, context.capped)}\n${context.beforeFallback ? `\n${beforeFallbackLine(context.beforeFallback)}\n` : ''}`
  // Notes under the verdict: files past GitHub's list, a check of the run that could not run.
  const notes =
    (context.capped ? `\n> [!WARNING]\n> GitHub lists only the first 3,000 files of a pull request; IAM files beyond them are not reviewed here.\n` : '') +
    // The job summary says so in validate's part, above the review.
    (context.togetherFailed && limit === 'comment' ? togetherFailedNote(context) : '')
  const footer = context.commits ? `\n${commitsLine(context.commits, context.beforeFallback !== undefined)}\n` : ''
  const rows = files.map(summaryRow)
  // Sections and text diffs are built only as far as the room left for them: a pull request may change
  // 3,000 files, and their sections, whole, can be gigabytes (a few thousand findings a file, each linking
  // its long path) when the comment keeps 65,536 characters of them and the summary 1 MiB.
  const cores: Array<string | undefined> = files.map(() => undefined)
  const diffs: Array<string | undefined> = files.map(() => undefined)

  const headers = ['File', 'Change', 'Access', 'Findings']
  const moreRow = (rowCount: number) => [`… ${plural(rows.length - rowCount, 'more file')}`, '', '', '']
  const tableOf = (rowCount: number) => {
    const shown = rows.slice(0, rowCount)
    if (rowCount < rows.length) shown.push(moreRow(rowCount))
    const built = table(headers, shown)
    tableBuilt += built.length
    return built
  }
  // tableOf(count).length, counted from the rows' lengths: a table is built only to be shown. Built to be measured,
  // the table of 3,000 rows whose paths show as tens of thousands of characters each was hundreds of millions of
  // characters (then half of it, a quarter..., and each of the last 64 counts), only to learn that it did not fit.
  const rowLength = (cells: readonly string[]) => cells.reduce((sum, cell) => sum + cell.length, 0) + 3 * cells.length + 1
  const rowsBefore = [0]
  for (const cells of rows) rowsBefore.push(rowsBefore[rowsBefore.length - 1] + 1 + rowLength(cells))
  const tableFrame = rowLength(headers) + 1 + rowLength(headers.map(() => '---')) + 1
  const tableLength = (rowCount: number): number => tableFrame + rowsBefore[rowCount] + (rowCount < rows.length ? 1 + rowLength(moreRow(rowCount)) : 0)
  const render = (rowCount: number, coreOn: boolean[], diffOn: boolean[], cutNote: string) => {
    const parts = [head, notes, '\n', tableOf(rowCount)]
    files.forEach((_f, i) => {
      if (coreOn[i]) parts.push(cores[i] ?? '', diffOn[i] ? (diffs[i] ?? '') : '')
    })
    parts.push(cutNote, footer)
    return parts.join('')
  }

  // What render puts around the table and the sections (head, notes, '\n' ... footer), counted where pieces are weighed.
  const frameLength = head.length + notes.length + 1 + footer.length
  // The whole review, when it fits: its pieces made one after another while the room lasts. A text diff whose
  // own text is longer than the limit can never be kept (rendered, it is longer still), nor can a review that has one.
  const all = files.map(() => true)
  const diffTooLong = files.some((f) => f.textDiff.length > maxLength)
  let wholeRoom = diffTooLong ? -1 : maxLength - frameLength - tableLength(rows.length)
  for (let i = 0; i < files.length && wholeRoom >= 0; i++) {
    const core = fileCoreWithin(files[i], context, wholeRoom)
    const diff = core === undefined ? undefined : fileDiffWithin(files[i], wholeRoom - core.length)
    ;[cores[i], diffs[i]] = [core, diff]
    wholeRoom = core === undefined || diff === undefined ? -1 : wholeRoom - core.length - diff.length
  }
  if (wholeRoom >= 0) return { body: render(rows.length, all, all, ''), cut: [] }
  cores.fill(undefined)
  diffs.fill(undefined)

  // Too long: keep pieces in order of worth while they fit, counting
  // lengths rather than rendering. `fits` is asked once per file and once per
  // text diff, and a pull request may change 3,000 files: it must not walk
  // them all (that took 8 s at 3,000), so the table's length is counted
  // from its rows' lengths and the note is made from counts kept as pieces go in.
  const coreOn = files.map(() => false)
  const diffOn = files.map(() => false)
  let rowCount = rows.length
  /** The sections left out: their count, and the first SECTION_NAMES_SHOWN of them in file order (the note names those). */
  const sectionsLeft = { count: files.length, first: (): FileReview[] => files.slice(0, SECTION_NAMES_SHOWN) }
  const diffsInAll = files.filter((f) => f.textDiff).length
  let diffsKept = 0
  const cutNote = (diffsCut = diffsInAll - diffsKept) => {
    const cut: string[] = []
    if (sectionsLeft.count) cut.push(`${plural(sectionsLeft.count, 'file section')} (${sectionNames(sectionsLeft.first(), sectionsLeft.count)})`)
    if (diffsCut) cut.push(plural(diffsCut, 'text diff'))
    if (rowCount < rows.length) cut.push(`${plural(rows.length - rowCount, 'row')} of the file table`)
    const where = pointer(context, limit)
    const note = `\n---\n\n**Cut to fit ${LIMIT_TEXT[limit]}:** ${cut.join('; ')}.${where ? ` ${where}` : ''}\n`
    return { cut, note }
  }
  // The note names the first few cut sections, which change as pieces go
  // in: room for the longest names keeps the final text under the limit.
  const slack = files
    .map((f) => noteName(f).length + 2)
    .sort((a, b) => b - a)
    .slice(0, SECTION_NAMES_SHOWN)
    .reduce((a, b) => a + b, 0)
  const fixed = frameLength + slack
  let kept = 0
  /** The characters left for one more piece; `diffsCut` as cutNote takes it. */
  const room = (diffsCut?: number) => maxLength - (fixed + tableLength(rowCount) + kept + cutNote(diffsCut).note.length)
  const fits = (extra: number, diffsCut?: number) => extra <= room(diffsCut)

  // The file table shrinks only when even it alone does not fit (halving, then one by one).
  while (rowCount > 0 && !fits(0)) rowCount = rowCount > 64 ? Math.floor(rowCount / 2) : rowCount - 1
  // File sections are tried in order of worth (cutWorthOrder) and shown in
  // file order: while the k-th is tried, the ones left out are those refused
  // so far and every one after it in that order.
  const order = cutWorthOrder(files)
  const refused: FileReview[] = []
  for (let k = 0; k < order.length; k++) {
    const i = order[k]
    sectionsLeft.count = refused.length + files.length - 1 - k
    sectionsLeft.first = () =>
      [...refused.slice(0, SECTION_NAMES_SHOWN), ...order.slice(k + 1, k + 1 + SECTION_NAMES_SHOWN).map((j) => files[j])].slice(0, SECTION_NAMES_SHOWN)
    const core = fileCoreWithin(files[i], context, room())
    if (core !== undefined) {
      ;[cores[i], coreOn[i]] = [core, true]
      kept += core.length
    } else refused.push(files[i])
  }
  sectionsLeft.count = refused.length
  sectionsLeft.first = () => refused.slice(0, SECTION_NAMES_SHOWN)
  for (const i of order) {
    if (!coreOn[i] || !files[i].textDiff) continue
    // The one tried is not counted as cut.
    const diff = fileDiffWithin(files[i], room(diffsInAll - diffsKept - 1))
    if (diff !== undefined) {
      ;[diffs[i], diffOn[i]] = [diff, true]
      kept += diff.length
      diffsKept++
    }
  }
  const { cut, note } = cutNote()
  const body = render(rowCount, coreOn, diffOn, note)
  if (body.length > maxLength) throw new Error(`the review's shortest form is ${body.length} characters, over ${maxLength}`)
  return { body, cut }
}

const SECTION_NAMES_SHOWN = 5

/** Characters of file tables built so far (the tests check that no table past the limit is built to be measured). */
let tableBuilt = 0

export function tableCharactersBuilt(): number {
  return tableBuilt
}

/**
 * The files' indexes in the order their sections and text diffs are kept
 * when the review must be cut: those that may give access or cannot be read
 * first, then those that take access away, then those that keep it as it was
 * (a reformatted file's long text diff must not push out the diff of one that
 * broadens). File order within each group.
 */
function cutWorthOrder(files: readonly FileReview[]): number[] {
  const rank = (f: FileReview) => {
    const access = countedAccess(f)
    return access === 'broadens' || access === 'mixed' ? 0 : access === 'narrows' ? 1 : 2
  }
  return files.map((f, i) => ({ i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.i)
}

/** One plain line: which versions "before" means when it is not the merge base. */
export function beforeFallbackLine(fallback: { sha: string; reason: string }): string {
  return (
    `The before versions are those of the base branch's tip ${inlineCode(fallback.sha.slice(0, 12))}, not of its merge base with the head: ${inlineText(fallback.reason)}. ` +
    'What the base branch changed that the head does not have shows here as if this pull request undid it.'
  )
}

/** Which commits the review compared, each linked (`commitUrl`: the repository's `…/commit/` URL); `beforeIsTip`: the base branch's tip, not the merge base. */
export function commitsLine(commits: { head: string; before?: string; commitUrl: string }, beforeIsTip: boolean): string {
  const sha = (s: string) => link(s.slice(0, 12), `${commits.commitUrl}${s}`)
  // The base tip is named and explained once, in the line under the verdict.
  const before = commits.before ? ` with ${beforeIsTip ? '' : 'the merge base '}${sha(commits.before)}` : ''
  return `<sub>Reviewed the head ${sha(commits.head)}${before ? `, compared${before}` : ''}.</sub>`
}

/**
 * The head commit a review comment names in its commits line (commitsLine);
 * undefined when it names none. The last such line counts: ours comes after
 * every section.
 */
export function reviewedHeadOf(body: string): string | undefined {
  const found = [...body.matchAll(/^<sub>Reviewed the head \[[0-9a-f]{12}\]\([^)\s]*\/commit\/([0-9a-f]{40})\)/gm)]
  return found.at(-1)?.[1]
}

/**
 * The most of a path the cut note shows: the note is part of the shortest
 * form, and a path may be thousands of characters that show eight times as
 * long (a control character as \u{0001}), so five whole names could fill the limit.
 */
const NOTE_NAME_LIMIT = 200

function noteName(f: FileReview): string {
  return inlineCode(clipText(f.path, NOTE_NAME_LIMIT))
}

/** The first sections' names (`first`, at most SECTION_NAMES_SHOWN of `count`), and how many more. */
function sectionNames(first: readonly FileReview[], count: number): string {
  const shown = first.map(noteName)
  return count > shown.length ? `${shown.join(', ')} and ${count - shown.length} more` : shown.join(', ')
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * The comment once the pull request no longer changes any IAM file; with
 * `commits`, its last line names the head so reviewed, as every review
 * comment's does, so that a re-run of an older workflow run (whose head did
 * change IAM files) leaves it alone rather than bringing back an old review.
 */
export function noPolicyFilesComment(patterns: readonly string[], commits?: { head: string; commitUrl: string }, capped = false): string {
  const globs = patterns.map((p) => inlineCode(p)).join(', ')
  const footer = commits ? `\n${commitsLine(commits, false)}\n` : ''
  // GitHub lists only the first 3,000 files: past them, none among those is not none at all.
  const verdict = capped
    ? `${VERDICT_TEXT.incomplete}: none of the first 3,000 files GitHub lists for this pull request is an IAM file matched by ${globs}; GitHub lists no more, so IAM files beyond them are not reviewed here.`
    : `${VERDICT_TEXT.none}: this pull request no longer changes any IAM file matched by ${globs}.`
  return `${REVIEW_TITLE}\n\n${verdict}\n${footer}`
}
