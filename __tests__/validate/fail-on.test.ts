import type { Finding, Severity } from '../../src/core/lint/finding.js'
import { countBySeverity, describeCounts, failureReason } from '../../src/core/validate/fail-on.js'

const finding = (severity: Severity, file = 'iam/a.json'): Finding => ({
  file,
  line: 1,
  column: 1,
  code: 'RTC999',
  severity,
  message: 'm',
  hint: 'h'
})

test('counts and describes findings by severity', () => {
  const all = [finding('error'), finding('error', 'b.json'), finding('warning'), finding('notice')]
  expect(countBySeverity(all)).toEqual({ error: 2, warning: 1, notice: 1 })
  expect(describeCounts(countBySeverity(all))).toBe('2 errors, 1 warning and 1 notice')
  expect(describeCounts({ error: 0, warning: 3, notice: 0 })).toBe('3 warnings')
  expect(describeCounts({ error: 0, warning: 0, notice: 0 })).toBe('no findings')
})

test.each([
  ['error', ['notice', 'warning'], undefined],
  ['error', ['error', 'warning'], '1 error in 1 file (fail-on: error)'],
  ['warning', ['notice'], undefined],
  ['warning', ['warning', 'notice'], '1 warning in 1 file (fail-on: warning)'],
  ['warning', ['error', 'warning', 'notice'], '1 error and 1 warning in 1 file (fail-on: warning)'],
  ['never', ['error', 'error'], undefined]
] as const)('fail-on %s with %j -> %s', (failOn, severities, expected) => {
  expect(failureReason(severities.map((s) => finding(s)), failOn)).toBe(expected)
})

test('the reason counts the files the failing findings are in', () => {
  expect(failureReason([finding('error', 'a'), finding('error', 'b'), finding('warning', 'c')], 'error')).toBe('2 errors in 2 files (fail-on: error)')
})

test('a file counts once, whether its failing findings come together or apart, and only failing findings count it', () => {
  const list = [finding('error', 'a'), finding('error', 'a'), finding('notice', 'b'), finding('warning', 'c'), finding('error', 'a')]
  expect(failureReason(list, 'error')).toBe('3 errors in 1 file (fail-on: error)')
  expect(failureReason(list, 'warning')).toBe('3 errors and 1 warning in 2 files (fail-on: warning)')
})

