// The linter over the real-world corpus (../shared/corpus): 29 policies copied
// byte for byte from public repositories, with expected.json saying what is
// wrong in each. For every file: the syntax error at exactly the listed line
// and column (RTC001); every listed problem found, through the table below
// that maps each expected problem to the code(s) that report it; and no
// `error` on the files listed as fine.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { lintPolicyText } from '../../src/core/lint/lint.js'

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))

interface Expected {
  file: string
  kind: string
  json_valid: boolean
  syntax_error?: { line: number; column: number; what: string }
  problems: string[]
}

const expected = JSON.parse(readFileSync(`${CORPUS}expected.json`, 'utf8')) as Expected[]

/**
 * Each expected problem, quoted exactly as expected.json words it, and the
 * code(s) that must appear in the file's findings for it.
 */
const PROBLEM_CODES: Record<string, string[]> = {
  // 01
  'unresolved placeholder <ACCOUNT_B_ID> in Resource role ARN (account id is not 12 digits)': ['RTC616'],
  // 03
  'sts:AssumeRole on Resource *': ['RTC605'],
  'iam:CreateRole / iam:PutRolePolicy / iam:DeleteRole on Resource * (privilege escalation)': ['RTC606'],
  'sts:AssumeRole granted on IAM user ARNs (user/*) - AssumeRole only applies to roles, resource never matches': ['RTC307', 'RTC308'],
  'iam:CreateAccessKey / iam:UpdateAccessKey on every user (user/*) (privilege escalation)': ['RTC606'],
  'redundant sts:AssumeRole statements already covered by Resource *': ['RTC120'],
  // 04
  "malformed action 'sts: AssumeRole' (space after the colon; not sts:AssumeRole)": ['RTC201'],
  // 07
  'unresolved placeholder <ACCOUNT_A_ID> in Principal ARN (account id is not 12 digits)': ['RTC616'],
  // 09
  'trust policy Principal {"AWS": "*"} without condition (any AWS principal in any account can assume the role)': ['RTC601'],
  // 13
  'unresolved placeholders <account_id> and <github_org/repo>': ['RTC616'],
  "GitHub OIDC sub pattern 'repo:<org/repo>' has no ':*' or ':ref:...' suffix, so it never matches GitHub's default sub claim format (repo:ORG/REPO:ref:..., :environment:..., :pull_request)":
    ['RTC610'],
  // 14
  "GitHub OIDC trust without a token.actions.githubusercontent.com:sub condition (any GitHub repository's workflow can assume the role)": ['RTC609'],
  // 15 (invalid JSON: checked on the first of the three pasted documents)
  "OIDC condition key written with the 'https://' scheme ('https://<host>/v1/identity/oidc/plugins:aud'); IAM keys are '<host/path>:aud', so the condition likely never matches":
    ['RTC406'],
  'no sub condition on the OIDC trust, only aud (any Vault plugin identity token with that audience is accepted)': ['RTC609'],
  // 16
  'unresolved placeholder <ACCOUNT_B_ID> in Principal ARNs (account id is not 12 digits)': ['RTC616'],
  // 17
  'service principals s3.amazonaws.com and dynamodb.amazonaws.com granted kms:Decrypt/kms:GenerateDataKey with no aws:SourceAccount / aws:SourceArn condition (confused-deputy risk)':
    ['RTC611'],
  // 18
  'key policy statement \'Allow use of the key\' has no Resource element (required in key policies; must be "*")': ['RTC111'],
  // 19
  'duplicate "StringEquals" key in one Condition block (statement \'Allow CloudTrail Service To Decrypt\'); parsers keep the last one, silently dropping the kms:CallerAccount condition':
    ['RTC403'],
  'unknown action kms:DecryptDataKey': ['RTC203'],
  "unresolved placeholders '<security-AccountId><security-AccountId>' / '<log-archive-AccountId><log-archive-AccountId>' in ARNs and kms:CallerAccount (not 12-digit account ids)":
    ['RTC616'],
  'root-account statement conditioned on aws:PrincipalType = Account: only the root user matches, IAM users/roles of the account are not delegated': ['RTC613'],
  'StringNotEquals against the literal "*" on aws:RequestTag/* keys (wildcards not supported by StringNotEquals), so the Deny on kms:CreateKey/kms:CreateAlias always applies':
    ['RTC404'],
  "Deny with NotPrincipal listing role ARNs: the roles' assumed-role sessions are not exempted": ['RTC614'],
  // 20
  'wildcard in Principal ARN (arn:aws:iam::...:user/*) - wildcards are only allowed as Principal "*"': ['RTC306'],
  'unrendered Terraform placeholder ${local.current_identity} in Principal ARNs': ['RTC616'],
  // 22 (invalid JSON: a complete object followed by ','; checked on that object)
  'not a complete policy: a bare statement object with no Version/Statement wrapper': ['RTC104'],
  "kms:CallerAccount value '123455667' has 9 digits, not a valid 12-digit account id": ['RTC407'],
  // 23
  'unrendered template placeholders ${region}, ${account_id}, ${kms_key_id} in the key ARN': ['RTC616'],
  // 25
  'glue:* actions scoped only to a Redshift ARN (arn:aws:redshift:us-east-1:321942852011:*): resource type mismatch, so the statement grants nothing':
    ['RTC307']
}

