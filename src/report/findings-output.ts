// The `findings` output and the `findings-file` it points to. 10,000 files
// can have megabytes of findings: the output holds the whole list while it
// fits its budget, otherwise a count and the first findings; the file always
// holds every finding.
import { closeSync, mkdtempSync, openSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Finding } from '../core/lint/finding.js'
import { writeChunks } from './files.js'

/**
 * Bytes of the `findings` output. An output is used by passing it on: to
 * another action's input or a step's `env`, and both reach the next process
 * as one environment variable, which Linux caps at 131,072 bytes with its
 * name (MAX_ARG_STRLEN: over it the runner cannot start the step, "Argument
 * list too long"). GitHub's own caps are wider: 1 MB an output, and 1 MB for
 * all of a job's outputs together, counted as UTF-16 (two bytes a character).
 * 100,000 bytes stays under all of them.
 */
export const FINDINGS_OUTPUT_BUDGET = 100 * 1000

/** The `findings` output when the list does not fit: how many there are, the first ones, and where all of them are. */
export interface CutFindings {
  count: number
  findings: Finding[]
  findingsFile: string
}

/**
 * The JSON text of the `findings` output: the array of every finding, or,
 * when that would pass `budget` bytes, a CutFindings object. Each finding is
 * serialised once, and only until the budget is reached; the output is
 * joined from those texts, as JSON.stringify would join them.
 */
export function findingsOutput(findings: readonly Finding[], findingsFile: string, budget = FINDINGS_OUTPUT_BUDGET): string {
  const texts: string[] = []
  // Bytes up to each finding's JSON, +1 for the comma; counted only until the budget is reached.
  const sizes: number[] = []
  let used = 2
  for (const f of findings) {
    const text = JSON.stringify(f)
    used += Buffer.byteLength(text, 'utf8') + 1
    if (used > budget) return cutOutput(findings.length, texts, sizes, findingsFile, budget)
    texts.push(text)
    sizes.push(used)
  }
  return `[${texts.join(',')}]`
}

/** The CutFindings object with as many first findings as fit in `budget` bytes (`texts[i]`: finding i's JSON, `fitted[i]`: bytes up to it). */
function cutOutput(count: number, texts: readonly string[], fitted: readonly number[], findingsFile: string, budget: number): string {
  const empty: CutFindings = { count, findingsFile, findings: [] }
  const emptyJson = JSON.stringify(empty)
  const overhead = Buffer.byteLength(emptyJson, 'utf8')
  let shown = 0
  while (shown < fitted.length && overhead + fitted[shown] <= budget) shown++
  // `findings` is the last member: its empty array's "[]}" is where the first findings go.
  const open = emptyJson.slice(0, -2)
  return `${open}${texts.slice(0, shown).join(',')}]}`
}

/**
 * Writes every finding as one JSON array to a new folder under the runner's
 * temporary directory (RUNNER_TEMP, emptied after each job; the system's
 * outside a runner) and returns the file's path. Written a slice at a time
 * through one buffer: the text of 250,000 findings is never one string.
 */
export function writeFindingsFile(findings: readonly Finding[], tempRoot = process.env.RUNNER_TEMP || tmpdir()): string {
  const dir = mkdtempSync(path.join(tempRoot, 'redshift-temp-creds-'))
  const file = path.join(dir, 'findings.json')
  const fd = openSync(file, 'w', 0o644)
  try {
    writeChunks(fd, findingsFileText(findings))
  } finally {
    closeSync(fd)
  }
  return file
}

/** The findings file's text in pieces: one JSON.stringify per slice of findings, its brackets dropped, the slices joined by commas. */
function* findingsFileText(findings: readonly Finding[]): Generator<string> {
  const SLICE = 200
  yield '['
  for (let i = 0; i < findings.length; i += SLICE) {
    if (i > 0) yield ','
    yield JSON.stringify(findings.slice(i, i + SLICE)).slice(1, -1)
  }
  yield ']\n'
}
