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
    ]
  ] as const)('%s: %s', (_name, kind, before, after, verdict) => {
    expect(diffPolicies(doc([...before]), doc([...after]), { kind: kind as DocumentKind }).accessChange).toBe(verdict)
  })
})
