// Questions asked of a whole statement are answered once per statement, not
// once per condition or per ARN: a statement of thousands of conditions (a
// duplicated JSON key is still read) beside thousands of actions, ARNs or
// other conditions must lint in time linear in its size.
// - RTC412 asked, per condition key, whether any action supports it: 12,000
//   repeated keys beside 12,000 actions took 40 s.
// - RTC628 looked, per aws:SourceIp condition, for a VPC endpoint key among
//   all conditions: 30,000 of each took 24 s.
// - RTC615 looked, per wildcard-account ARN, for an aws:ResourceAccount
//   condition among all conditions: 30,000 of each took 16 s.
// - RTC609 looked, per OIDC provider principal, for its subject key among all
//   conditions (conditionKeyNamed): 20,000 of each took 10-20 s.
// - RTC623 read every Resource once per aws:ResourceAccount condition (and
//   kept its reasons in a list searched per condition): 5,000 of each took
//   56 s, 10,000 three minutes.
// Counted, not timed (the machine is shared, and a wall-clock bound fails at
// random there): each loop that was quadratic counts what it reads, and the
// count stays within twice the input it reads (a second reading would still
// be linear; once per condition or per ARN, it was thousands of times that).
import { expect, test } from '@jest/globals'
import { conditionKeyScanned } from '../../src/core/lint/context.js'
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { resourceAccountLimitSearched } from '../../src/core/lint/rules/arns.js'
import { actionKeysRead } from '../../src/core/lint/rules/conditions.js'
import { resourcesAccountRead } from '../../src/core/lint/rules/public-access.js'
import { vpcEndpointKeySearched } from '../../src/core/lint/rules/source-ip.js'

/** What `count` grew by while `run` ran, and run's answer. */
function counted<T>(count: () => number, run: () => T): { value: T; work: number } {
  const before = count()
  const value = run()
  return { value, work: count() - before }
}

test('12,000 repeated condition keys beside 12,000 actions lint in linear work, with a finding per key', () => {
  const n = 12_000
  const actions = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? '"s3:PutObject"' : '"s3:GetObject"')).join(',')
  // Written by hand: JSON.stringify cannot repeat a key.
  const keys = Array.from({ length: n }, () => '"s3:prefix": "home/"').join(',')
  const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [${actions}], "Resource": "*", "Condition": {"StringEquals": {${keys}}}}]}`
  const { value: found, work } = counted(actionKeysRead, () => lintPolicyText('iam/repeated-keys.json', text, 'identity').findings.filter((f) => f.code === 'RTC412'))
  expect(found).toHaveLength(n)
  expect(found[0].message).toContain('s3:prefix is not a condition key of any of the actions of statement 1 (s3:PutObject, s3:GetObject, s3:GetObject')
  // The actions read for their keys once for the statement; once per key, 144 million.
  expect(work).toBeLessThanOrEqual(2 * n)
}, 120_000)

/** A statement whose Condition block holds each `key: value` pair as written, keys repeated. */
function repeatedCondition(statement: string, operatorBlocks: string): string {
  return `{"Version": "2012-10-17", "Statement": [{${statement}, "Condition": {${operatorBlocks}}}]}`
}

test('30,000 aws:SourceIp conditions beside 30,000 VPC endpoint conditions lint in linear work', () => {
  const n = 30_000
  const ips = Array.from({ length: n }, (_, i) => `"aws:SourceIp": "203.0.${i % 256}.0/24"`).join(',')
  const endpoints = Array.from({ length: n }, (_, i) => `"aws:SourceVpce": "vpce-${i}"`).join(',')
  const text = repeatedCondition('"Effect": "Deny", "Action": "*", "Resource": "*"', `"IpAddress": {${ips}}, "StringEquals": {${endpoints}}`)
  const { value: found, work } = counted(vpcEndpointKeySearched, () => lintPolicyText('iam/repeated-ip.json', text, 'identity').findings.filter((f) => f.code === 'RTC628'))
  expect(found).toHaveLength(n)
  expect(found[0].message).toContain('needs both aws:SourceIp (IpAddress) and aws:SourceVpce (StringEquals)')
  // The conditions searched for a VPC endpoint key once for the statement (2n of them); once per aws:SourceIp, 900 million.
  expect(work).toBeLessThanOrEqual(2 * (2 * n))
}, 120_000)

test('30,000 wildcard-account key ARNs beside 30,000 conditions lint in linear work', () => {
  const n = 30_000
  const arns = Array.from({ length: n }, (_, i) => `"arn:aws:kms:*:*:key/k${i}"`).join(',')
  const tags = Array.from({ length: n }, () => '"aws:PrincipalTag/team": "etl"').join(',')
  const text = repeatedCondition(`"Effect": "Allow", "Action": "kms:Decrypt", "Resource": [${arns}]`, `"StringEquals": {${tags}}`)
  const { value: found, work } = counted(resourceAccountLimitSearched, () => lintPolicyText('iam/wide-kms.json', text, 'identity').findings.filter((f) => f.code === 'RTC615'))
  expect(found).toHaveLength(n)
  // The conditions searched for one on the resource's account once for the statement; once per ARN, 900 million.
  expect(work).toBeLessThanOrEqual(2 * n)
}, 120_000)

test('20,000 OIDC provider principals beside 20,000 conditions lint in linear work (a statement\'s conditions are found by key)', () => {
  const n = 20_000
  const provider = '"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"'
  const principals = Array.from({ length: n }, () => provider).join(',')
  const audiences = Array.from({ length: n }, () => '"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"').join(',')
  const text = repeatedCondition(`"Effect": "Allow", "Principal": {"Federated": [${principals}]}, "Action": "sts:AssumeRoleWithWebIdentity"`, `"StringEquals": {${audiences}}`)
  const { value: found, work } = counted(conditionKeyScanned, () => lintPolicyText('iam/trust.json', text, 'trust').findings.filter((f) => f.code === 'RTC609'))
  expect(found).toHaveLength(n)
  // The conditions put in the statement's map by key once; scanned per principal (for its subject key), 400 million.
  expect(work).toBeLessThanOrEqual(2 * n)
}, 120_000)

test('20,000 aws:ResourceAccount conditions beside 20,000 resources under Principal "*" lint in linear work', () => {
  const n = 20_000
  const queues = Array.from({ length: n }, (_, i) => `"arn:aws:sqs:us-east-1:111122223333:q${i}"`).join(',')
  const accounts = Array.from({ length: n }, () => '"aws:ResourceAccount": "111122223333"').join(',')
  const text = repeatedCondition(`"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": [${queues}]`, `"StringEquals": {${accounts}}`)
  const { value: found, work } = counted(resourcesAccountRead, () => lintPolicyText('iam/queue-policy.json', text, 'resource').findings.filter((f) => f.code === 'RTC623'))
  // The resource's own account, whoever calls: the condition limits no one.
  expect(found).toHaveLength(1)
  // The resources read for their account once for the statement; once per aws:ResourceAccount condition, 400 million.
  expect(work).toBeLessThanOrEqual(2 * n)
}, 300_000)
