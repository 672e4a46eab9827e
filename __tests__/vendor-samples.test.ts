// The vendor's three sample policies, as a user would paste them from its page
// (re-typed in __tests__/fixtures/policies/vendor-*.json): the trust-policy
// sample is not valid JSON (one '}' too many), the user-policy sample carries
// placeholders and the KMS sample applies to every key. The page itself is
// checked by __corpus__/seed.test.ts.
import { lintPolicyText } from '../src/core/lint/lint.js'
import { fixtureText } from './support/fixtures.js'

const userSample = fixtureText('vendor-user-policy.json')
const trustSample = fixtureText('vendor-trust-policy.json')
const kmsSample = fixtureText('vendor-kms-policy.json')

test("the vendor's trust-policy sample is reported at its extra '}'", () => {
  const linted = lintPolicyText('iam/trust-policy.json', trustSample)
  const syntax = linted.findings.filter((f) => f.code === 'RTC001')
  expect(syntax).toHaveLength(1)
  expect(syntax[0]).toMatchObject({ line: 1, column: trustSample.lastIndexOf('}') + 1, severity: 'error' })
  expect(syntax[0].message).toMatch(/extra '\}'/)
  // The document before it is complete: its placeholder account is reported too.
  expect(linted.findings.find((f) => f.code === 'RTC304')?.message).toContain('AWS-account-ID')
})

test("the user-policy sample's placeholders are reported, each where it stands", () => {
  const linted = lintPolicyText('iam/user-policy.json', userSample)
  const placeholders = linted.findings.filter((f) => f.code === 'RTC616')
  expect(placeholders.map((f) => f.column)).toEqual([userSample.indexOf('<ACCOUNT-NUMBER>') + 1, userSample.indexOf('<ROLE-NAME>') + 1])
})

test('the KMS sample is valid but not least privilege: a warning, no error', () => {
  const linted = lintPolicyText('iam/kms-policy.json', kmsSample)
  expect(linted.findings.filter((f) => f.severity === 'error')).toEqual([])
  expect(linted.findings.map((f) => f.code)).toContain('RTC607')
})
