// The semantic diff on named before/after pairs: each pins the file's
// accessChange and the rating of every statement and element change.
import { describe, expect, test } from '@jest/globals'
import { diffPolicies, type PolicyDiff } from '../../src/core/diff/semantic-diff.js'

type Statement = Record<string, unknown>
const policy = (...Statement: Statement[]) => ({ Version: '2012-10-17', Statement })
const BUCKET = 'arn:aws:s3:::data-bucket/*'
const allow = (Action: unknown, Resource: unknown = BUCKET, more: Statement = {}) => ({ Effect: 'Allow', Action, Resource, ...more })
const deny = (Action: unknown, Resource: unknown = BUCKET, more: Statement = {}) => ({ Effect: 'Deny', Action, Resource, ...more })
const trust = (Principal: unknown, more: Statement = {}) => ({ Effect: 'Allow', Principal, Action: 'sts:AssumeRole', ...more })
const VPC = (values: unknown, operator = 'StringEquals') => ({ Condition: { [operator]: { 'aws:SourceVpc': values } } })

/** Statement kind and rating, then each element change as "Element kind value: rating". */
function shape(d: PolicyDiff) {
  return d.statements.map((s) => ({
    kind: s.kind,
    rating: s.rating,
    changes: s.changes.map((c) => {
      const what = c.element === 'Effect' ? `${c.from}->${c.to}` : c.element === 'Condition' ? `${c.operator} ${c.key}${c.value !== undefined ? ` ${c.value}` : ''}` : c.value
      return `${c.element} ${c.kind} ${what}: ${c.rating}`
    })
  }))
}

describe('edits that change no meaning', () => {
  const base = policy(
    { Sid: 'Read', ...allow(['s3:GetObject', 's3:ListBucket'], [BUCKET, 'arn:aws:s3:::data-bucket']) },
    deny('s3:DeleteObject', '*', VPC(['vpc-1', 'vpc-2'], 'StringNotEquals'))
  )
  const cases: [string, unknown][] = [
    ['statements reordered', policy(base.Statement[1], base.Statement[0])],
    ['actions and resources reordered', policy({ Sid: 'Read', ...allow(['s3:ListBucket', 's3:GetObject'], ['arn:aws:s3:::data-bucket', BUCKET]) }, base.Statement[1])],
    ['a single value written as a one-element array', policy(base.Statement[0], deny(['s3:DeleteObject'], ['*'], VPC(['vpc-2', 'vpc-1'], 'StringNotEquals')))],
    ['action names in another case', policy({ Sid: 'Read', ...allow(['S3:getobject', 's3:LISTBUCKET'], [BUCKET, 'arn:aws:s3:::data-bucket']) }, base.Statement[1])],
    ['whitespace and pretty-printing', JSON.parse(JSON.stringify(base, null, 7).replace(/\n/g, '\r\n   '))],
    ['duplicate values and a repeated statement', policy(base.Statement[0], base.Statement[1], { ...(base.Statement[1] as Statement), Action: ['s3:DeleteObject', 's3:DeleteObject'] })],
    ['Sid renamed', policy({ ...base.Statement[0], Sid: 'ReadData' }, base.Statement[1])],
    ['condition key in another case', policy(base.Statement[0], deny('s3:DeleteObject', '*', { Condition: { StringNotEquals: { 'AWS:SOURCEVPC': ['vpc-1', 'vpc-2'] } } }))]
  ]
  test.each(cases)('%s', (_name, after) => {
    const d = diffPolicies(base, after)
    expect(d.accessChange).toBe('none')
    expect(d.statements).toEqual([])
    expect(d.summary).toBe('no change in access')
  })

  test('Principal "*" and {"AWS": "*"}', () => {
    const d = diffPolicies(policy(trust('*')), policy(trust({ AWS: '*' })))
    expect(d.accessChange).toBe('none')
    expect(d.statements).toEqual([])
  })
})

