// A pull request that turns a policy file into a symbolic link, against the
// bundled action reviewing from the local checkout. A symlink's blob is its
// target's name, and a name can be any text, a policy's JSON among them: read
// as the file's version, the review compared a text nobody deploys, while
// `aws iam put-role-policy --policy-document file://iam/app.json` (and
// validate, on disk) reads the file the link leads to. The versions are read
// as a checkout holds them: through a link inside the repository, as the API's
// contents endpoint also answers; a link out of it, dangling or looping is no
// file at that commit (not reviewed).
import { symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { allow, git, policy, PR, pullRequestSuite } from '../support/pull-request-fixture.js'

const suite = pullRequestSuite()
const { preparePullRequest, review } = suite

const ADMIN = policy([allow('*', '*')])
/** A link target that is itself a policy document granting nothing; also the name of the file it leads to. */
const EMPTY_POLICY_NAME = '{"Version":"2012-10-17","Statement":[]}'

/** Replaces files of the prepared head with symlinks (path -> target), commits, and registers the new head. */
function linkInHead(prepared: ReturnType<typeof preparePullRequest>, links: Record<string, string>, extra: Record<string, string> = {}) {
  for (const [file, target] of Object.entries(links)) {
    try {
      unlinkSync(path.join(prepared.workspace, file))
    } catch {
      // not there before
    }
    symlinkSync(target, path.join(prepared.workspace, file))
  }
  for (const [file, text] of Object.entries(extra)) writeFileSync(path.join(prepared.workspace, file), text)
  git(prepared.workspace, ['add', '-A'])
  git(prepared.workspace, ['commit', '-q', '-m', 'links'])
  const headSha = git(prepared.workspace, ['rev-parse', 'HEAD'])
  suite.gh.addPull({ number: PR, baseSha: prepared.baseSha, headSha, files: Object.keys(links).map((filename) => ({ filename, status: 'modified' as const })) })
  return { ...prepared, headSha }
}

describe('a policy file turned into a symbolic link, reviewed from the checkout', () => {
  test('a link whose name is an empty policy, to a file granting everything: reviewed as the file it leads to (broadens), not as its name (narrows)', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/app.json': policy([allow('s3:GetObject')]) }
    })
    const linked = linkInHead(prepared, { 'iam/app.json': EMPTY_POLICY_NAME }, { [`iam/${EMPTY_POLICY_NAME}`]: ADMIN })
    const result = await review(linked, { inputs: { 'fail-on': 'never' } })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['access-change']).toBe('broadens')
    const body = suite.gh.commentsOn(PR)[0].body
    expect(body).toMatch(/#### `iam\/app.json` — 🔴 broadens/)
    expect(body).not.toMatch(/narrows/)
  })

  test('links out of the repository, dangling or in a loop: not reviewed (no file at that commit), never read as their names', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: {
        'iam/out.json': policy([allow('s3:GetObject')]),
        'iam/dangling.json': policy([allow('s3:GetObject')]),
        'iam/loop.json': policy([allow('s3:GetObject')]),
        'iam/notdir.json': policy([allow('s3:GetObject')])
      },
      head: {
        'iam/out.json': policy([allow('s3:GetObject')]),
        'iam/dangling.json': policy([allow('s3:GetObject')]),
        'iam/loop.json': policy([allow('s3:GetObject')]),
        'iam/notdir.json': policy([allow('s3:GetObject')])
      }
    })
    const linked = linkInHead(prepared, {
      'iam/out.json': '../../{"Version":"2012-10-17","Statement":[]}',
      'iam/dangling.json': EMPTY_POLICY_NAME,
      'iam/loop.json': 'loop.json',
      'iam/notdir.json': `dangling.json/${EMPTY_POLICY_NAME}`
    })
    const result = await review(linked, { inputs: { 'fail-on': 'never' } })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['access-change']).toBe('broadens')
    const body = suite.gh.commentsOn(PR)[0].body
    for (const name of ['out', 'dangling', 'loop', 'notdir']) {
      expect(body).toMatch(new RegExp(`#### \`iam/${name}.json\` — ⚠️ not reviewed\\n\\n\\*\\*Not reviewed:\\*\\* the head version is not a file at the head commit`))
    }
  })

  test('a base version that is a link is read through it too, and the answers after a link stay in step', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/target.json': ADMIN, 'iam/a.json': policy([allow('s3:GetObject')]), 'iam/z.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/target.json': ADMIN, 'iam/a.json': policy([allow('s3:GetObject')]), 'iam/z.json': policy([allow('s3:PutObject')]) }
    })
    // Base: a.json links to the admin policy (a checkout of the base reads that); head: a plain file granting one action.
    git(prepared.workspace, ['checkout', '-q', prepared.baseSha])
    unlinkSync(path.join(prepared.workspace, 'iam/a.json'))
    symlinkSync('target.json', path.join(prepared.workspace, 'iam/a.json'))
    git(prepared.workspace, ['commit', '-q', '-am', 'base link'])
    const baseSha = git(prepared.workspace, ['rev-parse', 'HEAD'])
    git(prepared.workspace, ['checkout', '-q', '-b', 'pr2'])
    unlinkSync(path.join(prepared.workspace, 'iam/a.json'))
    writeFileSync(path.join(prepared.workspace, 'iam/a.json'), policy([allow('s3:GetObject')]))
    writeFileSync(path.join(prepared.workspace, 'iam/z.json'), policy([allow('s3:PutObject')]))
    git(prepared.workspace, ['add', '-A'])
    git(prepared.workspace, ['commit', '-q', '-m', 'head'])
    const headSha = git(prepared.workspace, ['rev-parse', 'HEAD'])
    suite.gh.addPull({ number: PR, baseSha, headSha, files: [{ filename: 'iam/a.json', status: 'modified' }, { filename: 'iam/z.json', status: 'modified' }] })
    const result = await review({ ...prepared, baseSha, headSha }, { inputs: { 'fail-on': 'never' } })
    expect(result.exitCode).toBe(0)
    const body = suite.gh.commentsOn(PR)[0].body
    expect(body).toMatch(/#### `iam\/a.json` — 🟢 narrows/)
    expect(body).toMatch(/#### `iam\/z.json` — 🟠 mixed/)
  })
})

