// The review comment's statement rows say what is TRUE and why (issue
// review-qa, D1-D9 and R1). Each case plays the exact pair the QA pass
// reproduced and a second pair of the same shape on other services and
// values, through analyseFile (what the comment's rows are made of); the
// verdicts stay what they were (D9 aside, which was the bug).
import { describe, expect, test } from '@jest/globals'
import { analyseFile } from '../../src/modes/review-analysis.js'
import { countedAccess, reviewComment } from '../../src/report/review-comment.js'
import { conditionMembersRead, keySpeltTwice } from '../../src/core/iam/key-spellings.js'
import { parseJson } from '../../src/core/json-ast/parse.js'

const policy = (statements: object[], version?: string) =>
  `${JSON.stringify(version === '' ? { Statement: statements } : { Version: version ?? '2012-10-17', Statement: statements }, null, 2)}\n`
const one = (statement: object) => policy([statement])
const review = (baseText: string | undefined, headText: string | undefined) => analyseFile({ path: 'iam/p.json', status: 'modified', baseText, headText })

const ACCT = '123456789012'
const BUCKET = 'arn:aws:s3:::dp-staging'
// The QA pass's connector role (its scenarios 01, 02, 27).
const role = (extra: object[] = [], s3 = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], res = `${BUCKET}/informatica/*`) =>
  policy([
    { Sid: 'StagingObjects', Effect: 'Allow', Action: s3, Resource: res },
    { Sid: 'StagingList', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET, Condition: { StringLike: { 's3:prefix': ['informatica/*'] } } },
    { Sid: 'RedshiftCreds', Effect: 'Allow', Action: 'redshift:GetClusterCredentials', Resource: [`arn:aws:redshift:us-east-1:${ACCT}:dbuser:analytics/etl_user`, `arn:aws:redshift:us-east-1:${ACCT}:dbname:analytics/dw`] },
    ...extra
  ])
