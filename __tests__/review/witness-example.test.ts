// The README promises "the example request shown under a change (its
// witness)": the diff found one for each direction it claimed (the verdict
// rests on it), but the review asked for none to keep, so the comment showed
// no request at all. Each change rated broadens, narrows or mixed now has one
// per direction in its row, in an "Example request" column.
import { describe, expect, test } from '@jest/globals'
import { analyseFile } from '../../src/modes/review-analysis.js'
import { reviewComment } from '../../src/report/review-comment.js'

const policy = (...Statement: Record<string, unknown>[]) => JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
const review = (before: Record<string, unknown>[], after: Record<string, unknown>[]) =>
  analyseFile({ path: 'iam/policy.json', status: 'modified', baseText: policy(...before), headText: policy(...after) })

describe('the example request of a change', () => {
  test('an action added: a request for it, not allowed before and allowed after', () => {
    const r = review([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }], [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::b/*' }])
    expect(r.accessChange).toBe('broadens')
    expect(r.changes.map((c) => c.example)).toEqual([expect.stringMatching(/^broadens: s3:PutObject on arn:aws:s3:::b\/\S+ by arn:aws:iam::\d{12}:user\/\S+: not allowed before, allowed after$/i)])
  })

  test('a range replaced by another: one request each way, with the address it comes from', () => {
    const allow = (range: string) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': range } } })
    const r = review([allow('10.0.0.0/8')], [allow('11.0.0.0/8')])
    expect(r.accessChange).toBe('mixed')
    const [example] = r.changes.map((c) => c.example ?? '')
    expect(example).toMatch(/^broadens: .* \(with aws:SourceIp = 11\.[\d.]+\): not allowed before, allowed after; narrows: .* \(with aws:SourceIp = 10\.[\d.]+\): allowed before, not allowed after$/i)
  })

  test('a Deny added to an identity policy: refused next to a policy that allows everything', () => {
    const r = review([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }], [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }])
    expect(r.accessChange).toBe('narrows')
    expect(r.changes.map((c) => c.example)).toEqual([expect.stringMatching(/^narrows: iam:\S+ on \S+ by \S+ \(the caller's other policies allowing everything\): allowed before, denied by a Deny after$/i)])
  })

  test('no change in access: no example', () => {
    const r = review([{ Effect: 'Allow', Action: ['s3:GetObject', 'ec2:*'], Resource: '*' }], [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }])
    expect(r.accessChange).toBe('none')
    expect(r.changes.every((c) => c.example === undefined)).toBe(true)
  })

  test('the comment shows it in its own column, escaped', () => {
    const r = review([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }], [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }])
    const body = reviewComment([r], {}).body
    expect(body).toContain('| Statement | Change | Rating | Why | Example request |')
    // The request's ARN is escaped as every quoted value is (no link, no Markdown).
    expect(body).toMatch(/broadens\\: s3\\:\S+ on arn\\:aws\\:s3\\:\\:\\:b\//i)
  })
})

test('a long value in the example is cut: the row is kept for the whole review', () => {
  const long = `arn:aws:s3:::b/${'x'.repeat(100_000)}`
  const r = review([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::c/*' }], [{ Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::c/*', long] }])
  expect(r.accessChange).toBe('broadens')
  const [example] = r.changes.map((c) => c.example ?? '')
  expect(example).toMatch(/^broadens: s3:getobject on arn:aws:s3:::b\/x+/i)
  expect(example.length).toBeLessThan(1000)
})