describe('a file the globs reach only through a symbolic link', () => {
  test('a pull request that changes only the file a policy link leads to (outside the globs) reviews that change', async () => {
    // iam/app.json has long been a link to lib/app-policy.txt, which no glob names: validate reads it (through the
    // link, under its real path), and a deploy of iam/app.json applies it. A PR that changes only that file was
    // "no IAM file changed" and access-change none, whatever it granted.
    const prepared = preparePullRequest({
      local: true,
      base: { 'lib/app-policy.txt': policy([allow('s3:GetObject')]), 'iam/other.json': policy([allow('s3:GetObject')]) },
      head: { 'lib/app-policy.txt': policy([allow('s3:GetObject')]), 'iam/other.json': policy([allow('s3:GetObject')]) }
    })
    // The link in both commits: added on the base branch, then the PR's change to its target on top.
    const ws = prepared.workspace
    git(ws, ['checkout', '-q', prepared.baseSha])
    symlinkSync('../lib/app-policy.txt', path.join(ws, 'iam/app.json'))
    git(ws, ['add', '-A'])
    git(ws, ['commit', '-q', '-m', 'link'])
    const baseSha = git(ws, ['rev-parse', 'HEAD'])
    writeFileSync(path.join(ws, 'lib/app-policy.txt'), ADMIN)
    git(ws, ['commit', '-q', '-am', 'only the target'])
    const headSha = git(ws, ['rev-parse', 'HEAD'])
    suite.gh.addPull({ number: PR, baseSha, headSha, files: [{ filename: 'lib/app-policy.txt', status: 'modified' }] })
    const result = await review({ ...prepared, baseSha, headSha }, { inputs: { 'fail-on': 'never' } })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['access-change']).toBe('broadens')
    expect(JSON.parse(result.outputs['changed-files'])).toEqual([{ path: 'lib/app-policy.txt', status: 'modified' }])
    const body = suite.gh.commentsOn(PR)[0].body
    expect(body).toMatch(/#### `lib\/app-policy.txt` — 🔴 broadens/)
  })
})
