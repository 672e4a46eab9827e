// Documents that are not policies (src/core/lint/not-a-policy.ts): one
// finding for a JSON object with none of a policy's elements (RTC004), a
// notice for the files generate writes beside the policies (RTC005), and
// the grammar rules, not RTC004, for a policy that is only misspelt.
import { lintPolicyText } from '../../src/core/lint/lint.js'

const codes = (text: string, file = 'iam/a.json') => lintPolicyText(file, text).findings.map((f) => f.code)

test.each([
  ['a package manifest', '{"name": "etl-jobs", "version": "1.4.0", "dependencies": {}}'],
  ['a Terraform configuration ("resource" alone is no statement)', '{"terraform": {}, "resource": {"aws_iam_role": {}}, "output": {}}'],
  ['a CloudFormation template', '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}'],
  ['a settings file', '{"editor.tabSize": 2}']
])('%s is not a policy: one RTC004, nothing else', (_name, text) => {
  expect(codes(text)).toEqual(['RTC004'])
})

test.each([
  ['Statement misspelt', '{"Version": "2012-10-17", "Statment": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}'],
  ['Statement misspelt, no Version', '{"Statements": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}'],
  ['a statement in lower case', '{"effect": "Allow", "action": "s3:GetObject", "resource": "*"}'],
  ['only a Version', '{"Version": "2012-10-17"}'],
  ['an empty object', '{}']
])('%s is a policy the grammar rules speak to, not RTC004', (_name, text) => {
  const found = codes(text)
  expect(found).not.toContain('RTC004')
  expect(found.length).toBeGreaterThan(0)
})

test('the message names at most five keys, each cut to 40 characters, and how many more', () => {
  const keys = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`${'k'.repeat(i === 0 ? 100_000 : 3)}${i}`, i]))
  const [finding] = lintPolicyText('a.json', JSON.stringify(keys)).findings
  expect(finding.code).toBe('RTC004')
  expect(finding.message.length).toBeLessThan(400)
  expect(finding.message).toContain(`"${'k'.repeat(40)}…"`)
  expect(finding.message).toMatch(/ and 3 more\)\.$/)
})

test("generate's manifest is RTC005 by the generator it names, whatever the file is called; another tool's manifest is RTC004", () => {
  const ours = JSON.stringify({ generator: { name: 'redshift-temp-creds-action', version: '1.0.0' }, inputs: {}, files: [] })
  expect(codes(ours, 'iam/manifest.json')).toEqual(['RTC005'])
  expect(codes(ours, 'deploy/renamed.json')).toEqual(['RTC005'])
  expect(codes(JSON.stringify({ generator: { name: 'other-tool' }, files: [] }), 'iam/manifest.json')).toEqual(['RTC004'])
})

test("generate's deploy templates are RTC005 by name; the same name holding a policy is checked as one", () => {
  expect(codes('{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}', 'iam/cloudformation-template.json')).toEqual(['RTC005'])
  expect(codes('{"terraform": {}, "resource": {}}', 'x/redshift-temp-creds.tf.json')).toEqual(['RTC005'])
  expect(codes('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*"}]}', 'iam/cloudformation-template.json')).toContain('RTC203')
})

test('a repeated key is read as JSON.parse keeps it, the last copy', () => {
  const lastOurs = '{"generator": {"name": "other-tool"}, "generator": {"name": "redshift-temp-creds-action"}, "inputs": {}, "files": []}'
  expect(codes(lastOurs, 'iam/manifest.json')).toContain('RTC005')
  const lastOther = '{"generator": {"name": "redshift-temp-creds-action"}, "generator": {"name": "other-tool"}, "inputs": {}, "files": []}'
  expect(codes(lastOther, 'iam/manifest.json')).not.toContain('RTC005')
})
