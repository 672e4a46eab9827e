import { checkTogether, DRIFT_WEIGHT_LIMIT, WHO_ELSE_BUDGET } from '../../src/core/together/check-together.js'
import { TOGETHER_CHECKS } from '../../src/core/together/checks.js'
import { documentsFor } from '../../src/core/generate/documents.js'
import type { GenerateInputs } from '../../src/core/generate/inputs.js'
import { kmsKeyArn } from '../../src/core/inputs/rules.js'
import { normalisePolicy } from '../../src/core/iam/normalise.js'
import type { JsonNode } from '../../src/core/json-ast/types.js'
import type { LintedFile, PolicyKind } from '../../src/core/lint/lint.js'
import type { Finding } from '../../src/core/lint/finding.js'
import { exampleInputs, ROLE_ACCOUNT } from '../support/generate-inputs.js'

const USER_ACCOUNT = '210987654321'
const OTHER_ACCOUNT = '333333333333'
const KEY = `arn:aws:kms:eu-west-1:${ROLE_ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`
const ROLE = `arn:aws:iam::${ROLE_ACCOUNT}:role/RedshiftTempCreds`
const USER = `arn:aws:iam::${ROLE_ACCOUNT}:user/etl`

const inputs = exampleInputs

function withKey(arn: string, over: Partial<GenerateInputs> = {}): GenerateInputs {
  const r = kmsKeyArn(arn, 'aws')
  if (!r.ok) throw new Error(r.problem)
  return inputs({ kms: true, kmsKey: r.value, ...over })
}

function linted(file: string, kind: PolicyKind, value: unknown, root?: JsonNode): LintedFile {
  const policy = normalisePolicy(value)
  return { file, kind, findings: [], value, ...(policy ? { policy } : {}), ...(root ? { root } : {}) }
}

/** The three files generate makes for these inputs, as the linter would hand them over. */
function generatedFiles(i: GenerateInputs): LintedFile[] {
  const d = documentsFor(i)
  const files = [linted('iam/user-policy.json', 'identity', d.userPolicy), linted('iam/trust-policy.json', 'trust', d.trustPolicy)]
  if (d.kmsPolicy) files.push(linted('iam/kms-policy.json', 'identity', d.kmsPolicy))
  return files
}

const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement })
const codes = (findings: Finding[]) => findings.map((f) => f.code).sort()
const one = (findings: Finding[], code: string): Finding => {
  const hits = findings.filter((f) => f.code === code)
  expect(hits).toHaveLength(1)
  return hits[0]
}
const replace = (files: LintedFile[], name: string, value: unknown): LintedFile[] =>
  files.map((f) => (f.file.endsWith(name) ? linted(f.file, f.kind, value) : f))

describe('the generated documents work together', () => {
  const cases: Array<[string, GenerateInputs]> = [
    ['same account', inputs()],
    ['cross account', inputs({ userAccountId: USER_ACCOUNT })],
    ['account trust', inputs({ trustPrincipal: 'account', userAccountId: USER_ACCOUNT })],
    ['external id and path', inputs({ externalId: 'ext-123', rolePath: '/a/b/' })],
    ['kms key', withKey(KEY)],
    ['kms alias', withKey(`arn:aws:kms:eu-west-1:${ROLE_ACCOUNT}:alias/staging`)],
    ['kms without key', inputs({ kms: true })],
    ['aws-cn', inputs({ partition: 'aws-cn', userAccountId: USER_ACCOUNT })]
  ]
  test.each(cases)('%s: no findings', (_, i) => {
    expect(checkTogether(generatedFiles(i), i)).toEqual([])
  })

  test('no files, no findings (validate reports the empty match itself)', () => {
    expect(checkTogether([], inputs())).toEqual([])
  })

  test('same meaning in another spelling is not drift', () => {
    const i = withKey(KEY, { userAccountId: USER_ACCOUNT, trustPrincipal: 'account' })
    const files = [
      linted('u.json', 'identity', { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: ['STS:AssumeRole'], Resource: [ROLE] } }),
      linted('t.json', 'trust', doc({ Sid: 'x', Effect: 'Allow', Principal: { AWS: USER_ACCOUNT }, Action: ['sts:assumerole'] })),
      linted(
        'k.json',
        'identity',
        doc(
          { Effect: 'Allow', Action: ['kms:ReEncrypt*', 'kms:Decrypt'], Resource: KEY },
          { Sid: 'Rest', Effect: 'Allow', Action: ['kms:Encrypt', 'kms:DescribeKey', 'kms:GenerateDataKey'], Resource: [KEY] }
        )
      )
    ]
    expect(checkTogether(files, i)).toEqual([])
  })
})

