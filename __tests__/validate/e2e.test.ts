// The bundled action in validate mode, run as a runner step: what a workflow
// sees (exit code, annotations, outputs, job summary, SARIF file).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { documentsFor } from '../../src/core/generate/documents.js'
import { parseGenerateInputs } from '../../src/core/generate/inputs.js'
import { prettyJson } from '../../src/core/json.js'
import type { Finding } from '../../src/core/lint/finding.js'
import { FIXTURES_DIR } from '../support/fixtures.js'
import { makeWorkspace, runAction, type StepResult } from '../support/run-action.js'

/** What the runner passes from action.yml's defaults, besides the test's inputs. */
const DEFAULTS = { mode: 'validate', 'role-path': '/', kms: 'false', partition: 'aws', 'fail-on': 'error', 'output-dir': 'redshift-temp-creds', 'artifact-name': 'redshift-temp-creds-policies' }

const ROLE = { 'account-id': '111122223333', 'role-name': 'redshift-etl', 'user-name': 'etl-user' }

/** The documents generate makes for these inputs: valid by construction. */
function generated(inputs: Record<string, string>) {
  const parsed = parseGenerateInputs((name) => ({ ...DEFAULTS, ...inputs })[name] ?? '')
  if (!parsed.ok) throw new Error(parsed.error.problem)
  return documentsFor(parsed.value)
}
const GOOD = generated(ROLE)

/** A workspace holding these files. */
function workspace(files: Record<string, string>): string {
  const root = makeWorkspace('rtc-validate-')
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    writeFileSync(path.join(root, rel), content)
  }
  return root
}

/** The trailing comma on line 6 makes `]` on line 7, column 5 a syntax error. */
function trailingComma(sid: string): string {
  return `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "${sid}",
      "Effect": "Allow", "Action": ["sts:AssumeRole",
    ],
      "Resource": "arn:aws:iam::111122223333:role/redshift-etl"
    }
  ]
}
`
}

async function validate(ws: string, inputs: Record<string, string>): Promise<StepResult> {
  return runAction({ workspace: ws, inputs: { ...DEFAULTS, ...inputs } })
}

const findingsOf = (step: StepResult): Finding[] => JSON.parse(step.outputs.findings) as Finding[]
const annotations = (step: StepResult) => step.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command) && c.properties.file)
/** Rows of the summary's Findings table. */
const summaryRows = (step: StepResult) =>
  (step.summary.split('### Findings\n\n')[1]?.split('\n\n')[0] ?? '')
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .slice(2)
/** The one setFailed line: ::error:: without a file. */
const failures = (step: StepResult) => step.commands.filter((c) => c.command === 'error' && !c.properties.file && !c.properties.title)