describe('actions and resources', () => {
  test('added Allow action broadens', () => {
    const d = diffPolicies(policy(allow('s3:GetObject')), policy(allow(['s3:GetObject', 's3:PutObject'])))
    expect(d.accessChange).toBe('broadens')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'broadens', changes: ['Action added s3:PutObject: broadens'] }])
    expect(d.statements[0].changes[0].summary).toBe(`adds s3:PutObject on ${BUCKET}`)
  })

  test('removed Allow action narrows', () => {
    const d = diffPolicies(policy(allow(['s3:GetObject', 's3:PutObject'])), policy(allow('s3:GetObject')))
    expect(d.accessChange).toBe('narrows')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'narrows', changes: ['Action removed s3:PutObject: narrows'] }])
    expect(d.statements[0].changes[0].summary).toBe(`removes s3:PutObject on ${BUCKET}`)
  })

  test('s3:Get* replacing s3:GetObject broadens; the removed name is still covered', () => {
    const d = diffPolicies(policy(allow('s3:GetObject')), policy(allow('s3:Get*')))
    expect(d.accessChange).toBe('broadens')
    expect(shape(d)).toEqual([
      { kind: 'modified', rating: 'broadens', changes: ['Action added s3:Get*: broadens', 'Action removed s3:GetObject: neutral'] }
    ])
    expect(d.statements[0].changes[1].summary).toContain('still allowed by the head version of this statement')
  })

  test('s3:GetObject added next to s3:* is neutral (already covered)', () => {
    const d = diffPolicies(policy(allow('s3:*')), policy(allow(['s3:*', 's3:GetObject'])))
    expect(d.accessChange).toBe('none')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'neutral', changes: ['Action added s3:GetObject: neutral'] }])
    expect(d.statements[0].changes[0].coveredBy).toEqual({ side: 'before', index: 0 })
  })

  test('sts:AssumeRole on role/x widened to role/* broadens', () => {
    const role = (name: string) => `arn:aws:iam::123456789012:role/${name}`
    const d = diffPolicies(policy(allow('sts:AssumeRole', role('x'))), policy(allow('sts:AssumeRole', role('*'))))
    expect(d.accessChange).toBe('broadens')
    expect(shape(d)).toEqual([
      { kind: 'modified', rating: 'broadens', changes: [`Resource added ${role('*')}: broadens`, `Resource removed ${role('x')}: neutral`] }
    ])
    expect(d.statements[0].changes[0].summary).toBe(`adds resource ${role('*')} for sts:AssumeRole`)
  })

  test('sts:AssumeRole resource narrowed from * to one role narrows', () => {
    const role = 'arn:aws:iam::123456789012:role/x'
    const d = diffPolicies(policy(allow('sts:AssumeRole', '*')), policy(allow('sts:AssumeRole', role)))
    expect(d.accessChange).toBe('narrows')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'narrows', changes: [`Resource added ${role}: neutral`, 'Resource removed *: narrows'] }])
  })

  test('resource removed but still granted by another statement is neutral', () => {
    const before = policy(allow('s3:GetObject', [BUCKET, 'arn:aws:s3:::logs/*']), allow('s3:*', 'arn:aws:s3:::logs/*'))
    const after = policy(allow('s3:GetObject', BUCKET), allow('s3:*', 'arn:aws:s3:::logs/*'))
    const d = diffPolicies(before, after)
    expect(d.accessChange).toBe('none')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'neutral', changes: ['Resource removed arn:aws:s3:::logs/*: neutral'] }])
    expect(d.statements[0].changes[0].coveredBy).toEqual({ side: 'after', index: 1 })
    expect(d.statements[0].changes[0].summary).toContain('still allowed by statement #2')
  })

  test('action added to a Deny narrows, action removed from a Deny broadens', () => {
    const narrower = diffPolicies(policy(deny('s3:DeleteObject')), policy(deny(['s3:DeleteObject', 's3:PutObject'])))
    expect(narrower.accessChange).toBe('narrows')
    expect(shape(narrower)).toEqual([{ kind: 'modified', rating: 'narrows', changes: ['Action added s3:PutObject: narrows'] }])
    expect(narrower.statements[0].changes[0].summary).toBe(`adds s3:PutObject to the Deny on ${BUCKET}`)
    const broader = diffPolicies(policy(deny(['s3:DeleteObject', 's3:PutObject'])), policy(deny('s3:DeleteObject')))
    expect(broader.accessChange).toBe('broadens')
    expect(shape(broader)).toEqual([{ kind: 'modified', rating: 'broadens', changes: ['Action removed s3:PutObject: broadens'] }])
  })
})

