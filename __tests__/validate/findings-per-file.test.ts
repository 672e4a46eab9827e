// The per-file budget of listed findings (src/core/validate/findings-per-file.ts):
// a hostile file cannot fill the reports, and fail-on decides as on the full list.
import type { Finding, Severity } from '../../src/core/lint/finding.js'
import type { PolicyKind } from '../../src/core/lint/lint.js'
import { FAIL_ON, failureReason } from '../../src/core/validate/fail-on.js'
import { fileBudget, listedFindingsOf, MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RUN } from '../../src/core/validate/findings-per-file.js'
import { lintFiles } from '../../src/core/validate/lint-files.js'
import { validateFiles } from '../../src/core/validate/validate.js'

const finding = (i: number, severity: Severity, code: string): Finding => ({ file: 'p.json', line: i + 1, column: 1, code, severity, message: `m${i}`, hint: 'h' })

test('within the budget a file lists every finding, the same array', () => {
  const all = Array.from({ length: MAX_FINDINGS_PER_FILE }, (_, i) => finding(i, 'warning', 'RTC100'))
  expect(listedFindingsOf('p.json', all)).toBe(all)
})

test('past the budget the most severe are listed, in their order, and one RTC904 notice counts the rest by code', () => {
  // Notices first in the file, errors last: the errors must still all be listed.
  const all = [
    ...Array.from({ length: 900 }, (_, i) => finding(i, 'notice', 'RTC400')),
    ...Array.from({ length: 300 }, (_, i) => finding(900 + i, 'warning', i % 3 === 0 ? 'RTC101' : 'RTC102')),
    ...Array.from({ length: 50 }, (_, i) => finding(1200 + i, 'error', 'RTC002'))
  ]
  const listed = listedFindingsOf('p.json', all)
  expect(listed).toHaveLength(MAX_FINDINGS_PER_FILE + 1)
  const notice = listed[listed.length - 1]
  expect(notice).toMatchObject({ file: 'p.json', line: 1, column: 1, code: 'RTC904', severity: 'notice' })
  expect(notice.message).toBe('This file has 1,250 findings; the 1,000 most severe are listed and 250 are not (250 RTC400): a file lists at most 1,000.')
  const kept = listed.slice(0, -1)
  expect(kept.filter((f) => f.severity === 'error')).toHaveLength(50)
  expect(kept.filter((f) => f.severity === 'warning')).toHaveLength(300)
  // The notices kept are the file's first 650, in order.
  expect(kept.filter((f) => f.severity === 'notice').map((f) => f.line)).toEqual(Array.from({ length: 650 }, (_, i) => i + 1))
})

test('RTC904 names the five most frequent codes left out and counts the others together', () => {
  const codes = ['RTC401', 'RTC402', 'RTC403', 'RTC404', 'RTC405', 'RTC406', 'RTC407']
  const all = [
    ...Array.from({ length: MAX_FINDINGS_PER_FILE }, (_, i) => finding(i, 'error', 'RTC002')),
    // 7 codes left out: 7, 6, 5, 4, 3, 2, 1 of each.
    ...codes.flatMap((code, k) => Array.from({ length: 7 - k }, (_, i) => finding(2000 + k * 10 + i, 'notice', code)))
  ]
  const notice = listedFindingsOf('p.json', all).at(-1)!
  expect(notice.message).toBe(
    'This file has 1,028 findings; the 1,000 most severe are listed and 28 are not (7 RTC401, 6 RTC402, 5 RTC403, 4 RTC404, 3 RTC405, 3 of 2 other codes): a file lists at most 1,000.'
  )
})

