// Issue 9: the verdict checked against the project's own evaluator. Random
// policy pairs (identity and trust policies over a small vocabulary, so that
// pairs overlap) and random requests: `none` => no request decided
// differently; `narrows` => none newly allowed; `broadens` => none newly
// refused; each direction the verdict claims (broadens, narrows, both for
// mixed) comes with a witness request the evaluator confirms. Undecided comparisons ("may
// broaden") are exempt and counted.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { oneStatementChanged } from '../support/policy-pairs.js'
import { diffPolicies, type DocumentKind, type PolicyDiff } from '../../src/core/diff/semantic-diff.js'
import { evaluationSources, settingsFor, withDerivedKeys } from '../../src/core/diff/witness.js'
import { evaluate } from '../../src/core/evaluate/evaluate.js'
import { principalFromArn } from '../../src/core/evaluate/principal.js'
import type { AccessRequest, ContextValue } from '../../src/core/evaluate/types.js'
import { normalisePolicy, type NormalPolicy } from '../../src/core/iam/normalise.js'

type Statement = Record<string, unknown>
const A = '111122223333'
const B = '444455556666'

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values)
const someOf = <T>(values: readonly T[], max = 2) => fc.uniqueArray(pick(values), { minLength: 1, maxLength: max })

/** Condition keys with the operators and policy values drawn for them, and the request values drawn for them. */
const KEYS: { key: string; operators: string[]; values: string[]; requestValues: ContextValue[] }[] = [
  {
    key: 'aws:SourceIp',
    operators: ['IpAddress', 'NotIpAddress', 'IpAddressIfExists'],
    values: ['10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24', '192.168.0.0/16', '2001:db8::/32', '2001:db8:1::/48'],
    requestValues: ['10.1.2.3', '10.2.0.1', '10.1.9.9', '192.168.1.1', '8.8.8.8', '2001:db8::1', '2001:db8:1::5', '2001:db9::1']
  },
  {
    key: 's3:prefix',
    operators: ['StringEquals', 'StringLike', 'StringEqualsIgnoreCase', 'StringNotEquals', 'StringNotLike', 'StringLikeIfExists'],
    values: ['home/*', 'home/a', 'Home/A', 'logs/*', '*', 'home/?'],
    requestValues: ['home/a', 'Home/A', 'home/b', 'home/ab', 'logs/x', 'other', 'HOME/A']
  },
  {
    key: 'aws:MultiFactorAuthAge',
    operators: ['NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThanEquals', 'NumericEquals', 'NumericNotEquals', 'NumericLessThanIfExists'],
    values: ['0', '3600', '7200'],
    requestValues: ['0', '100', '3599.5', '3600', '5000', '7200', '9000', '-1']
  },
  {
    key: 'aws:CurrentTime',
    operators: ['DateLessThan', 'DateGreaterThan', 'DateGreaterThanEquals'],
    values: ['2026-01-01T00:00:00Z', '1767225600', '2027-01-01T00:00:00Z'],
    requestValues: ['2025-06-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z', '2028-01-01T00:00:00Z']
  },
  { key: 'aws:SecureTransport', operators: ['Bool', 'BoolIfExists'], values: ['true', 'false', 'True'], requestValues: ['true', 'false'] },
  {
    key: 'aws:TagKeys',
    operators: ['ForAllValues:StringEquals', 'ForAnyValue:StringEquals', 'ForAllValues:StringLike', 'ForAnyValue:StringNotEquals'],
    values: ['a', 'b', 'a*'],
    requestValues: [['a'], ['b'], ['a', 'b'], ['c'], ['ab', 'a'], []]
  },
  { key: 'aws:TokenIssueTime', operators: ['Null'], values: ['true', 'false'], requestValues: ['2026-01-01T00:00:00Z'] }
]

const TRUST_KEYS: typeof KEYS = [
  { key: 'sts:ExternalId', operators: ['StringEquals', 'StringLike', 'StringEqualsIgnoreCase'], values: ['ext-1', 'ext-*', 'EXT-1'], requestValues: ['ext-1', 'EXT-1', 'ext-2', 'other'] },
  {
    key: 'aws:PrincipalArn',
    operators: ['StringEquals', 'ArnLike', 'StringLike'],
    values: [`arn:aws:iam::${A}:user/u`, `arn:aws:iam::${A}:user/*`, `arn:aws:iam::${B}:user/v`],
    requestValues: []
  },
  { key: 'aws:PrincipalAccount', operators: ['StringEquals'], values: [A, B], requestValues: [] },
  KEYS[0]
]

