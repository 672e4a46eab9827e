// One changed file's review (src/modes/review-analysis.ts): what the head and
// base versions are decides whether the file is an invalid document.
import { analyseFile } from '../../src/modes/review-analysis.js'
import { reviewComment } from '../../src/report/review-comment.js'

const manifest = (version: string) => JSON.stringify({ generator: { name: 'redshift-temp-creds-action', version }, inputs: {}, files: [] }, null, 2)

test("generate's manifest changed in a pull request: no access change, not an invalid document", () => {
  const review = analyseFile({ path: 'iam/manifest.json', status: 'modified', baseText: manifest('1.0.0'), headText: manifest('1.1.0') })
  expect(review.invalid).toBeUndefined()
  expect(review.note).toBeUndefined()
  expect(review.accessChange).toBe('none')
  expect(review.findings.map((f) => f.code)).toEqual(['RTC005'])
})

test('any other JSON that is not a policy is an invalid document, as before', () => {
  const review = analyseFile({ path: 'iam/package.json', status: 'added', headText: JSON.stringify({ name: 'x', version: '1.0.0' }) })
  expect(review.invalid).toBe('it is JSON but not a policy document (no Statement)')
  expect(review.findings.map((f) => f.code)).toEqual(['RTC004'])
})

// A head IAM refuses as written: the diff reads it leniently (an unknown or mistyped element left out), which would
// show a change the document cannot make. It is an invalid document, as a head that is not JSON is.
const policy = (statement: object) => `${JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2)}\n`
const DENY_PLAIN_HTTP = { Sid: 'TlsOnly', Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }
const modified = (headText: string) => analyseFile({ path: 'iam/p.json', status: 'modified', baseText: policy(DENY_PLAIN_HTTP), headText })

test('a Condition misspelled in the head (IAM refuses it) is an invalid document, not a Deny that now applies always', () => {
  const head = policy(DENY_PLAIN_HTTP).replace('"Condition"', '"Condtion"')
  const review = modified(head)
  expect(review.invalid).toBe('IAM refuses the document as written: see the RTC116 error at line 9 below')
  const body = reviewComment([review], {}).body
  expect(body).toContain('❌ **Invalid documents**')
  expect(body).not.toContain('No change in access')
})

test('a condition value of the wrong JSON type (an object) is an invalid document', () => {
  const review = modified(policy({ ...DENY_PLAIN_HTTP, Condition: { Bool: { 'aws:SecureTransport': { value: 'false' } } } }))
  expect(review.invalid).toMatch(/^IAM refuses the document as written: see the RTC117 error at line \d+ below$/)
})

test('an Effect IAM does not know is an invalid document', () => {
  const review = modified(policy({ ...DENY_PLAIN_HTTP, Effect: 'deny' }))
  expect(review.invalid).toMatch(/^IAM refuses the document as written: see the RTC108 error at line \d+ below$/)
})

// Operator names are case-sensitive: IAM refuses `bool` ("MalformedPolicyDocument: Invalid Condition type", docs/checks.md RTC401).
test('a condition operator IAM does not know (bool) is an invalid document, not a Deny rated as a narrowing', () => {
  const review = modified(policy({ ...DENY_PLAIN_HTTP, Action: ['s3:*', 'iam:*'], Condition: { bool: { 'aws:SecureTransport': 'false' } } }))
  expect(review.invalid).toMatch(/^IAM refuses the document as written: see the RTC401 error at line \d+ below$/)
  expect(reviewComment([review], {}).body).toContain('❌ **Invalid documents**')
})

test('what IAM accepts stays a reviewed change: JSON booleans and numbers as condition values', () => {
  const review = modified(policy({ ...DENY_PLAIN_HTTP, Condition: { Bool: { 'aws:SecureTransport': false }, NumericLessThan: { 's3:TlsVersion': 1.2 } } }))
  expect(review.invalid).toBeUndefined()
  // The Deny now also needs TLS older than 1.2: it applies less often.
  expect(review.accessChange).toBe('broadens')
})

test('an error that depends on the kind the file was taken for (a Principal in an identity policy) does not make it invalid', () => {
  const review = analyseFile({
    path: 'iam/p.json',
    status: 'modified',
    kind: 'identity',
    baseText: policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
    headText: policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: '*' })
  })
  expect(review.findings.map((f) => f.code)).toContain('RTC114')
  expect(review.invalid).toBeUndefined()
})