describe('Deny statements and Effect', () => {
  const base = allow('s3:*')
  test('added Deny statement narrows', () => {
    const d = diffPolicies(policy(base), policy(base, deny('s3:DeleteObject')))
    expect(d.accessChange).toBe('narrows')
    expect(shape(d)).toEqual([{ kind: 'added', rating: 'narrows', changes: [] }])
    expect(d.statements[0].after).toEqual({ side: 'after', index: 1 })
    expect(d.statements[0].summary).toBe(`adds statement #2: Deny s3:DeleteObject on ${BUCKET}`)
  })

  test('removed Deny statement broadens', () => {
    const d = diffPolicies(policy(base, deny('s3:DeleteObject')), policy(base))
    expect(d.accessChange).toBe('broadens')
    expect(shape(d)).toEqual([{ kind: 'removed', rating: 'broadens', changes: [] }])
    expect(d.statements[0].before).toEqual({ side: 'before', index: 1 })
  })

  test('Effect Allow -> Deny on a statement narrows', () => {
    const d = diffPolicies(policy({ Sid: 'Write', ...allow('s3:PutObject') }), policy({ Sid: 'Write', ...deny('s3:PutObject') }))
    expect(d.accessChange).toBe('narrows')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'narrows', changes: ['Effect changed Allow->Deny: narrows'] }])
    expect(d.statements[0].matchedBy).toBe('sid')
  })

  test('Effect Deny -> Allow with a wider action broadens; the action change rides on the Effect', () => {
    const d = diffPolicies(policy({ Sid: 'W', ...deny('s3:PutObject') }), policy({ Sid: 'W', ...allow('s3:Put*') }))
    expect(d.accessChange).toBe('broadens')
    expect(shape(d)).toEqual([
      {
        kind: 'modified',
        rating: 'broadens',
        changes: ['Effect changed Deny->Allow: broadens', 'Action added s3:Put*: neutral', 'Action removed s3:PutObject: neutral']
      }
    ])
    expect(d.statements[0].changes[1].summary).toContain('rated with the Effect change')
  })
})

describe('conditions', () => {
  test('condition added on an Allow narrows', () => {
    const d = diffPolicies(policy(allow('s3:GetObject')), policy(allow('s3:GetObject', BUCKET, VPC('vpc-1'))))
    expect(d.accessChange).toBe('narrows')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'narrows', changes: ['Condition added StringEquals aws:SourceVpc: narrows'] }])
    expect(d.statements[0].changes[0].values).toEqual(['vpc-1'])
    expect(d.statements[0].changes[0].summary).toBe('adds condition StringEquals aws:SourceVpc = vpc-1')
  })

  test('condition removed from an Allow broadens', () => {
    const d = diffPolicies(policy(allow('s3:GetObject', BUCKET, VPC('vpc-1'))), policy(allow('s3:GetObject')))
    expect(d.accessChange).toBe('broadens')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'broadens', changes: ['Condition removed StringEquals aws:SourceVpc: broadens'] }])
  })

  test('condition added on a Deny broadens', () => {
    const d = diffPolicies(policy(deny('s3:*', '*')), policy(deny('s3:*', '*', VPC('vpc-1', 'StringNotEquals'))))
    expect(d.accessChange).toBe('broadens')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'broadens', changes: ['Condition added StringNotEquals aws:SourceVpc: broadens'] }])
  })

  test('condition removed from a Deny narrows', () => {
    const secure = { Condition: { Bool: { 'aws:SecureTransport': 'false' } } }
    const d = diffPolicies(policy(deny('s3:*', '*', secure)), policy(deny('s3:*', '*')))
    expect(d.accessChange).toBe('narrows')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'narrows', changes: ['Condition removed Bool aws:SecureTransport: narrows'] }])
  })

  test('condition value changed on an Allow is mixed (one network gains, one loses)', () => {
    const d = diffPolicies(policy(allow('s3:GetObject', BUCKET, VPC('vpc-1'))), policy(allow('s3:GetObject', BUCKET, VPC('vpc-2'))))
    expect(d.accessChange).toBe('mixed')
    expect(shape(d)).toEqual([
      {
        kind: 'modified',
        rating: 'mixed',
        changes: ['Condition added StringEquals aws:SourceVpc vpc-2: broadens', 'Condition removed StringEquals aws:SourceVpc vpc-1: narrows']
      }
    ])
    expect(d.statements[0].changes[0].summary).toBe('adds vpc-2 to condition StringEquals aws:SourceVpc')
  })

  test('one more excluded value under a negated operator narrows an Allow', () => {
    const d = diffPolicies(
      policy(allow('s3:GetObject', BUCKET, VPC('vpc-1', 'StringNotEquals'))),
      policy(allow('s3:GetObject', BUCKET, VPC(['vpc-1', 'vpc-9'], 'StringNotEquals')))
    )
    expect(d.accessChange).toBe('narrows')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'narrows', changes: ['Condition added StringNotEquals aws:SourceVpc vpc-9: narrows'] }])
  })

  test('a StringLike value already matched by another pattern is neutral', () => {
    const like = (v: unknown) => ({ Condition: { StringLike: { 's3:prefix': v } } })
    const d = diffPolicies(policy(allow('s3:ListBucket', '*', like('home/*'))), policy(allow('s3:ListBucket', '*', like(['home/*', 'home/alice/*']))))
    expect(d.accessChange).toBe('none')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'neutral', changes: ['Condition added StringLike s3:prefix home/alice/*: neutral'] }])
  })
})

