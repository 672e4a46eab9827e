import { jest } from '@jest/globals'
import type { Finding } from '../../src/core/lint/finding.js'

const calls: Array<[string, string, unknown]> = []
jest.unstable_mockModule('@actions/core', () => ({
  error: (m: string, p: unknown) => calls.push(['error', m, p]),
  warning: (m: string, p: unknown) => calls.push(['warning', m, p]),
  notice: (m: string, p: unknown) => calls.push(['notice', m, p]),
  info: (m: string) => calls.push(['info', m, undefined])
}))
const { annotationOf, emitAnnotations, emitCappedWarnings } = await import('../../src/report/annotations.js')
const { countBySeverity } = await import('../../src/core/validate/fail-on.js')

const f = (over: Partial<Finding>): Finding => ({ file: 'iam/a.json', line: 3, column: 7, code: 'RTC901', severity: 'error', message: 'Not UTF-8', hint: 'Save as UTF-8', ...over })

test('an annotation on the file, line and columns, titled with the code and check name', () => {
  expect(annotationOf(f({ endLine: 3, endColumn: 12 }))).toEqual({
    level: 'error',
    message: 'Not UTF-8\nHint: Save as UTF-8',
    properties: { title: 'RTC901 file-not-utf8', file: 'iam/a.json', startLine: 3, endLine: 3, startColumn: 7, endColumn: 12 }
  })
})

test('a finding over several lines is annotated on its first line (GitHub drops columns otherwise)', () => {
  expect(annotationOf(f({ endLine: 9, endColumn: 2 })).properties).toEqual({
    title: 'RTC901 file-not-utf8',
    file: 'iam/a.json',
    startLine: 3,
    endLine: 3,
    startColumn: 7,
    endColumn: 7
  })
})

test('an unknown code is its own title; an empty hint adds nothing', () => {
  const a = annotationOf(f({ code: 'RTC999', severity: 'notice', hint: '' }))
  expect(a).toMatchObject({ level: 'notice', message: 'Not UTF-8', properties: { title: 'RTC999' } })
})

test('emitAnnotations gives each finding its level, errors first, in the findings\' order', () => {
  calls.length = 0
  const findings = [f({ severity: 'notice', line: 1 }), f({ severity: 'warning', line: 2 }), ...Array.from({ length: 3 }, (_, i) => f({ line: i + 3 }))]
  emitAnnotations(findings)
  expect(calls.map((c) => [c[0], (c[2] as { startLine: number }).startLine])).toEqual([
    ['error', 3],
    ['error', 4],
    ['error', 5],
    ['warning', 2],
    ['notice', 1]
  ])
})

test('at most 10 annotations per level, then one line that says how many more and where', () => {
  calls.length = 0
  const many = (severity: Finding['severity'], n: number) => Array.from({ length: n }, (_, i) => f({ severity, line: i + 1 }))
  emitAnnotations([...many('notice', 30), ...many('warning', 11), ...many('error', 12)], ['the SARIF report r.sarif', 'the artifact x'])
  const levels = calls.map((c) => c[0])
  expect(levels).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(10).fill('notice'), 'info'])
  expect(calls[9][2]).toMatchObject({ startLine: 10 })
  expect(calls[30][1]).toBe(
    '23 more findings are not annotated (2 errors, 1 warning, 20 notices): GitHub shows 10 annotations of each level per step. Every finding is in the SARIF report r.sarif and the artifact x.'
  )
})

test('the number of annotations does not grow with the number of findings', () => {
  for (const n of [100, 10_000]) {
    calls.length = 0
    emitAnnotations(Array.from({ length: n }, (_, i) => f({ severity: (['error', 'warning', 'notice'] as const)[i % 3], line: i + 1 })))
    expect(calls.length).toBe(31)
  }
})

test('given the counts by severity (as validate has them), the same annotations and the same line', () => {
  const findings = Array.from({ length: 500 }, (_, i) => f({ severity: i < 3 ? 'error' : i % 7 ? 'notice' : 'warning', line: i + 1 }))
  calls.length = 0
  emitAnnotations(findings, ['x'])
  const counted = [...calls]
  calls.length = 0
  emitAnnotations(findings, ['x'], countBySeverity(findings))
  expect(calls).toEqual(counted)
  expect(counted.map((c) => c[0]).filter((l) => l === 'error')).toHaveLength(3)
  expect(counted.at(-1)?.[1]).toMatch(/^477 more findings are not annotated \(61 warnings, 416 notices\)/)
})

test('capped warnings: the first 10, then one line', () => {
  calls.length = 0
  emitCappedWarnings(Array.from({ length: 25 }, (_, i) => `Skipped ${i}`), 'Policy file not read', 'see the summary.')
  expect(calls.map((c) => c[0])).toEqual([...Array(10).fill('warning'), 'info'])
  expect(calls[10][1]).toBe('15 more warnings like these: see the summary.')
})
