// The `findings` output: the whole list while it fits the budget, otherwise a
// count, the first findings and the file that holds them all; JSON either way.
import type { Finding } from '../../src/core/lint/finding.js'
import { spawnSync } from 'node:child_process'
import { FINDINGS_OUTPUT_BUDGET, findingsOutput } from '../../src/report/findings-output.js'

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

test('the text is what JSON.stringify makes of the list or of the cut object, whatever the findings hold', () => {
  // Findings of other shapes (members in another order, no end) and strings JSON.stringify escapes.
  const odd = (i: number): Finding => ({ code: 'RTC903', file: `iam/"q"\\${i}.yaml`, severity: 'error', line: 1, column: 1, message: `lone \ud800 \u2028 "${i}"`, hint: 'tab\tend' })
  const list = Array.from({ length: 60 }, (_, i) => (i % 3 ? finding(i) : odd(i)))
  expect(findingsOutput(list, '/tmp/f.json')).toBe(JSON.stringify(list))
  // A budget with room for no finding, for a few, for many.
  const shownAt = new Map<number, number>()
  for (const budget of [120, 700, 4000]) {
    const text = findingsOutput(list, '/runner/"temp"/findings.json', budget)
    const cut = JSON.parse(text)
    shownAt.set(budget, cut.findings.length)
    expect(text).toBe(JSON.stringify({ count: list.length, findingsFile: '/runner/"temp"/findings.json', findings: list.slice(0, cut.findings.length) }))
  }
  expect(shownAt.get(120)).toBe(0)
  expect(shownAt.get(700)).toBeGreaterThan(0)
  expect(shownAt.get(4000)).toBeGreaterThan(shownAt.get(700)!)
})

test('the findings output can be passed on as one environment variable, as `env:` and `with:` pass it', () => {
  // About 150 bytes a finding: 5,000 of them are over 700 KB.
  const list = Array.from({ length: 5000 }, (_, i) => finding(i))
  const text = findingsOutput(list, '/runner/temp/findings.json')
  expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(FINDINGS_OUTPUT_BUDGET)
  const passOn = (value: string) =>
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.env.INPUT_FINDINGS.length))'], { env: { INPUT_FINDINGS: value } })
  const passed = passOn(text)
  expect(passed.error).toBeUndefined()
  expect(String(passed.stdout)).toBe(String(text.length))
  // What the budget keeps away from: Linux starts no process with one variable over 128 KiB.
  if (process.platform === 'linux') expect(passOn('x'.repeat(FINDINGS_OUTPUT_BUDGET * 2)).error).toMatchObject({ code: 'E2BIG' })
})
