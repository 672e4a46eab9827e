// What is left of the step summary for the review: GitHub drops a summary over
// 1 MiB whole, so the review takes only the room validate's part left.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { SUMMARY_LIMIT_BYTES, summaryRoomBytes } from '../../src/report/summary.js'
import { tempDir } from '../support/temp-dirs.js'

const saved = process.env.GITHUB_STEP_SUMMARY
afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY
  else process.env.GITHUB_STEP_SUMMARY = saved
})

test('the limit less what was written and a margin; never negative', () => {
  const file = path.join(tempDir('rtc-summary-'), 'summary.md')
  process.env.GITHUB_STEP_SUMMARY = file
  writeFileSync(file, 'x'.repeat(700 * 1024))
  expect(summaryRoomBytes()).toBe(SUMMARY_LIMIT_BYTES - 700 * 1024 - 4096)
  writeFileSync(file, 'x'.repeat(SUMMARY_LIMIT_BYTES))
  expect(summaryRoomBytes()).toBe(0)
})

test('no summary file yet: the whole limit less the margin', () => {
  process.env.GITHUB_STEP_SUMMARY = path.join(tempDir('rtc-summary-'), 'missing.md')
  expect(summaryRoomBytes()).toBe(SUMMARY_LIMIT_BYTES - 4096)
})
