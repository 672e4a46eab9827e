// The `findings` output: the whole list while it fits the budget, otherwise a
// count, the first findings and the file that holds them all; JSON either way.
import type { Finding } from '../../src/core/lint/finding.js'
import { findingsOutput } from '../../src/report/findings-output.js'

const finding = (i: number): Finding => ({
  file: `iam/p${i}.json`,
  line: i + 1,
  column: 1,
  endLine: i + 1,
  endColumn: 2,
  code: 'RTC101',
  severity: 'warning',
  message: `message "${i}" with ünïcode`,
  hint: 'hint'
})

test('the whole list while it fits', () => {
  const list = Array.from({ length: 5 }, (_, i) => finding(i))
  expect(JSON.parse(findingsOutput(list, '/tmp/f.json'))).toEqual(list)
})

test.each([300, 1000, 5000])('cut to a budget of %i bytes: count, first findings, the file; never over the budget', (budget) => {
  const list = Array.from({ length: 200 }, (_, i) => finding(i))
  const text = findingsOutput(list, '/runner/"temp"/findings.json', budget)
  expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(budget)
  const cut = JSON.parse(text)
  expect(cut.count).toBe(200)
  expect(cut.findingsFile).toBe('/runner/"temp"/findings.json')
  expect(cut.findings).toEqual(list.slice(0, cut.findings.length))
  // as many as fit: one more would pass the budget
  const oneMore = JSON.stringify({ ...cut, findings: list.slice(0, cut.findings.length + 1) })
  expect(Buffer.byteLength(oneMore, 'utf8')).toBeGreaterThan(budget - 2)
})
