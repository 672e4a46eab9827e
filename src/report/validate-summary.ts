// The job summary of a validate run: the findings in one table, errors first
// (annotations show only the first 10 of each level per step), then the
// files read and the ones skipped. GitHub drops a step summary over 1 MiB
// whole, so every table has a byte budget: a table that does not fit is cut,
// by severity, with a line that says what was left out and where it is.
import { roleArnFor } from '../core/generate/documents.js'
import { checkFor } from '../core/checks.js'
import type { GenerateInputs } from '../core/generate/inputs.js'
import type { Finding, Severity } from '../core/lint/finding.js'
import type { PolicyKind } from '../core/lint/lint.js'
import { countBySeverity, describeCounts, type FailOn } from '../core/validate/fail-on.js'
import type { SkippedPath } from '../workspace/discover.js'
import { cellCode, cellText, inlineCode, inlineText, link, table, urlPath } from './markdown.js'

/**
 * GitHub refuses a step summary over 1 MiB. The budget leaves room for the
 * pull-request review, which the same step appends after this part.
 */
export const SUMMARY_BUDGET_BYTES = 768 * 1024

export interface ValidateSummaryInput {
  files: ReadonlyArray<{ file: string; kind: PolicyKind }>
  findings: readonly Finding[]
  skipped: readonly SkippedPath[]
  failOn: FailOn
  /** The one-line reason the step fails, when it does. */
  failure?: string
  together?: GenerateInputs
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

export function validateSummary(input: ValidateSummaryInput, budgetBytes = SUMMARY_BUDGET_BYTES): string {
  const counts = countBySeverity(input.findings)
  const fileCount = input.files.length
  const head: string[] = ['## IAM policy validation\n\n']
  head.push(
    `${inlineText(describeCounts(counts))} in ${fileCount} file${fileCount === 1 ? '' : 's'}` +
      (input.failure ? `: the step fails (fail-on: ${input.failOn}).\n` : `: the step passes (fail-on: ${input.failOn}).\n`)
  )
  if (input.together) {
    const t = input.together
    const who = t.userName ? `user ${inlineCode(t.userName)} of account ${inlineCode(t.userAccountId)}` : `account ${inlineCode(t.userAccountId)}`
    head.push(`\nChecked together for role ${inlineCode(roleArnFor(t))}, assumed by ${who}${t.kms ? ', with KMS' : ''}.\n`)
  }
  if (input.sarifFile) head.push(`\nSARIF report: ${inlineCode(input.sarifFile)}.\n`)
  const where = whereElse(input)
  if (input.findings.length > 0 && input.elsewhere && input.elsewhere.length > 0) head.push(`\nEvery finding is in ${where}.\n`)

  // Room for the headings and the lines that say what was cut.
  const overhead = 2048
  let left = budgetBytes - byteLength(head.join('')) - overhead
  // The findings come first on the page, but the later tables keep their
  // share (or what they need, when less): rendered at that size to know it.
  const filesShare = Math.floor(budgetBytes * FILES_SHARE)
  const skippedShare = Math.floor(budgetBytes * SKIPPED_SHARE)
  const reserve = Math.min(byteLength(filesSection(input, filesShare, where)), filesShare)
  const reserveSkipped = Math.min(byteLength(skippedSection(input, skippedShare)), skippedShare)
  const findings = findingsSection(input, left - reserve - reserveSkipped, where)
  left -= byteLength(findings)
  const files = filesSection(input, left - reserveSkipped, where)
  left -= byteLength(files)
  const skipped = skippedSection(input, left)
  return head.join('') + findings + files + skipped
}

/** "the SARIF report `x`, the `findings-file` output and the artifact `y`", or the outputs alone. */
function whereElse(input: ValidateSummaryInput): string {
  const places = input.elsewhere && input.elsewhere.length > 0 ? [...input.elsewhere] : ['the `findings` output']
  return places.length === 1 ? places[0] : `${places.slice(0, -1).join(', ')} and ${places[places.length - 1]}`
}

/**
 * The findings table within `budget` bytes, errors first, then warnings,
 * then notices. Each severity keeps a share of the budget while it has rows
 * to fill it, so that errors alone never push the warnings out whole.
 */
function findingsSection(input: ValidateSummaryInput, budget: number, where: string): string {
  if (input.findings.length === 0) return ''
  const headers = ['Location', 'Severity', 'Code', 'Message', 'Hint']
  const bySeverity = new Map<Severity, Finding[]>(SEVERITIES.map((s) => [s, []]))
  for (const f of input.findings) bySeverity.get(f.severity)!.push(f)
  const present = SEVERITIES.filter((s) => bySeverity.get(s)!.length > 0)
  const minShare = Math.floor(budget / (2 * present.length))
  const rows: string[][] = []
  const left: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  let used = byteLength(table(headers, [])) + 64
  for (const [i, severity] of present.entries()) {
    // What the later severities keep: their share, or what they need when less.
    const kept = present.slice(i + 1).reduce((n, s) => n + Math.min(minShare, estimate(bySeverity.get(s)!, input.linkBase, minShare)), 0)
    const list = bySeverity.get(severity)!
    let shown = 0
    for (const f of list) {
      const row = rowOf(f, input.linkBase)
      const bytes = rowBytes(row)
      if (used + bytes > budget - kept) break
      used += bytes
      rows.push(row)
      shown++
    }
    left[severity] = list.length - shown
  }
  const out = ['\n### Findings\n\n', table(headers, rows)]
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

/** The bytes the rows of `list` take, counted only up to `cap`. */
function estimate(list: readonly Finding[], linkBase: string | undefined, cap: number): number {
  let bytes = 0
  for (const f of list) {
    bytes += rowBytes(rowOf(f, linkBase))
    if (bytes >= cap) return cap
  }
  return bytes
}

function filesSection(input: ValidateSummaryInput, budget: number, where: string): string {
  const out = ['\n### Files\n\n']
  if (input.files.length === 0) return `${out[0]}No file was validated.\n`
  const byFile = new Map<string, { error: number; warning: number; notice: number }>()
  for (const f of input.findings) {
    let c = byFile.get(f.file)
    if (!c) byFile.set(f.file, (c = { error: 0, warning: 0, notice: 0 }))
    c[f.severity]++
  }
  const headers = ['File', 'Kind', 'Errors', 'Warnings', 'Notices']
  // Files with errors first, then warnings, then notices, then clean ones; each group in path order.
  const rank = (file: string) => {
    const c = byFile.get(file)
    return !c ? 3 : c.error > 0 ? 0 : c.warning > 0 ? 1 : c.notice > 0 ? 2 : 3
  }
  const ordered = input.files.map((file, i) => ({ file, i, rank: rank(file.file) })).sort((a, b) => a.rank - b.rank || a.i - b.i)
  const rows: string[][] = []
  let used = byteLength(out[0]) + byteLength(table(headers, [])) + 64
  for (const { file } of ordered) {
    const c = byFile.get(file.file) ?? { error: 0, warning: 0, notice: 0 }
    const row = [cellCode(file.file), file.kind, String(c.error), String(c.warning), String(c.notice)]
    const bytes = rowBytes(row)
    if (used + bytes > budget) break
    used += bytes
    rows.push(row)
  }
  out.push(table(headers, rows))
  const more = input.files.length - rows.length
  if (more > 0) {
    out.push(`\n${more} more file${more === 1 ? ' is' : 's are'} not listed (files with errors come first): a job summary is limited to 1 MiB. Every finding, with its file, is in ${where}.\n`)
  }
  return out.join('')
}

function skippedSection(input: ValidateSummaryInput, budget: number): string {
  if (input.skipped.length === 0) return ''
  const out = ['\n### Skipped\n\n']
  const headers = ['Path', 'Why']
  const rows: string[][] = []
  let used = byteLength(out[0]) + byteLength(table(headers, [])) + 64
  for (const s of input.skipped) {
    const row = [cellCode(s.path), cellText(s.reason)]
    const bytes = rowBytes(row)
    if (used + bytes > budget) break
    used += bytes
    rows.push(row)
  }
  out.push(table(headers, rows))
  const more = input.skipped.length - rows.length
  if (more > 0) out.push(`\n${more} more skipped path${more === 1 ? ' is' : 's are'} not listed: a job summary is limited to 1 MiB. The first ones are also warnings in the log.\n`)
  return out.join('')
}

/** A table row is "| " + cells joined by " | " + " |\n". */
function rowBytes(row: string[]): number {
  return byteLength(row.join(' | ')) + 5
}

function rowOf(f: Finding, linkBase?: string): string[] {
  const where = `${f.file}:${f.line}:${f.column}`
  const location = linkBase ? link(where, `${linkBase}${urlPath(f.file)}#L${f.line}`) : cellCode(where)
  const check = checkFor(f.code)
  const code = check ? `${inlineCode(f.code)} ${inlineText(check.name)}` : inlineCode(f.code)
  return [location, SEVERITY_LABEL[f.severity], code, cellText(f.message), cellText(f.hint)]
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
