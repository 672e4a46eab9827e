// RTC311: Secrets Manager ends every secret's ARN with a hyphen and six random
// characters, so a secret ARN written out without them, and with nothing that
// could stand for them, matches no secret.
import { lintPolicyText } from '../../src/core/lint/lint.js'

const policy = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2)
const allow = (Resource: unknown) => policy({ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource })
const found = (text: string, kind: 'identity' | 'resource' = 'identity') => lintPolicyText('p.json', text, kind).findings.filter((f) => f.code === 'RTC311')

test('a secret ARN with no suffix is an error on its own line, in every partition', () => {
  const arns = [
    'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db',
    'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-password',
    'arn:aws-cn:secretsmanager:cn-north-1:111122223333:secret:shared',
    'arn:aws:secretsmanager:*:*:secret:prod_db'
  ]
  const text = allow(arns)
  const findings = found(text)
  const lines = text.split('\n')
  expect(findings.map((f) => f.line)).toEqual(arns.map((arn) => lines.findIndex((l) => l.includes(arn)) + 1))
  expect(findings[0].severity).toBe('error')
  expect(findings[0].message).toBe(
    "arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db names a secret without the hyphen and six random characters Secrets Manager ends every secret's ARN with, so this Resource matches no secret."
  )
  expect(findings[0].hint).toContain('"arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-??????"')
})

test('a NotResource meant to leave a secret out, and a Deny meant to protect one, are reported too', () => {
  const notResource = policy({ Effect: 'Allow', Action: 'secretsmanager:*', NotResource: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:root-creds' })
  expect(found(notResource).map((f) => f.message)).toEqual([expect.stringContaining('so this NotResource matches no secret')])
  const deny = policy({ Effect: 'Deny', Principal: '*', Action: 'secretsmanager:DeleteSecret', Resource: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:root-creds' })
  expect(found(deny, 'resource')).toHaveLength(1)
})

test('not for a whole ARN, a name that may end in the suffix, wildcards, variables, placeholders or other services', () => {
  const arns = [
    'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-a1B2c3',
    // "app" and its suffix "backup": such a name cannot be told from a whole ARN.
    'arn:aws:secretsmanager:us-east-1:111122223333:secret:app-backup',
    'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-??????',
    'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/*',
    'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db*',
    'arn:aws:secretsmanager:*:*:secret:${aws:PrincipalTag/team}',
    'arn:aws:secretsmanager:us-east-1:111122223333:secret:',
    '*'
  ]
  expect(found(allow(arns))).toEqual([])
  expect(found(allow('arn:aws:secretsmanager:us-east-1:111122223333:secret:<SECRET_NAME>'))).toEqual([])
  expect(found(policy({ Effect: 'Allow', Action: 'ssm:GetParameter', Resource: 'arn:aws:ssm:us-east-1:111122223333:parameter/prod/db' }))).toEqual([])
})
