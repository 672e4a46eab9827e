// A GitHub that does not answer, or answers only in part, against the real
// Octokit (retry and throttling plugins included): every request has a time
// limit over its headers and its whole body, a request that ran out of time is
// tried once more, not three times, and a body cut off by a reset connection
// fails the request instead of reading as an empty answer. Every stall below
// used to hold the request for 300 s (undici's headers timeout, then the
// retries) or for ever (a body that keeps coming a byte at a time).
import { jest } from '@jest/globals'
import { createGitHubClient, fetchWithin, GitHubTimeoutError, isTimeout, REQUEST_TIMEOUT_MS } from '../../src/github/octokit.js'
import { listChangedFiles, resolvePullRequest, statusOf } from '../../src/github/pull-request.js'
import { commentMarker, findStickyComments, upsertStickyComment } from '../../src/github/sticky-comment.js'
import { GitHubStandIn } from '../support/github-stand-in.js'

const BASE = '1'.repeat(40)
const HEAD = '2'.repeat(40)
const APP_TOKEN = 'ghs_standInInstallationToken'
const FILES = '/repos/{owner}/{repo}/pulls/{pull_number}/files'
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments'
// Long enough that a request the stand-in answers (its answers are checked against GitHub's OpenAPI
// description) is answered inside it on a loaded machine: the stalls, not the load, must run out of time.
const LIMIT_MS = 2_000

jest.setTimeout(30_000)

let gh: GitHubStandIn
beforeEach(async () => {
  gh = await new GitHubStandIn().start()
  gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files: [{ filename: 'iam/a.json', status: 'added' }] })
})
afterEach(async () => {
  await gh.stop()
  expect(gh.violations).toEqual([])
})

const client = (throttle = false) => createGitHubClient(APP_TOKEN, { baseUrl: gh.url, backoffUnitMs: 1, throttle, requestTimeoutMs: LIMIT_MS })
const pull = () => ({ owner: gh.owner, repo: gh.repo, number: 7, baseSha: BASE, headSha: HEAD })
const issue = () => ({ owner: gh.owner, repo: gh.repo, number: 7 })

/** The rejection of `promise` and how long it took to come. */
async function failure(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now()
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  return { error, ms: Date.now() - started }
}

test('the limit is 30 s a request by default', () => {
  expect(REQUEST_TIMEOUT_MS).toBe(30_000)
})

test.each([
  ['accepts the request and never answers', 'silent'],
  ['sends the headers, then a byte of body now and then, never the end', 'dribble']
] as const)('a GitHub that %s: the request fails after its limit and one more try, as a 5xx does', async (_what, mode) => {
  gh.stall({ method: 'get', path: FILES, mode })
  const { error, ms } = await failure(listChangedFiles(client(true), pull()))
  // The review reports a failure that has a status (permission.ts, review.ts); one without a status ends the step.
  expect(statusOf(error)).toBe(500)
  expect(isTimeout(error)).toBe(true)
  expect((error as Error).message).toBe(`GitHub did not answer GET ${gh.url}/repos/${gh.owner}/${gh.repo}/pulls/7/files?per_page=100 within ${LIMIT_MS / 1000} s`)
  // Tried twice: the retry plugin's three retries of a 5xx would cost the limit four times.
  expect(gh.requests.map((r) => r.operation)).toEqual([`GET ${FILES}`, `GET ${FILES}`])
  // Each try waited at least its limit: a lower bound, which load only makes easier to meet. No upper bound (the
  // machine is shared): how many tries there were is counted above, not timed.
  expect(ms).toBeGreaterThanOrEqual(2 * LIMIT_MS)
})

test('a request that ran out of time once is answered on its second try', async () => {
  gh.stall({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}', mode: 'silent', times: 1 })
  const pr = await resolvePullRequest(client(), { owner: gh.owner, repo: gh.repo }, { number: 7 })
  expect(pr).toMatchObject({ number: 7, headSha: HEAD })
  expect(gh.requests).toHaveLength(2)
})

test("a page of changed files cut off by a reset connection is read again, not taken for a page of none", async () => {
  // Octokit reads a body that fails half-way as '' and the paginator as an empty page: 100 changed files went
  // unreviewed without a word (and a pull request whose one page was cut "changed no IAM file").
  const files = Array.from({ length: 250 }, (_, i) => ({ filename: `iam/p${i}.json`, status: 'added' as const }))
  gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files })
  gh.stall({ method: 'get', path: FILES, mode: 'cut', times: 1 })
  const listed = await listChangedFiles(client(), pull())
  expect(listed.files).toHaveLength(250)
  expect(gh.requests.filter((r) => r.operation === `GET ${FILES}`)).toHaveLength(4)
})

