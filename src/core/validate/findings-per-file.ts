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
//
// A count does not bound the text: a message quotes the values it is about,
// and a 1 MiB file whose one action is `<half a MiB>:<half a MiB>` gets an
// RTC202 of 3 MiB (the prefix, the whole action, and again in the hint). Three
// hundred such files (nothing once git compresses them) held over a gigabyte
// of findings. So a run keeps at most MAX_FINDING_TEXT_PER_RUN characters of
// messages and hints whole; past it, each further message and hint is cut to
// CLIPPED_FINDING_TEXT (clipText says how much is left out).
import type { Finding, Severity } from '../lint/finding.js'
import { groupDigits } from '../digits.js'
import { clipText } from '../clip-text.js'
import { storedApart } from '../stored-apart.js'
import { fileFinding, FINDINGS_NOT_LISTED } from './checks.js'

/** Far past any real policy's findings; AWS's largest managed policies have a few dozen. */
export const MAX_FINDINGS_PER_FILE = 1000

/** About twice what 100,000 generated files with findings in every one list (253,707): some 250 MB of SARIF. */
export const MAX_FINDINGS_PER_RUN = 500_000

/**
 * Characters of finding text (messages and hints) a run keeps whole: twice what
 * the 100,000 generated files of the scale test hold (48 million, 250,000
 * findings); a real policy's findings are far from it (the longest message and
 * hint of the corpora's findings are under 1,000 characters together).
 */
export const MAX_FINDING_TEXT_PER_RUN = 96 * 1024 * 1024

/**
 * Past MAX_FINDING_TEXT_PER_RUN, the most of a message, and of a hint, that is
 * kept: with MAX_FINDINGS_PER_RUN, a run's finding text stays under 350
 * million characters whatever the files hold.
 */
export const CLIPPED_FINDING_TEXT = 200

/**
 * The run's room for finding text (see the top of this file). A finding that
 * fits what is left is kept whole; one that does not has its message and hint
 * clipped, in place: the "work together" check's documents hold the same
 * finding objects.
 */
export class FindingTextBudget {
  constructor(private left = MAX_FINDING_TEXT_PER_RUN) {}

  take(f: Finding): Finding {
    const length = f.message.length + f.hint.length
    if (length > this.left) {
      f.message = clippedCopy(f.message)
      f.hint = clippedCopy(f.hint)
    }
    this.left = Math.max(0, this.left - (f.message.length + f.hint.length))
    return f
  }
}

/** The text clipped, in storage of its own (a slice of it would keep the whole text alive). */
function clippedCopy(text: string): string {
  if (text.length <= CLIPPED_FINDING_TEXT) return text
  return storedApart(clipText(text, CLIPPED_FINDING_TEXT))
}

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
