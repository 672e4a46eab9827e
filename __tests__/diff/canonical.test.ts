import { describe, expect, test } from '@jest/globals'
import { canonicalPolicy, samePolicyMeaning } from '../../src/core/iam/canonical.js'
import { normalisePolicy } from '../../src/core/iam/normalise.js'

const canonical = (value: unknown) => {
  const p = normalisePolicy(value)
  if (!p) throw new Error('not a policy')
  return canonicalPolicy(p)
}

describe('canonicalPolicy', () => {
  test('sorts and de-duplicates values, lower-cases actions and condition keys, drops Sid', () => {
    const c = canonical({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'B', Effect: 'Deny', Action: 'S3:DeleteObject', Resource: '*', Condition: { StringNotEquals: { 'AWS:SourceVpc': ['vpc-2', 'vpc-1', 'vpc-2'] }, Bool: {} } },
        { Sid: 'A', Effect: 'Allow', Principal: '*', Action: ['s3:PutObject', 's3:getObject', 's3:GetObject'], Resource: ['b', 'a'] }
      ]
    })
    expect(c).toEqual({
      version: '2012-10-17',
      statements: [
        { effect: 'Allow', action: ['s3:getobject', 's3:putobject'], resource: ['a', 'b'], principal: { AWS: ['*'] }, condition: {} },
        { effect: 'Deny', action: ['s3:deleteobject'], resource: ['*'], condition: { StringNotEquals: { 'aws:sourcevpc': ['vpc-1', 'vpc-2'] } } }
      ]
    })
  })

  test('an identical statement written twice appears once', () => {
    const s = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }
    expect(canonical({ Statement: [s, { ...s, Sid: 'Again' }] }).statements).toHaveLength(1)
  })

  test('keeps case of ARNs, condition values and operators; keeps whitespace', () => {
    const c = canonical({ Statement: { Effect: 'Allow', Action: ' s3:GetObject', Resource: 'arn:aws:s3:::Bucket/*', Condition: { StringEquals: { 'aws:PrincipalTag/Team': 'Data' } } } })
    expect(c.statements[0]).toEqual({
      effect: 'Allow',
      action: [' s3:getobject'],
      resource: ['arn:aws:s3:::Bucket/*'],
      condition: { StringEquals: { 'aws:principaltag/team': ['Data'] } }
    })
  })
})

describe('samePolicyMeaning', () => {
  const base = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'] },
      { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }
    ]
  }
  test.each<[string, unknown]>([
    ['statements reordered', { ...base, Statement: [base.Statement[1], base.Statement[0]] }],
    ['values reordered, duplicated, in other case', { ...base, Statement: [{ ...base.Statement[0], Action: ['S3:LISTBUCKET', 's3:getobject', 's3:GetObject'], Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::b'] }, base.Statement[1]] }],
    ['Principal "*" for {"AWS": "*"} and a one-element array', { ...base, Statement: [base.Statement[0], { Effect: 'Allow', Principal: '*', Action: ['sts:AssumeRole'] }] }],
    ['Statement as a single object vs a one-element array', null]
  ])('same: %s', (_name, other) => {
    if (other === null) {
      const one = { Statement: base.Statement[0] }
      expect(samePolicyMeaning(one, { Statement: [base.Statement[0]] })).toBe(true)
    } else expect(samePolicyMeaning(base, other)).toBe(true)
  })

  test.each<[string, unknown]>([
    ['an action added', { ...base, Statement: [{ ...base.Statement[0], Action: ['s3:GetObject', 's3:ListBucket', 's3:PutObject'] }, base.Statement[1]] }],
    ['ARN case changed', { ...base, Statement: [{ ...base.Statement[0], Resource: ['arn:aws:s3:::B', 'arn:aws:s3:::b/*'] }, base.Statement[1]] }],
    ['whitespace inside a value', { ...base, Statement: [{ ...base.Statement[0], Action: ['s3:GetObject ', 's3:ListBucket'] }, base.Statement[1]] }],
    ['whitespace in a key (the element is then not an Action)', { ...base, Statement: [{ Effect: 'Allow', 'Action ': ['s3:GetObject', 's3:ListBucket'], Resource: base.Statement[0].Resource }, base.Statement[1]] }],
    ['Effect changed', { ...base, Statement: [{ ...base.Statement[0], Effect: 'Deny' }, base.Statement[1]] }],
    ['Version changed', { ...base, Version: '2008-10-17' }],
    ['not a policy', { Version: '2012-10-17' }]
  ])('different: %s', (_name, other) => {
    expect(samePolicyMeaning(base, other)).toBe(false)
  })

  test('two values that are not policies are the same only when equal', () => {
    expect(samePolicyMeaning({ a: 1 }, { a: 1 })).toBe(true)
    expect(samePolicyMeaning({ a: 1 }, { a: 2 })).toBe(false)
  })
})