const trust = (externalId: string) =>
  policy([{ Sid: 'AssumeFromEtl', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCT}:user/informatica-etl` }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': externalId } } }])
const TABLE = 'arn:aws:dynamodb:us-east-1:111122223333:table'

describe('D3/D4: a switch to NotResource or NotAction says what the statement now allows', () => {
  test('Resource dp-staging/* -> NotResource dp-staging/secret/* (the QA pair)', () => {
    const r = review(one({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` }), one({ Effect: 'Allow', Action: 's3:GetObject', NotResource: `${BUCKET}/secret/*` }))
    expect(r.accessChange).toBe('mixed')
    const [row] = r.changes
    // Not "removes resource arn:aws:s3:::dp-staging/*": all of it but secret/* stays allowed.
    expect(row.change).not.toContain(`removes resource ${BUCKET}/*`)
    expect(row.change).toContain(`now allows s3:GetObject on every resource except ${BUCKET}/secret/* (NotResource)`)
    expect(row.why).toBe(
      `now allows s3:GetObject on every resource except ${BUCKET}/secret/* (NotResource): adds resources outside ${BUCKET}/*, e.g. arn:aws:s3:::other/x; ` +
        `removes the resources of ${BUCKET}/* that NotResource excludes: ${BUCKET}/secret/*`
    )
  })

  test('Resource table/* -> NotResource table/Secrets (same shape, another service)', () => {
    const r = review(one({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: `${TABLE}/*` }), one({ Effect: 'Allow', Action: 'dynamodb:GetItem', NotResource: `${TABLE}/Secrets` }))
    expect(r.accessChange).toBe('mixed')
    const why = r.changes[0].why ?? ''
    expect(why).toMatch(new RegExp(`^now allows dynamodb:GetItem on every resource except ${TABLE}/Secrets \\(NotResource\\): adds resources outside ${TABLE}/\\*, e\\.g\\. (\\S+);`))
    // The example is one the old Resource did not reach and the NotResource does not exclude.
    const example = /e\.g\. (\S+);/.exec(why)?.[1] ?? ''
    expect(example.startsWith(`${TABLE}/`)).toBe(false)
    expect(example).not.toBe(`${TABLE}/Secrets`)
    expect(why).toContain(`removes the resources of ${TABLE}/* that NotResource excludes: ${TABLE}/Secrets`)
  })

  test('Action s3:GetObject -> NotAction iam:* (the QA pair)', () => {
    const r = review(one({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), one({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))
    expect(r.accessChange).toBe('broadens')
    // Not "excludes iam:* (NotAction)", which reads as a narrowing.
    expect(r.changes[0].why).toBe('now allows every action except iam:* (NotAction) on *: adds actions outside s3:GetObject, e.g. s3:DeleteObject')
    expect(r.changes[0].change).not.toContain('excludes iam:*')
  })

  test('Action dynamodb:GetItem -> NotAction s3:*, iam:* (same shape, another service)', () => {
    const r = review(one({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' }), one({ Effect: 'Allow', NotAction: ['s3:*', 'iam:*'], Resource: '*' }))
    expect(r.accessChange).toBe('broadens')
    expect(r.changes[0].why).toBe('now allows every action except iam:*, s3:* (NotAction) on *: adds actions outside dynamodb:GetItem, e.g. dynamodb:DeleteItem')
  })

  test('NotResource -> Resource (the switch back) says what the statement no longer allows', () => {
    const r = review(one({ Effect: 'Allow', Action: 's3:GetObject', NotResource: `${BUCKET}/secret/*` }), one({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` }))
    expect(r.accessChange).toBe('mixed')
    expect(r.changes[0].why).toContain(`no longer allows s3:GetObject on every resource except ${BUCKET}/secret/* (NotResource), only ${BUCKET}/*: removes resources outside ${BUCKET}/*, e.g. arn:aws:s3:::other/x`)
  })
})

describe('D8: a Version change shows the resource as written', () => {
  test('2012-10-17 -> 2008-10-17 with ${aws:username} (the QA pair)', () => {
    const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}/*' }
    const r = review(policy([statement]), policy([statement], '2008-10-17'))
    expect(r.accessChange).toBe('mixed')
    const { change, why } = r.changes[0]
    expect(`${change} ${why}`).not.toContain('${$}')
    expect(change).toContain('adds resource arn:aws:s3:::b/${aws:username}/* for s3:GetObject, now literal text (Version 2008-10-17 substitutes no policy variables)')
    expect(why).toContain('arn:aws:s3:::b/${aws:username}/* is now literal text (Version 2008-10-17 substitutes no policy variables)')
  })

  test('Version dropped with ${aws:PrincipalTag/team} (same shape)', () => {
    const statement = { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::team-${aws:PrincipalTag/team}' }
    const r = review(policy([statement]), policy([statement], ''))
    expect(r.accessChange).toBe('mixed')
    expect(`${r.changes[0].change} ${r.changes[0].why}`).not.toContain('${$}')
    expect(r.changes[0].why).toContain('arn:aws:s3:::team-${aws:PrincipalTag/team} is now literal text (a policy without a Version substitutes no policy variables)')
  })
})

describe('D9: a head that gives a key twice with different values is not "no change in access"', () => {
  const comment = (r: ReturnType<typeof review>) => reviewComment([r], {}).body

  test('"Resource": "*" then the old resource (the QA pair)', () => {
    const base = one({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/informatica/*` })
    const r = review(base, base.replace('"Resource"', '"Resource": "*",\n      "Resource"'))
    expect(r.invalid).toBe(
      'line 8: "Resource" is given twice with different values (first at line 7 column 7); JSON.parse keeps the last, but IAM or a deploy tool may read the other, so what it grants is not known'
    )
    expect(comment(r)).not.toContain('No change in access')
    expect(comment(r)).toContain('❌ **Invalid documents**')
  })

  test('"Action" given twice on one line (same shape, minified)', () => {
    const r = review(one({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Action":"s3:GetObject","Resource":"*"}]}')
    expect(r.invalid).toMatch(/^line 1: "Action" is given twice with different values \(first at line 1 column 56\); JSON\.parse keeps the last/)
    expect(comment(r)).not.toContain('No change in access')
  })

  test('a key repeated with the same value reads the same everywhere: not an invalid document', () => {
    const r = review(one({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Action":"s3:GetObject","Resource":"*"}]}')
    expect(r.invalid).toBeUndefined()
    expect(r.accessChange).toBe('none')
    expect(r.findings.map((f) => f.code)).toEqual(['RTC002'])
  })
})

describe('D9: a condition key spelt two ways in one block with different values is as ambiguous as a key given twice', () => {
  const comment = (r: ReturnType<typeof review>) => reviewComment([r], {}).body
  const vpc = (block: string) =>
    `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{${block}}}}]}`

  test('aws:SourceVpc vpc-a added before aws:sourcevpc vpc-b (the QA pair): not "narrows"', () => {
    // Read as both tested, no request meets the head's condition ("narrows"); IAM, which reads key names without
    // regard to case, may take vpc-a alone (the first) or both values, and then vpc-a is newly allowed.
    const r = review(vpc('"aws:SourceVpc":"vpc-b"'), vpc('"aws:SourceVpc":"vpc-a","aws:sourcevpc":"vpc-b"'))
    expect(r.invalid).toBe(
      'line 1: condition key "aws:sourcevpc" under StringEquals is also given as "aws:SourceVpc" with other values (line 1 column 124); ' +
        'IAM reads condition key names without regard to case, so this is one key given twice, and which values IAM tests is not documented, so what it grants is not known'
    )
    expect(countedAccess(r)).toBe('broadens')
    expect(comment(r)).toContain('❌ **Invalid documents**')
  })

  test("a Deny's StringNotEquals aws:SourceVpce spelt AWS:SOURCEVPCE with another value (same shape, pretty-printed)", () => {
    const deny = (condition: object) =>
      `${JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: condition }] }, null, 2)}\n`
    const r = review(deny({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } }), deny({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1', 'AWS:SOURCEVPCE': ['vpce-2', 'vpce-1'] } }))
    expect(r.invalid).toMatch(/^line 16: condition key "AWS:SOURCEVPCE" under StringNotEquals is also given as "aws:SourceVpce" with other values \(line 15 column 11\)/)
    expect(countedAccess(r)).toBe('broadens')
  })

  test('two spellings with the same values (in any order, a number as text) are one test: not an invalid document', () => {
    const r = review(vpc('"aws:SourceVpc":["vpc-a","vpc-b"]'), vpc('"aws:SourceVpc":["vpc-a","vpc-b"],"AWS:SourceVPC":["vpc-b","vpc-a","vpc-a"]'))
    expect(r.invalid).toBeUndefined()
    expect(r.accessChange).toBe('none')
    const n = review(vpc('"s3:max-keys":"10"'), vpc('"s3:max-keys":"10","S3:Max-Keys":10'))
    expect(n.invalid).toBeUndefined()
  })

  test('the blocks are read once: the members read grow as the document does', () => {
    const block = (n: number) => Array.from({ length: n }, (_, i) => `"aws:PrincipalTag/k${i}":"v","AWS:PRINCIPALTAG/K${i}":"v"`).join(',')
    const read = (n: number) => {
      const before = conditionMembersRead()
      const parsed = parseJson(vpc(block(n)))
      expect(parsed.ok && keySpeltTwice(parsed.root)).toBeUndefined()
      return conditionMembersRead() - before
    }
    expect(read(2000)).toBe(4000)
    expect(read(4000)).toBe(8000)
  })
})

describe('D5/D6: a condition value change says what it admits, and on a Deny which requests it no longer applies to', () => {
  test('Deny StringNotEquals aws:SourceVpce gains vpce-9999 (the QA pair)', () => {
    const deny = (vpce: string | string[]) => [{ Sid: 'DenyOutsideVpc', Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { StringNotEquals: { 'aws:SourceVpce': vpce } } }]
    const r = review(role(deny('vpce-1a2b3c4d')), role(deny(['vpce-1a2b3c4d', 'vpce-9999'])))
    expect(r.accessChange).toBe('broadens')
    expect(r.changes[0].why).toBe('condition `aws:SourceVpce` changed from `vpce-1a2b3c4d` to `vpce-1a2b3c4d, vpce-9999`: the Deny no longer applies to requests with `aws:SourceVpce` = `vpce-9999`')
  })

  test('Deny StringNotEquals aws:PrincipalOrgID gains o-2 (same shape)', () => {
    const deny = (org: string | string[]) =>
      policy([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Sid: 'OrgOnly', Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': org } } }])
    const r = review(deny('o-1'), deny(['o-1', 'o-2']))
    expect(r.accessChange).toBe('broadens')
    expect(r.changes[0].why).toBe('condition `aws:PrincipalOrgID` changed from `o-1` to `o-1, o-2`: the Deny no longer applies to requests with `aws:PrincipalOrgID` = `o-2`')
  })

  test('sts:ExternalId ext-123 -> ext-456 (the QA pair)', () => {
    const r = review(trust('ext-123'), trust('ext-456'))
    expect(r.accessChange).toBe('mixed')
    expect(r.changes[0].why).toBe('condition `sts:ExternalId` changed from `ext-123` to `ext-456`: now admits `ext-456`, no longer `ext-123`')
  })

  test('aws:SourceVpc vpc-1 -> vpc-2 (same shape)', () => {
    const vpc = (v: string) => one({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:SourceVpc': v } } })
    const r = review(vpc('vpc-1'), vpc('vpc-2'))
    expect(r.accessChange).toBe('mixed')
    expect(r.changes[0].why).toBe('condition `aws:SourceVpc` changed from `vpc-1` to `vpc-2`: now admits `vpc-2`, no longer `vpc-1`')
  })
})

describe('D7: a statement paired with a base statement of another name shows both', () => {
  test("'RW' split into 'R' and 'W' (the QA pair)", () => {
    const r = review(
      one({ Sid: 'RW', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${BUCKET}/*` }),
      policy([{ Sid: 'R', Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` }, { Sid: 'W', Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET}/*` }])
    )
    expect(r.accessChange).toBe('none')
    expect(r.changes.map((c) => c.statement)).toEqual(["statement 'RW' → 'R'", "statement 'W'"])
  })

  test("'ReadWrite' split into 'Read' and 'Write' (same shape)", () => {
    const r = review(
      one({ Sid: 'ReadWrite', Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: `${TABLE}/Orders` }),
      policy([{ Sid: 'Read', Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: `${TABLE}/Orders` }, { Sid: 'Write', Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: `${TABLE}/Orders` }])
    )
    expect(r.changes.map((c) => c.statement)).toEqual(["statement 'ReadWrite' → 'Read'", "statement 'Write'"])
  })

  test('Sid-less statements that shift: #3 -> #2 (the QA pair)', () => {
    const r = review(
      policy([
        { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/a/*` },
        { Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET}/b/*` },
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET }
      ]),
      policy([
        { Effect: 'Allow', Action: 's3:PutObject', Resource: `${BUCKET}/b/*` },
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }
      ])
    )
    expect(r.accessChange).toBe('mixed')
    expect(r.changes.map((c) => c.statement).sort()).toEqual(['statement #1', 'statement #3 → #2'])
    expect(r.changes.find((c) => c.statement === 'statement #3 → #2')?.change).toContain('adds resource * for s3:ListBucket')
  })

  test('Sid-less statements that shift: #2 -> #1 (same shape)', () => {
    const r = review(
      policy([{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }, { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:111122223333:q' }]),
      policy([{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:111122223333:*' }])
    )
    expect(r.changes.map((c) => c.statement).sort()).toEqual(['statement #1', 'statement #2 → #1'])
  })
})

describe('D1/D2: the Why column says why, not the change again', () => {
  test('+ s3:GetObjectTagging on the connector role (the QA pair)', () => {
    const r = review(role(), role([], ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:GetObjectTagging']))
    expect(r.accessChange).toBe('broadens')
    expect(r.changes[0].change).toBe(`adds s3:GetObjectTagging on ${BUCKET}/informatica/*`)
    expect(r.changes[0].why).toBe(`no statement of the base version allowed s3:GetObjectTagging on ${BUCKET}/informatica/*`)
  })

  test('+ dynamodb:PutItem on a table (same shape)', () => {
    const orders = (Action: string[]) => one({ Sid: 'Orders', Effect: 'Allow', Action, Resource: `${TABLE}/Orders` })
    const r = review(orders(['dynamodb:GetItem', 'dynamodb:Query']), orders(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem']))
    expect(r.accessChange).toBe('broadens')
    expect(r.changes[0].why).toBe(`no statement of the base version allowed dynamodb:PutItem on ${TABLE}/Orders`)
    expect(r.changes[0].why).not.toBe(r.changes[0].change)
  })

  test('informatica/* -> informatica/prod/* (the QA pair): "the base version of this statement"', () => {
    const r = review(role(), role([], undefined, `${BUCKET}/informatica/prod/*`))
    expect(r.accessChange).toBe('narrows')
    expect(r.changes[0].change).toContain(`adds resource ${BUCKET}/informatica/prod/* for s3:DeleteObject, s3:GetObject, s3:PutObject (already allowed by the base version of this statement)`)
    expect(r.changes[0].why).toBe(`no statement of the head version allows s3:DeleteObject, s3:GetObject, s3:PutObject on ${BUCKET}/informatica/*`)
  })

  test('key/* -> key/abc (same shape); a removed name still covered says "the head version of this statement"', () => {
    const key = (Resource: string) => one({ Effect: 'Allow', Action: 'kms:Decrypt', Resource })
    const r = review(key('arn:aws:kms:us-east-1:111122223333:key/*'), key('arn:aws:kms:us-east-1:111122223333:key/abc'))
    expect(r.accessChange).toBe('narrows')
    expect(r.changes[0].change).toContain('(already allowed by the base version of this statement)')
    const get = (Action: string) => one({ Effect: 'Allow', Action, Resource: `${TABLE}/Orders` })
    const wider = review(get('dynamodb:GetItem'), get('dynamodb:Get*'))
    expect(wider.accessChange).toBe('broadens')
    expect(wider.changes[0].change).toContain(`removes dynamodb:GetItem on ${TABLE}/Orders (still allowed by the head version of this statement)`)
  })
})

describe('R1: "either" only when the head is invalid too', () => {
  test('base not JSON, head valid (the QA pair)', () => {
    expect(review('{ nope', role()).note).toBe('The base version is not a valid policy document; it is read as granting nothing.')
  })

  test('base JSON without a Statement, head valid (same shape)', () => {
    expect(review('{"Version": "2012-10-17"}\n', one({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })).note).toBe(
      'The base version is not a valid policy document; it is read as granting nothing.'
    )
  })

  test('both invalid: "either" stays', () => {
    expect(review('{ nope', '{ nope either').note).toBe('The base version is not a valid policy document either; it is read as granting nothing.')
  })
})