describe('missing documents', () => {
  test('no trust policy: RTC701, and the assume check is not guessed', () => {
    const i = inputs()
    const f = checkTogether(generatedFiles(i).filter((f) => f.kind !== 'trust'), i)
    expect(codes(f)).toEqual(['RTC701'])
    expect(f[0]).toMatchObject({ file: 'iam/user-policy.json', line: 1, column: 1, severity: 'error' })
    expect(f[0].message).toContain('AccessDenied on sts:AssumeRole')
  })

  test('a trust policy that did not read as a policy (the vendor sample\'s extra "}"): RTC701 names it, on it; it said none was among the files', () => {
    const i = inputs()
    const files = [...generatedFiles(i).filter((f) => f.kind !== 'trust'), { file: 'iam/trust-policy.json', kind: 'trust' as const, findings: [] }]
    const f = checkTogether(files, i)
    expect(codes(f)).toEqual(['RTC701'])
    expect(f[0]).toMatchObject({ file: 'iam/trust-policy.json', line: 1, column: 1, severity: 'error' })
    expect(f[0].message).toContain('iam/trust-policy.json, the trust policy among the checked files, is not a policy IAM can read')
    expect(f[0].message).not.toContain('no trust policy')
    expect(f[0].hint).toContain('Fix the errors in iam/trust-policy.json')
  })

  test('no user policy cross-account: RTC702 on the trust policy', () => {
    const i = inputs({ userAccountId: USER_ACCOUNT })
    const f = checkTogether(generatedFiles(i).filter((f) => !f.file.endsWith('user-policy.json')), i)
    expect(codes(f)).toEqual(['RTC702'])
    expect(f[0].file).toBe('iam/trust-policy.json')
    expect(f[0].message).toContain('another account')
  })

  test('no user policy, same account, trust names the user: IAM needs none, nothing to report', () => {
    const i = inputs()
    expect(checkTogether(generatedFiles(i).filter((f) => !f.file.endsWith('user-policy.json')), i)).toEqual([])
  })

  test('no user policy, same account, trust names the account: RTC702', () => {
    const i = inputs({ trustPrincipal: 'account' })
    const f = checkTogether(generatedFiles(i).filter((f) => !f.file.endsWith('user-policy.json')), i)
    expect(codes(f)).toEqual(['RTC702'])
    expect(f[0].message).toContain('delegates to IAM')
  })

  test('kms true and no KMS policy: RTC703', () => {
    const i = withKey(KEY)
    const f = checkTogether(generatedFiles(inputs()), i)
    expect(codes(f)).toEqual(['RTC703'])
  })
})

