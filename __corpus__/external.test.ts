// The linter on policies written outside this project, with their labels
// (../shared/corpus/external, see its SOURCES.md): boogy's hand-labelled broken
// examples, parliament's test expectations, BishopFox iam-vulnerable's
// privilege escalations and false positives (kept in the cloudsplaining
// folders), and AWS's SCP/RCP/VPC endpoint examples.
//
// Labels that name a defect this linter does not detect are listed with the
// reason (BOOGY_UNDETECTED, PARLIAMENT_UNDETECTED) and checked to be still
// undetected: when a check starts catching one, that test fails and the entry
// moves into the detected ones.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { corpusDir } from './support/corpus-dir.js'
import { lintPolicyText, type LintedFile, type PolicyKind } from '../src/core/lint/lint.js'
import type { Finding } from '../src/core/lint/finding.js'
import type { JsonNode } from '../src/core/json-ast/types.js'

const EXTERNAL = path.join(corpusDir(), 'external')
const read = (...parts: string[]) => readFileSync(path.join(EXTERNAL, ...parts), 'utf8')
const lint = (text: string, file: string, kind?: PolicyKind) => lintPolicyText(file, text, kind)

/** The first and last line of the statement that holds `line` (to the line before the next statement). */
function statementLines(result: LintedFile, line: number): [number, number] {
  const root = result.root
  const statements: JsonNode[] = []
  if (root?.kind === 'object') {
    const node = root.members.find((m) => m.key.value === 'Statement')?.value
    if (node?.kind === 'array') statements.push(...node.items)
    else if (node) statements.push(node)
  }
  for (let i = 0; i < statements.length; i++) {
    const first = statements[i].span.start.line
    const last = i + 1 < statements.length ? statements[i + 1].span.start.line - 1 : statements[i].span.end.line
    if (line >= first && line <= last) return [first, last]
  }
  return [line, line]
}

const found = (findings: Finding[], codes: readonly string[], [first, last]: [number, number]) =>
  findings.some((f) => codes.includes(f.code) && f.line >= first && f.line <= last)

// ---- boogy/iam-policy-validator examples ----

interface BoogyCase {
  file: string
  line: number
  defect: string
  codes: string[]
  scope?: string
}

const BOOGY_DIR = 'boogy-examples'
const boogy: BoogyCase[] = JSON.parse(read(BOOGY_DIR, 'expected-boogy.json')).cases
const boogyKey = (c: BoogyCase) => `${c.file}:${c.line}:${c.defect}`

/** The kind each example is, from the folder its author put it in (the content alone does not say). */
function boogyKind(file: string): PolicyKind | undefined {
  if (file.includes('__resource-control-policies__')) return 'rcp'
  if (file.includes('__service-control-policies__')) return 'scp'
  return undefined
}

/** Codes added since the labels were written that name the labelled defect exactly. */
const BOOGY_NEW_CODES: Record<string, string[]> = {
  'trust-policies__INVALID-wrong-principal-type.json:8:sts:AssumeRoleWithSAML trusted to an IAM user (needs a Federated SAML provider)': ['RTC620'],
  'iam-test-policies__resource-policies__lambda-permission-public-url.json:7:public function URL (auth type NONE)': ['RTC622'],
  'iam-test-policies__resource-control-policies__rcp-invalid-allow-effect.json:6:RCP statement with Effect Allow': ['RTC122'],
  'iam-test-policies__resource-control-policies__rcp-invalid-not-action.json:6:RCP with NotAction': ['RTC124'],
  'iam-test-policies__resource-control-policies__rcp-invalid-specific-principal.json:6:RCP with a Principal other than *': ['RTC123']
}

/**
 * Codes written after the labels that report a labelled code's defect at a
 * lower, honest severity: an action the reference authorises only on "*"
 * given an ARN (RTC309), an ARN of no type the reference lists (RTC310, a
 * warning because the reference may lack the type: an EC2 snapshot ARN with an
 * account, which snapshots do not have), a service condition key no action of
 * the statement sends (RTC410) or none of its actions supports (RTC412), an operator that cannot compare the key's type
 * (RTC409) or compares it only as text (RTC411, a warning).
 */
const LABEL_CODE_SUCCESSORS: Record<string, string[]> = {
  RTC307: ['RTC309', 'RTC310'],
  RTC308: ['RTC309', 'RTC310'],
  RTC405: ['RTC410', 'RTC412'],
  RTC402: ['RTC409', 'RTC411']
}

