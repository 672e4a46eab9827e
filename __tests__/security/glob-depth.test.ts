// A path the globs match has at most MAX_PATH_DEPTH names. Through symbolic
// links a walk can go on for ever while seeing each folder once: `iam/n`
// leads to `d0`, `d0/n` to `d1`, and so on, each folder's path as the globs
// see it one name longer than its parent's. minimatch's match of a `**` glob
// takes more than linear time in a path's names, so the walk was cubic in the
// links: 4,000 took discovery 44 s, 8,000 six minutes. Past the depth a glob
// matches nothing: discovery names the folder it stops at as skipped, and the
// review names a changed file that deep as not reviewed (broadens), as sound
// when unsure as any file it could not read.
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { MAX_PATH_DEPTH, parsePolicyFiles, pathDepth, policyFileMatcher } from '../../src/core/validate/policy-files.js'
import { discoverPolicyFiles } from '../../src/workspace/discover.js'
import { selectPolicyFiles } from '../../src/modes/review.js'
import { makeWorkspace } from '../support/run-action.js'
import { allow, policy, PR, pullRequestSuite } from '../support/pull-request-fixture.js'

const suite = pullRequestSuite()

function globs(text: string) {
  const parsed = parsePolicyFiles(text)
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.value
}

const deepPath = (names: number, root = 'iam', file = 'p.json') => `${root}/${'a/'.repeat(names - 2)}${file}`

test('pathDepth counts the names', () => {
  expect([pathDepth('p.json'), pathDepth('iam/p.json'), pathDepth(deepPath(MAX_PATH_DEPTH)), pathDepth('iam/')]).toEqual([1, 2, MAX_PATH_DEPTH, 2])
})

describe('a chain of folders linked into each other', () => {
  test('is walked to MAX_PATH_DEPTH names and no further; the folder it stops at is named as skipped', () => {
    const ws = makeWorkspace('rtc-chain-')
    const LINKS = 300
    try {
      mkdirSync(path.join(ws, 'iam'))
      symlinkSync('../d0', path.join(ws, 'iam', 'n'))
      for (let i = 0; i < LINKS; i++) {
        mkdirSync(path.join(ws, `d${i}`))
        symlinkSync(`../d${i + 1}`, path.join(ws, `d${i}`, 'n'))
        writeFileSync(path.join(ws, `d${i}`, 'p.json'), '{}')
      }
      mkdirSync(path.join(ws, `d${LINKS}`))
      const found = discoverPolicyFiles(ws, globs('iam/**/*.json'))
      // iam/n/p.json is d0/p.json (3 names), iam/n/n/p.json is d1/p.json (4 names), ... up to MAX_PATH_DEPTH names.
      expect(found.files.map((f) => f.path)).toEqual(Array.from({ length: MAX_PATH_DEPTH - 2 }, (_, i) => `d${i}/p.json`).sort())
      expect(found.skipped).toHaveLength(1)
      expect(pathDepth(found.skipped[0].path)).toBe(MAX_PATH_DEPTH)
      expect(found.skipped[0].reason).toMatch(new RegExp(`^is a folder ${MAX_PATH_DEPTH} names deep, whose files no glob matches`))
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
  })

  test('a folder that deep where no glob could reach it is not named', () => {
    const ws = makeWorkspace('rtc-chain-')
    try {
      mkdirSync(path.join(ws, 'src', ...Array.from({ length: MAX_PATH_DEPTH + 5 }, () => 'a')), { recursive: true })
      mkdirSync(path.join(ws, 'iam'))
      writeFileSync(path.join(ws, 'iam', 'p.json'), '{}')
      const found = discoverPolicyFiles(ws, globs('iam/**/*.json'))
      expect(found.files.map((f) => f.path)).toEqual(['iam/p.json'])
      expect(found.skipped).toEqual([])
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
  })
})

describe('the matcher', () => {
  const everywhere = policyFileMatcher(globs('**/*.json'))
  const iamOnly = policyFileMatcher(globs('iam/*.json'))

  test('matches a path of MAX_PATH_DEPTH names, and none longer', () => {
    expect(everywhere.select(deepPath(MAX_PATH_DEPTH))).toEqual({})
    expect(everywhere.select(deepPath(MAX_PATH_DEPTH + 1))).toBeUndefined()
    expect(everywhere.match(deepPath(5000)).hits).toEqual([])
    expect(everywhere.mayHoldMatches(deepPath(MAX_PATH_DEPTH - 1, 'iam', 'a'))).toBe(true)
    expect(everywhere.mayHoldMatches(deepPath(MAX_PATH_DEPTH, 'iam', 'a'))).toBe(false)
  })

  test('says a deeper path is too deep only where a glob could otherwise reach it', () => {
    expect(everywhere.tooDeep(deepPath(MAX_PATH_DEPTH))).toBe(false)
    expect(everywhere.tooDeep(deepPath(MAX_PATH_DEPTH + 1))).toBe(true)
    expect(everywhere.tooDeep(deepPath(5000, 'src'))).toBe(true)
    expect(iamOnly.tooDeep(deepPath(5000, 'src'))).toBe(false)
    expect(iamOnly.tooDeep(deepPath(5000, 'iam'))).toBe(false)
  })
})

describe('the review', () => {
  test('names a changed file past the depth, where a glob could reach it, as not to be reviewed; and nothing it cannot reach', () => {
    const deep = deepPath(3000)
    const selected = selectPolicyFiles(
      [
        { path: 'iam/p.json', status: 'modified' },
        { path: deep, status: 'added' },
        { path: deepPath(3000, 'src'), status: 'modified' },
        { path: deepPath(MAX_PATH_DEPTH + 1, 'iam', 'q.json'), status: 'renamed', previousPath: 'iam/q.json' }
      ],
      globs('iam/**/*.json')
    )
    expect(selected).toEqual([
      { path: 'iam/p.json', status: 'modified' },
      { path: deep, status: 'added', unreviewable: expect.stringMatching(new RegExp(`its path has more than ${MAX_PATH_DEPTH} names`)) },
      { path: 'iam/q.json', status: 'removed' },
      { path: deepPath(MAX_PATH_DEPTH + 1, 'iam', 'q.json'), status: 'added', unreviewable: expect.any(String) }
    ])
  })

  test('through the bundled action: the comment names the file as not reviewed, and access broadens', async () => {
    const deep = deepPath(MAX_PATH_DEPTH + 6)
    const prepared = suite.preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/app.json': policy([allow('s3:GetObject')]), [deep]: policy([allow('*', '*')]) }
    })
    const result = await suite.review(prepared, { inputs: { 'fail-on': 'never' } })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['access-change']).toBe('broadens')
    const body = suite.gh.commentsOn(PR)[0].body
    expect(body).toMatch(/not reviewed/i)
    expect(body).toMatch(new RegExp(`its path has more than ${MAX_PATH_DEPTH} names`))
  })
})
