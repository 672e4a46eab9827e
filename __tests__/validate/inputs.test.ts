import { parseValidateInputs } from '../../src/core/validate/inputs.js'

/** The runner passes action.yml's defaults as inputs too. */
const DEFAULTS: Record<string, string> = {
  mode: 'validate',
  'role-path': '/',
  kms: 'false',
  partition: 'aws',
  'output-dir': 'redshift-temp-creds',
  'artifact-name': 'redshift-temp-creds-policies',
  'fail-on': 'error'
}
const parse = (inputs: Record<string, string>) => parseValidateInputs((name) => ({ ...DEFAULTS, ...inputs })[name] ?? '')

test('policy-files alone: no together check, fail-on error, no SARIF', () => {
  const r = parse({ 'policy-files': 'iam/*.json' })
  expect(r).toEqual({ ok: true, value: { policyFiles: [expect.objectContaining({ pattern: 'iam/*.json' })], sarifFile: '', failOn: 'error', commentTag: '', artifactName: 'redshift-temp-creds-policies' } })
})

test('fail-on accepts error, warning, never (any case) and names the rule otherwise', () => {
  expect(parse({ 'policy-files': 'a', 'fail-on': 'Warning' })).toMatchObject({ ok: true, value: { failOn: 'warning' } })
  expect(parse({ 'policy-files': 'a', 'fail-on': 'never' })).toMatchObject({ ok: true, value: { failOn: 'never' } })
  expect(parse({ 'policy-files': 'a', 'fail-on': '' })).toMatchObject({ ok: true, value: { failOn: 'error' } })
  expect(parse({ 'policy-files': 'a', 'fail-on': 'notice' })).toEqual({
    ok: false,
    error: { input: 'fail-on', value: 'notice', problem: 'is not an allowed value', rule: 'one of error, warning, never' }
  })
})

test('policy-files is required and its errors name the input', () => {
  expect(parse({})).toMatchObject({ ok: false, error: { input: 'policy-files', problem: 'is empty' } })
  expect(parse({ 'policy-files': 'bogus: x' })).toMatchObject({ ok: false, error: { input: 'policy-files', problem: 'line 1 names the unknown kind "bogus"' } })
})

test('comment-tag: any text up to 256 characters, trimmed; a longer one names the input, its length and the rule, not its text', () => {
  expect(parse({ 'policy-files': 'a', 'comment-tag': ' iam review\n' })).toMatchObject({ ok: true, value: { commentTag: 'iam review' } })
  expect(parse({ 'policy-files': 'a', 'comment-tag': 'é'.repeat(256) })).toMatchObject({ ok: true, value: { commentTag: 'é'.repeat(256) } })
  // A tag long enough to leave no room in the 65,536-character comment failed the step from inside the review.
  expect(parse({ 'policy-files': 'a', 'comment-tag': 'x'.repeat(20_000) })).toEqual({
    ok: false,
    error: { input: 'comment-tag', problem: 'is 20,000 characters long', rule: 'empty (for the workflow and job), or a tag of at most 256 characters' }
  })
})

test('sarif-file follows the file path rule', () => {
  expect(parse({ 'policy-files': 'a', 'sarif-file': ' out/r.sarif ' })).toMatchObject({ ok: true, value: { sarifFile: 'out/r.sarif' } })
  expect(parse({ 'policy-files': 'a', 'sarif-file': 'a\0b' })).toMatchObject({ ok: false, error: { input: 'sarif-file' } })
})

test('account-id and role-name ask for the together check, with generate’s rules and defaults', () => {
  const r = parse({ 'policy-files': 'a', 'account-id': '1234-5678-9012', 'role-name': 'redshift-etl', 'user-name': 'etl', 'output-dir': '\n' })
  expect(r).toMatchObject({
    ok: true,
    value: {
      together: { accountId: '123456789012', roleName: 'redshift-etl', userName: 'etl', userAccountId: '123456789012', trustPrincipal: 'user', kms: false, partition: 'aws', rolePath: '/' }
    }
  })
  if (r.ok) expect(r.value.together).not.toHaveProperty('outputDir')
  expect(parse({ 'policy-files': 'a', 'account-id': '123456789012', 'role-name': 'r' })).toMatchObject({
    ok: true,
    value: { together: { trustPrincipal: 'account', userName: '' } }
  })
})

test('a partial set of together inputs is the first bad input, as generate reports it', () => {
  expect(parse({ 'policy-files': 'a', 'user-name': 'etl' })).toMatchObject({ ok: false, error: { input: 'account-id', problem: 'is required' } })
  expect(parse({ 'policy-files': 'a', 'account-id': '12345678901', 'role-name': 'r' })).toMatchObject({ ok: false, error: { input: 'account-id', problem: 'has 11 digits' } })
  expect(parse({ 'policy-files': 'a', kms: 'true' })).toMatchObject({ ok: false, error: { input: 'account-id' } })
  expect(parse({ 'policy-files': 'a', kms: 'maybe' })).toMatchObject({ ok: false, error: { input: 'kms', problem: 'is not a boolean' } })
  const secret = parse({ 'policy-files': 'a', 'account-id': '123456789012', 'role-name': 'r', 'external-id': 'x' })
  expect(secret).toMatchObject({ ok: false, error: { input: 'external-id' } })
  if (!secret.ok) expect(secret.error.value).toBeUndefined()
})

test('redshift-db-auth other than none asks for the together check, as kms: true does (not silently ignored)', () => {
  // The runner passes action.yml's default, none: that alone asks for nothing.
  expect(parse({ 'policy-files': 'a', 'redshift-db-auth': 'none' })).toMatchObject({ ok: true, value: { policyFiles: expect.any(Array) } })
  expect(parse({ 'policy-files': 'a', 'redshift-db-auth': 'none' })).not.toHaveProperty('value.together')
  for (const auth of ['cluster', 'Serverless']) {
    expect(parse({ 'policy-files': 'a', 'redshift-db-auth': auth })).toMatchObject({ ok: false, error: { input: 'account-id', problem: 'is required' } })
  }
  // A value that is no choice at all is its own error, named by generate's rule.
  expect(parse({ 'policy-files': 'a', 'redshift-db-auth': 'iam' })).toMatchObject({ ok: false, error: { input: 'account-id' } })
  const full = parse({ 'policy-files': 'a', 'account-id': '123456789012', 'role-name': 'r', 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'c1', 'redshift-region': 'us-east-1', 'db-user': 'etl' })
  expect(full).toMatchObject({ ok: true, value: { together: { redshift: { kind: 'cluster', clusterId: 'c1', dbUser: 'etl' } } } })
})

test('db-auto-create set to anything but false asks for the together check, as kms: true does (not silently ignored)', () => {
  // Unset, or false, asks for nothing.
  expect(parse({ 'policy-files': 'a', 'db-auto-create': 'false' })).not.toHaveProperty('value.together')
  expect(parse({ 'policy-files': 'a', 'db-auto-create': '' })).not.toHaveProperty('value.together')
  expect(parse({ 'policy-files': 'a', 'db-auto-create': 'true' })).toMatchObject({ ok: false, error: { input: 'account-id', problem: 'is required' } })
  expect(parse({ 'policy-files': 'a', 'db-auto-create': 'maybe' })).toMatchObject({ ok: false })
  // With a role but no cluster, generate's rule names what db-auto-create needs.
  const noCluster = parse({ 'policy-files': 'a', 'account-id': '123456789012', 'role-name': 'r', 'db-auto-create': 'true' })
  expect(noCluster).toMatchObject({ ok: false, error: { input: 'db-auto-create' } })
})
