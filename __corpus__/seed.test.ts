// The vendor page the product starts from (../shared/seed): its three sample
// policies, linted as a user would commit them. The trust-policy sample is not
// valid JSON (one '}' too many) and the others carry placeholders.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { lintPolicyText } from '../src/core/lint/lint.js'
import { corpusDir } from './support/corpus-dir.js'

// The seed folder stands beside the corpus folder (../shared/seed).
const page = readFileSync(path.join(corpusDir(), '..', 'seed', '000_ded27a9c185a6af5.txt'), 'utf8')
const samples = page.split('\n').filter((line) => line.trim().startsWith('{ "Version"'))
const [userSample, trustSample, kmsSample] = samples

test('the page has the three samples: user policy, trust policy, KMS policy', () => {
  expect(samples).toHaveLength(3)
  expect(userSample).toContain('sts:AssumeRole')
  expect(trustSample).toContain('Principal')
  expect(kmsSample).toContain('kms:ReEncrypt*')
})

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
  expect(placeholders.map((f) => f.column)).toEqual([userSample.indexOf('<ACCOUNT-HYPHENS>') + 1, userSample.indexOf('<ROLE-NAME>') + 1])
})

test('the KMS sample is valid but not least privilege: a warning, no error', () => {
  const linted = lintPolicyText('iam/kms-policy.json', kmsSample)
  expect(linted.findings.filter((f) => f.severity === 'error')).toEqual([])
  expect(linted.findings.map((f) => f.code)).toContain('RTC607')
})
