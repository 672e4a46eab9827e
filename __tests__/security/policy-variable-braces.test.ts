// Policy variables (`${...}`) are found in one pass (splitAtBraces): the
// regular expressions that found them (`/\$\{([^}]*)\}/g` and the like),
// unanchored, scanned from every `${` to the end of a value holding no `}`
// after it, and a value of a pull request can hold 500,000 of them: the
// linter, the evaluator (validate's whole-setup check) and the diff took
// quadratic time (80 KB: 6 s each).
import { expect, test } from '@jest/globals'
import fc from 'fast-check'
import { braceSearchCovered, bracesOf, replaceBraces, splitAtBraces } from '../../src/core/iam/variables.js'
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { substituteVariables } from '../../src/core/evaluate/conditions.js'
import { hasPolicyVariable } from '../../src/core/diff/conditions/clause.js'

const piece = fc.constantFrom('${', '}', '$', '{', '*', '?', '${*}', '${?}', '${$}', '${aws:username}', 'a', ':', '\n')
const texts = fc.array(piece, { maxLength: 16 }).map((p) => p.join(''))

test('the same pieces as the regular expressions they replace', () => {
  fc.assert(
    fc.property(texts, (t) => {
      expect(splitAtBraces(t)).toEqual(t.split(/(\$\{[^}]*\})/))
      expect(splitAtBraces(t, true)).toEqual(t.split(/(\$\{(?![*?$]\})[^}]*\})/))
      expect(bracesOf(t, true)).toEqual(t.match(/\$\{(?![*?$]\})[^}]*\}/g) ?? [])
      expect(replaceBraces(t, (inner) => `<${inner}>`)).toBe(t.replace(/\$\{([^}]*)\}/g, (_, inner: string) => `<${inner}>`))
      expect(hasPolicyVariable(t)).toBe(/\$\{(?![*?$]\})[^}]*\}/.test(t))
    }),
    { numRuns: 5000 }
  )
})

const HOSTILE = '${'.repeat(150_000)

test('a value of 150,000 "${" and no "}": found in linear time (300 KB took about 80 s)', () => {
  // Counted, not timed (the machine is shared): each call searches the text for a '}' once, where the expressions
  // searched the rest of it from each of the 150,000 "${".
  const once = (call: () => unknown, expected: unknown) => {
    const before = braceSearchCovered()
    expect(call()).toEqual(expected)
    expect(braceSearchCovered() - before).toBeLessThanOrEqual(HOSTILE.length)
  }
  once(() => splitAtBraces(HOSTILE), [HOSTILE])
  once(() => bracesOf(HOSTILE, true), [])
  once(() => substituteVariables(HOSTILE, () => ['x']), HOSTILE)
  once(() => hasPolicyVariable(HOSTILE), false)
})

test('linted in linear time: a Numeric operator on a String key with such a value', () => {
  const text = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { NumericLessThan: { 'aws:username': HOSTILE } } }]
  })
  const before = braceSearchCovered()
  const findings = lintPolicyText('p.json', text, 'identity').findings
  // Counted, not timed (the machine is shared): the value is searched for a "}" once (a few readings would still be
  // linear), where each "${" searched the rest of it.
  expect(braceSearchCovered() - before).toBeLessThanOrEqual(3 * HOSTILE.length)
  expect(findings.map((f) => f.code)).toContain('RTC409')
})
