// A Resource ARN is read (src/core/iam/catalog/arn-fit.ts: its colons, and its
// tokens for the resource-type check) with every `${...}` as one policy
// variable. Each `${` searched the rest of the ARN for its `}`, so an ARN of
// 150,000 "${" and no "}" after them was searched 150,000 times to its end:
// quadratic (800 KB took 5 s of the linter, before any budget). As
// variables.ts's splitAtBraces does, a text with no `}` after one `${` has none
// after any later one, and is searched once. Counted, not timed (the machine
// is shared).
import { expect, test } from '@jest/globals'
import fc from 'fast-check'
import { arnColons, braceScanWork, fitsFormat, readPolicyArn } from '../../src/core/iam/catalog/arn-fit.js'
import { lintPolicyText } from '../../src/core/lint/lint.js'

const HOSTILE = '${'.repeat(150_000)

const policyWith = (resource: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 'iam:PassRole', 'kms:Decrypt'], Resource: resource }] })

/** The characters searched for a `}` while `work` runs. */
function searched(work: () => void): number {
  const before = braceScanWork()
  work()
  return braceScanWork() - before
}

test('an ARN of 150,000 "${" and no "}" is searched for a "}" a few times, not once from each "${"', () => {
  for (const arn of [`arn:aws:s3:::bucket/${HOSTILE}`, HOSTILE, `arn:${HOSTILE}`, `arn:aws:iam::123456789012:role/${HOSTILE}`]) {
    expect(searched(() => arnColons(arn))).toBeLessThanOrEqual(arn.length)
    expect(searched(() => fitsFormat(readPolicyArn(arn), 'arn:${Partition}:s3:::${BucketName}/${ObjectName}'))).toBeLessThanOrEqual(3 * arn.length)
  }
})

test('the linter reads such a Resource in linear work', () => {
  for (const arn of [`arn:aws:s3:::bucket/${HOSTILE}`, HOSTILE, `arn:aws:kms:us-east-1:123456789012:key/${HOSTILE}`]) {
    const text = policyWith(arn)
    let codes: string[] = []
    // A few readings of the ARN (its colons, its tokens per resource type), each searching it once.
    expect(searched(() => (codes = lintPolicyText('iam/p.json', text, 'identity').findings.map((f) => f.code)))).toBeLessThanOrEqual(20 * text.length)
    expect(codes.length).toBeGreaterThan(0)
  }
})

test('colons and variables read as before: a "}" closes the nearest "${" before it, an unclosed "${" is text', () => {
  // The reference: colons outside `${...}` pieces, a piece running from "${" to the next "}".
  const reference = (arn: string): number[] => {
    const out: number[] = []
    for (let i = 0; i < arn.length && out.length < 5; i++) {
      if (arn[i] === ':') out.push(i)
      else if (arn.startsWith('${', i)) {
        const end = arn.indexOf('}', i + 2)
        if (end !== -1) i = end
      }
    }
    return out
  }
  const piece = fc.constantFrom('${', '}', '$', '{', ':', 'a', '*', '/', '${aws:username}')
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (arn) => {
      expect(arnColons(arn)).toEqual(reference(arn))
    }),
    { numRuns: 3000 }
  )
  expect(fitsFormat(readPolicyArn('arn:aws:s3:::b/${aws:username}/*'), 'arn:${Partition}:s3:::${BucketName}/${ObjectName}')).toBe(true)
  expect(fitsFormat(readPolicyArn('arn:aws:s3:::b/${x'), 'arn:${Partition}:s3:::${BucketName}/${ObjectName}')).toBe(true)
  expect(fitsFormat(readPolicyArn('arn:aws:s3:::b/${x'), 'arn:${Partition}:s3:::${BucketName}')).toBe(false)
})