/** Labels this linter does not detect, and why (see the top of the file). */
// Empty since the ARN fit knows the characters AWS documents for a name
// (name-charsets.ts): dynamodb:Query on table/MyTable/stream/* was the last
// one (a table name holds no '/', so the stream ARN is no index ARN). The test
// below still runs on any entry added later.
const BOOGY_UNDETECTED: Record<string, string> = {}

describe('boogy examples: every hand label is detected', () => {
  const lintBoogy = (file: string) => lint(read(BOOGY_DIR, file), file, boogyKind(file))
  const detected = (c: BoogyCase) => {
    const result = lintBoogy(c.file)
    const codes = [...c.codes, ...c.codes.flatMap((code) => LABEL_CODE_SUCCESSORS[code] ?? []), ...(BOOGY_NEW_CODES[boogyKey(c)] ?? [])]
    return found(result.findings, codes, statementLines(result, c.line))
  }

  test('the labels are the ones this suite was written against', () => {
    expect(boogy.length).toBe(56)
    for (const key of [...Object.keys(BOOGY_NEW_CODES), ...Object.keys(BOOGY_UNDETECTED)]) expect(boogy.map(boogyKey)).toContain(key)
  })

  test.each(boogy.filter((c) => !(boogyKey(c) in BOOGY_UNDETECTED)).map((c) => [boogyKey(c), c] as const))('%s', (_key, c) => {
    expect(detected(c)).toBe(true)
  })

  test('every label listed as not detected is still not detected (reason stated)', () => {
    for (const key of Object.keys(BOOGY_UNDETECTED)) {
      const c = boogy.find((b) => boogyKey(b) === key) as BoogyCase
      expect([key, detected(c)]).toEqual([key, false])
    }
  })

  test('all 56 labels are checked as detected', () => {
    expect(boogy.filter((c) => !(boogyKey(c) in BOOGY_UNDETECTED)).length).toBe(56)
  })

  test('the valid RCP example is read as an RCP from its content, with no finding', () => {
    const file = 'iam-test-policies__resource-control-policies__rcp-valid-enforce-encryption.json'
    const result = lint(read(BOOGY_DIR, file), file)
    expect(result.kind).toBe('rcp')
    expect(result.findings).toEqual([])
  })
})

// ---- parliament's unit-test expectations ----

/** Parliament finding ids and the codes of this linter that report the same defect. */
const PARLIAMENT_COUNTERPARTS: Record<string, string[]> = {
  MALFORMED_JSON: ['RTC001'],
  MALFORMED: ['RTC104', 'RTC105', 'RTC109', 'RTC110', 'RTC116', 'RTC117'],
  INVALID_SID: ['RTC106'],
  DUPLICATE_SID: ['RTC107'],
  UNKNOWN_ACTION: ['RTC203'],
  UNKNOWN_OPERATOR: ['RTC401'],
  UNKNOWN_CONDITION_FOR_ACTION: ['RTC405', 'RTC410', 'RTC412'],
  MISMATCHED_TYPE: ['RTC402', 'RTC409', 'RTC411'],
  INVALID_ARN: ['RTC301', 'RTC117'],
  RESOURCE_MISMATCH: ['RTC307', 'RTC308', 'RTC309', 'RTC310'],
  // Parliament's RESOURCE_STAR: a changing action on "*" that could be scoped.
  RESOURCE_STAR: ['RTC603', 'RTC605', 'RTC607', 'RTC617', 'RTC618'],
  RESOURCE_EFFECTIVELY_STAR: ['RTC615'],
  PERMISSIONS_MANAGEMENT_ACTIONS: ['RTC606', 'RTC617'],
  RESOURCE_POLICY_PRIVILEGE_ESCALATION: ['RTC606', 'RTC617'],
  PRIVILEGE_ESCALATION: ['RTC606', 'RTC624']
}

