// `ForAllValues:Null` and `ForAnyValue:Null`: AWS documents no set form of
// Null (the linter warns, RTC408), so what such a clause admits is not known:
// it may hold for every request, for none, or as plain Null does. A change
// whose effect rests on it is counted, as "may broaden" ("may narrow"), never
// as a decided direction or as no change.
import { describe, expect, test } from '@jest/globals'
import { diffPolicies, type PolicyDiff } from '../../src/core/diff/semantic-diff.js'

const policy = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement })
const GET = { Action: 's3:GetObject', Resource: '*' }
const allowGet = { Sid: 'Get', Effect: 'Allow', ...GET }
const withSetNull = (Effect: 'Allow' | 'Deny', operator: string, value: string) => ({ Sid: 'SetNull', Effect, ...GET, Condition: { [operator]: { 'aws:TagKeys': value } } })
const plainDeny = { Sid: 'Plain', Effect: 'Deny', ...GET }
const plainAllow = { Sid: 'Plain', Effect: 'Allow', ...GET }

/** The file's verdict, and whether every statement change says "may". */
const verdict = (d: PolicyDiff) => ({ access: d.accessChange, undecided: d.statements.length > 0 && d.statements.every((s) => s.undecided === true && /^may (broaden|narrow)/.test(s.explanation)) })

const forms = ['ForAllValues:Null', 'ForAnyValue:Null'].flatMap((operator) => ['true', 'false'].map((value) => [operator, value] as const))

describe.each(forms)('%s %s', (operator, value) => {
  test('a Deny with it added or removed: may narrow, may broaden', () => {
    expect(verdict(diffPolicies(policy(allowGet), policy(allowGet, withSetNull('Deny', operator, value))))).toEqual({ access: 'narrows', undecided: true })
    expect(verdict(diffPolicies(policy(allowGet, withSetNull('Deny', operator, value)), policy(allowGet)))).toEqual({ access: 'broadens', undecided: true })
  })

  test('an Allow with it added or removed: may broaden, may narrow', () => {
    expect(verdict(diffPolicies(policy(), policy(withSetNull('Allow', operator, value))))).toEqual({ access: 'broadens', undecided: true })
    expect(verdict(diffPolicies(policy(withSetNull('Allow', operator, value)), policy()))).toEqual({ access: 'narrows', undecided: true })
  })

  // The Deny with it may apply to every request (then it denies all the plain one did) or to none: the evaluator's
  // one reading (never met) must not decide the plain Deny's change.
  test('a plain Deny removed or added beside a Deny with it: may broaden, may narrow', () => {
    const setNull = withSetNull('Deny', operator, value)
    expect(verdict(diffPolicies(policy(allowGet, setNull, plainDeny), policy(allowGet, setNull)))).toEqual({ access: 'broadens', undecided: true })
    expect(verdict(diffPolicies(policy(allowGet, setNull), policy(allowGet, setNull, plainDeny)))).toEqual({ access: 'narrows', undecided: true })
  })

  test('a plain Allow removed or added beside an Allow with it: may narrow, may broaden', () => {
    const setNull = withSetNull('Allow', operator, value)
    expect(verdict(diffPolicies(policy(setNull, plainAllow), policy(setNull)))).toEqual({ access: 'narrows', undecided: true })
    expect(verdict(diffPolicies(policy(setNull), policy(setNull, plainAllow)))).toEqual({ access: 'broadens', undecided: true })
  })
})

describe('a decided change elsewhere stays decided', () => {
  test('an action the Deny with it does not name, removed from a plain Deny, broadens', () => {
    const setNull = withSetNull('Deny', 'ForAllValues:Null', 'false')
    const allowAll = { Effect: 'Allow', Action: 's3:*', Resource: '*' }
    const before = policy(allowAll, setNull, { ...plainDeny, Action: ['s3:GetObject', 's3:PutObject'] })
    const d = diffPolicies(before, policy(allowAll, setNull, plainDeny))
    expect(verdict(d)).toEqual({ access: 'broadens', undecided: false })
  })
})
