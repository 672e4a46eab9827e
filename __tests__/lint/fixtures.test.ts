// The linter over the policy fixtures (__tests__/fixtures): the syntax error
// at exactly the listed line and column (RTC001), the listed codes found, the
// kind read from the content, and no `error` where a file is listed as having
// none. The real-world corpora get the same in __corpus__/lint/corpus.test.ts.
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { fixtures, fixtureText } from '../support/fixtures.js'

describe.each(fixtures.map((e) => [e.file, e] as const))('%s', (_file, e) => {
  const result = lintPolicyText(`iam/${e.file}`, fixtureText(e.file))
  const codes = result.findings.map((f) => f.code)

  test(e.json_valid ? 'parses, with no syntax finding' : 'one syntax error, at the listed line and column', () => {
    const syntax = result.findings.filter((f) => f.code === 'RTC001')
    if (e.json_valid) expect(syntax).toEqual([])
    else expect(syntax.map((f) => [f.line, f.column, f.severity])).toEqual([[e.syntax_error!.line, e.syntax_error!.column, 'error']])
  })

  test(`finds ${e.codes.join(', ') || 'nothing in particular'}`, () => {
    expect(codes).toEqual(expect.arrayContaining(e.codes))
  })

  test(`is classified as ${e.kind}`, () => {
    expect(result.kind).toBe(e.kind)
  })

  if (e.no_error) {
    test('listed as having no error: none', () => {
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([])
    })
  }

  if (!e.json_valid) {
    test('broken JSON: no tree, value or policy is handed on', () => {
      expect([result.root, result.value, result.policy]).toEqual([undefined, undefined, undefined])
    })
  }
})

test('the clean documents of each kind have no finding above notice', () => {
  for (const file of ['identity-assume-role.json', 'identity-kms-scoped.json', 'trust-user.json']) {
    const found = lintPolicyText(file, fixtureText(file)).findings.filter((f) => f.severity !== 'notice')
    expect([file, found]).toEqual([file, []])
  }
})