/**
 * Expected problems a linter cannot check: they describe content after a
 * syntax error that is not a complete document before it (a trailing comma,
 * a comment or a literal '...' in the middle). The linter reports the syntax
 * error and does not guess what the rest was meant to be.
 */
const NOT_CHECKABLE: Record<string, string> = {
  'sts:AssumeRole on arn:aws:iam::*:role/OrganizationAccountAccessRole (wildcard account id: any account)':
    '05: the trailing comma on line 17 stops parsing before the statement with this ARN (RTC615 would report it once the comma is removed)',
  'unresolved placeholders <additional_account_id_N> / <cspm_role_name> in Resource ARNs':
    "06: the literal '...' on line 12 stops parsing inside the Resource list (RTC616 would report the placeholders once it is removed)",
  'unrendered Serverless placeholders (${self:custom.params.amazonConnectAccessRoleArn}, #{AWS::AccountId}) in Principal ARNs':
    "21: the '//' comment on line 33 stops parsing inside the last statement (RTC616 would report them once it is removed)",
  's3:PutObject on Resource * (not scoped to the destination bucket)':
    '28: the trailing comma on line 6 stops parsing inside the only statement; there is also no check for a plain write action on "*" (only IAM escalation, sts:AssumeRole and KMS actions are)'
}

const lintFile = (e: Expected) => lintPolicyText(e.file, readFileSync(`${CORPUS}${e.file}`, 'utf8'))

describe('the corpus table', () => {
  test('maps every expected problem exactly once, to codes or to a reason it cannot be checked', () => {
    const all = expected.flatMap((e) => e.problems)
    for (const p of all) expect([p, p in PROBLEM_CODES || p in NOT_CHECKABLE]).toEqual([p, true])
    for (const p of [...Object.keys(PROBLEM_CODES), ...Object.keys(NOT_CHECKABLE)]) expect(all).toContain(p)
  })
  test('holds all 29 files', () => {
    expect(expected).toHaveLength(29)
  })
})

describe.each(expected.map((e) => [e.file, e] as const))('%s', (_file, e) => {
  const result = lintFile(e)
  const codes = result.findings.map((f) => f.code)

  if (!e.json_valid) {
    test(`syntax error at line ${e.syntax_error!.line}, column ${e.syntax_error!.column}`, () => {
      const syntax = result.findings.filter((f) => f.code === 'RTC001')
      expect(syntax.map((f) => [f.line, f.column, f.severity])).toEqual([[e.syntax_error!.line, e.syntax_error!.column, 'error']])
    })
  } else {
    test('parses, with no syntax finding', () => {
      expect(codes).not.toContain('RTC001')
      expect(result.root).toBeDefined()
    })
  }

  const checkable = e.problems.filter((p) => p in PROBLEM_CODES)
  if (checkable.length > 0) {
    test.each(checkable)('finds: %s', (problem) => {
      for (const code of PROBLEM_CODES[problem]) expect([problem, codes]).toEqual([problem, expect.arrayContaining([code])])
    })
  }

  if (e.json_valid && e.problems.length === 0) {
    test('listed as fine: no error', () => {
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([])
    })
  }

  test('classified as the expected kind', () => {
    // expected.json says "kms-key" for key policies: resource policies here.
    const want = e.kind === 'kms-key' ? 'resource' : e.kind
    if (e.json_valid || result.findings.some((f) => f.code !== 'RTC001')) expect(result.kind).toBe(want)
  })
})
