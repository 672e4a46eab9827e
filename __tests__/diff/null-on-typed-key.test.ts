// `Null false` -> `Null true` on a key the Service Authorization Reference
// types Bool (aws:SecureTransport) or Numeric (aws:MultiFactorAuthAge): the
// statement stops applying to requests with the key and starts applying to
// requests without it, both ways decided (Null: "true" the key is absent,
// "false" it is present; IAM User Guide, Condition operators). The one value
// the comparison tried for a present key, `some-value`, is no value such a key
// can hold, so the narrowing was not found: an Allow said "broadens" only
// (decided), leaving out the requests that carry the key. Found by
// ./verdict-shapes.test.ts.
import { expect, test } from '@jest/globals'
import { diffPolicies } from '../../src/core/diff/semantic-diff.js'
import { readPolicy } from './reference-evaluator.js'

const doc = (Effect: string, key: string, isNull: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { Null: { [key]: [isNull] } } }]
})

test.each([
  ['Allow', 'aws:SecureTransport', 'true'],
  ['Deny', 'aws:SecureTransport', 'false'],
  ['Allow', 'aws:MultiFactorAuthAge', '300']
])('%s with Null on %s swapped from false to true: mixed, both directions witnessed', (effect, key, present) => {
  for (const [from, to] of [['false', 'true'], ['true', 'false']]) {
    const before = doc(effect, key, from)
    const after = doc(effect, key, to)
    // The reference: a request with the key and one without move opposite ways.
    const [b, a] = [readPolicy(before.Statement), readPolicy(after.Statement)]
    const otherGrants = effect === 'Deny'
    const moves = [{ [key]: present }, {}].map((context) => {
      const r = { action: 's3:GetObject', resource: 'arn:aws:s3:::b/x', context }
      return [b.identityAllows(r, otherGrants), a.identityAllows(r, otherGrants)].join('->')
    })
    expect(moves.sort()).toEqual(['false->true', 'true->false'])
    const d = diffPolicies(before, after, { kind: 'identity', witnesses: true })
    expect({ from, to, verdict: d.accessChange, undecided: d.statements.some((s) => s.undecided) }).toEqual({ from, to, verdict: 'mixed', undecided: false })
    const witnesses = d.statements.flatMap((s) => Object.values(s.witnesses ?? {}))
    expect(witnesses.length).toBe(2)
  }
})
