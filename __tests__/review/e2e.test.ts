// The bundled action reviewing pull requests against a loopback stand-in for
// GitHub's REST API. Every request and response is checked against GitHub's
// OpenAPI description (the stand-in records violations; each test asserts
// there are none). Event payloads are real ones from @octokit/webhooks-examples.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { type StepResult } from '../support/run-action.js'
import type { PullFile } from '../support/github-stand-in.js'
import { allow, git, policy, PR, pullRequestSuite, type Scenario, type Tree } from '../support/pull-request-fixture.js'
import { REPO_ROOT } from '../support/run-action.js'
import { tempDir } from '../support/temp-dirs.js'
import { FULL_SETUP } from '../support/together-setup.js'
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'


const FORK_TOKEN = 'ghs_standInForkReadOnlyToken'
const FILES_PATH = '/repos/{owner}/{repo}/pulls/{pull_number}/files'
const COMMENTS_PATH = '/repos/{owner}/{repo}/issues/{issue_number}/comments'

const suite = pullRequestSuite()
const { preparePullRequest, review, removeTemporaryDirectories } = suite

const warnings = (r: StepResult) => r.commands.filter((c) => c.command === 'warning').map((c) => c.message)
const onlyComment = () => {
  const comments = suite.gh.commentsOn(PR)
  expect(comments).toHaveLength(1)
  return comments[0]
}

/** A commit as the comment's last line links it. */
const commit = (sha: string) => `[${sha.slice(0, 12)}](https://github.com/octo-org/data-platform/commit/${sha})`

