// Keys a policy may hold that are also names on every JavaScript object's
// prototype ("__proto__", "constructor", "toString", "valueOf",
// "hasOwnProperty"): read as the keys they are, never as Object's own. A
// plain-object lookup would take "constructor" for a known condition
// operator, and an assignment to "__proto__" would drop the entry.
import { diffPolicies } from '../../src/core/diff/semantic-diff.js'
import { evaluate } from '../../src/core/evaluate/evaluate.js'
import { evaluateConditions, parseOperator } from '../../src/core/evaluate/conditions.js'
import { principalFromArn } from '../../src/core/evaluate/principal.js'
import { normalisePolicy, type NormalPolicy } from '../../src/core/iam/normalise.js'
import { lintPolicyText } from '../../src/core/lint/lint.js'

const NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf']
const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement })
const withCondition = (condition: object) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: condition })

test.each(NAMES)('a condition operator named %s is unknown to the linter (RTC401)', (name) => {
  // Written as text: an object literal with a "__proto__" key would set a prototype, not hold the key.
  const json = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*","Condition":{${JSON.stringify(name)}:{"aws:SourceIp":"10.0.0.0/8"}}}]}`
  const codes = lintPolicyText('p.json', json).findings.map((f) => f.code)
  expect(codes).toContain('RTC401')
})

test.each(NAMES)('the evaluator does not take %s for an operator: the statement does not match', (name) => {
  expect(parseOperator(name)).toBeUndefined()
  expect(parseOperator(`ForAnyValue:${name}`)).toBeUndefined()
  const condition = JSON.parse(`{${JSON.stringify(name)}: {"aws:SourceIp": "10.0.0.0/8"}}`)
  expect(evaluateConditions(normalisePolicy(doc(withCondition(condition)))!.statements[0].condition, { 'aws:SourceIp': '10.1.2.3' })).toEqual({ met: false, unknownOperators: [name] })
})

test('"__proto__" as an operator, a condition key and a principal type is kept as an entry, not lost', () => {
  const value = JSON.parse('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"__proto__":["x"]},"Action":"s3:GetObject","Resource":"*","Condition":{"__proto__":{"k":"v"},"StringEquals":{"__proto__":"w"}}}]}')
  const s = (normalisePolicy(value) as NormalPolicy).statements[0]
  expect(Object.keys(s.condition)).toEqual(['__proto__', 'StringEquals'])
  expect(Object.keys(s.condition.StringEquals)).toEqual(['__proto__'])
  expect(Object.keys(s.principal!)).toEqual(['__proto__'])
  // So the evaluator sees the condition (an unknown operator: no match), where a lost one would allow.
  const d = evaluate({ principal: principalFromArn('arn:aws:iam::111122223333:user/a'), action: 's3:GetObject', resource: 'arn:aws:s3:::b/x' }, { identityPolicies: [normalisePolicy(JSON.parse('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"__proto__":{"k":"v"}}}]}'))!] })
  expect(d.effect).toBe('ImplicitDeny')
})

test('a diff that only changes a "__proto__" condition key sees the change', () => {
  const before = JSON.parse('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"__proto__":"a"}}}]}')
  const after = JSON.parse('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}')
  const d = diffPolicies(before, after)
  expect(d.accessChange).toBe('broadens')
  expect(d.statements).toHaveLength(1)
})