test('fail-on decides on the listed findings as on the full list, at every threshold', () => {
  const shapes: Array<Record<Severity, number>> = [
    { error: 0, warning: 0, notice: 1500 },
    { error: 0, warning: 1200, notice: 10 },
    { error: 3, warning: 0, notice: 2000 },
    { error: 1001, warning: 5, notice: 5 }
  ]
  for (const shape of shapes) {
    const all = (['notice', 'warning', 'error'] as const).flatMap((s) => Array.from({ length: shape[s] }, (_, i) => finding(i, s, 'RTC100')))
    const listed = listedFindingsOf('p.json', all)
    for (const failOn of FAIL_ON) {
      expect([shape, failOn, failureReason(listed, failOn) !== undefined]).toEqual([shape, failOn, failureReason(all, failOn) !== undefined])
    }
  }
})

test('a hostile file of one key repeated 60,000 times lists 1,000 findings and the notice, and its neighbours are untouched', () => {
  const members = Array.from({ length: 60_000 }, () => '"Sid":"a"').join(',')
  const hostile = `{"Version":"2012-10-17","Statement":[{${members},"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`
  const ordinary = '{"Version":"2012-10-17","Statement":[{"Sid":"a","Sid":"b","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}'
  const result = validateFiles(
    [
      { path: 'hostile.json', text: hostile },
      { path: 'ordinary.json', text: ordinary }
    ],
    undefined
  )
  const hostileFindings = result.findings.filter((f) => f.file === 'hostile.json')
  expect(hostileFindings).toHaveLength(MAX_FINDINGS_PER_FILE + 1)
  expect(hostileFindings.filter((f) => f.code === 'RTC904')).toHaveLength(1)
  expect(hostileFindings.find((f) => f.code === 'RTC904')!.message).toMatch(/^This file has 60,00\d findings; the 1,000 most severe are listed and 5\d,\d{3} are not \(5\d,\d{3} RTC002/)
  // The file's size error is among the ones listed (errors first).
  expect(hostileFindings.some((f) => f.code === 'RTC501')).toBe(true)
  expect(result.findings.filter((f) => f.file === 'ordinary.json').map((f) => f.code)).toContain('RTC002')
})

test('a run lists at most MAX_FINDINGS_PER_RUN in all: past it each file lists its most severe finding and the notice', () => {
  expect([fileBudget(0), fileBudget(MAX_FINDINGS_PER_RUN - 10), fileBudget(MAX_FINDINGS_PER_RUN), fileBudget(MAX_FINDINGS_PER_RUN + 5)]).toEqual([MAX_FINDINGS_PER_FILE, 10, 1, 1])
  // Files of MAX_FINDINGS_PER_FILE warnings each, and one error last in each file: enough files to pass the run's budget.
  const perFile = Array.from({ length: MAX_FINDINGS_PER_FILE }, (_, i) => i)
  const lint = (file: string, _text: string, kind?: PolicyKind) => ({
    file,
    kind: kind ?? ('identity' as const),
    findings: perFile.map((i): Finding => ({ file, line: i + 1, column: 1, code: i === perFile.length - 1 ? 'RTC001' : 'RTC100', severity: i === perFile.length - 1 ? 'error' : 'warning', message: 'm', hint: 'h' }))
  })
  const count = MAX_FINDINGS_PER_RUN / MAX_FINDINGS_PER_FILE + 2
  const names = Array.from({ length: count }, (_, i) => `f${String(i).padStart(4, '0')}.json`)
  const out = lintFiles(
    names.map((path) => ({ path, text: '{}' })),
    lint
  )
  expect(out.findings.length).toBe(MAX_FINDINGS_PER_RUN + 2 * 2)
  const last = out.findings.filter((f) => f.file === names[count - 1])
  expect(last.map((f) => f.code)).toEqual(['RTC904', 'RTC001'])
  expect(last[0].message).toBe(
    `This file has 1,000 findings; the most severe is listed and 999 are not (999 RTC100): a run lists at most 500,000 in all, and the files before this one took the rest.`
  )
  // Every file still lists its error: fail-on decides as on the full list.
  expect(new Set(out.findings.filter((f) => f.code === 'RTC001').map((f) => f.file)).size).toBe(count)
})
