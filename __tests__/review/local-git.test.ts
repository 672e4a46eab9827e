// The review's git processes against real repositories: `git merge-base`
// tells in one process whether both commits are there and where their
// histories join.
import { CHANGED_LISTING_TIMEOUT_MS, changedFilesInCheckout, changedFilesOf, GitVersionReader, hasCommits, localMergeBase, NOT_UTF8_NAME } from '../../src/github/local-git.js'
import { parsePolicyFiles } from '../../src/core/validate/policy-files.js'
import { selectPolicyFiles } from '../../src/modes/review.js'
import { execFileSync, spawnSync } from 'node:child_process'
import { bundledScript, importFromSrc } from '../support/script-bundle.js'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
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

  // A name that is not UTF-8 decodes with U+FFFD in place of its bytes; asked for by that text, git reads the file
  // literally named so, which the same pull request may add with a policy of its choosing.
  it('a name that is not UTF-8 is named, not read: the file named with U+FFFD itself is not read in its place', async () => {
    const dir = makeWorkspace('rtc-not-utf8-')
    const named = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))))
    mkdirSync(path.join(dir, 'iam'))
    git(dir, ['init', '-q', '-b', 'main'])
    writeFileSync(named(dir, '/iam/old', [0xfe], '.json'), 'a policy long enough for git to see the rename by its content\n'.repeat(5))
    git(dir, ['add', '-A'])
    git(dir, ['commit', '-q', '-m', 'base'])
    const base = git(dir, ['rev-parse', 'HEAD'])
    const GRANTS_ALL = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}\n'
    writeFileSync(named(dir, '/iam/p', [0xff], '.json'), GRANTS_ALL)
    writeFileSync(path.join(dir, 'iam/p\ufffd.json'), '{"Version": "2012-10-17", "Statement": []}\n')
    renameSync(named(dir, '/iam/old', [0xfe], '.json'), path.join(dir, 'iam/renamed.json'))
    git(dir, ['add', '-A'])
    git(dir, ['commit', '-q', '-m', 'the pull request'])
    const head = git(dir, ['rev-parse', 'HEAD'])

    const files = await changedFilesInCheckout(dir, base, head)
    const inOrder = <T,>(list: T[]) => list.map((f) => JSON.stringify(f)).sort()
    expect(inOrder(files ?? [])).toEqual(
      inOrder([
        { path: 'iam/p\ufffd.json', status: 'added', unreadableName: NOT_UTF8_NAME },
        { path: 'iam/p\ufffd.json', status: 'added' },
        { path: 'iam/renamed.json', status: 'renamed', previousPath: 'iam/old\ufffd.json', unreadableName: NOT_UTF8_NAME }
      ])
    )
    // Read by its decoded name, git gives the other file: the reason it is not read.
    const reader = new GitVersionReader(dir, 1 << 20)
    const asked = await reader.read(head, 'iam/p\ufffd.json')
    reader.close()
    expect(asked.kind === 'text' && asked.text).toContain('"Statement": []')

    const globs = parsePolicyFiles('iam/*.json')
    if (!globs.ok) throw new Error(globs.problem)
    const selected = selectPolicyFiles(files ?? [], globs.value)
    expect(selected.filter((f) => f.unreviewable === NOT_UTF8_NAME).map((f) => [f.path, f.status])).toEqual([
      ['iam/p\ufffd.json', 'added'],
      ['iam/renamed.json', 'renamed']
    ])
    // The file that is named with U+FFFD (valid UTF-8) is reviewed as any other.
    expect(selected.filter((f) => !f.unreviewable).map((f) => f.path)).toEqual(['iam/p\ufffd.json'])
  })
})

