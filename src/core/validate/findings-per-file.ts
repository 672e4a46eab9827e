// Budgets on the findings listed. A file of 600 KB that repeats one key
// 60,000 times gets 60,000 duplicate-key findings: about 28 MB of SARIF, and
// forty such files in a pull request make a report of over a gigabyte and
// hold as much in memory. So a file lists at most MAX_FINDINGS_PER_FILE, and
// a run at most MAX_FINDINGS_PER_RUN in all (past it, each further file lists
// its single most severe finding). Past its budget a file lists its most
// severe findings and one RTC904 notice that counts the others by code. The
// most severe are the ones kept, and every file keeps at least one, so a
// fail-on threshold decides the same way it would on the full list (and
// RTC904 is only a notice, which no threshold fails on).
import type { Finding, Severity } from '../lint/finding.js'
import { groupDigits } from '../digits.js'
import { fileFinding, FINDINGS_NOT_LISTED } from './checks.js'

/** Far past any real policy's findings; AWS's largest managed policies have a few dozen. */
export const MAX_FINDINGS_PER_FILE = 1000

/** About twice what 100,000 generated files with findings in every one list (253,707): some 250 MB of SARIF. */
export const MAX_FINDINGS_PER_RUN = 500_000

/** How many findings the next file may list when `listed` are listed already: at least one. */
export function fileBudget(listed: number): number {
  return Math.max(1, Math.min(MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RUN - listed))
}

/** The codes RTC904 names, the most frequent first; the rest are counted together. */
const CODES_NAMED = 5

const MOST_SEVERE_FIRST: readonly Severity[] = ['error', 'warning', 'notice']

/**
 * One file's findings as they are listed: all of them within `budget`
 * (fileBudget); past it, the `budget` most severe (in the order given within
 * a severity) and an RTC904 notice at the file's start.
 */
export function listedFindingsOf(file: string, findings: readonly Finding[], budget = MAX_FINDINGS_PER_FILE): readonly Finding[] {
  if (findings.length <= budget) return findings
  const listed: Finding[] = []
  const leftOut = new Map<string, number>()
  for (const severity of MOST_SEVERE_FIRST) {
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]
      if (f.severity !== severity) continue
      if (listed.length < budget) listed.push(f)
      else leftOut.set(f.code, (leftOut.get(f.code) ?? 0) + 1)
    }
  }
  const count = findings.length - listed.length
  const byCode = [...leftOut].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const named = byCode.slice(0, CODES_NAMED).map(([code, n]) => `${groupDigits(n)} ${code}`)
  const others = byCode.slice(CODES_NAMED).reduce((sum, [, n]) => sum + n, 0)
  if (others > 0) named.push(`${groupDigits(others)} of ${byCode.length - CODES_NAMED} other code${byCode.length - CODES_NAMED === 1 ? '' : 's'}`)
  listed.push(
    fileFinding(
      FINDINGS_NOT_LISTED,
      file,
      { line: 1, column: 1 },
      `This file has ${groupDigits(findings.length)} findings; the ${budget === 1 ? 'most severe is' : `${groupDigits(budget)} most severe are`} listed and ${groupDigits(count)} ${count === 1 ? 'is' : 'are'} not (${named.join(', ')}): ${
        budget === MAX_FINDINGS_PER_FILE ? `a file lists at most ${groupDigits(MAX_FINDINGS_PER_FILE)}` : `a run lists at most ${groupDigits(MAX_FINDINGS_PER_RUN)} in all, and the files before this one took the rest`
      }.`,
      'Fix the findings listed and validate again to see the others; a file with this many is most often generated wrongly or not a policy.'
    )
  )
  return listed
}
