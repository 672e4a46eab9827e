// Issue 9: comparing a statement with 5,000 resources does work linear in
// them (no quadratic pattern-against-pattern work on hostile input), with a
// condition on the statement and wildcards among the resources. The work is
// counted (diffWork), not timed: the machine is shared.
import { expect, test } from '@jest/globals'
import { diffPolicies } from '../../src/core/diff/semantic-diff.js'
import { DIFF_WORK_BUDGET, diffWork } from '../../src/core/diff/work.js'

const statement = (resources: string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resources, Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }]
})
const buckets = (n: number, from: number) => Array.from({ length: n }, (_, i) => `arn:aws:s3:::bucket-${i + from}/data/*`)

/** The verdict on n resources, every one of them changed, and the work it took. */
function compared(n: number) {
  const before = diffWork()
  const d = diffPolicies(statement(buckets(n, 0)), statement([...buckets(n, 10), 'arn:aws:s3:::bucket-*/data/x']))
  return { d, work: diffWork() - before }
}

test('a statement with 5,000 resources, every one of them changed, is compared in work linear in them', () => {
  const half = compared(2500)
  const whole = compared(5000)
  expect(whole.d.accessChange).toBe('mixed')
  // Twice the resources, about twice the work (pattern against pattern: four times), well inside the budget.
  expect(whole.work).toBeLessThanOrEqual(2.5 * half.work)
  expect(whole.work).toBeLessThan(DIFF_WORK_BUDGET / 10)
})
