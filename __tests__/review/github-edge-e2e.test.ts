// The bundled action against a GitHub that answers badly, on the paths a
// workflow takes: a proxy's login page, GitHub Enterprise Server's /api/v3,
// pull_request_target, a flooded conversation, and the token kept out of
// every line the step prints, debug included.
import { pullRequestEvent } from '../support/github-stand-in.js'
import { ACTIONS_BOT, OTHER_USER } from '../support/github-stand-in.js'
import { allow, policy, PR, pullRequestSuite } from '../support/pull-request-fixture.js'
import type { StepResult } from '../support/run-action.js'

const suite = pullRequestSuite()
const { preparePullRequest, review } = suite

const PAT = 'ghp_standInPersonalToken'
const warnings = (r: StepResult) => r.commands.filter((c) => c.command === 'warning').map((c) => c.message)
const errors = (r: StepResult) => r.commands.filter((c) => c.command === 'error').map((c) => c.message)
const loginPage = '<!DOCTYPE html><html><head><title>Sign in to the proxy</title></head><body><form method="post" action="/login"></form></body></html>'
const scenario = () => ({
  local: false,
  base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
  head: { 'iam/app.json': policy([allow(['s3:GetObject', 's3:PutObject'])]) }
})

/** Every line the step printed, the runner's `::add-mask::` line for the token taken out (that line is how it is masked). */
const printedBesidesMask = (r: StepResult, token: string) =>
  `${r.stdout}\n${r.stderr}`
    .split('\n')
    .filter((line) => line !== `::add-mask::${token}`)
    .join('\n')

test('a proxy answering the list of changed files with a 200 HTML login page: one warning naming the request, no TypeError; the step ends as validate decides', async () => {
  const prepared = preparePullRequest(scenario())
  suite.gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}/files', status: 200, generic: true, body: loginPage })
  const result = await review(prepared, { token: PAT, env: { RUNNER_DEBUG: '1' } })
  expect(result.exitCode).toBe(0)
  expect(errors(result)).toEqual([])
  expect(warnings(result)).toContain(
    `Pull-request review skipped: reading pull request #${PR} failed (GitHub's answer to GET /repos/octo-org/data-platform/pulls/${PR}/files (status 200, content-type text/html; charset=utf-8) is not JSON: ` +
      "a proxy or a login page answered instead of the API? Check GITHUB_API_URL and the runner's proxy settings (HTTPS_PROXY, NO_PROXY))." +
      ' The access-change output is broadens: what the pull request changes is not known.'
  )
  // Not reviewed: a gate on the output must not let it through (it was left unset).
  expect(result.outputs['access-change']).toBe('broadens')
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/TypeError/)
  expect(printedBesidesMask(result, PAT)).not.toContain(PAT)
  expect(result.stdout).toContain(`::add-mask::${PAT}`)
})

