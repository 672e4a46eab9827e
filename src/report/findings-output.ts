// The `findings` output and the `findings-file` it points to. GitHub caps a
// step output at 1 MB, and 10,000 files can have a megabyte of findings: the
// output holds the whole list while it fits, otherwise a count and the first
// findings; the file always holds every finding.
import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Finding } from '../core/lint/finding.js'

/** Under GitHub's 1 MB per output, with room for the count and the file's path. */
export const FINDINGS_OUTPUT_BUDGET = 900 * 1000

/** The `findings` output when the list does not fit: how many there are, the first ones, and where all of them are. */
export interface CutFindings {
  count: number
  findings: Finding[]
  findingsFile: string
}

/**
 * The JSON text of the `findings` output: the array of every finding, or,
 * when that would pass `budget` bytes, a CutFindings object. Each finding is
 * serialised once, and only until the budget is reached.
 */
export function findingsOutput(findings: readonly Finding[], findingsFile: string, budget = FINDINGS_OUTPUT_BUDGET): string {
  const parts: string[] = []
  let used = 2
  for (const f of findings) {
    const json = JSON.stringify(f)
    // +1 for the comma; findings are ASCII-heavy, but count bytes, not characters.
    used += Buffer.byteLength(json, 'utf8') + 1
    if (used > budget) return cutOutput(parts, findings.length, findingsFile, budget)
    parts.push(json)
  }
  return `[${parts.join(',')}]`
}

function cutOutput(parts: string[], count: number, findingsFile: string, budget: number): string {
  const head = `{"count":${count},"findingsFile":${JSON.stringify(findingsFile)},"findings":[`
  let used = Buffer.byteLength(head, 'utf8') + 2
  let shown = 0
  for (; shown < parts.length; shown++) {
    used += Buffer.byteLength(parts[shown], 'utf8') + 1
    if (used > budget) break
  }
  return `${head}${parts.slice(0, shown).join(',')}]}`
}

/**
 * Writes every finding as one JSON array to a new folder under the runner's
 * temporary directory (RUNNER_TEMP, emptied after each job; the system's
 * outside a runner) and returns the file's path. Written a slice at a time:
 * the text of 250,000 findings is never one string.
 */
export function writeFindingsFile(findings: readonly Finding[], tempRoot = process.env.RUNNER_TEMP || tmpdir()): string {
  const dir = mkdtempSync(path.join(tempRoot, 'redshift-temp-creds-'))
  const file = path.join(dir, 'findings.json')
  const fd = openSync(file, 'w', 0o644)
  try {
    writeSync(fd, '[')
    const SLICE = 1000
    for (let i = 0; i < findings.length; i += SLICE) {
      // One stringify per slice, its brackets dropped: the array's text is the slices' texts joined by commas.
      const slice = JSON.stringify(findings.slice(i, i + SLICE))
      writeSync(fd, `${i === 0 ? '' : ','}${slice.slice(1, -1)}`)
    }
    writeSync(fd, ']\n')
  } finally {
    closeSync(fd)
  }
  return file
}
