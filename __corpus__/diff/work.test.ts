// The diff's work budget (DIFF_WORK_BUDGET) is for hostile pull requests:
// real policies must never reach it. Every AWS managed policy is diffed with
// its neighbour by name (versions of one service's policies look alike), with
// itself less its largest statement, and the 40 largest with one another.
// None may reach the budget, and the most work must leave it room (the most
// today: AmazonSageMakerFullAccess against
// AmazonSageMakerServiceCatalogProductsLambdaServiceRolePolicy, 3.8 million).
import { expect, test } from '@jest/globals'
import { diffPolicies } from '../../src/core/diff/semantic-diff.js'
import { DIFF_WORK_BUDGET, diffWork } from '../../src/core/diff/work.js'
import { managedPolicies } from '../support/managed-policies.js'

type Doc = { Statement?: unknown }

function workOf(before: unknown, after: unknown): { work: number; overBudget?: string } {
  const start = diffWork()
  const diff = diffPolicies(before, after)
  return { work: diffWork() - start, ...(diff.overBudget ? { overBudget: diff.overBudget } : {}) }
}

function withoutLargestStatement(document: unknown): unknown {
  const statements = (document as Doc).Statement
  if (!Array.isArray(statements) || statements.length < 2) return { Version: '2012-10-17', Statement: [] }
  const sizes = statements.map((s) => JSON.stringify(s).length)
  const largest = sizes.indexOf(Math.max(...sizes))
  return { ...(document as object), Statement: statements.filter((_, i) => i !== largest) }
}

test('real policy diffs stay far under the work budget', () => {
  const policies = managedPolicies()
  expect(policies.length).toBeGreaterThan(1000)
  const pairs: [string, unknown, unknown][] = []
  policies.forEach((p, i) => {
    if (i > 0) pairs.push([`${policies[i - 1].name} -> ${p.name}`, policies[i - 1].document, p.document])
    pairs.push([`${p.name} less its largest statement`, p.document, withoutLargestStatement(p.document)])
  })
  const largest = [...policies].sort((a, b) => JSON.stringify(b.document).length - JSON.stringify(a.document).length).slice(0, 40)
  for (const a of largest) for (const b of largest) if (a !== b) pairs.push([`${a.name} -> ${b.name}`, a.document, b.document])

  let most = { name: '', work: 0 }
  for (const [name, before, after] of pairs) {
    const { work, overBudget } = workOf(before, after)
    expect({ name, overBudget }).toEqual({ name, overBudget: undefined })
    if (work > most.work) most = { name, work }
  }
  expect(most.work).toBeLessThan(DIFF_WORK_BUDGET / 5)
})