test("a proxy answering a file's raw content with its login page: the file is named as not reviewed, never reviewed as that page", async () => {
  const prepared = preparePullRequest(scenario())
  // The JSON form (which names the size) is asked first; a version small enough comes inline, so the raw form is
  // asked only past 1 MB. Here every contents answer is the page.
  suite.gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/contents/{path}', status: 200, generic: true, body: loginPage, times: 10 })
  const result = await review(prepared, { token: PAT })
  expect(result.exitCode).toBe(0)
  const body = suite.gh.commentsOn(PR)[0].body
  expect(body).toMatch(/#### `iam\/app.json` — ⚠️ not reviewed/)
  expect(body).toContain('is not JSON')
  expect(body).not.toContain('RTC001')
  expect(result.outputs['access-change']).toBe('broadens')
})

test('a token GitHub does not know, with debug logging on: the warning says the token is not accepted (no permission to grant), and the token is printed nowhere', async () => {
  const prepared = preparePullRequest(scenario())
  const revoked = 'ghp_revokedTokenThatTheStandInDoesNotKnow0000'
  const result = await review(prepared, { token: revoked, env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' } })
  expect(result.exitCode).toBe(0)
  // GitHub answers 401 "Bad credentials" to a token it does not know; the warning named permissions to grant.
  const warning = warnings(result).find((w) => w.startsWith('Pull-request review skipped'))
  expect(warning).toMatch(/^Pull-request review skipped: GitHub answered 401 \(Bad credentials[^)]*\) when reading the pull request\. GitHub does not accept the 'github-token' input \(expired, revoked, mistyped/)
  expect(warning).not.toContain('pull-requests: read')
  expect(printedBesidesMask(result, revoked)).not.toContain(revoked)
  expect(result.summary).not.toContain(revoked)
})

test('GitHub Enterprise Server (GITHUB_API_URL ending /api/v3): the review reads and comments under that path only', async () => {
  suite.gh.pathPrefix = '/api/v3'
  const prepared = preparePullRequest(scenario())
  const result = await review(prepared)
  expect(result.exitCode).toBe(0)
  expect(suite.gh.commentsOn(PR)).toHaveLength(1)
  expect(suite.gh.requests.length).toBeGreaterThan(3)
  expect(suite.gh.requests.every((r) => r.url.startsWith('/api/v3/'))).toBe(true)
})

test('pull_request_target (the checkout is the base branch): the head versions come from GitHub, the comment is written', async () => {
  const prepared = preparePullRequest(scenario())
  const payload = pullRequestEvent({ owner: suite.gh.owner, repo: suite.gh.repo, number: PR, baseSha: prepared.baseSha, headSha: prepared.headSha, fork: true })
  const result = await review(prepared, { event: { name: 'pull_request_target', payload } })
  expect(result.exitCode).toBe(0)
  expect(result.outputs['access-change']).toBe('broadens')
  expect(suite.gh.commentsOn(PR)[0].body).toMatch(/🔴 \*\*Broadens access\*\*/)
})

test("pull_request_target from a fork with a token that may not comment: the warning names the permission to grant, not a fork's read-only token", async () => {
  const prepared = preparePullRequest(scenario())
  const payload = pullRequestEvent({ owner: suite.gh.owner, repo: suite.gh.repo, number: PR, baseSha: prepared.baseSha, headSha: prepared.headSha, fork: true })
  const result = await review(prepared, { token: 'ghs_standInForkReadOnlyToken', event: { name: 'pull_request_target', payload } })
  expect(result.exitCode).toBe(0)
  const warning = warnings(result).find((w) => w.startsWith('Pull-request comment not written'))
  // On pull_request_target the GITHUB_TOKEN is the base repository's, read/write unless the workflow's permissions
  // say otherwise: the fork is not why it was refused.
  expect(warning).toMatch(/^Pull-request comment not written: GitHub answered 403 \([^)]*\)\. The job needs 'permissions: pull-requests: write'/)
  expect(result.summary).toMatch(/🔴 \*\*Broadens access\*\*/)
})

test('a conversation of 1,200 comments with ours among the first: ours is edited, no second is made', async () => {
  const prepared = preparePullRequest(scenario())
  const first = await review(prepared)
  expect(first.outputs['comment-id']).toBeDefined()
  for (let i = 0; i < 1200; i++) suite.gh.addComment(PR, `comment ${i} ${'x'.repeat(500)}`, i % 2 ? OTHER_USER : { ...ACTIONS_BOT })
  const second = await review(prepared)
  expect(second.exitCode).toBe(0)
  expect(second.outputs['comment-id']).toBe(first.outputs['comment-id'])
  expect(suite.gh.commentsOn(PR)).toHaveLength(1201)
})

describe("GitHub's rate limit, spent (403, no request left until a reset 50 minutes away)", () => {
  const spent = (method: string, path: string) => {
    const reset = String(Math.floor(Date.now() / 1000) + 3000)
    suite.gh.fail({ method, path, status: 403, times: 1000, generic: true, message: 'API rate limit exceeded for installation ID 1.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } })
  }

  test.each([
    ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files', /^Pull-request review skipped: reading the pull request met GitHub's rate limit \(403: API rate limit exceeded/],
    ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments', /^Pull-request comment not written: writing the comment met GitHub's rate limit \(403: API rate limit exceeded/]
  ])('on %s %s: the warning says so and names no permission to grant', async (method, path, said) => {
    // It said "The token needs 'pull-requests: read'", or "The job needs 'permissions: pull-requests: write'" and the
    // two-workflow pattern for forks: advice to change permissions that were right.
    const prepared = preparePullRequest(scenario())
    spent(method, path)
    const result = await review(prepared)
    expect(result.exitCode).toBe(0)
    const warning = warnings(result).find((w) => w.startsWith('Pull-request'))
    expect(warning).toMatch(said)
    expect(warning).toContain('No permission is missing')
    expect(warning).not.toMatch(/permissions?:|pull-requests: (read|write)|two-workflow|fork/)
    // The review skipped or not, the verdict is known only for what was read: never unset.
    expect(result.outputs['access-change']).toBe('broadens')
  })

  test("30 files read through the API: no request is sent after GitHub's refusals; one warning says so, the files are named as not reviewed", async () => {
    // Each of the 60 version requests was sent and refused, and each refusal was a warning: the ten a step shows
    // were all "giving up", and the one that says which files are not reviewed was pushed out to the log.
    const base: Record<string, string> = {}
    const head: Record<string, string> = {}
    for (let i = 0; i < 30; i++) {
      base[`iam/f${i}.json`] = policy([allow('s3:GetObject')])
      head[`iam/f${i}.json`] = policy([allow('s3:*')])
    }
    const prepared = preparePullRequest({ local: false, base, head })
    spent('get', '/repos/{owner}/{repo}/contents/{path}')
    const result = await review(prepared, { inputs: { 'fail-on': 'never' } })
    expect(result.exitCode).toBe(0)
    const counts = suite.gh.requestCounts()
    // At most the eight sent at once (four files, two versions each) before the first refusal came back; none
    // after it, the comments' neither.
    expect(counts['GET /repos/{owner}/{repo}/contents/{path}']).toBeLessThanOrEqual(8)
    expect(counts['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']).toBeUndefined()
    const said = warnings(result)
    expect(said.filter((w) => w.startsWith('GitHub rate limit'))).toHaveLength(1)
    expect(said).toContainEqual(expect.stringMatching(/^Pull-request review incomplete: .*rate limit.* the comment names those files as not reviewed\.$/))
    expect(said).toContainEqual(expect.stringMatching(/^Pull-request comment not written: writing the comment met GitHub's rate limit/))
    expect(result.outputs['access-change']).toBe('broadens')
    expect(result.summary).toContain('30 files not reviewed')
  })
})