describe('a workspace with good and broken files', () => {
  const BROKEN = Array.from({ length: 12 }, (_, i) => `iam/broken/b${String(i + 1).padStart(2, '0')}.json`)
  const files: Record<string, string> = {
    'iam/users/etl-user.json': prettyJson(GOOD.userPolicy),
    'iam/roles/redshift-etl-trust.json': prettyJson(GOOD.trustPolicy),
    'docs/readme.md': '# not a policy'
  }
  for (const [i, name] of BROKEN.entries()) files[name] = trailingComma(`S${i}`)
  let ws: string
  let step: StepResult

  beforeAll(async () => {
    ws = workspace(files)
    step = await validate(ws, { 'policy-files': 'iam/**/*.json', 'sarif-file': 'reports/iam.sarif' })
  })

  test('fails (fail-on error) with one line that counts the errors', () => {
    expect(step.exitCode).toBe(1)
    const errors = Number(step.outputs.errors)
    expect(errors).toBeGreaterThanOrEqual(12)
    expect(failures(step).map((c) => c.message)).toEqual([expect.stringMatching(new RegExp(`^IAM policy validation failed: ${errors} errors? .*in \\d+ files? \\(fail-on: error\\)$`))])
    expect(step.stderr).toBe('')
  })

  test('the syntax errors are annotated on their file, line and column, titled with code and name; 10 per level, then one line', () => {
    const errors = annotations(step).filter((a) => a.command === 'error')
    // GitHub shows 10 annotations of each level per step: one is the step's failure, so the 12 errors give 9,
    // and a line says where the rest are.
    expect(errors.map((a) => a.properties.file)).toEqual(BROKEN.slice(0, 9))
    expect(step.commands.filter((c) => c.command === 'error')).toHaveLength(10)
    expect(step.stdout).toMatch(/\n\d+ more findings are not annotated \(3 errors(, \d+ (warnings|notices))*\): GitHub shows 10 annotations of each level per step\. Every finding is in the SARIF report reports\/iam\.sarif and the findings file \S+findings\.json \(output findings-file\)\.\n/)
    for (const a of errors) {
      expect(a.properties).toMatchObject({ line: '7', endLine: '7', col: '5' })
      expect(a!.properties.title).toMatch(/^RTC\d{3} [a-z0-9-]+$/)
      expect(a!.message).toMatch(/\nHint: ./)
    }
  })

  test('the findings output has every finding, with paths relative to the workspace', () => {
    const findings = findingsOf(step)
    for (const level of ['error', 'warning', 'notice'] as const) {
      const n = findings.filter((f) => f.severity === level).length
      // The step's failure takes one of the 10 errors GitHub shows.
      expect({ level, annotated: annotations(step).filter((a) => a.command === level).length }).toEqual({ level, annotated: Math.min(n, level === 'error' ? 9 : 10) })
    }
    expect(JSON.parse(readFileSync(step.outputs['findings-file'], 'utf8'))).toEqual(findings)
    for (const name of BROKEN) expect(findings).toContainEqual(expect.objectContaining({ file: name, line: 7, column: 5, severity: 'error' }))
    expect(findings.every((f) => !path.isAbsolute(f.file) && !f.file.includes('\\'))).toBe(true)
    expect(Number(step.outputs.errors)).toBe(findings.filter((f) => f.severity === 'error').length)
    expect(Number(step.outputs.warnings)).toBe(findings.filter((f) => f.severity === 'warning').length)
    // The generated documents are fine: no error on them.
    expect(findings.filter((f) => f.severity === 'error' && !f.file.startsWith('iam/broken/'))).toEqual([])
  })

  test('the job summary lists every finding (more than the 10 annotations GitHub shows) and every file', () => {
    const rows = summaryRows(step)
    expect(rows.length).toBe(findingsOf(step).length)
    expect(rows.length).toBeGreaterThan(10)
    for (const name of BROKEN) expect(rows.some((r) => r.includes(`/${name}#L7)`))).toBe(true)
    expect(step.summary).toContain('[iam/broken/b12\\.json\\:7\\:5](https://github.com/octo-org/data-platform/blob/')
    expect(step.summary).toContain('| `iam/users/etl-user.json` | identity | 0 |')
    expect(step.summary).toContain('| `iam/roles/redshift-etl-trust.json` | trust | 0 |')
    expect(step.summary).not.toContain('readme.md')
  })

  test('the SARIF file has one rule per code and one result per finding, on relative paths', () => {
    const sarif = JSON.parse(readFileSync(path.join(ws, 'reports/iam.sarif'), 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    const run = sarif.runs[0]
    expect(run.tool.driver).toMatchObject({ name: 'redshift-temp-creds-action', version: expect.any(String), informationUri: expect.any(String) })
    const rules: Array<{ id: string }> = run.tool.driver.rules
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length)
    const findings = findingsOf(step)
    expect(run.results).toHaveLength(findings.length)
    run.results.forEach((r: any, i: number) => {
      expect(rules[r.ruleIndex].id).toBe(r.ruleId)
      expect(r.ruleId).toBe(findings[i].code)
      expect(r.locations[0].physicalLocation).toEqual({
        artifactLocation: { uri: findings[i].file, uriBaseId: '%SRCROOT%' },
        region: expect.objectContaining({ startLine: findings[i].line, startColumn: findings[i].column })
      })
    })
    expect(step.summary).toContain('SARIF report: `reports/iam.sarif`.')
  })
})

describe('fail-on decides the exit code', () => {
  // Trust policies that name the account root: with an external id only a
  // notice (it delegates to the whole account); without one also a warning.
  const rootTrust = (extra: Record<string, string> = {}) =>
    prettyJson(generated({ 'account-id': '111122223333', 'role-name': 'r', ...extra }).trustPolicy)

  test.each([
    ['error', { 'bad.json': trailingComma('A') }, 1],
    ['warning', { 'bad.json': trailingComma('A') }, 1],
    ['never', { 'bad.json': trailingComma('A') }, 0],
    ['error', { 'ok.json': prettyJson(GOOD.userPolicy) }, 0],
    ['warning', { 'ok.json': prettyJson(GOOD.userPolicy) }, 0]
  ] as const)('fail-on %s with %j -> exit %d', async (failOn, files, code) => {
    const step = await validate(workspace(files), { 'policy-files': '*.json', 'fail-on': failOn })
    expect(step.exitCode).toBe(code)
    expect(failures(step)).toHaveLength(code)
    expect(step.outputs.findings).toBeDefined()
  })

  test('notices alone never fail the step, even with fail-on warning', async () => {
    const step = await validate(workspace({ 'trust.json': rootTrust({ 'external-id': 'abc-123' }) }), { 'policy-files': 'trust.json', 'fail-on': 'warning' })
    const findings = findingsOf(step)
    expect(findings.filter((f) => f.severity !== 'notice')).toEqual([])
    expect(findings.length).toBeGreaterThan(0)
    expect(annotations(step).map((a) => a.command)).toEqual(findings.map(() => 'notice'))
    expect(step.exitCode).toBe(0)
  })

  test('a warning fails with fail-on warning but not with fail-on error', async () => {
    const ws = workspace({ 'trust.json': rootTrust() })
    const strict = await validate(ws, { 'policy-files': 'trust.json', 'fail-on': 'warning' })
    const findings = findingsOf(strict)
    expect(findings.some((f) => f.severity === 'warning')).toBe(true)
    expect(findings.some((f) => f.severity === 'error')).toBe(false)
    expect(strict.exitCode).toBe(1)
    expect(failures(strict)[0].message).toMatch(/^IAM policy validation failed: \d+ warnings? in 1 file \(fail-on: warning\)$/)
    const lenient = await validate(ws, { 'policy-files': 'trust.json' })
    expect(lenient.exitCode).toBe(0)
    expect(Number(lenient.outputs.warnings)).toBe(findings.filter((f) => f.severity === 'warning').length)
  })
})

test("a sarif-file holding '##[' is never a runner command of the old form in the log", async () => {
  // actions/runner reads '##[name]data' anywhere in a line that is not a '::' command ('##[stop-commands]t' would
  // stop the step's later annotations); 'Wrote the SARIF report to ...' quotes the path the input gave.
  const ws = workspace({ 'iam/a.json': prettyJson(GOOD.userPolicy) })
  const step = await validate(ws, { 'policy-files': 'iam/*.json', 'sarif-file': 'r##[error]forged.sarif' })
  expect(step.exitCode).toBe(0)
  const plainLines = step.stdout.split('\n').filter((line) => !line.startsWith('::'))
  expect(plainLines.filter((line) => line.includes('##['))).toEqual([])
  expect(plainLines).toContain(`Wrote the SARIF report to ${path.join(ws, 'r##\\[error]forged.sarif')}`)
})

describe('bad inputs: one error naming the input, nothing written', () => {
  test('a glob that matches nothing names every such glob', async () => {
    const ws = workspace({ 'iam/a.json': prettyJson(GOOD.userPolicy) })
    const step = await validate(ws, { 'policy-files': 'iam/*.json\npolicies/**/*.json\niam/*.jsn', 'sarif-file': 'r.sarif' })
    expect(step.exitCode).toBe(1)
    expect(step.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      'Input \'policy-files\': 2 globs "policies/**/*.json" (line 2), "iam/*.jsn" (line 3) matched no file. Expected globs that each match at least one file in the workspace (a dot file only when the glob spells the dot; .git and node_modules are never searched).'
    ])
    expect(step.outputs).toEqual({})
    expect(step.summary).toBe('')
    expect(existsSync(path.join(ws, 'r.sarif'))).toBe(false)
  })

  test('a glob with Windows separators says why it matched nothing', async () => {
    const ws = workspace({ 'iam/roles/trust.json': prettyJson(GOOD.userPolicy) })
    const step = await validate(ws, { 'policy-files': 'iam\\roles\\*.json\niam/*.jsn' })
    expect(step.exitCode).toBe(1)
    expect(step.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      // The glob as typed: one backslash, not JSON's two.
      'Input \'policy-files\': 2 globs "iam\\roles\\*.json" (line 1) (a \'\\\' in a glob escapes the character after it: separate folders with \'/\'), "iam/*.jsn" (line 2) matched no file. Expected globs that each match at least one file in the workspace (a dot file only when the glob spells the dot; .git and node_modules are never searched).'
    ])
    expect(step.outputs).toEqual({})
  })

  test.each([
    [{ 'policy-files': '' }, "Input 'policy-files': is empty."],
    [{ 'policy-files': 'trusted: iam/*.json' }, 'Input \'policy-files\': line 1 names the unknown kind "trusted".'],
    [{ 'policy-files': 'a.json', 'fail-on': 'sometimes' }, 'Input \'fail-on\': "sometimes" is not an allowed value. Expected one of error, warning, never.'],
    [{ 'policy-files': 'a.json', 'role-name': 'r' }, "Input 'account-id': is required. Expected a value for this input."],
    [{ 'policy-files': 'a.json', ...ROLE, 'account-id': '11112222333' }, 'Input \'account-id\': "11112222333" has 11 digits.'],
    // The workspace itself: it failed after the run with EISDIR, the outputs and summary written.
    [{ 'policy-files': 'a.json', 'sarif-file': '.' }, 'Input \'sarif-file\': "." is the workspace (or RUNNER_TEMP) folder itself, not a file. Expected a regular file'],
    // Found only by the review, after every report: and without an event file, not at all (a warning, exit 0).
    [{ 'policy-files': 'a.json', 'pr-number': '#42' }, 'Input \'pr-number\': "#42" is not a pull request number. Expected empty, or the number of a pull request'],
    [{ 'policy-files': 'a.json', 'pr-number': '0' }, 'Input \'pr-number\': "0" is not a pull request number.']
  ])('%j', async (inputs, start) => {
    const ws = workspace({ 'a.json': prettyJson(GOOD.userPolicy) })
    const step = await validate(ws, { 'sarif-file': 'r.sarif', ...inputs })
    expect(step.exitCode).toBe(1)
    const errors = step.commands.filter((c) => c.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message.startsWith(start)).toBe(true)
    expect(step.outputs).toEqual({})
    expect(step.summary).toBe('')
    expect(existsSync(path.join(ws, 'r.sarif'))).toBe(false)
  })
})

