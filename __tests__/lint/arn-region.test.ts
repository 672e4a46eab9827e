// RTC301 for the Region part of an ARN: AWS writes every Region name in one
// form in every partition (us-east-1, us-gov-west-1, cn-north-1,
// us-isob-east-1); an ARN whose Region is of another form matches nothing.
import { lintPolicyText } from '../../src/core/lint/lint.js'

const allow = (Resource: unknown) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource }] }, null, 2)
const regionFindings = (Resource: unknown) => lintPolicyText('p.json', allow(Resource), 'identity').findings.filter((f) => f.code === 'RTC301')

test('a misspelt, zonal or upper-case Region is reported on its ARN, naming the part', () => {
  const arns = ['arn:aws:sqs:us-east1:111122223333:jobs', 'arn:aws:sqs:useast-1:111122223333:jobs', 'arn:aws:sqs:us-east-1a:111122223333:jobs', 'arn:aws:sqs:US-EAST-1:111122223333:jobs']
  const found = regionFindings(arns)
  expect(found.map((f) => f.message.split('"')[1])).toEqual(['us-east1', 'useast-1', 'us-east-1a', 'US-EAST-1'])
  expect(found[0].message).toBe('"us-east1" in arn:aws:sqs:us-east1:111122223333:jobs is not a Region name (such as us-east-1 or ap-southeast-2): the ARN matches nothing.')
  expect(found[0].severity).toBe('error')
  const lines = allow(arns).split('\n')
  expect(found.map((f) => f.line)).toEqual(arns.map((arn) => lines.findIndex((l) => l.includes(arn)) + 1))
})

test('not for Regions of every partition, an empty Region, wildcards, variables or placeholders', () => {
  for (const region of ['us-east-1', 'us-gov-west-1', 'cn-north-1', 'us-iso-east-1', 'us-isob-east-1', 'eu-isoe-west-1', 'ap-southeast-7', 'il-central-1', 'eusc-de-east-1', '*', 'us-*', 'eu-west-?', '${aws:RequestedRegion}', '<region>']) {
    expect({ region, found: regionFindings(`arn:aws:sqs:${region}:111122223333:jobs`) }).toEqual({ region, found: [] })
  }
  expect(lintPolicyText('p.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }] }), 'identity').findings).toEqual([])
})

test('the European Sovereign Cloud (partition aws-eusc) is a Region with a four-letter prefix: no RTC301 in an ARN, no RTC414 under aws:RequestedRegion', () => {
  const arn = 'arn:aws-eusc:sqs:eusc-de-east-1:111122223333:jobs'
  expect(regionFindings(arn)).toEqual([])
  const policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eusc-de-east-1', 'eu-central-1'] } } }]
  })
  expect(lintPolicyText('scp.json', policy, 'scp').findings.filter((f) => f.code === 'RTC414' || f.code === 'RTC301')).toEqual([])
  // A misspelt one still is.
  const misspelt = policy.replace('eusc-de-east-1', 'eusc-de-east1')
  expect(lintPolicyText('scp.json', misspelt, 'scp').findings.map((f) => f.code)).toContain('RTC414')
})
