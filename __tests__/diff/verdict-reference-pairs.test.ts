// Pairs on which the verdict was wrong, found by ./verdict-reference.test.ts
// (the verdict against a reference evaluator on every request class) and
// minimised there; each is checked here as it was found.
import { describe, expect, test } from '@jest/globals'
import { diffPolicies, type DocumentKind } from '../../src/core/diff/semantic-diff.js'

const doc = (Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement })

describe('verdicts the reference evaluator found wrong', () => {
  test.each([
    [
      // Bool true needs the key present and true; BoolIfExists false, absent or false: no request meets both, so the Allow
      // granted nothing (it said narrows).
      'an Allow whose Bool and BoolIfExists on aws:SecureTransport contradict each other, removed',
      'identity',
      [{ Effect: 'Allow', Action: 's3:PutObject', Resource: '*', Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' }, Bool: { 'aws:SecureTransport': 'true' } } }],
      [],
      'none'
    ],
    [
      // Every tag key other than b, and some tag key b: no request meets both, in either version; the Resource change
      // touched nothing (it said mixed).
      'an Allow whose ForAllValues:StringNotLike and ForAnyValue:StringEquals on aws:TagKeys contradict each other, its resource changed',
      'identity',
      [{ Effect: 'Allow', NotAction: 's3:PutObject', NotResource: 'arn:aws:s3:::b/*', Condition: { 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'b' }, 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'b' } } }],
      [{ Effect: 'Allow', NotAction: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', Condition: { 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'b' }, 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'b' } } }],
      'none'
    ],
    [
      // A resource policy: every tag key a, and some tag key other than a.
      'an Allow to a user whose ForAnyValue:StringNotEquals and ForAllValues:StringEquals on aws:TagKeys contradict each other, removed',
      'resource',
      [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:user/v' }, Action: 's3:PutObject', Resource: '*', Condition: { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': 'a' }, 'ForAllValues:StringEquals': { 'aws:TagKeys': 'a' } } }],
      [],
      'none'
    ]
  ] as const)('%s: %s', (_name, kind, before, after, verdict) => {
    expect(diffPolicies(doc([...before]), doc([...after]), { kind: kind as DocumentKind }).accessChange).toBe(verdict)
  })

})

// The harness above reads "not known" from `undecided`: a statement added or removed whole whose one comparison was
// undecided said "may broaden" in its explanation and was not marked so (the file's verdict read as decided).
test('a statement added whole with an action IAM refuses is undecided, as its explanation says', () => {
  const before = [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]
  const diff = diffPolicies(doc(before), doc([...before, { Effect: 'Allow', Action: 's3*:Get*', Resource: '*' }]), { kind: 'identity' })
  expect(diff.statements.map((s) => [s.kind, s.explanation.startsWith('may broaden'), s.undecided])).toEqual([['added', true, true]])
})