test("a bad pr-number on a run with an event file: one error naming the input, before any report (outputs, SARIF, summary) is written", async () => {
  // It was found by the review, after validate had written its outputs, SARIF report and summary; a glob that
  // matched nothing was a warning meanwhile, as on a pull request.
  const ws = workspace({ 'a.json': prettyJson(GOOD.userPolicy), 'event.json': JSON.stringify({ ref: 'refs/heads/main' }) })
  const step = await runAction({
    workspace: ws,
    inputs: { ...DEFAULTS, 'policy-files': 'a.json', 'sarif-file': 'r.sarif', 'pr-number': 'abc', 'github-token': 'ghs_x' },
    env: { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: path.join(ws, 'event.json') }
  })
  expect(step.exitCode).toBe(1)
  expect(step.commands.filter((c) => ['error', 'warning'].includes(c.command)).map((c) => c.message)).toEqual([
    'Input \'pr-number\': "abc" is not a pull request number. Expected empty, or the number of a pull request: a whole number from 1 with no sign, # or leading zero, such as 42.'
  ])
  expect(step.outputs).toEqual({})
  expect(step.summary).toBe('')
  expect(existsSync(path.join(ws, 'r.sarif'))).toBe(false)
})

test('a glob outside the workspace is an input error naming it, as one that matches nothing: nothing is read or written', async () => {
  // Skipped with a warning, a run whose every glob lay outside passed having checked no file.
  const outside = workspace({ 'secret.json': trailingComma('Outside') })
  const ws = workspace({ 'iam/ok.json': prettyJson(GOOD.userPolicy) })
  for (const globs of [`../${path.basename(outside)}/*.json`, `iam/*.json\n${path.join(outside, '*.json')}`]) {
    const step = await validate(ws, { 'policy-files': globs, 'sarif-file': 'r.sarif' })
    expect(step.exitCode).toBe(1)
    const [relative, absolute] = [`"../${path.basename(outside)}/*.json" (line 1) climbs out of the workspace with '..'`, `${JSON.stringify(path.join(outside, '*.json'))} (line 2) is an absolute path`]
    expect(step.commands.filter((c) => ['error', 'warning'].includes(c.command)).map((c) => c.message)).toEqual([
      `Input 'policy-files': the glob ${globs.startsWith('..') ? relative : absolute}: only files inside the workspace are read. Expected globs that each match at least one file in the workspace (a dot file only when the glob spells the dot; .git and node_modules are never searched).`
    ])
    expect(step.outputs).toEqual({})
    expect(existsSync(path.join(ws, 'r.sarif'))).toBe(false)
  }
})

