// RTC412 asks whether any action of a statement supports each of its
// condition keys. Asked per key of every action, a statement that repeats a
// key 12,000 times (a duplicated JSON key is still read) beside 12,000
// actions made 144 million comparisons: about a minute for a 400 KB file. The
// actions' keys are now read once per statement.
import { expect, test } from '@jest/globals'
import { lintPolicyText } from '../../src/core/lint/lint.js'

test('12,000 repeated condition keys beside 12,000 actions lint in a few seconds, with a finding per key', () => {
  const n = 12_000
  const actions = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? '"s3:PutObject"' : '"s3:GetObject"')).join(',')
  // Written by hand: JSON.stringify cannot repeat a key.
  const keys = Array.from({ length: n }, () => '"s3:prefix": "home/"').join(',')
  const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [${actions}], "Resource": "*", "Condition": {"StringEquals": {${keys}}}}]}`
  const started = performance.now()
  const found = lintPolicyText('iam/repeated-keys.json', text, 'identity').findings.filter((f) => f.code === 'RTC412')
  const ms = performance.now() - started
  expect(found).toHaveLength(n)
  expect(found[0].message).toContain('s3:prefix is not a condition key of any of the actions of statement 1 (s3:PutObject, s3:GetObject, s3:GetObject')
  expect(ms).toBeLessThan(8000)
}, 120_000)
