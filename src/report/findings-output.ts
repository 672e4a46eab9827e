// The `findings` output and the `findings-file` it points to. 10,000 files
// can have megabytes of findings: the output holds the whole list while it
// fits its budget, otherwise a count and the first findings; the file always
// holds every finding.
import { closeSync, mkdtempSync, openSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Finding } from '../core/lint/finding.js'
import { writeChunks } from './files.js'
import { jsonListWithin, LIST_OUTPUT_BUDGET } from './json-list-output.js'

/** Bytes of the `findings` output (see json-list-output.ts). */
export const FINDINGS_OUTPUT_BUDGET = LIST_OUTPUT_BUDGET

/** The `findings` output when the list does not fit: how many there are, the first ones, and where all of them are. */
export interface CutFindings {
  count: number
  findings: Finding[]
  findingsFile: string
}

/**
 * The JSON text of the `findings` output: the array of every finding, or,
 * when that would pass `budget` bytes, a CutFindings object.
 */
export function findingsOutput(findings: readonly Finding[], findingsFile: string, budget = FINDINGS_OUTPUT_BUDGET): string {
  // `findings` last: jsonListWithin fills that array.
  const cut: CutFindings = { count: findings.length, findingsFile, findings: [] }
  return jsonListWithin(findings, cut, budget)
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