describe('NotAction and NotResource invert', () => {
  test('NotAction growing on an Allow narrows', () => {
    const d = diffPolicies(policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), policy({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }))
    expect(d.accessChange).toBe('narrows')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'narrows', changes: ['NotAction added organizations:*: narrows'] }])
    expect(d.statements[0].changes[0].summary).toBe('excludes organizations:* (NotAction)')
  })

  test('NotAction shrinking on an Allow broadens; on a Deny it narrows', () => {
    const allowBefore = policy({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })
    const allowAfter = policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })
    expect(shape(diffPolicies(allowBefore, allowAfter))).toEqual([{ kind: 'modified', rating: 'broadens', changes: ['NotAction removed organizations:*: broadens'] }])
    const denyBefore = policy({ Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*' })
    const denyAfter = policy({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' })
    const d = diffPolicies(denyBefore, denyAfter)
    expect(d.accessChange).toBe('narrows')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'narrows', changes: ['NotAction removed sts:*: narrows'] }])
  })

  test('an excluded action already excluded by a wider pattern is neutral', () => {
    const d = diffPolicies(policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), policy({ Effect: 'Allow', NotAction: ['iam:*', 'iam:PassRole'], Resource: '*' }))
    expect(d.accessChange).toBe('none')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'neutral', changes: ['NotAction added iam:PassRole: neutral'] }])
  })

  test('NotResource growing on an Allow narrows, on a Deny broadens', () => {
    const stmt = (Effect: string, NotResource: unknown) => ({ Effect, Action: 's3:*', NotResource })
    const onAllow = diffPolicies(policy(stmt('Allow', 'arn:aws:s3:::secret/*')), policy(stmt('Allow', ['arn:aws:s3:::secret/*', 'arn:aws:s3:::audit/*'])))
    expect(onAllow.accessChange).toBe('narrows')
    expect(shape(onAllow)).toEqual([{ kind: 'modified', rating: 'narrows', changes: ['NotResource added arn:aws:s3:::audit/*: narrows'] }])
    const onDeny = diffPolicies(policy(stmt('Deny', 'arn:aws:s3:::secret/*')), policy(stmt('Deny', ['arn:aws:s3:::secret/*', 'arn:aws:s3:::audit/*'])))
    expect(onDeny.accessChange).toBe('broadens')
    expect(shape(onDeny)).toEqual([{ kind: 'modified', rating: 'broadens', changes: ['NotResource added arn:aws:s3:::audit/*: broadens'] }])
  })
})

