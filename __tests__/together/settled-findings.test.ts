// Lint findings the generate inputs settle: RTC608 on the role's own account root.
import { documentsFor } from '../../src/core/generate/documents.js'
import { parseGenerateInputs, type GenerateInputs } from '../../src/core/generate/inputs.js'
import { prettyJson } from '../../src/core/json.js'
import { checkTogether } from '../../src/core/together/check-together.js'
import { settledLintFindings } from '../../src/core/together/settled-findings.js'
import { validateFiles } from '../../src/core/validate/validate.js'

const ACCOUNT = '111122223333'
const OTHER = '444455556666'

function inputsOf(given: Record<string, string>): GenerateInputs {
  const parsed = parseGenerateInputs((name) => given[name] ?? '', { roleChainingIsError: false })
  if (!parsed.ok) throw new Error(`inputs rejected: ${parsed.error.input} ${parsed.error.problem}`)
  return parsed.value
}

function run(inputs: GenerateInputs, trust: unknown) {
  const docs = documentsFor(inputs)
  const files = [
    { path: 'iam/user-policy.json', text: prettyJson(docs.userPolicy) },
    { path: 'iam/trust-policy.json', text: prettyJson(trust) }
  ]
  return validateFiles(files, { inputs, check: checkTogether, settled: settledLintFindings })
}

test("generate's trust policy for trust-principal account in the role's own account gets no RTC608: no third party stands behind it", () => {
  const inputs = inputsOf({ 'account-id': ACCOUNT, 'role-name': 'r', 'trust-principal': 'account' })
  const result = run(inputs, documentsFor(inputs).trustPolicy)
  expect(result.findings.filter((f) => f.severity !== 'notice')).toEqual([])
  // Without the inputs the linter cannot tell whose account it is, and still warns.
  const lintOnly = validateFiles([{ path: 'iam/trust-policy.json', text: prettyJson(documentsFor(inputs).trustPolicy) }], undefined)
  expect(lintOnly.findings.map((f) => f.code)).toContain('RTC608')
})

test('the account written as a bare id is the root too; a file that also names another account keeps RTC608', () => {
  const inputs = inputsOf({ 'account-id': ACCOUNT, 'role-name': 'r', 'trust-principal': 'account' })
  const trust = (...AWS: string[]) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS }, Action: 'sts:AssumeRole' }] })
  const codes = (t: unknown) => run(inputs, t).findings.map((f) => f.code)
  expect(codes(trust(ACCOUNT))).not.toContain('RTC608')
  // The linter reports the statement's first root: it is the role's own, but the statement admits another account.
  expect(codes(trust(ACCOUNT, `arn:aws:iam::${OTHER}:root`))).toContain('RTC608')
  expect(codes(trust(`arn:aws:iam::${OTHER}:root`))).toContain('RTC608')
  // The same account id in another partition is another account.
  expect(codes(trust(`arn:aws-cn:iam::${ACCOUNT}:root`))).toContain('RTC608')
})

test("cross-account: generate's trust policy naming the user's account root keeps RTC608", () => {
  const inputs = inputsOf({ 'account-id': ACCOUNT, 'role-name': 'r', 'trust-principal': 'account', 'user-account-id': OTHER })
  expect(run(inputs, documentsFor(inputs).trustPolicy).findings.map((f) => f.code)).toContain('RTC608')
})

// AWS (IAM User Guide, "Create a role to give permissions to an IAM user"): "You might control both accounts, or the
// account with the users might be controlled by a third party. If the other account with the users is in an AWS
// account that you don't control, then you can use the externalId attribute." With a user (or principal role) named
// in user-account-id, the setup deploys that identity's policy there (put-user-policy with that account's
// credentials): the account is the setup's own, no third party's.
test("cross-account with the requester named in the user's account: its account root gets no RTC608; another account's still does", () => {
  const withUser = inputsOf({ 'account-id': ACCOUNT, 'role-name': 'r', 'trust-principal': 'account', 'user-name': 'etl', 'user-account-id': OTHER })
  expect(run(withUser, documentsFor(withUser).trustPolicy).findings.filter((f) => f.severity !== 'notice')).toEqual([])
  const withRole = inputsOf({ 'account-id': ACCOUNT, 'role-name': 'r', 'trust-principal': 'role', 'principal-role-name': 'agent', 'user-account-id': OTHER })
  const rootTrust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'sts:AssumeRole' }] }
  expect(run(withRole, rootTrust).findings.map((f) => f.code)).not.toContain('RTC608')
  const third = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::777788889999:root' }, Action: 'sts:AssumeRole' }] }
  expect(run(withUser, third).findings.map((f) => f.code)).toContain('RTC608')
})

