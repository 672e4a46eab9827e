import type { Finding } from '../../src/core/lint/finding.js'
import type { LintedFile } from '../../src/core/lint/lint.js'
import { SUMMARY_BUDGET_BYTES, validateSummary, type ValidateSummaryInput } from '../../src/report/validate-summary.js'

const f = (over: Partial<Finding>): Finding => ({ file: 'iam/a.json', line: 1, column: 1, code: 'RTC901', severity: 'error', message: 'm', hint: 'h', ...over })
const file = (name: string, kind: LintedFile['kind'] = 'identity'): LintedFile => ({ file: name, kind, findings: [] })
const base = (over: Partial<ValidateSummaryInput>): ValidateSummaryInput => ({ files: [], findings: [], skipped: [], failOn: 'error', ...over })

/** The rows of the Findings table. */
const findingRows = (md: string) => {
  const section = md.split('### Findings\n\n')[1]?.split('\n\n')[0] ?? ''
  return section.split('\n').filter((l) => l.startsWith('| ')).slice(2)
}

test('every finding is a row, with location, severity, code and name, message and hint', () => {
  const findings = Array.from({ length: 25 }, (_, i) => f({ line: i + 1, column: 3, message: `problem ${i + 1}` }))
  const md = validateSummary(base({ files: [file('iam/a.json')], findings, failure: '25 errors in 1 file (fail-on: error)' }))
  expect(md).toContain('25 errors; 1 file checked: the step fails (fail-on: error).')
  const rows = findingRows(md)
  expect(rows).toHaveLength(25)
  expect(rows[24]).toBe('| `iam/a.json:25:3` | 🛑 error | `RTC901` file-not-utf8 | problem 25 | h |')
})

test('cell text cannot break the table or the page, nor mention anyone', () => {
  const md = validateSummary(base({ findings: [f({ message: 'a | b <script>@team\nnext', hint: '`x` *y*' })] }))
  expect(findingRows(md)[0]).toBe('| `iam/a.json:1:1` | 🛑 error | `RTC901` file-not-utf8 | a \\| b \\<script\\>\\@\u200bteam\\\\nnext | \\`x\\` \\*y\\* |')
})