describe('can the user assume the role (RTC704)', () => {
  test('the trust policy names another user', () => {
    const i = inputs()
    const files = replace(generatedFiles(i), 'trust-policy.json', doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ROLE_ACCOUNT}:user/someone` }, Action: 'sts:AssumeRole' }))
    const f = checkTogether(files, i)
    const broken = one(f, 'RTC704')
    expect(broken.message).toBe(`The Redshift connector will get AccessDenied on sts:AssumeRole: the trust policy does not name ${USER}`)
    expect(broken.file).toBe('iam/trust-policy.json')
    // It also admits someone else, and differs from what generate makes.
    expect(codes(f)).toEqual(['RTC704', 'RTC708', 'RTC802'])
  })

  test('cross account, the user policy names another role', () => {
    const i = inputs({ userAccountId: USER_ACCOUNT })
    const files = replace(generatedFiles(i), 'user-policy.json', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `${ROLE}-old` }))
    const broken = one(checkTogether(files, i), 'RTC704')
    expect(broken.file).toBe('iam/user-policy.json')
    expect(broken.message).toContain(`does not allow sts:AssumeRole on ${ROLE}`)
    expect(broken.message).toContain('another account')
  })

  test('an explicit deny in the user policy is pointed at', () => {
    const i = inputs({ userAccountId: USER_ACCOUNT })
    const d = documentsFor(i)
    const files = replace(
      generatedFiles(i),
      'user-policy.json',
      doc(d.userPolicy.Statement[0], { Sid: 'NoRoles', Effect: 'Deny', Action: 'sts:*', Resource: 'arn:aws:iam::*:role/Redshift*' })
    )
    const broken = one(checkTogether(files, i), 'RTC704')
    expect(broken.message).toContain('statement 2 (NoRoles)')
    expect(broken.message).toContain('explicitly denies')
  })

  test('the external id in the trust policy does not match the input', () => {
    const i = inputs({ externalId: 'right-id' })
    const wrong = inputs({ externalId: 'wrong-id' })
    const files = replace(generatedFiles(i), 'trust-policy.json', documentsFor(wrong).trustPolicy)
    const f = checkTogether(files, i)
    const broken = one(f, 'RTC704')
    expect(broken.message).toContain('but for its condition StringEquals sts:ExternalId, which the request the connector makes does not meet with the external-id input')
    // The input's secret is never echoed (the committed value is in the repository anyway).
    for (const finding of f) expect(`${finding.message} ${finding.hint}`).not.toContain('right-id')
    expect(one(f, 'RTC802').message).toContain('removes (the external-id input) from condition StringEquals sts:ExternalId')
  })

  test('a trust policy naming the account whose condition leaves the user out: says what it admits, and no word of an external id it does not ask for', () => {
    const i = inputs({ userAccountId: USER_ACCOUNT })
    const trust = doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${USER_ACCOUNT}:root` }, Action: 'sts:AssumeRole', Condition: { ArnEquals: { 'aws:PrincipalArn': `arn:aws:iam::${USER_ACCOUNT}:user/other` } } })
    const broken = one(checkTogether(replace(generatedFiles(i), 'trust-policy.json', trust), i), 'RTC704')
    // It names the account, not the user: the old message said it named the user.
    expect(broken.message).not.toContain(`names arn:aws:iam::${USER_ACCOUNT}:user/etl`)
    expect(broken.message).toContain(`would admit arn:aws:iam::${USER_ACCOUNT}:user/etl but for its condition ArnEquals aws:PrincipalArn`)
    expect(broken.message).not.toContain('external-id')
    expect(broken.hint).not.toContain('ExternalId')
  })
})

