// The forms of ARNs: which parts a resource's ARN always carries, and the
// case IAM matches them with.
// - A resource of a type whose format writes `${Region}` names its Region, and
//   one with no Region (IAM, CloudFront) whose format writes `${Account}`
//   names its account: `arn:aws:iam:::role/r` and
//   `arn:aws:lambda::111122223333:function:f` are no role's or function's ARN.
//   AWS's own resources with no account stay fitting (SSM documents and public
//   parameters, EC2 images, S3 buckets).
// - The service part and IAM's resource types are matched with case.
// - RTC615 speaks of an account wildcard only where the ARN can name a
//   resource of some account: an S3 object ARN has none.
import { lintPolicyText } from '../../src/core/lint/lint.js'

const findings = (Action: string, Resource: string) =>
  lintPolicyText('p.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource }] }), 'identity').findings
const codes = (Action: string, Resource: string) => findings(Action, Resource).map((f) => f.code)

describe('an empty Region or account where the resource always has one', () => {
  test.each([
    ['iam:PassRole', 'arn:aws:iam:::role/etl'],
    ['lambda:InvokeFunction', 'arn:aws:lambda::111122223333:function:f'],
    ['cloudfront:GetDistribution', 'arn:aws:cloudfront:::distribution/E1'],
    ['kms:Decrypt', 'arn:aws:kms::111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
    // A Regional resource a customer's account owns names that account beside its Region.
    ['sqs:SendMessage', 'arn:aws:sqs:us-east-1::q'],
    ['kms:Decrypt', 'arn:aws:kms:us-east-1::key/1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['lambda:InvokeFunction', 'arn:aws:lambda:*::function:f'],
    ['dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1::table/t']
  ])('%s on %s: the ARN fits no type of its service (RTC310)', (action, arn) => {
    expect(codes(action, arn)).toEqual(['RTC310'])
  })

  test('the hint names the empty part when writing it would make the ARN fit, and only then', () => {
    const hintOf = (action: string, arn: string) => findings(action, arn).find((f) => f.code === 'RTC310')?.hint
    expect(hintOf('sqs:SendMessage', 'arn:aws:sqs:us-east-1::q')).toMatch(/^The account is empty, .* write it \(or "\*" for any\)\.$/)
    expect(hintOf('lambda:InvokeFunction', 'arn:aws:lambda::111122223333:function:f')).toMatch(/^The Region is empty, /)
    expect(hintOf('kms:Decrypt', 'arn:aws:kms:::key/k')).toMatch(/^The Region and account are empty, .* write them /)
    // An S3 bucket's ARN has no Region: it is not the slip here, the account is.
    expect(hintOf('s3:GetObject', 'arn:aws:s3::111122223333:reports/*')).toMatch(/^Check the ARN against the service's ARN formats/)
  })

  test.each([
    ['ssm:SendCommand', 'arn:aws:ssm:us-east-1::document/AWS-RunShellScript'],
    ['ssm:GetParameter', 'arn:aws:ssm:*::parameter/aws/service/ami-amazon-linux-latest/*'],
    ['ec2:RunInstances', 'arn:aws:ec2:us-east-1::image/ami-0abcdef1234567890'],
    ['s3:GetObject', 'arn:aws:s3:::reports/*'],
    ['iam:PassRole', 'arn:aws:iam::111122223333:role/etl'],
    ['iam:PassRole', 'arn:aws:iam::*:role/etl'],
    ['lambda:InvokeFunction', 'arn:aws:lambda:*:111122223333:function:f'],
    ['route53:GetHostedZone', 'arn:aws:route53:::hostedzone/Z1'],
    ['bedrock:InvokeModel', 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2'],
    // Regional types of which AWS owns instances and writes them with no account: its SSM documents and Automation
    // runbooks (AWS-*), its public parameters, its service views in Resource Explorer, what Partner Central keeps
    // under an engagement (whose own ARN has no account).
    ['ssm:StartAutomationExecution', 'arn:aws:ssm:*::automation-definition/AWS-RestartEC2Instance:$DEFAULT'],
    ['resource-explorer-2:Search', 'arn:aws:resource-explorer-2:*::view/AWSServiceViewForApplicationSignals/service-view'],
    ['partnercentral:CreateResourceSnapshot', 'arn:aws:partnercentral:*::catalog/AWS/engagement/*'],
    ['sqs:SendMessage', 'arn:aws:sqs:us-east-1:111122223333:q'],
    ['sqs:SendMessage', 'arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:q']
  ])('%s on %s: still fits', (action, arn) => {
    expect(codes(action, arn)).toEqual([])
  })
})

describe('the words AWS writes in the account part of its own policies', () => {
  // "aws" for its managed policies; "partner" for partner policies, which the
  // AWS managed policy AccountManagementFromVercel names as a permissions boundary.
  test.each([['arn:aws:iam::aws:policy/ReadOnlyAccess'], ['arn:aws:iam::partner:policy/permissions-boundary/vercel.com/Boundary']])('%s is no RTC304', (arn) => {
    expect(codes('iam:GetPolicy', arn)).toEqual([])
  })

  test('another word there is', () => {
    expect(codes('iam:GetPolicy', 'arn:aws:iam::partners:policy/Boundary')).toContain('RTC304')
  })
})

describe('case in the service part and in IAM resource types', () => {
  test('a service part in capitals names no resource (RTC301)', () => {
    const [f, ...more] = findings('s3:GetObject', 'arn:aws:S3:::reports/*')
    expect(more).toEqual([])
    expect(f.code).toBe('RTC301')
    expect(f.message).toContain('"s3"')
  })

  test('an IAM resource type in capitals names no role (RTC305), in Resource and in Principal', () => {
    expect(codes('iam:PassRole', 'arn:aws:iam::111122223333:Role/etl')).toEqual(['RTC305'])
    const trust = lintPolicyText(
      't.json',
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:Role/etl' }, Action: 'sts:AssumeRole' }] }),
      'trust'
    ).findings
    expect(trust.map((f) => f.code)).toEqual(['RTC305'])
    expect(trust[0].message).toContain('"role"')
  })

  test('names keep their case: a role named in capitals is fine', () => {
    expect(codes('iam:PassRole', 'arn:aws:iam::111122223333:role/ETL-Role')).toEqual([])
  })
})

describe('RTC615 on an ARN of a type with no account', () => {
  test('an S3 object ARN written with a Region and an account wildcard: RTC310 says it names nothing; no RTC615', () => {
    expect(codes('s3:GetObject', 'arn:aws:s3:us-east-1:*:reports/*')).toEqual(['RTC310'])
  })

  test('a key ARN with an account wildcard still gets RTC615', () => {
    expect(codes('kms:Decrypt', 'arn:aws:kms:*:*:key/1234abcd-12ab-34cd-56ef-1234567890ab')).toEqual(['RTC615'])
  })
})

describe('a principal with white space around it', () => {
  const trust = (principal: unknown) =>
    lintPolicyText('t.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] }), 'trust').findings

  test.each([' *', '* ', ' arn:aws:iam::111122223333:root', 'arn:aws:iam::111122223333:role/etl '])('"%s": RTC301 says what it is not, and to write it trimmed', (value) => {
    const [f, ...more] = trust({ AWS: value })
    expect(more).toEqual([])
    expect(f.code).toBe('RTC301')
    expect(f.message).toContain(`so it is not "${value.trim()}"`)
    expect(f.hint).toBe(`Write "${value.trim()}".`)
  })
})

describe('an IAM or STS principal ARN with no account', () => {
  const trust = (principal: unknown) =>
    lintPolicyText('t.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] }), 'trust').findings

  test.each([{ AWS: 'arn:aws:iam:::root' }, { AWS: 'arn:aws:iam:::role/etl' }, { AWS: 'arn:aws:sts:::assumed-role/etl/s' }, { Federated: 'arn:aws:iam:::saml-provider/corp' }])('%j names nobody (RTC305)', (principal) => {
    const found = trust(principal).filter((f) => f.code === 'RTC305')
    expect(found).toHaveLength(1)
    expect(found[0].message).toContain('names no account')
  })

  test('with its account it is not RTC305', () => {
    expect(trust({ AWS: 'arn:aws:iam::111122223333:root' }).map((f) => f.code)).not.toContain('RTC305')
  })
})

// The Principal element names an IAM user or role with an iam ARN and a role session or federated user with an
// sts one (IAM User Guide, "AWS JSON policy elements: Principal"): a role's name under sts, or a session under
// iam, is the ARN of no principal.
describe('an IAM or STS principal ARN under the other service', () => {
  const bucket = (principal: unknown) =>
    lintPolicyText('b.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::ledger-exports/*' }] }), 'resource').findings

  test.each([
    ['arn:aws:sts::210987654321:role/exporter', 'arn:aws:iam::210987654321:role/exporter'],
    ['arn:aws:sts::210987654321:user/ci/deployer', 'arn:aws:iam::210987654321:user/ci/deployer'],
    ['arn:aws:iam::210987654321:assumed-role/exporter/nightly', 'arn:aws:sts::210987654321:assumed-role/exporter/nightly'],
    ['arn:aws-us-gov:iam::210987654321:federated-user/auditor', 'arn:aws-us-gov:sts::210987654321:federated-user/auditor']
  ])('%s names no principal (RTC305), %s does', (wrong, right) => {
    const found = bucket({ AWS: wrong }).filter((f) => f.code === 'RTC305')
    expect(found).toHaveLength(1)
    expect(found[0].severity).toBe('error')
    expect(found[0].hint).toBe(`Write ${right}.`)
    expect(bucket({ AWS: right }).map((f) => f.code)).not.toContain('RTC305')
    // As a role's trusted principal too, and under NotPrincipal.
    const trust = lintPolicyText('t.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: [right, wrong] }, Action: 'sts:AssumeRole' }] }), 'trust').findings
    expect(trust.filter((f) => f.code === 'RTC305').map((f) => f.message)).toEqual([expect.stringContaining(wrong)])
    const deny = lintPolicyText('d.json', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotPrincipal: { AWS: wrong }, Action: 's3:*', Resource: 'arn:aws:s3:::ledger-exports/*' }] }), 'resource').findings
    expect(deny.map((f) => f.code)).toContain('RTC305')
  })
})

