// policy-files globs against hostile names and hostile globs. A file name
// comes from the pull request: an ordinary glob with several stars
// (iam/*-*-*-*-*-*-trust.json) against a name of 250 '-' used to run
// minimatch's backtracking regex for over a minute. A glob too long for
// minimatch, one whose braces expand to 2^40 patterns, or one minimatch
// cannot compile, or one with an extglob (`+(a|aa)b.json`: minimatch's
// regex backtracks exponentially, and no cut makes it linear) gives one clear
// input error, at once.
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Minimatch } from 'minimatch'
import { linearSegment, segmentPieceTries } from '../../src/core/validate/glob-segment.js'
import { MAX_BRACE_PATTERNS, MAX_GLOB_LENGTH, parsePolicyFiles, policyFileMatcher } from '../../src/core/validate/policy-files.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] })

function globs(text: string) {
  const parsed = parsePolicyFiles(text)
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.value
}

describe('a segment with stars matches in linear time', () => {
  test("agrees with minimatch's own expression on random segments and names", () => {
    const pieces = ['*', '*', '*', '?', 'a', 'b', '-', '.', '[ab]', '[!a]', '\\*', 'é', '😀']
    const letters = ['a', 'b', '-', '.', '*', 'é', '😀', 'c']
    let seed = 7
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    let compared = 0
    for (let k = 0; k < 4000; k++) {
      const glob = Array.from({ length: 1 + next(7) }, () => pieces[next(pieces.length)]).join('')
      for (const dot of [false, true]) {
        const re = new Minimatch(glob, { nocomment: true, nonegate: true, dot }).set[0][0]
        if (!(re instanceof RegExp)) continue
        const linear = linearSegment(re)
        if (linear === re) continue
        for (let j = 0; j < 20; j++) {
          const name = Array.from({ length: next(9) }, () => letters[next(letters.length)]).join('')
          expect([glob, dot, name, linear.test(name)]).toEqual([glob, dot, name, re.test(name)])
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(1000)
  })

  test('six stars against a 250-character name that does not match: each piece tried once per position', () => {
    const matcher = policyFileMatcher(globs('trust: iam/*-*-*-*-*-*-trust.json'))
    // Counted, not timed (the machine is shared): the backtracking matcher took over a minute. The segment is matched
    // by the linear test (its pieces are tried), each of its six pieces at most once per position of the name.
    let before = segmentPieceTries()
    expect(matcher.select('iam/a-b-c-d-e-f-trust.json')).toEqual({ kind: 'trust' })
    expect(segmentPieceTries() - before).toBeGreaterThan(0)
    for (const name of [`${'-'.repeat(250)}`, `${'-'.repeat(240)}-trust.jso`]) {
      before = segmentPieceTries()
      expect(matcher.select(`iam/${name}`)).toBeUndefined()
      expect(segmentPieceTries() - before).toBeLessThanOrEqual(6 * (name.length + 1))
    }
    expect(matcher.select(`iam/${'-'.repeat(240)}-trust.json`)).toEqual({ kind: 'trust' })
  })
})

describe('globs that cannot be matched are input errors', () => {
  test.each([
    ['too long', '*'.repeat(70_000) + '.json', `is 70005 characters long; a glob is at most ${MAX_GLOB_LENGTH}`],
    ['a brace bomb', '{a,b}'.repeat(40), `expands its braces to more than ${MAX_BRACE_PATTERNS} patterns`],
    ['one minimatch cannot compile', 'iam/[[:alpha:]]-x.json', 'is not a glob that can be read'],
    ['an extglob', 'iam/+(a|aa)b.json', 'uses an extglob'],
    ['an extglob of one kind', 'iam/@(prod|staging)-*.json', 'uses an extglob']
  ])('%s', (_name, glob, problem) => {
    const parsed = parsePolicyFiles(`iam/*.json\n${glob}`)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problem).toContain(`line 2 ${problem}`)
  })

  test('a brace expansion within the limit is kept', () => {
    expect(parsePolicyFiles('{a,b}'.repeat(9)).ok).toBe(true)
  })

  test('parentheses and plus signs that are no extglob are kept', () => {
    for (const glob of ['iam/* (1).json', 'iam/(a).json', 'iam/a+b.json', 'iam/a\\+(b).json', 'iam/{prod,staging}-*.json']) expect([glob, parsePolicyFiles(glob).ok]).toEqual([glob, true])
  })
})

// With runAction's own limit (a step that hangs still fails), not a shorter one: the machine is shared, and a bound on
// the step's time fails at random there. How a name is matched is counted above (segmentPieceTries), and each hostile
// glob is refused as the input is read (parsePolicyFiles), before any name is matched.
describe('through the bundled action', () => {
  test('a 250-character name of dashes beside an ordinary glob: validated, the trust file found', async () => {
    const ws = makeWorkspace()
    mkdirSync(path.join(ws, 'iam'))
    writeFileSync(path.join(ws, 'iam', '-'.repeat(250)), '')
    writeFileSync(path.join(ws, 'iam', 'ci-deploy-role-prod-eu-1-trust.json'), POLICY)
    const step = await runAction({ workspace: ws, inputs: { mode: 'validate', 'policy-files': 'trust: iam/*-*-*-*-*-*-trust.json' } })
    expect(step.stderr).toBe('')
    // Found, and read as a trust policy: its s3 action is no trust action.
    const annotated = step.commands.filter((c) => c.properties.file === 'iam/ci-deploy-role-prod-eu-1-trust.json').map((c) => c.properties.title)
    expect(annotated).toContain('RTC118 trust-action-invalid')
  })

  test.each([
    ['a glob of 100,000 characters', '*'.repeat(100_000) + '.json', 'line 1 is 100005 characters long'],
    ['a brace bomb', '{a,b}'.repeat(40), 'line 1 expands its braces to more than 1000 patterns'],
    ['an uncompilable class', 'iam/[[:alpha:]]-x.json', 'line 1 is not a glob that can be read'],
    // Against a name of 250 'a' in the workspace: over a minute before.
    ['an extglob', '+(a|aa)b.json', 'line 1 uses an extglob']
  ])('%s: one ::error:: naming the input, no stack', async (_name, glob, problem) => {
    const ws = makeWorkspace()
    writeFileSync(path.join(ws, 'a'.repeat(250)), '')
    const step = await runAction({ workspace: ws, inputs: { mode: 'validate', 'policy-files': glob } })
    expect(step.exitCode).toBe(1)
    const errors = step.commands.filter((c) => c.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toContain(`Input 'policy-files': ${problem}`)
    expect(step.stdout).not.toMatch(/TypeError|    at /)
  })
})
