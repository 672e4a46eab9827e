// The GitHub module against the stand-in, with a real Octokit (retry and
// throttling plugins included). Every exchange is checked against GitHub's
// OpenAPI description by the stand-in.
import { createGitHubClient } from '../../src/github/octokit.js'
import { fetchFileText, listChangedFiles, pickPullRequest, resolvePullRequest } from '../../src/github/pull-request.js'
import { commentMarker, findStickyComments, tokenIdentity, upsertStickyComment, COMMENT_LIMIT } from '../../src/github/sticky-comment.js'
import { refusalWarning, versionRefusalWarning } from '../../src/github/permission.js'
import { fetchMergeBase } from '../../src/github/merge-base.js'
import { parseValidateInputs } from '../../src/core/validate/inputs.js'
import { formatInputError } from '../../src/core/inputs/input-error.js'
import { ACTIONS_BOT, GitHubStandIn, OTHER_USER, pullRequestEvent } from '../support/github-stand-in.js'
import { capturingStdout } from '../support/capture-stdout.js'

const BASE = '1'.repeat(40)
const HEAD = '2'.repeat(40)
const APP_TOKEN = 'ghs_standInInstallationToken'
const PAT = 'ghp_standInPersonalToken'

let gh: GitHubStandIn
beforeEach(async () => {
  gh = await new GitHubStandIn().start()
})
afterEach(async () => {
  await gh.stop()
  expect(gh.violations).toEqual([])
})

const client = (token = APP_TOKEN, throttle = false) => createGitHubClient(token, { baseUrl: gh.url, backoffUnitMs: 1, throttle })
const issue = () => ({ owner: gh.owner, repo: gh.repo, number: 7 })

describe('pickPullRequest', () => {
  it('reads the number and commits of a real pull_request payload', () => {
    const event = pullRequestEvent({ owner: 'octo-org', repo: 'data-platform', number: 7, baseSha: BASE, headSha: HEAD })
    expect(pickPullRequest('pull_request', event, undefined)).toEqual({ number: 7, baseSha: BASE, headSha: HEAD, state: 'open', locked: false })
    expect(pickPullRequest('pull_request_target', event, undefined)).toEqual({ number: 7, baseSha: BASE, headSha: HEAD, state: 'open', locked: false })
  })

  it('takes pr-number on other events and is not a review without one', () => {
    expect(pickPullRequest('workflow_run', {}, 12)).toEqual({ number: 12 })
    expect(pickPullRequest('push', {}, undefined)).toBeUndefined()
    // A bad pr-number never reaches it: the inputs are refused first, naming pr-number.
    const parsed = parseValidateInputs((name) => ({ 'policy-files': 'a.json', 'pr-number': '12a' })[name] ?? '')
    expect(parsed.ok ? 'accepted' : formatInputError(parsed.error)).toMatch(/pr-number/)
  })
})

