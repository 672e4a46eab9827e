// A JSON number in a policy is read by the text the file writes, as IAM reads
// it, not by the text of its JavaScript value: 1e999 is not "Infinity", 1e3
// not "1000". The plain value stays JSON.parse's.
import { lintPolicyText } from '../../src/core/lint/lint.js'

const policyWith = (values: string) =>
  `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": {"NumericLessThan": {"s3:max-keys": ${values}}}}]}`

test('condition numbers keep their text in the policy the checks and the diff read', () => {
  const linted = lintPolicyText('iam/p.json', policyWith('[1e999, -1e999, 1e3, 1.0, -0, 12345678901234567890, 5, 0.5]'))
  expect(linted.policy?.statements[0].condition.NumericLessThan['s3:max-keys']).toEqual(['1e999', '-1e999', '1e3', '1.0', '-0', '12345678901234567890', '5', '0.5'])
  // The plain value is JSON.parse's, as before.
  expect(linted.value).toEqual(JSON.parse(policyWith('[1e999, -1e999, 1e3, 1.0, -0, 12345678901234567890, 5, 0.5]')))
})

test('a document whose numbers read back as written is converted once: its policy value is its plain value', () => {
  const linted = lintPolicyText('iam/p.json', policyWith('[5, 0.5, -1]'))
  expect(linted.policyValue).toBe(linted.value)
  expect(linted.policy?.statements[0].condition.NumericLessThan['s3:max-keys']).toEqual(['5', '0.5', '-1'])
})