test('locations link to the file at the commit when a link base is given', () => {
  const md = validateSummary(base({ findings: [f({ file: 'iam/my role.json', line: 4 })], linkBase: 'https://github.com/o/r/blob/abc/' }))
  expect(findingRows(md)[0]).toMatch(/^\| \[iam\/my role\\\.json\\:4\\:1\]\(https:\/\/github\.com\/o\/r\/blob\/abc\/iam\/my%20role\.json#L4\) \|/)
})

test('the files table counts each file’s findings; skipped paths are listed with the reason', () => {
  const md = validateSummary(
    base({
      files: [file('iam/a.json'), file('iam/t.json', 'trust')],
      findings: [f({}), f({ severity: 'warning' }), f({ file: 'iam/t.json', severity: 'notice' })],
      skipped: [{ path: 'iam/big.json', reason: 'is 2000000 bytes, over the 1 MiB limit' }],
      sarifFile: 'out/r.sarif'
    })
  )
  expect(md).toContain('1 error, 1 warning and 1 notice; 2 files checked, 1 path skipped (not checked): the step passes (fail-on: error).')
  expect(md).toContain('SARIF report: `out/r.sarif`.')
  expect(md).toContain('| `iam/a.json` | identity | 1 | 1 | 0 |')
  expect(md).toContain('| `iam/t.json` | trust | 0 | 0 | 1 |')
  expect(md).toContain('### Skipped')
  expect(md).toContain('| `iam/big.json` | is 2000000 bytes, over the 1 MiB limit |')
})

test('the opening line counts the files checked apart from the findings: the failure line counts the files with them', () => {
  // 8 files checked, 4 of them with an error each, 4 with a warning: the failure line says "4 errors in 4 files".
  const files = Array.from({ length: 8 }, (_, i) => file(`iam/p${i}.json`))
  const findings = files.map((x, i) => f({ file: x.file, severity: i < 4 ? 'error' : 'warning' }))
  const md = validateSummary(base({ files, findings, failure: '4 errors in 4 files (fail-on: error)' }))
  expect(md).toContain('\n\n4 errors and 4 warnings; 8 files checked: the step fails (fail-on: error).\n')
  expect(md).not.toMatch(/warnings in 8 files/)
})

test('no findings: no findings table', () => {
  const md = validateSummary(base({ files: [file('a.json')] }))
  expect(md).toContain('\n\nNo findings; 1 file checked: the step passes')
  expect(md).not.toContain('### Findings')
})

test('the opening line counts the skipped paths: "no findings in 0 files" read as a clean pass when every path was skipped', () => {
  const md = validateSummary(base({ skipped: [{ path: '/etc/*.json', reason: 'the glob is an absolute path' }] }))
  expect(md).toContain('\n\nNo findings; 0 files checked, 1 path skipped (not checked): the step passes (fail-on: error).\n')
  const two = validateSummary(base({ files: [file('a.json')], findings: [f({ file: 'a.json' })], skipped: [{ path: 'x', reason: 'r' }, { path: 'y', reason: 'r' }] }))
  expect(two).toContain('\n\n1 error; 1 file checked, 2 paths skipped (not checked): the step passes')
})

test('the together inputs are named', () => {
  const md = validateSummary(
    base({
      together: { partition: 'aws', accountId: '111111111111', roleName: 'etl', rolePath: '/svc/', userName: 'u', userPath: '/', userAccountId: '222222222222', trustPrincipal: 'user', kms: true }
    })
  )
  expect(md).toContain('Checked together for role `arn:aws:iam::111111111111:role/svc/etl`, assumed by user `u` of account `222222222222`, with KMS.')
})

// With trust-principal account the root delegates to the account: any IAM user or role of it with a grant may assume
// the role (IAM User Guide, Principal, AWS account principals). "assumed by account X" read as the account itself.
test('with trust-principal account and no user, the summary names an IAM user or role of the account', () => {
  const md = validateSummary(
    base({
      together: { partition: 'aws', accountId: '111111111111', roleName: 'etl', rolePath: '/', userName: '', userPath: '/', userAccountId: '222222222222', trustPrincipal: 'account', kms: false }
    })
  )
  expect(md).toContain('Checked together for role `arn:aws:iam::111111111111:role/etl`, assumed by an IAM user or role of account `222222222222`.')
})

test('with trust-principal role the summary names the principal role, not the account, and what else the check covers', () => {
  const md = validateSummary(
    base({
      together: {
        partition: 'aws',
        accountId: '111111111111',
        roleName: 'etl',
        rolePath: '/',
        userName: '',
        userPath: '/',
        userAccountId: '222222222222',
        trustPrincipal: 'role',
        principalRole: { name: 'SecureAgentEc2', path: '/agents/' },
        kms: false,
        stagingBucket: 'etl-staging',
        stagingPrefix: 'data/',
        redshift: { kind: 'serverless', region: 'us-east-1', workgroupId: '8f9d3c1e-0a4b-4c2d-9e8f-1a2b3c4d5e6f' }
      }
    })
  )
  expect(md).toContain(
    'Checked together for role `arn:aws:iam::111111111111:role/etl`, assumed by role `arn:aws:iam::222222222222:role/agents/SecureAgentEc2`, with S3 staging `s3://etl-staging/data/`, database credentials for workgroup `8f9d3c1e-0a4b-4c2d-9e8f-1a2b3c4d5e6f`.'
  )
  expect(md).not.toContain('assumed by account')
})

test('beyond the size budget the table stops and says how many more there are and where', () => {
  const findings = Array.from({ length: 500 }, (_, i) => f({ line: i + 1, message: 'x'.repeat(100) }))
  const md = validateSummary(
    base({ files: [file('iam/a.json')], findings, sarifFile: 'r.sarif', elsewhere: ['the SARIF report `r.sarif`', 'the artifact `rep`'] }),
    20_000
  )
  const rows = findingRows(md)
  expect(rows.length).toBeGreaterThan(50)
  expect(rows.length).toBeLessThan(500)
  expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000)
  expect(md).toContain(
    `${500 - rows.length} more findings are not shown (${500 - rows.length} errors): a job summary is limited to 1 MiB. Every finding is in the SARIF report \`r.sarif\` and the artifact \`rep\`.`
  )
  expect(md).toContain('### Files')
})

test('the findings table is cut by severity: errors first, and warnings and notices keep rows of their own', () => {
  const findings = [
    ...Array.from({ length: 400 }, (_, i) => f({ file: `n${i}.json`, severity: 'notice', message: 'n'.repeat(80) })),
    ...Array.from({ length: 400 }, (_, i) => f({ file: `w${i}.json`, severity: 'warning', message: 'w'.repeat(80) })),
    ...Array.from({ length: 400 }, (_, i) => f({ file: `e${i}.json`, severity: 'error', message: 'e'.repeat(80) }))
  ]
  const md = validateSummary(base({ files: [file('a.json')], findings }), 30_000)
  expect(Buffer.byteLength(md)).toBeLessThanOrEqual(30_000)
  const severities = findingRows(md).map((r) => r.split(' | ')[1])
  const first = (label: string) => severities.indexOf(label)
  expect(first('🛑 error')).toBe(0)
  expect(first('⚠️ warning')).toBeGreaterThan(first('🛑 error'))
  expect(first('ℹ️ notice')).toBeGreaterThan(first('⚠️ warning'))
  expect(severities.lastIndexOf('🛑 error')).toBeLessThan(first('⚠️ warning'))
  const count = (label: string) => severities.filter((x) => x === label).length
  expect(md).toMatch(new RegExp(`more findings are not shown \\(${400 - count('🛑 error')} errors, ${400 - count('⚠️ warning')} warnings, ${400 - count('ℹ️ notice')} notices\\)`))
})

test('the files and skipped tables are cut too, never dropped whole, files with errors first', () => {
  const files = Array.from({ length: 3000 }, (_, i) => file(`iam/f${String(i).padStart(4, '0')}.json`))
  const skipped = Array.from({ length: 3000 }, (_, i) => ({ path: `big/b${i}.json`, reason: 'is 2000000 bytes, over the 1 MiB limit' }))
  const md = validateSummary(base({ files, skipped, findings: [f({ file: 'iam/f2999.json' })] }), 40_000)
  expect(Buffer.byteLength(md)).toBeLessThanOrEqual(40_000)
  const filesPart = md.split('### Files\n\n')[1].split('### Skipped')[0]
  const fileRows = filesPart.split('\n').filter((l) => l.startsWith('| `'))
  expect(fileRows[0]).toBe('| `iam/f2999.json` | identity | 1 | 0 | 0 |')
  expect(fileRows.length).toBeGreaterThan(10)
  expect(filesPart).toContain(`${3000 - fileRows.length} more files are not listed (files with errors come first)`)
  const skippedRows = md.split('### Skipped\n\n')[1].split('\n').filter((l) => l.startsWith('| `'))
  expect(skippedRows.length).toBeGreaterThan(10)
  expect(md).toContain(`${3000 - skippedRows.length} more skipped paths are not listed`)
})

test('the default budget holds a summary of 100,000 files with 300,000 findings under 1 MiB', () => {
  const files = Array.from({ length: 100_000 }, (_, i) => file(`iam/team-${i % 100}/policy-${i}.json`))
  const findings = files.flatMap((x, i) => [
    f({ file: x.file, line: 2, severity: 'error', message: `Action "s3:GetObjekt${i}" is not an action` }),
    f({ file: x.file, line: 3, severity: 'warning', message: 'Resource "*" with a write action' }),
    f({ file: x.file, line: 4, severity: 'notice', message: 'No Sid' })
  ])
  const md = validateSummary(base({ files, findings, linkBase: 'https://github.com/o/r/blob/abc/' }))
  expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_BUDGET_BYTES)
  expect(SUMMARY_BUDGET_BYTES).toBeLessThan(1024 * 1024)
  expect(md).toContain('100000 files')
  expect(md).toMatch(/more findings are not shown \(\d+ errors, \d+ warnings, \d+ notices\)/)
  expect(md).toMatch(/more files are not listed/)
})