test('a list of comments cut off by a reset connection is read again, not taken for no comments: the comment is edited, none is made and deleted', async () => {
  const identity = { kind: 'app' } as const
  const first = await upsertStickyComment(client(), issue(), 't', 'first', { create: true, identity })
  expect(first.action).toBe('created')
  gh.stall({ method: 'get', path: COMMENTS, mode: 'cut', times: 1 })
  gh.resetLog()
  const second = await upsertStickyComment(client(), issue(), 't', 'second', { create: true, identity })
  expect(second).toMatchObject({ action: 'updated', id: first.id })
  expect(gh.commentsOn(7).map((c) => c.body)).toEqual([`second\n\n${commentMarker('t')}\n`])
  // Read as no comment, a second one was created (a notification to everyone on the pull request), then deleted.
  expect(gh.requests.map((r) => r.operation)).toEqual([`GET ${COMMENTS}`, `GET ${COMMENTS}`, 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'])
})

test('a comment GitHub made without its answer arriving: the retry makes a second, which goes, and one comment is left', async () => {
  gh.stall({ method: 'post', path: COMMENTS, mode: 'lost', times: 1 })
  const outcome = await upsertStickyComment(client(), issue(), 't', 'ours', { create: true, identity: { kind: 'app' } })
  const left = gh.commentsOn(7)
  expect(left.map((c) => c.body)).toEqual([`ours\n\n${commentMarker('t')}\n`])
  expect(outcome).toMatchObject({ action: 'updated', id: left[0].id })
  expect(gh.requestCounts()[`POST ${COMMENTS}`]).toBe(2)
  expect(gh.requestCounts()['DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}']).toBe(1)
})

test('a list of comments that stalls every time fails the upsert with a status, and nothing is created', async () => {
  gh.stall({ method: 'get', path: COMMENTS, mode: 'dribble' })
  const { error } = await failure(findStickyComments(client(), issue(), commentMarker('t'), { kind: 'app' }))
  expect(statusOf(error)).toBe(500)
  expect(isTimeout(error)).toBe(true)
  expect(gh.comments).toHaveLength(0)
})

describe('fetchWithin', () => {
  it('passes a whole answer through: status, headers, body, url', async () => {
    const inner = async () => new Response('{"a":1}', { status: 201, headers: { 'content-type': 'application/json', link: '<x>; rel="next"' } })
    const response = await fetchWithin(inner, 1_000)('https://api.example/x', { method: 'POST' })
    expect(response.status).toBe(201)
    expect(response.headers.get('link')).toBe('<x>; rel="next"')
    expect(await response.json()).toEqual({ a: 1 })
    expect(await fetchWithin(async () => new Response(null, { status: 204 }), 1_000)('u', {}).then((r) => r.status)).toBe(204)
  })

  it('one limit covers the headers and the body together: headers at 600 ms of 1,000, then a body that never ends, fail at 1,000 ms', async () => {
    // On jest's clock, not the machine's: the end-to-end stalls above can only bound time from below on a shared
    // machine; here the limit's being one for the whole answer (not one for the headers and another for the body) is exact.
    jest.useFakeTimers()
    try {
      const late = () =>
        new Promise<Response>((resolve) => setTimeout(() => resolve(new Response(new ReadableStream<Uint8Array>({ start() {} }), { status: 200 })), 600))
      let settled: unknown
      fetchWithin(late, 1_000)('https://api.example/slow', { method: 'GET' }).then(
        () => (settled = 'answered'),
        (e: unknown) => (settled = e)
      )
      await jest.advanceTimersByTimeAsync(999)
      expect(settled).toBeUndefined()
      await jest.advanceTimersByTimeAsync(1)
      expect(settled).toBeInstanceOf(GitHubTimeoutError)
    } finally {
      jest.useRealTimers()
    }
  })

  it('ends a fetch that ignores its signal, and aborts the signal it was given', async () => {
    let signal: AbortSignal | undefined
    const never = (_url: string, init: RequestInit) => {
      signal = init.signal ?? undefined
      return new Promise<Response>(() => undefined)
    }
    const { error } = await failure(fetchWithin(never, 50)('https://api.example/slow', { method: 'GET' }))
    expect(error).toBeInstanceOf(GitHubTimeoutError)
    expect(signal?.aborted).toBe(true)
  })
})