// IAM names an OIDC provider by its URL without the scheme: the provider made for https://oidc.example.net/tenant
// is arn:aws:iam::ACCOUNT:oidc-provider/oidc.example.net/tenant (IAM User Guide, "Create an OpenID Connect (OIDC)
// identity provider in IAM"), as its condition keys are (RTC406).
describe('an OIDC provider ARN written with the URL scheme', () => {
  const trust = (federated: string) =>
    lintPolicyText(
      't.json',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Federated: federated }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'oidc.example.net/tenant:sub': 'svc-ledger' } } }]
      }),
      'trust'
    ).findings

  test.each(['https://', 'http://', 'HTTPS://'])('oidc-provider/%s... names no provider (RTC305)', (scheme) => {
    const found = trust(`arn:aws:iam::210987654321:oidc-provider/${scheme}oidc.example.net/tenant`).filter((f) => f.code === 'RTC305')
    expect(found).toHaveLength(1)
    expect(found[0].hint).toBe('Write arn:aws:iam::210987654321:oidc-provider/oidc.example.net/tenant.')
  })

  test('the host and path alone is the provider', () => {
    expect(trust('arn:aws:iam::210987654321:oidc-provider/oidc.example.net/tenant').map((f) => f.code)).not.toContain('RTC305')
  })
})