describe('reading a pull request', () => {
  it('asks pulls.get for the commits only when the payload lacks them', async () => {
    gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files: [] })
    const pr = await resolvePullRequest(client(), { owner: gh.owner, repo: gh.repo }, { number: 7 })
    expect(pr).toMatchObject({ number: 7, baseSha: BASE, headSha: HEAD })
    expect(gh.requestCounts()).toEqual({ 'GET /repos/{owner}/{repo}/pulls/{pull_number}': 1 })
  })

  it('lists every page of changed files with renames', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({ filename: `src/f${i}.ts`, status: 'modified' as const }))
    files[3] = { filename: 'iam/new.json', status: 'renamed', previous_filename: 'iam/old.json' } as never
    gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files })
    const listed = await listChangedFiles(client(), { owner: gh.owner, repo: gh.repo, number: 7, baseSha: BASE, headSha: HEAD })
    expect(listed.files).toHaveLength(250)
    expect(listed.capped).toBe(false)
    expect(listed.files[3]).toEqual({ path: 'iam/new.json', status: 'renamed', previousPath: 'iam/old.json' })
    expect(gh.requestCounts()['GET /repos/{owner}/{repo}/pulls/{pull_number}/files']).toBe(3)
  })

  it('stops where GitHub stops: 3,000 files', async () => {
    const files = Array.from({ length: 3100 }, (_, i) => ({ filename: `f${i}`, status: 'added' as const }))
    gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files })
    const listed = await listChangedFiles(client(), { owner: gh.owner, repo: gh.repo, number: 7, baseSha: BASE, headSha: HEAD })
    expect(listed.files).toHaveLength(3000)
    expect(listed.capped).toBe(true)
  })

  it('fetches raw file text at a commit; a missing file is undefined', async () => {
    gh.setFile(HEAD, 'iam/a b.json', '{"Version":"2012-10-17"}\n')
    const repo = { owner: gh.owner, repo: gh.repo }
    expect(await fetchFileText(client(), repo, 'iam/a b.json', HEAD)).toBe('{"Version":"2012-10-17"}\n')
    expect(await fetchFileText(client(), repo, 'iam/a b.json', BASE)).toBeUndefined()
  })

  it('retries a 502 and a 503, then succeeds', async () => {
    gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files: [{ filename: 'a.json', status: 'added' }] })
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}/files', status: 502, generic: true })
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}/files', status: 503 })
    const listed = await listChangedFiles(client(), { owner: gh.owner, repo: gh.repo, number: 7, baseSha: BASE, headSha: HEAD })
    expect(listed.files.map((f) => f.path)).toEqual(['a.json'])
    expect(gh.requests.map((r) => r.status)).toEqual([502, 503, 200])
  })

  it('waits out a rate limit (throttling plugin) and a secondary one', async () => {
    gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files: [{ filename: 'a.json', status: 'added' }] })
    const reset = String(Math.floor(Date.now() / 1000) + 2)
    const files = '/repos/{owner}/{repo}/pulls/{pull_number}/files'
    gh.fail({ method: 'get', path: files, status: 403, generic: true, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } })
    gh.fail({ method: 'get', path: files, status: 403, generic: true, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '1' } })
    let listed: Awaited<ReturnType<typeof listChangedFiles>> | undefined
    const { printed } = await capturingStdout(async () => {
      listed = await listChangedFiles(client(APP_TOKEN, true), { owner: gh.owner, repo: gh.repo, number: 7, baseSha: BASE, headSha: HEAD })
    })
    expect(listed?.files).toHaveLength(1)
    expect(gh.requests.map((r) => r.status)).toEqual([403, 403, 200])
    expect(printed).toEqual([
      expect.stringMatching(/^::warning::GitHub rate limit for GET .*\/pulls\/7\/files.*: retrying after \d+ s \(retry 1 of 3\)\.$/),
      expect.stringMatching(/^::warning::GitHub secondary rate limit for GET .*: retrying after 1 s \(retry 2 of 3\)\.$/)
    ])
  })

  it('gives up on a rate limit that resets too late', async () => {
    gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files: [] })
    const reset = String(Math.floor(Date.now() / 1000) + 3600)
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}', status: 403, generic: true, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } })
    const { printed } = await capturingStdout(async () => {
      await expect(resolvePullRequest(client(APP_TOKEN, true), { owner: gh.owner, repo: gh.repo }, { number: 7 })).rejects.toMatchObject({ status: 403 })
    })
    expect(gh.requests).toHaveLength(1)
    expect(printed).toEqual([expect.stringMatching(/^::warning::GitHub rate limit for GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}: giving up; no more requests are sent until it resets \(in 360[012] s\)\.$/)])
  })
})

describe('the merge base through the compare endpoint', () => {
  const FORK = '3'.repeat(40)
  const repo = () => ({ owner: gh.owner, repo: gh.repo })
  const COMPARE = 'GET /repos/{owner}/{repo}/compare/{basehead}'

  it('names the fork point of a base that moved on, in one request of one commit', async () => {
    gh.addCommit(FORK)
    gh.addCommit(BASE, [FORK])
    gh.addCommit(HEAD, [FORK])
    expect(await fetchMergeBase(client(), repo(), BASE, HEAD)).toEqual({ kind: 'found', sha: FORK })
    expect(gh.requests.map((r) => r.url)).toEqual([`/repos/${gh.owner}/${gh.repo}/compare/${BASE}...${HEAD}?per_page=1`])
  })

  it('names the base itself when the head descends from it', async () => {
    gh.addCommit(BASE)
    gh.addCommit(HEAD, [BASE])
    expect(await fetchMergeBase(client(), repo(), BASE, HEAD)).toEqual({ kind: 'found', sha: BASE })
  })

  it("says 'none' for unrelated histories (GitHub's 404) and 'refused' with the status of any other refusal", async () => {
    gh.addCommit(BASE)
    gh.addCommit(HEAD)
    expect(await fetchMergeBase(client(), repo(), BASE, HEAD)).toEqual({ kind: 'none' })
    gh.addCommit(FORK)
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/compare/{basehead}', status: 500, times: 4 })
    expect(await fetchMergeBase(client(), repo(), FORK, HEAD)).toEqual({ kind: 'refused', status: 500 })
    // The client's retries come first: 1 + 3 tries of the 500.
    expect(gh.requests.filter((r) => r.operation === COMPARE).map((r) => r.status)).toEqual([404, 500, 500, 500, 500])
  })
})