test("with a SARIF report over code scanning's limit the summary says so under the report's name; without a report it does not", () => {
  const findings = Array.from({ length: 25001 }, (_, i) => f({ file: `iam/p${Math.floor(i / 3)}.json`, line: (i % 3) + 1 }))
  const over = validateSummary(base({ files: [file('iam/p0.json')], findings, sarifFile: 'out/r.sarif' }))
  expect(over).toContain('SARIF report: `out/r.sarif`.\n\n> [!WARNING]\n> The SARIF report holds 25001 results')
  expect(validateSummary(base({ files: [file('iam/p0.json')], findings }))).not.toContain('[!WARNING]')
  expect(validateSummary(base({ files: [file('iam/p0.json')], findings: findings.slice(0, 25000), sarifFile: 'out/r.sarif' }))).not.toContain('[!WARNING]')
})

test('a file that is no policy shows as such in the files table, not as the kind the classifier fell back on', () => {
  const md = validateSummary(
    base({
      files: [file('iam/package.json'), file('out/manifest.json'), file('iam/list.json'), file('iam/a.json')],
      findings: [
        f({ file: 'iam/package.json', code: 'RTC004' }),
        f({ file: 'out/manifest.json', code: 'RTC005', severity: 'notice' }),
        f({ file: 'iam/list.json', code: 'RTC003' }),
        f({ file: 'iam/a.json', code: 'RTC201' })
      ]
    })
  )
  expect(md).toContain('| `iam/package.json` | not a policy | 1 | 0 | 0 |')
  expect(md).toContain('| `iam/list.json` | not a policy | 1 | 0 | 0 |')
  expect(md).toContain('| `out/manifest.json` | generated file, not a policy | 0 | 0 | 1 |')
  // A policy with findings keeps its kind.
  expect(md).toContain('| `iam/a.json` | identity | 1 | 0 | 0 |')
})