describe('principals', () => {
  const root = 'arn:aws:iam::111122223333:root'
  const user = 'arn:aws:iam::111122223333:user/infa'
  // The account's other principals lose; the user, named directly, no longer needs an IAM policy of her own.
  test('account root -> one user is mixed', () => {
    const d = diffPolicies(policy(trust({ AWS: root })), policy(trust({ AWS: user })))
    expect(d.accessChange).toBe('mixed')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'mixed', changes: [`Principal added ${user}: broadens`, `Principal removed ${root}: narrows`] }])
    expect(d.statements[0].changes[1].principalType).toBe('AWS')
  })

  // Two partitions are two accounts with the same digits (no request reaches both); a bare ID is read in the policy's own.
  test('the account root -> the same digits in another partition is mixed; the bare ID is either', () => {
    const cn = 'arn:aws-cn:iam::111122223333:root'
    expect(diffPolicies(policy(trust({ AWS: root })), policy(trust({ AWS: cn }))).accessChange).toBe('mixed')
    expect(diffPolicies(policy(trust({ AWS: '111122223333' })), policy(trust({ AWS: cn }))).accessChange).toBe('none')
    expect(diffPolicies(policy(trust({ AWS: '111122223333' })), policy(trust({ AWS: root }))).accessChange).toBe('none')
  })

  // A role session's aws:PrincipalArn is its role's ARN: pinned to a session ARN, "*" admits nobody, and naming the session is new.
  test('"*" pinned by aws:PrincipalArn to a session ARN is not that session', () => {
    const session = 'arn:aws:sts::111122223333:assumed-role/etl/s1'
    const d = diffPolicies(policy(trust('*', { Condition: { StringEquals: { 'aws:PrincipalArn': session } } })), policy(trust({ AWS: session })))
    expect(d.accessChange).not.toBe('none')
    expect(d.statements[0].changes.some((c) => c.rating === 'broadens')).toBe(true)
  })

  test('one user -> "*" broadens', () => {
    const d = diffPolicies(policy(trust({ AWS: user })), policy(trust('*')))
    expect(d.accessChange).toBe('broadens')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'broadens', changes: ['Principal added *: broadens', `Principal removed ${user}: neutral`] }])
  })

  test('account ID written as its root ARN is neutral', () => {
    const d = diffPolicies(policy(trust({ AWS: '111122223333' })), policy(trust({ AWS: root })))
    expect(d.accessChange).toBe('none')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'neutral', changes: [`Principal added ${root}: neutral`, 'Principal removed 111122223333: neutral'] }])
  })

  test('a service principal added to a trust policy broadens', () => {
    const d = diffPolicies(policy(trust({ AWS: user })), policy(trust({ AWS: user, Service: 'redshift.amazonaws.com' })))
    expect(d.accessChange).toBe('broadens')
    expect(shape(d)).toEqual([{ kind: 'modified', rating: 'broadens', changes: ['Principal added redshift.amazonaws.com: broadens'] }])
    expect(d.statements[0].changes[0].summary).toBe('adds principal Service redshift.amazonaws.com')
  })
})

