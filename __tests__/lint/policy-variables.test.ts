// Policy variables with a default value, `${aws:PrincipalTag/team, 'company-wide'}`
// (IAM User Guide, "Specifying default values"): real IAM syntax, so RTC616
// (unresolved template placeholder) must leave them alone, and the evaluator
// must read the same key and default as the linter.
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { substituteVariables } from '../../src/core/evaluate/conditions.js'
import { parsePolicyVariable } from '../../src/core/iam/variables.js'

const policy = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...statement }] }, null, 2)
const codesOf = (text: string) => lintPolicyText('p.json', text).findings.map((f) => f.code)

describe('RTC616 and policy variables with a default value', () => {
  test.each([
    ["the documented spelling in a Resource", { Action: 's3:GetObject', Resource: "arn:aws:s3:::amzn-s3-demo-bucket-${aws:PrincipalTag/team, 'company-wide'}/*" }],
    ["an empty default", { Action: 's3:GetObject', Resource: "arn:aws:s3:::b/${aws:username, ''}/*" }],
    ['a default in a Condition value', { Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b', Condition: { StringLike: { 's3:prefix': "${aws:PrincipalTag/team, 'x'}/*" } } }],
    ['no space after the comma', { Action: 's3:GetObject', Resource: "arn:aws:s3:::b/${aws:username,'x'}/*" }]
  ])('%s is no placeholder', (_, statement) => {
    expect(codesOf(policy(statement))).not.toContain('RTC616')
  })

  test.each([
    ['a template variable with a default', "arn:aws:s3:::${bucket, 'x'}/*"],
    ['an unquoted default', 'arn:aws:s3:::b/${aws:username, x}/*'],
    ['a space inside the key', "arn:aws:s3:::b/${aws: username, 'x'}/*"]
  ])('%s is still reported', (_, resource) => {
    expect(codesOf(policy({ Action: 's3:GetObject', Resource: resource }))).toContain('RTC616')
  })
})

describe('one reading of ${...}', () => {
  test('parsePolicyVariable reads the key and the default', () => {
    expect(parsePolicyVariable("aws:PrincipalTag/team, 'company-wide'")).toEqual({ key: 'aws:PrincipalTag/team', fallback: 'company-wide' })
    expect(parsePolicyVariable('aws:username')).toEqual({ key: 'aws:username' })
    expect(parsePolicyVariable('$')).toEqual({ character: '$' })
    expect(parsePolicyVariable('aws:username, x')).toBeUndefined()
  })

  test('the evaluator uses the default, which may hold a comma, when the key has no value', () => {
    const none = () => undefined
    expect(substituteVariables("home/${aws:PrincipalTag/team, 'a, b'}/x", none)).toBe('home/a, b/x')
    expect(substituteVariables("home/${aws:PrincipalTag/team, 'a'}/x", () => ['eng'])).toBe('home/eng/x')
    expect(substituteVariables('home/${aws:PrincipalTag/team}/x', none)).toBeUndefined()
  })
})
