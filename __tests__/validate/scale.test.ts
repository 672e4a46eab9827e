// GitHub's limits hold whatever the number of files: the bundled action on
// 2,000 and 20,000 policy files that all have findings (errors, warnings and
// notices). stdout stays under 100 KB, the outputs under 1 MB together and the job
// summary under 1 MiB, and they do not grow with the count; the SARIF report
// and the findings file hold every finding.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Finding } from '../../src/core/lint/finding.js'
import { makeWorkspace, runAction, type StepResult } from '../support/run-action.js'

const DEFAULTS = { mode: 'validate', 'role-path': '/', kms: 'false', partition: 'aws', 'fail-on': 'error', 'output-dir': 'redshift-temp-creds', 'artifact-name': 'redshift-temp-creds-policies' }

/** An identity policy with an unknown action (error) and write actions on "*" (warnings). */
const identity = (i: number) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: `Read${i}`, Effect: 'Allow', Action: [`s3:GetObjekt${i % 7}`, 's3:PutObject'], Resource: '*' },
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }
    ]
  })
/** A trust policy that delegates to a whole account (a notice). */
const trust = (i: number) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${String(100000000000 + i)}:root` }, Action: 'sts:AssumeRole' }] })

function workspaceOf(count: number): string {
  const ws = makeWorkspace('rtc-scale-')
  for (let d = 0; d < count / 500; d++) {
    const dir = path.join(ws, 'iam', `team-${d}`)
    mkdirSync(dir, { recursive: true })
    for (let k = 0; k < 500; k++) {
      const i = d * 500 + k
      writeFileSync(path.join(dir, `p${i}.json`), i % 2 ? trust(i) : identity(i))
    }
  }
  return ws
}

interface Measured {
  count: number
  step: StepResult
  stdoutBytes: number
  outputBytes: Record<string, number>
  summaryBytes: number
  total: number
}

const runs: Measured[] = []
const MB = 1000 * 1000

beforeAll(async () => {
  for (const count of [2000, 20000]) {
    const ws = workspaceOf(count)
    try {
      const step = await runAction({ workspace: ws, inputs: { ...DEFAULTS, 'policy-files': 'iam/**/*.json', 'sarif-file': 'iam.sarif' }, timeoutMs: 240_000 })
      const outputBytes = Object.fromEntries(Object.entries(step.outputs).map(([k, v]) => [k, Buffer.byteLength(v)]))
      const sarif = JSON.parse(readFileSync(path.join(ws, 'iam.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> }
      const all = JSON.parse(readFileSync(step.outputs['findings-file'], 'utf8')) as Finding[]
      expect(sarif.runs[0].results).toHaveLength(all.length)
      runs.push({ count, step, stdoutBytes: Buffer.byteLength(step.stdout), outputBytes, summaryBytes: Buffer.byteLength(step.summary), total: all.length })
      rmSync(step.runnerTemp, { recursive: true, force: true })
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
  }
}, 600_000)

test('every file has findings, of every severity', () => {
  for (const r of runs) {
    expect(r.step.stderr).toBe('')
    expect(r.total).toBeGreaterThanOrEqual(r.count)
    expect(Number(r.step.outputs.errors)).toBe(r.count / 2)
    expect(Number(r.step.outputs.warnings)).toBeGreaterThanOrEqual(r.count)
    expect(r.step.summary).toContain(`; ${r.count} files checked: the step fails`)
  }
})

test('stdout stays under 100 KB, with 10 annotations per level in all (the step fills each), the failure among the errors', () => {
  for (const r of runs) {
    expect({ count: r.count, under100KB: r.stdoutBytes < 100 * 1000 }).toEqual({ count: r.count, under100KB: true })
    for (const level of ['error', 'warning', 'notice']) expect(r.step.commands.filter((c) => c.command === level)).toHaveLength(10)
    // The failure is the tenth error, after nine findings' errors; no message past a full level is an annotation.
    expect(r.step.commands.filter((c) => c.command === 'error' && c.properties.file)).toHaveLength(9)
    expect(r.step.commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(/^IAM policy validation failed: /)
    expect(r.step.stdout).toMatch(/more findings are not annotated \(\d+ errors, \d+ warnings, \d+ notices\)/)
  }
})

test('every output stays under 1 MB, all of them together too as GitHub counts a job\'s (UTF-16); findings holds a count, the first findings and the findings file', () => {
  for (const r of runs) {
    for (const [name, bytes] of Object.entries(r.outputBytes)) expect({ name, under1MB: bytes < MB }).toEqual({ name, under1MB: true })
    const utf16Bytes = Object.values(r.step.outputs).reduce((sum, value) => sum + 2 * value.length, 0)
    expect(utf16Bytes).toBeLessThan(MB)
    // Small enough to be passed on as one environment variable (Linux: 128 KiB).
    expect(r.outputBytes.findings).toBeLessThan(128 * 1024)
    const cut = JSON.parse(r.step.outputs.findings) as { count: number; findingsFile: string; findings: Finding[] }
    expect(cut.count).toBe(r.total)
    expect(cut.findingsFile).toBe(r.step.outputs['findings-file'])
    expect(cut.findings.length).toBeGreaterThan(100)
    expect(cut.findings.length).toBeLessThan(r.total)
  }
})

test('the job summary stays under 1 MiB and says what it left out and where', () => {
  for (const r of runs) {
    expect(r.summaryBytes).toBeLessThan(1024 * 1024)
    expect(r.step.summary).toMatch(/more findings are not shown \(\d+ [a-z]+s(, \d+ [a-z]+s)*\): a job summary is limited to 1 MiB\. Every finding is in the SARIF report `iam\.sarif`/)
  }
  expect(runs[1].step.summary).toMatch(/more files are not listed \(files with errors come first\)/)
})

test("a SARIF report over code scanning's 25,000 results is said to be one, in the log and the summary, and the smaller one is not", () => {
  const [small, large] = runs
  expect(small.total).toBeLessThanOrEqual(25000)
  expect(large.total).toBeGreaterThan(25000)
  expect(small.step.commands.filter((c) => c.properties.title === "SARIF report over code scanning's limit")).toHaveLength(0)
  const said = large.step.commands.filter((c) => c.properties.title === "SARIF report over code scanning's limit")
  expect(said).toHaveLength(1)
  expect(said[0].command).toBe('warning')
  expect(said[0].message).toContain(`The SARIF report holds ${large.total} results`)
  // Among the warnings GitHub shows: before the findings' ones.
  expect(large.step.commands.findIndex((c) => c === said[0])).toBeLessThan(large.step.commands.findIndex((c) => c.command === 'warning' && c.properties.file))
  expect(small.step.summary).not.toContain('[!WARNING]')
  expect(large.step.summary).toContain(`> [!WARNING]\n> The SARIF report holds ${large.total} results`)
})

test('the limits do not depend on the count: ten times the files, the same sizes', () => {
  const [small, large] = runs
  expect(large.count).toBe(10 * small.count)
  // Only the digits of the counts differ, and the larger run's SARIF report is over code scanning's limit (the test
  // above): its warning takes the place of one finding's warning, so the larger log has as many lines, and its
  // size differs by that warning and one finding's annotation at most.
  const limitLine = (r: Measured) => r.step.stdout.split('\n').filter((l) => l.includes("SARIF report over code scanning's limit")).join('\n').length
  const limitNote = (r: Measured) => r.step.summary.split('\n').filter((l) => l.includes('The SARIF report holds')).join('\n').length
  const lines = (r: Measured) => r.step.stdout.split('\n').length
  const findingLine = Math.max(...small.step.stdout.split('\n').filter((l) => l.startsWith('::warning ') && l.includes('file=')).map((l) => l.length))
  expect(lines(large)).toBe(lines(small))
  expect(Math.abs(large.stdoutBytes - limitLine(large) - (small.stdoutBytes - limitLine(small)))).toBeLessThan(findingLine + 200)
  expect(Math.abs(large.outputBytes.findings - small.outputBytes.findings)).toBeLessThan(2000)
  expect(Math.abs(large.summaryBytes - limitNote(large) - (small.summaryBytes - limitNote(small)))).toBeLessThan(0.05 * small.summaryBytes)
})