test('files outside the workspace reached through symlinks, and oversize files, are not read: each is an RTC905 error', async () => {
  const outside = workspace({ 'secret.json': trailingComma('Outside'), 'dir/p.json': trailingComma('OutDir') })
  const ws = workspace({ 'iam/ok.json': prettyJson(GOOD.userPolicy), 'iam/big.json': `${' '.repeat(1024 * 1024)}${trailingComma('Big')}` })
  symlinkSync(path.join(outside, 'secret.json'), path.join(ws, 'iam/link.json'))
  symlinkSync(path.join(outside, 'dir'), path.join(ws, 'iam/linkdir'))
  const step = await validate(ws, { 'policy-files': 'iam/**/*.json' })
  const notChecked = step.commands.filter((c) => c.command === 'error' && c.properties.title === 'RTC905 file-not-checked')
  expect(notChecked.map((c) => [c.properties.file, c.message.split('\n')[0]]).sort()).toEqual(
    [
      ['iam/big.json', `Not checked: the path is ${1024 * 1024 + trailingComma('Big').length} bytes, over the 1 MiB limit for a policy file.`],
      ['iam/link.json', 'Not checked: the path is a symbolic link to a file outside the workspace.'],
      ['iam/linkdir', 'Not checked: the path is a symbolic link to a folder outside the workspace.']
    ].sort()
  )
  // Nothing from the skipped files was read: the only errors are the three paths not checked.
  expect(findingsOf(step).map((f) => [f.file, f.code])).toEqual([
    ['iam/big.json', 'RTC905'],
    ['iam/link.json', 'RTC905'],
    ['iam/linkdir', 'RTC905']
  ])
  expect(step.exitCode).toBe(1)
  expect(step.summary).toContain('### Skipped')
  expect(step.summary).toContain('| `iam/link.json` | is a symbolic link to a file outside the workspace |')
  expect(JSON.stringify(findingsOf(step))).not.toContain('OutDir')
})

test('a symbolic link into .git or node_modules is skipped, never read: .git/config holds the checkout token\'s header', async () => {
  const ws = workspace({ 'iam/ok.json': prettyJson(GOOD.userPolicy), '.git/config': '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n', 'node_modules/p/policy.json': trailingComma('Dep') })
  symlinkSync('../.git/config', path.join(ws, 'iam/leak.json'))
  symlinkSync('../.git', path.join(ws, 'iam/gitdir'))
  symlinkSync('../node_modules/p/policy.json', path.join(ws, 'iam/dep.json'))
  const step = await validate(ws, { 'policy-files': 'iam/**' })
  const skipped = step.commands.filter((c) => c.properties.title === 'RTC905 file-not-checked').map((c) => `${c.properties.file}: ${c.message.split('\n')[0]}`)
  expect(skipped.sort()).toEqual([
    'iam/dep.json: Not checked: the path is a symbolic link into node_modules, which is never read.',
    'iam/gitdir: Not checked: the path is a symbolic link into .git, which is never read.',
    'iam/leak.json: Not checked: the path is a symbolic link into .git, which is never read.'
  ])
  expect(findingsOf(step).map((f) => [f.file, f.code])).toEqual([['iam/dep.json', 'RTC905'], ['iam/gitdir', 'RTC905'], ['iam/leak.json', 'RTC905']])
  expect(`${step.stdout}${step.summary}`).not.toContain('.git/config')
})

