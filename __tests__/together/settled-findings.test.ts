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