// A principal with white space around it: IAM does not trim it, and refuses the document ("Invalid principal in
// policy") or holds a value that is not the one meant. The diff read `" *"` as a pattern naming no principal, so
// "*" -> " *" was a narrowing, where IAM refuses the change or may read "*".
describe('a principal with white space around it makes the head not known', () => {
  const bucketPolicy = (principal: unknown) =>
    policy({ Sid: 'Read', Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' })
  const change = (before: unknown, after: unknown) =>
    analyseFile({ path: 'iam/bucket.json', status: 'modified', baseText: bucketPolicy(before), headText: bucketPolicy(after), kind: 'resource' })

  test.each([
    ['{"AWS": " *"}', { AWS: '*' }, { AWS: ' *' }],
    ['"Principal": " *"', '*', ' *'],
    ['an account root with a space after it, in a list', { AWS: ['arn:aws:iam::111122223333:root'] }, { AWS: ['arn:aws:iam::444455556666:root', 'arn:aws:iam::111122223333:root '] }]
  ])('%s: an invalid document, not a narrowing', (_name, before, after) => {
    const review = change(before, after)
    expect(review.invalid).toMatch(/^line \d+: the principal ".*" has white space around it; .* so what it grants is not known$/)
    expect(reviewComment([review], {}).body).toContain('❌ **Invalid documents**')
  })

  test('a principal written without it stays a reviewed change', () => {
    const review = change({ AWS: 'arn:aws:iam::111122223333:root' }, { AWS: '*' })
    expect(review.invalid).toBeUndefined()
    expect(review.accessChange).toBe('broadens')
  })
})

// "Action vendors must not contain wildcards": IAM refuses `*:*`, `s3*:Get*` (RTC201). Read as a pattern `*:*` is every
// action, so `*` -> `*:*` was no change (none) and RTC603 called it full administrator.
describe('an action with a wildcard in its service prefix makes the head not known', () => {
  const identity = (action: unknown) => policy({ Sid: 'All', Effect: 'Allow', Action: action, Resource: '*' })
  const change = (before: unknown, after: unknown) => analyseFile({ path: 'iam/p.json', status: 'modified', kind: 'identity', baseText: identity(before), headText: identity(after) })

  test.each([
    ['* -> *:*', '*', '*:*'],
    ['s3:Get* -> s3*:Get*', 's3:Get*', 's3*:Get*'],
    ['*:GetObject in a list', ['s3:GetObject'], ['s3:GetObject', '*:GetObject']]
  ])('%s: an invalid document, not a change read as a pattern', (_name, before, after) => {
    const review = change(before, after)
    expect(review.invalid).toMatch(/^IAM refuses an action with a wildcard in its service prefix, so what the head grants is not known: see the RTC201 error at line \d+ below$/)
    expect(review.findings.map((f) => f.code)).toContain('RTC201')
    expect(review.findings.map((f) => f.code)).not.toContain('RTC603')
    expect(reviewComment([review], {}).body).toContain('❌ **Invalid documents**')
  })

  test('a NotAction with one is refused too', () => {
    const review = analyseFile({ path: 'iam/p.json', status: 'modified', kind: 'identity', baseText: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), headText: policy({ Effect: 'Allow', NotAction: 'iam*:*', Resource: '*' }) })
    expect(review.invalid).toMatch(/see the RTC201 error at line 6 below/)
    expect(review.findings.find((f) => f.code === 'RTC201')?.message).toMatch(/"iam\*:\*" has a wildcard in its service prefix/)
  })

  test('"*" and a wildcard in the action name stay a reviewed change', () => {
    const review = change('s3:Get*', '*')
    expect(review.invalid).toBeUndefined()
    expect(review.findings.map((f) => f.code)).toContain('RTC603')
    expect(review.accessChange).toBe('broadens')
  })
})

// "You cannot use a wildcard to match part of a principal name or ARN": IAM refuses `role/*` in a trust policy, and a
// service that kept it might match it as a pattern. The diff reads it as naming no principal, so a role replaced by
// `role/*` was said to narrow.
test('a head whose principal is a pattern (role/*) is not known, not a narrowing', () => {
  const trust = (principal: string) => policy({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' })
  const review = analyseFile({ path: 'iam/trust.json', status: 'modified', baseText: trust('arn:aws:iam::111122223333:role/etl'), headText: trust('arn:aws:iam::111122223333:role/*'), kind: 'trust' })
  expect(review.invalid).toBe('IAM refuses such a principal, or a service may read it as a pattern, so what the head grants is not known: see the RTC306 error at line 7 below')
  const service = (name: string) => policy({ Effect: 'Allow', Principal: { Service: name }, Action: 'sts:AssumeRole' })
  const services = analyseFile({ path: 'iam/trust.json', status: 'modified', baseText: service('lambda.amazonaws.com'), headText: service('*.amazonaws.com'), kind: 'trust' })
  expect(services.invalid).toMatch(/see the RTC206 error/)
})

// A base that holds what IAM refuses (an action with a wildcard in its service prefix) was never in force as written:
// the review said nothing of it, and quoted the refused action lower-cased (`s3*:getobject` for `S3*:GetObject`).
describe('a base IAM refuses or that cannot be read with certainty', () => {
  const identity = (action: unknown) => policy({ Sid: 'All', Effect: 'Allow', Action: action, Resource: '*' })

  test('a refused action in the base: noted, read as granting nothing, the action quoted as written', () => {
    const review = analyseFile({ path: 'iam/p.json', status: 'modified', kind: 'identity', baseText: identity('S3*:GetObject'), headText: identity('s3:GetObject') })
    expect(review.invalid).toBeUndefined()
    expect(review.note).toMatch(/^The base version is one IAM refuses or that cannot be read with certainty \(line \d+: the action "S3\*:GetObject" has a wildcard in its service prefix, .* so what the base grants is not known\); it is read as granting nothing\.$/)
    expect(review.accessChange).toBe('broadens')
    expect(JSON.stringify(review.changes)).not.toMatch(/s3\*:getobject/)
  })

  test('the diff quotes a refused action as written', () => {
    const review = analyseFile({ path: 'iam/p.json', status: 'modified', kind: 'identity', baseText: identity('s3:GetObject'), headText: identity(['s3:GetObject', 'S3*:PutObject']) })
    expect(review.findings.find((f) => f.code === 'RTC201')?.message).toMatch(/"S3\*:PutObject"/)
    expect(JSON.stringify(review.changes)).not.toMatch(/s3\*:putobject/)
  })

  test('both versions refused: the base note says "either"', () => {
    const review = analyseFile({ path: 'iam/p.json', status: 'modified', kind: 'identity', baseText: identity('*:*'), headText: identity('s3*:*') })
    expect(review.findings.find((f) => f.code === 'RTC201')?.message).toMatch(/"s3\*:\*"/)
    expect(review.note).toMatch(/^The base version is one IAM refuses or that cannot be read with certainty either \(line \d+: the action "\*:\*"/)
  })
})

// A head that is not JSON: the section said the syntax error twice, in its "cannot be read" line and in its findings.
// The line now points at the finding (its message and hint are listed below it), for every reason that is a finding.
describe("the head's error is said once in its section", () => {
  const sectionOf = (baseText: string, headText: string) => {
    const review = analyseFile({ path: 'iam/p.json', status: 'modified', kind: 'identity', baseText, headText })
    return { review, body: reviewComment([review], {}).body }
  }
  const base = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })

  test('not JSON: the syntax error is listed once, and the line names it', () => {
    const { review, body } = sectionOf(base, base.trimEnd().slice(0, -1))
    const rtc001 = review.findings.find((f) => f.code === 'RTC001')!
    expect(review.invalid).toBe(`it is not valid JSON: see the RTC001 error at line ${rtc001.line} below`)
    expect(body.split('Unexpected end of the file').length - 1).toBe(1)
  })

  test('an element IAM refuses: its message is listed once', () => {
    const { review, body } = sectionOf(base, base.replace('"Resource"', '"Resorce"'))
    const refused = review.findings.find((f) => f.code === 'RTC116')!
    expect(review.invalid).toBe(`IAM refuses the document as written: see the RTC116 error at line ${refused.line} below`)
    expect(body.split('Resorce').length - 1).toBe(1 + (body.match(/^[-+].*Resorce/gm)?.length ?? 0))
  })
})

// A JSON number is read by its text, as IAM reads it: JavaScript's value of 1e999 is Infinity, whose text
// "Infinity" is no number at all, so an Allow on "NumericGreaterThan -1e999" was said to meet no request (no
// effect), while a reader that takes the exponent (Java's Double.parseDouble: -Infinity) lets every request pass.
describe('a condition number whose JavaScript value has other text than the file', () => {
  const base = `${JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data-bucket/*' }] }, null, 2)}\n`
  const head = (condition: string) =>
    `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data-bucket/*"}, {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": ${condition}}]}\n`
  const review = (condition: string) => analyseFile({ path: 'iam/p.json', status: 'modified', baseText: base, headText: head(condition) })

  test('an Allow on an overflowing exponent (-1e999, 1e999) is not "no effect": how IAM reads it is not known', () => {
    for (const condition of ['{"NumericGreaterThan": {"s3:max-keys": -1e999}}', '{"NumericLessThan": {"s3:max-keys": 1e999}}', '{"NumericLessThan": {"s3:max-keys": [1e999]}}']) {
      const r = review(condition)
      expect([condition, r.accessChange]).not.toEqual([condition, 'none'])
      expect([condition, r.accessChange]).not.toEqual([condition, 'narrows'])
      const text = JSON.stringify(r)
      expect(text).not.toContain('Infinity')
    }
  })

  test('an exponent that JavaScript writes as a plain number (1e3) is still the undocumented form it is', () => {
    const r = review('{"NumericLessThan": {"s3:max-keys": 1e3}}')
    // The change names the value as the file writes it, and reads it as the undocumented form (not known), not as 1000.
    expect(JSON.stringify(r)).toContain('1e3')
    expect(JSON.stringify(r)).not.toContain('1000')
  })
})