test('names that differ only in a CR, an LF or a tab show as different names, each on one line, in the summary and the annotations', async () => {
  // A lone CR showed as \n, as LF does, and a tab as a space: two files read as one name, and a skipped file's
  // annotation broke its name over lines (a line of its own that read as a message of the action's).
  const names = ['iam/a\rb.json', 'iam/a\nb.json', 'iam/a\tb.json', 'iam/a b.json']
  const ws = workspace(Object.fromEntries(names.map((n) => [n, trailingComma('Named')])))
  const outside = workspace({ 'secret.json': trailingComma('Outside') })
  symlinkSync(path.join(outside, 'secret.json'), path.join(ws, 'iam/x\n::error::all policies are valid\r.json'))
  const step = await validate(ws, { 'policy-files': 'iam/*.json' })
  // The files table: one row per file, its name as code.
  const shown = step.summary.split('\n').flatMap((l) => /^\| `(iam\/a[^`]*)` \|/.exec(l)?.[1] ?? [])
  expect(shown.sort()).toEqual(['iam/a b.json', 'iam/a\\nb.json', 'iam/a\\rb.json', 'iam/a\\tb.json'])
  const skipped = step.commands.filter((c) => c.properties.title === 'RTC905 file-not-checked')
  expect(skipped.map((c) => c.properties.file)).toEqual(['iam/x\n::error::all policies are valid\r.json'])
  expect(skipped.map((c) => c.message.split('\n')[0])).toEqual(['Not checked: the path is a symbolic link to a file outside the workspace.'])
  // The skipped table shows the name on one line.
  expect(step.summary).toContain('| `iam/x\\n::error::all policies are valid\\r.json` |')
})

test('a glob written from the workspace path (${{ github.workspace }}/iam/*.json) reads the files it names: it validated no file and passed', async () => {
  const ws = workspace({ 'iam/ok.json': prettyJson(GOOD.userPolicy), 'iam/broken.json': trailingComma('Broken'), 'iam/legacy/old.json': trailingComma('Old') })
  const step = await validate(ws, { 'policy-files': `${path.join(ws, 'iam')}/**/*.json\n!${path.join(ws, 'iam/legacy')}/**` })
  expect(step.commands.filter((c) => c.properties.title === 'RTC905 file-not-checked')).toEqual([])
  expect(findingsOf(step).map((f) => [f.file, f.severity])).toEqual([['iam/broken.json', 'error']])
  expect(step.exitCode).toBe(1)
  expect(step.summary).toContain('| `iam/ok.json` |')
})

test('a file over 1 MiB fails the step at fail-on: error (RTC905): a pull request cannot dodge the checks with a 2 MiB policy; a "!" line leaves it out', async () => {
  const ws = workspace({ 'iam/ok.json': prettyJson(GOOD.userPolicy), 'iam/big.json': `${' '.repeat(2 * 1024 * 1024)}${prettyJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })}` })
  const sarif = 'r.sarif'
  const strict = await validate(ws, { 'policy-files': 'iam/**/*.json', 'sarif-file': sarif })
  expect(strict.exitCode).toBe(1)
  expect(strict.outputs.errors).toBe('1')
  expect(findingsOf(strict).map((f) => [f.file, f.code, f.severity])).toEqual([['iam/big.json', 'RTC905', 'error']])
  expect(strict.commands.filter((c) => c.command === 'error').map((c) => c.message).at(-1)).toBe('IAM policy validation failed: 1 error in 1 file (fail-on: error)')
  const results = (JSON.parse(readFileSync(path.join(ws, sarif), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; level: string }> }> }).runs[0].results
  expect(results.map((r) => [r.ruleId, r.level])).toEqual([['RTC905', 'error']])
  const never = await validate(ws, { 'policy-files': 'iam/**/*.json', 'fail-on': 'never' })
  expect(never.exitCode).toBe(0)
  expect(never.outputs.errors).toBe('1')
  const leftOut = await validate(ws, { 'policy-files': 'iam/**/*.json\n!iam/big.json' })
  expect(leftOut.exitCode).toBe(0)
  expect(leftOut.stdout).toContain('Validated 1 file: no findings (fail-on: error)')
})

test("skipped files, findings and the failure share GitHub's 10 annotations per level: the failure keeps its room, the skipped files are errors among the others", async () => {
  const files: Record<string, string> = {}
  // 12 oversize files (not checked: RTC905 errors), 12 broken ones (errors), 12 with iam:PassRole on "*" (warnings).
  for (let i = 0; i < 12; i++) {
    files[`iam/big/b${String(i).padStart(2, '0')}.json`] = ' '.repeat(1024 * 1024 + 1)
    files[`iam/broken/x${String(i).padStart(2, '0')}.json`] = trailingComma(`X${i}`)
    files[`iam/wide/w${String(i).padStart(2, '0')}.json`] = prettyJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] })
  }
  const step = await validate(workspace(files), { 'policy-files': 'iam/**/*.json' })
  expect(step.exitCode).toBe(1)
  for (const level of ['error', 'warning', 'notice']) expect(step.commands.filter((c) => c.command === level).length).toBeLessThanOrEqual(10)
  const warnings = step.commands.filter((c) => c.command === 'warning')
  expect(warnings).toHaveLength(10)
  expect(step.stdout).toMatch(/\d+ more findings are not annotated \(15 errors, 2 warnings/)
  const errors = step.commands.filter((c) => c.command === 'error')
  expect(errors).toHaveLength(10)
  // In the findings' order (by path): the oversize files come first.
  expect(errors.slice(0, 9).every((e) => e.properties.title === 'RTC905 file-not-checked')).toBe(true)
  expect(errors.at(-1)?.message).toMatch(/^IAM policy validation failed: 24 errors/)
})

