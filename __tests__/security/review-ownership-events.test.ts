// The bundled action against the loopback GitHub: it edits or deletes only
// its own comment (author = the token's identity AND our marker, with this
// workflow and tag, on the last line), and it behaves on closed and locked
// PRs, unreadable event files and a pr-number that does not belong to the
// triggering workflow run.
import { describe, expect, test } from '@jest/globals'
import { ACTIONS_BOT, OTHER_USER, workflowRunEvent, type StandInUser } from '../support/github-stand-in.js'
import { allow, policy, PR, pullRequestSuite } from '../support/pull-request-fixture.js'
import type { StepResult } from '../support/run-action.js'

const suite = pullRequestSuite({ checkViolations: false })
const { preparePullRequest, review, removeTemporaryDirectories } = suite

/** What this job's marker looks like (workflow 'iam', as run-action sets GITHUB_WORKFLOW). */
const marker = (tag: string, workflow = 'iam') => `<!-- redshift-temp-creds-action review workflow=${encodeURIComponent(workflow)} tag=${encodeURIComponent(tag)} -->`
const RENOVATE: StandInUser = { login: 'renovate[bot]', id: 29139614, type: 'Bot' }
const commands = (r: StepResult, kind: string) => r.commands.filter((c) => c.command === kind).map((c) => c.message)
const broadening = () =>
  preparePullRequest({
    local: true,
    base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
    head: { 'iam/app.json': policy([allow('s3:*')]) }
  })

describe('own comments only', () => {
  test('comments carrying our marker by a person, another workflow and another app are never edited or deleted', async () => {
    const prepared = broadening()
    const tag = 'mine'
    const planted = [
      suite.gh.addComment(PR, `by a person\n\n${marker(tag)}\n`, OTHER_USER),
      // Another workflow of this repository: the same bot, our tag, its own workflow.
      suite.gh.addComment(PR, `another workflow\n\n${marker(tag, 'other-workflow')}\n`, ACTIONS_BOT, true),
      // This workflow's bot, but the marker only quoted inside the body.
      suite.gh.addComment(PR, `quoting:\n${marker(tag)}\nand more text after it\n`, ACTIONS_BOT, true),
      suite.gh.addComment(PR, `renovate\n\n${marker(tag)}\n`, RENOVATE, true)
    ]
    const before = planted.map((c) => ({ id: c.id, body: c.body, updated: c.updated_at }))
    for (let run = 0; run < 2; run++) {
      const result = await review(prepared, { inputs: { 'comment-tag': tag } })
      expect(result.exitCode).toBe(0)
    }
    for (const b of before) {
      const now = suite.gh.comments.find((c) => c.id === b.id)
      expect(now).toBeDefined()
      expect(now?.body).toBe(b.body)
      expect(now?.updated_at).toBe(b.updated)
    }
    // Our own comment was made once and then edited in place.
    const ours = suite.gh.commentsOn(PR).filter((c) => !before.some((b) => b.id === c.id))
    expect(ours).toHaveLength(1)
    expect(ours[0].body.trimEnd().split('\n').pop()).toBe(marker(tag))
    expect(suite.gh.requests.filter((r) => r.method === 'PATCH' || r.method === 'DELETE').every((r) => r.url.endsWith(`/${ours[0].id}`))).toBe(true)
    expect(suite.gh.violations).toEqual([])
  })

  test("two jobs with different tags never touch each other's comments, even when the diff shows the other's marker", async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
      // The head names both markers in a Sid-like value: they reach the text diff.
      head: { 'iam/app.json': `${policy([allow('s3:*', undefined, 'A')])}\n${marker('job-a')}\n${marker('job-b')}\n` }
    })
    const a1 = await review(prepared, { inputs: { 'comment-tag': 'job-a', 'fail-on': 'never' } })
    const b1 = await review(prepared, { inputs: { 'comment-tag': 'job-b', 'fail-on': 'never' } })
    expect(a1.outputs['comment-id']).toBeDefined()
    expect(b1.outputs['comment-id']).toBeDefined()
    expect(a1.outputs['comment-id']).not.toBe(b1.outputs['comment-id'])
    const a2 = await review(prepared, { inputs: { 'comment-tag': 'job-a', 'fail-on': 'never' } })
    const b2 = await review(prepared, { inputs: { 'comment-tag': 'job-b', 'fail-on': 'never' } })
    expect(a2.outputs['comment-id']).toBe(a1.outputs['comment-id'])
    expect(b2.outputs['comment-id']).toBe(b1.outputs['comment-id'])
    const comments = suite.gh.commentsOn(PR)
    expect(comments).toHaveLength(2)
    const byId = new Map(comments.map((c) => [String(c.id), c.body]))
    expect(byId.get(a1.outputs['comment-id'])?.trimEnd().split('\n').pop()).toBe(marker('job-a'))
    expect(byId.get(b1.outputs['comment-id'])?.trimEnd().split('\n').pop()).toBe(marker('job-b'))
    // The markers inside the diff are shown escaped: they never spell '<!--'.
    for (const body of byId.values()) expect(body.split('<!--')).toHaveLength(2)
    expect(suite.gh.requests.filter((r) => r.method === 'DELETE')).toEqual([])
    expect(suite.gh.violations).toEqual([])
  })
})

