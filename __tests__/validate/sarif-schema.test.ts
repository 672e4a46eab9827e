// The SARIF log checked against SARIF 2.1.0's own JSON schema (the OASIS
// schema, as shipped by Microsoft's @microsoft/jest-sarif, a dev dependency):
// the shape GitHub's upload-sarif reads. sarif.test.ts asserts what the log
// says; this says every property is one SARIF defines, of its type.
import { cpSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ALL_CHECKS } from '../../src/core/checks.js'
import type { Finding } from '../../src/core/lint/finding.js'
import { sarifLogFor } from '../../src/report/sarif.js'
import { FIXTURES_DIR } from '../support/fixtures.js'
import { runAction } from '../support/run-action.js'
import { tempDir } from '../support/temp-dirs.js'

// The package's matcher adds itself to Jest's expect when loaded.
await import('@microsoft/jest-sarif')

declare module 'expect' {
  interface Matchers<R> {
    toBeValidSarifLog(): R
  }
}

test('the matcher is live: a log missing its version, or with a result level SARIF does not define, fails it', () => {
  const log = sarifLogFor([{ file: 'a.json', line: 1, column: 1, code: 'RTC101', severity: 'error', message: 'm', hint: 'h' }])
  expect(log).toBeValidSarifLog()
  expect(() => expect({ ...log, version: undefined }).toBeValidSarifLog()).toThrow()
  const badLevel = structuredClone(log)
  ;(badLevel.runs[0].results[0] as unknown as Record<string, unknown>).level = 'fatal'
  expect(() => expect(badLevel).toBeValidSarifLog()).toThrow(/level/)
})

test('a log with a finding of every check, at every kind of place, follows the schema', () => {
  const names = ['iam/a.json', 'iam/with space/ä b%20c.json', 'policies/[x]/#1?.json', 'C:/not/absolute.json']
  const findings: Finding[] = ALL_CHECKS.map((check, i) => ({
    file: names[i % names.length],
    line: 1 + i,
    column: 1 + (i % 7),
    ...(i % 3 === 0 ? { endLine: 2 + i, endColumn: 4 } : {}),
    code: check.code,
    severity: check.severity,
    message: `message ${i} with "quotes", a \\ backslash, <html>, and a line\nbreak`,
    hint: i % 2 === 0 ? `hint ${i}` : ''
  }))
  const log = sarifLogFor(findings)
  expect(log.runs[0].results).toHaveLength(ALL_CHECKS.length)
  expect(log).toBeValidSarifLog()
})

test("the bundled action's SARIF file on the fixture policies follows the schema", async () => {
  const workspace = tempDir('rtc-sarif-schema-')
  cpSync(FIXTURES_DIR, workspace, { recursive: true })
  const step = await runAction({
    workspace,
    inputs: { mode: 'validate', 'policy-files': '**/*.json', 'fail-on': 'never', 'sarif-file': 'reports/iam.sarif', 'artifact-name': 'redshift-temp-creds-policies' }
  })
  expect(step.exitCode).toBe(0)
  const log = JSON.parse(readFileSync(path.join(workspace, 'reports', 'iam.sarif'), 'utf8'))
  expect(log.runs[0].results.length).toBeGreaterThan(20)
  expect(log).toBeValidSarifLog()
})