describe('GitVersionReader: every version through one git cat-file --batch, whatever the paths hold', () => {
  /** One commit of these files; its id. */
  function commitOf(tree: Record<string, string>): { dir: string; sha: string } {
    const dir = makeWorkspace('rtc-version-reader-')
    git(dir, ['init', '-q', '-b', 'main'])
    for (const [file, text] of Object.entries(tree)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), text)
    }
    git(dir, ['add', '-A'])
    git(dir, ['commit', '-q', '-m', 'files'])
    return { dir, sha: git(dir, ['rev-parse', 'HEAD']) }
  }

  it('reads a path with a line break, a carriage return, a tab or a quote as that file, never another', async () => {
    const { dir, sha } = commitOf({
      'iam/a.json': 'plain\n',
      'iam/a.json\r': 'carriage return\n',
      'iam/line\nbreak.json': 'line break\n',
      'iam/tab\t"quoted" \u00e9.json': 'tab\n'
    })
    const reader = new GitVersionReader(dir, 1024)
    try {
      const read = (file: string) => reader.read(sha, file)
      expect(await Promise.all([read('iam/line\nbreak.json'), read('iam/a.json\r'), read('iam/a.json'), read('iam/tab\t"quoted" \u00e9.json')])).toEqual([
        { kind: 'text', text: 'line break\n' },
        { kind: 'text', text: 'carriage return\n' },
        { kind: 'text', text: 'plain\n' },
        { kind: 'text', text: 'tab\n' }
      ])
      // 'iam/line' is no file: the name up to the line break is not read in its place.
      expect(await read('iam/line')).toEqual({ kind: 'missing' })
    } finally {
      reader.close()
    }
  })

  it("a missing path whose name spells other answers (a header, a size, 'missing') is one missing answer: the reader keeps its place", async () => {
    const { dir, sha } = commitOf({ 'iam/real.json': '{"real": true}\n', 'iam/other.json': '{"other": true}\n' })
    const blob = git(dir, ['rev-parse', `${sha}:iam/real.json`])
    // What git echoes for these holds lines that read as an object of 15 bytes, as another request's "missing", as a link.
    const hostile = [
      `iam/gone.json missing\n${blob} blob 15\n{"fake": true}\n`,
      `iam/x\n${sha}:iam/real.json missing`,
      'iam/y\ndangling 3\nabc',
      `iam/z missin`
    ]
    const reader = new GitVersionReader(dir, 1024)
    try {
      const answers = await Promise.all([
        reader.read(sha, hostile[0]),
        reader.read(sha, 'iam/real.json'),
        reader.read(sha, hostile[1]),
        reader.read(sha, hostile[2]),
        reader.read(sha, 'iam/other.json'),
        reader.read(sha, hostile[3]),
        reader.read(sha, 'iam/real.json')
      ])
      expect(answers).toEqual([
        { kind: 'missing' },
        { kind: 'text', text: '{"real": true}\n' },
        { kind: 'missing' },
        { kind: 'missing' },
        { kind: 'text', text: '{"other": true}\n' },
        { kind: 'missing' },
        { kind: 'text', text: '{"real": true}\n' }
      ])
    } finally {
      reader.close()
    }
  })

  it('with a git older than 2.38 (no -z), reads the other paths with line feeds and names a path with a line break as unreadable', async () => {
    const { dir, sha } = commitOf({ 'iam/a.json': 'plain\n', 'iam/a.json\r': 'carriage return\n', 'iam/line\nbreak.json': 'line break\n' })
    // A git that refuses -z as git 2.37 does (a usage error, exit 129), and logs each cat-file it runs.
    const bin = makeWorkspace('rtc-old-git-')
    const log = path.join(bin, 'runs.log')
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\necho "$*" >> ${JSON.stringify(log)}\ncase " $* " in *" -z "*) echo "error: unknown switch \\\`z'" >&2; exit 129 ;; esac\nexec ${JSON.stringify(realGit)} "$@"\n`,
      { mode: 0o755 }
    )
    const bundle = await bundledScript([
      importFromSrc('GitVersionReader', 'github/local-git.ts'),
      `const reader = new GitVersionReader(${JSON.stringify(dir)}, 1024)`,
      `const read = (file: string) => reader.read(${JSON.stringify(sha)}, file)`,
      "const answers = await Promise.all([read('iam/a.json'), read('iam/line\\nbreak.json'), read('iam/a.json\\r'), read('iam/a.json')])",
      'reader.close()',
      'console.log(JSON.stringify(answers))'
    ])
    const run = spawnSync(process.execPath, [bundle], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` } })
    expect(run.stderr).toBe('')
    const unreadable = {
      kind: 'unreadable',
      reason: "its path holds a line break or carriage return, and this runner's git is older than 2.38, which cannot be asked for such a path (git cat-file -z)"
    }
    expect(JSON.parse(run.stdout)).toEqual([{ kind: 'text', text: 'plain\n' }, unreadable, unreadable, { kind: 'text', text: 'plain\n' }])
    // The refused -z, then one process for every version.
    expect(readFileSync(log, 'utf8')).toBe('cat-file --batch --follow-symlinks -z\ncat-file --batch --follow-symlinks\n')
  })
})
