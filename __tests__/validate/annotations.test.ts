import { jest } from '@jest/globals'
import type { Finding } from '../../src/core/lint/finding.js'

const calls: Array<[string, string, unknown]> = []
jest.unstable_mockModule('@actions/core', () => ({
  error: (m: string, p: unknown) => calls.push(['error', m, p]),
  warning: (m: string, p: unknown) => calls.push(['warning', m, p]),
  notice: (m: string, p: unknown) => calls.push(['notice', m, p])
}))
const { annotationOf, emitAnnotations } = await import('../../src/report/annotations.js')

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

test('emitAnnotations calls the level of each finding, every one of them', () => {
  const findings = [...Array.from({ length: 12 }, (_, i) => f({ line: i + 1 })), f({ severity: 'warning' }), f({ severity: 'notice' })]
  emitAnnotations(findings)
  expect(calls.map((c) => c[0])).toEqual([...Array(12).fill('error'), 'warning', 'notice'])
  expect(calls[11][2]).toMatchObject({ startLine: 12 })
})