test("a glob whose every file a '!' line leaves out gets a warning: nothing it names is checked", async () => {
  const ws = workspace({ 'iam/user.json': prettyJson(GOOD.userPolicy), 'org/scp.json': prettyJson({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }] }) })
  const step = await validate(ws, { 'policy-files': '**/*.json\n!org/**\nscp: org/scp.json' })
  expect(step.exitCode).toBe(0)
  expect(step.commands.filter((c) => c.command === 'warning').map((c) => c.message)).toEqual([
    `Input 'policy-files': the glob "org/scp.json" (line 3) matched only files that a '!' line leaves out, so no file of it is checked (an exclusion removes a file whatever other line names it).`
  ])
  expect(step.summary).toContain('| `iam/user.json` |')
  expect(step.summary).not.toContain('org/scp.json')
})

test("with the inputs that ask for the work-together check, '!' lines that leave no file to check are an input error, not a pass", async () => {
  const ws = workspace({ 'iam/trust.json': prettyJson(GOOD.trustPolicy), 'iam/user.json': prettyJson(GOOD.userPolicy) })
  const step = await validate(ws, { ...ROLE, 'policy-files': 'iam/*.json\n!iam/**' })
  expect(step.exitCode).toBe(1)
  expect(step.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
    `Input 'policy-files': the glob "iam/*.json" (line 1) matched only files that a '!' line leaves out, so no file is left to check that the documents work together (account-id and role-name ask for it). Expected at least one file left to check (the trust policy first) when the inputs name a role.`
  ])
  expect(step.commands.filter((c) => c.command === 'warning')).toEqual([])
  // Without them, the run lints files and may check none: a warning, as above.
  const lintOnly = await validate(ws, { 'policy-files': 'iam/*.json\n!iam/**' })
  expect(lintOnly.exitCode).toBe(0)
  expect(lintOnly.commands.filter((c) => c.command === 'warning')).toHaveLength(1)
})

test('the folder generate wrote validates clean: its manifest and deploy templates are notices (RTC005), its policies work together', async () => {
  const ws = makeWorkspace('rtc-generated-')
  const inputs = { ...ROLE, kms: 'true', 'kms-key-arn': 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'staging-bucket': 'etl-staging' }
  const generatedStep = await runAction({ workspace: ws, inputs: { ...DEFAULTS, ...inputs, mode: 'generate', 'output-dir': 'iam', formats: 'cli,cloudformation,terraform' } })
  expect(generatedStep.exitCode).toBe(0)
  const written = readdirSync(path.join(ws, 'iam')).sort()
  expect(written).toEqual(expect.arrayContaining(['manifest.json', 'cloudformation-template.json', 'redshift-temp-creds.tf.json', 'trust-policy.json', 'user-policy.json']))
  const step = await validate(ws, { ...inputs, 'policy-files': 'iam/**/*.json' })
  expect(step.exitCode).toBe(0)
  const findings = findingsOf(step)
  expect(findings.filter((f) => f.severity !== 'notice')).toEqual([])
  expect(findings.filter((f) => f.code === 'RTC005').map((f) => f.file).sort()).toEqual(['iam/cloudformation-template.json', 'iam/manifest.json', 'iam/redshift-temp-creds.tf.json'])
  // A manifest.json of another tool is no manifest of ours: it is not a policy either.
  writeFileSync(path.join(ws, 'iam', 'manifest.json'), JSON.stringify({ name: 'extension', manifest_version: 3 }))
  const other = await validate(ws, { ...inputs, 'policy-files': 'iam/**/*.json' })
  expect(findingsOf(other).filter((f) => f.file === 'iam/manifest.json').map((f) => f.code)).toEqual(['RTC004'])
})

test.each([
  // The account root of the role's own account: RTC608 (no external id) warned, as if a third party's account.
  ['trust-principal account in the role\'s account', { 'account-id': '111122223333', 'role-name': 'redshift-etl', 'trust-principal': 'account' }],
  ['the Secure Agent role, with KMS by alias, staging and a serverless workgroup', {
    'account-id': '111122223333',
    'role-name': 'redshift-etl',
    'trust-principal': 'role',
    'principal-role-name': 'agent-ec2',
    'principal-role-path': '/infa/',
    kms: 'true',
    'kms-key-arn': 'arn:aws:kms:eu-west-1:111122223333:alias/etl',
    'staging-bucket': 'etl.staging',
    'staging-prefix': 'in',
    'redshift-db-auth': 'serverless',
    'redshift-workgroup': '0fa1b2c3-1234-4abc-8def-0123456789ab',
    'redshift-region': 'eu-west-1',
    'session-duration': '3600'
  }],
  ['a user with an external id, a cluster and groups in aws-us-gov', {
    partition: 'aws-us-gov',
    'account-id': '111122223333',
    'role-name': 'redshift-etl',
    'user-name': 'etl',
    'user-path': '/ops/',
    'external-id': 'ext-4711',
    'staging-bucket': 'etl-staging',
    'redshift-db-auth': 'cluster',
    'redshift-cluster-id': 'analytics',
    'redshift-region': 'us-gov-west-1',
    'db-user': 'etl',
    'db-groups': 'loaders, readers',
    'session-duration': '7200'
  }]
])("generate's documents for %s pass validate with the same inputs and fail-on: warning", async (_label, inputs) => {
  const ws = makeWorkspace('rtc-generated-')
  const generatedStep = await runAction({ workspace: ws, inputs: { ...DEFAULTS, ...inputs, mode: 'generate', 'output-dir': 'iam' } })
  expect(generatedStep.exitCode).toBe(0)
  const step = await validate(ws, { ...inputs, 'policy-files': 'iam/*.json\n!iam/manifest.json', 'fail-on': 'warning' })
  expect(findingsOf(step).filter((f) => f.severity !== 'notice')).toEqual([])
  expect(step.exitCode).toBe(0)
})

