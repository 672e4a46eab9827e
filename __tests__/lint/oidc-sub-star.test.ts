// RTC609 for an OIDC trust whose only subject condition matches every subject:
// a `:sub` pattern of "*" under StringLike (its values are alternatives, so one
// "*" among them is enough) limits nothing, no more than no condition does.
import { lintPolicyText } from '../../src/core/lint/lint.js'

const trust = (provider: string, Condition: Record<string, unknown>) =>
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::111122223333:oidc-provider/${provider}` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition }]
    },
    null,
    2
  )
const findings = (text: string, code: string) => lintPolicyText('trust.json', text, 'trust').findings.filter((f) => f.code === code)

test.each([
  ['gitlab.com', { StringEquals: { 'gitlab.com:aud': 'https://gitlab.com' }, StringLike: { 'gitlab.com:sub': '*' } }],
  ['gitlab.com', { StringLike: { 'gitlab.com:sub': ['project_path:grp/proj:ref_type:branch:ref:main', '*'] } }],
  ['app.terraform.io', { StringLikeIfExists: { 'app.terraform.io:sub': '**' } }],
  ['oidc.eks.us-east-1.amazonaws.com/id/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { 'ForAnyValue:StringLike': { 'oidc.eks.us-east-1.amazonaws.com/id/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA:sub': '*' } }]
])('%s with "*" as a sub pattern is RTC609, at the provider', (provider, condition) => {
  const text = trust(provider, condition)
  const found = findings(text, 'RTC609')
  expect(found).toHaveLength(1)
  expect(found[0].line).toBe(text.split('\n').findIndex((l) => l.includes('oidc-provider/')) + 1)
  expect(found[0].message).toContain(`with "*" among its ${provider}:sub patterns`)
  expect(found[0].message).toContain('which matches every subject')
})

test('not when the subject is named, when another condition on it names it, or under StringEquals (literal "*", RTC404)', () => {
  expect(findings(trust('gitlab.com', { StringLike: { 'gitlab.com:sub': 'project_path:grp/proj:*' } }), 'RTC609')).toEqual([])
  expect(findings(trust('gitlab.com', { StringLike: { 'gitlab.com:sub': '*' }, StringEquals: { 'gitlab.com:sub': 'project_path:grp/proj:ref_type:branch:ref:main' } }), 'RTC609')).toEqual([])
  const literal = trust('gitlab.com', { StringEquals: { 'gitlab.com:sub': '*' } })
  expect(findings(literal, 'RTC609')).toEqual([])
  expect(findings(literal, 'RTC404')).toHaveLength(1)
})

test('GitHub keeps its own finding for "*" (RTC610), not a second one', () => {
  const text = trust('token.actions.githubusercontent.com', { StringLike: { 'token.actions.githubusercontent.com:sub': '*' } })
  expect(findings(text, 'RTC610')).toHaveLength(1)
  expect(findings(text, 'RTC609')).toEqual([])
})
