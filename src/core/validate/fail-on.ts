import { SEVERITY_ORDER, type Finding, type Severity } from '../lint/finding.js'

export const FAIL_ON = ['error', 'warning', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

export type SeverityCounts = Record<Severity, number>

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, notice: 0 }
  for (let i = 0; i < findings.length; i++) counts[findings[i].severity]++
  return counts
}

/** "3 errors, 1 warning and 2 notices"; "no findings" when all are zero. */
export function describeCounts(counts: SeverityCounts): string {
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`)
  if (parts.length === 0) return 'no findings'
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/**
 * Whether the step fails, as a one-line reason, or undefined when it passes:
 * it fails when any finding is at or above the `fail-on` severity. A path a
 * glob matched but the run could not check (over 1 MiB, unreadable, leading
 * out of the workspace) is an error finding of its own (RTC905), so it fails
 * the step as any error does.
 */
export function failureReason(findings: readonly Finding[], failOn: FailOn): string | undefined {
  if (failOn === 'never') return undefined
  const found = findingsReason(findings, failOn)
  return found === undefined ? undefined : `${found} (fail-on: ${failOn})`
}

/** The findings at or above the threshold, counted, with the number of files they are in. */
function findingsReason(findings: readonly Finding[], failOn: 'error' | 'warning'): string | undefined {
  const threshold = SEVERITY_ORDER[failOn]
  // One pass, no list of the failing findings; a file is looked up once per run of its findings.
  const counts: SeverityCounts = { error: 0, warning: 0, notice: 0 }
  const files = new Set<string>()
  let lastFile: string | undefined
  for (const f of findings) {
    if (SEVERITY_ORDER[f.severity] < threshold) continue
    counts[f.severity]++
    if (f.file !== lastFile) {
      lastFile = f.file
      files.add(f.file)
    }
  }
  if (counts.error + counts.warning + counts.notice === 0) return undefined
  return `${describeCounts(counts)} in ${files.size} file${files.size === 1 ? '' : 's'}`
}