test("'kind: glob' forces the kind the file is checked as", async () => {
  // A trust policy, checked as an identity policy, breaks the identity rules (it has a Principal and no Resource).
  const ws = workspace({ 'iam/roles/r.json': prettyJson(GOOD.trustPolicy) })
  const auto = await validate(ws, { 'policy-files': 'iam/**/*.json' })
  expect(auto.summary).toContain('| `iam/roles/r.json` | trust |')
  expect(findingsOf(auto).filter((f) => f.severity === 'error')).toEqual([])
  const forced = await validate(ws, { 'policy-files': 'identity: iam/roles/*.json' })
  expect(forced.summary).toContain('| `iam/roles/r.json` | identity |')
  expect(findingsOf(forced).filter((f) => f.severity === 'error').length).toBeGreaterThan(0)
  expect(forced.exitCode).toBe(1)
})

test("'scp: glob' reads FullAWSAccess as the filter it is, not as an administrator grant", async () => {
  const fullAccess = prettyJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })
  const ws = workspace({ 'org/scps/full-access.json': fullAccess })
  const auto = await validate(ws, { 'policy-files': 'org/**/*.json' })
  // Read as an identity policy it is full administrator: a warning (RTC603),
  // so the default fail-on (error) lets the step pass and fail-on: warning gates on it.
  expect(findingsOf(auto).filter((f) => f.code === 'RTC603').map((f) => f.severity)).toEqual(['warning'])
  expect(auto.exitCode).toBe(0)
  const gated = await validate(ws, { 'policy-files': 'org/**/*.json', 'fail-on': 'warning' })
  expect(gated.exitCode).toBe(1)
  const forced = await validate(ws, { 'policy-files': 'scp: org/scps/*.json' })
  expect(forced.summary).toContain('| `org/scps/full-access.json` | scp |')
  expect(findingsOf(forced)).toEqual([])
  expect(forced.exitCode).toBe(0)
})

test('an undeclared VPC endpoint policy (AWS\'s default, limited to the organization) is read as one: the step passes', async () => {
  // AWS PrivateLink Guide: the default endpoint policy allows "*" on "*" to "*"; an Allow in an endpoint
  // policy grants nothing and Principal "*" is the default there, not a public grant.
  const endpoint = prettyJson({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }]
  })
  const step = await validate(workspace({ 'vpce/s3.json': endpoint }), { 'policy-files': 'vpce/*.json' })
  expect(step.summary).toContain('| `vpce/s3.json` | endpoint |')
  expect(findingsOf(step)).toEqual([])
  expect(step.exitCode).toBe(0)
})

describe('the documents are checked together when the inputs name the role', () => {
  const files = {
    'iam/user.json': prettyJson(GOOD.userPolicy),
    'iam/trust.json': prettyJson(GOOD.trustPolicy)
  }

  test('the documents generate makes for the same inputs pass', async () => {
    const step = await validate(workspace(files), { 'policy-files': 'iam/*.json', ...ROLE })
    expect(findingsOf(step).filter((f) => /^RTC[78]\d\d$/.test(f.code) && f.severity === 'error')).toEqual([])
    expect(step.exitCode).toBe(0)
    expect(step.summary).toContain('Checked together for role `arn:aws:iam::111122223333:role/redshift-etl`, assumed by user `etl-user` of account `111122223333`.')
  })

  test('another user in the inputs cannot assume the role: an error that says what fails at run time', async () => {
    const step = await validate(workspace(files), { 'policy-files': 'iam/*.json', ...ROLE, 'user-name': 'someone-else' })
    const together = findingsOf(step).filter((f) => /^RTC7\d\d$/.test(f.code) && f.severity === 'error')
    expect(together.length).toBeGreaterThan(0)
    expect(together.map((f) => f.message).join('\n')).toMatch(/someone-else/)
    expect(together.every((f) => f.file.startsWith('iam/'))).toBe(true)
    expect(step.exitCode).toBe(1)
  })

  test('without those inputs the together check does not run', async () => {
    const step = await validate(workspace({ 'iam/user.json': prettyJson(GOOD.userPolicy) }), { 'policy-files': 'iam/*.json' })
    expect(findingsOf(step).filter((f) => /^RTC[78]\d\d$/.test(f.code))).toEqual([])
    expect(step.summary).not.toContain('Checked together')
  })
})

