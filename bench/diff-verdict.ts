// `node bench/diff-verdict.mjs`-style quick figure for issue 9 (bundled with
// scripts/bundle.mjs like the other benches): diffPolicies on two 500-statement policies
// (the bench pair, and one with conditions and Denies whose values change)
// against JSON.parse + stringify of both, and one statement with 5,000
// resources. Prints one JSON line.
import { diffPolicies } from '../src/core/diff/semantic-diff.js'
import { bigPolicyPair } from './policies.js'

function best(fn: () => void, runs = 15): number {
  let min = Infinity
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    fn()
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6)
  }
  return min
}

function ratio(before: object, after: object) {
  const b = JSON.stringify(before)
  const a = JSON.stringify(after)
  const floor = best(() => JSON.stringify(JSON.parse(b)).length + JSON.stringify(JSON.parse(a)).length)
  const diff = best(() => diffPolicies(JSON.parse(b), JSON.parse(a)))
  return { floorMs: +floor.toFixed(2), diffMs: +diff.toFixed(2), ratio: +(diff / floor).toFixed(1), verdict: diffPolicies(before, after).accessChange }
}

const conditioned = (i: number, edited: boolean) => ({
  Sid: `C${i}`,
  Effect: i % 7 === 0 ? 'Deny' : 'Allow',
  Action: ['s3:GetObject', 's3:PutObject'],
  Resource: [`arn:aws:s3:::bucket-${i}/*`],
  Condition: {
    IpAddress: { 'aws:SourceIp': edited && i % 10 === 0 ? '10.0.0.0/8' : `10.${i % 250}.0.0/16` },
    StringLike: { 's3:prefix': [`home/${i}/*`] }
  }
})
const policy = (Statement: object[]) => ({ Version: '2012-10-17', Statement })
const [plainBefore, plainAfter] = bigPolicyPair(500)
const resources = (from: number, extra: string[] = []) =>
  policy([{ Effect: 'Allow', Action: 's3:GetObject', Resource: [...Array.from({ length: 5000 }, (_, i) => `arn:aws:s3:::bucket-${i + from}/data/*`), ...extra] }])

console.log(
  JSON.stringify({
    plain: ratio(plainBefore, plainAfter),
    conditions: ratio(policy(Array.from({ length: 500 }, (_, i) => conditioned(i, false))), policy(Array.from({ length: 500 }, (_, i) => conditioned(i, true)))),
    resources5000: {
      addedMs: +best(() => diffPolicies(resources(0), resources(0, ['arn:aws:s3:::bucket-*/data/x', 'arn:aws:s3:::other/*'])), 3).toFixed(1),
      shiftedMs: +best(() => diffPolicies(resources(0), resources(10)), 3).toFixed(1)
    }
  })
)