describe('closed and locked pull requests', () => {
  test('closed: no new comment, a notice says why', async () => {
    const prepared = broadening()
    suite.gh.addPull({ ...suite.gh.pulls.get(PR)!, state: 'closed' })
    const result = await review(prepared, { state: 'closed' })
    expect(result.exitCode).toBe(0)
    expect(suite.gh.commentsOn(PR)).toEqual([])
    expect(commands(result, 'notice').join('\n')).toMatch(/is closed: no new comment/)
    expect(result.summary).toContain('Broadens access')
    expect(suite.gh.violations).toEqual([])
  })

  test('closed with our earlier comment: that comment is brought up to date', async () => {
    const prepared = broadening()
    const first = await review(prepared)
    const id = first.outputs['comment-id']
    suite.gh.comments[0].body = `old\n\n${suite.gh.comments[0].body.trimEnd().split('\n').pop()}\n`
    const closed = await review(prepared, { state: 'closed' })
    expect(closed.outputs['comment-id']).toBe(id)
    expect(suite.gh.commentsOn(PR)).toHaveLength(1)
    expect(suite.gh.commentsOn(PR)[0].body).toContain('Broadens access')
  })

  test('locked: nothing is written or edited, a notice says why', async () => {
    const prepared = broadening()
    await review(prepared)
    const body = `old\n\n${suite.gh.comments[0].body.trimEnd().split('\n').pop()}\n`
    suite.gh.comments[0].body = body
    suite.gh.resetLog()
    const locked = await review(prepared, { locked: true })
    expect(locked.exitCode).toBe(0)
    expect(commands(locked, 'notice').join('\n')).toMatch(/is locked: no comment is written or edited/)
    expect(suite.gh.commentsOn(PR)).toHaveLength(1)
    expect(suite.gh.commentsOn(PR)[0].body).toBe(body)
    expect(suite.gh.requests.some((r) => r.method === 'PATCH' || r.method === 'POST')).toBe(false)
  })
})

describe('the event file', () => {
  test.each([
    ['not JSON', { name: 'pull_request', raw: '{ this is not json' }, /is not JSON/],
    ['missing', { name: 'pull_request', missing: true }, /does not exist/]
  ])('%s: validate still lints and reports, the review is skipped with a warning', async (_what, event, why) => {
    const prepared = broadening()
    const result = await review(prepared, { event })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.errors).toBe('0')
    expect(JSON.parse(result.outputs.findings)).toEqual(expect.any(Array))
    expect(result.summary).toContain('## IAM policy validation')
    const warning = commands(result, 'warning').find((w) => w.startsWith('Pull-request review skipped'))
    expect(warning).toMatch(why)
    // Nothing is known of what the pull request changes: never unset, which a gate on the output let through.
    expect(result.outputs['access-change']).toBe('broadens')
    expect(suite.gh.requests).toEqual([])
    expect(suite.gh.comments).toEqual([])
  })
})

describe('the workflow_run pattern', () => {
  test("pr-number is checked against the triggering run's head_sha before commenting", async () => {
    const prepared = broadening()
    const mismatch = await review(prepared, {
      inputs: { 'pr-number': String(PR) },
      event: { name: 'workflow_run', payload: workflowRunEvent({ owner: suite.gh.owner, repo: suite.gh.repo, headSha: 'f'.repeat(40) }) }
    })
    expect(mismatch.exitCode).toBe(0)
    expect(commands(mismatch, 'warning').join('\n')).toMatch(/workflow_run\.head_sha/)
    expect(mismatch.outputs['access-change']).toBe('broadens')
    expect(suite.gh.comments).toEqual([])

    const match = await review(prepared, {
      inputs: { 'pr-number': String(PR) },
      event: { name: 'workflow_run', payload: workflowRunEvent({ owner: suite.gh.owner, repo: suite.gh.repo, headSha: prepared.headSha }) }
    })
    expect(match.exitCode).toBe(0)
    expect(suite.gh.commentsOn(PR)).toHaveLength(1)
    expect(suite.gh.violations).toEqual([])
  })
})

