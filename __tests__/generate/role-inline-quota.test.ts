// IAM refuses a role whose inline policies total over 10,240 characters
// (white space not counted): generate must refuse such inputs rather than
// write documents that put-role-policy, CloudFormation and Terraform reject.
import { documentsFor } from '../../src/core/generate/documents.js'
import { parseGenerateInputs } from '../../src/core/generate/inputs.js'
import { rolePoliciesOverQuota } from '../../src/core/generate/role-policies/index.js'
import { formatInputError } from '../../src/core/inputs/input-error.js'

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''
const name = (c: string, n: number) => c.repeat(n)
const groups = (count: number, length: number) => Array.from({ length: count }, (_, i) => `g${String(i).padStart(2, '0')}${'a'.repeat(length - 3)}`).join(',')

/** Every input that reaches a role policy at its longest (partition and Region with the longest names), no groups. */
const LONGEST: Record<string, string> = {
  partition: 'aws-iso-b',
  'account-id': '123456789012',
  'role-name': name('r', 64),
  'role-path': `/${name('p', 510)}/`,
  'user-name': name('u', 64),
  kms: 'true',
  'kms-key-arn': `arn:aws-iso-b:kms:us-isob-east-1:123456789012:alias/${name('k', 250)}`,
  'staging-bucket': name('b', 63),
  'staging-prefix': Array.from({ length: 8 }, () => name('s', 63)).join('/'),
  'redshift-db-auth': 'cluster',
  'redshift-cluster-id': name('c', 63),
  'redshift-region': 'us-isob-east-1',
  'db-user': name('d', 64),
  'db-name': name('n', 64)
}

function check(inputs: Record<string, string>) {
  const parsed = parseGenerateInputs(reader(inputs))
  if (!parsed.ok) throw new Error(formatInputError(parsed.error))
  return rolePoliciesOverQuota(parsed.value, documentsFor(parsed.value).rolePolicies)
}

test('every input but db-groups at its longest keeps the role policies within the quota', () => {
  expect(check(LONGEST)).toBeUndefined()
})

test('many long db-groups take the role policies past 10,240 characters: an error naming db-groups', () => {
  const error = check({ ...LONGEST, 'db-groups': groups(50, 64) })
  expect(error).toMatchObject({ input: 'db-groups' })
  const text = formatInputError(error!)
  expect(text).toMatch(/^Input 'db-groups': lists 50 groups, which make the role's inline policies \d{2},\d{3} characters in all \(kms-policy\.json [\d,]+, s3-staging-policy\.json [\d,]+, redshift-db-auth-policy\.json [\d,]+; white space not counted\), over the 10,240 IAM allows/)
  expect(text).toMatch(/Expected inputs whose role policies total at most 10,240 characters: fewer or shorter database groups\.$/)
  expect(text).not.toMatch(/[\r\n]/)
})

test('the rule measures the documents, not the number of groups: 50 shorter groups pass', () => {
  // The same groups with shorter names stay under: the rule measures, it does not count groups.
  expect(check({ ...LONGEST, 'db-groups': groups(50, 8) })).toBeUndefined()
  const parsed = parseGenerateInputs(reader({ 'account-id': '123456789012', 'role-name': 'r', 'user-name': 'u', 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'c', 'redshift-region': 'us-east-1', 'db-user': 'd', 'db-groups': groups(50, 64) }))
  if (!parsed.ok) throw new Error('inputs refused')
  const policies = documentsFor(parsed.value).rolePolicies
  const size = policies.reduce((n, p) => n + JSON.stringify(p.document).length, 0)
  expect(size).toBeLessThanOrEqual(10240)
  expect(rolePoliciesOverQuota(parsed.value, policies)).toBeUndefined()
})
