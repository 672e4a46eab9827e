// The job summary of a validate run: the findings in one table, errors first
// (annotations show only the first 10 of each level per step), then the
// files read and the ones skipped. GitHub drops a step summary over 1 MiB
// whole, so every table has a byte budget: a table that does not fit is cut,
// by severity, with a line that says what was left out and where it is.
import { principalArnFor, roleArnFor } from '../core/generate/documents.js'
import { checkFor } from '../core/checks.js'
import { GENERATED_FILE_CODE } from '../core/lint/not-a-policy.js'
import type { GenerateInputs } from '../core/generate/inputs.js'
import type { Finding, Severity } from '../core/lint/finding.js'
import { describeCounts, failureReason, type FailOn, type SeverityCounts } from '../core/validate/fail-on.js'
import type { CheckedFile } from '../core/validate/lint-files.js'
import type { SkippedPath } from '../workspace/discover.js'
import { cellCode, cellText, inlineCode, inlineText, link, quotingText, table, tableOfLines, tableRow, urlPath } from './markdown.js'
import { codeScanningLimitNote } from './sarif.js'

/**
 * GitHub refuses a step summary over 1 MiB. The budget leaves room for the
 * pull-request review, which the same step appends after this part.
 */
export const SUMMARY_BUDGET_BYTES = 768 * 1024

export interface ValidateSummaryInput {
  files: readonly CheckedFile[]
  findings: readonly Finding[]
  skipped: readonly SkippedPath[]
  failOn: FailOn
  /** The one-line reason the step fails, when it does. */
  failure?: string
  together?: GenerateInputs
  /**
   * The check that the documents work together threw (a bug, not a finding): the summary says it could not run and
   * where its error is (the step's log), not that the documents were checked together.
   */
  togetherFailed?: boolean
  /** Relative to the workspace, when a SARIF file was written. */
  sarifFile?: string
  /** e.g. https://github.com/o/r/blob/<sha>/ : makes each location a link. */
  linkBase?: string
  /** Where every finding is besides the summary, as Markdown: e.g. "the artifact `x`". */
  elsewhere?: readonly string[]
}

/** Shares of the budget the later tables keep, when they need it, before the findings take the rest. */
const FILES_SHARE = 0.15
const SKIPPED_SHARE = 0.05
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice']

const SEVERITY_LABEL = { error: '🛑 error', warning: '⚠️ warning', notice: 'ℹ️ notice' } as const

/** What the tables need of the findings, gathered in one pass over them. */
interface FindingsIndex {
  counts: SeverityCounts
  byFile: Map<string, SeverityCounts>
  /** What the files table says instead of a policy kind for a file that is no policy (its one finding says so). */
  notPolicies: Map<string, string>
}

/**
 * The findings that say a file is no policy at all: such a file still gets a
 * kind from the classifier (identity, for want of a Principal), which the
 * files table must not show as if it had been checked as one.
 */
const NOT_A_POLICY: ReadonlyMap<string, string> = new Map([
  ['RTC003', 'not a policy'],
  ['RTC004', 'not a policy'],
  [GENERATED_FILE_CODE, 'generated file, not a policy']
])

function indexFindings(findings: readonly Finding[]): FindingsIndex {
  const counts: SeverityCounts = { error: 0, warning: 0, notice: 0 }
  const byFile = new Map<string, SeverityCounts>()
  const notPolicies = new Map<string, string>()
  // The findings come sorted by file: each file's run is counted apart, then
  // added to its entry once (a file met again, in findings not so sorted, adds to it).
  let runFile: string | undefined
  let run: SeverityCounts = { error: 0, warning: 0, notice: 0 }
  const endRun = () => {
    if (runFile === undefined) return
    const c = byFile.get(runFile)
    if (c) addCounts(c, run)
    else byFile.set(runFile, run)
    addCounts(counts, run)
  }
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]
    if (f.file !== runFile) {
      endRun()
      runFile = f.file
      run = { error: 0, warning: 0, notice: 0 }
    }
    run[f.severity]++
    const notPolicy = NOT_A_POLICY.get(f.code)
    if (notPolicy !== undefined) notPolicies.set(f.file, notPolicy)
  }
  endRun()
  return { counts, byFile, notPolicies }
}

function addCounts(to: SeverityCounts, counts: SeverityCounts): void {
  to.error += counts.error
  to.warning += counts.warning
  to.notice += counts.notice
}

