// The review's git processes against real repositories: `git merge-base`
// tells in one process whether both commits are there and where their
// histories join.
import { CHANGED_LISTING_TIMEOUT_MS, changedFilesInCheckout, changedFilesOf, hasCommits, localMergeBase } from '../../src/github/local-git.js'
import { execFileSync, spawnSync } from 'node:child_process'
import { bundledScript, importFromSrc } from '../support/script-bundle.js'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
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

test('a merge base found is remembered (the capped review asks twice); one not found is asked again', async () => {
  const r = repository()
  expect(await localMergeBase(r.dir, r.base, r.head)).toEqual({ kind: 'found', sha: r.fork })
  expect(await localMergeBase(r.dir, r.base, r.unrelated)).toEqual({ kind: 'none' })
  // Without the repository git could no longer answer: only the remembered answer remains.
  rmSync(path.join(r.dir, '.git'), { recursive: true, force: true })
  expect(await localMergeBase(r.dir, r.base, r.head)).toEqual({ kind: 'found', sha: r.fork })
  expect(await localMergeBase(r.dir, r.base, r.unrelated)).toEqual({ kind: 'absent' })
})

describe('changedFilesInCheckout: the files a pull request changes, listed by git (GitHub lists 3,000 at most)', () => {
  /** main moves on after the fork (its change must not be listed); the PR adds, removes, modifies and renames. */
  function pullRequest(): { dir: string; base: string; head: string } {
    const dir = makeWorkspace('rtc-changed-files-')
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), text)
    }
    git(dir, ['init', '-q', '-b', 'main'])
    write('iam/kept.json', '{"Version": "2012-10-17", "Statement": []}\n')
    write('iam/gone.json', 'gone\n')
    write('iam/old-name.json', 'a policy long enough for git to see the rename by its content\n'.repeat(5))
    write('main-only.txt', 'one\n')
    git(dir, ['add', '-A'])
    git(dir, ['commit', '-q', '-m', 'fork'])
    const fork = git(dir, ['rev-parse', 'HEAD'])
    write('main-only.txt', 'two\n')
    git(dir, ['commit', '-q', '-am', 'main moves on'])
    const base = git(dir, ['rev-parse', 'HEAD'])
    git(dir, ['checkout', '-q', '-b', 'pr', fork])
    write('iam/kept.json', '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}\n')
    rmSync(path.join(dir, 'iam/gone.json'))
    git(dir, ['mv', 'iam/old-name.json', 'iam/new-name.json'])
    write('iam/line\nbreak "quoted" \u00e9.json', '{}\n')
    git(dir, ['add', '-A'])
    git(dir, ['commit', '-q', '-m', 'the pull request'])
    return { dir, base, head: git(dir, ['rev-parse', 'HEAD']) }
  }

  it('compares the merge base with the head, as GitHub does: every status, renames with their old path, names as they are', async () => {
    const r = pullRequest()
    const files = await changedFilesInCheckout(r.dir, r.base, r.head)
    expect(files?.sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual([
      { path: 'iam/gone.json', status: 'removed' },
      { path: 'iam/kept.json', status: 'modified' },
      { path: 'iam/line\nbreak "quoted" \u00e9.json', status: 'added' },
      { path: 'iam/new-name.json', status: 'renamed', previousPath: 'iam/old-name.json' }
    ])
  })

  it('says nothing when the checkout cannot: a commit not there, unrelated histories, a listing over its size limit', async () => {
    const r = pullRequest()
    expect(await changedFilesInCheckout(r.dir, r.base, 'f'.repeat(40))).toBeUndefined()
    git(r.dir, ['checkout', '-q', '--orphan', 'other'])
    git(r.dir, ['commit', '-q', '-m', 'unrelated'])
    expect(await changedFilesInCheckout(r.dir, r.base, git(r.dir, ['rev-parse', 'HEAD']))).toBeUndefined()
    expect(await changedFilesInCheckout(r.dir, r.base, r.head, 20)).toBeUndefined()
    expect(await changedFilesInCheckout(makeWorkspace('rtc-no-repo-'), r.base, r.head)).toBeUndefined()
  })

  it('says nothing when git takes over its time to list them (renames found by content among thousands of files): the process is ended', async () => {
    const r = pullRequest()
    // A git that takes 5 s over every diff, then answers as git does; first on the PATH of a process of its own.
    const bin = makeWorkspace('rtc-slow-git-')
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\ncase " $* " in *" diff "*) sleep 5 ;; esac\nexec ${JSON.stringify(realGit)} "$@"\n`, { mode: 0o755 })
    const bundle = await bundledScript([
      importFromSrc('changedFilesInCheckout, CHANGED_LISTING_MAX_BYTES', 'github/local-git.ts'),
      `const args = [${JSON.stringify(r.dir)}, ${JSON.stringify(r.base)}, ${JSON.stringify(r.head)}, CHANGED_LISTING_MAX_BYTES] as const`,
      'const late = await changedFilesInCheckout(...args, 300)',
      'const inTime = await changedFilesInCheckout(...args, 60_000)',
      'console.log(JSON.stringify({ late: late ?? null, inTime: inTime?.length ?? null }))'
    ])
    const run = spawnSync(process.execPath, [bundle], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` } })
    expect(run.stderr).toBe('')
    // Past its time: no listing (GitHub's stands); within it, the four files.
    expect(JSON.parse(run.stdout)).toEqual({ late: null, inTime: 4 })
    expect(CHANGED_LISTING_TIMEOUT_MS).toBeLessThanOrEqual(60_000)
  })

  it('reads only a well-formed listing', () => {
    expect(changedFilesOf('')).toEqual([])
    expect(changedFilesOf('M\0a.json\0R087\0old.json\0new.json\0C100\0src.json\0copy.json\0T\0link.json\0')).toEqual([
      { path: 'a.json', status: 'modified' },
      { path: 'new.json', status: 'renamed', previousPath: 'old.json' },
      { path: 'copy.json', status: 'copied', previousPath: 'src.json' },
      { path: 'link.json', status: 'changed' }
    ])
    // Cut off, an unknown status, a rename with one path, an empty name.
    expect(changedFilesOf('M\0a.json')).toBeUndefined()
    expect(changedFilesOf('X\0a.json\0')).toBeUndefined()
    expect(changedFilesOf('R100\0old.json\0')).toBeUndefined()
    expect(changedFilesOf('M\0\0')).toBeUndefined()
  })
})