// RTC503 is about an IAM user's inline quota (2,048 characters). generate puts the role's policies inline on the
// role (10,240 for all of them together, checked when generating), so a role policy over 2,048 is no problem.
const MANY_GROUPS = Array.from({ length: 50 }, (_, k) => `group_with_a_rather_long_name_${String(k).padStart(2, '0')}`).join(',')
const CLUSTER = { 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'prod', 'redshift-region': 'us-east-1', 'db-user': 'etl', 'db-groups': MANY_GROUPS }

function runAll(inputs: GenerateInputs, extra: Array<{ path: string; text: string }> = []) {
  const docs = documentsFor(inputs)
  const files = [
    { path: 'iam/user-policy.json', text: prettyJson(docs.userPolicy) },
    { path: 'iam/trust-policy.json', text: prettyJson(docs.trustPolicy) },
    ...docs.rolePolicies.map((p) => ({ path: `iam/${p.module.file}`, text: prettyJson(p.document) })),
    ...extra
  ]
  return validateFiles(files, { inputs, check: checkTogether, settled: settledLintFindings })
}

test("generate's DB-auth policy with many groups gets no RTC503 with the inputs: it is the role's, not a user's", () => {
  const inputs = inputsOf({ 'account-id': ACCOUNT, 'role-name': 'r', 'user-name': 'etl', ...CLUSTER })
  expect(runAll(inputs).findings).toEqual([])
  // Without the inputs the linter cannot tell whose policy it is, and says so in a notice.
  const policy = prettyJson(documentsFor(inputs).redshiftDbAuthPolicy)
  expect(validateFiles([{ path: 'iam/redshift-db-auth-policy.json', text: policy }], undefined).findings.map((f) => f.code)).toEqual(['RTC503'])
})

test("with trust-principal role every identity policy is a role's: the requester's policy over 2,048 gets no RTC503 either", () => {
  const inputs = inputsOf({ 'account-id': ACCOUNT, 'role-name': 'r', 'trust-principal': 'role', 'principal-role-name': 'agent', ...CLUSTER })
  expect(runAll(inputs).findings).toEqual([])
  const roles = Array.from({ length: 40 }, (_, k) => `arn:aws:iam::${ACCOUNT}:role/connector-role-with-a-long-name-${k}`)
  const requester = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: [documentsFor(inputs).roleArn, ...roles] }] }
  const big = validateFiles([{ path: 'iam/user-policy.json', text: prettyJson(requester) }, { path: 'iam/trust-policy.json', text: prettyJson(documentsFor(inputs).trustPolicy) }], { inputs, check: checkTogether, settled: settledLintFindings })
  expect(big.findings.map((f) => f.code)).not.toContain('RTC503')
})

test("a user's policy over 2,048 (it lets the user assume the role) keeps RTC503: the user's quota is 2,048", () => {
  const inputs = inputsOf({ 'account-id': ACCOUNT, 'role-name': 'r', 'user-name': 'etl' })
  const roles = Array.from({ length: 40 }, (_, k) => `arn:aws:iam::${ACCOUNT}:role/connector-role-with-a-long-name-${k}`)
  const requester = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: [documentsFor(inputs).roleArn, ...roles] }] }
  const result = validateFiles([{ path: 'iam/user-policy.json', text: prettyJson(requester) }, { path: 'iam/trust-policy.json', text: prettyJson(documentsFor(inputs).trustPolicy) }], { inputs, check: checkTogether, settled: settledLintFindings })
  expect(result.findings.map((f) => f.code)).toContain('RTC503')
})
