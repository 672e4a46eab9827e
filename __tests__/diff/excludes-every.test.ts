// A NotAction or NotResource that lists `*` leaves out every action (every
// resource): the statement matches no request, as one whose NotPrincipal
// leaves out every principal. Read as a statement that adds "actions outside"
// the old list, `s3:*` -> `"NotAction": "*"` said "may broaden" beside its
// narrowing (mixed), though it grants nothing.
import { describe, expect, test } from '@jest/globals'
import { diffPolicies } from '../../src/core/diff/semantic-diff.js'

const doc = (...Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement })
const allow = (rest: Record<string, unknown>) => ({ Effect: 'Allow', ...rest })
const deny = (rest: Record<string, unknown>) => ({ Effect: 'Deny', ...rest })

describe('a NotAction or NotResource of every value', () => {
  test.each([
    ['an Allow of s3:* made NotAction "*"', [allow({ Action: 's3:*', Resource: '*' })], [allow({ NotAction: '*', Resource: '*' })], 'narrows'],
    ['an Allow on a bucket made NotResource "*"', [allow({ Action: 's3:*', Resource: 'arn:aws:s3:::b/*' })], [allow({ Action: 's3:*', NotResource: ['*'] })], 'narrows'],
    [
      'a Deny of s3:Put* made NotAction "*"',
      [allow({ Action: 's3:*', Resource: '*' }), deny({ Action: 's3:Put*', Resource: '*' })],
      [allow({ Action: 's3:*', Resource: '*' }), deny({ NotAction: '*', Resource: '*' })],
      'broadens'
    ],
    ['an Allow with NotAction "**" added', [allow({ Action: 's3:Get*', Resource: '*' })], [allow({ Action: 's3:Get*', Resource: '*' }), allow({ NotAction: '**', Resource: '*' })], 'none'],
    [
      'a Deny with NotResource "*" removed',
      [allow({ Action: 's3:*', Resource: '*' }), deny({ Action: 's3:*', NotResource: '*' })],
      [allow({ Action: 's3:*', Resource: '*' })],
      'none'
    ]
  ] as const)('%s: %s', (_name, before, after, verdict) => {
    const diff = diffPolicies(doc(...before), doc(...after), { kind: 'identity', witnesses: true })
    expect(diff.accessChange).toBe(verdict)
    expect(diff.statements.filter((s) => s.undecided).map((s) => s.explanation)).toEqual([])
    for (const s of diff.statements) {
      if (s.rating === 'broadens' || s.rating === 'narrows') expect(s.witnesses?.[s.rating]).toBeDefined()
    }
  })

  test('a statement with NotAction "*" is said to have no effect', () => {
    const diff = diffPolicies(doc(allow({ Action: 's3:GetObject', Resource: '*' })), doc(allow({ Action: 's3:GetObject', Resource: '*' }), allow({ NotAction: '*', Resource: '*' })), { kind: 'identity' })
    expect(diff.statements.map((s) => [s.kind, s.rating, s.explanation])).toEqual([['added', 'neutral', expect.stringContaining('NotAction leaves out every action')]])
  })
})
