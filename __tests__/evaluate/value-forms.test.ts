// The linter, the evaluator and the diff read a Numeric, Date, IP address or
// Bool condition value through one module (src/core/iam/value-forms.ts), so
// they agree on which forms IAM documents: a documented one is read as IAM's
// condition operators page says; an undocumented one that a number, date or
// address reader would take (".5", "+5", "1.5e2", " 1", "1e400",
// "10.0.0.0/8 ") is a warning (RTC416) in the linter, decides nothing in the
// evaluator (an Allow resting on it does not apply, a Deny does), and makes a
// change not known in the diff; text no reader takes is an error (RTC402).
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { normalisePolicy } from '../../src/core/iam/normalise.js'
import { evaluate } from '../../src/core/evaluate/evaluate.js'
import { evaluateConditions } from '../../src/core/evaluate/conditions.js'
import { principalFromArn } from '../../src/core/evaluate/principal.js'
import { diffPolicies } from '../../src/core/diff/semantic-diff.js'

const A = '111122223333'
const alice = principalFromArn(`arn:aws:iam::${A}:user/alice`)

const doc = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements })
const allow = (condition: object) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', Condition: condition })
const deny = (condition: object) => ({ Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', Condition: condition })

function codes(condition: object): string[] {
  return lintPolicyText('p.json', JSON.stringify(doc(allow(condition)))).findings.map((f) => f.code).filter((c) => c === 'RTC402' || c === 'RTC416')
}

const UNDOCUMENTED: [string, object][] = [
  ['.5', { NumericLessThan: { 's3:max-keys': '.5' } }],
  ['5.', { NumericLessThan: { 's3:max-keys': '5.' } }],
  ['+5', { NumericLessThan: { 's3:max-keys': '+5' } }],
  ['1.5e2', { NumericLessThan: { 's3:max-keys': '1.5e2' } }],
  [' 1', { NumericLessThan: { 's3:max-keys': ' 1' } }],
  ['1e400', { NumericLessThan: { 's3:max-keys': '1e400' } }],
  ['10.0.0.0/8 (a trailing space)', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24 ' } }],
  ['010.0.0.0/8 (a leading zero)', { IpAddress: { 'aws:SourceIp': '010.0.0.0/8' } }],
  ['a date with no time', { DateLessThan: { 'aws:CurrentTime': '2027-01-01' } }],
  ['a date-time with no time zone', { DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00' } }],
  ['an offset without its colon', { DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00+0100' } }],
  ['a signed epoch', { DateLessThan: { 'aws:CurrentTime': '-1' } }],
  // IAM: "If you specify an IP address without the associated routing prefix, IAM uses the default prefix value of
  // /32": for an IPv6 address that is 2^96 addresses, not the one a /128 names. Which IAM does is not documented.
  ['an IPv6 address with no prefix length', { IpAddress: { 'aws:SourceIp': '2001:db8::1' } }]
]

describe('the linter: an undocumented form is a warning (RTC416), not an error', () => {
  test.each(UNDOCUMENTED)('%s', (_name, condition) => {
    expect(codes(condition)).toEqual(['RTC416'])
  })

  test.each([
    ['3600', { NumericLessThan: { 's3:max-keys': '3600' } }],
    ['-0.5', { NumericLessThan: { 's3:max-keys': '-0.5' } }],
    ['a date-time with Z', { DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } }],
    ['a date-time with an offset and milliseconds', { DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00.250+05:30' } }],
    ['epoch seconds', { DateLessThan: { 'aws:EpochTime': '1767225600' } }],
    ['a CIDR range', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }],
    ['an IPv6 range', { IpAddress: { 'aws:SourceIp': '2001:DB8:1234:5678::/64' } }],
    ['one address', { IpAddress: { 'aws:SourceIp': '203.0.113.7' } }],
    ['one IPv6 address with its /128', { IpAddress: { 'aws:SourceIp': '2001:db8::1/128' } }]
  ])('documented: %s is neither', (_name, condition) => {
    expect(codes(condition)).toEqual([])
  })

  test.each([
    ['abc', { NumericLessThan: { 's3:max-keys': 'abc' } }],
    ['0x10', { NumericLessThan: { 's3:max-keys': '0x10' } }],
    ['30 February', { DateLessThan: { 'aws:CurrentTime': '2027-02-30T00:00:00Z' } }],
    ['192.0.2.1::', { IpAddress: { 'aws:SourceIp': '192.0.2.1::' } }]
  ])('no reader takes %s: an error (RTC402)', (_name, condition) => {
    expect(codes(condition)).toEqual(['RTC402'])
  })
})

test('an IPv6 address with no prefix length: RTC416 says what IAM documents and what to write', () => {
  const found = lintPolicyText('p.json', JSON.stringify(doc(allow({ IpAddress: { 'aws:SourceIp': '2001:db8::1' } })))).findings.filter((f) => f.code === 'RTC416')
  expect(found.map((f) => f.message)).toEqual([
    'IpAddress on aws:SourceIp: "2001:db8::1" is an IPv6 address with no prefix length, for which IAM documents the default prefix /32 (2^96 addresses, not the one a /128 names), a form IAM does not document, so how IAM compares it is not known.'
  ])
})

describe('the evaluator does not decide on an undocumented form', () => {
  test('an IPv6 address with no prefix length decides nothing: an Allow resting on it does not apply, a Deny does', () => {
    const request = { principal: alice, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/a', context: { 'aws:SourceIp': '2001:db8::1' } }
    expect(evaluate(request, { identityPolicies: [normalisePolicy(doc(allow({ IpAddress: { 'aws:SourceIp': '2001:db8::1' } })))!] }).effect).toBe('ImplicitDeny')
    expect(evaluate(request, { identityPolicies: [normalisePolicy(doc(allow({ IpAddress: { 'aws:SourceIp': '2001:db8::1/128' } })))!] }).effect).toBe('Allow')
    const denied = doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, deny({ NotIpAddress: { 'aws:SourceIp': '2001:db8::1' } }))
    expect(evaluate(request, { identityPolicies: [normalisePolicy(denied)!] }).effect).toBe('ExplicitDeny')
  })

  test('an Allow resting on one does not apply, even where JavaScript would read it as matching', () => {
    // 1.5e2 reads as 150 in JavaScript: 100 < 150. How IAM reads it is not documented.
    const r = evaluateConditions({ NumericLessThan: { 's3:max-keys': ['1.5e2'] } }, { 's3:max-keys': '100' })
    expect(r.met).toBe(false)
    expect(r.undetermined).toEqual(['1.5e2'])
    const d = evaluate({ principal: alice, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/a', context: { 'aws:SourceIp': '203.0.113.7' } }, {
      identityPolicies: [normalisePolicy(doc(allow({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24 ' } })))!]
    })
    expect(d.effect).toBe('ImplicitDeny')
    expect(d.notes.join(' ')).toMatch(/a form IAM does not document/)
  })

  test('a Deny resting on one is not read in the caller\'s favour: it applies', () => {
    // Under JavaScript's reading 203.0.113.7 is in the range, so NotIpAddress is false and the Deny would be dropped.
    const d = evaluate({ principal: alice, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/a', context: { 'aws:SourceIp': '203.0.113.7' } }, {
      identityPolicies: [normalisePolicy(doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, deny({ NotIpAddress: { 'aws:SourceIp': ' 203.0.113.0/24' } })))!]
    })
    expect(d.effect).toBe('ExplicitDeny')
  })

  test('a documented value beside it still decides when it matches', () => {
    expect(evaluateConditions({ NumericLessThan: { 's3:max-keys': ['200', '1.5e2'] } }, { 's3:max-keys': '100' }).met).toBe(true)
    expect(evaluateConditions({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', ' 10.0.0.0/8'] } }, { 'aws:SourceIp': '203.0.113.7' }).met).toBe(true)
  })

  test('a key with a documented value that fails is false, whatever the other value', () => {
    // Two blocks: one is certainly false, so the condition is false (not undetermined).
    const r = evaluateConditions({ NumericLessThan: { 's3:max-keys': ['1.5e2'] }, StringEquals: { 's3:prefix': ['a'] } }, { 's3:max-keys': '100', 's3:prefix': 'b' })
    expect(r.met).toBe(false)
    expect(r.undetermined).toBeUndefined()
  })
})

// A request's values are AWS's: "5", an ISO 8601 instant, an address. One in a form IAM does not document for the
// operator (" 5", "+5", "1e1", a date with no time zone, " 203.0.113.7") is in no request AWS makes, and how IAM
// would compare it is not known: it decides nothing, as a policy value of such a form does.
describe('the evaluator does not read a request value of an undocumented form leniently', () => {
  test.each([
    ['" 5"', { NumericEquals: { 's3:max-keys': ['5'] } }, { 's3:max-keys': ' 5' }],
    ['"+5"', { NumericEquals: { 's3:max-keys': ['5'] } }, { 's3:max-keys': '+5' }],
    ['"5e0"', { NumericLessThan: { 's3:max-keys': ['10'] } }, { 's3:max-keys': '5e0' }],
    ['a date with no time zone', { DateLessThan: { 'aws:CurrentTime': ['2027-01-01T00:00:00Z'] } }, { 'aws:CurrentTime': '2026-01-01T00:00:00' }],
    ['an address with a space', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } }, { 'aws:SourceIp': ' 203.0.113.7' }],
    ['an address with a leading zero', { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } }, { 'aws:SourceIp': '010.0.0.1' }]
  ])('%s: an Allow resting on it does not apply, and the note names it', (_name, condition, context) => {
    const r = evaluateConditions(condition, context)
    expect(r.met).toBe(false)
    expect(r.undetermined).toEqual([Object.values(context)[0]])
  })

  test('a Deny resting on one applies, even where a negated operator would be read in the caller\'s favour', () => {
    const d = evaluate({ principal: alice, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/a', context: { 's3:max-keys': ' 5' } }, {
      identityPolicies: [normalisePolicy(doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, deny({ NumericNotEquals: { 's3:max-keys': '5' } })))!]
    })
    expect(d.effect).toBe('ExplicitDeny')
  })

  test('documented request values are read as before', () => {
    expect(evaluateConditions({ NumericEquals: { 's3:max-keys': ['5'] } }, { 's3:max-keys': '5' }).met).toBe(true)
    expect(evaluateConditions({ NumericEquals: { 's3:max-keys': ['5'] } }, { 's3:max-keys': 5 }).met).toBe(true)
    expect(evaluateConditions({ DateLessThan: { 'aws:CurrentTime': ['2027-01-01T00:00:00Z'] } }, { 'aws:CurrentTime': '2026-01-01T00:00:00.000Z' }).met).toBe(true)
    expect(evaluateConditions({ IpAddress: { 'aws:SourceIp': ['2001:db8::/32'] } }, { 'aws:SourceIp': '2001:db8::1' }).met).toBe(true)
    // A value no reader takes is no number: it matches no value, as before (the diff's samples rely on it).
    expect(evaluateConditions({ NumericNotEquals: { 's3:max-keys': ['5'] } }, { 's3:max-keys': 'not-a-value' }).met).toBe(true)
  })
})

test('the diff\'s witnesses are request values of a documented form: a small decimal is written out, not as 1e-7', () => {
  const d = diffPolicies(doc(allow({ NumericLessThan: { 's3:max-keys': '0.0000001' } })), doc(allow({ NumericLessThan: { 's3:max-keys': '0.0000002' } })), { kind: 'identity' })
  expect(d.accessChange).toBe('broadens')
  expect(d.statements.map((s) => s.explanation).join(' ')).toContain('now admits `0.0000001`')
})

describe('the diff calls a change involving an undocumented form not known', () => {
  test.each([
    ['10.0.0.0/8 -> "10.0.0.0/8 "', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { IpAddress: { 'aws:SourceIp': '203.0.113.0/24 ' } }],
    ['3600 -> +3600', { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, { NumericLessThan: { 'aws:MultiFactorAuthAge': '+3600' } }],
    ['a date-time -> the same date with no time', { DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } }, { DateLessThan: { 'aws:CurrentTime': '2027-01-01' } }],
    ['2001:db8::1/128 -> 2001:db8::1', { IpAddress: { 'aws:SourceIp': '2001:db8::1/128' } }, { IpAddress: { 'aws:SourceIp': '2001:db8::1' } }]
  ])('%s', (_name, before, after) => {
    const d = diffPolicies(doc(allow(before)), doc(allow(after)), { kind: 'identity' })
    expect(d.accessChange).toBe('mixed')
    expect(d.statements.map((s) => s.explanation).join(' ')).toMatch(/IAM does not document how it reads/)
  })
})

describe('"*:*": a wildcard in the service prefix, which IAM refuses', () => {
  test.each(['*:*', '*:Untag*', 's3*:Put*'])('RTC201 says why for %s', (action) => {
    const found = lintPolicyText('p.json', JSON.stringify(doc({ Effect: 'Allow', Action: action, Resource: '*' }))).findings.find((f) => f.code === 'RTC201')
    expect(found?.message).toMatch(/wildcard in its service prefix, which IAM refuses/)
    if (action === '*:*') expect(found?.hint).toMatch(/Write "\*" for every action/)
  })
})