const condition = (keys: typeof KEYS) =>
  fc
    .uniqueArray(
      fc.integer({ min: 0, max: keys.length - 1 }).chain((i) =>
        fc.tuple(fc.constant(keys[i].key), pick(keys[i].operators), someOf(keys[i].values))
      ),
      { maxLength: 2, selector: ([key]) => key }
    )
    .map((clauses) => {
      const out: Record<string, Record<string, string[]>> = {}
      for (const [key, operator, values] of clauses) (out[operator] ??= {})[key] = operator === 'Null' ? values.slice(0, 1) : values
      return Object.keys(out).length > 0 ? { Condition: out } : {}
    })

const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:Get*', 's3:*', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:ReEncryptFrom']
const RESOURCES = ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/x', 'arn:aws:s3:::c/*', '*', `arn:aws:kms:us-east-1:${A}:key/k`]

const identityStatement: fc.Arbitrary<Statement> = fc
  .tuple(fc.constantFrom('Allow', 'Allow', 'Allow', 'Deny'), someOf(ACTIONS), someOf(RESOURCES), condition(KEYS))
  .map(([Effect, Action, Resource, cond]) => ({ Effect, Action, Resource, ...cond }))

const PRINCIPALS = [`arn:aws:iam::${A}:user/u`, `arn:aws:iam::${A}:root`, '*', B, `arn:aws:iam::${B}:user/v`]
const trustStatement: fc.Arbitrary<Statement> = fc
  .tuple(fc.constantFrom('Allow', 'Allow', 'Allow', 'Deny'), someOf(PRINCIPALS), someOf(['sts:AssumeRole', 'sts:TagSession', 'sts:AssumeRole*']), condition(TRUST_KEYS))
  .map(([Effect, principals, Action, cond]) => ({ Effect, Principal: principals.includes('*') ? '*' : { AWS: principals }, Action, ...cond }))

const doc = (Statement: Statement[]) => ({ Version: '2012-10-17', Statement })

/** A pair: an independent after version, or the before version with one statement replaced, added or removed. */
function pairOf(statement: fc.Arbitrary<Statement>) {
  const policy = fc.array(statement, { minLength: 1, maxLength: 3 })
  return fc.oneof(
    fc.tuple(policy, policy),
    oneStatementChanged(policy, statement),
    // One statement with one part redrawn: the fine-grained changes.
    fc.tuple(statement, statement, fc.constantFrom('Action', 'Resource', 'Principal', 'Condition')).map(([s, t, part]) => {
      const changed: Statement = { ...s }
      if (t[part] === undefined) delete changed[part]
      else changed[part] = t[part]
      return [[s], [changed]] as [Statement[], Statement[]]
    })
  )
}

function requestsFor(kind: DocumentKind, keys: typeof KEYS) {
  const context = fc
    .tuple(...keys.map((k) => fc.option(k.requestValues.length > 0 ? pick(k.requestValues) : fc.constant('x'), { nil: undefined })))
    .map((values) => {
      const out: Record<string, ContextValue> = {}
      values.forEach((v, i) => {
        if (v !== undefined && keys[i].requestValues.length > 0) out[keys[i].key] = v
      })
      return out
    })
  if (kind === 'trust') {
    const who = [`arn:aws:iam::${A}:user/u`, `arn:aws:iam::${A}:user/w`, `arn:aws:iam::${A}:root`, `arn:aws:iam::${B}:user/v`, `arn:aws:iam::${B}:user/z`, `arn:aws:sts::${A}:assumed-role/r/s`]
    return fc.tuple(pick(who), pick(['sts:AssumeRole', 'sts:TagSession', 'sts:AssumeRoleWithSAML']), context).map(
      ([arn, action, ctx]): AccessRequest => withDerivedKeys({ principal: principalFromArn(arn), action, resource: `arn:aws:iam::${A}:role/target`, context: ctx })
    )
  }
  const actions = [...ACTIONS.filter((a) => !a.includes('*')), 's3:GetObjectAcl', 's3:DeleteObject', 'kms:ReEncryptTo', 'kms:ReEncryptLater', 'iam:PassRole']
  const resources = ['arn:aws:s3:::b/x', 'arn:aws:s3:::b/y', 'arn:aws:s3:::c/z', 'arn:aws:s3:::d/q', `arn:aws:kms:us-east-1:${A}:key/k`]
  return fc.tuple(pick(actions), pick(resources), context).map(
    ([action, resource, ctx]): AccessRequest => withDerivedKeys({ principal: principalFromArn(`arn:aws:iam::${A}:user/witness`), action, resource, context: ctx })
  )
}

