// The readers of Numeric, Date, IP address and Bool condition values
// (src/core/iam/value-forms.ts) take text from a pull request: a value can be
// a whole 1 MiB file. Each reads it in time linear in its length. The number
// reader's second pattern (`\d+\.?\d*`) backtracked quadratically on a run of
// digits that is not a number ("111…1x"): 80,000 digits held a validate run
// for 25 s, a 1 MiB value for about an hour, in the linter (RTC402) before any
// budget applies. Timed with a wide margin (the machine is shared): at 100,000
// characters a linear reader takes milliseconds, a quadratic one about 20 s.
import fc from 'fast-check'
import { readAddressRange, readBool, readDate, readNumber } from '../../src/core/iam/value-forms.js'
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { exactlyCompared } from '../../src/core/diff/conditions/forms.js'

const N = 100_000

/** Hostile shapes: long runs of what a number, date or address is made of, spoilt at the end. */
const SHAPES: Array<[string, string]> = [
  ['digits, then a letter', `${'1'.repeat(N)}x`],
  ['a sign and digits, then a letter', `-${'1'.repeat(N)}x`],
  ['digits, a point, digits, then a letter', `${'1'.repeat(N / 2)}.${'1'.repeat(N / 2)}x`],
  ['digits, an exponent of digits, then a letter', `${'1'.repeat(N / 2)}e${'1'.repeat(N / 2)}x`],
  ['spaces, digits, spaces, then a letter', `${' '.repeat(N / 3)}${'1'.repeat(N / 3)}${' '.repeat(N / 3)}x`],
  ['a date, then digits', `2026-01-01T00:00:00.${'1'.repeat(N)}x`],
  ['dots and digits', '1.'.repeat(N / 2)],
  ['colons and hex digits', `${'1:'.repeat(N / 2)}x`]
]

/** Milliseconds `work` takes. */
function timed(work: () => void): number {
  const start = process.hrtime.bigint()
  work()
  return Number(process.hrtime.bigint() - start) / 1e6
}

describe('condition value readers are linear in the text', () => {
  test.each(SHAPES)('%s: every reader answers at once', (_name, text) => {
    const ms = timed(() => {
      expect(readNumber(text).form).toBe('invalid')
      readDate(text)
      readAddressRange(text)
      readBool(text)
    })
    expect(ms).toBeLessThan(2000)
  })

  test('the linter reads a 100,000-digit Numeric value that is not a number at once', () => {
    const value = `${'1'.repeat(N)}x`
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*', Condition: { NumericLessThan: { 's3:max-keys': value } } }]
    })
    let codes: string[] = []
    const ms = timed(() => {
      codes = lintPolicyText('iam/n.json', text, 'identity').findings.map((f) => f.code)
    })
    expect(codes).toContain('RTC402')
    expect(ms).toBeLessThan(5000)
  })

  test('the number forms read as before', () => {
    expect(readNumber('5').form).toBe('documented')
    expect(readNumber('-0.5').form).toBe('documented')
    for (const t of ['.5', '5.', '+5', '1.5e2', ' 1', '1e400', '1.e3', ' -2.5E-3 ']) expect(readNumber(t).form).toBe('undocumented')
    for (const t of ['', '.', '1..2', 'e3', '1e', '1.2.3', '0x10', '- 1']) expect(readNumber(t).form).toBe('invalid')
    expect(readNumber('5.').value).toBe(5)
    expect(readNumber('1.e3').value).toBe(1000)
  })

  test('the linear number pattern takes the same texts as the backtracking one did', () => {
    // The pattern as it was, on short texts only.
    const before = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/
    const decimal = /^-?\d+(\.\d+)?$/
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '0', '.', 'e', 'E', '+', '-', ' ', 'x'), maxLength: 12 }), (text) => {
        const expected = decimal.test(text) ? 'documented' : before.test(text) ? 'undocumented' : 'invalid'
        expect(readNumber(text).form).toBe(expected)
      }),
      { numRuns: 5000 }
    )
  })
})

describe('the diff reads a documented decimal in time linear in its length', () => {
  // Whether a value is compared exactly counts its significant digits: the fraction's trailing zeros were cut with
  // /0+$/, which tried each zero of "1.000…0001" as the start of the run (200,000 zeros: 20 s). The diff runs in
  // validate's check of the documents against generate's (no time budget there) as well as in the review.
  test.each([
    // 200,002 significant digits: compared with no other value.
    ['zeros then a digit', `1.${'0'.repeat(2 * N)}1`, false],
    // Leading zeros say nothing: one digit.
    ['leading zeros (epoch seconds too)', `${'0'.repeat(2 * N)}1`, true],
    // Trailing zeros of a fraction say nothing: one digit.
    ['a long run of trailing zeros', `1.${'0'.repeat(2 * N)}`, true]
  ])('%s', (_name, value, expected) => {
    let exact: boolean[] = []
    const ms = timed(() => {
      exact = [exactlyCompared('NumericLessThan', value), exactlyCompared('DateLessThan', value)]
    })
    expect(ms).toBeLessThan(2000)
    expect(exact[0]).toBe(expected)
  })

  test('the digits counted as before', () => {
    expect(exactlyCompared('NumericEquals', '0010.500')).toBe(true)
    expect(exactlyCompared('NumericEquals', '123456789012345')).toBe(true)
    expect(exactlyCompared('NumericEquals', '1234567890123456')).toBe(false)
    expect(exactlyCompared('NumericEquals', '-0.000000000000001')).toBe(true)
    expect(exactlyCompared('NumericEquals', '1.0000000000000010000')).toBe(false)
    expect(exactlyCompared('NumericEquals', '100000000000000000000.000')).toBe(false)
    expect(exactlyCompared('DateEquals', '1767225600')).toBe(true)
    expect(exactlyCompared('StringEquals', '1.0000000000000000001')).toBe(true)
  })
})
