// The review's git processes against real repositories: `git merge-base`
// tells in one process whether both commits are there and where their
// histories join.
import { hasCommits, localMergeBase } from '../../src/github/local-git.js'
import { git } from '../support/pull-request-fixture.js'
import { makeWorkspace } from '../support/run-action.js'

function repository(): { dir: string; fork: string; base: string; head: string; unrelated: string } {
  const dir = makeWorkspace('rtc-local-git-')
  git(dir, ['init', '-q', '-b', 'main'])
  git(dir, ['commit', '-q', '--allow-empty', '-m', 'fork'])
  const fork = git(dir, ['rev-parse', 'HEAD'])
  git(dir, ['commit', '-q', '--allow-empty', '-m', 'main moves on'])
  const base = git(dir, ['rev-parse', 'HEAD'])
  git(dir, ['checkout', '-q', '-b', 'pr', fork])
  git(dir, ['commit', '-q', '--allow-empty', '-m', 'the pull request'])
  const head = git(dir, ['rev-parse', 'HEAD'])
  git(dir, ['checkout', '-q', '--orphan', 'other'])
  git(dir, ['commit', '-q', '--allow-empty', '-m', 'unrelated'])
  const unrelated = git(dir, ['rev-parse', 'HEAD'])
  return { dir, fork, base, head, unrelated }
}

test('found: the fork point of a base that moved on; the base itself when the head descends from it', async () => {
  const r = repository()
  expect(await localMergeBase(r.dir, r.base, r.head)).toEqual({ kind: 'found', sha: r.fork })
  expect(await localMergeBase(r.dir, r.fork, r.head)).toEqual({ kind: 'found', sha: r.fork })
})

test("none: both commits are there, their histories do not join; absent: a commit is not there (or no repository)", async () => {
  const r = repository()
  expect(await localMergeBase(r.dir, r.base, r.unrelated)).toEqual({ kind: 'none' })
  expect(await hasCommits(r.dir, [r.base, r.unrelated])).toBe(true)
  expect(await localMergeBase(r.dir, r.base, 'f'.repeat(40))).toEqual({ kind: 'absent' })
  expect(await localMergeBase(makeWorkspace('rtc-no-repo-'), r.base, r.head)).toEqual({ kind: 'absent' })
  // Not a commit id: never handed to git (an option such as --help would be).
  expect(await localMergeBase(r.dir, '--help', r.head)).toEqual({ kind: 'absent' })
})
