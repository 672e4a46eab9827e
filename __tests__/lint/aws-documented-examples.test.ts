// Example policies from AWS's own documentation, each linted as the kind the
// page says it is. Every finding the linter gives on them is listed here and
// must be certain: an error on an AWS example is either AWS's defect (named
// beside it: a placeholder the page asks to replace) or a false positive.
// Long lists are shortened; each example cites its page. Beside them, the
// nearest invalid variants of each kind, which must still be reported.
import { lintPolicyText, type PolicyKind } from '../../src/core/lint/lint.js'

type Statement = Record<string, unknown>
const doc = (...Statement: Statement[]) => JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
/** Endpoint policies as the PrivateLink guide writes them, with no Version. */
const unversioned = (...Statement: Statement[]) => JSON.stringify({ Statement }, null, 2)
/** Every error and warning, as `CODE severity`. */
const findings = (text: string, kind: PolicyKind) =>
  lintPolicyText('p.json', text, kind)
    .findings.filter((f) => f.severity !== 'notice')
    .map((f) => `${f.code} ${f.severity}`)

describe('AWS Organizations User Guide: service control policies', () => {
  test.each<[string, string]>([
    [
      // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html
      // "Deny access to AWS based on the requested AWS Region" (NotAction list shortened)
      'Region deny with two exempt administrator roles',
      doc({
        Sid: 'DenyAllOutsideEU',
        Effect: 'Deny',
        NotAction: ['a4b:*', 'budgets:*', 'cloudfront:*', 'ec2:DescribeRegions', 'iam:*', 'organizations:*', 'route53:*', 's3:GetAccountPublic*', 's3:ListAllMyBuckets', 'sts:*', 'support:*'],
        Resource: '*',
        Condition: {
          StringNotEquals: { 'aws:RequestedRegion': ['eu-central-1', 'eu-west-1'] },
          ArnNotLike: { 'aws:PrincipalARN': ['arn:aws:iam::*:role/Role1AllowedToBypassThisSCP', 'arn:aws:iam::*:role/Role2AllowedToBypassThisSCP'] }
        }
      })
    ],
    [
      // same page, "Prevent IAM users and roles from making specified changes, with an exception for a specified admin role"
      'protect a role, with an exception for an admin role',
      doc({
        Sid: 'DenyAccessWithException',
        Effect: 'Deny',
        Action: ['iam:AttachRolePolicy', 'iam:DeleteRole', 'iam:DeleteRolePermissionsBoundary', 'iam:DeleteRolePolicy', 'iam:DetachRolePolicy', 'iam:PutRolePermissionsBoundary', 'iam:PutRolePolicy', 'iam:UpdateAssumeRolePolicy', 'iam:UpdateRole', 'iam:UpdateRoleDescription'],
        Resource: ['arn:aws:iam::*:role/name-of-role-to-deny'],
        Condition: { ArnNotLike: { 'aws:PrincipalARN': 'arn:aws:iam::*:role/name-of-admin-role-to-allow' } }
      })
    ],
    [
      // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_ec2.html
      // "Require IMDSv2" and "Require MFA to stop an instance" (a JSON false, as the page writes it)
      'EC2: IMDSv2 and MFA',
      doc(
        { Sid: 'RequireImdsV2', Effect: 'Deny', Action: 'ec2:RunInstances', Resource: 'arn:aws:ec2:*:*:instance/*', Condition: { StringNotEquals: { 'ec2:MetadataHttpTokens': 'required' } } },
        { Sid: 'MaxImdsHopLimit', Effect: 'Deny', Action: 'ec2:RunInstances', Resource: 'arn:aws:ec2:*:*:instance/*', Condition: { NumericGreaterThan: { 'ec2:MetadataHttpPutResponseHopLimit': '3' } } },
        { Sid: 'RequireAllEc2RolesToUseV2', Effect: 'Deny', Action: '*', Resource: '*', Condition: { NumericLessThan: { 'ec2:RoleDelivery': '2.0' } } },
        { Sid: 'DenyStopAndTerminateWhenMFAIsNotPresent', Effect: 'Deny', Action: ['ec2:StopInstances', 'ec2:TerminateInstances'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': false } } }
      )
    ],
    [
      // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_tagging.html
      // "Require a tag on specified created resources"
      'require a tag on created resources',
      doc(
        { Sid: 'DenyCreateSecretWithNoProjectTag', Effect: 'Deny', Action: 'secretsmanager:CreateSecret', Resource: '*', Condition: { Null: { 'aws:RequestTag/Project': 'true' } } },
        { Sid: 'DenyRunInstanceWithNoProjectTag', Effect: 'Deny', Action: 'ec2:RunInstances', Resource: ['arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:*:*:volume/*'], Condition: { Null: { 'aws:RequestTag/Project': 'true' } } }
      )
    ],
    [
      // orgs_manage_policies_scps_examples_general.html, "Prevent member accounts from leaving the organization"
      'deny leaving the organization',
      doc({ Effect: 'Deny', Action: ['organizations:LeaveOrganization'], Resource: '*' })
    ]
  ])('%s: no finding', (_name, text) => {
    expect(findings(text, 'scp')).toEqual([])
  })
})

describe('AWS Organizations User Guide: resource control policies', () => {
  // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_examples.html
  test('"Enforce secure transport": no finding', () => {
    const text = doc({
      Sid: 'EnforceSecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: ['sts:*', 's3:*', 'sqs:*', 'secretsmanager:*', 'kms:*'],
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } }
    })
    expect(findings(text, 'rcp')).toEqual([])
  })

  test('"Cross-service confused deputy protection": only its placeholders, which the page asks to replace, are errors', () => {
    const text = doc({
      Sid: 'EnforceConfusedDeputyProtection',
      Effect: 'Deny',
      Principal: '*',
      Action: ['s3:*', 'sqs:*', 'kms:*', 'secretsmanager:*', 'sts:*'],
      Resource: '*',
      Condition: {
        StringNotEqualsIfExists: { 'aws:SourceOrgID': 'my-org-id', 'aws:SourceAccount': ['third-party-account-a', 'third-party-account-b'] },
        Bool: { 'aws:PrincipalIsAWSService': 'true' },
        Null: { 'aws:SourceArn': 'false' }
      }
    })
    // AWS's defect as written: "my-org-id" is no organization ID and the account placeholders are not 12 digits,
    // so the negated operator is true for every request. With real values the example is clean.
    expect(findings(text, 'rcp')).toEqual(['RTC414 error', 'RTC407 error', 'RTC407 error'])
    const filled = text.replace('my-org-id', 'o-a1b2c3d4e5').replace('third-party-account-a', '111122223333').replace('third-party-account-b', '444455556666')
    expect(findings(filled, 'rcp')).toEqual([])
  })

  test('"RCPFullAWSAccess" is AWS-managed: as a customer file its Allow is refused', () => {
    expect(findings(doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }), 'rcp')).toEqual(['RTC122 error'])
  })
})