const allowed = (kind: DocumentKind, policy: NormalPolicy | undefined, request: AccessRequest, setting: 'alone' | 'with-other-grants') =>
  evaluate(request, evaluationSources(kind, policy, setting)).effect === 'Allow'

const tally = { pairs: 0, undecided: 0, byVerdict: { broadens: 0, narrows: 0, none: 0, mixed: 0 } as Record<string, number>, witnesses: 0, requests: 0 }

function check(kind: DocumentKind, before: unknown, after: unknown, requests: AccessRequest[]): void {
  const d: PolicyDiff = diffPolicies(before, after, { kind, witnesses: true })
  tally.pairs++
  tally.byVerdict[d.accessChange]++
  if (d.statements.some((s) => s.undecided)) {
    tally.undecided++
    return
  }
  const b = normalisePolicy(before)
  const a = normalisePolicy(after)
  for (const setting of settingsFor(kind)) {
    for (const r of requests) {
      tally.requests++
      const was = allowed(kind, b, r, setting)
      const is = allowed(kind, a, r, setting)
      const context = () => JSON.stringify({ verdict: d.accessChange, request: r, setting, was, is, statements: d.statements.map((s) => s.explanation) })
      if (d.accessChange === 'none') expect({ differs: was !== is, context: context() }).toEqual({ differs: false, context: context() })
      if (d.accessChange === 'narrows') expect({ newlyAllowed: !was && is, context: context() }).toEqual({ newlyAllowed: false, context: context() })
      if (d.accessChange === 'broadens') expect({ newlyRefused: was && !is, context: context() }).toEqual({ newlyRefused: false, context: context() })
    }
  }
  // The file's verdict: each direction it claims has a witness among its statement changes, confirmed here.
  for (const direction of ['broadens', 'narrows'] as const) {
    if (d.accessChange !== direction && d.accessChange !== 'mixed') continue
    const w = d.statements.map((s) => s.witnesses?.[direction]).find((x) => x !== undefined)
    expect({ witness: w !== undefined, direction, changes: d.statements.map((s) => s.explanation) }).toEqual({ witness: true, direction, changes: d.statements.map((s) => s.explanation) })
    if (!w) continue
    tally.witnesses++
    const was = allowed(kind, b, w.request, w.setting)
    const is = allowed(kind, a, w.request, w.setting)
    expect([was, is]).toEqual(direction === 'broadens' ? [false, true] : [true, false])
  }
}

describe('verdicts against the evaluator', () => {
  test('identity policies', () => {
    fc.assert(
      fc.property(pairOf(identityStatement), fc.array(requestsFor('identity', KEYS), { minLength: 30, maxLength: 30 }), ([before, after], requests) => {
        check('identity', doc(before), doc(after), requests)
      }),
      { numRuns: 150, seed: 9 }
    )
  })

  test('trust policies', () => {
    fc.assert(
      fc.property(pairOf(trustStatement), fc.array(requestsFor('trust', TRUST_KEYS), { minLength: 30, maxLength: 30 }), ([before, after], requests) => {
        check('trust', doc(before), doc(after), requests)
      }),
      { numRuns: 250, seed: 9 }
    )
  })

  test('the draws exercised every verdict', () => {
    // Runs after the two properties (Jest keeps the order within a file).
    for (const verdict of ['broadens', 'narrows', 'none', 'mixed']) expect(tally.byVerdict[verdict]).toBeGreaterThan(0)
    expect(tally.undecided).toBeLessThan(tally.pairs / 4)
    console.log(JSON.stringify(tally))
  })
})
