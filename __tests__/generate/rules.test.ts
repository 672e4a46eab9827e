// Every rule in src/core/inputs/rules.ts, accepted and rejected values alike.
import {
  PARTITIONS,
  accountId,
  artifactName,
  booleanFlag,
  describeChar,
  externalId,
  filePath,
  iamName,
  iamPath,
  kmsKeyArn,
  listOf,
  oneOf,
  redshiftClusterId,
  partition,
  partitionOfRegion,
  pathFitsFileSystem,
  awsRegion,
  redshiftDbIdentifier,
  redshiftDbUser,
  redshiftWorkgroupId,
  sessionDuration,
  type RuleResult
} from '../../src/core/inputs/rules.js'
import { formatInputError } from '../../src/core/inputs/input-error.js'

const ok = <T>(result: RuleResult<T>): T => {
  if (!result.ok) throw new Error(`expected acceptance, got: ${result.problem} / ${result.rule}`)
  return result.value
}
const bad = <T>(result: RuleResult<T>): { problem: string; rule: string } => {
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.value)}`)
  return { problem: result.problem, rule: result.rule }
}

describe('accountId', () => {
  test.each([
    ['123456789012', '123456789012'],
    ['1234-5678-9012', '123456789012'],
    ['  000000000001 ', '000000000001']
  ])('accepts %j as %s', (raw, expected) => expect(ok(accountId(raw))).toBe(expected))

  test.each([
    ['12345678901', 'has 11 digits'],
    ['1234567890123', 'has 13 digits'],
    ['1', 'has 1 digit'],
    ['1234-5678-901', 'has 11 digits'],
    ['1234-56789012', 'has its dashes in the wrong places'],
    ['12345678901a', 'is not made of digits'],
    ['1234 5678 9012', 'contains a space'],
    ['1234.5678.9012', "contains '.'"],
    ['1234_5678_9012', "contains '_'"],
    ['arn:aws:iam::123456789012:root', 'is not made of digits'],
    ['１２３４５６７８９０１２', "contains '１' (U+FF11, not ASCII)"]
  ])('rejects %j: %s', (raw, problem) => {
    const { problem: got, rule } = bad(accountId(raw))
    expect(got).toBe(problem)
    expect(rule).toMatch(/12 digits/)
    expect(rule).toMatch(/1234-5678-9012/)
  })

  test('an embedded line break is not made of digits', () => {
    expect(bad(accountId('123456\n789012')).problem).toBe('is not made of digits')
  })
})

describe('iamName (role and user names)', () => {
  test.each(['r', 'informatica-redshift-staging', 'a+b=c,d.e@f_g-h', 'x'.repeat(64), 'Name_With_Upper9'])('accepts %j', (name) => {
    expect(ok(iamName(name))).toBe(name)
  })

  test.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['x'.repeat(65), 'is 65 characters long'],
    ['x'.repeat(200), 'is 200 characters long'],
    ['role"name', 'contains a double quote (")'],
    ["role'name", "contains a quote (')"],
    ['role\nname', 'contains a line break'],
    ['role\rname', 'contains a carriage return'],
    ['role*', "contains a wildcard ('*')"],
    ['role?', "contains a wildcard ('?')"],
    ['path/role', "contains a slash ('/')"],
    ['back\\slash', "contains a backslash ('\\')"],
    ['two words', 'contains a space'],
    ['tab\there', 'contains a tab'],
    ['nul\0', 'contains a NUL character'],
    ['bell\u0007', 'contains the control character U+0007'],
    ['café', "contains 'é' (U+00E9, not ASCII)"],
    ['a"},{"Effect":"Allow', 'contains a double quote (")'],
    ['role:name', "contains ':'"]
  ])('rejects %j: %s', (raw, problem) => {
    const result = bad(iamName(raw))
    expect(result.problem).toBe(problem)
    expect(result.rule).toBe('1 to 64 characters of letters, digits and + = , . @ _ -')
  })
})

describe('iamName: an ARN pasted where the name goes', () => {
  test.each([
    ['arn:aws:iam::123456789012:role/informatica-redshift-staging', 'is a role ARN, not a name: give the name in it, "informatica-redshift-staging"'],
    ['arn:aws:iam::123456789012:user/informatica-etl', 'is a user ARN, not a name: give the name in it, "informatica-etl"'],
    [
      'arn:aws-cn:iam::123456789012:role/data/etl/r',
      'is a role ARN, not a name: give the name in it, "r", and its path "/data/etl/" in the -path input beside this one'
    ]
  ])('%j names the name in it', (raw, problem) => {
    const result = bad(iamName(raw))
    expect(result.problem).toBe(problem)
    expect(result.rule).toBe('1 to 64 characters of letters, digits and + = , . @ _ -')
  })

  // An ARN of the other kind: "give the name in it" would put a role's name in user-name (a trust policy naming
  // user/SecureAgentEc2, a user that does not exist, which IAM refuses, or another user of that name), or a user's
  // in principal-role-name or role-name. The problem names the inputs that take it instead.
  test.each([
    [
      'user-name',
      'arn:aws:iam::123456789012:role/service/SecureAgentEc2',
      `is a role ARN, not a user name: a role that requests the credentials (the Secure Agent's EC2 instance role or the worker-node role) is given as trust-principal: role with principal-role-name "SecureAgentEc2" and principal-role-path "/service/", and no user-name`
    ],
    [
      'principal-role-name',
      'arn:aws:iam::123456789012:user/etl/informatica-etl',
      'is a user ARN, not a role name: a user that requests the credentials is given as user-name "informatica-etl" with user-path "/etl/" (trust-principal: user), not as principal-role-name'
    ],
    [
      'role-name',
      'arn:aws:iam::123456789012:user/informatica-etl',
      'is a user ARN, not a role name: role-name is the role the connector assumes, which the documents are made for; the user "informatica-etl" that requests the credentials goes in user-name'
    ]
  ] as const)('%s given an ARN of the other kind (%j) names the inputs that take it', (input, raw, problem) => {
    expect(bad(iamName(raw, input)).problem).toBe(problem)
    // An ARN of the input's own kind keeps its message.
    expect(bad(iamName('arn:aws:iam::123456789012:role/r', 'role-name')).problem).toBe('is a role ARN, not a name: give the name in it, "r"')
  })

  // What `aws sts get-caller-identity` prints on the Secure Agent's host, and the instance profile the EC2 console
  // shows beside the role: neither is the role's ARN (a session's leaves out the role's path, a profile may hold a
  // role of another name), and "contains ':'" said neither.
  test.each([
    [
      'principal-role-name',
      'arn:aws:sts::123456789012:assumed-role/SecureAgentEc2/i-0abc123',
      `is a role session's ARN (as aws sts get-caller-identity prints it), not a role name: the role is "SecureAgentEc2", and its path, which a session's ARN leaves out, goes in principal-role-path (the command aws iam get-role --role-name SecureAgentEc2 --query Role.Arn --output text prints the role's ARN with it)`
    ],
    [
      'role-name',
      'arn:aws-us-gov:sts::123456789012:assumed-role/=rs/session',
      `is a role session's ARN (as aws sts get-caller-identity prints it), not a role name: the role is "=rs", and its path, which a session's ARN leaves out, goes in role-path (the command aws iam get-role --role-name '=rs' --query Role.Arn --output text prints the role's ARN with it)`
    ],
    [
      'user-name',
      'arn:aws:sts::123456789012:assumed-role/-agent/i-0abc123',
      `is a role session's ARN, not a user name: a role that requests the credentials (the Secure Agent's EC2 instance role or the worker-node role) is given as trust-principal: role with principal-role-name "-agent" and its path in principal-role-path, which a session's ARN leaves out (the command aws iam get-role --role-name=-agent --query Role.Arn --output text prints the role's ARN with it), and no user-name`
    ],
    [
      'principal-role-name',
      'arn:aws:iam::123456789012:instance-profile/agents/SecureAgentProfile',
      `is an instance profile's ARN, not a role name: the trust policy names the role the profile holds, whose name can differ from the profile's (the command aws iam get-instance-profile --instance-profile-name SecureAgentProfile --query 'InstanceProfile.Roles[0].Arn' --output text prints the role's ARN, with its name and path)`
    ]
  ] as const)('%s given %j says what it is and how to find the role', (input, raw, problem) => {
    expect(bad(iamName(raw, input)).problem).toBe(problem)
  })

  test('a session ARN whose role part is no IAM name is put in no command', () => {
    expect(bad(iamName('arn:aws:sts::123456789012:assumed-role/$(id);x/s', 'principal-role-name')).problem).toBe("contains ':'")
    expect(bad(iamName("arn:aws:iam::123456789012:instance-profile/a'b", 'principal-role-name')).problem).toBe("contains ':'")
  })

  test('an ARN of another kind is not read as a role or user ARN', () => {
    expect(bad(iamName('arn:aws:iam::123456789012:policy/p')).problem).toBe("contains ':'")
  })
})

