// Grants by exclusion (RTC618 NotAction, RTC619 NotResource), federation
// principals in trust policies (RTC620 SAML, RTC621 web identity), public
// access through conditions that do not limit the caller (RTC622 function
// URLs, RTC623), and privilege escalation from the table of paths (RTC606
// IAM's own, RTC624 through other services), with Deny cancelling a path.
import { lintPolicyText, type PolicyKind } from '../../src/core/lint/lint.js'
import { actionsMatching } from '../../src/core/iam/catalog/index.js'
import { ESCALATION_PATHS } from '../../src/core/lint/rules/privilege-escalation-paths.js'

const doc = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
const findings = (text: string, kind?: PolicyKind) => lintPolicyText('p.json', text, kind).findings
const codes = (text: string, kind?: PolicyKind) => findings(text, kind).map((f) => f.code)
const only = (code: string, text: string, kind?: PolicyKind) => findings(text, kind).filter((f) => f.code === code)
const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',')

const USER = 'arn:aws:iam::111122223333:user/alice'
const SAML = 'arn:aws:iam::111122223333:saml-provider/CorpIdP'
const OIDC = 'arn:aws:iam::111122223333:oidc-provider/oidc.example.com'

describe('RTC618: Allow with NotAction on every resource', () => {
  test('says how much it grants, counted from the catalogue', () => {
    const [f] = only('RTC618', doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }))
    const all = actionsMatching('*')
    const excluded = actionsMatching('iam:*').length + actionsMatching('organizations:*').length
    const services = new Set(all.map((a) => a.service)).size
    expect(f.severity).toBe('warning')
    expect(f.message).toContain(`${fmt(all.length - excluded)} of the catalogue's ${fmt(all.length)} actions, in ${fmt(services - 2)} of ${fmt(services)} services`)
  })

  test('fires with NotResource too; not on a named resource, not on Deny', () => {
    expect(codes(doc({ Effect: 'Allow', NotAction: 's3:DeleteBucket', NotResource: 'arn:aws:s3:::audit' }))).toContain('RTC618')
    expect(codes(doc({ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: 'arn:aws:s3:::reports/*' }))).not.toContain('RTC618')
    expect(codes(doc({ Effect: 'Deny', NotAction: 's3:GetObject', Resource: '*' }))).not.toContain('RTC618')
  })
})

