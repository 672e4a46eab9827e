// typedName reads a Redshift ARN's type and name as the regular expression it
// replaces did (`/:(dbuser|dbname|dbgroup):[^/]*\/(.*)$/`), in one pass.
import { expect, test } from '@jest/globals'
import fc from 'fast-check'
import { typedName, typedNameSearched } from '../../src/core/together/db-auth.js'

const reference = (resource: string) => {
  const m = /:(dbuser|dbname|dbgroup):[^/]*\/(.*)$/.exec(resource)
  return m ? { type: m[1], name: m[2] } : undefined
}

test('the same type and name as the regular expression, on ARNs and pieces of them', () => {
  expect(typedName('arn:aws:redshift:eu-west-1:123456789012:dbuser:prod/etl_user')).toEqual({ type: 'dbuser', name: 'etl_user' })
  expect(typedName('arn:aws:redshift:eu-west-1:123456789012:dbname:prod/dev/x')).toEqual({ type: 'dbname', name: 'dev/x' })
  expect(typedName('arn:aws:redshift:eu-west-1:123456789012:dbuser:prod')).toBeUndefined()
  const piece = fc.constantFrom(':dbuser:', ':dbname:', ':dbgroup:', ':', '/', 'a', 'dbuser', '\n', '\u2028', 'arn:aws:redshift:r:1')
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
      const resource = pieces.join('')
      expect(typedName(resource)).toEqual(reference(resource))
    }),
    { numRuns: 5000 }
  )
})

test("many ':dbuser:' and no '/': linear (the regular expression took 32 s at 320 KB)", () => {
  const resource = `arn:aws:redshift:eu-west-1:123456789012:dbuser:${':dbuser:'.repeat(125000)}`
  // Linear, counted rather than timed (the machine is shared): the search for the '/' after each ':dbuser:' covers
  // each character of the resource at most once, where the expression searched the rest from every one of them.
  for (const text of [resource, `${resource}/\n${'/x\n'.repeat(100000)}`]) {
    const before = typedNameSearched()
    expect(typedName(text)).toBeUndefined()
    expect(typedNameSearched() - before).toBeLessThanOrEqual(text.length)
  }
})
