// A condition block no request meets makes its statement apply to nothing:
// proven only where one key's tests cannot all pass, never guessed.
import { describe, expect, test } from '@jest/globals'
import { conditionNeverHolds } from '../../src/core/diff/conditions/index.js'
import { normalisePolicy } from '../../src/core/iam/normalise.js'
import { DiffWork } from '../../src/core/diff/work.js'

/** The block as the diff reads it (normalised from a statement). */
function never(Condition: unknown, budget = 100_000): string | undefined {
  const policy = normalisePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition }] })
  if (!policy) throw new Error('not a policy')
  return conditionNeverHolds(policy.statements[0].condition, new DiffWork(budget))?.key
}

describe('conditionNeverHolds', () => {
  test.each([
    ['Null true and a StringEquals', { Null: { 'aws:SourceVpc': 'true' }, StringEquals: { 'aws:SourceVpc': 'vpc-1' } }, 'aws:sourcevpc'],
    ['Null true and a StringLike on a service key', { Null: { 's3:prefix': 'true' }, StringLike: { 's3:prefix': 'home/*' } }, 's3:prefix'],
    ['a date window that closes before it opens', { DateGreaterThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' }, DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } }, 'aws:currenttime'],
    ['NumericLessThan 5 and NumericGreaterThan 10 on a single-valued key', { NumericLessThan: { 'aws:MultiFactorAuthAge': '5' }, NumericGreaterThan: { 'aws:MultiFactorAuthAge': '10' } }, 'aws:multifactorauthage'],
    ['one key spelt twice with two values', { StringEquals: { 'aws:SourceVpc': 'vpc-1', 'aws:sourcevpc': 'vpc-2' } }, 'aws:sourcevpc'],
    ['a StringEquals none of whose values a StringNotLike lets through', { StringEquals: { 'aws:SourceVpc': ['vpc-1', 'vpc-2'] }, StringNotLike: { 'aws:SourceVpc': 'vpc-*' } }, 'aws:sourcevpc'],
    // Two spellings are two tests, ANDed: absent and present.
    ['Null true and Null false, the key spelt twice', { Null: { 'aws:SourceVpc': 'true', 'aws:sourcevpc': 'false' } }, 'aws:sourcevpc'],
    ['inside and outside one range', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' }, NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, 'aws:sourceip'],
    // One test alone, whose values the key never holds (the Service Authorization Reference's type) or no number or date is.
    ['a Numeric operator with no number', { NumericLessThan: { 's3:max-keys': 'abc' } }, 's3:max-keys'],
    ['a Date operator with no date', { DateLessThan: { 'aws:CurrentTime': 'tomorrow' } }, 'aws:currenttime'],
    ['StringEquals on a Numeric key with text no number is', { StringEquals: { 's3:max-keys': ['all', 'none'] } }, 's3:max-keys'],
    ['Bool on a Bool key with neither true nor false', { Bool: { 'aws:SecureTransport': 'yes' } }, 'aws:securetransport'],
    ['ForAnyValue:StringEquals on a Numeric key with no number', { 'ForAnyValue:StringEquals': { 's3:max-keys': 'all' } }, 's3:max-keys'],
    // STS validates these values (AWS STS API Reference, AssumeRole): 2 to 1224 of [\w+=,.@:/-], 2 to 64 of [\w+=,.@-].
    ['StringEquals on sts:ExternalId with a space', { StringEquals: { 'sts:ExternalId': 'a b' } }, 'sts:externalid'],
    ['StringEquals on sts:ExternalId one character long', { StringEquals: { 'sts:ExternalId': 'x' } }, 'sts:externalid'],
    ['StringLike without a wildcard on sts:RoleSessionName with a colon', { StringLike: { 'sts:RoleSessionName': 'a:b' } }, 'sts:rolesessionname'],
    // A Bool key holds true or false when present: Bool true needs it present and true, BoolIfExists false absent or false.
    ['Bool true and BoolIfExists false on a Bool key', { Bool: { 'aws:SecureTransport': 'true' }, BoolIfExists: { 'aws:SecureTransport': 'false' } }, 'aws:securetransport'],
    // A list key: ForAnyValue needs one value of the list passing its test, ForAllValues every value passing its own,
    // so one value passing both; none does.
    ['ForAnyValue:StringEquals b and ForAllValues:StringNotLike b', { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'b' }, 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'b' } }, 'aws:tagkeys'],
    ['ForAnyValue:StringLike a* and ForAllValues:StringEquals b', { 'ForAnyValue:StringLike': { 'aws:TagKeys': 'a*' }, 'ForAllValues:StringEquals': { 'aws:TagKeys': 'b' } }, 'aws:tagkeys'],
    ['ForAnyValue:StringNotEquals a and ForAllValues:StringEquals a', { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': 'a' }, 'ForAllValues:StringEquals': { 'aws:TagKeys': 'a' } }, 'aws:tagkeys']
  ])('%s: never holds', (_name, block, key) => {
    expect(never(block)).toBe(key)
  })

  test.each([
    ['no condition', {}],
    ['an open date window', { DateGreaterThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' }, DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } }],
    // A list may hold both values, each passing one test.
    ['a multivalued key spelt twice with two values', { StringEquals: { 'aws:TagKeys': 'a', 'aws:tagkeys': 'b' } }],
    // Not known to hold one value: a list [3, 12] passes both.
    ['a disjoint numeric range on a service key', { NumericLessThan: { 's3:max-keys': '5' }, NumericGreaterThan: { 's3:max-keys': '10' } }],
    // Both admit the key absent.
    ['IfExists both ways', { StringEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' }, StringNotEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' } }],
    // One list of values is ORed: absent or present.
    ['Null with true and false', { Null: { 'aws:SourceVpc': ['true', 'false'] } }],
    // A variable may stand for vpc-1.
    ['a policy variable', { StringEquals: { 'aws:SourceVpc': 'vpc-1', 'aws:sourcevpc': '${aws:PrincipalTag/vpc}' } }],
    ['an operator IAM does not document', { StringEqualsAnyCase: { 'aws:SourceVpc': 'vpc-1' }, Null: { 'aws:SourceVpc': 'false' } }],
    // Each admits a request: the key absent, a value other than the one named, a number's text, a pattern, a string.
    ['NumericLessThanIfExists with no number', { NumericLessThanIfExists: { 's3:max-keys': 'abc' } }],
    ['ForAllValues:StringEquals on a Numeric key', { 'ForAllValues:StringEquals': { 's3:max-keys': 'all' } }],
    ['StringNotEquals on a Numeric key', { StringNotEquals: { 's3:max-keys': 'all' } }],
    ["StringEquals on a Numeric key with a number's text", { StringEquals: { 's3:max-keys': ['all', '10'] } }],
    ['StringLike with a wildcard on a Numeric key', { StringLike: { 's3:max-keys': 'a*' } }],
    ['NumericLessThan with a value JavaScript reads as a number, in a form IAM does not document', { NumericLessThan: { 's3:max-keys': '1e3' } }],
    // A String key whose values no API reference rule limits: any text may be one.
    ['StringEquals on a String key', { StringEquals: { 'aws:PrincipalTag/team': 'a b' } }],
    // One value STS takes (ab-1), or a pattern (a *, which matches a*b too).
    ['StringEquals on sts:ExternalId, one value in its format', { StringEquals: { 'sts:ExternalId': ['a b', 'ab-1'] } }],
    ['StringLike with a wildcard on sts:ExternalId', { StringLike: { 'sts:ExternalId': 'a *' } }],
    ['StringNotEquals on sts:ExternalId with a space', { StringNotEquals: { 'sts:ExternalId': 'a b' } }],
    // Present and false.
    ['BoolIfExists false and Null false', { BoolIfExists: { 'aws:SecureTransport': 'false' }, Null: { 'aws:SecureTransport': 'false' } }],
    ['Bool true and BoolIfExists true', { Bool: { 'aws:SecureTransport': 'true' }, BoolIfExists: { 'aws:SecureTransport': 'true' } }],
    // [a] passes both; [a, b] passes both ForAnyValue tests, each on one value.
    ['ForAnyValue:StringEquals a and ForAllValues:StringLike a*', { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'a' }, 'ForAllValues:StringLike': { 'aws:TagKeys': 'a*' } }],
    ['ForAnyValue:StringEquals a and ForAnyValue:StringNotEquals a', { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'a' }, 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': 'a' } }],
    // A test without a set prefix on a list key: how IAM reads it on a list is not documented.
    ['ForAnyValue:StringEquals b and StringNotLike b', { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'b' }, StringNotLike: { 'aws:TagKeys': 'b' } }]
  ])('%s: may hold', (_name, block) => {
    expect(never(block)).toBeUndefined()
  })

  test('past the budget: not proven', () => {
    expect(never({ DateGreaterThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' }, DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } }, 1)).toBeUndefined()
  })
})