describe('redshiftClusterId: the endpoint or ARN pasted for the identifier', () => {
  const RULE = 'a Redshift cluster identifier'
  test.each([
    ['analytics.abc123xyz789.us-east-1.redshift.amazonaws.com', `is the cluster's endpoint, not its identifier: the identifier is its first part, "analytics"`],
    ['jdbc:redshift://analytics.abc123xyz789.us-east-1.redshift.amazonaws.com:5439/dev', `is the cluster's endpoint, not its identifier: the identifier is its first part, "analytics"`],
    ['examplecluster.abc123xyz789.cn-north-1.redshift.amazonaws.com.cn:5439', `is the cluster's endpoint, not its identifier: the identifier is its first part, "examplecluster"`],
    ['arn:aws:redshift:us-east-1:123456789012:cluster:analytics', `is the cluster's ARN, not its identifier: the identifier is its last part, "analytics"`]
  ])('%j', (raw, problem) => {
    const result = bad(redshiftClusterId(raw))
    expect(result.problem).toBe(problem)
    expect(result.rule.startsWith(RULE)).toBe(true)
  })

  test('a name with a dot that is no endpoint says which character', () => {
    expect(bad(redshiftClusterId('analytics.prod')).problem).toBe("contains '.'")
    expect(ok(redshiftClusterId('Analytics'))).toBe('analytics')
  })
})

