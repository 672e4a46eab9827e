// A budget on the findings one file may list. A file of 600 KB that repeats
// one key 60,000 times gets 60,000 duplicate-key findings: about 28 MB of
// SARIF, and forty such files in a pull request make a report of over a
// gigabyte and hold as much in memory. Past the budget a file lists its most
// severe findings and one RTC904 notice that counts the others by code. The
// most severe are the ones kept, so a fail-on threshold decides the same way
// it would on the full list (and RTC904 is only a notice, which no threshold
// fails on).
import type { Finding, Severity } from '../lint/finding.js'
import { groupDigits } from '../digits.js'
import { fileFinding, FINDINGS_NOT_LISTED } from './checks.js'

/** Far past any real policy's findings; AWS's largest managed policies have a few dozen. */
export const MAX_FINDINGS_PER_FILE = 1000

/** The codes RTC904 names, the most frequent first; the rest are counted together. */
const CODES_NAMED = 5

const MOST_SEVERE_FIRST: readonly Severity[] = ['error', 'warning', 'notice']

/**
 * One file's findings as they are listed: all of them within the budget;
 * past it, the MAX_FINDINGS_PER_FILE most severe (in the order given within a
 * severity) and an RTC904 notice at the file's start.
 */
export function listedFindingsOf(file: string, findings: readonly Finding[]): readonly Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_FILE) return findings
  const listed: Finding[] = []
  const leftOut = new Map<string, number>()
  for (const severity of MOST_SEVERE_FIRST) {
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]
      if (f.severity !== severity) continue
      if (listed.length < MAX_FINDINGS_PER_FILE) listed.push(f)
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
      `This file has ${groupDigits(findings.length)} findings; the ${groupDigits(MAX_FINDINGS_PER_FILE)} most severe are listed and ${groupDigits(count)} are not (${named.join(', ')}).`,
      'Fix the findings listed and validate again to see the others; a file with this many is most often generated wrongly or not a policy.'
    )
  )
  return listed
}
