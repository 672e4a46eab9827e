// The job summary of a validate run: every finding in one table (annotations
// show only the first 10 of each level per step), then the files read and
// the ones skipped.
import { roleArnFor } from '../core/generate/documents.js'
import { checkFor } from '../core/checks.js'
import type { GenerateInputs } from '../core/generate/inputs.js'
import type { Finding } from '../core/lint/finding.js'
import type { LintedFile } from '../core/lint/lint.js'
import { countBySeverity, describeCounts, type FailOn } from '../core/validate/fail-on.js'
import type { SkippedPath } from '../workspace/discover.js'
import { cellCode, cellText, inlineCode, inlineText, link, table, urlPath } from './markdown.js'

/** GitHub refuses a step summary over 1 MiB; this leaves room for the rest of the page. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024

export interface ValidateSummaryInput {
  files: readonly LintedFile[]
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
}

const SEVERITY_LABEL = { error: '🛑 error', warning: '⚠️ warning', notice: 'ℹ️ notice' } as const

export function validateSummary(input: ValidateSummaryInput, budgetBytes = SUMMARY_BUDGET_BYTES): string {
  const counts = countBySeverity(input.findings)
  const fileCount = input.files.length
  const parts: string[] = ['## IAM policy validation\n\n']
  parts.push(
    `${inlineText(describeCounts(counts))} in ${fileCount} file${fileCount === 1 ? '' : 's'}` +
      (input.failure ? `: the step fails (fail-on: ${input.failOn}).\n` : `: the step passes (fail-on: ${input.failOn}).\n`)
  )
  if (input.together) {
    const t = input.together
    const who = t.userName ? `user ${inlineCode(t.userName)} of account ${inlineCode(t.userAccountId)}` : `account ${inlineCode(t.userAccountId)}`
    parts.push(`\nChecked together for role ${inlineCode(roleArnFor(t))}, assumed by ${who}${t.kms ? ', with KMS' : ''}.\n`)
  }
  if (input.sarifFile) parts.push(`\nSARIF report: ${inlineCode(input.sarifFile)}.\n`)

  const tail: string[] = []
  tail.push('\n### Files\n\n')
  if (input.files.length === 0) tail.push('No file was validated.\n')
  else {
    const byFile = new Map<string, Finding[]>()
    for (const f of input.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f])
    tail.push(
      table(
        ['File', 'Kind', 'Errors', 'Warnings', 'Notices'],
        input.files.map((file) => {
          const c = countBySeverity(byFile.get(file.file) ?? [])
          return [cellCode(file.file), file.kind, String(c.error), String(c.warning), String(c.notice)]
        })
      )
    )
  }
  if (input.skipped.length > 0) {
    tail.push('\n### Skipped\n\n')
    tail.push(table(['Path', 'Why'], input.skipped.map((s) => [cellCode(s.path), cellText(s.reason)])))
  }

  if (input.findings.length > 0) {
    parts.push('\n### Findings\n\n')
    const headers = ['Location', 'Severity', 'Code', 'Message', 'Hint']
    const rows: string[][] = []
    let used = byteLength(parts.join('')) + byteLength(tail.join('')) + byteLength(table(headers, [])) + 400
    for (const f of input.findings) {
      const row = rowOf(f, input.linkBase)
      // A table row is "| " + cells joined by " | " + " |\n".
      used += byteLength(row.join(' | ')) + 5
      if (used > budgetBytes) break
      rows.push(row)
    }
    const shown = rows.length
    parts.push(table(headers, rows))
    if (shown < input.findings.length) {
      parts.push(
        `\n${input.findings.length - shown} more finding${input.findings.length - shown === 1 ? ' is' : 's are'} not shown: a job summary is limited to 1 MiB. ` +
          'Every finding is in the `findings` output' +
          (input.sarifFile ? ' and the SARIF report.\n' : '.\n')
      )
    }
  }
  parts.push(...tail)
  return parts.join('')
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