describe('who else can assume the role', () => {
  const i = inputs()
  const trustWith = (principal: unknown, extra: object = {}) =>
    replace(generatedFiles(i), 'trust-policy.json', doc({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra }))

  test('Principal "*": RTC705 (error)', () => {
    const f = one(checkTogether(trustWith('*'), i), 'RTC705')
    expect(f.severity).toBe('error')
    // sts:AssumeRole takes an IAM principal's credentials: "*" admits every one of every account, no anonymous caller.
    expect(f.message).toContain('every IAM user and role of every account')
  })

  test('"*" behind an external id condition is still anyone who knows the id', () => {
    const ext = inputs({ externalId: 'shared-id' })
    const files = replace(generatedFiles(ext), 'trust-policy.json', doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'shared-id' } } }))
    expect(codes(checkTogether(files, ext))).toContain('RTC705')
  })

  test('NotPrincipal with Allow: RTC705', () => {
    const files = replace(generatedFiles(i), 'trust-policy.json', doc({ Effect: 'Allow', NotPrincipal: { AWS: USER }, Action: 'sts:AssumeRole' }))
    expect(codes(checkTogether(files, i))).toContain('RTC705')
  })

  test('another account: RTC706 (error)', () => {
    const f = checkTogether(trustWith({ AWS: [USER, OTHER_ACCOUNT] }), i)
    expect(one(f, 'RTC706').message).toContain(OTHER_ACCOUNT)
    expect(codes(f)).toEqual(['RTC706', 'RTC802'])
  })

  test('a user of another account: RTC706', () => {
    expect(codes(checkTogether(trustWith({ AWS: [USER, `arn:aws:iam::${OTHER_ACCOUNT}:user/x`] }), i))).toContain('RTC706')
  })

  test('the whole account where the user was expected: RTC707 (warning)', () => {
    const f = one(checkTogether(trustWith({ AWS: `arn:aws:iam::${ROLE_ACCOUNT}:root` }), i), 'RTC707')
    expect(f.severity).toBe('warning')
    expect(f.message).toContain(`whole account ${ROLE_ACCOUNT}`)
  })

  test('the account form asked for: no RTC707', () => {
    const acct = inputs({ trustPrincipal: 'account' })
    expect(checkTogether(generatedFiles(acct), acct)).toEqual([])
  })

  test('another user and a service besides the connector: RTC708 for each', () => {
    const f = checkTogether(trustWith({ AWS: [USER, `arn:aws:iam::${ROLE_ACCOUNT}:user/intern`], Service: 'ec2.amazonaws.com' }), i)
    expect(f.filter((x) => x.code === 'RTC708')).toHaveLength(2)
  })

  test('a principal held back by a Deny is not reported', () => {
    const files = replace(
      generatedFiles(i),
      'trust-policy.json',
      doc(
        { Effect: 'Allow', Principal: { AWS: [USER, OTHER_ACCOUNT] }, Action: 'sts:AssumeRole' },
        { Effect: 'Deny', Principal: { AWS: OTHER_ACCOUNT }, Action: 'sts:AssumeRole' }
      )
    )
    expect(codes(checkTogether(files, i))).not.toContain('RTC706')
  })

  test('a principal padded behind thousands of others is reported, judged or not, with bounded work', () => {
    // Each statement names one principal of the role's account behind an external id; the last names another account.
    const padded = Array.from({ length: 3000 }, (_, k) => ({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ROLE_ACCOUNT}:user/u${k}` }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': `id-${k}` } } }))
    const files = replace(generatedFiles(i), 'trust-policy.json', doc({ Effect: 'Allow', Principal: { AWS: USER }, Action: 'sts:AssumeRole' }, ...padded, { Effect: 'Allow', Principal: { AWS: OTHER_ACCOUNT }, Action: 'sts:AssumeRole' }))
    const f = checkTogether(files, i)
    const foreign = one(f, 'RTC706')
    expect(foreign.message).toContain(OTHER_ACCOUNT)
    expect(foreign.message).toContain('not evaluated: the trust policy names more principals than the check judges one by one')
    // Those judged before the budget ran out: the external id the connector sends is not theirs, so they are not reported.
    const others = f.filter((x) => x.code === 'RTC708')
    expect(others.length).toBeGreaterThan(0)
    expect(others.every((x) => x.message.includes('not evaluated'))).toBe(true)
    // Bounded work, counted rather than timed: 3,000 evaluations of a 3,000-statement policy took over 5 s. Each
    // decision costs at least the policy's 3,002 statements against WHO_ELSE_BUDGET, so at most 1,332 are judged.
    const judged = padded.length - others.length
    expect(judged).toBeGreaterThan(0)
    expect(judged).toBeLessThanOrEqual(Math.floor(WHO_ELSE_BUDGET / 3002))
  })

  test('thousands of principals in one statement spend the budget as thousands would', () => {
    // Each decision reads the whole statement: 4,000 principals judged one by one read 16 million values
    // (about 2 s; 16,000 of them 20 s). The budget counts the values, so the later ones go unjudged, and say so.
    const others = Array.from({ length: 4000 }, (_, k) => `arn:aws:iam::${String(400000000000 + k)}:user/u${k}`)
    const files = replace(generatedFiles(i), 'trust-policy.json', doc({ Effect: 'Allow', Principal: { AWS: [USER, ...others] }, Action: 'sts:AssumeRole' }))
    const foreign = checkTogether(files, i).filter((x) => x.code === 'RTC706')
    expect(foreign).toHaveLength(others.length)
    const unjudged = foreign.filter((x) => x.message.includes('not evaluated'))
    const judged = foreign.length - unjudged.length
    // policyWeight of the trust policy is about 4,000 (one per principal): WHO_ELSE_BUDGET / 4,000 decisions.
    expect(judged).toBeGreaterThan(WHO_ELSE_BUDGET / 4100)
    expect(judged).toBeLessThan(WHO_ELSE_BUDGET / 3900)
    expect(unjudged[0].message).toContain(others[judged])
  })
})

describe('the user policy reaches other roles (RTC709)', () => {
  test('a wildcard role name', () => {
    const i = inputs()
    const files = replace(generatedFiles(i), 'user-policy.json', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${ROLE_ACCOUNT}:role/Redshift*` }))
    const f = checkTogether(files, i)
    expect(one(f, 'RTC709').message).toContain('RedshiftTempCreds-other')
    expect(codes(f)).toEqual(['RTC709', 'RTC801'])
  })

  test('Resource "*"', () => {
    const i = inputs({ userAccountId: USER_ACCOUNT })
    const files = replace(generatedFiles(i), 'user-policy.json', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }))
    expect(codes(checkTogether(files, i))).toContain('RTC709')
  })

  test('another role named outright, beside the connector role: RTC709 names it', () => {
    const i = inputs()
    const admin = `arn:aws:iam::${ROLE_ACCOUNT}:role/AdminRole`
    const files = replace(generatedFiles(i), 'user-policy.json', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: [ROLE, admin] }))
    expect(one(checkTogether(files, i), 'RTC709').message).toContain(admin)
  })

  test('an unrendered template beside the connector role (<ACCOUNT-HYPHENS>, <ROLE-NAME>) names no role: no RTC709', () => {
    const i = inputs()
    for (const placeholder of ['arn:aws:iam::<ACCOUNT-HYPHENS>:role/<ROLE-NAME>', 'arn:aws:iam::AWS-account-ID:role/etl', `arn:aws:iam::${ROLE_ACCOUNT}:role/<ROLE-NAME>`]) {
      const files = replace(generatedFiles(i), 'user-policy.json', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: [ROLE, placeholder] }))
      expect(codes(checkTogether(files, i))).not.toContain('RTC709')
    }
    // A wildcard account still reaches other roles.
    const wild = replace(generatedFiles(i), 'user-policy.json', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: [ROLE, 'arn:aws:iam::*:role/AdminRole'] }))
    expect(codes(checkTogether(wild, i))).toContain('RTC709')
  })

  test('another role behind fifty decoys that Denies cancel: still RTC709, as not evaluated', () => {
    const i = inputs()
    const decoys = Array.from({ length: 50 }, (_, k) => `arn:aws:iam::${ROLE_ACCOUNT}:role/decoy-${k}`)
    const admin = `arn:aws:iam::${OTHER_ACCOUNT}:role/AdminRole`
    const files = replace(
      generatedFiles(i),
      'user-policy.json',
      doc(
        { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: [ROLE, ...decoys] },
        { Effect: 'Deny', Action: 'sts:AssumeRole', Resource: decoys },
        { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: admin }
      )
    )
    const reach = one(checkTogether(files, i), 'RTC709')
    expect(reach.message).toContain(admin)
    expect(reach.message).toContain('not evaluated')
  })
})

