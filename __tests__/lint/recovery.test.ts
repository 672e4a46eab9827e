// Error recovery in lintPolicyText: after a syntax error (RTC001, exactly as
// the strict parser reports it) the rules also run on the tree of the
// tolerant re-parse, at real positions; any other syntax error stops there.
import { parseJson } from '../../src/core/json-ast/parse.js'
import { lintPolicyText, type PolicyKind } from '../../src/core/lint/lint.js'

const lint = (text: string, kind?: PolicyKind) => lintPolicyText('p.json', text, kind)
const where = (text: string, kind?: PolicyKind) => lint(text, kind).findings.map((f) => [f.code, f.line, f.column])

/** A policy text, one line per element, with a statement whose Resource holds an 11-digit account (RTC304 on line 7). */
const policy = (actionsLine: string, after = '') =>
  [
    '{',
    '  "Version": "2012-10-17",',
    '  "Statement": [',
    '    {',
    '      "Effect": "Allow",',
    `      "Action": ${actionsLine}`,
    '      "Resource": "arn:aws:iam::11112222333:role/etl"',
    '    }',
    '  ]',
    '}' + after
  ].join('\n')

describe('the syntax finding is the strict parser\'s, unchanged', () => {
  test.each([
    ['a trailing comma', policy('["sts:AssumeRole",],')],
    ['a comment', policy('"sts:AssumeRole", // the role').replace('"Version"', '/* v */ "Version"')],
    ["a literal '...'", policy('["sts:AssumeRole", ...],')],
    ['a second document', policy('"sts:AssumeRole",', '\n{}')]
  ])('%s: RTC001 where parseJson stops, with its words (capitalised); the rest checked at real positions', (_name, text) => {
    const strict = parseJson(text)
    if (strict.ok) throw new Error('expected a syntax error')
    const r = lint(text)
    const syntax = r.findings.filter((f) => f.code === 'RTC001')
    expect(syntax).toHaveLength(1)
    // The parser's words, opening with a capital: a finding is a sentence of its own.
    const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
    expect(syntax[0]).toMatchObject({ line: strict.error.position.line, column: strict.error.position.column, message: sentence(strict.error.message), hint: sentence(strict.error.hint) })
    // the 11-digit account on line 7, column 19 (the start of the ARN string)
    expect(where(text)).toContainEqual(['RTC304', 7, 19])
    expect([r.root, r.value, r.policy]).toEqual([undefined, undefined, undefined])
  })
})

test('any other syntax error stops there: nothing is guessed', () => {
  const missingComma = policy('"sts:AssumeRole"')
  expect(where(missingComma)).toEqual([['RTC001', 7, 7]])
  const singleQuotes = policy("'sts:AssumeRole',")
  expect(where(singleQuotes).map(([code]) => code)).toEqual(['RTC001'])
  // a mistake that could be stepped over does not help when another one follows it
  const both = policy('["sts:AssumeRole",]').replace('"Version"', '// c\n  "Version"')
  expect(where(both).map(([code]) => code)).toEqual(['RTC001'])
})

test('the kind is read from the recovered tree (or taken from the glob)', () => {
  const trust = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole",},]}'
  const r = lint(trust)
  expect(r.kind).toBe('trust')
  expect(r.findings.map((f) => f.code)).toEqual(['RTC601', 'RTC001'])
  expect(lint(trust, 'resource').kind).toBe('resource')
})

test('a recovered document that is not an object is RTC003, as a valid one would be', () => {
  expect(where('[\n  "s3:GetObject",\n]')).toEqual([
    ['RTC003', 1, 1],
    ['RTC001', 3, 1]
  ])
})

test('duplicate keys in the recovered tree are reported: the fix for the syntax does not remove them', () => {
  const text = '{"Version": "2012-10-17", "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*",}]}'
  expect(lint(text).findings.map((f) => f.code)).toEqual(['RTC002', 'RTC001'])
})

describe('size (RTC5xx) on a recovered tree', () => {
  // An identity policy of about 3,000 characters without white space: over the user inline quota (RTC503).
  const actions = Array.from({ length: 120 }, (_, i) => `"s3:GetObject${i % 2 ? 'Acl' : 'Tagging'}"`)
  const big = (inList: string, after = '') =>
    `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [${actions.join(', ')}${inList}], "Resource": "arn:aws:s3:::b/*"}]}${after}`

  test('the valid policy is over the quota', () => {
    expect(lint(big('')).findings.map((f) => f.code)).toContain('RTC503')
  })

  test('reported when only comments and trailing commas were stepped over: the tree is the fixed policy', () => {
    const codes = lint(big(', /* more later */')).findings.map((f) => f.code)
    expect(codes).toEqual(expect.arrayContaining(['RTC001', 'RTC503']))
  })

  test("not reported when a '...' or a second document was stepped over: the tree is not the whole policy", () => {
    expect(lint(big(', ...')).findings.map((f) => f.code)).not.toContain('RTC503')
    expect(lint(big('', '\n{"Version": "2012-10-17"}')).findings.map((f) => f.code)).not.toContain('RTC503')
    // while other findings of those trees still are
    expect(lint(big(', "sts: AssumeRole", ...')).findings.map((f) => f.code)).toContain('RTC201')
  })
})
