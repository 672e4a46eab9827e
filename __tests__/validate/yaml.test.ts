// RTC903: a policy written as YAML, or named .yaml/.yml, gets one clear
// finding instead of a JSON syntax error. The examples in docs/checks.md are
// linted through the validate core with the real linter.
import { readFileSync } from 'node:fs'
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { lintFiles } from '../../src/core/validate/lint-files.js'
import { yamlLineSearchCovered, yamlPolicyFinding } from '../../src/core/validate/yaml.js'
import { validateFiles } from '../../src/core/validate/validate.js'
import { validateSummary } from '../../src/report/validate-summary.js'
import { GitHubStandIn } from '../support/github-stand-in.js'
import { PR, pullRequestFixture } from '../support/pull-request-fixture.js'
import { REPO_ROOT } from '../support/run-action.js'

const lint = (path: string, text: string) => lintFiles([{ path, bytes: new TextEncoder().encode(text) }], lintPolicyText, { keepDocuments: true })

const DOCS = readFileSync(`${REPO_ROOT}/docs/checks.md`, 'utf8')
const section = DOCS.slice(DOCS.indexOf('## RTC903 policy-is-yaml'))
const example = (label: string) => {
  const m = new RegExp(`\\*\\*${label} example\\*\\* \\(\`([^\`]+)\`\\):\\n+\`\`\`(?:yaml|json)\\n([\\s\\S]*?)\\n\`\`\``).exec(section)
  if (!m) throw new Error(`no ${label} example in the RTC903 section`)
  return { path: m[1], text: `${m[2]}\n` }
}

test("docs/checks.md's failing example gives exactly one finding, RTC903, and no JSON syntax error", () => {
  const { path, text } = example('Failing')
  const out = lint(path, text)
  expect(out.findings.map((f) => [f.code, f.line, f.column, f.severity])).toEqual([['RTC903', 2, 1, 'error']])
  expect(out.findings[0].message).toMatch(/^Policies must be JSON; this looks like YAML \(the unquoted key 'Version:' on line 2\)/)
  // the file is still in the list of checked files, with that one finding
  expect(out.documents.map((f) => [f.file, f.findings.length, f.root])).toEqual([[path, 1, undefined]])
})

test("docs/checks.md's passing example gives no RTC903 and no error", () => {
  const { path, text } = example('Passing')
  const out = lint(path, text)
  expect(out.findings.filter((f) => f.code === 'RTC903' || f.severity === 'error')).toEqual([])
})

test('the same JSON text is flagged by a .yaml or .yml name, and still checked as JSON', () => {
  const { text } = example('Passing')
  for (const name of ['iam/p.yaml', 'iam/p.YML']) {
    const out = lint(name, text)
    expect(out.findings.map((f) => f.code)).toEqual(['RTC903'])
    expect(out.findings[0].message).toContain('holds JSON')
    expect(out.documents[0].root).toBeDefined()
  }
  // a broken JSON file named .yaml: both the name and the syntax error are reported
  const broken = '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::123456789012:role/r" },]\n}\n'
  expect(lint('iam/p.yaml', broken).findings.map((f) => f.code)).toEqual(['RTC903', 'RTC001'])
})

test('YAML shapes: a list item, a document marker, a key after comments and a BOM, CRLF', () => {
  expect(yamlPolicyFinding('a.json', '- Effect: Allow\n')?.finding).toMatchObject({ line: 1, column: 1 })
  expect(yamlPolicyFinding('a.json', '---\nVersion: 2012-10-17\n')?.finding.message).toContain("the document marker '---'")
  expect(yamlPolicyFinding('a.json', '\uFEFF# policy\r\n\r\n  Statement:\r\n')?.finding).toMatchObject({ line: 3, column: 3 })
  expect(yamlPolicyFinding('a.txt', 'Version:\n')?.lintToo).toBe(false)
})

test('JSON and JSON mistakes are not called YAML', () => {
  for (const text of ['{"Version": "2012-10-17"}', '\uFEFF{}', '[1]', '  [1]', '"Version": "2012-10-17",\n', '// note\n{}', '# note\n{}', '', 'https://example.com/x', 'Version : x,', "{'a': 1}"]) {
    const verdict = yamlPolicyFinding('iam/p.json', text)
    expect([text, verdict]).toEqual([text, /^Version : x,$/.test(text) ? expect.anything() : undefined])
  }
})

test('linear on a long file of blank and comment lines', () => {
  const text = '#\n'.repeat(200_000) + 'Version: x\n'
  const before = yamlLineSearchCovered()
  expect(yamlPolicyFinding('p.json', text)?.finding.line).toBe(200_001)
  // Counted, not timed (the machine is shared): the search for each line's end covers the file once.
  expect(yamlLineSearchCovered() - before).toBeLessThanOrEqual(text.length + 1)
})

describe('in the pull-request review', () => {
  let gh: GitHubStandIn
  const fixture = pullRequestFixture(() => gh)
  beforeAll(async () => {
    gh = await new GitHubStandIn().start()
  })
  afterAll(async () => {
    await gh.stop()
    fixture.removeTemporaryDirectories()
    expect(gh.violations).toEqual([])
  })

  test('a YAML policy in a pull request is reported as YAML, not as broken JSON', async () => {
    const { path, text } = example('Failing')
    const prepared = fixture.preparePullRequest({ local: true, base: {}, head: { [path]: text } })
    const step = await fixture.review(prepared, { inputs: { 'policy-files': 'iam/**' } })
    const comment = gh.commentsOn(PR)[0]?.body ?? ''
    expect(comment).toContain('Policies must be JSON; this looks like YAML')
    expect(comment).not.toMatch(/RTC001/)
    expect(JSON.parse(step.outputs.findings).map((f: { code: string }) => f.code)).toEqual(['RTC903'])
  })
})

test("the summary's files table shows a YAML file as not checked, not with the identity kind the classifier defaults to", () => {
  const yamlInJson = 'Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: "*"\n'
  const jsonInYaml = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}'
  const run = validateFiles(
    [
      { path: 'iam/policy.json', text: yamlInJson },
      { path: 'iam/trust.json', kind: 'trust', text: yamlInJson },
      { path: 'iam/read.yaml', text: jsonInYaml }
    ],
    undefined
  )
  const md = validateSummary({ files: run.files, findings: run.findings, skipped: [], failOn: 'error' })
  expect(md).toContain('| `iam/policy.json` | YAML, not checked | 1 | 0 | 0 |')
  expect(md).toContain('| `iam/trust.json` | YAML, not checked | 1 | 0 | 0 |')
  // JSON named .yaml is checked as JSON: its kind is what it was checked as.
  expect(md).toContain('| `iam/read.yaml` | identity | 1 |')
})