describe('KMS', () => {
  test('a missing action: RTC710 names it', () => {
    const i = withKey(KEY)
    const files = replace(generatedFiles(i), 'kms-policy.json', doc({ Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt'], Resource: KEY }))
    const f = checkTogether(files, i)
    const lacking = one(f, 'RTC710')
    expect(lacking.message).toContain('kms:ReEncryptFrom, kms:ReEncryptTo')
    expect(lacking.message).not.toContain('kms:Decrypt,')
    expect(codes(f)).toEqual(['RTC710', 'RTC803'])
  })

  test('the policy names another key: RTC710', () => {
    const i = withKey(KEY)
    const d = documentsFor(i)
    const files = replace(generatedFiles(i), 'kms-policy.json', { ...d.kmsPolicy, Statement: [{ ...d.kmsPolicy!.Statement[0], Resource: KEY.replace('1234abcd', 'ffffffff') }] })
    expect(codes(checkTogether(files, i))).toContain('RTC710')
  })

  test('alias: a policy on the alias ARN itself does not reach the key', () => {
    const alias = `arn:aws:kms:eu-west-1:${ROLE_ACCOUNT}:alias/staging`
    const i = withKey(alias)
    const files = replace(generatedFiles(i), 'kms-policy.json', doc({ Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*'], Resource: alias }))
    expect(codes(checkTogether(files, i))).toEqual(['RTC710', 'RTC803'])
  })

  test('kms:* on the key: RTC711; on "*" with a key given: RTC711 and RTC712', () => {
    const i = withKey(KEY)
    const onKey = replace(generatedFiles(i), 'kms-policy.json', doc({ Effect: 'Allow', Action: 'kms:*', Resource: KEY }))
    expect(codes(checkTogether(onKey, i))).toEqual(['RTC711', 'RTC803'])
    const everywhere = replace(generatedFiles(i), 'kms-policy.json', doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }))
    expect(codes(checkTogether(everywhere, i))).toEqual(['RTC711', 'RTC712', 'RTC803'])
  })

  test('another key named outright beside the staging key: RTC712 names it', () => {
    const i = withKey(KEY)
    const d = documentsFor(i)
    const other = KEY.replace('1234abcd', 'ffffffff')
    const files = replace(generatedFiles(i), 'kms-policy.json', { ...d.kmsPolicy, Statement: [{ ...d.kmsPolicy!.Statement[0], Resource: [KEY, other] }] })
    expect(one(checkTogether(files, i), 'RTC712').message).toContain(other)
  })

  test('without a key, Resource "*" is what generate makes: no RTC712', () => {
    const i = inputs({ kms: true })
    expect(checkTogether(generatedFiles(i), i)).toEqual([])
  })
})

describe('drift (RTC8xx)', () => {
  test('a narrower committed document is drift too', () => {
    const i = withKey(KEY)
    const files = replace(generatedFiles(i), 'kms-policy.json', doc({ Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*'], Resource: KEY, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))
    const f = checkTogether(files, i)
    // The connector calls KMS over TLS, so the condition holds and only the meaning differs.
    expect(codes(f)).toEqual(['RTC803'])
    expect(one(f, 'RTC803').message).toContain('grants less than the KMS policy generate makes')
    const plain = replace(generatedFiles(i), 'kms-policy.json', doc({ Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*'], Resource: KEY, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }))
    expect(codes(checkTogether(plain, i))).toEqual(['RTC710', 'RTC803'])
  })

  test('an extra statement is reported on that statement, with what it adds', () => {
    const i = inputs()
    const d = documentsFor(i)
    const files = replace(generatedFiles(i), 'user-policy.json', doc(d.userPolicy.Statement[0], { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }))
    const f = one(checkTogether(files, i), 'RTC801')
    expect(f.message).toBe('iam/user-policy.json grants more than the user policy generate makes for these inputs: adds statement #2: Allow s3:GetObject on arn:aws:s3:::b/*')
  })

  test('the trust policy made for the account root when the user was asked for', () => {
    const i = inputs()
    const files = replace(generatedFiles(i), 'trust-policy.json', documentsFor(inputs({ trustPrincipal: 'account' })).trustPolicy)
    const f = checkTogether(files, i)
    expect(codes(f)).toEqual(['RTC707', 'RTC802'])
    const drift = one(f, 'RTC802')
    // Every principal of the account whose IAM policies allow it gains; the user, named no more, now needs such a policy too.
    expect(drift.message).toContain('grants more in some ways and less in others than the trust policy generate makes')
    expect(drift.message).toContain(`adds principal AWS arn:aws:iam::${ROLE_ACCOUNT}:root; removes principal AWS arn:aws:iam::${ROLE_ACCOUNT}:user/etl`)
  })

  test('a document too large to compare in meaning is reported without the comparison', () => {
    // The diff pairs the values of Allow and Deny statements: N of each cost N × N (2,000 took 1.8 s, 8,000 over 20 s).
    const i = inputs()
    const d = documentsFor(i)
    const buckets = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `arn:aws:s3:::${prefix}${k}/*`)
    const wide = (n: number) => doc(d.userPolicy.Statement[0], { Effect: 'Deny', Action: 's3:GetObject', Resource: buckets('b', n) }, { Effect: 'Allow', Action: 's3:PutObject', Resource: buckets('c', n) })
    // Statement 1 weighs 3, the other two n + 2 each.
    const over = one(checkTogether(replace(generatedFiles(i), 'user-policy.json', wide(DRIFT_WEIGHT_LIMIT / 2)), i), 'RTC801')
    expect(over.message).toBe(`iam/user-policy.json is not the user policy generate makes for these inputs: it holds ${(DRIFT_WEIGHT_LIMIT + 7).toLocaleString('en-US')} patterns, principals and condition values, too many to compare in meaning (at most ${DRIFT_WEIGHT_LIMIT.toLocaleString('en-US')}), so how it differs is not worked out`)
    expect(over.line).toBe(1)
    const under = one(checkTogether(replace(generatedFiles(i), 'user-policy.json', wide(DRIFT_WEIGHT_LIMIT / 2 - 4)), i), 'RTC801')
    expect(under.message).toContain('than the user policy generate makes for these inputs: adds statement #2: Deny s3:GetObject on arn:aws:s3:::b0/*')
  })
})

describe('positions', () => {
  // A node's place as the parser gives it (offsets are not read here).
  const at = (line: number, column: number, endLine: number, endColumn: number) => ({
    from: 0,
    to: 0,
    span: { start: { line, column, offset: 0 }, end: { line: endLine, column: endColumn, offset: 0 } }
  })
  const obj = (line: number): JsonNode => ({ kind: 'object', members: [], ...at(line, 5, line + 4, 6) })
  const root: JsonNode = {
    kind: 'object',
    ...at(1, 1, 20, 2),
    members: [
      {
        key: { kind: 'string', value: 'Statement', ...at(3, 3, 3, 14) },
        value: { kind: 'array', items: [obj(4), obj(9)], ...at(3, 16, 19, 4) },
        span: at(3, 3, 19, 4).span
      }
    ]
  }

  test('a finding about a statement points at its span; about the document, at Statement', () => {
    const i = inputs()
    const d = documentsFor(i)
    const value = doc(d.userPolicy.Statement[0], { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' })
    const files = [linted('u.json', 'identity', value, root), linted('t.json', 'trust', d.trustPolicy)]
    const f = checkTogether(files, i)
    expect(one(f, 'RTC709')).toMatchObject({ line: 9, column: 5, endLine: 13, endColumn: 6 })
    expect(one(f, 'RTC801')).toMatchObject({ line: 9, column: 5 })
    const broken = checkTogether([linted('u.json', 'identity', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `${ROLE}x` }, { Effect: 'Allow', Action: 's3:*', Resource: '*' }), root), linted('t.json', 'trust', documentsFor(inputs({ trustPrincipal: 'account' })).trustPolicy)], inputs({ trustPrincipal: 'account' }))
    expect(one(broken, 'RTC704')).toMatchObject({ file: 'u.json', line: 3, column: 3 })
  })
})

describe('TOGETHER_CHECKS', () => {
  test('every code used has an entry, codes are unique and in the RTC7xx/RTC8xx ranges', () => {
    const all = TOGETHER_CHECKS.map((c) => c.code)
    expect(new Set(all).size).toBe(all.length)
    for (const c of TOGETHER_CHECKS) {
      expect(c.code).toMatch(/^RTC[78]\d\d$/)
      expect(c.name).toMatch(/^[a-z0-9-]+$/)
      expect(c.help.length).toBeGreaterThan(40)
    }
  })
})