describe('RTC619: Allow with NotResource', () => {
  test('fires on Allow, names how many actions it grants', () => {
    const [f] = only('RTC619', doc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObject'], NotResource: 'arn:aws:s3:::audit/*' }))
    expect(f.message).toContain('its 1 action on every other resource')
  })

  test('not on Deny (denying everything but a list is a guardrail)', () => {
    expect(codes(doc({ Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::audit/*' }))).not.toContain('RTC619')
  })
})

describe('RTC620 and RTC621: the federation actions need their provider', () => {
  const trust = (Principal: unknown, Action: unknown) => doc({ Effect: 'Allow', Principal, Action })

  test('sts:AssumeRoleWithSAML trusted to an IAM user, an account, a service or an OIDC provider is an error', () => {
    for (const principal of [{ AWS: USER }, { AWS: '111122223333' }, { Service: 'lambda.amazonaws.com' }, { Federated: OIDC }]) {
      expect(codes(trust(principal, 'sts:AssumeRoleWithSAML'), 'trust')).toContain('RTC620')
    }
    expect(codes(trust({ Federated: SAML }, 'sts:AssumeRoleWithSAML'), 'trust')).not.toContain('RTC620')
  })

  test('sts:AssumeRoleWithWebIdentity trusted to anything but an OIDC or built-in web identity provider is an error', () => {
    for (const principal of [{ AWS: USER }, { AWS: 'arn:aws:iam::111122223333:root' }, { Federated: SAML }]) {
      expect(codes(trust(principal, 'sts:AssumeRoleWithWebIdentity'), 'trust')).toContain('RTC621')
    }
    for (const provider of [OIDC, 'cognito-identity.amazonaws.com', 'accounts.google.com', 'graph.facebook.com', 'www.amazon.com']) {
      expect(codes(trust({ Federated: provider }, 'sts:AssumeRoleWithWebIdentity'), 'trust')).not.toContain('RTC621')
    }
  })

  test('only when federation is the statement\'s only way in: sts:AssumeRole beside it, or a wildcard, leaves it alone', () => {
    expect(codes(trust({ AWS: USER, Federated: SAML }, ['sts:AssumeRole', 'sts:AssumeRoleWithSAML']), 'trust')).not.toContain('RTC620')
    expect(codes(trust({ AWS: USER }, 'sts:AssumeRoleWith*'), 'trust')).not.toContain('RTC620')
    expect(codes(trust({ AWS: USER }, ['sts:AssumeRoleWithSAML', 'sts:TagSession']), 'trust')).toContain('RTC620')
  })

  test('points at the principal and says who it is', () => {
    const text = trust({ AWS: USER }, 'sts:AssumeRoleWithSAML')
    const [f] = only('RTC620', text, 'trust')
    expect(text.split('\n')[f.line - 1]).toContain(USER)
    expect(f.message).toContain(`the IAM user ${USER}`)
  })
})

// The reverse of RTC620/RTC621: a SAML provider signs in only through sts:AssumeRoleWithSAML, an OIDC or web identity
// provider only through sts:AssumeRoleWithWebIdentity (IAM User Guide, "Create a role for SAML 2.0 federation" and
// "Create a role for OpenID Connect federation"): trusted for sts:AssumeRole alone, the provider's users never get in.
describe('RTC626: a federated provider trusted for an action it does not sign in with', () => {
  const trust = (Principal: unknown, Action: unknown) => doc({ Effect: 'Allow', Principal, Action })
  const GITHUB = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'

  test('a SAML provider with sts:AssumeRole (and TagSession) is an error, at the provider', () => {
    const text = trust({ Federated: SAML }, ['sts:AssumeRole', 'sts:TagSession'])
    const found = only('RTC626', text, 'trust')
    expect(found).toHaveLength(1)
    expect(found[0].severity).toBe('error')
    expect(text.split('\n')[found[0].line - 1]).toContain(SAML)
    expect(found[0].message).toContain('sts:AssumeRoleWithSAML')
  })

  test.each([GITHUB, OIDC, 'cognito-identity.amazonaws.com', 'accounts.google.com'])('the web identity provider %s with sts:AssumeRole is an error', (provider) => {
    const found = only('RTC626', trust({ Federated: provider }, 'sts:AssumeRole'), 'trust')
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('sts:AssumeRoleWithWebIdentity')])
  })

  test('a provider whose own action is allowed too (or a wildcard covering it) is not reported', () => {
    expect(codes(trust({ Federated: SAML }, ['sts:AssumeRole', 'sts:AssumeRoleWithSAML']), 'trust')).not.toContain('RTC626')
    expect(codes(trust({ Federated: GITHUB }, 'sts:AssumeRole*'), 'trust')).not.toContain('RTC626')
    expect(codes(trust({ Federated: GITHUB }, 'sts:*'), 'trust')).not.toContain('RTC626')
  })

  test('a statement of session actions only (sts:TagSession beside the provider) and an IAM principal beside it are not reported', () => {
    expect(codes(trust({ Federated: SAML }, ['sts:TagSession', 'sts:SetSourceIdentity']), 'trust')).not.toContain('RTC626')
    const mixed = only('RTC626', trust({ AWS: USER, Federated: SAML }, 'sts:AssumeRole'), 'trust')
    expect(mixed).toHaveLength(1)
    expect(mixed[0].message).toContain(SAML)
  })

  test('one finding per mistake: the provider of the other kind with only its action is RTC621, not this too', () => {
    const c = codes(trust({ Federated: SAML }, 'sts:AssumeRoleWithWebIdentity'), 'trust')
    expect(c).toContain('RTC621')
    expect(c).not.toContain('RTC626')
  })

  test('not in other kinds of policy, nor for a Deny, a variable or a placeholder', () => {
    expect(codes(doc({ Effect: 'Deny', Principal: { Federated: SAML }, Action: 'sts:AssumeRole' }), 'trust')).not.toContain('RTC626')
    expect(codes(trust({ Federated: 'arn:aws:iam::${AWS::AccountId}:saml-provider/X' }, 'sts:AssumeRole'), 'trust')).not.toContain('RTC626')
    expect(codes(trust({ Federated: SAML }, 'sts:AssumeRole'), 'resource')).not.toContain('RTC626')
  })
})

describe('RTC622 and RTC623: Principal "*" with conditions that do not limit who', () => {
  const url = (Condition: unknown) =>
    doc({ Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Resource: 'arn:aws:lambda:us-east-1:111122223333:function:hook', Condition })

  test('a function URL with auth type NONE is public (RTC622), unless a condition limits the caller', () => {
    expect(codes(url({ StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } }))).toContain('RTC622')
    expect(codes(url({ StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE', 'aws:SourceAccount': '111122223333' } }))).not.toContain('RTC622')
  })

  test('a condition on the account that owns the resource, holding for the statement\'s own resources, limits no caller (RTC623)', () => {
    const queue = 'arn:aws:sqs:us-east-1:111122223333:orders'
    const open = (Condition: unknown, Resource: unknown = queue) => doc({ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource, Condition })
    const [f] = only('RTC623', open({ StringEquals: { 'aws:ResourceAccount': '111122223333' } }))
    expect(f.message).toContain('StringEquals aws:ResourceAccount (the account of the resource itself, 111122223333, whoever calls), which every caller can meet: anyone is allowed.')
    expect(codes(open({ StringLike: { 'aws:ResourceAccount': '1111*' } }))).toContain('RTC623')
    expect(codes(open({ StringNotEquals: { 'aws:ResourceAccount': '444455556666' } }))).toContain('RTC623')
    expect(codes(doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/*', Condition: { StringEquals: { 's3:ResourceAccount': '111122223333' } } }))).toContain('RTC623')
    // Another account (the statement grants nothing), no account in the ARN (a bucket), resources of two accounts, or a caller key beside it: not reported.
    expect(codes(open({ StringEquals: { 'aws:ResourceAccount': '444455556666' } }))).not.toContain('RTC623')
    expect(codes(doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', Condition: { StringEquals: { 's3:ResourceAccount': '111122223333' } } }))).not.toContain('RTC623')
    expect(codes(open({ StringEquals: { 'aws:ResourceAccount': '111122223333' } }, [queue, 'arn:aws:sqs:us-east-1:444455556666:orders']))).not.toContain('RTC623')
    expect(codes(open({ StringEquals: { 'aws:ResourceAccount': '111122223333', 'aws:PrincipalAccount': '111122223333' } }))).not.toContain('RTC623')
  })

  test.each([
    ['sqs:SendMessage', 'arn:aws:sqs:us-east-1:111122223333:orders'],
    ['sns:Publish', 'arn:aws:sns:us-east-1:111122223333:alerts'],
    ['secretsmanager:GetSecretValue', '*'],
    ['kms:Decrypt', '*']
  ])('%s to "*" with only aws:SecureTransport is public (RTC623)', (action, resource) => {
    const open = doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: action, Resource: resource, Condition: { Bool: { 'aws:SecureTransport': 'true' } } })
    expect(codes(open)).toContain('RTC623')
    for (const limit of [{ 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' }, { 'aws:SourceArn': 'arn:aws:s3:::b' }, { 'kms:CallerAccount': '111122223333' }]) {
      const limited = doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: action, Resource: resource, Condition: { Bool: { 'aws:SecureTransport': 'true' }, StringEquals: limit } })
      expect(codes(limited)).not.toContain('RTC623')
    }
  })

  test('a trust policy too; never an identity policy or an endpoint policy', () => {
    const open = { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }
    expect(codes(doc(open), 'trust')).toContain('RTC623')
    expect(codes(doc({ ...open, Action: 's3:GetObject', Resource: '*' }), 'endpoint')).not.toContain('RTC623')
  })

  test.each([
    [{ StringEquals: { 'sts:ExternalId': 'ext-4711' } }],
    [{ StringEquals: { 'sts:RoleSessionName': 'etl' } }],
    [{ StringLike: { 'sts:SourceIdentity': 'build-*' }, Bool: { 'aws:SecureTransport': 'true' } }]
  ])('a trust of "*" limited only by values the caller sets (%j) lets anyone in who learns them (RTC623)', (Condition) => {
    const trust = (condition: object) => doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: condition })
    const [finding] = only('RTC623', trust(Condition), 'trust')
    expect(finding.message).toContain('anyone can assume the role')
    // Beside a condition on who the caller is, the external id is what AWS means it for: no finding.
    expect(codes(trust({ ...Condition, StringEqualsIfExists: { 'aws:PrincipalAccount': '444455556666' } }), 'trust')).not.toContain('RTC623')
  })

  // Session tags are passed by whoever assumes a role and become its aws:PrincipalTag (IAM User Guide, "Pass
  // session tags in AWS STS"); IAM tags are set by the principal's own account; a request's tags by the caller.
  // With Principal "*" a principal of any account can carry the tags such a condition asks for.
  test.each([
    ['a principal tag', { StringEquals: { 'aws:PrincipalTag/department': 'finance' } }, 'aws:PrincipalTag/department'],
    ['a principal tag equal to the resource tag', { StringEquals: { 'aws:PrincipalTag/project': '${aws:ResourceTag/project}' } }, 'aws:PrincipalTag/project'],
    ['a principal tag present at all', { Null: { 'aws:PrincipalTag/cost-center': 'false' } }, 'aws:PrincipalTag/cost-center'],
    ['the tags of the request', { StringEquals: { 'aws:RequestTag/owner': 'ops' }, 'ForAllValues:StringEquals': { 'aws:TagKeys': ['owner'] } }, 'aws:RequestTag/owner, aws:TagKeys']
  ])('Principal "*" limited only by %s lets a principal of any account in (RTC623)', (_what, Condition, keys) => {
    const ledger = (condition: object) =>
      doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: 'arn:aws:dynamodb:eu-west-1:210987654321:table/ledger', Condition: condition })
    const found = only('RTC623', ledger(Condition))
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining(`limited only by ${keys}, which say how a request is made, what it acts on or hold values the caller chooses`)])
    const role = doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['sts:AssumeRole', 'sts:TagSession'], Condition })
    expect(only('RTC623', role, 'trust').map((f) => f.message)).toEqual([expect.stringContaining('anyone can assume the role')])
    // Beside a condition on who the caller is (the attribute-based pattern), the tag limits within that account: no finding.
    expect(codes(ledger({ ...Condition, StringEqualsIfExists: { 'aws:PrincipalAccount': '210987654321' } }))).not.toContain('RTC623')
    expect(codes(ledger({ ...Condition, ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::210987654321:role/ledger-*' } }))).not.toContain('RTC623')
  })

  // Every account has role sessions, users and federated users (aws:PrincipalType), and a resource's tags choose what
  // is open, not to whom: with Principal "*" such a statement opens the tagged resources to any account's principals.
  test.each([
    ['the kind of principal', { StringEquals: { 'aws:PrincipalType': 'AssumedRole' } }, 'aws:PrincipalType'],
    ['the resource\'s tags', { StringEquals: { 'aws:ResourceTag/public': 'yes' } }, 'aws:ResourceTag/public'],
    ['a service\'s own resource tag key', { StringEquals: { 's3:ExistingObjectTag/classification': 'public' } }, 's3:ExistingObjectTag/classification'],
    ['a tag and the principal type together', { StringEquals: { 'ec2:ResourceTag/team': 'data', 'aws:PrincipalType': 'User' } }, 'ec2:ResourceTag/team, aws:PrincipalType']
  ])('Principal "*" limited only by %s lets a principal of any account in (RTC623)', (_what, Condition, keys) => {
    const bucket = (condition: object) => doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', Condition: condition })
    expect(only('RTC623', bucket(Condition)).map((f) => f.message)).toEqual([expect.stringContaining(`limited only by ${keys}, which say how a request is made, what it acts on`)])
    // With a condition on whose principal calls beside it, the statement opens the tagged resources to that organization only.
    expect(codes(bucket({ ...Condition, StringEqualsIgnoreCase: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }))).not.toContain('RTC623')
  })
})

describe('RTC623: conditions on the caller that every caller can meet', () => {
  const bucket = (Condition: unknown) => doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', Condition })

  test.each([
    ['negated: every account but one', { StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } }, 'every caller but those named'],
    ['negated: every organization but one', { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }, 'every caller but those named'],
    ['"*" under a Like operator', { StringLike: { 'aws:PrincipalArn': '*' } }, 'in any account'],
    ['a role name in any account', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/deploy' } }, 'in any account'],
    ['every address', { IpAddress: { 'aws:SourceIp': ['0.0.0.0/0', '::/0'] } }, 'in any account'],
    ['only that the caller is in some organization', { Null: { 'aws:PrincipalOrgID': 'false' } }, 'only that the key be there'],
    ['only that the request does not come through a VPC endpoint', { Null: { 'aws:SourceVpce': 'true' } }, 'does not come through a VPC endpoint'],
    ['IfExists on a key absent outside a VPC endpoint', { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }, 'does not come through a VPC endpoint'],
    ['ForAllValues on org paths, absent outside any organization', { 'ForAllValues:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*' } }, 'in no organization'],
    ['IfExists on a source key, absent from a direct call', { ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:alerts' } }, 'no AWS service makes'],
    // Every organization id is "o-" and letters and digits (AWS Organizations), every path starts with one.
    ['an organization id pattern every organization matches', { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }, 'in any organization'],
    ['an organization path pattern every organization matches', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-*/*'] } }, 'in any organization']
  ])('%s lets anyone in (RTC623)', (_what, Condition, why) => {
    const found = only('RTC623', bucket(Condition))
    expect(found).toHaveLength(1)
    expect(found[0].message).toContain(why)
    expect(found[0].message).toContain('which every caller can meet: anyone is allowed')
  })

  test('a trust policy of "*" limited to a role name in any account lets anyone assume it', () => {
    const trust = doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/deploy' } } })
    expect(only('RTC623', trust, 'trust').map((f) => f.message)).toEqual([expect.stringContaining('anyone can assume the role')])
  })

  test.each([
    ['a named account', { StringEquals: { 'aws:PrincipalAccount': '111122223333' } }],
    ['a role of a named account', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } }],
    ['a literal "*" (StringEquals matches no ARN)', { StringEquals: { 'aws:PrincipalArn': '*' } }],
    ['a named network', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }],
    ['service-linked roles, which no one makes by name', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/aws-service-role/*' } }],
    ['a bucket, unique across accounts, as the source', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:reports-bucket' } }],
    ['IfExists on a key every signed request has', { StringEqualsIfExists: { 'aws:PrincipalAccount': '111122223333' } }],
    ['one condition that limits beside one that does not', { StringNotEquals: { 'aws:PrincipalAccount': '111122223333' }, StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }],
    ['a path pattern under one organization', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-a1b2c3d4e5/*'] } }]
  ])('%s may limit who: no finding', (_what, Condition) => {
    expect(codes(bucket(Condition))).not.toContain('RTC623')
  })

  // A key policy statement to "*" limited only by the service the request comes
  // through lets a principal of any account have that service use the key: the
  // KMS Developer Guide's own via-service statements add kms:CallerAccount.
  const ROOT = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }
  const key = (Condition: unknown) => doc(ROOT, { Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Decrypt', 'kms:CreateGrant'], Resource: '*', Condition })

  test.each([
    ['kms:ViaService', { StringEquals: { 'kms:ViaService': 'ec2.us-west-2.amazonaws.com' } }],
    ['kms:GrantIsForAWSResource', { Bool: { 'kms:GrantIsForAWSResource': 'true' } }],
    ['aws:CalledVia', { 'ForAnyValue:StringEquals': { 'aws:CalledVia': 'athena.amazonaws.com' } }],
    ['aws:ViaAWSService', { Bool: { 'aws:ViaAWSService': 'true' } }]
  ])('a key policy to "*" limited only by %s lets any account in (RTC623)', (key_, Condition) => {
    const found = only('RTC623', key(Condition))
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining(`limited only by ${key_}`)])
  })

  test('kms:ViaService beside kms:CallerAccount (the default via-service statement) limits who: no finding', () => {
    const found = codes(key({ StringEquals: { 'kms:ViaService': 'ec2.us-west-2.amazonaws.com', 'kms:CallerAccount': '111122223333' } }))
    expect(found).not.toContain('RTC623')
    expect(found).not.toContain('RTC601')
  })
})

describe('RTC606 and RTC624: privilege escalation paths', () => {
  const allow = (Action: unknown, Resource: unknown = '*') => ({ Effect: 'Allow', Action, Resource })

  test('every action of the table exists in the catalogue', () => {
    for (const path of ESCALATION_PATHS) for (const step of path.steps) for (const action of step) expect(actionsMatching(action).map((a) => a.fullName.toLowerCase())).toEqual([action.toLowerCase()])
  })

  test.each([
    [['iam:PassRole', 'lambda:CreateFunction']],
    [['iam:PassRole', 'ec2:RunInstances']],
    [['iam:PassRole', 'glue:CreateDevEndpoint']],
    [['iam:PassRole', 'cloudformation:CreateStack']],
    [['iam:PassRole', 'sagemaker:CreateTrainingJob']],
    [['iam:PassRole', 'ecs:RegisterTaskDefinition']],
    [['iam:PassRole', 'codebuild:CreateProject']],
    [['iam:PassRole', 'datapipeline:CreatePipeline']],
    [['lambda:UpdateFunctionCode']],
    [['ssm:SendCommand']],
    [['ssm:StartSession']],
    [['ec2-instance-connect:SendSSHPublicKey']],
    [['glue:UpdateDevEndpoint']],
    [['ecs:ExecuteCommand']]
  ])('%j on "*" is a path (RTC624)', (actions) => {
    expect(codes(doc(allow(actions)))).toContain('RTC624')
  })

  test('a compute action without iam:PassRole, or PassRole limited to a named role, is not', () => {
    expect(codes(doc(allow(['lambda:CreateFunction', 'ec2:RunInstances'])))).not.toContain('RTC624')
    expect(codes(doc(allow('iam:PassRole', 'arn:aws:iam::111122223333:role/etl'), allow('lambda:CreateFunction')))).not.toContain('RTC624')
  })

  test('the steps may be in different statements; wildcards are expanded (lambda:*, iam:Pass*)', () => {
    expect(codes(doc(allow('iam:Pass*'), allow('lambda:*')))).toContain('RTC624')
    expect(codes(doc(allow('iam:PassRole'), allow('lambda:Create*')))).toContain('RTC624')
  })

  test('"any function" means "*" or every function ARN, not one named function', () => {
    expect(codes(doc(allow('lambda:UpdateFunctionCode', 'arn:aws:lambda:*:*:function:*')))).toContain('RTC624')
    expect(codes(doc(allow('lambda:UpdateFunctionCode', 'arn:aws:lambda:us-east-1:111122223333:function:etl')))).not.toContain('RTC624')
  })

  test('a broad resource of another service grants no IAM or compute action: NotAction on a bucket\'s objects is no path', () => {
    // IAM matches Resource against the ARN of what the request acts on: iam:PassRole acts on
    // arn:aws:iam::...:role/..., never on arn:aws:s3:::..., whatever else the ARN's wildcards say.
    const onBucket = (Resource: unknown) => doc({ Effect: 'Allow', NotAction: 's3:DeleteObject', Resource })
    expect(codes(onBucket('arn:aws:s3:::reports/*'))).not.toContain('RTC606')
    expect(codes(doc(allow(['iam:PassRole', 'iam:CreateAccessKey', 'lambda:UpdateFunctionCode'], 'arn:aws:s3:::*')))).not.toContain('RTC606')
    expect(codes(doc(allow(['iam:PassRole', 'lambda:UpdateFunctionCode', 'glue:UpdateDevEndpoint'], 'arn:aws:s3:::*')))).not.toContain('RTC624')
    // Beside a resource of the action's own service, or one whose service part is a wildcard, it still is.
    const both = only('RTC606', onBucket(['arn:aws:s3:::reports/*', 'arn:aws:iam::111122223333:role/*']))
    expect(both).toHaveLength(1)
    expect(both[0].message).toContain('on arn:aws:iam::111122223333:role/*:')
    expect(codes(doc(allow(['iam:PassRole', 'ec2:RunInstances'], 'arn:aws:*:*:*:*')))).toEqual(expect.arrayContaining(['RTC606', 'RTC624']))
    // An action acting on another service's resources (ssm:StartSession on EC2 instances) keeps them.
    expect(codes(doc(allow('ssm:StartSession', 'arn:aws:ec2:*:*:instance/*')))).toContain('RTC624')
  })

  test('a broad resource counts only when it can name what the path goes through, not any other resource type of the action', () => {
    // ssm:SendCommand also acts on the output bucket and the SSM document (Service Authorization Reference): every
    // bucket or every document lets the holder run commands on no instance; every instance does.
    for (const Resource of ['arn:aws:s3:::*', 'arn:aws:s3:::output-bucket/*', 'arn:aws:ssm:*:*:document/*', 'arn:aws:ec2:*:*:subnet/*']) {
      expect(codes(doc(allow(['ssm:SendCommand', 'ssm:StartSession'], Resource)))).not.toContain('RTC624')
    }
    expect(codes(doc(allow('ssm:SendCommand', ['arn:aws:ssm:*:*:document/*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0'])))).not.toContain('RTC624')
    const everyInstance = only('RTC624', doc(allow('ssm:SendCommand', ['arn:aws:s3:::output-bucket', 'arn:aws:ssm:*:*:document/*', 'arn:aws:ec2:*:*:instance/*'])))
    expect(everyInstance).toHaveLength(1)
    expect(everyInstance[0].message).toContain('ssm:SendCommand on arn:aws:ec2:*:*:instance/* (statement 1)')
    expect(codes(doc(allow('ssm:SendCommand', ['arn:aws:ssm:*:*:document/*', 'arn:aws:ssm:*:*:managed-instance/*'])))).toContain('RTC624')
    // ec2:RunInstances with a role passed: the role lands on the instance, not on a subnet or an image.
    expect(codes(doc(allow('iam:PassRole'), allow('ec2:RunInstances', ['arn:aws:ec2:*:*:subnet/*', 'arn:aws:ec2:*::image/*'])))).not.toContain('RTC624')
    expect(codes(doc(allow('iam:PassRole'), allow('ec2:RunInstances', 'arn:aws:ec2:*:*:instance/*')))).toContain('RTC624')
    // A resource of the action's own service but of no type it acts on: lambda:UpdateFunctionCode on every layer.
    expect(codes(doc(allow('lambda:UpdateFunctionCode', 'arn:aws:lambda:us-east-1:111122223333:layer:*')))).not.toContain('RTC624')
  })

  test('ssm:SendCommand is a path only with a document that runs any command (or every document) beside every instance', () => {
    // The document is SendCommand's required resource: on named documents that do one thing (AWS Backup's
    // AWSEC2-CreateVssSnapshot) the holder runs that, not any command.
    const onInstances = (documents: string[]) => doc(allow('ssm:SendCommand', [...documents, 'arn:aws:ec2:*:*:instance/*']))
    expect(codes(onInstances(['arn:aws:ssm:*:*:document/AWSEC2-CreateVssSnapshot']))).not.toContain('RTC624')
    expect(codes(onInstances(['arn:aws:ssm:*::document/AWSLicenseManager-*']))).not.toContain('RTC624')
    for (const document of ['arn:aws:ssm:*:*:document/AWS-RunPowerShellScript', 'arn:aws:ssm:us-east-1::document/AWS-RunShellScript', 'arn:aws:ssm:*::document/AWS-*', 'arn:aws:ssm:*:*:document/*']) {
      expect(codes(onInstances([document]))).toContain('RTC624')
    }
    // The document may come from another statement; "*" and NotResource name every document.
    expect(codes(doc(allow('ssm:SendCommand', 'arn:aws:ec2:*:*:instance/*'), allow('ssm:SendCommand', 'arn:aws:ssm:*::document/AWS-RunShellScript')))).toContain('RTC624')
    expect(codes(doc(allow('ssm:SendCommand')))).toContain('RTC624')
    // ssm:StartSession needs no document (a session without one is a shell).
    expect(codes(doc(allow('ssm:StartSession', 'arn:aws:ec2:*:*:instance/*')))).toContain('RTC624')
  })

  test('a statement that applies only to calls an AWS service makes for the holder (aws:CalledVia, aws:ViaAWSService) grants no path', () => {
    const via = (Condition: unknown) => doc({ ...allow(['iam:PassRole', 'lambda:CreateFunction', 'ssm:SendCommand']), Condition })
    expect(codes(via({ 'ForAnyValue:StringEquals': { 'aws:CalledVia': ['mgn.amazonaws.com'] } }))).not.toContain('RTC624')
    expect(codes(via({ StringEquals: { 'aws:CalledViaFirst': 'cloudformation.amazonaws.com' } }))).not.toContain('RTC624')
    expect(codes(via({ Bool: { 'aws:ViaAWSService': 'true' } }))).not.toContain('RTC624')
    // Conditions that do not need a service in between leave the path.
    expect(codes(via({ Bool: { 'aws:ViaAWSService': 'false' } }))).toContain('RTC624')
    expect(codes(via({ StringNotEquals: { 'aws:CalledVia': 'mgn.amazonaws.com' } }))).toContain('RTC624')
    expect(codes(via({ StringEqualsIfExists: { 'aws:CalledVia': 'mgn.amazonaws.com' } }))).toContain('RTC624')
  })

  test('a Deny of every action ("*") on every resource cancels the paths too', () => {
    const notAction = { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }
    expect(codes(doc(notAction))).toContain('RTC624')
    expect(codes(doc(notAction, { Effect: 'Deny', Action: '*', Resource: '*' }))).not.toContain('RTC624')
    expect(codes(doc(allow('iam:*'), { Effect: 'Deny', Action: '*', Resource: '*' }))).not.toContain('RTC606')
  })

  test('NotAction that leaves a path in grants it', () => {
    const text = doc({ Effect: 'Allow', NotAction: ['iam:Update*', 'iam:Create*', 'iam:Attach*'], Resource: '*' })
    expect(codes(text)).toEqual(expect.arrayContaining(['RTC606', 'RTC618', 'RTC624']))
  })

  test('an unconditional Deny that covers the path cancels it; a conditional one does not', () => {
    const path = allow(['iam:PassRole', 'lambda:CreateFunction'])
    expect(codes(doc(path, { Effect: 'Deny', Action: 'lambda:CreateFunction', Resource: '*' }))).not.toContain('RTC624')
    expect(codes(doc(path, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }))).not.toContain('RTC624')
    expect(codes(doc(path, { Effect: 'Deny', Action: 'lambda:CreateFunction', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }))).toContain('RTC624')
    // A Deny on one named function does not cover "*".
    expect(codes(doc(path, { Effect: 'Deny', Action: 'lambda:CreateFunction', Resource: 'arn:aws:lambda:us-east-1:111122223333:function:x' }))).toContain('RTC624')
  })

  test('IAM\'s own paths (RTC606) are cancelled by a Deny the same way (iam-vulnerable\'s fp1)', () => {
    expect(codes(doc(allow('iam:*')))).toContain('RTC606')
    expect(codes(doc(allow('iam:*'), { Effect: 'Deny', Action: 'iam:*', Resource: '*' }))).not.toContain('RTC606')
  })

  describe('an Allow bounded by iam:PermissionsBoundary (delegated IAM administration)', () => {
    const BOUNDARY = 'arn:aws:iam::111122223333:policy/DeveloperBoundary'
    const bounded = (Action: unknown, Condition: unknown, Resource: unknown = 'arn:aws:iam::111122223333:role/*') => ({ Effect: 'Allow', Action, Resource, Condition })
    const DELEGATION = ['iam:CreateRole', 'iam:AttachRolePolicy', 'iam:PutRolePolicy', 'iam:DetachRolePolicy', 'iam:PutRolePermissionsBoundary']

    test('keeps what it hands out within the boundary: no escalation, and no RTC617 on its writes', () => {
      for (const op of ['StringEquals', 'ArnEquals', 'ArnLike', 'StringLike', 'StringEqualsIgnoreCase', 'ForAnyValue:StringEquals']) {
        const found = codes(doc(bounded(DELEGATION, { [op]: { 'iam:PermissionsBoundary': BOUNDARY } })))
        // (ForAnyValue: on a single-valued key is RTC408's, and still false when the key is absent.)
        expect([op, found]).toEqual([op, op.startsWith('ForAnyValue') ? ['RTC408'] : []])
      }
      // Several boundaries named, and the key in any case.
      expect(codes(doc(bounded(DELEGATION, { StringEquals: { 'IAM:permissionsBoundary': [BOUNDARY, `${BOUNDARY}2`] } }, '*')))).toEqual([])
    })

    test('still reports the actions that take a boundary off, and the actions the condition cannot reach are never granted', () => {
      const lifting = only('RTC606', doc(bounded([...DELEGATION, 'iam:DeleteRolePermissionsBoundary'], { StringEquals: { 'iam:PermissionsBoundary': BOUNDARY } })))
      expect(lifting).toHaveLength(1)
      expect(lifting[0].message).toContain('iam:DeleteRolePermissionsBoundary')
      expect(lifting[0].message).not.toContain('iam:CreateRole')
      // iam:PassRole and lambda:CreateFunction do not take the key: under the condition they are never allowed.
      expect(codes(doc(bounded(['iam:PassRole', 'lambda:CreateFunction'], { StringEquals: { 'iam:PermissionsBoundary': BOUNDARY } }, '*')))).not.toContain('RTC624')
      // The same grants with the boundary in another statement are a path again.
      expect(codes(doc(bounded(['iam:PassRole'], { StringEquals: { 'iam:PermissionsBoundary': BOUNDARY } }, '*'), allow('iam:PassRole'), allow('lambda:CreateFunction')))).toContain('RTC624')
    })

    test.each([
      ['negated', { StringNotEquals: { 'iam:PermissionsBoundary': BOUNDARY } }],
      ['true when the key is absent (IfExists)', { StringEqualsIfExists: { 'iam:PermissionsBoundary': BOUNDARY } }],
      ['true when the key is absent (ForAllValues)', { 'ForAllValues:StringEquals': { 'iam:PermissionsBoundary': BOUNDARY } }],
      ['any boundary the holder may make', { StringLike: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/*' } }],
      ['a boundary named by a variable', { StringEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/${aws:username}' } }],
      ['only checks that a boundary is set', { Null: { 'iam:PermissionsBoundary': 'false' } }],
      ['another key', { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } }]
    ])('a condition that bounds nothing (%s) leaves the escalation reported', (_what, Condition) => {
      expect(codes(doc(bounded(DELEGATION, Condition)))).toContain('RTC606')
    })
  })

  test('Action "*" is full administrator (RTC603), not repeated as a path', () => {
    expect(codes(doc(allow('*')))).toEqual(['RTC603'])
  })

  test('one RTC624 per document, naming the first path and counting the others', () => {
    const found = only('RTC624', doc(allow(['iam:PassRole', 'lambda:CreateFunction', 'lambda:UpdateFunctionCode', 'ssm:SendCommand'])))
    expect(found).toHaveLength(1)
    expect(found[0].severity).toBe('warning')
    expect(found[0].message).toContain('lambda:UpdateFunctionCode')
    expect(found[0].message).toContain('also')
  })

  test('ECS Exec: ecs:ExecuteCommand on every task is a shell in any task (the ssmmessages channel is the task role\'s, not the caller\'s)', () => {
    const exec = only('RTC624', doc(allow('ecs:ExecuteCommand', ['arn:aws:ecs:*:111122223333:cluster/*', 'arn:aws:ecs:*:111122223333:task/*'])))
    expect(exec.map((f) => f.message)).toEqual([expect.stringContaining('open a shell in any running ECS task')])
    expect(codes(doc(allow('ecs:*')))).toContain('RTC624')
    // The ECS guide's policy for one cluster's tasks, or every cluster but no task, reaches no task of every cluster.
    expect(codes(doc(allow('ecs:ExecuteCommand', ['arn:aws:ecs:us-east-1:111122223333:cluster/prod', 'arn:aws:ecs:us-east-1:111122223333:task/prod/*'])))).not.toContain('RTC624')
    expect(codes(doc(allow('ecs:ExecuteCommand', 'arn:aws:ecs:*:111122223333:cluster/*')))).not.toContain('RTC624')
    expect(codes(doc(allow(['ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel', 'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel'])))).not.toContain('RTC624')
  })

  test('iam:PassRole limited by iam:PassedToService passes roles only along the paths to those services', () => {
    const passTo = (service: unknown, operator = 'StringEquals') => ({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { [operator]: { 'iam:PassedToService': service } } })
    // Passed to CloudWatch or EC2 only: no role reaches a new Lambda function.
    expect(codes(doc(passTo('cloudwatch.amazonaws.com'), allow('lambda:CreateFunction')))).not.toContain('RTC624')
    expect(codes(doc(passTo(['ec2.amazonaws.com', 'glue.amazonaws.com']), allow(['lambda:CreateFunction', 'codebuild:CreateProject'])))).not.toContain('RTC624')
    // To the path's own service (China Regions' spelling, a pattern, ECS task roles), it does.
    expect(codes(doc(passTo('lambda.amazonaws.com'), allow('lambda:CreateFunction')))).toContain('RTC624')
    expect(codes(doc(passTo('lambda.amazonaws.com.cn'), allow('lambda:CreateFunction')))).toContain('RTC624')
    expect(codes(doc(passTo('*.amazonaws.com', 'StringLike'), allow('lambda:CreateFunction')))).toContain('RTC624')
    expect(codes(doc(passTo('ecs-tasks.amazonaws.com'), allow('ecs:RunTask')))).toContain('RTC624')
    // A condition that does not limit the service: negated, ...IfExists.
    expect(codes(doc(passTo('ec2.amazonaws.com', 'StringNotEquals'), allow('lambda:CreateFunction')))).toContain('RTC624')
    expect(codes(doc(passTo('ec2.amazonaws.com', 'StringEqualsIfExists'), allow('lambda:CreateFunction')))).toContain('RTC624')
    // Another, unconditioned PassRole statement makes the path.
    expect(codes(doc(passTo('ec2.amazonaws.com'), allow('iam:PassRole'), allow('lambda:CreateFunction')))).toContain('RTC624')
  })

  test('RTC606: attaching only AWS managed policies an iam:PolicyARN condition names is no escalation (AWS\'s Quick Setup policies)', () => {
    const attach = (Condition: unknown, Action: unknown = ['iam:AttachRolePolicy', 'iam:DetachRolePolicy']) => doc({ Effect: 'Allow', Action, Resource: 'arn:aws:iam::*:role/*', Condition })
    const core = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'
    expect(codes(attach({ ArnEquals: { 'iam:PolicyARN': [core, 'arn:aws:iam::aws:policy/service-role/AmazonSSMAutomationRole'] } }))).not.toContain('RTC606')
    expect(codes(attach({ StringEquals: { 'iam:PolicyArn': core } }))).not.toContain('RTC606')
    // The key is in Attach/Detach requests only: other actions of the statement are never allowed by it.
    expect(codes(attach({ ArnEquals: { 'iam:PolicyARN': core } }, ['iam:AttachRolePolicy', 'iam:PutRolePolicy', 'iam:PassRole']))).not.toContain('RTC606')
    // A policy that grants all of IAM, a customer policy (its author may rewrite it), a pattern, or a condition that names none: reported.
    for (const Condition of [
      { ArnEquals: { 'iam:PolicyARN': [core, 'arn:aws:iam::aws:policy/AdministratorAccess'] } },
      { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/IAMFullAccess' } },
      { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::111122223333:policy/team-app' } },
      { ArnLike: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/*' } },
      { ArnNotEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess' } },
      { ArnEqualsIfExists: { 'iam:PolicyARN': core } }
    ]) {
      expect({ Condition, codes: codes(attach(Condition)) }).toEqual({ Condition, codes: expect.arrayContaining(['RTC606']) })
    }
  })

  test('RTC606: iam:PassRole limited by iam:PassedToService to named services is left to the paths through them (RTC624)', () => {
    const passTo = (service: unknown, operator = 'StringEquals', Action: unknown = 'iam:PassRole') => ({ Effect: 'Allow', Action, Resource: '*', Condition: { [operator]: { 'iam:PassedToService': service } } })
    // AWS's managed policies (AWSAppRunnerFullAccess, AmazonRDSFullAccess...) pass roles to their own service this way.
    expect(codes(doc(passTo('apprunner.amazonaws.com', 'StringLike')))).not.toContain('RTC606')
    expect(codes(doc(passTo(['ec2.amazonaws.com', 'ec2.amazonaws.com.cn'])))).not.toContain('RTC606')
    expect(codes(doc(passTo('ec2.amazonaws.com*', 'StringLike')))).not.toContain('RTC606')
    expect(codes(doc(passTo('rds.amazonaws.com', 'StringEquals', ['iam:PassRole', 'iam:GetRole'])))).not.toContain('RTC606')
    // The path through the named service is still RTC624's.
    expect(codes(doc(passTo('lambda.amazonaws.com'), allow('lambda:CreateFunction')))).toEqual(expect.arrayContaining(['RTC624']))
    // A condition that leaves the service open, or does not hold when the key is absent, limits nothing.
    for (const [service, operator] of [['*', 'StringLike'], ['*.amazonaws.com', 'StringLike'], ['e*', 'StringLike'], ['${aws:PrincipalTag/service}', 'StringEquals'], ['ec2.amazonaws.com', 'StringNotEquals'], ['ec2.amazonaws.com', 'StringEqualsIfExists'], ['ec2.amazonaws.com', 'ForAllValues:StringEquals']]) {
      expect({ service, operator, codes: codes(doc(passTo(service, operator))) }).toEqual({ service, operator, codes: expect.arrayContaining(['RTC606']) })
    }
    // Other IAM actions of the same statement are still reported.
    const [f] = only('RTC606', doc(passTo('ec2.amazonaws.com', 'StringEquals', ['iam:PassRole', 'iam:PutRolePolicy'])))
    expect(f.message).toMatch(/^iam:PutRolePolicy on "\*"/)
  })

  test('RTC606 on iam:PassRole under an IfExists iam:PassedToService says why the condition does not limit it', () => {
    // The IAM guide: "AWS services that support iam:PassedToService also support" iam:AssociatedResourceArn, so
    // not every service sends the key; StringEqualsIfExists (as some of AWS's service-linked role policies write
    // it) is true when the service a role is passed to does not send it, and lets the role go to that service.
    const passTo = (operator: string) => ({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { [operator]: { 'iam:PassedToService': 'ec2.amazonaws.com' } } })
    for (const operator of ['StringEqualsIfExists', 'StringLikeIfExists', 'ForAllValues:StringEquals']) {
      const [f] = only('RTC606', doc(passTo(operator)))
      expect(f.message).toBe(`iam:PassRole on "*": the holder can raise its own (or others') privileges (its ${operator} on iam:PassedToService is true when the service a role is passed to does not send the key, so it limits nothing).`)
    }
    // A plain Resource "*" grant says nothing of conditions.
    expect(only('RTC606', doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }))[0].message).toBe(`iam:PassRole on "*": the holder can raise its own (or others') privileges.`)
  })

  describe('a grant limited to tagged resources (aws:ResourceTag, ssm:resourceTag...)', () => {
    const tagged = (Action: unknown, Resource: unknown, Condition: unknown) => ({ Effect: 'Allow', Action, Resource, Condition })
    // The Session Manager guide's "Restrict access to instances based on tags".
    const sessionByTag = tagged('ssm:StartSession', 'arn:aws:ec2:*:*:instance/*', { StringLike: { 'ssm:resourceTag/Finance': ['WebServers'] } })

    test('reaches the tagged functions, instances or roles only: no path through other services', () => {
      expect(codes(doc(sessionByTag))).not.toContain('RTC624')
      expect(codes(doc(tagged('lambda:UpdateFunctionCode', '*', { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } })))).not.toContain('RTC624')
      expect(codes(doc(tagged('iam:PassRole', '*', { StringEquals: { 'iam:ResourceTag/app': 'etl' } }), allow('lambda:CreateFunction')))).not.toContain('RTC624')
    })

    test('is still a path when the policy lets the holder tag, or the condition limits nothing', () => {
      const retag = only('RTC624', doc(sessionByTag, allow('ec2:CreateTags', 'arn:aws:ec2:*:*:instance/*')))
      expect(retag).toHaveLength(1)
      expect(retag[0].message).toContain('its tag condition does not bound it: the policy also allows ec2:CreateTags')
      expect(codes(doc(sessionByTag, allow('ec2:*', 'arn:aws:ec2:*:*:instance/*')))).toContain('RTC624')
      expect(codes(doc(sessionByTag, allow('*', 'arn:aws:ec2:*:*:instance/*')))).toContain('RTC624')
      for (const Condition of [
        { StringLike: { 'aws:ResourceTag/team': '*' } },
        { StringNotEquals: { 'aws:ResourceTag/team': 'prod' } },
        { StringEqualsIfExists: { 'aws:ResourceTag/team': 'dev' } },
        { Null: { 'aws:ResourceTag/team': 'false' } },
        { StringEquals: { 'aws:RequestTag/team': 'dev' } }
      ]) {
        expect({ Condition, codes: codes(doc(tagged('ssm:StartSession', '*', Condition))) }).toEqual({ Condition, codes: expect.arrayContaining(['RTC624']) })
      }
      // Only one step tag-limited, the other step granted otherwise too: the untagged grant makes the path.
      expect(codes(doc(tagged('iam:PassRole', '*', { StringEquals: { 'iam:ResourceTag/app': 'etl' } }), allow('iam:PassRole'), allow('lambda:CreateFunction')))).toContain('RTC624')
    })

    test('tagging what the path does not go through leaves the bound in place', () => {
      // Another service's resources, or the tagging API that needs the service's own permission besides.
      for (const tagging of ['s3:PutBucketTagging', 'lambda:TagResource', 'tag:TagResources', 'applicationinsights:*']) {
        expect({ tagging, codes: codes(doc(sessionByTag, allow(tagging))) }).toEqual({ tagging, codes: expect.not.arrayContaining(['RTC624']) })
      }
      // Roles tagged for passing, and the policy may tag roles: it could pass any role.
      const passTagged = tagged('iam:PassRole', '*', { StringEquals: { 'iam:ResourceTag/app': 'etl' } })
      expect(codes(doc(passTagged, allow('lambda:CreateFunction'), allow('lambda:TagResource')))).not.toContain('RTC624')
      expect(codes(doc(passTagged, allow('lambda:CreateFunction'), allow('iam:TagRole')))).toContain('RTC624')
    })

    test('a tagging grant that cannot tag existing resources of the kind, or only those already in scope, does not unbound it', () => {
      const rdsCustom = { StringLike: { 'aws:ResourceTag/AWSRDSCustom': ['custom-oracle', 'custom-sqlserver'] } }
      const send = [allow('ssm:SendCommand', 'arn:aws:ssm:*:*:document/*'), tagged('ssm:SendCommand', 'arn:aws:ec2:*:*:instance/*', rdsCustom)]
      // AmazonRDSCustomServiceRolePolicy: CreateTags only on resources already tagged so, or only with a create action.
      expect(codes(doc(...send, tagged('ec2:CreateTags', '*', rdsCustom)))).not.toContain('RTC624')
      expect(codes(doc(...send, tagged('ec2:CreateTags', '*', { StringEquals: { 'ec2:CreateAction': ['RunInstances', 'CreateVolume'] } })))).not.toContain('RTC624')
      // Tags on snapshots only, or only through a service acting for the holder (AmazonLaunchWizardFullAccessV2).
      expect(codes(doc(...send, allow('ec2:CreateTags', 'arn:aws:ec2:*:*:snapshot/*')))).not.toContain('RTC624')
      expect(codes(doc(...send, tagged('ec2:CreateTags', 'arn:aws:ec2:*:*:instance/*', { 'ForAnyValue:StringEquals': { 'aws:CalledVia': 'launchwizard.amazonaws.com' } })))).not.toContain('RTC624')
      // Still a path: tags on instances with another tag's scope, a value beyond the scope's, or create-action negated.
      expect(codes(doc(...send, tagged('ec2:CreateTags', '*', { StringEquals: { 'aws:ResourceTag/team': 'data' } })))).toContain('RTC624')
      expect(codes(doc(...send, tagged('ec2:CreateTags', '*', { StringLike: { 'ec2:ResourceTag/AWSRDSCustom': ['custom-oracle', 'other'] } })))).toContain('RTC624')
      expect(codes(doc(...send, tagged('ec2:CreateTags', '*', { StringNotEquals: { 'ec2:CreateAction': 'RunInstances' } })))).toContain('RTC624')
      expect(codes(doc(...send, allow('ec2:CreateTags', 'arn:aws:ec2:us-east-1:111122223333:instance/*')))).toContain('RTC624')
    })

    test('sts:TagSession puts tags on a session, not on the role: it does not unbound a role tag condition', () => {
      const passTagged = tagged('iam:PassRole', '*', { StringEquals: { 'iam:ResourceTag/app': 'etl' } })
      expect(codes(doc(passTagged, allow(['lambda:CreateFunction', 'sts:TagSession'])))).not.toContain('RTC624')
      expect(codes(doc(passTagged, allow(['lambda:CreateFunction', 'iam:TagRole'])))).toContain('RTC624')
    })

    test('RTC606 does not read tags: a policy written on a tagged role raises privileges all the same', () => {
      expect(codes(doc(tagged('iam:PutRolePolicy', '*', { StringEquals: { 'aws:ResourceTag/team': 'dev' } })))).toContain('RTC606')
    })
  })
})

describe('RTC603 in a resource policy', () => {
  // S3 User Guide, "Delegating access control to access points" (Example 6): the bucket policy allows "*" to
  // {"AWS": "*"} on the bucket, limited to requests through the owner's access points, so that "all access to this
  // bucket is controlled by the policies attached to its access points"; AWS recommends it "for all use cases that
  // don't require direct access to the bucket". Every action it allows is bounded by an access point's own policy.
  const delegating = (Condition: unknown, Principal: unknown = { AWS: '*' }) =>
    doc({ Effect: 'Allow', Principal, Action: '*', Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'], Condition })

  test.each([
    ['the S3 guide\'s policy', { StringEquals: { 's3:DataAccessPointAccount': '111122223333' } }, { AWS: '*' }],
    ['its Object Lambda form, to the account', { StringEquals: { 's3:DataAccessPointAccount': '111122223333' } }, { AWS: 'arn:aws:iam::111122223333:root' }],
    ['a directory bucket\'s key', { StringEquals: { 's3express:DataAccessPointAccount': '111122223333' } }, { AWS: '*' }],
    ['named access points', { ArnEquals: { 's3:DataAccessPointArn': ['arn:aws:s3:us-east-1:111122223333:accesspoint/etl', 'arn:aws:s3:us-east-1:111122223333:accesspoint/bi'] } }, { AWS: '*' }],
    ['the access points of one account by ARN pattern', { ArnLike: { 's3:DataAccessPointArn': 'arn:aws:s3:*:111122223333:accesspoint/*' } }, { AWS: '*' }]
  ])('a bucket policy that delegates access control to access points (%s) is not reported', (_what, condition, principal) => {
    expect(codes(delegating(condition, principal), 'resource')).not.toContain('RTC603')
  })

  test.each([
    ['any account\'s access points', { StringLike: { 's3:DataAccessPointAccount': '*' } }],
    ['an account pattern', { StringLike: { 's3:DataAccessPointAccount': '1111*' } }],
    ['an access point ARN of any account', { ArnLike: { 's3:DataAccessPointArn': 'arn:aws:s3:us-east-1:*:accesspoint/etl' } }],
    ['a variable account', { StringEquals: { 's3:DataAccessPointAccount': '${aws:PrincipalAccount}' } }],
    ['IfExists (a request not through an access point matches)', { StringEqualsIfExists: { 's3:DataAccessPointAccount': '111122223333' } }],
    ['a negated operator', { StringNotEquals: { 's3:DataAccessPointAccount': '111122223333' } }],
    ['another key', { StringEquals: { 'aws:PrincipalAccount': '111122223333' } }]
  ])('every action not limited to the access points of named accounts (%s) is still reported', (_what, condition) => {
    expect(codes(delegating(condition), 'resource')).toContain('RTC603')
  })

  test('says it grants every action on the resource the policy is attached to, not every service or full administrator', () => {
    const owner = doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: '*', Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'] })
    const found = only('RTC603', owner, 'resource')
    expect(found.map((f) => [f.severity, f.line])).toEqual([['warning', 9]])
    expect(found[0].message).toContain('every action on the resource the policy is attached to')
    expect(found[0].message).not.toMatch(/every service|full administrator/)
    const key = doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: '*', Resource: '*' })
    expect(only('RTC603', key, 'resource')[0].message).not.toMatch(/every service|full administrator/)
  })

  test('an identity policy limited to access points still grants every action through them: reported', () => {
    expect(codes(doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 's3:DataAccessPointAccount': '111122223333' } } }), 'identity')).toContain('RTC603')
  })

  test('an identity policy keeps "full administrator"', () => {
    const admin = doc({ Effect: 'Allow', Action: '*', Resource: '*' })
    expect(only('RTC603', admin, 'identity')[0].message).toContain('full administrator')
  })
})