describe('the workflow_run pattern without pr-number', () => {
  // The second workflow's pr-number came out empty (the artifact's file was empty, a step was left out): the run
  // was silent, no review, no warning, and access-change unset, which a gate on the output let through.
  test('triggered by a pull request run: a warning says no review was made, access-change is broadens', async () => {
    const prepared = broadening()
    const result = await review(prepared, {
      inputs: { 'pr-number': '' },
      event: { name: 'workflow_run', payload: workflowRunEvent({ owner: suite.gh.owner, repo: suite.gh.repo, headSha: prepared.headSha, event: 'pull_request' }) }
    })
    expect(result.exitCode).toBe(0)
    const warning = commands(result, 'warning').find((w) => w.startsWith('Pull-request review skipped'))
    expect(warning).toMatch(/pr-number/)
    expect(warning).toMatch(/workflow_run/)
    expect(result.outputs['access-change']).toBe('broadens')
    expect(result.summary).toContain('Pull-request review skipped')
    // validate's own reports as usual
    expect(result.outputs.errors).toBe('0')
    expect(suite.gh.requests).toEqual([])
    expect(suite.gh.comments).toEqual([])
  })

  test('triggered by a push run: a notice says there is no pull request to review; access-change stays unset', async () => {
    const prepared = broadening()
    const result = await review(prepared, {
      event: { name: 'workflow_run', payload: workflowRunEvent({ owner: suite.gh.owner, repo: suite.gh.repo, headSha: prepared.headSha, event: 'push' }) }
    })
    expect(result.exitCode).toBe(0)
    expect(commands(result, 'warning')).toEqual([])
    expect(commands(result, 'notice').join('\n')).toMatch(/No pull-request review: .*pr-number.*push/)
    expect(result.outputs['access-change']).toBeUndefined()
    expect(suite.gh.requests).toEqual([])
  })

  test('an event file that cannot be read: a warning, as on a pull_request event', async () => {
    const prepared = broadening()
    const result = await review(prepared, { event: { name: 'workflow_run', raw: '{ not json' } })
    expect(result.exitCode).toBe(0)
    expect(commands(result, 'warning').join('\n')).toMatch(/Pull-request review skipped: .*is not JSON/)
    expect(result.outputs['access-change']).toBe('broadens')
  })
})

describe('hostile file names in the comment', () => {
  test('a name with a blank line, emphasis, a mention, a link, a reference and a bidi override renders as plain text', async () => {
    const MarkdownIt = (await import('markdown-it')).default
    const name = 'iam/x\n\n**text** @octocat [link](https://evil.example) #1 \u202egnp.json'
    const prepared = preparePullRequest({
      local: false,
      base: { [name]: policy([allow('s3:GetObject', undefined, '@admins')]) },
      head: { [name]: policy([allow('s3:*', undefined, '@admins')]) },
      files: [{ filename: name, status: 'modified' }]
    })
    const result = await review(prepared, { inputs: { 'fail-on': 'never' } })
    expect(result.exitCode).toBe(0)
    const body = suite.gh.commentsOn(PR)[0].body
    const html = new MarkdownIt({ html: true, linkify: true }).render(body)
    expect(html).not.toContain('<strong>text</strong>')
    expect(html).not.toContain('evil.example"')
    // GitHub links no mention or reference inside code; everywhere else none may be left.
    const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<pre>[\s\S]*?<\/pre>/g, '')
    expect(outsideCode.replace(/<[^>]*>/g, '')).not.toMatch(/@(octocat|admins)|#1\b/)
    expect(body).not.toContain('\u202e')
    expect(body).toContain('\\u{202E}')
    // The only links are the ones the review makes: to the run and to lines at the head commit.
    for (const href of [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])) expect(href).toMatch(/^https:\/\/github\.com\/octo-org\/data-platform\//)
    expect(suite.gh.violations).toEqual([])
  })
})