describe('AWS PrivateLink guide: VPC endpoint policies', () => {
  test.each<[string, string]>([
    [
      // https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html, "Allow access to a specific bucket"
      'S3 gateway endpoint: one bucket',
      unversioned({ Sid: 'Access-to-specific-bucket-only', Principal: '*', Action: ['s3:GetObject', 's3:PutObject'], Effect: 'Allow', Resource: ['arn:aws:s3:::my_secure_bucket', 'arn:aws:s3:::my_secure_bucket/*'] })
    ],
    [
      // same page, "Allow access to buckets in a specific account"
      'S3 gateway endpoint: buckets of one account',
      unversioned({ Sid: 'Access-to-bucket-in-specific-account-only', Principal: '*', Action: ['s3:GetObject', 's3:PutObject'], Effect: 'Deny', Resource: 'arn:aws:s3:::*', Condition: { StringNotEquals: { 'aws:ResourceAccount': '111122223333' } } })
    ],
    [
      // https://docs.aws.amazon.com/codeartifact/latest/ug/create-s3-gateway-endpoint.html (CodeArtifact's asset bucket)
      'S3 gateway endpoint: the bucket of an AWS service',
      unversioned({ Sid: 'Access-to-specific-bucket-only', Principal: '*', Action: ['s3:GetObject'], Effect: 'Allow', Resource: ['arn:aws:s3:::assets-193858265520-us-east-1/*'] })
    ],
    [
      // https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/vpc-vpce.policy.html
      'interface endpoint: everything but terminating an environment',
      unversioned({ Action: '*', Effect: 'Allow', Resource: '*', Principal: '*' }, { Action: 'elasticbeanstalk:TerminateEnvironment', Effect: 'Deny', Resource: '*', Principal: '*' })
    ],
    [
      // https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-ddb.html, "Allow access to a specific table"
      'DynamoDB gateway endpoint: one table',
      unversioned({ Sid: 'AccessToSpecificTable', Principal: '*', Action: ['dynamodb:Batch*', 'dynamodb:Delete*', 'dynamodb:DescribeTable', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Update*'], Effect: 'Allow', Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/DOC-EXAMPLE-TABLE' })
    ],
    [
      // https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html, the default endpoint policy
      'the default endpoint policy',
      unversioned({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' })
    ]
  ])('%s: no finding', (_name, text) => {
    expect(findings(text, 'endpoint')).toEqual([])
  })
})

describe("AWS Account Management reference: its VPC endpoint policy example is AWS's defect", () => {
  // https://docs.aws.amazon.com/accounts/latest/reference/vpc-iam.html, as published: the first Resource lacks its
  // closing quote, the ARNs put "iam" where the Region goes (arn:aws::iam:...), and the Deny's Principal is an ARN
  // written as a plain string, which IAM accepts only as "*".
  const published =
    '{ "Version": "2012-10-17", "Statement": [ { "Action": [ "account:GetAlternateContact", "account:PutAlternateContact" ], "Resource": "arn:aws::iam:*:account, "Effect": "Allow", "Principal": { "AWS": "arn:aws::iam:123456789012:user/Alice" } }, { "Action": "account:DeleteAlternateContact", "Resource": "*", "Effect": "Deny", "Principal": "arn:aws::iam:*:root" } ] }'

  test('as published it is not JSON (RTC001)', () => {
    expect(findings(published, 'endpoint')).toEqual(['RTC001 error'])
  })

  test('with the quote closed, the ARNs and the string Principal are errors', () => {
    const quoted = published.replace('account, "Effect"', 'account", "Effect"')
    const errors = findings(quoted, 'endpoint').filter((f) => f.endsWith('error'))
    expect(errors).toEqual(['RTC301 error', 'RTC301 error', 'RTC117 error'])
  })
})

describe('AWS KMS Developer Guide: key policies', () => {
  test('the console default key policy, with another account as key user and its grants for AWS resources: no finding', () => {
    // https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
    // https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html
    const users = { AWS: ['arn:aws:iam::111122223333:role/ExampleRole', 'arn:aws:iam::444455556666:root'] }
    const text = JSON.stringify({
      Version: '2012-10-17',
      Id: 'key-consolepolicy-3',
      Statement: [
        { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
        {
          Sid: 'Allow access for Key Administrators',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:role/KMSKeyAdmin' },
          Action: ['kms:Create*', 'kms:Describe*', 'kms:Enable*', 'kms:List*', 'kms:Put*', 'kms:Update*', 'kms:Revoke*', 'kms:Disable*', 'kms:Get*', 'kms:Delete*', 'kms:TagResource', 'kms:UntagResource', 'kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion', 'kms:RotateKeyOnDemand'],
          Resource: '*'
        },
        { Sid: 'Allow use of the key', Effect: 'Allow', Principal: users, Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'], Resource: '*' },
        { Sid: 'Allow attachment of persistent resources', Effect: 'Allow', Principal: users, Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'], Resource: '*', Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } } }
      ]
    })
    expect(findings(text, 'resource')).toEqual([])
  })
})

describe('Amazon S3 User Guide: bucket policies', () => {
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html (and the pages it links)
  const bucket = ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*']
  test.each<[string, Statement]>([
    ['deny requests without TLS (aws:SecureTransport)', { Sid: 'RestrictToTLSRequestsOnly', Action: 's3:*', Effect: 'Deny', Resource: bucket, Condition: { Bool: { 'aws:SecureTransport': 'false' } }, Principal: '*' }],
    ['only through one VPC endpoint (aws:SourceVpce)', { Sid: 'Access-to-specific-VPCE-only', Principal: '*', Action: 's3:*', Effect: 'Deny', Resource: bucket, Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }],
    ['require SSE-KMS', { Sid: 'DenyObjectsThatAreNotSSEKMS', Principal: '*', Effect: 'Deny', Action: 's3:PutObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*', Condition: { Null: { 's3:x-amz-server-side-encryption-aws-kms-key-id': 'true' } } }],
    ['a wrong encryption header', { Sid: 'DenyIncorrectEncryptionHeader', Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*', Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'AES256' } } }],
    [
      'IPv4 and IPv6 ranges',
      { Sid: 'AllowIPmix', Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: bucket, Condition: { IpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '2001:DB8:1234:5678::/64'] }, NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678:ABCD::/80'] } } }
    ],
    ['principals of one organization', { Sid: 'AllowOrg', Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*', Condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-xxxxxxxxxxx'] } } }],
    [
      'server access logs delivered by logging.s3.amazonaws.com',
      { Sid: 'S3ServerAccessLogsPolicy', Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: ['s3:PutObject'], Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/EXAMPLE-LOGGING-PREFIX*', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::amzn-s3-demo-source-bucket' }, StringEquals: { 'aws:SourceAccount': '111122223333' } } }
    ],
    [
      'CloudFront origin access control (AWS:SourceArn, as the CloudFront guide spells it)',
      { Sid: 'AllowCloudFrontServicePrincipalReadOnly', Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*', Condition: { StringEquals: { 'AWS:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE' } } }
    ],
    [
      // https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiRegionAccessPointPermissions.html
      'a Multi-Region Access Point policy on its objects',
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap/object/*' }
    ]
  ])('%s: no finding', (_name, statement) => {
    expect(findings(doc(statement), 'resource')).toEqual([])
  })

  test('"Restricting access to a specific HTTP referer" alone lets anyone in, as the page itself warns (RTC623)', () => {
    // The page: "It is dangerous to include a publicly known HTTP referer header value. Unauthorized parties can use
    // modified or custom browsers to provide any aws:referer value that they choose."
    const text = doc({ Sid: 'AllowGetRequestsReferredByWww', Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*', Condition: { StringLike: { 'aws:Referer': ['http://www.example.com/*', 'http://example.com/*'] } } })
    expect(findings(text, 'resource')).toEqual(['RTC623 error'])
  })
})

describe('IAM and EKS guides: role trust policies', () => {
  const oidc = 'arn:aws:iam::123456123456:oidc-provider/token.actions.githubusercontent.com'
  const eks = 'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE'
  test.each<[string, Statement]>([
    [
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub
      'GitHub Actions OIDC, StringLike on sub',
      { Effect: 'Allow', Principal: { Federated: oidc }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:*' } } }
    ],
    [
      // https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html
      'EKS IAM roles for service accounts',
      { Effect: 'Allow', Principal: { Federated: `arn:aws:iam::111122223333:oidc-provider/${eks}` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { [`${eks}:sub`]: 'system:serviceaccount:default:my-service-account', [`${eks}:aud`]: 'sts.amazonaws.com' } } }
    ],
    [
      // https://docs.aws.amazon.com/eks/latest/userguide/pod-id-role.html
      'EKS Pod Identity',
      { Sid: 'AllowEksAuthToAssumeRoleForPodIdentity', Effect: 'Allow', Principal: { Service: 'pods.eks.amazonaws.com' }, Action: ['sts:AssumeRole', 'sts:TagSession'] }
    ],
    [
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_saml.html
      'SAML 2.0 federation',
      { Effect: 'Allow', Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'], Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/ExampleOrgSSOProvider' }, Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } }
    ]
  ])('%s: no finding', (_name, statement) => {
    expect(findings(doc(statement), 'trust')).toEqual([])
  })

  test('the external ID example: its placeholder "Unique ID Assigned by Example Corp" holds spaces, which STS refuses (RTC414)', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html
    const statement = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'Unique ID Assigned by Example Corp' } } }
    expect(findings(doc(statement), 'trust')).toEqual(['RTC414 error'])
    expect(findings(doc({ ...statement, Condition: { StringEquals: { 'sts:ExternalId': 'UniqueIdAssignedByExampleCorp' } } }), 'trust')).toEqual([])
  })
})

describe('the nearest invalid variant of each kind is still reported', () => {
  const deny = { Effect: 'Deny', Action: 's3:*', Resource: '*' }
  test.each<[string, PolicyKind, Statement, string[]]>([
    ['an RCP naming a principal', 'rcp', { ...deny, Principal: { AWS: 'arn:aws:iam::111122223333:root' } }, ['RTC123 error']],
    ['an RCP with NotPrincipal', 'rcp', { ...deny, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }, ['RTC123 error']],
    ['an RCP with no Principal', 'rcp', deny, ['RTC113 error']],
    ['an RCP with NotAction', 'rcp', { Effect: 'Deny', Principal: '*', NotAction: 's3:GetObject', Resource: '*' }, ['RTC124 error']],
    ['an SCP with a Principal', 'scp', { ...deny, Principal: '*' }, ['RTC121 error']],
    ['an endpoint policy with no Principal', 'endpoint', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }, ['RTC113 error']],
    ['an endpoint policy allowing with NotPrincipal', 'endpoint', { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:user/x' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }, ['RTC602 error']],
    ['a bucket policy allowing with NotPrincipal', 'resource', { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:user/x' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }, ['RTC602 error']],
    ['a permissions boundary with a Principal', 'boundary', { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }, ['RTC114 error']],
    [
      'GitHub OIDC trusting every repository',
      'trust',
      { Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::123456123456:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': '*', 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } },
      ['RTC610 error']
    ],
    [
      'EKS IRSA with no sub condition',
      'trust',
      { Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE:aud': 'sts.amazonaws.com' } } },
      ['RTC609 error']
    ]
  ])('%s', (_name, kind, statement, expected) => {
    expect(findings(doc(statement), kind)).toEqual(expected)
  })

  test('an RCP or SCP with no Version, as the syntax pages show their fragments, is refused (RTC126)', () => {
    // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html: "Every RCP
    // must include a Version element"; its Statement fragments omit it.
    const fragment = JSON.stringify({ Statement: { Effect: 'Deny', Principal: '*', Action: 's3:PutBucketPublicAccessBlock', Resource: '*' } })
    expect(findings(fragment, 'rcp')).toEqual(['RTC126 error'])
    expect(findings(JSON.stringify({ Statement: { Effect: 'Deny', Action: 's3:PutBucketPublicAccessBlock', Resource: '*' } }), 'scp')).toEqual(['RTC126 error'])
  })
})