describe('the sticky comment', () => {
  it('creates once, then edits in place, and leaves an unchanged body alone', async () => {
    const identity = await tokenIdentity(client(), APP_TOKEN)
    expect(identity).toEqual({ kind: 'app' })
    const first = await upsertStickyComment(client(), issue(), 'iam/policies#1', 'first', { create: true, identity })
    expect(first.action).toBe('created')
    const second = await upsertStickyComment(client(), issue(), 'iam/policies#1', 'second', { create: true, identity })
    expect(second).toMatchObject({ action: 'updated', id: first.id })
    const third = await upsertStickyComment(client(), issue(), 'iam/policies#1', 'second', { create: true, identity })
    expect(third).toMatchObject({ action: 'none', id: first.id })
    expect(gh.commentsOn(7)).toHaveLength(1)
    expect(gh.commentsOn(7)[0].body).toBe(`second\n\n${commentMarker('iam/policies#1')}\n`)
    expect(gh.commentsOn(7)[0].body).not.toContain('first')
    // No GET /user with an installation token: it can only be refused.
    expect(gh.requests.some((r) => r.url === '/user')).toBe(false)
  })

  it("edits in place on a GitHub Enterprise Server, whose github-actions[bot] has another user id than github.com's", async () => {
    // On GHES the bot is a user of that instance, with its own id: matched by id 41898282, the run's own comment was
    // never found, so each run created a comment (a notification to everyone on the PR) and then deleted it.
    const token = 'ghs_standInEnterpriseToken'
    gh.tokens.set(token, { user: { login: 'github-actions[bot]', id: 98, type: 'Bot' }, canWrite: true, installation: true })
    const identity = await tokenIdentity(client(token), token)
    const first = await upsertStickyComment(client(token), issue(), 't', 'first', { create: true, identity })
    expect(first.action).toBe('created')
    gh.resetLog()
    const second = await upsertStickyComment(client(token), issue(), 't', 'second', { create: true, identity })
    expect(second).toMatchObject({ action: 'updated', id: first.id })
    expect(gh.requests.map((r) => r.operation)).not.toContain('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')
    expect(gh.commentsOn(7)).toHaveLength(1)
  })

  it("edits in place with another GitHub App's installation token, whose bot only GraphQL's viewer names: no comment made and deleted on every run", async () => {
    // GET /user is refused an installation token, and the search knew only github-actions[bot]'s comments: each
    // run created a comment (a notification to everyone on the PR), learned its bot from it, deleted it, edited the old.
    const token = 'ghs_standInOtherAppToken'
    gh.tokens.set(token, { user: { login: 'iam-review[bot]', id: 777, type: 'Bot' }, canWrite: true, installation: true })
    const identity = await tokenIdentity(client(token), token)
    expect(identity).toEqual({ kind: 'app' })
    const first = await upsertStickyComment(client(token), issue(), 't', 'first', { create: true, identity })
    expect(first.action).toBe('created')
    for (const body of ['second', 'third']) {
      gh.resetLog()
      expect(await upsertStickyComment(client(token), issue(), 't', body, { create: true, identity })).toMatchObject({ action: 'updated', id: first.id })
      expect(gh.requests.map((r) => r.operation)).toEqual(['GET /repos/{owner}/{repo}/issues/{issue_number}/comments', 'POST /graphql', 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'])
    }
    expect(gh.commentsOn(7).map((c) => c.body)).toEqual([`third\n\n${commentMarker('t')}\n`])
  })

  it("another bot's comment with our marker is never edited; the GITHUB_TOKEN asks GraphQL only while it has no comment of its own", async () => {
    const marker = commentMarker('t')
    // Another app (its bot quoting a PR's text, say) whose comment ends in our marker.
    const foreign = gh.addComment(7, `quoted\n\n${marker}\n`, { login: 'echo-bot[bot]', id: 555, type: 'Bot' }, true)
    const token = 'ghs_standInOtherAppToken'
    gh.tokens.set(token, { user: { login: 'iam-review[bot]', id: 777, type: 'Bot' }, canWrite: true, installation: true })
    const first = await upsertStickyComment(client(token), issue(), 't', 'first', { create: true, identity: { kind: 'app' } })
    expect(first.action).toBe('created')
    gh.resetLog()
    expect(await upsertStickyComment(client(token), issue(), 't', 'second', { create: true, identity: { kind: 'app' } })).toMatchObject({ action: 'updated', id: first.id })
    expect(gh.requestCounts()['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']).toBeUndefined()
    // The GITHUB_TOKEN: github-actions[bot] has no comment, so it asks once, finds none of the bots' is its own, writes its own.
    gh.resetLog()
    expect((await upsertStickyComment(client(), issue(), 't', 'actions', { create: true, identity: { kind: 'app' } })).action).toBe('created')
    expect(gh.requestCounts()['POST /graphql']).toBe(1)
    // Then its own is found, and GraphQL is not asked.
    gh.resetLog()
    expect((await upsertStickyComment(client(), issue(), 't', 'actions again', { create: true, identity: { kind: 'app' } })).action).toBe('updated')
    expect(gh.requestCounts()['POST /graphql']).toBeUndefined()
    expect(gh.comments.find((c) => c.id === foreign.id)?.body).toBe(`quoted\n\n${marker}\n`)
    expect(gh.commentsOn(7).map((c) => c.body.split('\n')[0])).toEqual(['quoted', 'second', 'actions again'])
    expect(gh.requestCounts()['PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}']).toBe(1)
  })

  it('still ignores a comment with our marker by a user who is not a bot', async () => {
    const identity = await tokenIdentity(client(), APP_TOKEN)
    const planted = gh.addComment(7, `ha\n\n${commentMarker('t')}\n`, { ...OTHER_USER, login: 'github-actions' })
    const outcome = await upsertStickyComment(client(), issue(), 't', 'ours', { create: true, identity })
    expect(outcome.action).toBe('created')
    expect(gh.comments.find((c) => c.id === planted.id)?.body).toBe(`ha\n\n${commentMarker('t')}\n`)
  })

  it('keeps one comment per tag', async () => {
    const identity = await tokenIdentity(client(), APP_TOKEN)
    await upsertStickyComment(client(), issue(), 'iam/policies#aaaa', 'leg a', { create: true, identity })
    await upsertStickyComment(client(), issue(), 'iam/policies#bbbb', 'leg b', { create: true, identity })
    await upsertStickyComment(client(), issue(), 'iam/policies#aaaa', 'leg a again', { create: true, identity })
    expect(gh.commentsOn(7).map((c) => c.body.split('\n')[0])).toEqual(['leg a again', 'leg b'])
  })

  it('ignores the marker in comments by other users', async () => {
    const marker = commentMarker('t')
    const planted = gh.addComment(7, `ha\n\n${marker}\n`, OTHER_USER)
    const identity = await tokenIdentity(client(), APP_TOKEN)
    expect(await findStickyComments(client(), issue(), marker, identity)).toEqual({ newer: [], complete: true, read: 1 })
    const outcome = await upsertStickyComment(client(), issue(), 't', 'ours', { create: true, identity })
    expect(outcome.action).toBe('created')
    expect(gh.comments.find((c) => c.id === planted.id)?.body).toBe(`ha\n\n${marker}\n`)
  })

  it('knows a personal token by GET /user and finds only its own comments', async () => {
    const identity = await tokenIdentity(client(PAT), PAT)
    expect(identity).toMatchObject({ kind: 'user', login: 'octo-reviewer' })
    gh.addComment(7, `bot\n\n${commentMarker('t')}\n`, ACTIONS_BOT, true)
    const outcome = await upsertStickyComment(client(PAT), issue(), 't', 'mine', { create: true, identity })
    expect(outcome.action).toBe('created')
    expect(gh.commentsOn(7)).toHaveLength(2)
  })

  it('creates none when asked only to edit', async () => {
    const outcome = await upsertStickyComment(client(), issue(), 't', 'no IAM files any more', { create: false, identity: { kind: 'app' } })
    expect(outcome).toEqual({ action: 'none' })
    expect(gh.comments).toHaveLength(0)
  })

  it('two runs at once end with one comment, the oldest', async () => {
    // Both runs list before either creates: both create, then both list again.
    gh.hold({ method: 'get', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', until: 2 })
    const identity = { kind: 'app' } as const
    const [a, b] = await Promise.all([
      upsertStickyComment(client(), issue(), 't', 'run a', { create: true, identity }),
      upsertStickyComment(client(), issue(), 't', 'run b', { create: true, identity })
    ])
    const left = gh.commentsOn(7)
    expect(left).toHaveLength(1)
    expect([a.id, b.id]).toEqual([left[0].id, left[0].id])
    expect(gh.requestCounts()['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']).toBe(2)
    expect(gh.requestCounts()['DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}']).toBe(1)
  })

  it('refuses bodies over the limit before GitHub does', async () => {
    await expect(upsertStickyComment(client(), issue(), 't', 'x'.repeat(COMMENT_LIMIT), { create: true, identity: { kind: 'app' } })).rejects.toThrow(/under 65536/)
    expect(gh.requests).toHaveLength(0)
  })

  it('turns a read-only token\'s 403 into a warning naming the permission and the pattern', async () => {
    const token = 'ghs_standInForkReadOnlyToken'
    const error = await upsertStickyComment(client(token), issue(), 't', 'x', { create: true, identity: { kind: 'app' } }).catch((e: unknown) => e)
    const warning = refusalWarning(error, 'comment', true)
    expect(warning).toContain('403')
    expect(warning).toContain('pull-requests: write')
    expect(warning).toContain('workflow_run')
    expect(refusalWarning(new Error('boom'), 'comment', false)).toBeUndefined()
  })

  it("turns an unknown token's 401 into a warning that the token is not accepted, not a permission or a fork's read-only token", async () => {
    const error = await upsertStickyComment(client('ghp_revokedToken'), issue(), 't', 'x', { create: true, identity: { kind: 'app' } }).catch((e: unknown) => e)
    for (const step of ['read', 'comment'] as const) {
      for (const fromFork of [false, true]) {
        const warning = refusalWarning(error, step, fromFork)
        expect(warning).toMatch(/GitHub answered 401 \(Bad credentials/)
        expect(warning).toContain("GitHub does not accept the 'github-token' input")
        expect(warning).not.toMatch(/pull-requests: (read|write)|workflow_run/)
      }
    }
  })
})

test("a 404 reading the pull request names a wrong pr-number as well as the permission; a 403 names the permission alone", () => {
  const refused = (status: number, message: string) => Object.assign(new Error(message), { status })
  const notFound = refusalWarning(refused(404, 'Not Found'), 'read', false)
  expect(notFound).toMatch(/^Pull-request review skipped: GitHub answered 404 \(Not Found\) when reading the pull request\. Either there is no such pull request/)
  expect(notFound).toContain("check 'pr-number'")
  expect(notFound).toContain("'pull-requests: read' and 'contents: read'")
  const forbidden = refusalWarning(refused(403, 'Resource not accessible by integration'), 'read', false)
  expect(forbidden).toContain("The token needs 'pull-requests: read' and 'contents: read'.")
  expect(forbidden).not.toContain('pr-number')
})

test("a refused file version names 'contents: read' for a refusal, not for a rate limit", () => {
  expect(versionRefusalWarning({ status: 403, message: 'Resource not accessible by integration' })).toContain("The token needs 'contents: read'.")
  const limited = versionRefusalWarning({ status: 403, message: 'API rate limit exceeded for installation ID 1.' })
  expect(limited).toContain('API rate limit exceeded')
  expect(limited).not.toContain('contents: read')
  expect(versionRefusalWarning({ status: 502, message: 'Bad Gateway' })).not.toContain('contents: read')
  // A token GitHub stopped accepting mid-run: no permission helps.
  const unknown = versionRefusalWarning({ status: 401, message: 'Bad credentials' })
  expect(unknown).toContain("GitHub does not accept the 'github-token' input")
  expect(unknown).not.toContain('contents: read')
})

test("a comment refused because the pull request is locked (locked after the event: a re-run) names the lock, not a permission or a fork's token", () => {
  // GitHub's answer to a comment on a locked conversation (renovatebot/renovate#6215, probot/stale#25).
  const locked = Object.assign(new Error('Unable to create comment because issue is locked.'), { status: 403 })
  for (const fromFork of [false, true]) {
    const warning = refusalWarning(locked, 'comment', fromFork)
    expect(warning).toMatch(/^Pull-request comment not written: the pull request is locked \(GitHub answered 403: Unable to create comment because issue is locked\.\)\./)
    expect(warning).toContain('No permission is missing')
    expect(warning).toContain('The review is in the job summary.')
    expect(warning).not.toMatch(/pull-requests: write|workflow_run/)
  }
})
