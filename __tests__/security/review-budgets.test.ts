// Nothing in a pull request stalls the step (bundled action, loopback GitHub):
// the ReDoS policy lints and reviews at once, a 5,000-resource statement is
// reviewed within the budgets, a 5 MB changed file is named as not reviewed
// (the 1 MiB cap of validate), and a 200 MB one is never downloaded nor
// called unchanged (its size comes from the stand-in, or from git's header
// for a blob made from a stream: nothing of 200 MB is held anywhere).
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { allow, git, policy, PR, pullRequestSuite } from '../support/pull-request-fixture.js'
import { makeWorkspace, runAction, type StepResult } from '../support/run-action.js'
import { redosPolicy } from '../support/redos-policy.js'
import { analyseFile, reviewFootprint } from '../../src/modes/review-analysis.js'

const suite = pullRequestSuite()
const { preparePullRequest, review, removeTemporaryDirectories } = suite

const onlyComment = () => {
  const comments = suite.gh.commentsOn(PR)
  expect(comments).toHaveLength(1)
  return comments[0].body
}
const timed = async (run: () => Promise<StepResult>) => {
  const started = performance.now()
  const result = await run()
  return { result, ms: Math.round(performance.now() - started) }
}
const report = (what: string, ms: number) => process.stdout.write(`[budgets] ${what}: ${ms} ms\n`)

describe('the ReDoS policy (N = 14)', () => {
  test('validate through dist finishes at once and reports the redundant statement', async () => {
    const ws = makeWorkspace('rtc-redos-')
    mkdirSync(path.join(ws, 'iam'))
    writeFileSync(path.join(ws, 'iam', 'redos.json'), redosPolicy(14))
    const { result, ms } = await timed(() => runAction({ workspace: ws, inputs: { mode: 'validate', 'policy-files': 'iam/*.json', 'fail-on': 'never' } }))
    report('validate, ReDoS N=14, whole step', ms)
    removeTemporaryDirectories()
    execFileSync('rm', ['-rf', ws, result.runnerTemp])
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs.findings).map((f: { code: string }) => f.code)).toContain('RTC120')
    // It took 336 s before. The time is reported, not asserted (the machine is shared): the matcher's work on this
    // policy is counted in wildcard-linear.test.ts.
  })

  test('the review of a PR adding it finishes at once', async () => {
    const prepared = preparePullRequest({ local: true, base: { 'iam/app.json': policy([allow('s3:GetObject')]) }, head: { 'iam/app.json': redosPolicy(14) } })
    const { result, ms } = await timed(() => review(prepared, { inputs: { 'fail-on': 'never' } }))
    report('review, ReDoS N=14, whole step', ms)
    expect(result.exitCode).toBe(0)
    const body = onlyComment()
    expect(body).toMatch(/Broadens (and narrows )?access/)
    // Reviewed whole, within the review's own per-file budget; the time is reported, not asserted (the machine is
    // shared): the matcher's work on this policy is counted in wildcard-linear.test.ts.
    expect(body).not.toMatch(/not reviewed/i)
  })
})

