// A statement split into statements whose conditions together admit what its
// own did changes nothing. Two such splits were "may narrow" ("may broaden"):
// a StringLike pattern into the narrower ones it is the union of (`a*` into
// `a` and `a?*`: each negated test was read alone against the positive one),
// and a Date or Numeric bound into a window and the rest (`DateGreaterThan
// 2030` into 2030 to 2031 and from 2031 on: a window fails in two ways, and
// only a test failing in one was read).
import { describe, expect, test } from '@jest/globals'
import { diffPolicies } from '../../src/core/diff/semantic-diff.js'
import { conditionNeverHolds } from '../../src/core/diff/conditions/index.js'
import { normalisePolicy } from '../../src/core/iam/normalise.js'
import { DiffWork } from '../../src/core/diff/work.js'

const doc = (...Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement })
const allow = (Condition: Record<string, unknown>) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition })
const never = (Condition: unknown) => {
  const policy = normalisePolicy(doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition }))
  if (!policy) throw new Error('not a policy')
  return conditionNeverHolds(policy.statements[0].condition, new DiffWork(100_000))?.key
}

describe('a pattern and the patterns it is the union of', () => {
  test('StringLike a* with StringNotLike a and a?* admits no value', () => {
    expect(never({ StringLike: { 'aws:PrincipalTag/team': 'a*' }, StringNotLike: { 'aws:PrincipalTag/team': ['a', 'a?*'] } })).toBe('aws:principaltag/team')
    // One of them alone leaves values in.
    expect(never({ StringLike: { 'aws:PrincipalTag/team': 'a*' }, StringNotLike: { 'aws:PrincipalTag/team': ['a??*'] } })).toBeUndefined()
    expect(never({ StringLike: { 'aws:PrincipalTag/team': 'a*' }, StringNotLike: { 'aws:PrincipalTag/team': ['a', 'a??*'] } })).toBeUndefined()
  })

  test.each([
    ['an Allow on a* split into a and a?*', [allow({ StringLike: { 'aws:PrincipalTag/team': 'a*' } })], [allow({ StringLike: { 'aws:PrincipalTag/team': 'a' } }), allow({ StringLike: { 'aws:PrincipalTag/team': 'a?*' } })], 'none'],
    ['the two merged back into a*', [allow({ StringLike: { 'aws:PrincipalTag/team': 'a' } }), allow({ StringLike: { 'aws:PrincipalTag/team': 'a?*' } })], [allow({ StringLike: { 'aws:PrincipalTag/team': 'a*' } })], 'none'],
    ['split into a and a??* (ab is left out)', [allow({ StringLike: { 'aws:PrincipalTag/team': 'a*' } })], [allow({ StringLike: { 'aws:PrincipalTag/team': 'a' } }), allow({ StringLike: { 'aws:PrincipalTag/team': 'a??*' } })], 'narrows']
  ] as const)('%s', (_name, before, after, verdict) => {
    const diff = diffPolicies(doc(...before), doc(...after), { kind: 'identity', witnesses: true })
    expect(diff.accessChange).toBe(verdict)
    expect(diff.statements.filter((s) => s.undecided).map((s) => s.explanation)).toEqual([])
  })
})

describe('a bound and the windows it is split into', () => {
  const allowAll = { Effect: 'Allow', Action: 's3:*', Resource: '*' }
  const deny = (Condition: Record<string, unknown>) => ({ Effect: 'Deny', Action: 's3:GetObject', Resource: '*', Condition })
  const time = 'aws:CurrentTime'
  test.each([
    [
      'a Deny from 2030 on split into 2030 to 2031 and from 2031 on',
      [deny({ DateGreaterThan: { [time]: '2030-01-01T00:00:00Z' } })],
      [deny({ DateGreaterThan: { [time]: '2030-01-01T00:00:00Z' }, DateLessThan: { [time]: '2031-01-01T00:00:00Z' } }), deny({ DateGreaterThanEquals: { [time]: '2031-01-01T00:00:00Z' } })],
      'none'
    ],
    [
      'into three windows',
      [deny({ DateGreaterThan: { [time]: '2030-01-01T00:00:00Z' } })],
      [
        deny({ DateGreaterThan: { [time]: '2030-01-01T00:00:00Z' }, DateLessThan: { [time]: '2031-01-01T00:00:00Z' } }),
        deny({ DateGreaterThanEquals: { [time]: '2031-01-01T00:00:00Z' }, DateLessThan: { [time]: '2032-01-01T00:00:00Z' } }),
        deny({ DateGreaterThanEquals: { [time]: '2032-01-01T00:00:00Z' } })
      ],
      'none'
    ],
    [
      'with the instant 2031-01-01 left out',
      [deny({ DateGreaterThan: { [time]: '2030-01-01T00:00:00Z' } })],
      [deny({ DateGreaterThan: { [time]: '2030-01-01T00:00:00Z' }, DateLessThan: { [time]: '2031-01-01T00:00:00Z' } }), deny({ DateGreaterThan: { [time]: '2031-01-01T00:00:00Z' } })],
      'broadens'
    ]
  ] as const)('%s', (_name, before, after, verdict) => {
    const diff = diffPolicies(doc(allowAll, ...before), doc(allowAll, ...after), { kind: 'identity', witnesses: true })
    expect(diff.accessChange).toBe(verdict)
    expect(diff.statements.filter((s) => s.undecided).map((s) => s.explanation)).toEqual([])
  })
})

// On a key that may hold a list (a service's, such as s3:prefix), one value may pass the positive test and another
// the negated one: the tests are not pooled there, and the change stays "may narrow".
test('on s3:prefix the tests are not pooled', () => {
  const diff = diffPolicies(
    doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringNotEquals: { 's3:prefix': 'a' }, StringEqualsIfExists: { 's3:prefix': 'a' } } }, { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/x' }),
    doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/x' }),
    { kind: 'identity' }
  )
  expect(diff.accessChange).toBe('narrows')
})