/** Parliament ids with no counterpart here, and why. */
const PARLIAMENT_NO_COUNTERPART: Record<string, string> = {
  CREDENTIALS_EXPOSURE: 'parliament lists read actions that return credentials (ecr:GetAuthorizationToken, redshift:GetClusterCredentials); this linter does not rate read actions by what they return',
  SENSITIVE_ACCESS: 'needs a configured list of sensitive resources (parliament\'s config file); there is none to compare with',
  BAD_PATTERN_FOR_MFA: 'an Allow conditioned on aws:MultiFactorAuthPresent "false": it allows only sessions without MFA and opens nothing to access keys; RTC417 reports the pattern where it leaves a hole, in a Deny (the same file is reported for Action "*", RTC603)',
  MISMATCHED_TYPE_BUT_USABLE: 'an ARN compared with StringEquals, which works: not a defect, so no finding by design'
}

/** Single expectations (file and id) that the mapping does not cover, and why. */
const PARLIAMENT_BY_DESIGN: Record<string, string> = {
  'test_formatting__test_condition_mismatch__1.json:RESOURCE_STAR':
    'RTC617 stays silent when a resource-tag condition limits the statement; here the tag key is iam:ResourceTag, which no ec2/s3 action sends (RTC410 reports that StringNotEquals on it is always true, parliament\'s UNKNOWN_CONDITION_FOR_ACTION for the same file)',
  'test_patterns__test_resource_policy_privilege_escalation_at_bucket_level__1.json:RESOURCE_POLICY_PRIVILEGE_ESCALATION':
    's3:PutBucketPolicy on one named bucket is its owner\'s normal permission; resource-policy writes are reported on every resource only (RTC617)',
  'test_patterns__test_resource_policy_privilege_escalation_at_bucket_level__2.json:RESOURCE_MISMATCH':
    'a wildcard (s3:*Bucket*) is reported only when none of the actions it matches fits the resources; most of them fit the bucket ARN',
  'test_formatting__test_condition_operator__2.json:MISMATCHED_TYPE':
    'the operator "bad" is no operator, so it has no type to mismatch: RTC401 reports it once (parliament\'s UNKNOWN_OPERATOR, also expected for this file and detected)',
  'test_patterns__test_resource_effectively_star__1.json:RESOURCE_EFFECTIVELY_STAR':
    'RTC615 (account wildcard) speaks only where the actions reach resources that other accounts share through resource policies (issue 8: warnings a reviewer acts on; it fired on 848 of 1,594 AWS managed policies before); CloudTrail trails are not shared that way, and arn:*:cloudtrail:*:*:trail/* names the caller\'s own trails'
}

/** Expectations with a counterpart that this linter does not detect, and why. */
// Empty since RTC412 (keys per action): s3:x-amz-storage-class on s3:ListBucket
// was the last one. The test below still runs on any entry added later.
const PARLIAMENT_UNDETECTED: Record<string, string> = {}

const PARLIAMENT_DIR = 'parliament-tests'
const parliament: Record<string, { expected: string[] }> = JSON.parse(read(PARLIAMENT_DIR, 'expected.json'))
const expectations = Object.entries(parliament).flatMap(([file, e]) => e.expected.map((id) => ({ file, id, key: `${file}:${id}` })))

