// arnFitsFormat decides whether two patterns share an ARN. Checked here
// against a plain regular-expression oracle on concrete ARNs made from the
// real formats of the catalogue.
import fc from 'fast-check'
import { arnFitsFormat } from '../../src/core/iam/catalog/arn-fit.js'
import { findService, servicePrefixes } from '../../src/core/iam/catalog/index.js'
import { namingRules, placeholderHoldsNoSeparator } from '../../src/core/iam/catalog/name-charsets.js'

const formats = [...new Set(servicePrefixes().flatMap(p => findService(p)?.resourceTypes.flatMap(r => r.arnFormats) ?? []))]

/** First five parts one by one, the rest whole, as IAM reads an ARN. */
function parts(arn: string): string[] {
  const p = arn.split(':')
  return p.length < 6 ? [arn] : [...p.slice(0, 5), p.slice(5).join(':')]
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A placeholder AWS documents without '/' or ':' (a bucket, a DynamoDB table). */
const restricted = (format: string, name: string | undefined) => name !== undefined && placeholderHoldsNoSeparator(format.split(':')[2] ?? '', name)

/** The Regional types AWS writes its own instances of with no account: its SSM documents, public parameters, runbooks and service views. */
const AWS_OWNED = [/^ssm:document\//, /^ssm:parameter\//, /^ssm:automation-definition\//, /^resource-explorer-2:view\//, /^partnercentral:catalog\/\$\{Catalog\}\/engagement\//]

/**
 * Does the concrete ARN match the format? A regular expression per part. A
 * Region written `${Region}` is never empty, nor is an account written
 * `${Account}` (the resource names its account), but for the Regional types
 * of which AWS owns instances.
 */
function oracle(arn: string, format: string): boolean {
  const a = parts(arn)
  const f = parts(format)
  if (a.length !== f.length) return false
  const lone = (part: string) => /^\$\{[^}]*\}$/.test(part)
  if (lone(f[3]) && a[3] === '') return false
  const awsOwned = f[3] !== '' && AWS_OWNED.some((type) => type.test(`${f[2]}:${f[5]}`))
  if (!awsOwned && lone(f[4]) && a[4] === '') return false
  return f.every((part, i) => {
    const body = part
      .split(/(\$\{[^}]*\}|\*)/)
      .map(piece => (piece.startsWith('${') && restricted(format, piece.slice(2, -1)) ? '[^:/]*' : piece.startsWith('${') || piece === '*' ? '.*' : escape(piece)))
      .join('')
    return new RegExp(`^${body}$`, 'is').test(a[i])
  })
}

const chars = fc.constantFrom('a', 'b', 'Z', '0', '-', '_', '.', '/', ':')

/** Fills a format's placeholders: no ':' in the first five parts, neither ':' nor '/' in a name documented without them. */
function instantiate(format: string, fill: string[]): string {
  let n = 0
  return parts(format)
    .map((part, i) =>
      part.replace(/\$\{([^}]*)\}|\*/g, (_m, name: string | undefined) => {
        let v = fill[n++ % fill.length]
        if (i < 5) v = v.replace(/:/g, '')
        if (restricted(format, name)) v = v.replace(/[/:]/g, '')
        return v === '' ? 'x' : v
      })
    )
    .join(':')
}

