import fc from 'fast-check'
import { groupDigits } from '../../src/core/digits.js'

test('groupDigits groups an integer in threes from the right, as en-US writes it', () => {
  expect(groupDigits(0)).toBe('0')
  expect(groupDigits(999)).toBe('999')
  expect(groupDigits(1000)).toBe('1,000')
  expect(groupDigits(25000)).toBe('25,000')
  expect(groupDigits(6144)).toBe('6,144')
  expect(groupDigits(1234567)).toBe('1,234,567')
  expect(groupDigits(-1234)).toBe('-1,234')
})

test('groupDigits writes what toLocaleString("en-US") writes, for any safe integer', () => {
  fc.assert(fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => groupDigits(n) === n.toLocaleString('en-US')))
})