/**
 * The findings of one severity, in their order, one at a time: the table
 * reads only as many as its budget shows, so no list of them is made.
 */
function findingsOf(findings: readonly Finding[], severity: Severity): () => Finding {
  let at = 0
  return () => {
    while (findings[at].severity !== severity) at++
    return findings[at++]
  }
}

export function validateSummary(input: ValidateSummaryInput, budgetBytes = SUMMARY_BUDGET_BYTES): string {
  const index = indexFindings(input.findings)
  const counts = index.counts
  const fileCount = input.files.length
  const head: string[] = ['## IAM policy validation\n\n']
  const described = describeCounts(counts)
  // The line opens the summary: a capital for "No findings", and the skipped paths, which the log line counts too.
  // The files are counted apart from the findings ("…; 8 files checked"): "4 errors and 4 warnings in 8 files" read
  // as 8 files with findings beside the failure line's "4 errors in 4 files", which counts the files with them.
  const skippedCount = input.skipped.length
  head.push(
    `${inlineText(described.charAt(0).toUpperCase() + described.slice(1))}; ${fileCount} file${fileCount === 1 ? '' : 's'} checked` +
      (skippedCount > 0 ? `, ${skippedCount} path${skippedCount === 1 ? '' : 's'} skipped (not checked)` : '') +
      (input.failure ? `: the step fails (${failOnFails(input) ? `fail-on: ${input.failOn}` : 'the check that the documents work together could not run'}).\n` : `: the step passes (fail-on: ${input.failOn}).\n`)
  )
  if (input.together) {
    const t = input.together
    // The identity that requests the credentials, as the check takes it: with trust-principal role the
    // principal role (its sessions assume this one), not the account, whose root the trust would then not name;
    // with the account root trusted and no user named, any IAM user or role of that account its policies let.
    const who =
      t.trustPrincipal === 'role' && t.principalRole
        ? `role ${inlineCode(principalArnFor(t))}`
        : t.userName
          ? `user ${inlineCode(t.userName)} of account ${inlineCode(t.userAccountId)}`
          : `an IAM user or role of account ${inlineCode(t.userAccountId)}`
    const what = [
      ...(t.kms ? ['KMS'] : []),
      ...(t.stagingBucket ? [`S3 staging ${inlineCode(`s3://${t.stagingBucket}/${t.stagingPrefix ?? ''}`)}`] : []),
      ...(t.redshift ? [t.redshift.kind === 'cluster' ? `database credentials for cluster ${inlineCode(t.redshift.clusterId)}` : `database credentials for workgroup ${inlineCode(t.redshift.workgroupId)}`] : [])
    ]
    const setup = `role ${inlineCode(roleArnFor(t))}, assumed by ${who}${what.length > 0 ? `, with ${what.join(', ')}` : ''}`
    // The error's text stays in the log (an annotation, the stack in the debug log): a bug's message is no finding.
    head.push(
      input.togetherFailed
        ? `\n> [!CAUTION]\n> The check that the documents work together could not run for ${setup}: the action met an error it did not expect ` +
            "(a bug in the action, not a finding about the files), so the step fails. The error is in this step's log; please report it.\n"
        : `\nChecked together for ${setup}.\n`
    )
  }
  if (input.sarifFile) {
    head.push(`\nSARIF report: ${inlineCode(input.sarifFile)}.\n`)
    const limit = codeScanningLimitNote(input.findings.length)
    if (limit) head.push(`\n> [!WARNING]\n> ${inlineText(limit)}\n`)
  }
  const where = whereElse(input)
  if (input.findings.length > 0 && input.elsewhere && input.elsewhere.length > 0) head.push(`\nEvery finding is in ${where}.\n`)

  // Room for the headings and the lines that say what was cut.
  const overhead = 2048
  let left = budgetBytes - byteLength(head.join('')) - overhead
  // The findings come first on the page, but the later tables keep their
  // share (or what they need, when less): rendered at that size to know it.
  const filesShare = Math.floor(budgetBytes * FILES_SHARE)
  const skippedShare = Math.floor(budgetBytes * SKIPPED_SHARE)
  // Each table's rows are rendered once, however many budgets they are cut to.
  const fileRows = filesTableRows(input, index)
  const skippedRows = new TableRows(input.skipped.length, (i) => [cellCode(input.skipped[i].path), cellText(input.skipped[i].reason)])
  const reserve = Math.min(byteLength(filesSection(input, fileRows, filesShare, where)), filesShare)
  const reserveSkipped = Math.min(byteLength(skippedSection(input, skippedRows, skippedShare)), skippedShare)
  const findings = findingsSection(input, index, left - reserve - reserveSkipped, where)
  left -= byteLength(findings)
  const files = filesSection(input, fileRows, left - reserveSkipped, where)
  left -= byteLength(files)
  const skipped = skippedSection(input, skippedRows, left)
  return head.join('') + findings + files + skipped
}

/** Whether the findings fail the step (the failure line names fail-on), as opposed to the together check's error alone. */
function failOnFails(input: ValidateSummaryInput): boolean {
  return !input.togetherFailed || failureReason(input.findings, input.failOn) !== undefined
}

/** "the SARIF report `x`, the `findings-file` output and the artifact `y`", or the outputs alone. */
function whereElse(input: ValidateSummaryInput): string {
  const places = input.elsewhere && input.elsewhere.length > 0 ? [...input.elsewhere] : ['the `findings` output']
  return places.length === 1 ? places[0] : `${places.slice(0, -1).join(', ')} and ${places[places.length - 1]}`
}

/**
 * A table's rows, each rendered when first asked for and kept with its size
 * in bytes: a table cut to several budgets (its share, then what is left)
 * renders each row once.
 */
class TableRows {
  readonly #lines: string[] = []
  readonly #bytes: number[] = []

  constructor(
    readonly count: number,
    private readonly cells: (i: number) => string[]
  ) {}

  line(i: number): string {
    this.#render(i)
    return this.#lines[i]
  }

  /** The row's bytes in the table, its line break included. */
  bytes(i: number): number {
    this.#render(i)
    return this.#bytes[i]
  }

  /** The first `shown` rows' lines. */
  firstLines(shown: number): string[] {
    const lines: string[] = []
    for (let k = 0; k < shown; k++) lines.push(this.line(k))
    return lines
  }

  /** How many first rows fit while `used` stays within `budget`; and the bytes used then. */
  fit(used: number, budget: number): { shown: number; used: number } {
    let shown = 0
    for (; shown < this.count; shown++) {
      const bytes = this.bytes(shown)
      if (used + bytes > budget) break
      used += bytes
    }
    return { shown, used }
  }

  #render(i: number): void {
    // Rows are asked for in order, so every row before i is rendered already.
    for (let k = this.#lines.length; k <= i; k++) {
      const line = tableRow(this.cells(k))
      this.#lines.push(line)
      this.#bytes.push(byteLength(line) + 1)
    }
  }
}

/**
 * The findings table within `budget` bytes, errors first, then warnings,
 * then notices. Each severity keeps a share of the budget while it has rows
 * to fill it, so that errors alone never push the warnings out whole.
 */
function findingsSection(input: ValidateSummaryInput, { counts }: FindingsIndex, budget: number, where: string): string {
  if (input.findings.length === 0) return ''
  const headers = ['Location', 'Severity', 'Code', 'Message', 'Hint']
  const present = SEVERITIES.filter((s) => counts[s] > 0)
  const cellsOf = findingCells(input.linkBase)
  // TableRows asks for each row once, in order: each severity's findings are read as they are needed.
  const rowsOf = new Map(
    present.map((s) => {
      const next = findingsOf(input.findings, s)
      return [s, new TableRows(counts[s], () => cellsOf(next()))]
    })
  )
  const minShare = Math.floor(budget / (2 * present.length))
  const lines: string[] = []
  const left: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  let used = byteLength(table(headers, [])) + 64
  for (const [i, severity] of present.entries()) {
    // What the later severities keep: their share, or what they need when less.
    const kept = present.slice(i + 1).reduce((n, s) => n + Math.min(minShare, estimate(rowsOf.get(s)!, minShare)), 0)
    const rows = rowsOf.get(severity)!
    const fitted = rows.fit(used, budget - kept)
    used = fitted.used
    for (const line of rows.firstLines(fitted.shown)) lines.push(line)
    left[severity] = rows.count - fitted.shown
  }
  const out = ['\n### Findings\n\n', tableOfLines(headers, lines)]
  const more = left.error + left.warning + left.notice
  if (more > 0) {
    const parts = SEVERITIES.filter((s) => left[s] > 0).map((s) => `${left[s]} ${s}${left[s] === 1 ? '' : 's'}`)
    out.push(
      `\n${more} more finding${more === 1 ? ' is' : 's are'} not shown (${parts.join(', ')}): a job summary is limited to 1 MiB. ` +
        `Every finding is in ${where}.\n`
    )
  }
  return out.join('')
}

/** The bytes the rows take, counted only up to `cap`. */
function estimate(rows: TableRows, cap: number): number {
  let bytes = 0
  for (let i = 0; i < rows.count; i++) {
    bytes += rows.bytes(i)
    if (bytes >= cap) return cap
  }
  return bytes
}

const NO_COUNTS = { error: 0, warning: 0, notice: 0 }

/** The files table's rows: files with errors first, then warnings, then notices, then clean ones; each group in the order read. */
function filesTableRows(input: ValidateSummaryInput, { byFile, notPolicies }: FindingsIndex): TableRows {
  const groups: CheckedFile[][] = [[], [], [], []]
  for (let j = 0, files = input.files; j < files.length; j++) {
    const file = files[j]
    const c = byFile.get(file.file)
    groups[!c ? 3 : c.error > 0 ? 0 : c.warning > 0 ? 1 : c.notice > 0 ? 2 : 3].push(file)
  }
  const ordered = groups.flat()
  return new TableRows(ordered.length, (i) => {
    const file = ordered[i]
    const c = byFile.get(file.file) ?? NO_COUNTS
    return [cellCode(file.file), notPolicies.get(file.file) ?? file.notRead ?? file.kind, String(c.error), String(c.warning), String(c.notice)]
  })
}

function filesSection(input: ValidateSummaryInput, rows: TableRows, budget: number, where: string): string {
  const out = ['\n### Files\n\n']
  if (input.files.length === 0) return `${out[0]}No file was validated.\n`
  const headers = ['File', 'Kind', 'Errors', 'Warnings', 'Notices']
  const { shown } = rows.fit(byteLength(out[0]) + byteLength(table(headers, [])) + 64, budget)
  out.push(tableOfLines(headers, rows.firstLines(shown)))
  const more = input.files.length - shown
  if (more > 0) {
    out.push(`\n${more} more file${more === 1 ? ' is' : 's are'} not listed (files with errors come first): a job summary is limited to 1 MiB. Every finding, with its file, is in ${where}.\n`)
  }
  return out.join('')
}

function skippedSection(input: ValidateSummaryInput, rows: TableRows, budget: number): string {
  if (input.skipped.length === 0) return ''
  const out = ['\n### Skipped\n\n']
  const headers = ['Path', 'Why']
  const { shown } = rows.fit(byteLength(out[0]) + byteLength(table(headers, [])) + 64, budget)
  out.push(tableOfLines(headers, rows.firstLines(shown)))
  const more = input.skipped.length - shown
  if (more > 0) out.push(`\n${more} more skipped path${more === 1 ? ' is' : 's are'} not listed: a job summary is limited to 1 MiB. Each is an RTC905 error among the findings (every one in the findings file).\n`)
  return out.join('')
}

/**
 * The findings table's cells of a finding. Hints, codes and many messages
 * repeat from row to row: each distinct one is escaped once (the caches hold
 * no more than the rows the budget lets the table render).
 */
function findingCells(linkBase: string | undefined): (f: Finding) => string[] {
  const codeCells = new Map<string, string>()
  const messageCells = new Map<string, string>()
  const hintCells = new Map<string, string>()
  // Neighbouring rows are mostly of one file: its link is made once for them.
  let lastFile: string | undefined
  let fileLink = ''
  return (f) => {
    const where = `${f.file}:${f.line}:${f.column}`
    if (linkBase && f.file !== lastFile) {
      lastFile = f.file
      fileLink = `${linkBase}${urlPath(f.file)}#L`
    }
    const location = linkBase ? link(where, `${fileLink}${f.line}`) : cellCode(where)
    let code = codeCells.get(f.code)
    if (code === undefined) {
      const check = checkFor(f.code)
      code = check ? `${inlineCode(f.code)} ${inlineText(check.name)}` : inlineCode(f.code)
      codeCells.set(f.code, code)
    }
    let message = messageCells.get(f.message)
    if (message === undefined) messageCells.set(f.message, (message = quotingText(f.message)))
    let hint = hintCells.get(f.hint)
    if (hint === undefined) hintCells.set(f.hint, (hint = quotingText(f.hint)))
    return [location, SEVERITY_LABEL[f.severity], code, message, hint]
  }
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