describe('parliament: every expectation with a counterpart here is detected', () => {
  const codesIn = (file: string) => lint(read(PARLIAMENT_DIR, file), file).findings.map((f) => f.code)

  test('every parliament id is either mapped or has a stated reason', () => {
    for (const { id } of expectations) expect(id in PARLIAMENT_COUNTERPARTS || id in PARLIAMENT_NO_COUNTERPART).toBe(true)
    for (const key of [...Object.keys(PARLIAMENT_BY_DESIGN), ...Object.keys(PARLIAMENT_UNDETECTED)]) expect(expectations.map((e) => e.key)).toContain(key)
  })

  const checked = expectations.filter((e) => e.id in PARLIAMENT_COUNTERPARTS && !(e.key in PARLIAMENT_BY_DESIGN) && !(e.key in PARLIAMENT_UNDETECTED))

  test('the counts this suite was written against', () => {
    expect({
      expectations: expectations.length,
      noCounterpart: expectations.filter((e) => e.id in PARLIAMENT_NO_COUNTERPART).length,
      byDesign: Object.keys(PARLIAMENT_BY_DESIGN).length,
      undetected: Object.keys(PARLIAMENT_UNDETECTED).length,
      checked: checked.length
    }).toEqual({ expectations: 41, noCounterpart: 5, byDesign: 5, undetected: 0, checked: 31 })
  })

  test.each(checked.map((e) => [e.key, e] as const))('%s', (_key, e) => {
    expect(codesIn(e.file)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^(${PARLIAMENT_COUNTERPARTS[e.id].join('|')})$`))]))
  })

  test('every expectation listed as not detected is still not detected (reason stated)', () => {
    for (const key of Object.keys(PARLIAMENT_UNDETECTED)) {
      const e = expectations.find((x) => x.key === key)!
      expect([key, codesIn(e.file).filter((c) => PARLIAMENT_COUNTERPARTS[e.id].includes(c))]).toEqual([key, []])
    }
  })
})

// ---- BishopFox iam-vulnerable (in the cloudsplaining folders) ----

const IAM_VULNERABLE = path.join('cloudsplaining-example-authz', 'managed')
/** What "flagged" means: full administrator, or a privilege-escalation finding. */
const ESCALATION_CODES = ['RTC603', 'RTC606', 'RTC624']

describe('iam-vulnerable: privesc policies flagged, false positives given no error', () => {
  const files = readdirSync(path.join(EXTERNAL, IAM_VULNERABLE))
  const privesc = files.filter((f) => f.startsWith('privesc'))
  const fp = files.filter((f) => f.startsWith('fp'))

  test('33 privesc and 5 fp policies', () => {
    expect([privesc.length, fp.length]).toEqual([33, 5])
  })

  test.each(privesc)('%s is flagged', (file) => {
    const codes = lint(read(IAM_VULNERABLE, file), file).findings.map((f) => f.code)
    expect(codes.filter((c) => ESCALATION_CODES.includes(c))).not.toEqual([])
  })

  // No fp* policy gets an error. fp2 allows "*" on "*": not an escalation (it
  // already is everything) and not a broken policy, so full administrator is a
  // warning (RTC603), as in AWS's AdministratorAccess. fp5 allows
  // iam:CreatePolicyVersion on "*" under an aws:TokenIssueTime date in the
  // past, which no session meets; a condition on an Allow never cancels an
  // escalation finding here, so it keeps its RTC606 warning.
  test.each(fp)('%s gets no error (and no escalation finding)', (file) => {
    const findings = lint(read(IAM_VULNERABLE, file), file).findings
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.message}`)).toEqual([])
    if (file !== 'fp5-nonExploitableConditionConstraint.json') {
      expect(findings.filter((f) => f.code === 'RTC606' || f.code === 'RTC624')).toEqual([])
    }
  })

  test('fp2 (Allow "*" on "*") is still reported, as a full-administrator warning', () => {
    const findings = lint(read(IAM_VULNERABLE, 'fp2-allow-all.json'), 'fp2-allow-all.json').findings
    expect(findings.filter((f) => f.code === 'RTC603').map((f) => f.severity)).toEqual(['warning'])
  })

  test('the fp roles\' trust policies get no error', () => {
    const trustDir = path.join('cloudsplaining-example-authz', 'trust')
    for (const file of readdirSync(path.join(EXTERNAL, trustDir)).filter((f) => f.startsWith('fp'))) {
      expect(lint(read(trustDir, file), file, 'trust').findings.filter((f) => f.severity === 'error')).toEqual([])
    }
  })
})

// ---- AWS's SCP, RCP and VPC endpoint examples ----

const SAMPLES = 'aws-samples'

/** The kind of each example, from the folder AWS keeps it in. */
function sampleKind(folder: string, file: string): PolicyKind {
  if (folder === 'service-control-policy-examples' || file.startsWith('service_control_policies__')) return 'scp'
  // The data-perimeter repository's "service specific controls" under resource_control_policies are
  // the services' own resource policies (API Gateway, SNS), for services RCPs do not cover.
  if (file.startsWith('resource_control_policies__service_specific_controls__')) return 'resource'
  if (file.startsWith('resource_control_policies__')) return 'rcp'
  if (file.startsWith('vpc_endpoint_policies__')) return 'endpoint'
  throw new Error(`no kind for ${folder}/${file}`)
}