test('a name or quoted value ending in a backslash, or holding "\\|" and backticks, stays in its cell (GFM reads "\\|" as an escaped pipe even in code)', async () => {
  const MarkdownIt = (await import('markdown-it')).default
  const names = ['iam/p\\', 'iam/q\\|`r\\', 'iam/\\`\\\\']
  const md = validateSummary(
    base({
      files: names.map((n) => file(n)),
      findings: names.map((n) => f({ file: n, message: 'Sid "a\\" and \\| and `\\`', hint: 'end\\' })),
      linkBase: 'https://github.com/o/r/blob/abc/'
    })
  )
  const html = new MarkdownIt({ html: true, linkify: true }).render(md)
  const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[1].replace(/<[^>]+>/g, '')))
  // Two tables, each of five columns in every row.
  expect(rows.every((r) => r.length === 5)).toBe(true)
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  const fileCells = rows.filter((r) => r[1] === 'identity').map((r) => decode(r[0]))
  expect(fileCells).toEqual(names)
  const findingCells = rows.filter((r) => r[1].includes('error')).map((r) => [decode(r[0]), decode(r[3]), decode(r[4])])
  expect(findingCells).toEqual(names.map((n) => [`${n}:1:1`, 'Sid "a\\" and \\| and `\\`', 'end\\']))
})