describe('review on a pull_request event', () => {
  it('creates the comment on the first run and edits it on the second (local checkout, no content requests)', async () => {
    const s: Scenario = {
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject', undefined, 'Read')]) },
      head: { 'iam/app.json': policy([allow('s3:*', undefined, 'Read')]) }
    }
    const prepared = preparePullRequest(s)
    const first = await review(prepared)
    expect(first.exitCode).toBe(0)
    const created = onlyComment()
    expect(first.outputs['comment-id']).toBe(String(created.id))
    expect(first.outputs['comment-url']).toBe(`https://github.com/octo-org/data-platform/pull/${PR}#issuecomment-${created.id}`)
    expect(first.outputs['access-change']).toBe('broadens')
    expect(JSON.parse(first.outputs['changed-files'])).toEqual([{ path: 'iam/app.json', status: 'modified' }])
    expect(created.body).toMatch(/^### IAM policy review\n\n🔴 \*\*Broadens access\*\*/)
    // Policy text is HTML-escaped in the comment.
    expect(created.body).toContain("| statement 'Read' | adds s3\\:\\* on arn\\:aws\\:s3\\:\\:\\:data-bucket/\\*")
    expect(created.body).toContain('<details><summary>Text diff of iam/app.json</summary>')
    expect(created.body).toContain('<!-- redshift-temp-creds-action review workflow=iam tag=iam%2Fpolicies%23')
    expect(first.summary).toContain('### IAM policy review')
    // The last line names the commits compared: a re-run of an older run rewrites the comment with its own head.
    expect(created.body).toContain(`\n<sub>Reviewed the head ${commit(prepared.headSha)}, compared with the merge base ${commit(prepared.mergeBaseSha!)}.</sub>\n\n<!--`)
    expect(first.summary).toContain(`<sub>Reviewed the head ${commit(prepared.headSha)}`)
    expect(suite.gh.requests.some((r) => r.operation?.includes('/contents/'))).toBe(false)

    // The PR changes again: the same comment is edited.
    suite.gh.setFile(prepared.headSha, 'iam/app.json', policy([allow('s3:GetObject', undefined, 'Read')]))
    writeFileSync(path.join(prepared.workspace, 'iam/app.json'), policy([allow('s3:GetObject', undefined, 'Read')]))
    git(prepared.workspace, ['commit', '-q', '-am', 'narrow again'])
    const headSha = git(prepared.workspace, ['rev-parse', 'HEAD'])
    suite.gh.addPull({ number: PR, baseSha: prepared.baseSha, headSha, files: [{ filename: 'iam/app.json', status: 'modified' }] })
    const second = await review({ ...prepared, headSha })
    expect(second.exitCode).toBe(0)
    const edited = onlyComment()
    expect(edited.id).toBe(created.id)
    expect(second.outputs['comment-id']).toBe(String(created.id))
    expect(second.outputs['access-change']).toBe('none')
    expect(edited.body).toMatch(/⚪ \*\*No change in access\*\*/)
    expect(edited.body).toContain(`<sub>Reviewed the head ${commit(headSha)}`)
  })

  it('a re-run of an older run leaves the comment of the newer head as it is, with a notice', async () => {
    const prepared = preparePullRequest({ local: true, base: { 'iam/app.json': policy([allow(['s3:GetObject', 's3:PutObject'])]) }, head: { 'iam/app.json': policy([allow('s3:GetObject')]) } })
    const first = await review(prepared)
    expect(first.outputs['access-change']).toBe('narrows')
    // A new push broadens; its run rewrites the comment (GitHub is asked for the PR's head once: the comment names another).
    writeFileSync(path.join(prepared.workspace, 'iam/app.json'), policy([allow('s3:*', '*')]))
    git(prepared.workspace, ['commit', '-q', '-am', 'broaden'])
    const headSha = git(prepared.workspace, ['rev-parse', 'HEAD'])
    suite.gh.addPull({ number: PR, baseSha: prepared.baseSha, headSha, files: [{ filename: 'iam/app.json', status: 'modified' }] })
    suite.gh.resetLog()
    const second = await review({ ...prepared, headSha })
    expect(suite.gh.requestCounts()['GET /repos/{owner}/{repo}/pulls/{pull_number}']).toBe(1)
    const newer = onlyComment()
    expect(newer.body).toMatch(/🔴 \*\*Broadens access\*\*/)
    expect(second.outputs['comment-id']).toBe(String(newer.id))

    // The first run is re-run: its event names the old head.
    suite.gh.resetLog()
    const rerun = await review(prepared)
    expect(rerun.exitCode).toBe(0)
    const after = onlyComment()
    expect(after.body).toBe(newer.body)
    expect(suite.gh.requests.some((r) => r.operation === 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}')).toBe(false)
    expect(rerun.outputs['access-change']).toBe('narrows')
    expect(rerun.outputs['comment-id']).toBe(String(newer.id))
    const notice = rerun.commands.find((c) => c.command === 'notice' && c.message.includes('left as it is'))
    expect(notice?.message).toContain(`head is now ${headSha}, and this run reviewed ${prepared.headSha}`)
    expect(rerun.summary).toContain('🟢 **Narrows access**')

    // Re-running the newest run edits nothing and asks GitHub nothing more (the comment names its head).
    suite.gh.resetLog()
    await review({ ...prepared, headSha })
    expect(suite.gh.requestCounts()['GET /repos/{owner}/{repo}/pulls/{pull_number}']).toBeUndefined()
    expect(onlyComment().body).toBe(newer.body)
  })

  it('a re-run of an older run leaves a newer "no longer changes any IAM file" comment as it is', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]), 'README.md': 'a\n' },
      head: { 'iam/app.json': policy([allow('s3:*', '*')]), 'README.md': 'a\n' }
    })
    const first = await review(prepared)
    expect(first.outputs['access-change']).toBe('broadens')
    // A new push takes the IAM change back and changes only the README.
    writeFileSync(path.join(prepared.workspace, 'iam/app.json'), policy([allow('s3:GetObject')]))
    writeFileSync(path.join(prepared.workspace, 'README.md'), 'b\n')
    git(prepared.workspace, ['commit', '-q', '-am', 'take the IAM change back'])
    const headSha = git(prepared.workspace, ['rev-parse', 'HEAD'])
    suite.gh.addPull({ number: PR, baseSha: prepared.baseSha, headSha, files: [{ filename: 'README.md', status: 'modified' }] })
    await review({ ...prepared, headSha })
    const newer = onlyComment()
    expect(newer.body).toContain('no longer changes any IAM file')
    expect(newer.body).toContain(`<sub>Reviewed the head ${commit(headSha)}`)

    // The first run is re-run: its event names the old head, which did change the IAM file.
    suite.gh.resetLog()
    const rerun = await review(prepared)
    expect(rerun.exitCode).toBe(0)
    expect(onlyComment().body).toBe(newer.body)
    expect(suite.gh.requests.some((r) => r.operation === 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}')).toBe(false)
    expect(rerun.commands.find((c) => c.command === 'notice' && c.message.includes('left as it is'))?.message).toContain(`head is now ${headSha}`)
  })

  it('pages through 250 changed files; with both commits local, requests grow with pages, not files', async () => {
    const base: Tree = {}
    const head: Tree = {}
    for (let i = 0; i < 20; i++) {
      base[`iam/p${String(i).padStart(2, '0')}.json`] = policy([allow('s3:GetObject')])
      head[`iam/p${String(i).padStart(2, '0')}.json`] = policy([allow(['s3:GetObject', 's3:PutObject'])])
    }
    for (let i = 0; i < 230; i++) head[`src/module${i}.ts`] = `export const n = ${i}\n`
    const prepared = preparePullRequest({ local: true, base, head })
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs['changed-files'])).toHaveLength(20)
    expect(result.outputs['access-change']).toBe('broadens')
    const counts = suite.gh.requestCounts()
    // For the benchmark: the whole run's requests.
    process.stdout.write(`review requests, 250 files / 20 IAM, local: ${suite.gh.requests.length} ${JSON.stringify(counts)}\n`)
    expect(counts[`GET ${FILES_PATH}`]).toBe(3)
    expect(counts[`GET ${COMMENTS_PATH}`]).toBe(2)
    expect(counts[`POST ${COMMENTS_PATH}`]).toBe(1)
    // After a list of more than one page, the head is asked for once: a push between pages shifts the list.
    expect(counts['GET /repos/{owner}/{repo}/pulls/{pull_number}']).toBe(1)
    expect(suite.gh.requests).toHaveLength(7)
    expect(onlyComment().body).toContain('20 files broaden access')
  })

  it('without the commits locally, reads both versions through the API (two requests per file)', async () => {
    const base: Tree = {}
    const head: Tree = {}
    for (let i = 0; i < 20; i++) {
      base[`iam/p${i}.json`] = policy([allow('s3:GetObject')])
      head[`iam/p${i}.json`] = policy([allow('s3:GetObject', 'arn:aws:s3:::other/*')])
    }
    for (let i = 0; i < 230; i++) head[`src/module${i}.ts`] = `export const n = ${i}\n`
    const prepared = preparePullRequest({ local: false, base, head })
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    const counts = suite.gh.requestCounts()
    process.stdout.write(`review requests, 250 files / 20 IAM, API: ${suite.gh.requests.length} ${JSON.stringify(counts)}\n`)
    expect(counts['GET /repos/{owner}/{repo}/contents/{path}']).toBe(40)
    // One compare request names the merge base the before versions are read at (the PR is up to date: the base tip).
    expect(counts['GET /repos/{owner}/{repo}/compare/{basehead}']).toBe(1)
    expect(counts['GET /repos/{owner}/{repo}/pulls/{pull_number}']).toBe(1)
    expect(suite.gh.requests).toHaveLength(48)
    expect(result.outputs['access-change']).toBe('mixed')
  })

  it('reviews removed and renamed files', async () => {
    const base: Tree = {
      'iam/gone.json': policy([allow('s3:GetObject')]),
      'iam/old-name.json': policy([allow('s3:ListBucket', 'arn:aws:s3:::data-bucket')])
    }
    const head: Tree = { 'iam/new-name.json': policy([allow('s3:ListBucket', 'arn:aws:s3:::data-bucket')]), 'iam/keep.json': policy([allow('s3:GetObject')]) }
    const files: PullFile[] = [
      { filename: 'iam/gone.json', status: 'removed' },
      { filename: 'iam/new-name.json', status: 'renamed', previous_filename: 'iam/old-name.json' }
    ]
    const prepared = preparePullRequest({ local: false, base, head, files })
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs['changed-files'])).toEqual([
      { path: 'iam/gone.json', status: 'removed' },
      { path: 'iam/new-name.json', status: 'renamed', previousPath: 'iam/old-name.json' }
    ])
    expect(result.outputs['access-change']).toBe('narrows')
    const body = onlyComment().body
    expect(body).toContain('renamed from `iam/old-name.json`')
    expect(body).toMatch(/#### `iam\/gone.json` — 🟢 narrows/)
    expect(body).toMatch(/#### `iam\/new-name.json` — ⚪ none/)
    // No head request for the removed file, no base request under the new name.
    const contents = suite.gh.requests.filter((r) => r.operation?.endsWith('/contents/{path}')).map((r) => decodeURIComponent(r.url))
    expect(contents.sort()).toEqual([
      `/repos/octo-org/data-platform/contents/iam/gone.json?ref=${prepared.baseSha}`,
      `/repos/octo-org/data-platform/contents/iam/new-name.json?ref=${prepared.headSha}`,
      `/repos/octo-org/data-platform/contents/iam/old-name.json?ref=${prepared.baseSha}`
    ])
  })

  it('a version the listed status says is there but the commit does not hold (a submodule, a push since the event) is not reviewed, never "narrows" or "none"', async () => {
    // GitHub lists the PR's files as they are now; the event's head may be older (a force-push), or the path a
    // submodule or symlink the contents endpoint does not answer with a file. Each of these three versions is absent.
    const base: Tree = { 'iam/app.json': policy([allow('s3:GetObject')]), 'iam/sub.json': policy([allow('s3:GetObject')]) }
    const head: Tree = { 'iam/other.json': policy([allow('s3:GetObject')]) }
    const files: PullFile[] = [
      { filename: 'iam/app.json', status: 'modified' },
      { filename: 'iam/new.json', status: 'added' },
      { filename: 'iam/gone.json', status: 'removed' }
    ]
    for (const local of [false, true]) {
      const prepared = preparePullRequest({ local, base, head, files })
      const result = await review(prepared)
      expect(result.exitCode).toBe(0)
      expect(result.outputs['access-change']).toBe('broadens')
      const body = suite.gh.commentsOn(PR).at(-1)!.body
      expect(body).toContain("⚠️ **Not fully reviewed**: 3 files not reviewed (over a size, time, memory or work budget, or not a file that can be read at its commit)")
      expect(body).toMatch(/#### `iam\/app.json` — ⚠️ not reviewed\n\n\*\*Not reviewed:\*\* the head version is not a file at the head commit/)
      expect(body).toMatch(/#### `iam\/new.json` — ⚠️ not reviewed/)
      expect(body).toMatch(/#### `iam\/gone.json` — ⚠️ not reviewed\n\n\*\*Not reviewed:\*\* the base version is not a file at the before commit/)
    }
  })

  it('a path with a line break is reviewed as that file, from the checkout, and named with the break shown', async () => {
    // A pull request names its files: one whose name holds a line break, beside the file its first line names.
    const hostile = 'iam/app.json\n.json'
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]), [hostile]: policy([allow('s3:GetObject', undefined, 'Read')]) },
      head: { 'iam/app.json': policy([allow('s3:GetObject')]), [hostile]: policy([allow('s3:*', undefined, 'Read')]) }
    })
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    expect(result.outputs['access-change']).toBe('broadens')
    expect(JSON.parse(result.outputs['changed-files'])).toEqual([{ path: hostile, status: 'modified' }])
    const body = onlyComment().body
    expect(body).toMatch(/^### IAM policy review\n\n🔴 \*\*Broadens access\*\*: 1 file broadens access/)
    // The name as JSON writes it: the break shows as \n, on one line.
    expect(body).toContain('#### `iam/app.json\\n.json` — 🔴 broadens')
    expect(body).toContain("| statement 'Read' | adds s3\\:\\* on arn\\:aws\\:s3\\:\\:\\:data-bucket/\\*")
    expect(body).not.toContain('not reviewed')
    expect(suite.gh.requests.some((r) => r.operation?.includes('/contents/'))).toBe(false)
  })

  it('the check that the documents work together throwing (a bug): the summary and the comment say it could not run and point to the log, with none of the error', async () => {
    // The action of src/ with that check made to throw, as a bug would, its message and stack naming the runner's paths.
    const dir = tempDir('rtc-together-bug-')
    const checkTogether = path.join(REPO_ROOT, 'src', 'core', 'together', 'check-together.ts')
    await build({
      entryPoints: [path.join(REPO_ROOT, 'src', 'index.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: path.join(dir, 'index.js'),
      banner: { js: "import { createRequire as __rtcCreateRequire } from 'node:module';\nconst require = __rtcCreateRequire(import.meta.url);" },
      logLevel: 'silent',
      plugins: [
        {
          name: 'together-bug',
          setup(b) {
            b.onLoad({ filter: /check-together\.ts$/ }, (args) => {
              if (args.path !== checkTogether) return undefined
              const source = readFileSync(args.path, 'utf8').replace('export function checkTogether(', 'function checkTogetherAsWritten(')
              const bug = "throw new Error('evaluator bug at /home/runner/work/secret-frame.js:1:1')"
              return { contents: `${source}\nexport function checkTogether(...args: Parameters<typeof checkTogetherAsWritten>): Finding[] { ${bug} }\n`, loader: 'ts' }
            })
          }
        }
      ]
    })
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/app.json': policy([allow('s3:ListBucket')]) }
    })
    const result = await review(prepared, { bundle: path.join(dir, 'index.js'), inputs: { ...FULL_SETUP, 'fail-on': 'never' }, env: { GITHUB_RUN_ID: '77', GITHUB_REPOSITORY: 'octo-org/data-platform', GITHUB_SERVER_URL: 'https://github.com' } })
    // The step fails whatever fail-on says: nothing was checked together.
    expect(result.exitCode).toBe(1)
    // The error's text in the log, as an annotation.
    expect(result.commands.some((c) => c.command === 'error' && c.message.includes('The check that the documents work together failed: evaluator bug'))).toBe(true)
    // The summary: could not run, not "Checked together for role ...".
    expect(result.summary).toContain(': the step fails (the check that the documents work together could not run).')
    expect(result.summary).toContain("> The check that the documents work together could not run for role `arn:aws:iam::123456789012:role/RedshiftTempCreds`")
    expect(result.summary).toContain("The error is in this step's log")
    expect(result.summary).not.toContain('Checked together for')
    expect(result.summary).not.toContain('secret-frame')
    const body = onlyComment().body
    expect(body).toContain(
      '> [!CAUTION]\n> The check that the documents work together could not run: the action met an error it did not expect (a bug in the action, not a finding about these files), ' +
        "so the step fails. The error is in the [run's log](https://github.com/octo-org/data-platform/actions/runs/77)."
    )
    expect(body).not.toContain('evaluator bug')
    expect(body).not.toContain('secret-frame')
  })

  it("a version written as YAML is named as validate's summary names it, 'YAML, not checked', not as broken JSON", async () => {
    const yaml = 'Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Action: "s3:*"\n    Resource: "*"\n'
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/to-yaml.json': policy([allow('s3:GetObject')]), 'iam/from-yaml.json': yaml },
      head: { 'iam/to-yaml.json': yaml, 'iam/from-yaml.json': policy([allow('s3:GetObject')]) }
    })
    const result = await review(prepared, { inputs: { 'fail-on': 'never' } })
    expect(result.exitCode).toBe(0)
    // A head not read as a policy may grant anything: counted as broadening, as an invalid one is.
    expect(result.outputs['access-change']).toBe('broadens')
    const body = onlyComment().body
    expect(body).toContain('| `iam/to-yaml.json` | modified | ❌ YAML, not checked | 1 error |')
    expect(body).toContain(
      '#### `iam/to-yaml.json` — ❌ YAML, not checked\n\nThe head version cannot be read as a policy: it is YAML, not checked \\(IAM reads policy documents as JSON only; see the RTC903 error at line 1 below\\)\n'
    )
    expect(body).toContain('The base version is YAML, not checked \\(IAM reads policy documents as JSON only\\); it is read as granting nothing\\.')
    expect(body).not.toContain('not valid JSON')
    // The same words as validate's Files table.
    expect(result.summary).toContain('| `iam/to-yaml.json` | YAML, not checked |')
  })

  it('a head that is not UTF-8 is read as validate reads it: UTF-16 with its mark is the policy it holds, bad bytes are an RTC901 error', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/wide.json': policy([allow('s3:GetObject')]), 'iam/latin.json': policy([allow('s3:GetObject', undefined, 'Read')]) },
      head: { 'iam/wide.json': policy([allow('s3:GetObject')]), 'iam/latin.json': policy([allow('s3:GetObject', undefined, 'Read')]) }
    })
    // Windows PowerShell's Out-File: UTF-16 little-endian with its byte order mark, the same policy but broader.
    writeFileSync(path.join(prepared.workspace, 'iam/wide.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(policy([allow('s3:*')]), 'utf16le')]))
    // A Latin-1 editor: the Sid 'Read' becomes 'R\xe9ad', a byte that is not UTF-8.
    writeFileSync(path.join(prepared.workspace, 'iam/latin.json'), Buffer.from(policy([allow('s3:GetObject', undefined, 'R\u00e9ad')]), 'latin1'))
    git(prepared.workspace, ['commit', '-q', '-am', 'saved by other editors'])
    const headSha = git(prepared.workspace, ['rev-parse', 'HEAD'])
    suite.gh.addPull({ number: PR, baseSha: prepared.baseSha, headSha, files: [{ filename: 'iam/latin.json', status: 'modified' }, { filename: 'iam/wide.json', status: 'modified' }] })
    const result = await review({ ...prepared, headSha }, { inputs: { 'fail-on': 'never' } })
    expect(result.exitCode).toBe(0)
    const body = onlyComment().body
    // The UTF-16 head is the policy it holds (s3:* is broader), with the RTC901 finding validate gives it; not "invalid".
    expect(body).toMatch(/#### `iam\/wide.json` — 🔴 broadens/)
    expect(body).toMatch(/\[line 1\]\([^)]*iam\/wide\.json#L1\) `RTC901`: The file is UTF-16/)
    // The Latin-1 byte: the error validate fails the step on is in the comment too.
    expect(body).toMatch(/\[line \d+\]\([^)]*iam\/latin\.json#L\d+\) `RTC901`: The file is not UTF-8\\: byte 0xe9/)
  })

  it('34 changed files of 1 MiB of control characters: the comment and the summary are cut, the step does not throw', async () => {
    // Within every budget (68 MiB of versions), but each text diff shows as 16 million characters: rendered whole
    // for the summary, the review passed V8's longest string and the step failed with "Invalid string length".
    const base: Tree = {}
    const head: Tree = {}
    for (let i = 0; i < 34; i++) {
      base[`iam/blob${i}.json`] = '\x01'.repeat(1 << 20)
      head[`iam/blob${i}.json`] = '\x02'.repeat(1 << 20)
    }
    const prepared = preparePullRequest({ local: true, base, head })
    const result = await review(prepared, { inputs: { 'fail-on': 'never' } })
    // The only errors are validate's findings on the files (annotations that name their file).
    expect(result.commands.filter((c) => c.command === 'error' && !c.properties.file).map((c) => c.message)).toEqual([])
    expect(result.exitCode).toBe(0)
    const body = onlyComment().body
    expect(body).toMatch(/❌ \*\*Invalid documents\*\*: 34 files cannot be read as a policy/)
    expect(body).toContain('34 text diffs')
    expect(result.summary).toContain("**Cut to fit the job summary's 1 MiB limit:**")
  }, 120_000)

  it('says "invalid documents" for invalid JSON on the head side; fail-on decides the step', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/app.json': '{ "Version": "2012-10-17", "Statement": [ ' }
    })
    const failing = await review(prepared)
    expect(failing.exitCode).toBe(1)
    const body = onlyComment().body
    expect(body).toMatch(/❌ \*\*Invalid documents\*\*: 1 file cannot be read as a policy/)
    // Nothing shows the unreadable head does not give access: a gate on the output must not read "none".
    expect(failing.outputs['access-change']).toBe('broadens')
    expect(body).toContain('RTC001')
    const lenient = await review(prepared, { inputs: { 'fail-on': 'never' } })
    expect(lenient.exitCode).toBe(0)
    expect(suite.gh.commentsOn(PR)).toHaveLength(1)
  })

  it("warns with the permission and the two-workflow pattern when a fork's token may not comment", async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/app.json': policy([allow('s3:GetObject'), { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }]) }
    })
    const result = await review(prepared, { token: FORK_TOKEN, fork: true })
    expect(result.exitCode).toBe(0)
    expect(suite.gh.commentsOn(PR)).toHaveLength(0)
    const warning = warnings(result).find((w) => w.includes('comment not written'))
    expect(warning).toContain('403')
    expect(warning).toContain('pull-requests: write')
    expect(warning).toContain('workflow_run')
    expect(result.outputs['access-change']).toBe('broadens')
    expect(result.outputs['comment-id']).toBeUndefined()
    expect(result.summary).toContain('🔴 **Broadens access**')
  })

  it("treats a pull request whose fork was deleted (head.repo null) as a fork's: the fork advice, not a permission to grant", async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/app.json': policy([allow(['s3:GetObject', 's3:PutObject'])]) }
    })
    const result = await review(prepared, { token: FORK_TOKEN, fork: 'deleted' })
    expect(result.exitCode).toBe(0)
    expect(suite.gh.commentsOn(PR)).toHaveLength(0)
    const warning = warnings(result).find((w) => w.includes('comment not written'))
    // A fork's read-only token is the likely cause, so the two-workflow pattern comes before the permission.
    expect(warning).toMatch(/answered 403 \([^)]*\)\. On a pull request from a fork the GITHUB_TOKEN is read-only/)
    expect(warning!.indexOf('two-workflow pattern')).toBeLessThan(warning!.indexOf("'permissions: pull-requests: write'"))
  })

  it("GitHub refusing the files' versions (a token without 'contents: read'): named as not reviewed, with a warning; the step goes on and comments", async () => {
    const prepared = preparePullRequest({
      local: false,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/app.json': policy([allow(['s3:GetObject', 's3:PutObject'])]) }
    })
    // The client does not retry a 403 that is no rate limit.
    suite.gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/contents/{path}', status: 403, times: 2, message: 'Resource not accessible by integration' })
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    expect(result.outputs['access-change']).toBe('broadens')
    const body = onlyComment().body
    expect(body).toMatch(/⚠️ \*\*Not fully reviewed\*\*: 1 file not reviewed/)
    expect(body).toMatch(/#### `iam\/app.json` — ⚠️ not reviewed\n\n\*\*Not reviewed:\*\* the head version cannot be read\\: GitHub answered 403/)
    const warning = warnings(result).find((w) => w.includes('403'))
    expect(warning).toContain("'contents: read'")
    expect(result.commands.filter((c) => c.command === 'error')).toEqual([])
  })

  it('retries a 502 and goes on', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/app.json': policy([allow('s3:GetObject'), allow('s3:PutObject')]) }
    })
    suite.gh.fail({ method: 'get', path: FILES_PATH, status: 502, generic: true, message: 'Bad Gateway' })
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    expect(suite.gh.requests.filter((r) => r.operation === `GET ${FILES_PATH}`).map((r) => r.status)).toEqual([502, 200])
    expect(onlyComment().body).toContain('Broadens access')
  })

  describe('a GitHub that does not answer (each request has a time limit, lowered here to 2 s)', () => {
    // Before the limit each of these held the step: 300 s a try for the headers (undici's default), four tries,
    // and a body that keeps coming a byte at a time, for ever (until the job's timeout, 6 hours by default).
    // Long enough for the requests the stand-in answers to be answered inside it on a loaded machine.
    const stalled = { RTC_GITHUB_REQUEST_TIMEOUT_MS: '2000' }
    const scenario = (local: boolean): Scenario => ({
      local,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/app.json': policy([allow(['s3:GetObject', 's3:PutObject'])]) }
    })

    it('the list of changed files: the review is skipped with one warning, the step ends as validate decides', async () => {
      const prepared = preparePullRequest(scenario(true))
      suite.gh.stall({ method: 'get', path: FILES_PATH, mode: 'silent' })
      const result = await review(prepared, { env: stalled })
      expect(result.exitCode).toBe(0)
      expect(warnings(result)).toEqual([
        `Pull-request review skipped: reading pull request #${PR} failed (GitHub did not answer GET ${suite.gh.url}/repos/octo-org/data-platform/pulls/${PR}/files?per_page=100 within 2 s).` +
          ' The access-change output is broadens: what the pull request changes is not known.'
      ])
      // Not known, so not "no change": a gate on the output must not let an unreviewed pull request through.
      expect(result.outputs['access-change']).toBe('broadens')
      expect(result.outputs['changed-files']).toBeUndefined()
      // The summary, where the warnings send readers, says the review was skipped and why.
      expect(result.summary).toContain('> [!WARNING]\n> Pull-request review skipped\\: reading pull request \\#')
      expect(result.summary).toContain('The access-change output is broadens\\: what the pull request changes is not known\\.')
      expect(result.commands.filter((c) => c.command === 'error')).toEqual([])
      expect(suite.gh.commentsOn(PR)).toHaveLength(0)
      // Tried once more, not three times.
      expect(suite.gh.requestCounts()[`GET ${FILES_PATH}`]).toBe(2)
    })

    it("the files' versions: named as not reviewed, with a warning; the comment is still written", async () => {
      const prepared = preparePullRequest(scenario(false))
      suite.gh.stall({ method: 'get', path: '/repos/{owner}/{repo}/contents/{path}', mode: 'dribble' })
      const result = await review(prepared, { env: stalled })
      expect(result.exitCode).toBe(0)
      expect(result.outputs['access-change']).toBe('broadens')
      const body = onlyComment().body
      expect(body).toMatch(/#### `iam\/app.json` — ⚠️ not reviewed\n\n\*\*Not reviewed:\*\* the head version cannot be read\\: GitHub did not answer within 2 s\./)
      expect(warnings(result)).toEqual([
        'Pull-request review incomplete: GitHub did not answer within 2 s when reading file versions; the comment names those files as not reviewed.'
      ])
    })

    it('the comments: the comment is not written, with a warning; the review is in the job summary', async () => {
      const prepared = preparePullRequest(scenario(true))
      suite.gh.stall({ method: 'get', path: COMMENTS_PATH, mode: 'dribble' })
      const result = await review(prepared, { env: stalled })
      expect(result.exitCode).toBe(0)
      expect(warnings(result)).toEqual([
        `Pull-request comment not written: GitHub did not answer GET ${suite.gh.url}/repos/octo-org/data-platform/issues/${PR}/comments?per_page=100 within 2 s. The review is in the job summary.`
      ])
      expect(suite.gh.commentsOn(PR)).toHaveLength(0)
      expect(result.outputs['comment-id']).toBeUndefined()
      expect(result.outputs['access-change']).toBe('broadens')
      expect(result.summary).toContain('🔴 **Broadens access**')
    })
  })

  it('cuts a review over 65,536 characters to whole sections and says where the rest is', async () => {
    const base: Tree = {}
    const head: Tree = {}
    for (let i = 0; i < 12; i++) {
      const statements = Array.from({ length: 60 }, (_, j) => allow(`s3:GetObject`, `arn:aws:s3:::bucket-${i}-${j}-${'x'.repeat(40)}/*`, `S${j}`))
      base[`iam/big${i}.json`] = policy(statements)
      head[`iam/big${i}.json`] = policy(statements.map((st) => ({ ...st, Action: 's3:*' })))
    }
    const prepared = preparePullRequest({ local: true, base, head })
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    const body = onlyComment().body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain("**Cut to fit GitHub's 65,536-character limit:**")
    expect(body).toContain('[job summary](https://github.com/octo-org/data-platform/actions/runs/4242)')
    // The summary holds every section and diff.
    for (let i = 0; i < 12; i++) expect(result.summary).toContain(`Text diff of iam/big${i}.json`)
    expect(result.summary.length).toBeGreaterThan(65_536)
  })

  it('keeps the changed-files output within 100,000 bytes: past it, a count and the first files', async () => {
    const head: Tree = { 'README.md': 'a\n' }
    // 220 files whose paths are about 520 characters: their list is about 120,000 bytes of JSON.
    const folder = `iam/${'a'.repeat(250)}/${'b'.repeat(250)}`
    for (let i = 0; i < 220; i++) head[`${folder}/p${String(i).padStart(3, '0')}.json`] = policy([allow('s3:GetObject')])
    const prepared = preparePullRequest({ local: true, base: { 'README.md': 'a\n' }, head })
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    const output = result.outputs['changed-files']
    expect(Buffer.byteLength(output)).toBeLessThanOrEqual(100_000)
    const cut = JSON.parse(output)
    expect(cut.count).toBe(220)
    expect(cut.files.length).toBeGreaterThan(150)
    expect(cut.files.length).toBeLessThan(220)
    expect(cut.files[0]).toEqual({ path: `${folder}/p000.json`, status: 'added' })
    expect(result.stdout).toContain('The changed-files output holds the first of the 220 changed IAM files')
  })

  it('two runs at once end with one comment', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/app.json': policy([allow('s3:GetObject'), allow('s3:DeleteObject')]) }
    })
    // Both runs look for the comment before either has created it.
    suite.gh.hold({ method: 'get', path: COMMENTS_PATH, until: 2 })
    const [a, b] = await Promise.all([review(prepared), review(prepared)])
    expect([a.exitCode, b.exitCode]).toEqual([0, 0])
    const kept = onlyComment()
    expect(suite.gh.requestCounts()[`POST ${COMMENTS_PATH}`]).toBe(2)
    expect([a.outputs['comment-id'], b.outputs['comment-id']]).toEqual([String(kept.id), String(kept.id)])
  })

  it('edits the comment when the PR no longer changes an IAM file, and creates none when there is none', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]), 'README.md': 'a\n' },
      head: { 'iam/app.json': policy([allow('s3:GetObject')]), 'README.md': 'b\n' }
    })
    const none = await review(prepared)
    expect(none.exitCode).toBe(0)
    expect(suite.gh.commentsOn(PR)).toHaveLength(0)
    expect(none.outputs['changed-files']).toBe('[]')
    expect(none.outputs['access-change']).toBe('none')

    const earlier = suite.gh.addComment(PR, 'stale review', { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }, true)
    earlier.body = `stale review\n\n<!-- redshift-temp-creds-action review workflow=iam tag=mine -->\n`
    const edited = await review(prepared, { inputs: { 'comment-tag': 'mine' } })
    expect(edited.exitCode).toBe(0)
    expect(onlyComment().body).toContain('no longer changes any IAM file')
  })

  it('past GitHub\'s 3,000 listed files with no IAM file among them: says IAM files past them are not reviewed, not that there are none', async () => {
    const prepared = preparePullRequest({
      local: false,
      base: { 'README.md': 'a\n' },
      head: { 'README.md': 'b\n' },
      files: Array.from({ length: 3100 }, (_, i): PullFile => ({ filename: `src/f${i}.ts`, status: 'added' }))
    })
    const earlier = suite.gh.addComment(PR, 'earlier review', { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }, true)
    earlier.body = `earlier review\n\n<!-- redshift-temp-creds-action review workflow=iam tag=mine -->\n`
    const result = await review(prepared, { inputs: { 'comment-tag': 'mine' } })
    expect(result.exitCode).toBe(0)
    const body = onlyComment().body
    expect(body).not.toContain('no longer changes any IAM file')
    expect(body).toContain('none of the first 3,000 files GitHub lists for this pull request is an IAM file matched by `iam/**/*.json`')
    expect(body).toContain('IAM files beyond them are not reviewed here')
    // Files nobody reviewed count as broadening, never as no change.
    expect(result.outputs['access-change']).toBe('broadens')
  })

  it("past GitHub's 3,000 listed files with no IAM file among them and no earlier comment: the comment is written, as access-change broadens", async () => {
    // A workflow that gates on access-change failed on such a pull request with nothing on it saying why.
    const prepared = preparePullRequest({
      local: false,
      base: { 'README.md': 'a\n' },
      head: { 'README.md': 'b\n' },
      files: Array.from({ length: 3100 }, (_, i): PullFile => ({ filename: `src/f${i}.ts`, status: 'added' }))
    })
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    expect(result.outputs['access-change']).toBe('broadens')
    expect(onlyComment().body).toContain('⚠️ **Not fully reviewed**: none of the first 3,000 files GitHub lists for this pull request is an IAM file')
  })

  it('past GitHub\'s 3,000 listed files, with the commits in the checkout: lists the rest from git and reviews the IAM file past them', async () => {
    const added = Object.fromEntries(Array.from({ length: 3100 }, (_, i) => [`app/f${i}.txt`, `${i}\n`]))
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
      head: { ...added, 'iam/app.json': policy([allow('s3:*', '*')]) },
      // GitHub lists by path: the IAM file comes after the first 3,000.
      files: [...Object.keys(added).sort().map((filename): PullFile => ({ filename, status: 'added' })), { filename: 'iam/app.json', status: 'modified' }]
    })
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    expect(result.outputs['access-change']).toBe('broadens')
    expect(JSON.parse(result.outputs['changed-files'])).toEqual([{ path: 'iam/app.json', status: 'modified' }])
    const body = onlyComment().body
    expect(body).toMatch(/^### IAM policy review\n\n🔴 \*\*Broadens access\*\*/)
    expect(body).not.toContain('3,000')
    expect(result.stdout).toContain('the 3,101 files this one changes are listed from the checkout')
  })

  it('reviews a PR that removes the last IAM file: the glob matches nothing in the checkout, a warning, not an error', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]), 'README.md': 'a\n' },
      head: { 'README.md': 'a\n' }
    })
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    expect(warnings(result)).toContainEqual(expect.stringMatching(/^Input 'policy-files': the glob "iam\/\*\*\/\*\.json" \(line 1\) matched no file in the checkout/))
    expect(JSON.parse(result.outputs['changed-files'])).toEqual([{ path: 'iam/app.json', status: 'removed' }])
    expect(result.outputs['access-change']).toBe('narrows')
    expect(onlyComment().body).toMatch(/Narrows access/)
  })
})

