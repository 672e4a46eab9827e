// parseGenerateInputs: every input's rule as the user meets it, the
// defaults between inputs, and the error message each bad input gives.
import { documentsFor } from '../../src/core/generate/documents.js'
import { parseGenerateInputs } from '../../src/core/generate/inputs.js'
import { formatInputError, type InputError } from '../../src/core/inputs/input-error.js'
import { BAD_SETUP_INPUTS, CLUSTER, ROLE, SERVERLESS, WORKGROUP_ID } from './setup-cases.js'

const BASE: Record<string, string> = {
  'account-id': '123456789012',
  'role-name': 'informatica-redshift-staging',
  'user-name': 'informatica-etl'
}

/** Reads inputs as @actions/core does: '' for an input that is not set. */
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''

function parse(overrides: Record<string, string> = {}) {
  return parseGenerateInputs(reader({ ...BASE, ...overrides }))
}
function parsed(overrides: Record<string, string> = {}) {
  const result = parse(overrides)
  if (!result.ok) throw new Error(formatInputError(result.error))
  return result.value
}
function rejected(overrides: Record<string, string>): InputError {
  const result = parse(overrides)
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.value)}`)
  return result.error
}

describe('defaults and normalisation', () => {
  test('the minimal inputs give the defaults', () => {
    expect(parsed()).toEqual({
      partition: 'aws',
      accountId: '123456789012',
      roleName: 'informatica-redshift-staging',
      rolePath: '/',
      userName: 'informatica-etl',
      userPath: '/',
      userAccountId: '123456789012',
      trustPrincipal: 'user',
      kms: false,
      outputDir: 'redshift-temp-creds',
      artifactName: '',
      formats: ['cli']
    })
  })

  test("the console's 1234-5678-9012 form is normalised for both accounts", () => {
    const value = parsed({ 'account-id': '1234-5678-9012', 'user-account-id': '2109-8765-4321' })
    expect(value.accountId).toBe('123456789012')
    expect(value.userAccountId).toBe('210987654321')
  })

  test('trust-principal defaults to user when user-name is set, to account otherwise', () => {
    expect(parsed().trustPrincipal).toBe('user')
    expect(parsed({ 'user-name': '' }).trustPrincipal).toBe('account')
    expect(parsed({ 'trust-principal': 'account' }).trustPrincipal).toBe('account')
  })

  test('user-account-id defaults to account-id; a different one makes the trust cross-account', () => {
    const same = documentsFor(parsed())
    expect(same.principalArn).toBe('arn:aws:iam::123456789012:user/informatica-etl')

    const cross = parsed({ 'user-account-id': '210987654321' })
    const docs = documentsFor(cross)
    expect(docs.roleArn).toBe('arn:aws:iam::123456789012:role/informatica-redshift-staging')
    expect(docs.principalArn).toBe('arn:aws:iam::210987654321:user/informatica-etl')
    expect(docs.trustPolicy.Statement[0].Principal).toEqual({ AWS: 'arn:aws:iam::210987654321:user/informatica-etl' })

    const crossRoot = documentsFor(parsed({ 'user-account-id': '210987654321', 'trust-principal': 'account' }))
    expect(crossRoot.principalArn).toBe('arn:aws:iam::210987654321:root')
  })

  test("user-path: the trust policy names the user by its ARN, path included (IAM refuses one without it)", () => {
    const docs = documentsFor(parsed({ 'user-path': '/etl/', 'user-account-id': '210987654321' }))
    expect(docs.userArn).toBe('arn:aws:iam::210987654321:user/etl/informatica-etl')
    expect(docs.trustPolicy.Statement[0].Principal).toEqual({ AWS: 'arn:aws:iam::210987654321:user/etl/informatica-etl' })
    // action.yml's default '/' comes with every run: alone it asks for nothing.
    expect(parsed({ 'user-name': '', 'user-path': '/' }).userPath).toBe('/')
    expect(rejected({ 'user-name': '', 'user-path': '/etl/' })).toEqual({ input: 'user-path', problem: 'is set without user-name', rule: 'user-name for the user the path belongs to, or no user-path' })
    expect(rejected({ 'user-path': 'etl' }).input).toBe('user-path')
  })

  test('role-path and partition shape the ARNs', () => {
    const docs = documentsFor(parsed({ 'role-path': '/data-integration/', partition: 'aws-eusc' }))
    expect(docs.roleArn).toBe('arn:aws-eusc:iam::123456789012:role/data-integration/informatica-redshift-staging')
    expect(docs.userPolicy.Statement[0].Resource).toBe(docs.roleArn)
  })

  test.each([
    ['true', true],
    ['yes', true],
    ['On', true],
    ['false', false],
    ['No', false],
    ['off', false],
    ['', false]
  ])('kms: %j is %s', (raw, expected) => expect(parsed({ kms: raw }).kms).toBe(expected))

  test('kms-key-arn: a key ARN scopes Resource; an alias ARN uses kms:ResourceAliases on the account keys', () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    const byKey = documentsFor(parsed({ kms: 'true', 'kms-key-arn': key })).kmsPolicy
    expect(byKey?.Statement[0].Resource).toBe(key)
    expect(byKey?.Statement[0].Condition).toBeUndefined()

    const alias = 'arn:aws:kms:us-east-1:123456789012:alias/redshift-staging'
    const byAlias = documentsFor(parsed({ kms: 'true', 'kms-key-arn': alias }))
    expect(byAlias.kmsPolicy?.Statement[0].Resource).toBe('arn:aws:kms:us-east-1:123456789012:key/*')
    expect(byAlias.kmsPolicy?.Statement[0].Condition).toEqual({ 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/redshift-staging' } })
    expect(byAlias.kmsWarning).toBeUndefined()

    const unscoped = documentsFor(parsed({ kms: 'true' }))
    expect(unscoped.kmsPolicy?.Statement[0].Resource).toBe('*')
    expect(unscoped.kmsWarning).toMatch(/not|every key/)
  })

  test('external-id adds the StringEquals condition', () => {
    const docs = documentsFor(parsed({ 'external-id': 'tenant-0001' }))
    expect(docs.trustPolicy.Statement[0].Condition).toEqual({ StringEquals: { 'sts:ExternalId': 'tenant-0001' } })
  })
})

describe('each bad input names the input, the problem and the rule', () => {
  // [overrides, input named, problem, a piece of the rule]
  const cases: Array<[string, Record<string, string>, string, string, RegExp]> = [
    ['account-id missing', { 'account-id': '' }, 'account-id', 'is required', /a value/],
    ['account-id 11 digits', { 'account-id': '12345678901' }, 'account-id', 'has 11 digits', /12 digits/],
    ['account-id 13 digits', { 'account-id': '1234567890123' }, 'account-id', 'has 13 digits', /12 digits/],
    ['account-id letters', { 'account-id': 'my-account' }, 'account-id', 'is not made of digits', /12 digits/],
    ['role-name missing', { 'role-name': '' }, 'role-name', 'is required', /a value/],
    ['role-name 65 chars', { 'role-name': 'r'.repeat(65) }, 'role-name', 'is 65 characters long', /1 to 64 characters/],
    ['role-name quote', { 'role-name': 'ro"le' }, 'role-name', 'contains a double quote (")', /1 to 64 characters/],
    ['role-name newline', { 'role-name': 'ro\nle' }, 'role-name', 'contains a line break', /1 to 64 characters/],
    ['role-name star', { 'role-name': 'role*' }, 'role-name', "contains a wildcard ('*')", /1 to 64 characters/],
    ['role-name slash', { 'role-name': 'team/role' }, 'role-name', "contains a slash ('/')", /1 to 64 characters/],
    ['user-name quote', { 'user-name': "o'brien" }, 'user-name', "contains a quote (')", /1 to 64 characters/],
    ['user-name 65 chars', { 'user-name': 'u'.repeat(65) }, 'user-name', 'is 65 characters long', /1 to 64 characters/],
    ['user-name injection', { 'user-name': 'u","Effect":"Allow' }, 'user-name', 'contains a double quote (")', /1 to 64/],
    ['role-path no slash', { 'role-path': 'team' }, 'role-path', "does not start and end with '/'", /IAM path/],
    ['role-path wildcard', { 'role-path': '/te*am/' }, 'role-path', "contains a wildcard ('*')", /IAM path/],
    ['user-account-id bad', { 'user-account-id': '1234' }, 'user-account-id', 'has 4 digits', /12 digits/],
    ['trust-principal bad', { 'trust-principal': 'root' }, 'trust-principal', 'is not an allowed value', /one of user, account/],
    ['trust user without name', { 'user-name': '', 'trust-principal': 'user' }, 'user-name', "is required when trust-principal is 'user'", /trust-principal: account/],
    ['kms not boolean', { kms: 'maybe' }, 'kms', 'is not a boolean', /true or false/],
    ['kms-key-arn without kms', { 'kms-key-arn': 'arn:aws:kms:us-east-1:123456789012:alias/k' }, 'kms-key-arn', 'is set while kms is false', /kms: true/],
    ['kms-key-arn other partition', { kms: 'true', 'kms-key-arn': 'arn:aws-cn:kms:cn-north-1:123456789012:alias/k' }, 'kms-key-arn', "is in partition 'aws-cn', not 'aws'", /KMS key ARN/],
    ['kms-key-arn AWS managed', { kms: 'true', 'kms-key-arn': 'arn:aws:kms:us-east-1:123456789012:alias/aws/s3' }, 'kms-key-arn', 'names an AWS managed key alias (alias/aws/...)', /customer managed key/],
    ['kms-key-arn garbage', { kms: 'true', 'kms-key-arn': 'my-key' }, 'kms-key-arn', 'is not a KMS key or alias ARN', /KMS key ARN/],
    ['external-id short', { 'external-id': 'x' }, 'external-id', 'is 1 character long', /2 to 1224 characters/],
    ['external-id long', { 'external-id': 'x'.repeat(1225) }, 'external-id', 'is 1225 characters long', /2 to 1224 characters/],
    ['external-id chars', { 'external-id': 'has space' }, 'external-id', 'contains a space', /2 to 1224 characters/],
    ['partition unknown', { partition: 'aws-mars' }, 'partition', 'is not an AWS partition', /aws-eusc/],
    ['output-dir newline', { 'output-dir': 'out\nput' }, 'output-dir', 'contains a line break', /file system path/],
    ['artifact-name slash', { 'artifact-name': 'a/b' }, 'artifact-name', "contains a slash ('/')", /artifact name/]
  ]

  test.each(cases)('%s', (_label, overrides, input, problem, rule) => {
    const error = rejected(overrides)
    expect(error.input).toBe(input)
    expect(error.problem).toBe(problem)
    expect(error.rule).toMatch(rule)
    const message = formatInputError(error)
    expect(message.startsWith(`Input '${input}':`)).toBe(true)
    expect(message).toContain(problem)
    expect(message).toContain(error.rule)
    // One line, whatever the value held.
    expect(message).not.toMatch(/[\r\n]/)
  })

  test('the external id is never echoed back in the message', () => {
    const error = rejected({ 'external-id': 'secret value' })
    expect(error.value).toBeUndefined()
    expect(formatInputError(error)).not.toContain('secret')
    expect(formatInputError(error)).toBe(
      "Input 'external-id': contains a space. Expected 2 to 1224 characters of letters, digits and + = , . @ : / _ -."
    )
  })

  test('other values are echoed as JSON strings, truncated at 80 characters', () => {
    expect(formatInputError(rejected({ 'account-id': '12345678901' }))).toBe(
      "Input 'account-id': \"12345678901\" has 11 digits. Expected an AWS account id: 12 digits, optionally written 1234-5678-9012 as the console shows it."
    )
    const long = formatInputError(rejected({ 'role-name': 'r'.repeat(100) }))
    // The ellipsis after the quote: it is not part of the value.
    expect(long).toContain(`"${'r'.repeat(80)}"…`)
    expect(long).toContain('is 100 characters long')
    expect(formatInputError(rejected({ 'staging-bucket': 'b' }))).toContain('"b" is 1 character long.')
    expect(formatInputError(rejected({ 'role-name': 'a\nb' }))).toContain('"a\\u{000A}b"')
  })

  test('inputs are checked in a fixed order: the first bad one is reported', () => {
    expect(rejected({ partition: 'x', 'account-id': 'y' }).input).toBe('partition')
    expect(rejected({ 'account-id': 'y', 'role-name': '*' }).input).toBe('account-id')
  })
})

describe('the whole-setup inputs', () => {
  test('principal-role-name may share the role\'s name in another account (user-account-id)', () => {
    const value = parsed({ ...ROLE, 'role-name': 'SecureAgentEc2', 'user-account-id': '210987654321' })
    expect(value.principalRole).toEqual({ name: 'SecureAgentEc2', path: '/' })
  })

  test.each(BAD_SETUP_INPUTS)('%s', (_label, overrides, input, message) => {
    const error = rejected(overrides)
    expect(error.input).toBe(input)
    const text = formatInputError(error)
    expect(text.startsWith(`Input '${input}':`)).toBe(true)
    expect(text).toMatch(message)
    expect(text).not.toMatch(/[\r\n]/)
  })

  // Each path belongs to the requester of its own kind: the rule must send a path given under the other's name to
  // the input that takes it. "user-name for the user the path belongs to" led a trust-principal role setup to add a
  // user-name, which the next run refuses ("is set while trust-principal is 'role'").
  test("a path given under the other requester's input names the input that takes it, never one the next run refuses", () => {
    const userPath = rejected({ ...ROLE, 'user-path': '/agents/' })
    expect(userPath).toMatchObject({ input: 'user-path', problem: "is set while trust-principal is 'role'" })
    expect(userPath.rule).toMatch(/principal-role-path/)
    expect(userPath.rule).not.toMatch(/^user-name/)
    // Followed, the rule's advice gives a run that passes.
    expect(parsed({ ...ROLE, 'principal-role-path': '/agents/' }).principalRole).toEqual({ name: 'SecureAgentEc2', path: '/agents/' })

    const rolePath = rejected({ 'principal-role-path': '/etl/' })
    expect(rolePath).toMatchObject({ input: 'principal-role-path', problem: "is set while trust-principal is 'user'" })
    expect(rolePath.rule).toMatch(/user-path/)
    expect(parsed({ 'user-path': '/etl/' }).userPath).toBe('/etl/')
    // principal-role-name without trust-principal: the requester meant is a role all the same.
    const unsaid = rejected({ 'user-name': '', 'principal-role-name': 'SecureAgentEc2', 'user-path': '/agents/' })
    expect(unsaid).toMatchObject({ input: 'user-path', problem: 'is set beside principal-role-name, without user-name' })
    expect(unsaid.rule).toMatch(/^principal-role-path .*trust-principal: role/)
    // Without a user or a role (trust-principal account), a user-path still asks for the user it belongs to.
    expect(rejected({ 'user-name': '', 'user-path': '/etl/' }).rule).toBe('user-name for the user the path belongs to, or no user-path')
  })

  test("the Secure Agent role's ARN in user-name is sent to trust-principal role, not to a user of the role's name", () => {
    const error = rejected({ 'user-name': 'arn:aws:iam::123456789012:role/agents/SecureAgentEc2' })
    expect(error.input).toBe('user-name')
    expect(error.problem).toMatch(/trust-principal: role with principal-role-name "SecureAgentEc2" and principal-role-path "\/agents\/"/)
    // The advice, followed, names the role in the trust policy.
    const docs = documentsFor(parsed({ ...ROLE, 'principal-role-path': '/agents/' }))
    expect(docs.principalArn).toBe('arn:aws:iam::123456789012:role/agents/SecureAgentEc2')
    expect(rejected({ ...ROLE, 'principal-role-name': 'arn:aws:iam::123456789012:user/etl' }).problem).toMatch(/given as user-name "etl"/)
    expect(rejected({ 'role-name': 'arn:aws:iam::123456789012:user/etl' }).problem).toMatch(/^is a user ARN, not a role name/)
  })

  // A user's ARN copied from another account's console: its name alone in user-name makes the trust policy name a
  // user of that name in account-id's account, which does not exist (IAM refuses the trust policy) or is another user.
  test("an ARN pasted as a name in another account than the one the name is read in names that account's input", () => {
    expect(rejected({ 'user-name': 'arn:aws:iam::210987654321:user/etl' }).problem).toBe(
      'is a user ARN, not a name: give the name in it, "etl"; and its account, 210987654321, in user-account-id (the name is read in account 123456789012)'
    )
    expect(parsed({ 'user-name': 'etl', 'user-account-id': '210987654321' }).userAccountId).toBe('210987654321')
    // The account already given: no note.
    expect(rejected({ 'user-name': 'arn:aws:iam::210987654321:user/etl', 'user-account-id': '210987654321' }).problem).toBe('is a user ARN, not a name: give the name in it, "etl"')
    expect(rejected({ ...ROLE, 'principal-role-name': 'arn:aws:iam::210987654321:role/Agent' }).problem).toMatch(/"Agent"; and its account, 210987654321, in user-account-id/)
    expect(rejected({ 'user-name': 'arn:aws:iam::210987654321:role/Agent' }).problem).toMatch(/principal-role-name "Agent", and no user-name; and its account, 210987654321, in user-account-id/)
    expect(rejected({ 'role-name': 'arn:aws:iam::210987654321:role/r' }).problem).toBe(
      'is a role ARN, not a name: give the name in it, "r"; and its account, 210987654321, in account-id (the name is read in account 123456789012)'
    )
  })

  // The endpoint and the ARN carry the cluster's (or workgroup's) Region, and the ARN its account: a redshift-region
  // or account-id other than those makes the policy name a cluster that is not this one, and the connector's
  // GetClusterCredentials is refused. The identifier alone, as the message said, left that unseen.
  test("a pasted endpoint or ARN of another Region or account than the inputs' names them", () => {
    const endpoint = rejected({ ...CLUSTER, 'redshift-cluster-id': 'analytics.abc123xyz789.eu-west-1.redshift.amazonaws.com:5439/dev' })
    expect(endpoint.problem).toBe(`is the cluster's endpoint, not its identifier: the identifier is its first part, "analytics"; and its Region, eu-west-1, in redshift-region (now us-east-1)`)
    const arn = rejected({ ...CLUSTER, 'redshift-cluster-id': 'arn:aws:redshift:eu-west-1:210987654321:cluster:analytics' })
    expect(arn.problem).toBe(
      `is the cluster's ARN, not its identifier: the identifier is its last part, "analytics"; and its Region, eu-west-1, in redshift-region (now us-east-1); and its account, 210987654321, in account-id (now 123456789012: the policy names the cluster or workgroup in the role's account)`
    )
    // Region and account as the inputs say: the message is as before.
    expect(rejected({ ...CLUSTER, 'redshift-cluster-id': 'arn:aws:redshift:us-east-1:123456789012:cluster:analytics' }).problem).toBe(
      `is the cluster's ARN, not its identifier: the identifier is its last part, "analytics"`
    )
    const workgroup = rejected({ ...SERVERLESS, 'redshift-workgroup': `arn:aws:redshift-serverless:eu-west-1:123456789012:workgroup/${WORKGROUP_ID}` })
    expect(workgroup.problem).toBe(`is the workgroup's ARN, not its id: the id is its last part, "${WORKGROUP_ID}"; and its Region, eu-west-1, in redshift-region (now us-east-1)`)
  })

  test('trust-principal role names the role in user-account-id, with its path', () => {
    const value = parsed({ ...ROLE, 'principal-role-path': '/agents/', 'user-account-id': '210987654321' })
    expect(value.principalRole).toEqual({ name: 'SecureAgentEc2', path: '/agents/' })
    expect(documentsFor(value).principalArn).toBe('arn:aws:iam::210987654321:role/agents/SecureAgentEc2')
  })

  test("staging-prefix is normalised to end with '/': 'data', '/data', 'data/' are one prefix", () => {
    for (const raw of ['data', '/data', 'data/', ' //data ']) expect(parsed({ 'staging-bucket': 'etl-staging', 'staging-prefix': raw }).stagingPrefix).toBe('data/')
    expect(parsed({ 'staging-bucket': 'etl-staging' }).stagingPrefix).toBe('')
  })

  test('redshift inputs: cluster ids are lower-cased, groups split on commas and lines, duplicates dropped', () => {
    const value = parsed({ ...CLUSTER, 'redshift-cluster-id': 'Prod-1', 'db-groups': 'loaders,\nreaders, loaders', 'db-name': 'dev' })
    expect(value.redshift).toEqual({ kind: 'cluster', region: 'us-east-1', clusterId: 'prod-1', dbUser: 'etl_user', dbName: 'dev', dbGroups: ['loaders', 'readers'] })
    expect(parsed(SERVERLESS).redshift).toEqual({ kind: 'serverless', region: 'us-east-1', workgroupId: WORKGROUP_ID })
    expect(parsed({ 'redshift-db-auth': 'none' }).redshift).toBeUndefined()
  })

  test('redshift-region and the Region of kms-key-arn must be in the partition', () => {
    const region = rejected({ ...CLUSTER, partition: 'aws-cn', 'redshift-region': 'us-east-1' })
    expect(formatInputError(region)).toBe(
      `Input 'redshift-region': "us-east-1" is a Region of partition aws, not aws-cn. Expected a Region of partition aws-cn, the partition input (cn-, such as cn-north-1).`
    )
    const key = rejected({ partition: 'aws-cn', kms: 'true', 'kms-key-arn': 'arn:aws-cn:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' })
    expect(key.input).toBe('kms-key-arn')
    expect(key.problem).toBe('names Region us-east-1, which is a Region of partition aws, not aws-cn')
    expect(parsed({ ...CLUSTER, partition: 'aws-cn', 'redshift-region': 'cn-north-1' }).redshift?.region).toBe('cn-north-1')
    expect(parsed({ ...SERVERLESS, partition: 'aws-us-gov', 'redshift-region': 'us-gov-west-1' }).redshift?.region).toBe('us-gov-west-1')
  })

  test('session-duration: 900 to 43200; with trust-principal role, up to 3600 (validate reads it without the chaining rule)', () => {
    expect(parsed({ 'session-duration': '43200' }).sessionDuration).toBe(43200)
    expect(parsed({ ...ROLE, 'session-duration': '3600' }).sessionDuration).toBe(3600)
    const forValidate = parseGenerateInputs(reader({ ...BASE, ...ROLE, 'session-duration': '7200' }), { roleChainingIsError: false })
    expect(forValidate.ok && forValidate.value.sessionDuration).toBe(7200)
  })

  test('formats: any order and case, written in a fixed order, duplicates once', () => {
    expect(parsed({ formats: 'Terraform, cli,terraform\ncloudformation' }).formats).toEqual(['cli', 'cloudformation', 'terraform'])
    expect(parsed({ formats: 'terraform' }).formats).toEqual(['terraform'])
  })

  test('repeated list items collapse before the count: formats cli seven times, db-groups 50 different ones twice', () => {
    expect(parsed({ formats: 'cli,cli,cli,cli,cli,cli,cli' }).formats).toEqual(['cli'])
    const fifty = Array.from({ length: 50 }, (_, i) => `g${i}`)
    const groups = parsed({ ...CLUSTER, 'db-groups': [...fifty, ...fifty].join(',') }).redshift
    expect(groups?.kind === 'cluster' && groups.dbGroups).toEqual(fifty)
    const tooMany = rejected({ ...CLUSTER, 'db-groups': [...fifty, 'g50', 'g0'].join(',') })
    expect(tooMany).toMatchObject({ input: 'db-groups', problem: 'lists 51 different groups', rule: 'at most 50 groups, separated by commas or line breaks' })
  })
})
