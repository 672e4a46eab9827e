import type { Finding } from '../../src/core/lint/finding.js'
import type { LintedFile } from '../../src/core/lint/lint.js'
import { validateSummary, type ValidateSummaryInput } from '../../src/report/validate-summary.js'

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
  expect(md).toContain('25 errors in 1 file: the step fails (fail-on: error).')
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
  expect(md).toContain('1 error, 1 warning and 1 notice in 2 files: the step passes (fail-on: error).')
  expect(md).toContain('SARIF report: `out/r.sarif`.')
  expect(md).toContain('| `iam/a.json` | identity | 1 | 1 | 0 |')
  expect(md).toContain('| `iam/t.json` | trust | 0 | 0 | 1 |')
  expect(md).toContain('### Skipped')
  expect(md).toContain('| `iam/big.json` | is 2000000 bytes, over the 1 MiB limit |')
})

test('no findings: no findings table', () => {
  const md = validateSummary(base({ files: [file('a.json')] }))
  expect(md).toContain('no findings in 1 file: the step passes')
  expect(md).not.toContain('### Findings')
})

test('the together inputs are named', () => {
  const md = validateSummary(
    base({
      together: { partition: 'aws', accountId: '111111111111', roleName: 'etl', rolePath: '/svc/', userName: 'u', userAccountId: '222222222222', trustPrincipal: 'user', kms: true }
    })
  )
  expect(md).toContain('Checked together for role `arn:aws:iam::111111111111:role/svc/etl`, assumed by user `u` of account `222222222222`, with KMS.')
})

test('beyond the size budget the table stops and says how many more are in the outputs', () => {
  const findings = Array.from({ length: 500 }, (_, i) => f({ line: i + 1, message: 'x'.repeat(100) }))
  const md = validateSummary(base({ files: [file('iam/a.json')], findings, sarifFile: 'r.sarif' }), 20_000)
  const rows = findingRows(md)
  expect(rows.length).toBeGreaterThan(50)
  expect(rows.length).toBeLessThan(500)
  expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000)
  expect(md).toContain(`${500 - rows.length} more findings are not shown: a job summary is limited to 1 MiB. Every finding is in the \`findings\` output and the SARIF report.`)
  expect(md).toContain('### Files')
})