// GitHub's list of a PR's files compares the merge base with the head; the
// before versions must come from the same commit. The base branch moves on
// here after the PR branched: another PR adds a statement to the same file.
describe('the before versions are read at the merge base', () => {
  const READ = allow('s3:GetObject', undefined, 'Read')
  const LATER = allow('sqs:SendMessage', 'arn:aws:sqs:eu-west-1:123456789012:jobs', 'AddedOnMainLater')
  const movedOn = (local: boolean, extra: Partial<Scenario> = {}): Scenario => ({
    local,
    base: { 'iam/app.json': policy([READ]) },
    // This PR: Read gains s3:PutObject. Nothing else.
    head: { 'iam/app.json': policy([{ ...READ, Action: ['s3:GetObject', 's3:PutObject'] }]) },
    // Merged on main after the PR branched.
    baseLater: { 'iam/app.json': policy([READ, LATER]) },
    ...extra
  })
  const COMPARE = 'GET /repos/{owner}/{repo}/compare/{basehead}'
  const contentRequests = () => suite.gh.requests.filter((r) => r.operation === 'GET /repos/{owner}/{repo}/contents/{path}').map((r) => decodeURIComponent(r.url))
  /** The verdict and the text diff show the PR's change, not main's later statement reversed. */
  const expectOnlyThePullRequestsChange = (result: StepResult) => {
    expect(result.exitCode).toBe(0)
    expect(result.outputs['access-change']).toBe('broadens')
    const body = onlyComment().body
    expect(body).toMatch(/^### IAM policy review\n\n🔴 \*\*Broadens access\*\*: 1 file broadens access \(1 changed IAM file\)\.\n\n\|/)
    expect(body).toContain('s3\\:PutObject')
    expect(body).not.toContain('AddedOnMainLater')
    const diff = /<summary>Text diff of iam\/app\.json<\/summary>\n\n```diff\n([\s\S]*?)```/.exec(body)?.[1]
    expect(diff).toBeDefined()
    expect(diff!.split('\n').filter((l) => /^[+-](?![+-])/.test(l))).toEqual(['-      "Action": "s3:GetObject",', '+      "Action": [', '+        "s3:GetObject",', '+        "s3:PutObject"', '+      ],'])
    expect(body).not.toContain("base branch's tip")
    return body
  }

  it('local checkout: git merge-base names the fork point; no request for it', async () => {
    const prepared = preparePullRequest(movedOn(true))
    expect(prepared.baseSha).not.toBe(prepared.mergeBaseSha)
    const result = await review(prepared)
    expectOnlyThePullRequestsChange(result)
    expect(result.stdout).toContain(`before versions at the merge base ${prepared.mergeBaseSha}`)
    expect(suite.gh.requestCounts()[COMPARE]).toBeUndefined()
    expect(contentRequests()).toEqual([])
  })

  it('through the API: one compare request names the merge base; a rename is read under its old path there', async () => {
    const old = policy([allow('s3:ListBucket', 'arn:aws:s3:::data-bucket', 'List')])
    const prepared = preparePullRequest(
      movedOn(false, {
        base: { 'iam/app.json': policy([READ]), 'iam/old-name.json': old },
        head: { 'iam/app.json': policy([{ ...READ, Action: ['s3:GetObject', 's3:PutObject'] }]), 'iam/new-name.json': old },
        // Main also changed the file this PR renames: the rename itself changes nothing.
        baseLater: { 'iam/app.json': policy([READ, LATER]), 'iam/old-name.json': policy([allow('s3:ListBucket', 'arn:aws:s3:::data-bucket', 'List'), LATER]) },
        files: [
          { filename: 'iam/app.json', status: 'modified' },
          { filename: 'iam/new-name.json', status: 'renamed', previous_filename: 'iam/old-name.json' }
        ]
      })
    )
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    expect(result.outputs['access-change']).toBe('broadens')
    const body = onlyComment().body
    expect(body).toMatch(/#### `iam\/app.json` — 🔴 broadens/)
    expect(body).toMatch(/#### `iam\/new-name.json` — ⚪ none/)
    expect(body).not.toContain('AddedOnMainLater')
    expect(body).not.toContain('Text diff of iam/new-name.json')
    expect(contentRequests().sort()).toEqual(
      [
        `/repos/octo-org/data-platform/contents/iam/app.json?ref=${prepared.headSha}`,
        `/repos/octo-org/data-platform/contents/iam/app.json?ref=${prepared.mergeBaseSha}`,
        `/repos/octo-org/data-platform/contents/iam/new-name.json?ref=${prepared.headSha}`,
        `/repos/octo-org/data-platform/contents/iam/old-name.json?ref=${prepared.mergeBaseSha}`
      ].sort()
    )
    const compares = suite.gh.requests.filter((r) => r.operation === COMPARE)
    expect(compares.map((r) => r.url)).toEqual([`/repos/octo-org/data-platform/compare/${prepared.baseSha}...${prepared.headSha}?per_page=1`])
  })

  it('through the API, one file: the same verdict and text diff as the checkout', async () => {
    const prepared = preparePullRequest(movedOn(false))
    expectOnlyThePullRequestsChange(await review(prepared))
    expect(suite.gh.requestCounts()[COMPARE]).toBe(1)
  })

  it('a shallow checkout (fetch-depth: 2) lacks the merge base: GitHub names it, the before versions come through the API', async () => {
    const prepared = preparePullRequest(movedOn(true, { shallow: true }))
    const result = await review(prepared)
    expectOnlyThePullRequestsChange(result)
    expect(result.stdout).toContain('head versions from the local checkout, before versions from the API')
    expect(suite.gh.requestCounts()[COMPARE]).toBe(1)
    expect(contentRequests()).toEqual([`/repos/octo-org/data-platform/contents/iam/app.json?ref=${prepared.mergeBaseSha}`])
  })

  it('an up-to-date PR (base tip = merge base) reads the tip, as before: no line about it', async () => {
    const prepared = preparePullRequest(movedOn(false, { baseLater: undefined }))
    expect(prepared.baseSha).toBe(prepared.mergeBaseSha)
    expectOnlyThePullRequestsChange(await review(prepared))
  })

  it('no merge base (unrelated histories): the base tip, and the comment says so in one line', async () => {
    const prepared = preparePullRequest(movedOn(true, { baseLater: undefined, unrelated: true }))
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    const body = onlyComment().body
    const lines = body.split('\n').filter((l) => l.includes("base branch's tip"))
    expect(lines).toEqual([
      `The before versions are those of the base branch's tip \`${prepared.baseSha.slice(0, 12)}\`, not of its merge base with the head: GitHub finds no common ancestor of it and the head. ` +
        'What the base branch changed that the head does not have shows here as if this pull request undid it.'
    ])
    expect(result.summary).toContain(lines[0])
    // The local history had no merge base either: GitHub was asked once.
    expect(suite.gh.requestCounts()[COMPARE]).toBe(1)
    expect(result.outputs['access-change']).toBe('broadens')
  })

  it('GitHub refusing to compare: the base tip, and the comment names the answer', async () => {
    const prepared = preparePullRequest(movedOn(false))
    suite.gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/compare/{basehead}', status: 503, times: 10, message: 'Service Unavailable' })
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    const body = onlyComment().body
    expect(body).toContain(`The before versions are those of the base branch's tip \`${prepared.baseSha.slice(0, 12)}\`, not of its merge base with the head: GitHub did not name the merge base \\(it answered 503\\).`)
    // Read at the tip, main's later statement shows as removed by this PR: what the line warns of.
    expect(body).toContain('AddedOnMainLater')
    expect(result.outputs['access-change']).toBe('mixed')
  })
})
