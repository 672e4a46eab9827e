import { ALL_CHECKS, checkFor } from '../../src/core/checks.js'
import { CHECKS } from '../../src/core/lint/checks.js'
import { TOGETHER_CHECKS } from '../../src/core/together/checks.js'
import { VALIDATE_CHECKS } from '../../src/core/validate/checks.js'

test('ALL_CHECKS is the linter, together and validate checks, each code once', () => {
  expect(ALL_CHECKS.length).toBe(CHECKS.length + TOGETHER_CHECKS.length + VALIDATE_CHECKS.length)
  const codes = ALL_CHECKS.map((c) => c.code)
  const repeated = codes.filter((c, i) => codes.indexOf(c) !== i)
  expect(repeated).toEqual([])
  const names = ALL_CHECKS.map((c) => c.name)
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
})

test('every check has a code, a severity, a kebab-case name, a title and help', () => {
  for (const c of ALL_CHECKS) {
    expect(c.code).toMatch(/^RTC\d{3}$/)
    expect(['error', 'warning', 'notice']).toContain(c.severity)
    expect(c.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(c.title.length).toBeGreaterThan(0)
    expect(c.help.length).toBeGreaterThan(20)
  }
})

test('checkFor finds a check by code', () => {
  expect(checkFor('RTC901')?.name).toBe('file-not-utf8')
  expect(checkFor('RTC000')).toBeUndefined()
})