describe('iamPath', () => {
  test.each([
    ['', '/'],
    ['/', '/'],
    ['/a/', '/a/'],
    ['/data-integration/', '/data-integration/'],
    ['/a/b.c/d_e@f/', '/a/b.c/d_e@f/'],
    [`/${'a'.repeat(510)}/`, `/${'a'.repeat(510)}/`]
  ])('accepts %j', (raw, expected) => expect(ok(iamPath(raw))).toBe(expected))

  test.each([
    ['a/', "does not start and end with '/'"],
    ['/a', "does not start and end with '/'"],
    ['a', "does not start and end with '/'"],
    ['/a//b/', "has an empty segment ('//')"],
    ['//', "has an empty segment ('//')"],
    ['/a*/', "contains a wildcard ('*')"],
    ['/a?/', "contains a wildcard ('?')"],
    ['/a b/', 'contains a space'],
    ['/a"b/', 'contains a double quote (")'],
    ['/a\nb/', 'contains a line break'],
    [`/${'a'.repeat(511)}/`, 'is 513 characters long']
  ])('rejects %j: %s', (raw, problem) => {
    const result = bad(iamPath(raw))
    expect(result.problem).toBe(problem)
    expect(result.rule).toMatch(/IAM path: '\/', or one that starts and ends with '\/'.*at most 512 characters/)
  })

  test('the rule reads as the object of "Expected": an IAM path, then what one looks like', () => {
    const message = formatInputError({ input: 'role-path', value: 'team', ...bad(iamPath('team')) })
    expect(message).toBe(
      "Input 'role-path': \"team\" does not start and end with '/'. Expected an IAM path: '/', or one that starts and ends with '/' with segments of letters, digits and + = , . @ _ - between, at most 512 characters."
    )
  })
})

describe('externalId', () => {
  test.each(['ab', 'x'.repeat(1224), 'Tenant_1+2=3,4.5@6:7/8-9', 'example-external-id-0001'])('accepts a %#. value', (raw) => {
    expect(ok(externalId(raw))).toBe(raw)
  })

  test.each([
    ['a', 'is 1 character long'],
    ['', 'is 0 characters long'],
    ['x'.repeat(1225), 'is 1225 characters long'],
    ['has space', 'contains a space'],
    ['quo"te', 'contains a double quote (")'],
    ['star*', "contains a wildcard ('*')"],
    ['semi;colon', "contains ';'"],
    ['line\nbreak', 'contains a line break']
  ])('rejects value %#: %s', (raw, problem) => {
    const result = bad(externalId(raw))
    expect(result.problem).toBe(problem)
    expect(result.rule).toBe('2 to 1224 characters of letters, digits and + = , . @ : / _ -')
  })
})