const formatArb = fc.constantFrom(...formats)
const fillArb = fc.array(fc.string({ unit: chars, minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 })

test('there are formats to test with', () => {
  expect(formats.length).toBeGreaterThan(2000)
})

test('an ARN made from a format fits it', () => {
  fc.assert(
    fc.property(formatArb, fillArb, (format, fill) => {
      const arn = instantiate(format, fill)
      expect(oracle(arn, format)).toBe(true)
      expect(arnFitsFormat(arn, format)).toBe(true)
    }),
    { numRuns: 2000 }
  )
})

test('on concrete ARNs it agrees with the oracle, for matches and misses alike', () => {
  fc.assert(
    fc.property(formatArb, formatArb, fillArb, fc.nat(), fc.string({ unit: chars, maxLength: 3 }), (f1, f2, fill, at, insert) => {
      const made = instantiate(f1, fill)
      const pos = at % (made.length + 1)
      // Edits make near misses: a character dropped, a few inserted.
      for (const arn of [made, made.slice(0, pos) + made.slice(pos + 1), made.slice(0, pos) + insert + made.slice(pos)]) {
        if (/[*?$]/.test(arn)) continue
        expect(arnFitsFormat(arn, f2)).toBe(oracle(arn, f2))
        expect(arnFitsFormat(arn, f1)).toBe(oracle(arn, f1))
      }
    }),
    { numRuns: 2000 }
  )
})

test('a wildcard never makes a fitting ARN stop fitting', () => {
  fc.assert(
    fc.property(formatArb, fillArb, fc.nat(), fc.nat(), (format, fill, x, y) => {
      const arn = instantiate(format, fill)
      const colon = arn.split(':', 5).join(':').length + 1
      const resource = arn.slice(colon)
      const i = x % (resource.length + 1)
      const j = i + (y % (resource.length - i + 1))
      expect(arnFitsFormat(arn.slice(0, colon) + resource.slice(0, i) + '*' + resource.slice(j), format)).toBe(true)
      if (j > i) expect(arnFitsFormat(arn.slice(0, colon) + resource.slice(0, i) + '?' + resource.slice(i + 1), format)).toBe(true)
      expect(arnFitsFormat(arn.slice(0, colon) + resource.slice(0, i) + '${aws:username}' + resource.slice(j), format)).toBe(true)
    }),
    { numRuns: 1000 }
  )
})

test('when a pattern does not fit, none of its instances matches the format', () => {
  fc.assert(
    fc.property(formatArb, formatArb, fillArb, fc.nat(), fc.nat(), fillArb, (f1, f2, fill, x, y, stars) => {
      const arn = instantiate(f1, fill)
      const colon = arn.split(':', 5).join(':').length + 1
      const resource = arn.slice(colon)
      const i = x % (resource.length + 1)
      const j = i + (y % (resource.length - i + 1))
      const pattern = arn.slice(0, colon) + resource.slice(0, i) + '*' + resource.slice(j)
      if (arnFitsFormat(pattern, f2)) return
      for (const s of stars) expect(oracle(pattern.replace('*', s), f2)).toBe(false)
    }),
    { numRuns: 2000 }
  )
})

test.each([
  ['arn:aws:iam::123456789012:user/x', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', false],
  ['arn:aws:iam::123456789012:role/a/b/c', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', true],
  ['arn:aws:iam::*:*', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', true],
  ['arn:aws:iam:*:123456789012:role/x', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', true],
  ['arn:aws:iam:us-east-1:123456789012:role/x', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', false],
  ['arn:aws:s3:::bucket/*', 'arn:${Partition}:s3:::${BucketName}', false],
  ['arn:aws:s3:::bucket*', 'arn:${Partition}:s3:::${BucketName}', true],
  ['arn:aws:s3:::*/*', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}', true],
  ['arn:aws:logs:us-east-1:1:log-group:g:*', 'arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}', true],
  ['arn:aws:lambda:us-east-1:1:function:f', 'arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Alias}', false],
  ['arn:aws:redshift:us-east-1:321942852011:*', 'arn:${Partition}:glue:${Region}:${Account}:table/${DatabaseName}/${TableName}', false],
  ['arn:aws:kms:*:*:key/${*}', 'arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}', true],
  ['arn:aws:iam::*', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', true],
  ['arn:aws:iam', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', false],
  ['*', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', true],
  ['ARN:AWS:IAM::123456789012:ROLE/X', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', true],
  // A resource of a Regional type names its Region; a global one (no Region) its account.
  ['arn:aws:lambda::123456789012:function:f', 'arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}', false],
  ['arn:aws:lambda:*:123456789012:function:f', 'arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}', true],
  ['arn:aws:iam:::role/r', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', false],
  ['arn:aws:cloudfront:::distribution/E1', 'arn:${Partition}:cloudfront::${Account}:distribution/${DistributionId}', false],
  ['arn:aws:iam::${aws:PrincipalAccount}:role/r', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', true],
  // Across colons too: a wildcard ending the partition cannot make the Region empty.
  ['arn:aws*::123456789012:function:f', 'arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}', false],
  // AWS owns Regional resources of types whose format names an account, and writes them with none.
  ['arn:aws:ssm:us-east-1::document/AWS-RunShellScript', 'arn:${Partition}:ssm:${Region}:${Account}:document/${DocumentName}', true],
  ['arn:aws:ssm:*::parameter/aws/service/*', 'arn:${Partition}:ssm:${Region}:${Account}:parameter/${ParameterNameWithoutLeadingSlash}', true],
  ['arn:aws:ec2:us-east-1::image/ami-1', 'arn:${Partition}:ec2:${Region}::image/${ImageId}', true],
  ['arn:aws:s3:::bucket', 'arn:${Partition}:s3:::${BucketName}', true]
])('%s against %s: %s', (arn, format, fits) => {
  expect(arnFitsFormat(arn, format)).toBe(fits)
})

describe('a name AWS documents without "/" or ":" keeps the fixed text after it literal', () => {
  const index = 'arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/index/${IndexName}'
  const table = 'arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}'
  const at = 'arn:aws:dynamodb:us-east-1:111122223333:'

  test.each([
    [`${at}table/MyTable/stream/*`, index, false],
    [`${at}table/MyTable/stream/2026-01-01T00:00:00.000`, index, false],
    [`${at}table/MyTable/stream/*`, table, false],
    [`${at}table/*/stream/*`, index, false],
    [`${at}table/T/index/*`, index, true],
    [`${at}table/*`, index, true],
    [`${at}table/*`, table, true],
    [`${at}table/My*`, table, true],
    [`${at}table/My*`, index, true],
    [`${at}*`, index, true],
    [`arn:aws:dynamodb:*:*:table/MyTable/stream/*`, index, false],
    // A function name holds neither '/' nor ':' (the alias, a name with no documented rule here, may).
    ['arn:aws:lambda:us-east-1:1:function:f:1/durable-execution/*', 'arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Alias}', true],
    ['arn:aws:lambda:us-east-1:1:function:f/x:1', 'arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Alias}', false]
  ])('%s against %s: %s', (arn, format, fits) => {
    expect(arnFitsFormat(arn, format)).toBe(fits)
  })

  test('a placeholder with no documented rule may still hold "/": a "*" crosses it', () => {
    const format = 'arn:${Partition}:example:${Region}:${Account}:thing/${ThingName}/part/${PartName}'
    expect(arnFitsFormat('arn:aws:example:us-east-1:111122223333:thing/a/other/*', format)).toBe(true)
    expect(arnFitsFormat('arn:aws:example:us-east-1:111122223333:thing/a/b/part/c', format)).toBe(true)
    // The same shape under a documented name does not.
    expect(arnFitsFormat('arn:aws:dynamodb:us-east-1:111122223333:table/a/other/*', index)).toBe(false)
  })

  test('every entry of the table names a placeholder some catalogue format of that service has, and its source', () => {
    for (const rule of namingRules()) {
      const used = formats.some((f) => f.split(':')[2] === rule.service && f.includes(`\${${rule.placeholder}}`))
      expect([rule.service, rule.placeholder, used]).toEqual([rule.service, rule.placeholder, true])
      expect(rule.documented).toMatch(/naming rules|API Reference|CloudFormation/i)
    }
  })

  test('the same holds in the reading across colons (a leading wildcard)', () => {
    expect(arnFitsFormat('arn:aws:dynamodb:*:*:table/MyTable/stream/*', index)).toBe(false)
    expect(arnFitsFormat('arn:aws:dynamodb:*', index)).toBe(true)
  })
})