describe('matching statements', () => {
  test('matched by Sid while its content changed and it moved', () => {
    const before = policy({ Sid: 'List', ...allow('s3:ListBucket', 'arn:aws:s3:::data-bucket') }, { Sid: 'Read', ...allow('s3:GetObject') })
    const after = policy({ Sid: 'Read', ...allow('kms:Decrypt', '*') }, { Sid: 'List', ...allow('s3:ListBucket', 'arn:aws:s3:::data-bucket') })
    const d = diffPolicies(before, after)
    expect(d.accessChange).toBe('mixed')
    expect(d.statements.map((s) => [s.matchedBy, s.before, s.after])).toEqual([
      ['sid', { side: 'before', index: 1, sid: 'Read' }, { side: 'after', index: 0, sid: 'Read' }]
    ])
    expect(shape(d)).toEqual([
      {
        kind: 'modified',
        rating: 'mixed',
        changes: ['Action added kms:Decrypt: broadens', 'Action removed s3:GetObject: narrows', 'Resource added *: broadens', `Resource removed ${BUCKET}: narrows`]
      }
    ])
  })

  test('statements without Sid are matched by content when reordered', () => {
    const read = allow(['s3:GetObject', 's3:GetObjectVersion'], BUCKET)
    const list = allow('s3:ListBucket', 'arn:aws:s3:::data-bucket')
    const kms = allow(['kms:Decrypt', 'kms:GenerateDataKey'], 'arn:aws:kms:us-east-1:111122223333:key/abc')
    const d = diffPolicies(policy(read, list, kms), policy({ ...kms, Action: 'kms:Decrypt' }, list, { ...read, Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:GetObjectTagging'] }))
    expect(d.accessChange).toBe('mixed')
    expect(d.statements.map((s) => [s.matchedBy, s.before?.index, s.after?.index])).toEqual([
      ['content', 2, 0],
      ['content', 0, 2]
    ])
    expect(shape(d)).toEqual([
      { kind: 'modified', rating: 'narrows', changes: ['Action removed kms:GenerateDataKey: narrows'] },
      { kind: 'modified', rating: 'broadens', changes: ['Action added s3:GetObjectTagging: broadens'] }
    ])
  })

  test('a new statement already covered by an existing one is neutral', () => {
    const d = diffPolicies(policy(allow('s3:*', 'arn:aws:s3:::data-bucket*')), policy(allow('s3:*', 'arn:aws:s3:::data-bucket*'), { Sid: 'Extra', ...allow(['s3:GetObject', 's3:PutObject']) }))
    expect(d.accessChange).toBe('none')
    expect(shape(d)).toEqual([{ kind: 'added', rating: 'neutral', changes: [] }])
    expect(d.statements[0].coveredBy).toEqual({ side: 'before', index: 0 })
    expect(d.statements[0].summary).toContain('already allowed by statement #1')
  })

  test('a new statement covered by two existing ones together is neutral', () => {
    const before = policy(allow('s3:Get*'), allow('s3:Put*'))
    const d = diffPolicies(before, policy(...before.Statement, allow(['s3:GetObject', 's3:PutObject'])))
    expect(d.accessChange).toBe('none')
    expect(shape(d)).toEqual([{ kind: 'added', rating: 'neutral', changes: [] }])
  })
})

describe('files and roll-up', () => {
  const file = policy(allow('s3:GetObject'), deny('s3:DeleteObject'))
  test('added file: each new Allow statement broadens', () => {
    const d = diffPolicies(undefined, policy(allow('s3:GetObject'), allow('s3:PutObject')))
    expect(d.fileChange).toBe('added')
    expect(d.accessChange).toBe('broadens')
    expect(shape(d)).toEqual([
      { kind: 'added', rating: 'broadens', changes: [] },
      { kind: 'added', rating: 'broadens', changes: [] }
    ])
    expect(d.statements[0].summary).toBe(`adds statement #1: Allow s3:GetObject on ${BUCKET}`)
  })

  test('removed file with an Allow and a Deny is mixed', () => {
    const d = diffPolicies(file, undefined)
    expect(d.fileChange).toBe('removed')
    expect(d.accessChange).toBe('mixed')
    expect(shape(d)).toEqual([
      { kind: 'removed', rating: 'narrows', changes: [] },
      { kind: 'removed', rating: 'broadens', changes: [] }
    ])
  })

  test('one statement broadens and another narrows: mixed', () => {
    const d = diffPolicies(file, policy(allow(['s3:GetObject', 's3:PutObject']), deny(['s3:DeleteObject', 's3:DeleteObjectVersion'])))
    expect(d.accessChange).toBe('mixed')
    expect(shape(d)).toEqual([
      { kind: 'modified', rating: 'broadens', changes: ['Action added s3:PutObject: broadens'] },
      { kind: 'modified', rating: 'narrows', changes: ['Action added s3:DeleteObjectVersion: narrows'] }
    ])
    expect(d.summary).toBe('broadens and narrows access; statements: 2 modified')
  })

  test('an after version that is not a policy is reported and grants nothing', () => {
    const d = diffPolicies(file, { Version: '2012-10-17' })
    expect(d.invalid).toEqual(['after'])
    expect(d.accessChange).toBe('mixed')
    expect(d.statements.map((s) => s.kind)).toEqual(['removed', 'removed'])
  })

  test('a changed Version is reported without a rating', () => {
    const d = diffPolicies({ ...file, Version: '2008-10-17' }, file)
    expect(d.accessChange).toBe('none')
    expect(d.statements).toEqual([])
    expect(d.version).toEqual({ before: '2008-10-17', after: '2012-10-17' })
  })

  test('both versions absent', () => {
    const d = diffPolicies(undefined, undefined)
    expect(d.fileChange).toBe('absent')
    expect(d.accessChange).toBe('none')
  })
})

describe('empty lists are said in words', () => {
  /** Every text of a diff: summaries, explanations, reasons. */
  const textsOf = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(textsOf) : value && typeof value === 'object' ? Object.values(value).flatMap(textsOf) : []

  test.each([
    ['an empty Action list', policy(allow([], '*')), 'Allow no action on *'],
    ['an empty Resource list', policy(allow('s3:GetObject', [])), 'Allow s3:GetObject on no resource'],
    ['an empty NotAction list', policy({ Effect: 'Deny', NotAction: [], Resource: '*' }), 'Deny every action on *'],
    ['an empty Principal list', policy({ Effect: 'Allow', Principal: { AWS: [] }, Action: 's3:GetObject', Resource: BUCKET }), 'for no principal']
  ])('%s', (_name, after, said) => {
    const texts = textsOf(diffPolicies(policy(allow('s3:ListBucket', 'arn:aws:s3:::other')), after))
    expect(texts.some((t) => t.includes(said))).toBe(true)
    expect(texts.filter((t) => /\S {2,}\S|\(no effect: \)| $/.test(t))).toEqual([])
  })

  test('a statement whose Principal list is empty is of no effect, and says why', () => {
    const d = diffPolicies(policy(allow('s3:GetObject')), policy(allow('s3:GetObject'), { Effect: 'Allow', Principal: { AWS: [] }, Action: 's3:PutObject', Resource: BUCKET }))
    expect(d.accessChange).toBe('none')
    expect(textsOf(d)).toContain('no effect: the statement names no principal')
  })
})