describe('size and scale', () => {
  test('a statement of 5,000 resources is reviewed within the budgets', async () => {
    const resources = (from: number) => Array.from({ length: 5000 }, (_, i) => `arn:aws:s3:::bucket-${i + from}/*`)
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/wide.json': policy([allow('s3:GetObject', resources(0) as never)]) },
      head: { 'iam/wide.json': policy([allow(['s3:GetObject', 's3:List*'], resources(7) as never)]) }
    })
    const { result, ms } = await timed(() => review(prepared, { inputs: { 'fail-on': 'never' } }))
    report('review, 5,000-resource statement, whole step', ms)
    expect(result.exitCode).toBe(0)
    expect(['broadens', 'mixed']).toContain(result.outputs['access-change'])
    const body = onlyComment()
    expect(body).not.toMatch(/No change in access/)
    // Reviewed whole, within the review's own budgets; the time is reported, not asserted (the machine is shared):
    // the diff's work on such a statement is counted in diff/verdict-speed.test.ts.
    expect(body).not.toMatch(/not reviewed/i)
  })

  test('a 5 MB changed file is named as not reviewed (over 1 MiB), never read whole', async () => {
    const big = policy(Array.from({ length: 26_000 }, (_, i) => allow('s3:GetObject', `arn:aws:s3:::bucket-${i}/${'k'.repeat(100)}`)))
    expect(big.length).toBeGreaterThan(5_000_000)
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/big.json': policy([allow('s3:GetObject')]), 'iam/small.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/big.json': big, 'iam/small.json': policy([allow('s3:GetObject')]) }
    })
    const { result, ms } = await timed(() => review(prepared, { inputs: { 'fail-on': 'never' } }))
    report('review, 5 MB changed file, whole step', ms)
    expect(result.exitCode).toBe(0)
    const body = onlyComment()
    expect(body).toMatch(/⚠️ \*\*Not fully reviewed\*\*: 1 file not reviewed/)
    expect(body).toMatch(/#### `iam\/big.json` — ⚠️ not reviewed/)
    expect(body).toMatch(/\*\*Not reviewed:\*\* over 1 MiB \\\(the head version is 5\\\.\d MiB\\\)/)
    expect(body).not.toMatch(/No change in access/)
    expect(result.outputs['access-change']).toBe('broadens')
    // The time is reported, not asserted (the machine is shared): the file is named by its size, not read.
  })

  test('a 200 MB file (a blob streamed into git, never on disk): not reviewed, never called unchanged', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/huge.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/huge.json': policy([allow('s3:GetObject')]), 'README.md': 'x\n' }
    })
    // Replace the head commit's iam/huge.json by a 200 MB blob of spaces, made from a stream.
    const ws = prepared.workspace
    const blob = execFileSync('bash', ['-c', 'head -c 209715200 /dev/zero | tr "\\0" " " | git hash-object -w --stdin'], { cwd: ws, encoding: 'utf8' }).trim()
    git(ws, ['update-index', '--cacheinfo', `100644,${blob},iam/huge.json`])
    git(ws, ['commit', '-q', '-m', 'huge'])
    const headSha = git(ws, ['rev-parse', 'HEAD'])
    git(ws, ['checkout', '-q', 'HEAD~1', '--', 'iam/huge.json'])
    suite.gh.addPull({ number: PR, baseSha: prepared.baseSha, headSha, files: [{ filename: 'iam/huge.json', status: 'modified' }] })
    const { result, ms } = await timed(() => review({ ...prepared, headSha }, { inputs: { 'fail-on': 'never' } }))
    report('review, 200 MB blob in git, whole step', ms)
    expect(result.exitCode).toBe(0)
    const body = onlyComment()
    expect(body).toMatch(/over 1 MiB \\\(the head version is 200 MiB\\\)/)
    expect(body).not.toMatch(/No change in access/)
    expect(result.outputs['access-change']).toBe('broadens')
  })

  test('a 200 MB file through the API: its size is read, its content never downloaded', async () => {
    const prepared = preparePullRequest({
      local: false,
      base: { 'iam/huge.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/huge.json': policy([allow('s3:GetObject')]) },
      files: [{ filename: 'iam/huge.json', status: 'modified' }]
    })
    suite.gh.trees.get(prepared.headSha)!.delete('iam/huge.json')
    suite.gh.setFileSize(prepared.headSha, 'iam/huge.json', 200 * 1024 * 1024)
    const { result, ms } = await timed(() => review(prepared, { inputs: { 'fail-on': 'never' } }))
    report('review, 200 MB file through the API, whole step', ms)
    expect(result.exitCode).toBe(0)
    const body = onlyComment()
    expect(body).toMatch(/⚠️ \*\*Not fully reviewed\*\*/)
    expect(body).toMatch(/over 1 MiB \\\(the head version is 200 MiB\\\)/)
    expect(body).not.toMatch(/No change in access/)
    expect(result.outputs['access-change']).toBe('broadens')
    // The stand-in records a violation if the raw content is ever asked for (checked in afterEach).
  })

  test('the whole-review time budget: files left when it runs out are named as not reviewed', async () => {
    const base: Record<string, string> = {}
    const head: Record<string, string> = {}
    for (let i = 0; i < 3; i++) {
      base[`iam/p${i}.json`] = policy([allow('s3:GetObject')])
      head[`iam/p${i}.json`] = policy([allow('s3:GetObject'), allow('s3:PutObject')])
    }
    const prepared = preparePullRequest({ local: true, base, head })
    const result = await review(prepared, { inputs: { 'fail-on': 'never' }, env: { RTC_REVIEW_BUDGET_MS: '1', RTC_FILE_BUDGET_MS: '1' } })
    expect(result.exitCode).toBe(0)
    const body = onlyComment()
    expect(body).toMatch(/not reviewed/)
    expect(body).toMatch(/time budget|per-file budget/)
  })

  test('a file whose analysis runs over the per-file time or memory budget is stopped and named; the step goes on', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/a.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/a.json': policy([allow('s3:GetObject'), allow('s3:PutObject')]) }
    })
    // 50 ms is less than the worker needs to load the linter: the analysis is ended, not awaited.
    const slow = await review(prepared, { inputs: { 'fail-on': 'never' }, env: { RTC_FILE_BUDGET_MS: '50' } })
    expect(slow.exitCode).toBe(0)
    expect(onlyComment()).toMatch(/took over the per-file budget of 0\\\.05 s/)
    expect(slow.outputs['access-change']).toBe('broadens')
    // A heap of 4 MiB cannot hold the linter's catalogue (the bundle's own start takes more): the worker runs
    // out of memory, the step does not. (8 MiB was once enough to fail, and no longer always is.)
    const big = await review(prepared, { inputs: { 'fail-on': 'never' }, env: { RTC_FILE_MEMORY_MB: '4' } })
    expect(big.exitCode).toBe(0)
    expect(onlyComment()).toMatch(/memory budget of 4 MiB/)
  })

  test('the per-file time budget is the analysis\'s own: a version GitHub is slow to send does not spend it', async () => {
    const prepared = preparePullRequest({
      local: false,
      base: { 'iam/a.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/a.json': policy([allow('s3:GetObject'), allow('s3:PutObject')]) }
    })
    // Counted from before the versions were read (and, at four files at once, the wait for the worker), a file
    // whose versions took longer than the budget to come was named as over it, however quick its analysis.
    suite.gh.stall({ method: 'get', path: '/repos/{owner}/{repo}/contents/{path}', mode: 'slow', ms: 2500 })
    const result = await review(prepared, { inputs: { 'fail-on': 'never' }, env: { RTC_FILE_BUDGET_MS: '2000' } })
    expect(result.exitCode).toBe(0)
    const body = onlyComment()
    expect(body).not.toMatch(/not reviewed/)
    expect(body).toMatch(/🔴 \*\*Broadens access\*\*: 1 file broadens access/)
  })

  test('the whole-review memory budget counts what the reviews keep, not the text: a PR of small files with large reviews cannot pass it', async () => {
    // 70 characters a statement, three findings (300 characters each) and a change row: each file's review is over
    // 20 times its text. Counting the text, all six files (140 KB of text) fitted a budget of 2,000,000 bytes while
    // their reviews held over 20 MB; a PR of 3,000 such files of 1 MiB could hold gigabytes.
    const hostile = (n: number) =>
      JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: 300 }, (_, i) => ({ Effect: 'Allow', NotAction: 'iam:*', NotResource: `x${n}-${i}`, Principal: '*' })) })
    const head: Record<string, string> = {}
    for (let i = 0; i < 6; i++) head[`iam/p${i}.json`] = hostile(i)
    const budget = 2_000_000
    expect(Object.values(head).reduce((n, text) => n + text.length, 0)).toBeLessThan(budget / 10)
    const prepared = preparePullRequest({ local: true, base: {}, head })
    const result = await review(prepared, { inputs: { 'fail-on': 'never' }, env: { RTC_REVIEW_MEMORY_BYTES: String(budget) } })
    expect(result.exitCode).toBe(0)
    const body = onlyComment()
    const over = [...body.matchAll(/#### `(iam\/p\d\.json)` — ⚠️ not reviewed/g)].map((m) => m[1])
    expect(over.length).toBeGreaterThan(0)
    // Markdown's escapes taken out.
    expect(body.replace(/\\/g, '')).toMatch(/\*\*Not reviewed:\*\* its review \(\d+\.\d KiB of findings, changes and text diff\) would pass what is left of the review's memory budget \(1\.9 MiB\)/)
    expect(result.outputs['access-change']).toBe('broadens')
    // What the reviewed files keep, as the budget counts it (each review as the worker answers it), fits the budget.
    const reviewed = Object.keys(head).filter((path) => !over.includes(path))
    expect(reviewed.length).toBeGreaterThan(0)
    const kept = reviewed.reduce((n, path) => n + reviewFootprint(analyseFile({ path, status: 'added', headText: head[path] })), 0)
    expect(kept).toBeLessThanOrEqual(budget)
    expect(kept + reviewFootprint(analyseFile({ path: over[0], status: 'added', headText: head[over[0]] }))).toBeGreaterThan(budget)
  })

  test('the versions of a file count while it is read: versions larger than the whole budget are not analysed', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/a.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/a.json': policy([allow('s3:GetObject'), allow('s3:PutObject', `arn:aws:s3:::b/${'k'.repeat(6000)}`)]) }
    })
    const result = await review(prepared, { inputs: { 'fail-on': 'never' }, env: { RTC_REVIEW_MEMORY_BYTES: '5000' } })
    expect(result.exitCode).toBe(0)
    expect(onlyComment().replace(/\\/g, '')).toMatch(/\*\*Not reviewed:\*\* the review's memory budget \(4\.9 KiB\) was spent before this file/)
  })
})
