// RTC414 for kms:ViaService: the AWS KMS Developer Guide names every service
// that supports the key SERVICE.REGION.amazonaws.com, with the .amazonaws.com
// suffix in every partition, so a value of another form is in no request.
import { lintPolicyText } from '../../src/core/lint/lint.js'

const policy = (Condition: Record<string, unknown>) =>
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', Condition }]
    },
    null,
    2
  )
const viaServiceFindings = (Condition: Record<string, unknown>) => {
  const text = policy(Condition)
  return { text, found: lintPolicyText('p.json', text, 'identity').findings.filter((f) => f.code === 'RTC414') }
}

test('a service with no Region, a bare prefix, a misspelt Region, a .cn suffix or upper case is an error at the value', () => {
  const values = ['ec2', 's3.amazonaws.com', 'rds.us-east1.amazonaws.com', 'sqs.cn-north-1.amazonaws.com.cn', 'EC2.us-west-2.amazonaws.com']
  const { text, found } = viaServiceFindings({ StringEquals: { 'kms:ViaService': ['s3.us-east-1.amazonaws.com', ...values] } })
  expect(found.map((f) => f.message.split('"')[1])).toEqual(values)
  expect(found[0].severity).toBe('error')
  expect(found[0].message).toBe(
    'kms:ViaService holds the name of the service that called AWS KMS on the caller\'s behalf (SERVICE.REGION.amazonaws.com in every partition), and "ec2" is none: StringEquals never matches it as intended.'
  )
  expect(found[0].hint).toContain('ec2.us-west-2.amazonaws.com')
  const line = text.split('\n').findIndex((l) => l.includes('"ec2"')) + 1
  expect(found[0].line).toBe(line)
  // Negated, the same value limits nothing.
  expect(viaServiceFindings({ StringNotEquals: { 'kms:ViaService': 'ec2' } }).found[0].message).toContain('a negated operator is then true for every request')
})

test('not for names of the documented form in any partition, patterns, variables, IgnoreCase or placeholders', () => {
  const ok = ['ec2.us-west-2.amazonaws.com', 'elasticache.us-gov-west-1.amazonaws.com', 'rds.cn-north-1.amazonaws.com', 'backup-gateway.eu-central-1.amazonaws.com', 'ssm.eusc-de-east-1.amazonaws.com']
  expect(viaServiceFindings({ StringEquals: { 'kms:ViaService': ok } }).found).toEqual([])
  expect(viaServiceFindings({ StringLike: { 'kms:ViaService': ['secretsmanager.*.amazonaws.com', '*'] } }).found).toEqual([])
  expect(viaServiceFindings({ StringEquals: { 'kms:ViaService': '${aws:PrincipalTag/service}.us-east-1.amazonaws.com' } }).found).toEqual([])
  expect(viaServiceFindings({ StringEqualsIgnoreCase: { 'kms:ViaService': 'EC2.US-WEST-2.AMAZONAWS.COM' } }).found).toEqual([])
  expect(viaServiceFindings({ StringEquals: { 'kms:ViaService': '<SERVICE>.<REGION>.amazonaws.com' } }).found).toEqual([])
})