describe('partition', () => {
  test.each([...PARTITIONS])('accepts %s', (p) => expect(ok(partition(p))).toBe(p))

  test('knows the eight partitions, including the European Sovereign Cloud', () => {
    expect([...PARTITIONS]).toEqual(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'])
  })

  test('trims like every input', () => expect(ok(partition(' aws-eusc '))).toBe('aws-eusc'))
  test('reads any case, as every choice input does', () => expect(ok(partition('AWS-CN'))).toBe('aws-cn'))

  test.each(['aws-gov', 'azure', 'aws-iso-c', 'aws-eu'])('rejects %j', (raw) => {
    const result = bad(partition(raw))
    expect(result.problem).toBe('is not an AWS partition')
    expect(result.rule).toBe('one of aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc')
  })
})

describe('booleanFlag (kms)', () => {
  test.each(['true', 'True', 'TRUE', 'yes', 'Yes', 'on', 'ON', 'y', 'Y', ' true '])('%j is true', (raw) => expect(ok(booleanFlag(raw))).toBe(true))
  test.each(['false', 'False', 'FALSE', 'no', 'NO', 'off', 'Off', 'n', 'N', ''])('%j is false', (raw) => expect(ok(booleanFlag(raw))).toBe(false))
  test.each(['1', '0', 'maybe', 'truee', 'enabled', 't', 'f'])('rejects %j', (raw) => {
    const result = bad(booleanFlag(raw))
    expect(result.problem).toBe('is not a boolean')
    expect(result.rule).toBe('true or false (yes/no and on/off are accepted too)')
  })
})

describe('oneOf (trust-principal, mode, formats, redshift-db-auth, fail-on)', () => {
  test('accepts a listed value in any case and rejects others, naming the choices', () => {
    expect(ok(oneOf(['user', 'account'] as const, 'account'))).toBe('account')
    expect(ok(oneOf(['user', 'account'] as const, ' User '))).toBe('user')
    expect(bad(oneOf(['user', 'account'] as const, 'root'))).toEqual({ problem: 'is not an allowed value', rule: 'one of user, account' })
  })

  test('the plural of a choice (fail-on: warnings) names the word', () => {
    expect(bad(oneOf(['error', 'warning', 'never'] as const, 'Warnings'))).toEqual({
      problem: 'is not an allowed value: the word is "warning", without the \'s\'',
      rule: 'one of error, warning, never'
    })
    expect(bad(oneOf(['user', 'account'] as const, 'users')).problem).toBe('is not an allowed value: the word is "user", without the \'s\'')
    expect(bad(oneOf(['user', 'account'] as const, 's')).problem).toBe('is not an allowed value')
  })
})

describe('kmsKeyArn', () => {
  const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
  test('a key ARN', () => {
    expect(ok(kmsKeyArn(KEY, 'aws'))).toEqual({
      arn: KEY,
      region: 'us-east-1',
      account: '123456789012',
      type: 'key',
      id: '1234abcd-12ab-34cd-56ef-1234567890ab'
    })
  })
  test('a multi-Region key ARN', () => {
    const arn = `arn:aws:kms:eu-west-1:123456789012:key/mrk-${'0123456789abcdef'.repeat(2)}`
    expect(ok(kmsKeyArn(arn, 'aws'))).toMatchObject({ type: 'key', id: `mrk-${'0123456789abcdef'.repeat(2)}`, region: 'eu-west-1' })
  })
  test('an alias ARN keeps its alias/ prefix as the id', () => {
    const arn = 'arn:aws:kms:us-west-2:210987654321:alias/redshift/staging-key'
    expect(ok(kmsKeyArn(arn, 'aws'))).toEqual({ arn, region: 'us-west-2', account: '210987654321', type: 'alias', id: 'alias/redshift/staging-key' })
  })
  test.each([
    ['aws-us-gov', 'arn:aws-us-gov:kms:us-gov-west-1:123456789012:alias/k'],
    ['aws-cn', 'arn:aws-cn:kms:cn-north-1:123456789012:alias/k'],
    ['aws-iso', 'arn:aws-iso:kms:us-iso-east-1:123456789012:alias/k'],
    ['aws-iso-b', 'arn:aws-iso-b:kms:us-isob-east-1:123456789012:alias/k'],
    ['aws-iso-e', 'arn:aws-iso-e:kms:eu-isoe-west-1:123456789012:alias/k'],
    ['aws-iso-f', 'arn:aws-iso-f:kms:us-isof-south-1:123456789012:alias/k'],
    ['aws-eusc', 'arn:aws-eusc:kms:eusc-de-east-1:123456789012:alias/k']
  ] as const)('accepts a key in partition %s with its own regions', (p, arn) => {
    expect(ok(kmsKeyArn(arn, p)).region).toBe(arn.split(':')[3])
  })
  test('rejects a key whose Region is not in the partition, naming the partition and its Regions', () => {
    const result = bad(kmsKeyArn('arn:aws-cn:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'aws-cn'))
    expect(result.problem).toBe('names Region us-east-1, which is a Region of partition aws, not aws-cn')
    expect(result.rule).toMatch(/with a Region of partition aws-cn, the partition input \(cn-, such as cn-north-1\)$/)
  })
  test('rejects a key of another partition, naming both', () => {
    const result = bad(kmsKeyArn('arn:aws-cn:kms:cn-north-1:123456789012:alias/k', 'aws'))
    expect(result.problem).toBe("is in partition 'aws-cn', not 'aws'")
    expect(result.rule).toMatch(/KMS key ARN .* or alias ARN .* in the partition input/)
  })
  test('rejects an AWS managed key alias: IAM cannot grant its use', () => {
    const result = bad(kmsKeyArn('arn:aws:kms:us-east-1:123456789012:alias/aws/redshift', 'aws'))
    expect(result.problem).toBe('names an AWS managed key alias (alias/aws/...)')
    expect(result.rule).toMatch(/customer managed key/)
  })
  test.each([
    'arn:aws:kms:us-east-1:123456789012:key/*',
    'arn:aws:kms:us-east-1:123456789012:alias/*',
    'arn:aws:kms:us-east-1:123456789012:key/not-a-uuid',
    'arn:aws:kms:us-east-1:12345678901:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'arn:aws:kms:*:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'arn:aws:s3:::bucket',
    'arn:aws:kms:us-east-1:123456789012:alias/a"b'
  ])('rejects %j', (raw) => {
    const result = bad(kmsKeyArn(raw, 'aws'))
    expect(result.problem).toBe('is not a KMS key or alias ARN')
    expect(result.rule).toMatch(/arn:PARTITION:kms:REGION:ACCOUNT:key\/KEY-ID/)
  })
  // The mistakes the rule alone does not explain are named: it said "is not a KMS key or alias ARN" for each.
  test.each([
    ['1234abcd-12ab-34cd-56ef-1234567890ab', 'is a key id, not the key ARN the policy names it by'],
    [`mrk-${'0123456789abcdef'.repeat(2)}`, 'is a key id, not the key ARN the policy names it by'],
    ['alias/staging', 'is an alias name, not the alias ARN the policy names it by'],
    [
      'arn:aws:kms:us-east-1:123456789012:key/1234ABCD-12AB-34CD-56EF-1234567890AB',
      'has upper-case letters in its key id (KMS key ids are lower case: 1234abcd-12ab-34cd-56ef-1234567890ab)'
    ]
  ])('rejects %j saying why', (raw, problem) => {
    const result = bad(kmsKeyArn(raw, 'aws'))
    expect(result.problem).toBe(problem)
    expect(result.rule).toMatch(/arn:PARTITION:kms:REGION:ACCOUNT:key\/KEY-ID/)
  })
})

describe('artifactName', () => {
  test.each(['', 'redshift-temp-creds-policies', 'policies (prod) v1.2'])('accepts %j', (raw) => expect(ok(artifactName(raw))).toBe(raw))
  test.each([
    ['a:b', "contains ':'"],
    ['a/b', "contains a slash ('/')"],
    ['a\\b', "contains a backslash ('\\')"],
    ['a*b', "contains a wildcard ('*')"],
    ['a?b', "contains a wildcard ('?')"],
    ['a"b', 'contains a double quote (")'],
    ['a<b', "contains '<'"],
    ['a>b', "contains '>'"],
    ['a|b', "contains '|'"],
    ['a\nb', 'contains a line break'],
    // "Uploading artifact: policies##[stop-commands]x.zip": the runner would stop reading commands.
    ['policies##[stop-commands]x', "contains '##[', which the runner reads as a command in the log lines that name the artifact"]
  ])('rejects %j: %s', (raw, problem) => {
    const result = bad(artifactName(raw))
    expect(result.problem).toBe(problem)
    expect(result.rule).toMatch(/artifact name without/)
  })
})

describe('filePath (output-dir)', () => {
  test.each(['redshift-temp-creds', 'out/policies', '/abs/path', '../sibling', 'with space'])('accepts %j', (raw) => expect(ok(filePath(raw))).toBe(raw))
  test.each([
    ['a\nb', 'contains a line break'],
    ['a\rb', 'contains a carriage return'],
    ['a\0b', 'contains a NUL character']
  ])('rejects %j', (raw, problem) => {
    expect(bad(filePath(raw))).toEqual({ problem, rule: 'a file system path without line breaks or NUL characters' })
  })
})

describe('awsRegion with a partition (redshift-region)', () => {
  // One Region of each partition, and one that no partition holds.
  const REGIONS: Array<[string, string | undefined]> = [
    ['us-east-1', 'aws'],
    ['il-central-1', 'aws'],
    ['mx-central-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
    ['eu-isoe-west-1', 'aws-iso-e'],
    ['us-isof-south-1', 'aws-iso-f'],
    ['eusc-de-east-1', 'aws-eusc'],
    ['xx-east-1', undefined]
  ]
  test.each(REGIONS)('%s belongs to %s and to no other partition', (region, owner) => {
    for (const p of PARTITIONS) {
      const result = awsRegion(region, p)
      expect({ p, ok: result.ok }).toEqual({ p, ok: p === owner })
    }
    expect(partitionOfRegion(region)).toBe(owner)
  })
  test('names the Region\'s partition and the Regions the partition input allows', () => {
    expect(bad(awsRegion('us-east-1', 'aws-cn'))).toEqual({
      problem: 'is a Region of partition aws, not aws-cn',
      rule: 'a Region of partition aws-cn, the partition input (cn-, such as cn-north-1)'
    })
    expect(bad(awsRegion('xx-east-1', 'aws')).problem).toBe('is not a Region of partition aws')
  })
  test('without a partition only the shape is checked', () => expect(ok(awsRegion(' cn-north-1 '))).toBe('cn-north-1'))
  test('a Region code in upper case is named as such (it said "is not an AWS Region code")', () => {
    expect(bad(awsRegion('US-EAST-1', 'aws'))).toEqual({
      problem: 'has upper-case letters (Region codes are lower case: us-east-1)',
      rule: 'an AWS Region code such as us-east-1, eu-central-2, us-gov-west-1 or cn-north-1'
    })
    expect(bad(awsRegion('US_EAST_1', 'aws')).problem).toBe('is not an AWS Region code')
  })
})

describe('pathFitsFileSystem (output-dir, sarif-file)', () => {
  test('names of 255 bytes and a path of 4095 bytes fit', () => {
    const path = `/w/${'a'.repeat(255)}`
    expect(ok(pathFitsFileSystem(path))).toBe(path)
    const long = `/${'b'.repeat(200)}`.repeat(20) + `/${'c'.repeat(4095 - 201 * 20 - 1)}`
    expect(Buffer.byteLength(long)).toBe(4095)
    expect(ok(pathFitsFileSystem(long))).toBe(long)
  })

  test('a name of 256 bytes does not, counted in UTF-8 bytes', () => {
    expect(bad(pathFitsFileSystem(`/w/${'a'.repeat(256)}/x`)).problem).toBe('has a folder or file name of 256 bytes')
    expect(bad(pathFitsFileSystem(`/w/${'é'.repeat(128)}`)).problem).toBe('has a folder or file name of 256 bytes')
  })

  test('the files written in a folder count towards its path', () => {
    const dir = `/${'d'.repeat(200)}`.repeat(20)
    expect(ok(pathFitsFileSystem(dir, 'x.json'))).toBe(dir)
    const result = bad(pathFitsFileSystem(dir, 'x'.repeat(100)))
    expect(result.problem).toBe('makes a path of 4121 bytes with the files written in it')
    expect(result.rule).toContain("Linux's NAME_MAX and PATH_MAX")
  })
})

describe('describeChar', () => {
  test('names invisible and dangerous characters, quotes visible ones', () => {
    expect(describeChar('\u007f')).toBe('the control character U+007F')
    expect(describeChar('\u001b')).toBe('the control character U+001B')
    expect(describeChar('$')).toBe("'$'")
  })

  // A character outside printable ASCII is named by its code point: a zero-width space showed as '', a
  // no-break space as ' ' (read as a space), a Cyrillic 'о' as the 'o' the rule allows, an emoji as '\uFFFD'.
  test.each([
    ['r\u200bole', 'contains the invisible character U+200B'],
    ['ro\u00a0le', 'contains a no-break space (U+00A0)'],
    ['r\u043ele', "contains 'о' (U+043E, not ASCII)"],
    ['r\u{1F600}', "contains '\u{1F600}' (U+1F600, not ASCII)"],
    ['r\u202eole', 'contains the invisible character U+202E']
  ])('a rule names %j by its code point', (raw, problem) => {
    expect(bad(iamName(raw)).problem).toBe(problem)
  })

  test('each rule that names a character names a whole one, never half of a surrogate pair', () => {
    for (const result of [iamPath('/\u{1F600}/'), externalId('ab\u{1F600}'), redshiftDbUser('a\u{1F600}'), redshiftDbIdentifier('a\u{1F600}')]) {
      expect(bad(result).problem).toBe("contains '\u{1F600}' (U+1F600, not ASCII)")
    }
  })

  test('the error shows the value with its invisible characters visible: a bidi override cannot reorder the message', () => {
    const message = formatInputError({ input: 'role-name', value: 'r\u202eole', ...bad(iamName('r\u202eole')) })
    expect(message).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/)
    expect(message).toBe(
      "Input 'role-name': \"r\\u{202E}ole\" contains the invisible character U+202E. Expected 1 to 64 characters of letters, digits and + = , . @ _ -."
    )
  })
})

// GetClusterCredentials: DbUser takes either case but not PUBLIC; DbName and DbGroups only lower case.
describe('Redshift names', () => {
  test('db-user: either case, not PUBLIC in any case', () => {
    expect(ok(redshiftDbUser('ETL_User'))).toBe('ETL_User')
    for (const v of ['PUBLIC', 'public', 'Public']) expect(bad(redshiftDbUser(v)).problem).toContain('PUBLIC')
    expect(bad(redshiftDbUser('1etl')).problem).toBe('does not start with a letter')
  })

  // GetClusterCredentials "returns the database user name prefixed with IAM: if AutoCreate is False or IAMA: if
  // AutoCreate is True" (Redshift API reference): the name Redshift shows for the user is not the DbUser to ask for.
  test('db-user: the IAM: or IAMA: name Redshift shows names the DbUser to give, the name after the prefix', () => {
    for (const [pasted, name] of [['IAM:etl', 'etl'], ['IAMA:etl', 'etl'], ['iama:ETL_Loader', 'ETL_Loader'], [' IAM:etl.user@x ', 'etl.user@x']]) {
      const result = bad(redshiftDbUser(pasted))
      expect(result.problem).toContain(`give the name after it, "${name}"`)
      expect(result.problem).toMatch(/^is the name Redshift shows for a user who logged on with GetClusterCredentials \(IAM: or IAMA: before the DbUser\)/)
      expect(result.rule).toContain('GetClusterCredentials')
    }
    // The prefix alone, or a name after it that the rule refuses anyway, keeps the plain problem: no name to give.
    expect(bad(redshiftDbUser('IAM:')).problem).toBe("contains ':'")
    expect(bad(redshiftDbUser('IAM:1etl')).problem).toBe("contains ':'")
    expect(bad(redshiftDbUser('IAMA:public')).problem).toBe("contains ':'")
    expect(bad(redshiftDbUser('IAMR:agent')).problem).toBe("contains ':'")
    expect(bad(redshiftDbUser('etl:IAM')).problem).toBe("contains ':'")
    // One prefix is read, not a chain of them: a long IAM:IAM:... is refused at once (no recursion to overflow).
    expect(bad(redshiftDbUser('IAM:'.repeat(100_000) + 'etl')).problem).toBe('is 400003 characters long')
    expect(bad(redshiftDbUser('IAM:IAM:etl')).problem).toBe("contains ':'")
  })

  test('db-name and db-groups: lower case only, the lower-case spelling named', () => {
    expect(ok(redshiftDbIdentifier('analytics_2'))).toBe('analytics_2')
    const upper = bad(redshiftDbIdentifier('Admins'))
    expect(upper.problem).toBe('has upper-case letters (the API takes admins)')
    expect(upper.rule).toContain('lowercase')
    expect(bad(redshiftDbIdentifier('a/b')).problem).toContain('contains')
  })

  // DbUser, DbName and each of DbGroups: "Cannot be a reserved word" (API reference, GetClusterCredentials), with
  // the list of the Database Developer Guide's "Reserved words". A policy for `user` names a dbuser no request can.
  test('db-user, db-name and db-groups: not a Redshift reserved word, in any case', () => {
    for (const word of ['user', 'USER', 'System', 'default', 'select', 'pivot', 'unnest']) {
      const result = bad(redshiftDbUser(word))
      expect(result.problem).toBe(`is ${word.toUpperCase()}, a Redshift reserved word`)
      expect(result.rule).toContain('not a reserved word')
    }
    for (const word of ['user', 'group', 'table', 'all']) expect(bad(redshiftDbIdentifier(word)).problem).toBe(`is ${word.toUpperCase()}, a Redshift reserved word`)
    // Words that merely contain or resemble one stay allowed; START and CONNECT are not reserved (the list's note).
    for (const word of ['users', 'user_1', 'etl_user', 'start', 'connect', 'admin', 'language']) {
      expect(ok(redshiftDbUser(word))).toBe(word)
      expect(ok(redshiftDbIdentifier(word))).toBe(word)
    }
  })

  test('db-groups: a reserved word is named by its place in the list', () => {
    const result = bad(listOf('etl, group', redshiftDbIdentifier, 50, 'groups'))
    expect(result.problem).toBe('item 2 is GROUP, a Redshift reserved word')
  })
})

// A value that is ASCII by nature (a choice word, a number, an account or workgroup id, an ARN, a Region): a
// look-alike past ASCII reads as the letter the rule wants ("аws" with a Cyrillic а "is not an AWS partition").
describe('look-alike characters in ASCII-only values are named', () => {
  const CYRILLIC_A = "contains 'а' (U+0430, not ASCII)"
  const FULLWIDTH_1 = "contains '１' (U+FF11, not ASCII)"
  test.each([
    ['partition', () => partition('\u0430ws'), CYRILLIC_A],
    ['oneOf', () => oneOf(['user', 'account'], '\u0430ccount'), CYRILLIC_A],
    ['booleanFlag', () => booleanFlag('f\u0430lse'), CYRILLIC_A],
    ['accountId', () => accountId('\uff11'.repeat(12)), FULLWIDTH_1],
    ['awsRegion', () => awsRegion('us-e\u0430st-1'), CYRILLIC_A],
    ['kmsKeyArn', () => kmsKeyArn('\u0430rn:aws:kms:us-east-1:123456789012:alias/k', 'aws'), CYRILLIC_A],
    ['sessionDuration', () => sessionDuration('\uff11'.repeat(4)), FULLWIDTH_1],
    ['redshiftWorkgroupId', () => redshiftWorkgroupId('8f9d3c1e-0\u0430... '), CYRILLIC_A]
  ] as Array<[string, () => RuleResult<unknown>, string]>)('%s', (_rule, result, problem) => {
    expect(bad(result()).problem).toBe(problem)
  })
})

test('a choice word names the character as given, not as lower-casing made it (İ lower-cases to i and U+0307)', () => {
  expect(bad(oneOf(['user'], 'USERİ')).problem).toBe("contains 'İ' (U+0130, not ASCII)")
})
