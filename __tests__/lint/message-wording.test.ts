// How messages read: articles, names that may be blank, no empty lists shown,
// no empty suggestion, and a capital at the start (the probe's cosmetic findings).
import { lintPolicyText, type PolicyKind } from '../../src/core/lint/lint.js'
import type { Finding } from '../../src/core/lint/finding.js'

const lint = (text: string, kind?: PolicyKind): Finding[] => lintPolicyText('p.json', text, kind).findings
const policy = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2)
const of = (findings: Finding[], code: string) => findings.filter((f) => f.code === code)

test('RTC305 names a principal type with its article: "An instance-profile", "A group"', () => {
  const principal = (arn: string) => of(lint(policy({ Effect: 'Allow', Principal: { AWS: arn }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }), 'resource'), 'RTC305').map((f) => f.message)
  expect(principal('arn:aws:iam::111122223333:instance-profile/x')).toEqual(['An instance-profile cannot be a principal (arn:aws:iam::111122223333:instance-profile/x).'])
  expect(principal('arn:aws:iam::111122223333:group/x')).toEqual(['A group cannot be a principal (arn:aws:iam::111122223333:group/x).'])
})

test('a blank element name shows as "" in the message and the hint', () => {
  const blankType = of(lint(policy({ Effect: 'Allow', Principal: { '': '' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }), 'resource'), 'RTC115')
  expect(blankType.map((f) => [f.message, f.hint])).toEqual([['"" is an empty string.', 'Fill in "" or remove the element.']])
  const blankOperator = of(lint(policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { '': '' } })), 'RTC117')
  expect(blankOperator.map((f) => f.message)).toEqual(['The "" block must be an object of condition keys, not a string.'])
})

test('RTC619 names the NotResource list and says nothing when there is none to name', () => {
  expect(of(lint(policy({ Effect: 'Allow', Action: 's3:GetObject', NotResource: null })), 'RTC619')).toEqual([])
  expect(of(lint(policy({ Effect: 'Allow', Action: 's3:GetObject', NotResource: { a: 1 } })), 'RTC619')).toEqual([])
  expect(of(lint(policy({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::b/*' })), 'RTC619').map((f) => f.message)).toEqual([
    expect.stringMatching(/^Allow with NotResource \(arn:aws:s3:::b\/\*\) in statement 1 grants/)
  ])
})

test('RTC106 does not suggest an empty Sid', () => {
  const hint = (sid: string) => of(lint(policy({ Sid: sid, Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })), 'RTC106').map((f) => f.hint)
  for (const sid of ['*', ' ', ':', '${}']) {
    const [h] = hint(sid)
    expect(h).toBeDefined()
    expect(h).not.toContain('""')
  }
  expect(hint('Allow-Read')).toEqual(['Use "AllowRead" or another name of letters and digits.'])
})

test.each([
  ['RTC108', policy({ Action: 's3:GetObject', Resource: '*' }), undefined, 'Statement 1 has no Effect.'],
  ['RTC111', policy({ Sid: 'CrossAccountPull', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject' }), 'resource' as PolicyKind, "Statement 'CrossAccountPull' has no Resource."],
  ['RTC122', policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }), 'rcp' as PolicyKind, 'Statement 1 allows: '],
  ['RTC001', '', undefined, 'The file is empty'],
  ['RTC001', '{"Version": "2012-10-17",}', undefined, 'Trailing comma after the last element']
])('%s opens with a capital', (code, text, kind, start) => {
  const messages = of(lint(text, kind), code).map((f) => f.message)
  expect(messages).toHaveLength(1)
  expect(messages[0].startsWith(start)).toBe(true)
})