test('the policy fixtures: every file is reported, nothing crashes', async () => {
  // hand-written policies with real-world mistakes (the real corpora: __corpus__/validate/e2e.test.ts)
  const ws = makeWorkspace('rtc-fixtures-')
  cpSync(FIXTURES_DIR, path.join(ws, 'iam'), { recursive: true })
  const names = readdirSync(FIXTURES_DIR).filter((n) => n.endsWith('.json'))
  expect(names.length).toBeGreaterThanOrEqual(20)
  const step = await validate(ws, { 'policy-files': 'iam/*.json', 'sarif-file': 'fixtures.sarif' })
  expect(step.stderr).toBe('')
  expect(step.exitCode).toBe(1)
  for (const name of names) expect(step.summary).toContain(`| \`iam/${name}\` |`)
  const findings = findingsOf(step)
  expect(findings.filter((f) => f.code === 'RTC902')).toEqual([])
  expect(new Set(findings.filter((f) => f.code === 'RTC001').map((f) => f.file)).size).toBe(names.filter((n) => n.startsWith('syntax-')).length + 1)
  expect(summaryRows(step)).toHaveLength(findings.length)
  const sarif = JSON.parse(readFileSync(path.join(ws, 'fixtures.sarif'), 'utf8'))
  expect(sarif.runs[0].results).toHaveLength(findings.length)
})

test('values of 100 KB in a file: each annotation and each summary cell shows a bounded part, the SARIF report and the findings file the whole', async () => {
  const hugeAction = `s3:Get${'A'.repeat(100_000)}`
  const hugeResource = `arn:aws:s3:::${'c'.repeat(80_000)}`
  const ws = workspace({
    'iam/huge.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [hugeAction, `s3:${'B'.repeat(50_000)}*`], Resource: hugeResource }] }, null, 2),
    'iam/huge-key.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'x'.repeat(60_000), Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { [`aws:${'k'.repeat(70_000)}`]: 'v' } } }] }, null, 2)
  })
  const step = await validate(ws, { 'policy-files': 'iam/**', 'sarif-file': 'reports/iam.sarif', 'fail-on': 'never' })
  expect(step.exitCode).toBe(0)
  const all = JSON.parse(readFileSync(step.outputs['findings-file'], 'utf8')) as Finding[]
  const long = all.filter((f) => f.message.length > 10_000)
  expect(long.length).toBeGreaterThanOrEqual(2)
  // Reports people read: bounded, and they say what was left out.
  const shown = annotations(step)
  expect(shown.length).toBeGreaterThan(0)
  for (const a of shown) expect(a.message.length).toBeLessThan(4_100)
  expect(shown.some((a) => /… \[[\d,]+ more characters\]$/.test(a.message))).toBe(true)
  expect(step.stdout.length).toBeLessThan(100_000)
  expect(step.summary.length).toBeLessThan(30_000)
  expect(step.summary).toMatch(/… \\\[[\d,]+ more characters\\\]/) // escaped Markdown: \[ and \]
  // The SARIF report keeps every message whole (its text is the message, then the hint).
  const sarif = JSON.parse(readFileSync(path.join(ws, 'reports/iam.sarif'), 'utf8'))
  // Read as a SARIF consumer reads plain text: a backslash before '[', ']' or '\\' is dropped (§3.11.6).
  const texts = new Set(sarif.runs[0].results.map((r: any) => r.message.text.replace(/\\([[\]\\])/g, '$1')))
  for (const f of long) expect(texts.has(`${f.message} Hint: ${f.hint}`)).toBe(true)
})

test("validate steps of one job stay within GitHub's 50 annotations a job together, the last step's failure included", async () => {
  // GitHub shows 50 annotations of a job, all steps together: three steps of 20 made 60, and GitHub dropped the
  // last ones, among them the third step's failure. The steps of a job share RUNNER_TEMP.
  const files: Record<string, string> = {}
  for (let i = 0; i < 12; i++) {
    files[`iam/broken/x${String(i).padStart(2, '0')}.json`] = trailingComma(`X${i}`)
    files[`iam/wide/w${String(i).padStart(2, '0')}.json`] = prettyJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] })
  }
  const ws = workspace(files)
  const runnerTemp = makeWorkspace('rtc-job-temp-')
  const steps: StepResult[] = []
  for (let i = 0; i < 4; i++) steps.push(await runAction({ workspace: ws, inputs: { ...DEFAULTS, 'policy-files': 'iam/**/*.json' }, env: { RUNNER_TEMP: runnerTemp } }))
  const made = steps.map((s) => s.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)).length)
  expect(made).toEqual([20, 20, 10, 0])
  for (const step of steps) expect(step.exitCode).toBe(1)
  // The third step keeps its failure among its ten; the fourth has no room left and says so in the log.
  expect(steps[2].commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(/^IAM policy validation failed: 12 errors/)
  expect(steps[2].stdout).toContain('and 50 per job, and earlier steps of this action in the job made 40')
  expect(steps[3].stdout).toMatch(/\nError: IAM policy validation failed: 12 errors/)
  // Another job (another GITHUB_JOB) has its own 50.
  const other = await runAction({ workspace: ws, inputs: { ...DEFAULTS, 'policy-files': 'iam/**/*.json' }, env: { RUNNER_TEMP: runnerTemp, GITHUB_JOB: 'other' } })
  expect(other.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command))).toHaveLength(20)
})
