// RTC625: a KMS key policy that lets no principal call kms:PutKeyPolicy, or
// whose every such grant an unconditional Deny takes back. It speaks only on
// files it reads for certain as key policies, and only when it is certain.
import { lintPolicyText, type PolicyKind } from '../../src/core/lint/lint.js'
import { keyPolicyPrincipalsKeyed } from '../../src/core/lint/rules/key-policy-lockout.js'

type Statement = Record<string, unknown>
const ACCOUNT = '111122223333'
const ROOT = `arn:aws:iam::${ACCOUNT}:root`
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/key-admin`
const APP = `arn:aws:iam::${ACCOUNT}:role/etl`
const text = (...Statement: Statement[]) => JSON.stringify({ Version: '2012-10-17', Id: 'key-policy', Statement }, null, 2)
const lint = (statements: Statement[], kind?: PolicyKind) => lintPolicyText('key-policy.json', text(...statements), kind)
const rtc625 = (statements: Statement[], kind?: PolicyKind) => lint(statements, kind).findings.filter((f) => f.code === 'RTC625')
const allow = (AWS: unknown, Action: unknown, extra: Statement = {}): Statement => ({ Effect: 'Allow', Principal: { AWS }, Action, Resource: '*', ...extra })
const deny = (Principal: unknown, Action: unknown, extra: Statement = {}): Statement => ({ Effect: 'Deny', Principal, Action, Resource: '*', ...extra })

/** The statement AWS's default key policy starts with ("Allows access to the AWS account and enables IAM policies"). */
const ENABLE_IAM = allow(ROOT, 'kms:*', { Sid: 'Enable IAM User Permissions' })
/** The console's key administrators statement. */
const KEY_ADMINS = allow(ADMIN, [
  'kms:Create*', 'kms:Describe*', 'kms:Enable*', 'kms:List*', 'kms:Put*', 'kms:Update*', 'kms:Revoke*',
  'kms:Disable*', 'kms:Get*', 'kms:Delete*', 'kms:TagResource', 'kms:UntagResource', 'kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion'
], { Sid: 'Allow access for Key Administrators' })
const KEY_USERS = allow(APP, ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'], { Sid: 'Allow use of the key' })

describe('reported', () => {
  test('the console key policy with the root statement removed and no administrators: a warning on "Statement" that lists what is granted', () => {
    const t = text(KEY_USERS)
    const found = lintPolicyText('key-policy.json', t).findings.filter((f) => f.code === 'RTC625')
    expect(found).toHaveLength(1)
    const [f] = found
    expect(f.severity).toBe('warning')
    expect(t.split('\n')[f.line - 1].slice(f.column - 1)).toMatch(/^"Statement"/)
    expect(f.message).toBe(
      'No statement of this key policy allows any principal kms:PutKeyPolicy: its Allow statement grants only kms:Encrypt, kms:Decrypt, kms:ReEncrypt*, kms:GenerateDataKey*, kms:DescribeKey. ' +
        'KMS accepts such a policy only with BypassPolicyLockoutSafetyCheck (which CloudFormation and Terraform pass on), and from then on no one can change it and IAM policies cannot grant it: only AWS Support can restore access to the key.'
    )
    expect(f.hint).toContain('"Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*"')
  })

  test('only kms:Encrypt and kms:Decrypt granted, to two roles in two statements', () => {
    const [f] = rtc625([allow(APP, 'kms:Encrypt'), allow(ADMIN, 'kms:Decrypt')])
    expect(f.message).toMatch(/^No statement of this key policy allows any principal kms:PutKeyPolicy: its 2 Allow statements grant only kms:Encrypt, kms:Decrypt\. /)
  })

  test('the account root trusted with use of the key only, not its administration', () => {
    expect(rtc625([allow(ROOT, ['kms:Encrypt', 'kms:Decrypt', 'kms:DescribeKey'])])).toHaveLength(1)
  })

  test('administrators given every kms:Put... but the key policy: NotAction and patterns are read by what they match', () => {
    // kms:Put* matches kms:PutKeyPolicy; kms:*Grant and kms:Get* do not.
    expect(rtc625([allow(ADMIN, ['kms:*Grant', 'kms:Get*', 'kms:Describe*'])])).toHaveLength(1)
    const [f] = rtc625([allow(APP, 'kms:Decrypt'), { Effect: 'Allow', Principal: { AWS: ADMIN }, NotAction: ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion'], Resource: '*' }])
    expect(f.message).toContain('grant only kms:Decrypt, every action but kms:PutKeyPolicy, kms:ScheduleKeyDeletion.')
  })

  test('a Deny of kms:PutKeyPolicy to every principal, with no condition, takes the root statement back: the warning is on the Deny', () => {
    const t = text(ENABLE_IAM, KEY_USERS, deny('*', ['kms:Decrypt', 'kms:PutKeyPolicy'], { Sid: 'NoPolicyChanges' }))
    const found = lintPolicyText('key-policy.json', t).findings.filter((f) => f.code === 'RTC625')
    expect(found).toHaveLength(1)
    expect(t.split('\n')[found[0].line - 1].slice(found[0].column - 1)).toBe('"kms:PutKeyPolicy"')
    expect(found[0].message).toMatch(/^Statement 'NoPolicyChanges' denies kms:PutKeyPolicy to every principal with no condition, so no one can ever change this key policy\. /)
    // {"AWS": "*"} and a Deny of kms:* (or NotAction without it) say the same.
    expect(rtc625([ENABLE_IAM, deny({ AWS: '*' }, 'kms:*')])).toHaveLength(1)
    expect(rtc625([ENABLE_IAM, deny('*', undefined, { Action: undefined, NotAction: 'kms:Decrypt' })])).toHaveLength(1)
  })

  test('a Deny to exactly the principals that are allowed takes their grants back', () => {
    const [f] = rtc625([ENABLE_IAM, KEY_ADMINS, deny({ AWS: [ROOT, ADMIN] }, 'kms:PutKeyPolicy', { Sid: 'Freeze' })])
    expect(f.message).toMatch(
      /^Every statement of this key policy that allows kms:PutKeyPolicy \(statement 'Enable IAM User Permissions', statement 'Allow access for Key Administrators'\) is taken back by a Deny of it to the same principals with no condition \(statement 'Freeze'\), so no one can change the policy\. /
    )
  })

  test('declared a resource policy in policy-files, the same', () => {
    expect(rtc625([KEY_USERS], 'resource')).toHaveLength(1)
  })
})

describe('not reported', () => {
  test("AWS's default key policy, and the console's with key administrators and users", () => {
    expect(rtc625([ENABLE_IAM])).toEqual([])
    expect(rtc625([ENABLE_IAM, KEY_ADMINS, KEY_USERS])).toEqual([])
  })

  test('no root statement, but a key administrator role allowed kms:Put* (keeping IAM administrators away by design)', () => {
    expect(rtc625([KEY_ADMINS, KEY_USERS])).toEqual([])
    expect(rtc625([allow(ADMIN, 'kms:PutKeyPolicy'), KEY_USERS])).toEqual([])
    expect(rtc625([allow(ADMIN, 'kms:put*'), KEY_USERS])).toEqual([])
    expect(rtc625([allow(ACCOUNT, 'kms:*')])).toEqual([])
  })

  test('NotAction that does not list kms:PutKeyPolicy grants it', () => {
    expect(rtc625([{ Effect: 'Allow', Principal: { AWS: ADMIN }, NotAction: ['kms:Decrypt', 'kms:Encrypt'], Resource: '*' }, KEY_USERS])).toEqual([])
  })

  test('an Allow with a condition or with NotPrincipal still counts as a grant', () => {
    expect(rtc625([allow(ROOT, 'kms:*', { Condition: { StringEquals: { 'aws:PrincipalType': 'Account' } } }), KEY_USERS])).toEqual([])
    expect(rtc625([{ Effect: 'Allow', NotPrincipal: { AWS: APP }, Action: 'kms:PutKeyPolicy', Resource: '*' }, KEY_USERS])).toEqual([])
  })

  test('a Deny that might not apply does not take a grant back: a condition, other principals, NotPrincipal, NotResource', () => {
    expect(rtc625([ENABLE_IAM, deny('*', 'kms:PutKeyPolicy', { Condition: { StringNotEquals: { 'aws:PrincipalArn': ADMIN } } })])).toEqual([])
    expect(rtc625([ENABLE_IAM, deny({ AWS: ADMIN }, 'kms:PutKeyPolicy')])).toEqual([])
    expect(rtc625([ENABLE_IAM, KEY_ADMINS, deny({ AWS: ROOT }, 'kms:PutKeyPolicy')])).toEqual([])
    expect(rtc625([ENABLE_IAM, { Effect: 'Deny', NotPrincipal: { AWS: ADMIN }, Action: 'kms:PutKeyPolicy', Resource: '*' }])).toEqual([])
    expect(rtc625([ENABLE_IAM, { Effect: 'Deny', Principal: '*', Action: 'kms:PutKeyPolicy', NotResource: 'arn:aws:kms:us-east-1:111122223333:key/x' }])).toEqual([])
    expect(rtc625([ENABLE_IAM, deny('*', ['kms:Decrypt', 'kms:Update*'])])).toEqual([])
  })

  test('files it cannot read for certain as a whole key policy', () => {
    // a statement with no valid Effect, no Action, no Principal
    expect(rtc625([KEY_USERS, { Effect: 'allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' }])).toEqual([])
    expect(rtc625([KEY_USERS, { Effect: 'Allow', Principal: { AWS: ROOT }, Resource: '*' }])).toEqual([])
    expect(rtc625([KEY_USERS, { Effect: 'Allow', Action: 'kms:*', Resource: '*' }])).toEqual([])
    // both elements of a pair: IAM rejects it (RTC110), and which one was meant is not known
    expect(rtc625([KEY_USERS, { Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', NotAction: 'kms:PutKeyPolicy', Resource: '*' }])).toEqual([])
    expect(rtc625([{ Effect: 'Allow', Principal: { AWS: ADMIN }, NotPrincipal: { AWS: APP }, Action: 'kms:*', Resource: '*' }, deny({ AWS: ADMIN }, 'kms:PutKeyPolicy')])).toEqual([])
    // a Resource other than "*": not a key policy KMS would accept (RTC119 says so)
    expect(rtc625([allow(APP, 'kms:Decrypt', { Resource: 'arn:aws:kms:us-east-1:111122223333:key/x' })])).toEqual([])
    // only Deny statements: a KMS-only resource control policy, not a key policy
    expect(rtc625([deny('*', 'kms:*', { Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })])).toEqual([])
  })

  test('a bare statement, and a file with a literal "..." where statements were left out', () => {
    expect(lintPolicyText('s.json', JSON.stringify(KEY_USERS)).findings.map((f) => f.code)).not.toContain('RTC625')
    const elided = `{"Version": "2012-10-17", "Statement": [${JSON.stringify(KEY_USERS)}, ...]}`
    const result = lintPolicyText('e.json', elided)
    expect(result.findings.map((f) => f.code)).toContain('RTC001')
    expect(result.findings.map((f) => f.code)).not.toContain('RTC625')
  })

  test('other kinds of policy: identity, trust, SCP, RCP, endpoint, bucket policies', () => {
    expect(rtc625([{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }])).toEqual([])
    expect(rtc625([{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }], 'scp')).toEqual([])
    expect(rtc625([KEY_USERS], 'endpoint')).toEqual([])
    expect(rtc625([KEY_USERS], 'identity')).toEqual([])
    expect(rtc625([KEY_USERS], 'trust')).toEqual([])
    expect(rtc625([deny('*', 'kms:PutKeyPolicy')], 'rcp')).toEqual([])
    expect(rtc625([{ Effect: 'Allow', Principal: { AWS: APP }, Action: 'sts:AssumeRole' }])).toEqual([])
    expect(rtc625([{ Effect: 'Allow', Principal: { AWS: APP }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }])).toEqual([])
  })
})

test('linear in the size of the file: 20,000 statements and principals are read in one pass', () => {
  const principals = Array.from({ length: 20000 }, (_, i) => `arn:aws:iam::${ACCOUNT}:role/r${i}`)
  const statements: Statement[] = [allow(principals, 'kms:PutKeyPolicy')]
  for (let i = 0; i < 20000; i++) statements.push(deny({ AWS: principals[i] }, 'kms:PutKeyPolicy'))
  const before = keyPolicyPrincipalsKeyed()
  const found = rtc625(statements)
  expect(found).toHaveLength(1)
  expect(found[0].message).toMatch(/\(statement 2, statement 3, statement 4 and 19997 more\)/)
  // A 4 MB file; a pass per pair of statements would be 400 million comparisons. Counted rather than timed (the
  // machine is shared): each of the file's 40,000 principals is keyed once, and each grant looked up by key.
  expect(keyPolicyPrincipalsKeyed() - before).toBeLessThanOrEqual(2 * 20000)
})