/** Errors in AWS's examples that are real defects of the example as written. */
interface KnownDefect {
  code: string
  /** The defect is on a line whose text matches this. */
  line: RegExp
  reason: string
}
const PLACEHOLDER_TEXT = /<[^>]+>|\$\{[^}]+\}|\[[A-Z_]+\]/
const KNOWN_DEFECTS: Record<string, KnownDefect[]> = {
  '*': [{ code: 'RTC616', line: PLACEHOLDER_TEXT, reason: 'the examples are templates: a placeholder (<my-org-id>, ${Account}, [PRIVILEGED_ROLE]) is not filled in' }],
  'vpc_endpoint_policies__s3_endpoint_policy.json': [{ code: 'RTC201', line: /"<action>"/, reason: 'the placeholder "<action>" stands where an action must be' }],
  'Protect-cloud-platform-resource__Deny-unwanted-cancellation-or-changes-to-AWS-Marketplace-product-subscription.json': [
    { code: 'RTC203', line: /aws-marketplace:(CreatePrivateMarketplace|UpdatePrivateMarketplaceSettings)"/, reason: 'aws-marketplace:CreatePrivateMarketplace and UpdatePrivateMarketplaceSettings are not actions of the Service Authorization Reference, so the Deny misses them' }
  ],
  'Service-specific-controls__AWS-IAM__deny-service-specific-credential-by-type.json': [{ code: 'RTC001', line: /\/\//, reason: 'a // comment inside the JSON: AWS Organizations rejects it' }],
  'Region-controls__Deny-access-to-AWS-based-on-the-requested-AWS-region-with-Bedrock-CRIS.json': [
    { code: 'RTC414', line: /"\{example-region-[12]\}"/, reason: 'the placeholders {example-region-1} and {example-region-2} (single braces, a form RTC616 does not read as a placeholder) stand where aws:RequestedRegion needs Region names: as written, StringNotEquals is true in every Region and the SCP denies them all' }
  ]
}

describe('AWS SCP, RCP and endpoint examples: no error but the named real defects', () => {
  const folders = ['service-control-policy-examples', 'data-perimeter-policy-examples']
  const samples = folders.flatMap((folder) => readdirSync(path.join(EXTERNAL, SAMPLES, folder)).map((file) => ({ folder, file })))

  test('86 examples: 57 SCPs, and 29 data-perimeter SCPs, RCPs and endpoint policies', () => {
    expect(samples.length).toBe(86)
    const kinds = samples.map((s) => sampleKind(s.folder, s.file))
    expect({ scp: kinds.filter((k) => k === 'scp').length, rcp: kinds.filter((k) => k === 'rcp').length, endpoint: kinds.filter((k) => k === 'endpoint').length }).toEqual({ scp: 70, rcp: 4, endpoint: 10 })
  })

  test.each(samples.map((s) => [`${s.folder}/${s.file}`, s] as const))('%s', (_name, { folder, file }) => {
    const text = read(SAMPLES, folder, file)
    const lines = text.split('\n')
    const known = [...KNOWN_DEFECTS['*'], ...(KNOWN_DEFECTS[file] ?? [])]
    const unexplained = lint(text, file, sampleKind(folder, file))
      .findings.filter((f) => f.severity === 'error')
      .filter((f) => !known.some((k) => k.code === f.code && k.line.test(lines[f.line - 1])))
      .map((f) => `${f.code} line ${f.line}: ${f.message}`)
    expect(unexplained).toEqual([])
  })

  test('every named defect of one example is still reported', () => {
    const byName = new Map(samples.map((s) => [s.file, s]))
    const stale = Object.entries(KNOWN_DEFECTS)
      .filter(([file]) => file !== '*')
      .flatMap(([file, defects]) => {
        const { folder } = byName.get(file)!
        const text = read(SAMPLES, folder, file)
        const lines = text.split('\n')
        const errors = lint(text, file, sampleKind(folder, file)).findings.filter((f) => f.severity === 'error')
        return defects.filter((k) => !errors.some((f) => f.code === k.code && k.line.test(lines[f.line - 1]))).map((k) => `${file}: ${k.code}`)
      })
    expect(stale).toEqual([])
  })

  test('the endpoint policies that let everything through are not read as grants', () => {
    const file = 'vpc_endpoint_policies__default_endpoint_policy.json'
    const codes = lint(read(SAMPLES, 'data-perimeter-policy-examples', file), file, 'endpoint').findings.map((f) => f.code)
    expect(codes).not.toContain('RTC603')
    expect(codes).not.toContain('RTC601')
    // Read as a resource policy, the same document is a public grant of everything.
    expect(lint(read(SAMPLES, 'data-perimeter-policy-examples', file), file, 'resource').findings.map((f) => f.code)).toContain('RTC603')
  })
})
