// The linter over the real-world corpus (../shared/corpus, found by corpusDir()): 29 policies copied
// byte for byte from public repositories, with expected.json saying what is
// wrong in each. For every file: the syntax error at exactly the listed line
// and column (RTC001); every listed problem found, through the table below
// that maps each expected problem to the code(s) that report it; and no
// `error` on the files listed as fine.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { corpusDir } from '../support/corpus-dir.js'

const CORPUS = corpusDir() + path.sep

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
  // 15 (invalid JSON: the first of the three pasted documents is checked)
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
  // 22 (invalid JSON: a complete object followed by ','; that object is checked)
  'not a complete policy: a bare statement object with no Version/Statement wrapper': ['RTC104'],
  "kms:CallerAccount value '123455667' has 9 digits, not a valid 12-digit account id": ['RTC407'],
  // 23
  'unrendered template placeholders ${region}, ${account_id}, ${kms_key_id} in the key ARN': ['RTC616'],
  // 25
  'glue:* actions scoped only to a Redshift ARN (arn:aws:redshift:us-east-1:321942852011:*): resource type mismatch, so the statement grants nothing':
    ['RTC307'],
  // The problems below stand after the syntax error (or, in 15 and 22, in the
  // first document before it): they are found on the tree of the tolerant
  // re-parse, which steps over the comment, trailing comma, '...' or extra data.
  // 05 (trailing comma on line 17)
  'sts:AssumeRole on arn:aws:iam::*:role/OrganizationAccountAccessRole (wildcard account id: any account)': ['RTC615'],
  // 06 (literal '...' on line 12)
  'unresolved placeholders <additional_account_id_N> / <cspm_role_name> in Resource ARNs': ['RTC616'],
  // 21 ('//' comment on line 33)
  'unrendered Serverless placeholders (${self:custom.params.amazonConnectAccessRoleArn}, #{AWS::AccountId}) in Principal ARNs': ['RTC616'],
  // 28 (trailing comma on line 6)
  's3:PutObject on Resource * (not scoped to the destination bucket)': ['RTC617']
}

/**
 * Expected problems a linter cannot check, with the reason. Empty: the four
 * problems that stand after a trailing comma, a comment or a literal '...'
 * (files 05, 06, 21, 28) are found on the tree of the tolerant re-parse, and
 * are mapped in PROBLEM_CODES above.
 */
const NOT_CHECKABLE: Record<string, string> = {}

/**
 * Where the findings for the problems in broken files stand: the tree the
 * linter checks after a syntax error keeps the original positions.
 */
const FOUND_IN_BROKEN_FILES: Array<[prefix: string, code: string, line: number, column: number, source: string, says: string]> = [
  ['05-', 'RTC615', 93, 17, '"arn:aws:iam::*:role/OrganizationAccountAccessRole"', 'arn:aws:iam::*:role/OrganizationAccountAccessRole'],
  ['06-', 'RTC616', 9, 29, '<additional_account_id_1>', '<additional_account_id_1>'],
  ['06-', 'RTC616', 9, 60, '<cspm_role_name>', '<cspm_role_name>'],
  ['06-', 'RTC616', 11, 29, '<additional_account_id_3>', '<additional_account_id_3>'],
  ['15-', 'RTC406', 12, 21, '"https://d594451d1c79', 'https://'],
  ['21-', 'RTC616', 10, 12, '${self:custom.params.amazonConnectAccessRoleArn}', '${self:custom.params.amazonConnectAccessRoleArn}'],
  ['21-', 'RTC616', 21, 25, '#{AWS::AccountId}', '#{AWS::AccountId}'],
  ['22-', 'RTC407', 16, 34, '"123455667"', '123455667'],
  ['28-', 'RTC617', 8, 15, '"*"', 's3:PutObject']
]

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

  if (!e.json_valid) {
    test('broken JSON: no tree, value or policy is handed on', () => {
      expect([result.root, result.value, result.policy]).toEqual([undefined, undefined, undefined])
    })
  }

  if (!e.json_valid && e.problems.length === 0) {
    test('listed with no problem but the syntax: no other error in the rest of the file', () => {
      expect(result.findings.filter((f) => f.severity === 'error' && f.code !== 'RTC001')).toEqual([])
    })
  }

  test('classified as the expected kind', () => {
    // expected.json says "kms-key" for key policies: resource policies here.
    // Every broken file of the corpus is read by the tolerant re-parse, so every one is classified.
    const want = e.kind === 'kms-key' ? 'resource' : e.kind
    expect(result.kind).toBe(want)
  })
})

describe('broken files: the problems after the syntax error are found where they stand', () => {
  test.each(FOUND_IN_BROKEN_FILES)('%s %s at %i:%i on %s', (prefix, code, line, column, source, says) => {
    const e = expected.find((x) => x.file.startsWith(`real/${prefix}`))!
    expect(e.json_valid).toBe(false)
    const text = readFileSync(`${CORPUS}${e.file}`, 'utf8')
    const found = lintFile(e).findings.filter((f) => f.code === code && f.line === line && f.column === column)
    expect(found).toHaveLength(1)
    expect(found[0].message).toContain(says)
    // the position is the real one: the finding starts where the source has it
    const lineText = text.split(/\r\n|\r|\n/)[line - 1]
    expect(lineText.slice(column - 1, column - 1 + source.length)).toBe(source)
  })

  test('the syntax error stays exactly as the strict parser reports it', () => {
    for (const e of expected.filter((x) => !x.json_valid)) {
      const syntax = lintFile(e).findings.filter((f) => f.code === 'RTC001')
      expect(syntax.map((f) => [e.file, f.line, f.column])).toEqual([[e.file, e.syntax_error!.line, e.syntax_error!.column]])
    }
  })
})

describe('RTC617 (write actions on "*") over the corpus', () => {
  const hits = expected.flatMap((e) => lintFile(e).findings.filter((f) => f.code === 'RTC617').map((f) => ({ file: e.file, line: f.line, message: f.message })))

  test('is a notice wherever it is reported', () => {
    for (const e of expected) for (const f of lintFile(e).findings) if (f.code === 'RTC617') expect(f.severity).toBe('notice')
  })

  test('hits exactly the statements that allow resource-scoped write actions on "*"', () => {
    // 03: IAM role and OIDC-provider writes besides the escalation actions (RTC606) and sts:AssumeRole (RTC605);
    // 24: Redshift cluster and snapshot management (create, delete, restore) on every cluster;
    // 28: s3:PutObject on every bucket (the problem expected.json lists).
    // 29 is not hit: its ec2 Start/Stop/Reboot statement is limited by an ec2:ResourceTag condition.
    expect(hits.map((h) => [h.file.slice(5, 8), h.line])).toEqual([
      ['03-', 25],
      ['24-', 31],
      ['28-', 8]
    ])
    expect(hits[0].message).toMatch(/^iam:UpdateOpenIDConnectProviderThumbprint, iam:DeleteRolePolicy, iam:DeleteRole, /)
    expect(hits[0].message).not.toMatch(/iam:PutRolePolicy|iam:CreateRole\b|sts:AssumeRole|ec2:DescribeInstances|iam:Get|iam:List/)
    expect(hits[1].message).toMatch(/^redshift:CopyClusterSnapshot, redshift:CreateCluster, /)
    expect(hits[1].message).not.toMatch(/redshift:Describe/)
    expect(hits[2].message).toMatch(/^s3:PutObject on Resource "\*"/)
  })
})
