// The GitHub edge against the stand-in when GitHub (or what stands between it
// and the runner) answers badly: lists of comments too long to hold, Link
// headers that loop or lead elsewhere, answers that are not JSON, rate limits
// with absurd waits, comments deleted or edited mid-run, GHES paths.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import v8 from 'node:v8'
import vm from 'node:vm'
import { jest } from '@jest/globals'
import { createGitHubClient, failureText, GitHubAnswerError, type GitHubClient } from '../../src/github/octokit.js'
import { fetchFileText, fetchFileVersion, listChangedFiles, resolvePullRequest, statusOf } from '../../src/github/pull-request.js'
import { commentMarker, COMMENT_LIMIT, findStickyComments, tokenIdentity, upsertStickyComment } from '../../src/github/sticky-comment.js'
import { ACTIONS_BOT, GitHubStandIn, OTHER_USER } from '../support/github-stand-in.js'
import { capturingStdout } from '../support/capture-stdout.js'

jest.setTimeout(60_000)

const BASE = '1'.repeat(40)
const HEAD = '2'.repeat(40)
const APP_TOKEN = 'ghs_standInInstallationToken'
const PAT = 'ghp_standInPersonalToken'
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments'
const FILES = '/repos/{owner}/{repo}/pulls/{pull_number}/files'
const LIST_COMMENTS = `GET ${COMMENTS}`
const LIST_FILES = `GET ${FILES}`

let gh: GitHubStandIn
beforeEach(async () => {
  // Each test is a step of its own: the step's count of annotations (GitHub shows ten a level) starts at none.
  const made = (globalThis as Record<symbol, Record<string, number> | undefined>)[Symbol.for('redshift-temp-creds-action.annotations-made')]
  if (made) for (const level of Object.keys(made)) made[level] = 0
  gh = await new GitHubStandIn().start()
  gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files: [{ filename: 'iam/a.json', status: 'added' }] })
})
afterEach(async () => {
  await gh.stop()
  expect(gh.violations).toEqual([])
})

const client = (token = APP_TOKEN, throttle = false) => createGitHubClient(token, { baseUrl: gh.apiUrl, backoffUnitMs: 1, throttle })
const issue = () => ({ owner: gh.owner, repo: gh.repo, number: 7 })
const pull = () => ({ owner: gh.owner, repo: gh.repo, number: 7, baseSha: BASE, headSha: HEAD })
const ours = (text: string, tag = 't') => `${text}\n\n${commentMarker(tag)}\n`
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error
  )

/**
 * GitHub answers 404 for a comment or a pull request that is gone, on endpoints
 * whose OpenAPI description lists no 404: the stand-in records that as a
 * violation, which these tests expect.
 */
function expectUndocumented404(operation: string): void {
  const violation = `${operation} -> 404: status not documented`
  expect(gh.violations.filter((v) => v.startsWith(violation)).length).toBeGreaterThan(0)
  gh.violations.splice(0, gh.violations.length, ...gh.violations.filter((v) => !v.startsWith(violation)))
}

/** A full garbage collection, from a context that has `gc` (the flag set at run time). */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc')
  ;(vm.runInNewContext('gc') as () => void)()
}

/**
 * Counts, when the list's last page arrives, the comment objects of its
 * earlier pages (all but the one before it, which the reader may still be
 * holding while it asks for the next) that are still alive: what the search
 * keeps of the conversation while it reads it.
 */
function retentionProbe(c: GitHubClient, lastPage: number): { alive: () => number | undefined } {
  const pages: Array<Array<WeakRef<object>>> = []
  let alive: number | undefined
  c.hook.after('request', async (response) => {
    if (!Array.isArray(response.data) || !String(response.url).includes('/comments')) return
    pages.push((response.data as object[]).map((item) => new WeakRef(item)))
    if (pages.length !== lastPage) return
    // WeakRefs made or read in this job are kept until it ends: collect in a later one.
    await new Promise((resolve) => setImmediate(resolve))
    collectGarbage()
    await new Promise((resolve) => setImmediate(resolve))
    alive = pages.slice(0, -2).reduce((n, page) => n + page.filter((ref) => ref.deref() !== undefined).length, 0)
  })
  return { alive: () => alive }
}

describe('the sticky comment on a pull request flooded with comments', () => {
  const flood = (count: number, bodyLength: number) => {
    for (let i = 0; i < count; i++) gh.addComment(7, `${'spam '.repeat(bodyLength / 5)}${i}`, OTHER_USER)
  }

  test('the search holds one page at a time, not the whole conversation', async () => {
    // Ours first (the oldest), then 1,000 comments of 2 KB by somebody else: 10 pages and a bit.
    const mine = gh.addComment(7, ours('old review'), ACTIONS_BOT, true)
    flood(1000, 2000)
    const c = client()
    const probe = retentionProbe(c, 11)
    const outcome = await upsertStickyComment(c, issue(), 't', 'new review', { create: true, identity: { kind: 'app' } })
    expect(outcome).toMatchObject({ action: 'updated', id: mine.id })
    expect(gh.requestCounts()[LIST_COMMENTS]).toBe(11)
    // Held all in one array by the paginator, the 900 comments of pages 1-9 were all alive at page 11.
    expect(probe.alive()).toBe(0)
  })

  test('ours the oldest and two newer duplicates on other pages: the oldest is edited, the duplicates deleted, one comment of ours is left', async () => {
    const oldest = gh.addComment(7, ours('first run'), ACTIONS_BOT, true)
    flood(150, 100)
    gh.addComment(7, ours('a run that died before tidying up'), ACTIONS_BOT, true)
    flood(150, 100)
    gh.addComment(7, ours('another'), ACTIONS_BOT, true)
    const outcome = await upsertStickyComment(client(), issue(), 't', 'this run', { create: true, identity: { kind: 'app' } })
    expect(outcome).toMatchObject({ action: 'updated', id: oldest.id })
    const left = gh.commentsOn(7).filter((c) => c.user.id === ACTIONS_BOT.id)
    expect(left.map((c) => [c.id, c.body])).toEqual([[oldest.id, ours('this run')]])
    expect(gh.requestCounts()['DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}']).toBe(2)
  })

  test('after creating, the search for an older comment of another run stops at the first of ours', async () => {
    flood(500, 100)
    const outcome = await upsertStickyComment(client(), issue(), 't', 'first review', { create: true, identity: { kind: 'app' } })
    expect(outcome.action).toBe('created')
    // 5 pages to find none, 1 POST, then 6 pages to reach ours (the last): no page past it is asked for.
    expect(gh.requestCounts()[LIST_COMMENTS]).toBe(11)
  })

  test('past the page budget without ours: no new comment (it could be a second), one clear error', async () => {
    flood(350, 20)
    const error = await rejection(upsertStickyComment(client(), issue(), 't', 'x', { create: true, identity: { kind: 'app' }, maxPages: 3 }))
    expect(error).toBeInstanceOf(GitHubAnswerError)
    expect((error as Error).message).toBe(
      'the review comment is not among the first 300 comments of pull request #7 (3 pages, the most searched) and more are there: no new one is written, so as not to add a second'
    )
    expect(gh.requestCounts()[LIST_COMMENTS]).toBe(3)
    expect(gh.commentsOn(7)).toHaveLength(350)
  })

  test('a server that ignores per_page (10 a page): the error counts the comments read, not pages of 100', async () => {
    flood(40, 20)
    gh.rewriteLink = (_operation, page) => `<${gh.apiUrl}/repos/${gh.owner}/${gh.repo}/issues/7/comments?per_page=100&page=${page + 1}>; rel="next"`
    const error = await rejection(upsertStickyComment(client(), issue(), 't', 'x', { create: true, identity: { kind: 'app' }, maxPages: 3 }))
    // Three pages: the first holds the 40, the next two none (the stand-in slices by per_page); read: 40.
    expect((error as Error).message).toMatch(/^the review comment is not among the first 40 comments of pull request #7 \(3 pages, the most searched\)/)
  })

  test('the search after creating fails (GitHub 500 past the retries): the comment is written, and said to be', async () => {
    let created = false
    const c = client()
    c.hook.after('request', (response) => {
      if (response.status === 201 && !created) {
        created = true
        gh.fail({ method: 'get', path: COMMENTS, status: 500, times: 4, generic: true })
      }
    })
    const outcome = await upsertStickyComment(c, issue(), 't', 'x', { create: true, identity: { kind: 'app' } })
    expect(outcome).toMatchObject({ action: 'created', id: gh.commentsOn(7)[0].id })
  })

  test('past the page budget with ours on the first pages: ours is edited', async () => {
    const mine = gh.addComment(7, ours('old'), ACTIONS_BOT, true)
    flood(350, 20)
    const outcome = await upsertStickyComment(client(), issue(), 't', 'new', { create: true, identity: { kind: 'app' }, maxPages: 3 })
    expect(outcome).toMatchObject({ action: 'updated', id: mine.id })
  })
})

describe('Link headers', () => {
  test('a next link back to page 1 ends the list with an error, not a loop', async () => {
    gh.addComment(7, 'hello', OTHER_USER)
    gh.rewriteLink = (_operation, page) => `<${gh.apiUrl}/repos/${gh.owner}/${gh.repo}/issues/7/comments?per_page=100&page=${page === 1 ? 2 : 1}>; rel="next"`
    const error = await rejection(findStickyComments(client(), issue(), commentMarker('t'), { kind: 'app' }))
    expect((error as Error).message).toBe(`GitHub's answer to GET /repos/${gh.owner}/${gh.repo}/issues/7/comments names a page already read as its next page: the list's pages loop`)
    expect(statusOf(error)).toBe(200)
    expect(gh.requestCounts()[LIST_COMMENTS]).toBe(2)
  })

  test("the paths kept from the list of files have a budget: a list of longer names in all is not read on (the review is skipped, broadens)", async () => {
    // A page may be 128 MiB and every page's paths were kept: 30 pages of one long name after another held 3.75 GiB.
    const long = (i: number) => `iam/${String(i).padStart(3, '0')}${'n'.repeat(88)}.json`
    gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files: Array.from({ length: 250 }, (_, i) => ({ filename: long(i), status: 'added' as const })) })
    // Within the budget: all 250 (100 characters each, 25,000 in all).
    expect((await listChangedFiles(client(), pull(), 25_000)).files).toHaveLength(250)
    gh.resetLog()
    const error = await rejection(listChangedFiles(client(), pull(), 24_999))
    expect((error as Error).message).toBe("GitHub's list of the files of pull request #7 names paths of more than 24,999 characters in all (by file 250): it is not read further")
    // A failure of GitHub's answer (its status), which the review reports as a skipped review, not a crash.
    expect(statusOf(error)).toBe(200)
    // Stopped on the page that passed it: under 10,000 characters, on the first page, and no second page is asked for.
    const early = await rejection(listChangedFiles(client(), pull(), 9_999))
    expect((early as Error).message).toContain('(by file 100)')
    expect(gh.requestCounts()[LIST_FILES]).toBe(4)
  })

  test('a next link to the same page (query in another order) is a loop too', async () => {
    gh.rewriteLink = () => `<${gh.apiUrl}/repos/${gh.owner}/${gh.repo}/pulls/7/files?page=1&per_page=100>; rel="next"`
    await expect(listChangedFiles(client(), pull())).rejects.toThrow(/pages loop/)
    expect(gh.requestCounts()[LIST_FILES]).toBe(1)
  })

  test('a next link to another host is never followed: the token stays here', async () => {
    const seen: Array<string | undefined> = []
    const elsewhere: Server = createServer((req, res) => {
      seen.push(req.headers.authorization)
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]')
    })
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve))
    try {
      const port = (elsewhere.address() as AddressInfo).port
      gh.rewriteLink = () => `<http://127.0.0.1:${port}/repos/${gh.owner}/${gh.repo}/pulls/7/files?page=2>; rel="next"`
      const error = await rejection(listChangedFiles(client(), pull()))
      expect((error as Error).message).toBe(`GitHub's answer to GET /repos/${gh.owner}/${gh.repo}/pulls/7/files names a next page outside ${gh.url}/: it is not followed`)
      expect(seen).toEqual([])
    } finally {
      await new Promise<void>((resolve) => elsewhere.close(() => resolve()))
    }
  })

  test('a redirect (a renamed repository) to another host: followed without the token', async () => {
    const seen: Array<string | undefined> = []
    const elsewhere: Server = createServer((req, res) => {
      seen.push(req.headers.authorization)
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]')
    })
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve))
    try {
      const port = (elsewhere.address() as AddressInfo).port
      gh.fail({ method: 'get', path: FILES, status: 307, generic: true, headers: { location: `http://localhost:${port}/repos/o/r/pulls/7/files` } })
      await listChangedFiles(client(PAT), pull()).catch(() => undefined)
      expect(seen).toEqual([undefined])
    } finally {
      await new Promise<void>((resolve) => elsewhere.close(() => resolve()))
    }
  })

  test('a next link with credentials in it, or one that is no URL, is not followed', async () => {
    gh.rewriteLink = () => `<${gh.url.replace('http://', 'http://user:pw@')}/repos/${gh.owner}/${gh.repo}/pulls/7/files?page=2>; rel="next"`
    await expect(listChangedFiles(client(), pull())).rejects.toThrow(/names a next page outside/)
    gh.rewriteLink = () => '<http://[::1>; rel="next"'
    await expect(listChangedFiles(client(), pull())).rejects.toThrow(/names a next page that is not a URL/)
  })

  test('a Link header of garbage, or none on a full page, ends the list where it is', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({ filename: `iam/p${i}.json`, status: 'added' as const }))
    gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files })
    gh.rewriteLink = () => 'rel="next"; <<>>, garbage'
    expect((await listChangedFiles(client(), pull())).files).toHaveLength(100)
    gh.rewriteLink = () => undefined
    expect((await listChangedFiles(client(), pull())).files).toHaveLength(100)
  })

  test('next links that never end: no more pages than 3,000 files fill, and the list is said to be capped', async () => {
    gh.rewriteLink = (_operation, page) => `<${gh.apiUrl}/repos/${gh.owner}/${gh.repo}/pulls/7/files?per_page=100&page=${page + 1}>; rel="next"`
    const listed = await listChangedFiles(client(), pull())
    expect(listed.capped).toBe(true)
    expect(gh.requestCounts()[LIST_FILES]).toBe(30)
  })
})

describe('answers that are not JSON (a proxy, a captive portal)', () => {
  const loginPage = '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="/login">…</form></body></html>'

  test('a 200 HTML page for the pull request: one error naming the request and the content type, no TypeError', async () => {
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}', status: 200, generic: true, body: loginPage })
    const error = await rejection(resolvePullRequest(client(), { owner: gh.owner, repo: gh.repo }, { number: 7 }))
    expect(error).toBeInstanceOf(GitHubAnswerError)
    expect((error as Error).message).toBe(
      `GitHub's answer to GET /repos/${gh.owner}/${gh.repo}/pulls/7 (status 200, content-type text/html; charset=utf-8) is not JSON: ` +
        "a proxy or a login page answered instead of the API? Check GITHUB_API_URL and the runner's proxy settings (HTTPS_PROXY, NO_PROXY)"
    )
    expect(failureText(error)).toBe((error as Error).message)
    // Not retried: a login page does not go away.
    expect(gh.requests).toHaveLength(1)
  })

  test('JSON named as such but cut off or not JSON, and no content type at all', async () => {
    gh.fail({ method: 'get', path: FILES, status: 200, generic: true, body: '[{"filename": "iam/a.json", ', contentType: 'application/json' })
    await expect(listChangedFiles(client(), pull())).rejects.toThrow(/ \(status 200, content-type application\/json\) is not JSON: /)
    gh.fail({ method: 'get', path: FILES, status: 200, generic: true, body: 'hello', contentType: '' })
    await expect(listChangedFiles(client(), pull())).rejects.toThrow(/ \(status 200, content-type none\) is not JSON: /)
  })

  test('a JSON object where a list was asked for', async () => {
    gh.fail({ method: 'get', path: COMMENTS, status: 200, generic: true, body: '{"message":"ok"}', contentType: 'application/json' })
    await expect(findStickyComments(client(), issue(), commentMarker('t'), { kind: 'app' })).rejects.toThrow(`GitHub's answer to GET /repos/${gh.owner}/${gh.repo}/issues/7/comments is not a list`)
  })

  test("an HTML page for a file's raw content is not taken for the file", async () => {
    gh.setFile(HEAD, 'iam/a.json', '{}')
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/contents/{path}', status: 200, generic: true, body: loginPage })
    await expect(fetchFileText(client(), { owner: gh.owner, repo: gh.repo }, 'iam/a.json', HEAD)).rejects.toThrow(/content-type text\/html; charset=utf-8\) is not the file's content/)
  })

  test("JSON where a file's raw content was asked for: a failure with the status, which the review reports (it ended the step)", async () => {
    gh.setFile(HEAD, 'iam/a.json', '{}')
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/contents/{path}', status: 200, generic: true, body: '{"message":"ok"}', contentType: 'application/json' })
    const error = await rejection(fetchFileText(client(), { owner: gh.owner, repo: gh.repo }, 'iam/a.json', HEAD))
    expect(statusOf(error)).toBe(200)
    expect((error as Error).message).toBe(`GitHub's answer to GET /repos/${gh.owner}/${gh.repo}/contents/iam%2Fa.json is JSON, not the file's raw content`)
  })

  test('a content type of 5,000 characters is quoted clipped', async () => {
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}', status: 200, generic: true, body: 'x', contentType: `text/x-${'a'.repeat(5000)}` })
    const error = (await rejection(resolvePullRequest(client(), { owner: gh.owner, repo: gh.repo }, { number: 7 }))) as Error
    expect(error.message.length).toBeLessThan(600)
    expect(error.message).toContain('… [4,907 more characters]')
  })

  test('the token is in none of these messages', async () => {
    gh.fail({ method: 'get', path: FILES, status: 200, generic: true, body: loginPage })
    const error = await rejection(listChangedFiles(client(PAT), pull()))
    expect(JSON.stringify({ message: (error as Error).message, stack: (error as Error).stack, ...(error as object) })).not.toContain(PAT)
  })
})

describe('answers without end', () => {
  const endless = async (headers: Record<string, string>, fn: (url: string, requests: () => number, sent: () => number) => Promise<void>) => {
    let requests = 0
    let sent = 0
    const server: Server = createServer((_req, res) => {
      requests++
      res.writeHead(200, headers)
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      const more = () => {
        while ((sent += chunk.length) && res.write(chunk)) if (res.destroyed) return
        res.once('drain', more)
      }
      res.on('error', () => undefined)
      more()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, () => requests, () => sent)
    } finally {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }

  test('a body that never ends is given up past the answer limit, once (not retried), with the request named', async () => {
    await endless({ 'content-type': 'application/json' }, async (url, requests, sent) => {
      const c = createGitHubClient(APP_TOKEN, { baseUrl: url, backoffUnitMs: 1, throttle: false, maxAnswerBytes: 4 * 1024 * 1024 })
      const error = await rejection(resolvePullRequest(c, { owner: 'o', repo: 'r' }, { number: 7 }))
      expect(statusOf(error)).toBe(500)
      expect(failureText(error)).toBe("GitHub's answer to GET /repos/o/r/pulls/7 is over 4 MiB: it was not read further")
      expect(requests()).toBe(1)
      // Given up past the limit, counted in what the server could send rather than timed (the machine is shared): the
      // 4 MiB read and what the sockets' buffers hold, far short of the 128 MiB default limit.
      expect(sent()).toBeLessThan(32 * 1024 * 1024)
    })
  })

  test('a Content-Length over the limit is refused before the body is read', async () => {
    await endless({ 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024 * 1024) }, async (url) => {
      const c = createGitHubClient(APP_TOKEN, { baseUrl: url, backoffUnitMs: 1, throttle: false })
      const error = await rejection(resolvePullRequest(c, { owner: 'o', repo: 'r' }, { number: 7 }))
      expect(failureText(error)).toBe("GitHub's answer to GET /repos/o/r/pulls/7 is over 128 MiB: it was not read further")
    })
  })
})

describe('rate limits and 5xx', () => {
  test('429 with a Retry-After of 10^9 s is not waited for, nor tried again: one warning, then the failure', async () => {
    const headers = { 'retry-after': '1000000000' }
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}', status: 429, generic: true, message: 'You have exceeded a secondary rate limit.', headers })
    const { value: error, printed } = await capturingStdout(() => rejection(resolvePullRequest(client(APP_TOKEN, true), { owner: gh.owner, repo: gh.repo }, { number: 7 })))
    expect(statusOf(error)).toBe(429)
    // Not waited for: a wait of 10^9 s would never end (the test's own time limit fails it), and no request follows;
    // no wall-clock bound here (the machine is shared).
    // The retry plugin tried a 429 again after 1, 4 and 9 units whatever its Retry-After said.
    expect(gh.requests).toHaveLength(1)
    expect(printed).toEqual([`::warning::GitHub secondary rate limit for GET /repos/{owner}/{repo}/pulls/{pull_number}: giving up; no more requests are sent until it resets (in 1000000000 s).`])
  })

  test('a 429 of a proxy (no word of a rate limit) with a Retry-After past the longest wait is not hammered: no retry, one warning', async () => {
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}', status: 429, generic: true, message: 'Too Many Requests', headers: { 'retry-after': '100000' } })
    const { value: error, printed } = await capturingStdout(() => rejection(resolvePullRequest(client(APP_TOKEN, true), { owner: gh.owner, repo: gh.repo }, { number: 7 })))
    expect(statusOf(error)).toBe(429)
    expect(gh.requests).toHaveLength(1)
    expect(printed).toEqual([
      '::warning::GitHub or a proxy before it answered 429 (too many requests) for GET /repos/{owner}/{repo}/pulls/{pull_number}: giving up; no more requests are sent until it resets (in 100000 s).'
    ])
  })

  // GitHub: "If the retry-after response header is present, you should not retry your request until after that many
  // seconds has elapsed. Otherwise, wait for at least one minute" (Best practices for using the REST API). Neither
  // plugin tried a 429 without GitHub's words or headers again: the review was skipped on a proxy's passing limit.
  test.each([
    ['a Retry-After of 2 s', { 'retry-after': '2' }, 2],
    ['no Retry-After (a minute)', {} as Record<string, string>, 60]
  ])('a 429 of a proxy (no word of a rate limit) with %s is waited out and tried again', async (_name, headers, seconds) => {
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}', status: 429, times: 2, generic: true, message: 'Too Many Requests', headers })
    const { value: pr, printed } = await capturingStdout(() => resolvePullRequest(client(APP_TOKEN, true), { owner: gh.owner, repo: gh.repo }, { number: 7 }))
    expect(pr.headSha).toBe(HEAD)
    expect(gh.requests.map((r) => r.status)).toEqual([429, 429, 200])
    expect(printed).toEqual([1, 2].map((n) => `::warning::GitHub or a proxy before it answered 429 (too many requests) for GET /repos/{owner}/{repo}/pulls/{pull_number}: retrying after ${seconds} s (retry ${n} of 3).`))
  })

  test('a 429 of a proxy that never lets up is tried as often as a rate limit is (3 retries), then fails with its status', async () => {
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}', status: 429, times: 100, generic: true, message: 'Too Many Requests', headers: { 'retry-after': '1' } })
    const { value: error, printed } = await capturingStdout(() => rejection(resolvePullRequest(client(APP_TOKEN, true), { owner: gh.owner, repo: gh.repo }, { number: 7 })))
    expect(statusOf(error)).toBe(429)
    expect(gh.requests).toHaveLength(4)
    expect(printed.at(-1)).toMatch(/giving up; no more requests are sent until it resets \(in 1 s\)\.$/)
  })

  test('rate-limit waits end at 300 s in all, over every request: a limit that keeps refusing is not waited out three times a request', async () => {
    // Each request waited up to three times 120 s, one after the other: a review's dozens of requests held the step
    // for the job's timeout. 110 s a wait: the third would make 330 s.
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}', status: 429, times: 100, generic: true, message: 'Too Many Requests', headers: { 'retry-after': '110' } })
    const c = client(APP_TOKEN, true)
    const { value: error, printed } = await capturingStdout(() => rejection(resolvePullRequest(c, { owner: gh.owner, repo: gh.repo }, { number: 7 })))
    expect(statusOf(error)).toBe(429)
    expect(gh.requests).toHaveLength(3)
    expect(printed).toEqual([
      '::warning::GitHub or a proxy before it answered 429 (too many requests) for GET /repos/{owner}/{repo}/pulls/{pull_number}: retrying after 110 s (retry 1 of 3).',
      '::warning::GitHub or a proxy before it answered 429 (too many requests) for GET /repos/{owner}/{repo}/pulls/{pull_number}: retrying after 110 s (retry 2 of 3).',
      '::warning::GitHub or a proxy before it answered 429 (too many requests) for GET /repos/{owner}/{repo}/pulls/{pull_number}: giving up; no more requests are sent until it resets (in 110 s): the run has waited 220 s for rate limits already, and waits 300 s at most.'
    ])
  })

  test('a primary rate limit that resets in 10^9 s (past 2038) is not waited for, nor tried again at once', async () => {
    // The throttling plugin reads x-ratelimit-reset through a 32-bit integer: this reset read as "0 s from now".
    const reset = String(Math.floor(Date.now() / 1000) + 1_000_000_000)
    gh.fail({ method: 'get', path: FILES, status: 403, generic: true, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } })
    const { value: error, printed } = await capturingStdout(() => rejection(listChangedFiles(client(APP_TOKEN, true), pull())))
    expect(statusOf(error)).toBe(403)
    expect(gh.requests).toHaveLength(1)
    expect(printed).toEqual([expect.stringMatching(new RegExp(`^::warning::GitHub rate limit for GET /repos/${gh.owner}/${gh.repo}/pulls/7/files: giving up; no more requests are sent until it resets \\(in 100000000[012] s\\)\\.$`))])
  })

  test('past a rate limit it gave up on, the client sends no more requests until it resets: they fail at once with the refusal\'s status, and one warning is said', async () => {
    // GitHub: "If the x-ratelimit-remaining header is 0, you should not make another request until after the time
    // specified by the x-ratelimit-reset header". Each later request was sent, refused and warned about in turn.
    const reset = String(Math.floor(Date.now() / 1000) + 3000)
    gh.fail({ method: 'get', path: FILES, status: 403, times: 100, generic: true, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } })
    gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}', status: 403, times: 100, generic: true, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } })
    const c = client(APP_TOKEN, true)
    const { value: errors, printed } = await capturingStdout(async () => [
      await rejection(listChangedFiles(c, pull())),
      await rejection(listChangedFiles(c, pull())),
      await rejection(resolvePullRequest(c, { owner: gh.owner, repo: gh.repo }, { number: 7 }))
    ])
    expect(gh.requests).toHaveLength(1)
    expect(errors.map(statusOf)).toEqual([403, 403, 403])
    expect(failureText(errors[2])).toMatch(/^GitHub's rate limit refused an earlier request and asked to wait \d+ s more: GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\} was not sent$/)
    expect(printed).toHaveLength(1)
    expect(printed[0]).toMatch(/^::warning::GitHub rate limit for GET .*: giving up; no more requests are sent until it resets \(in \d+ s\)\.$/)
  })

  test('while one request waits out a secondary rate limit, the others wait too rather than be refused in turn', async () => {
    // The stand-in checks its first answer of an operation against a schema it compiles then: done here, not timed.
    await resolvePullRequest(client(), { owner: gh.owner, repo: gh.repo }, { number: 7 })
    gh.resetLog()
    gh.fail({ method: 'get', path: FILES, status: 403, generic: true, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '1' } })
    // One "second" of back-off is 400 ms here.
    const c = createGitHubClient(APP_TOKEN, { baseUrl: gh.apiUrl, backoffUnitMs: 400, throttle: true })
    const { value: held } = await capturingStdout(async () => {
      // The client's warning that it waits is said once the wait is set: the next request is made after it.
      let waiting = false
      const capture = process.stdout.write
      process.stdout.write = ((chunk: string) => {
        if (String(chunk).includes('retrying after')) waiting = true
        return capture.call(process.stdout, chunk)
      }) as typeof process.stdout.write
      try {
        const listing = listChangedFiles(c, pull())
        while (!waiting) await new Promise((resolve) => setTimeout(resolve, 2))
        const started = Date.now()
        await resolvePullRequest(c, { owner: gh.owner, repo: gh.repo }, { number: 7 })
        const took = Date.now() - started
        await listing
        return took
      } finally {
        process.stdout.write = capture
      }
    })
    // Sent at once before (a few ms); held now for what is left of the 400 ms wait.
    expect(held).toBeGreaterThanOrEqual(200)
    // Held, not refused: three requests in all (their order after the wait is the scheduler's).
    expect(gh.requests.map((r) => r.status).sort()).toEqual([200, 200, 403])
  })

  test('a secondary rate limit on writing the comment is waited out, and one comment is written', async () => {
    gh.fail({ method: 'post', path: COMMENTS, status: 403, generic: true, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '1' } })
    const { value: outcome, printed } = await capturingStdout(() => upsertStickyComment(client(APP_TOKEN, true), issue(), 't', 'x', { create: true, identity: { kind: 'app' } }))
    expect(outcome.action).toBe('created')
    expect(gh.commentsOn(7)).toHaveLength(1)
    expect(printed).toEqual(['::warning::GitHub secondary rate limit for POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying after 1 s (retry 1 of 3).'])
  })

  test('a 502 on the second page of comments is tried again; the list is read whole', async () => {
    const mine = gh.addComment(7, ours('old'), ACTIONS_BOT, true)
    for (let i = 0; i < 150; i++) gh.addComment(7, `c${i}`, OTHER_USER)
    gh.addComment(7, ours('dup'), ACTIONS_BOT, true)
    let calls = 0
    gh.rewriteLink = (_op, _page, link) => {
      calls++
      // The second page's request fails once (a fault on the next matching request).
      if (calls === 1) gh.fail({ method: 'get', path: COMMENTS, status: 502, generic: true })
      return link
    }
    const found = await findStickyComments(client(), issue(), commentMarker('t'), { kind: 'app' })
    expect(found).toMatchObject({ oldest: { id: mine.id }, complete: true })
    expect(found.newer).toHaveLength(1)
    expect(gh.requests.map((r) => r.status)).toEqual([200, 502, 200])
  })

  test('5xx past the retries: the failure has the status and says it', async () => {
    gh.fail({ method: 'get', path: FILES, status: 503, times: 4 })
    const error = await rejection(listChangedFiles(client(), pull()))
    expect(statusOf(error)).toBe(503)
    expect(failureText(error)).toMatch(/^GitHub answered 503/)
    expect(gh.requests).toHaveLength(4)
  })
})

describe('the comment changes under the run', () => {
  test('deleted between the search and the edit (404): the review is written as a new comment', async () => {
    const mine = gh.addComment(7, ours('old'), ACTIONS_BOT, true)
    const outcome = await upsertStickyComment(client(), issue(), 't', 'new', {
      create: true,
      identity: { kind: 'app' },
      keepExisting: async () => {
        gh.comments.splice(gh.comments.indexOf(mine), 1)
        return undefined
      }
    })
    expect(outcome.action).toBe('created')
    expect(gh.commentsOn(7).map((c) => c.body)).toEqual([ours('new')])
    expectUndocumented404('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}')
  })

  test('deleted mid-run on a closed pull request (no new comment may be made): nothing is written, no error', async () => {
    const mine = gh.addComment(7, ours('old'), ACTIONS_BOT, true)
    const outcome = await upsertStickyComment(client(), issue(), 't', 'new', {
      create: false,
      identity: { kind: 'app' },
      keepExisting: async () => {
        gh.comments.splice(gh.comments.indexOf(mine), 1)
        return undefined
      }
    })
    expect(outcome).toEqual({ action: 'none' })
    expect(gh.commentsOn(7)).toHaveLength(0)
    expectUndocumented404('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}')
  })

  test('edited by a maintainer above the marker: still ours, brought up to date', async () => {
    const mine = gh.addComment(7, ours('old'), ACTIONS_BOT, true)
    mine.body = `EDITED BY A MAINTAINER\n${mine.body}`
    expect((await upsertStickyComment(client(), issue(), 't', 'new', { create: true, identity: { kind: 'app' } })).action).toBe('updated')
    expect(gh.commentsOn(7).map((c) => c.body)).toEqual([ours('new')])
  })

  test('edited by a maintainer who removed the marker: no longer ours, left as it is; a new one is written', async () => {
    const mine = gh.addComment(7, ours('old'), ACTIONS_BOT, true)
    mine.body = 'a maintainer took the marker out'
    expect((await upsertStickyComment(client(), issue(), 't', 'new', { create: true, identity: { kind: 'app' } })).action).toBe('created')
    expect(gh.commentsOn(7).map((c) => c.body)).toEqual(['a maintainer took the marker out', ours('new')])
  })

  test('the pull request deleted (404) mid-run: the failure has the status the review reports', async () => {
    gh.pulls.delete(7)
    expect(statusOf(await rejection(listChangedFiles(client(), pull())))).toBe(404)
    expectUndocumented404(LIST_FILES)
  })
})

describe('limits and names', () => {
  test('a body that makes a comment of exactly 65,536 characters is written; one more character is refused before GitHub', async () => {
    const marker = commentMarker('t')
    const body = 'x'.repeat(COMMENT_LIMIT - marker.length - 3)
    const outcome = await upsertStickyComment(client(), issue(), 't', body, { create: true, identity: { kind: 'app' } })
    expect(outcome.action).toBe('created')
    expect(gh.commentsOn(7)[0].body).toHaveLength(COMMENT_LIMIT)
    gh.resetLog()
    await expect(upsertStickyComment(client(), issue(), 't', `${body}y`, { create: true, identity: { kind: 'app' } })).rejects.toThrow(/under 65536/)
    expect(gh.requests).toHaveLength(0)
  })

  test.each([
    ['iam/políticas/rôle-ü.json'],
    ['iam/日本語/ポリシー.json'],
    ['iam/emoji-🔐.json'],
    ['iam/a#b?c%20d&e=f.json'],
    ['iam/sp ace/+plus.json']
  ])('a file named %s is read at its own path', async (name) => {
    gh.setFile(HEAD, name, '{"Version":"2012-10-17"}')
    const repo = { owner: gh.owner, repo: gh.repo }
    expect(await fetchFileText(client(), repo, name, HEAD)).toBe('{"Version":"2012-10-17"}')
    expect(await fetchFileVersion(client(), repo, name, HEAD, 1_000_000)).toMatchObject({ kind: 'text', text: '{"Version":"2012-10-17"}' })
  })

  test('GitHub Enterprise Server: every request and every page stays under /api/v3', async () => {
    gh.pathPrefix = '/api/v3'
    const files = Array.from({ length: 150 }, (_, i) => ({ filename: `iam/p${i}.json`, status: 'added' as const }))
    gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files })
    for (let i = 0; i < 120; i++) gh.addComment(7, `c${i}`, OTHER_USER)
    const c = createGitHubClient(APP_TOKEN, { baseUrl: `${gh.url}/api/v3/`, backoffUnitMs: 1, throttle: false })
    expect((await listChangedFiles(c, pull())).files).toHaveLength(150)
    expect((await upsertStickyComment(c, issue(), 't', 'x', { create: true, identity: await tokenIdentity(c, APP_TOKEN) })).action).toBe('created')
    expect(gh.requests.every((r) => r.url.startsWith('/api/v3/'))).toBe(true)
  })
})

// GitHub lists a pull request's files as they are when each page is asked for: a push between two pages can shift
// the list (a file seen twice, another never), and nothing in the answer says so. The head is asked for again after
// a list of more than one page; when it is not the one the review began with, the list is read once more.
describe('a push while the list of files is read', () => {
  const GET_PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}'
  const NEW_HEAD = '3'.repeat(40)
  const NEWER_HEAD = '4'.repeat(40)
  const named = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => ({ filename: `iam/${prefix}${String(i).padStart(3, '0')}.json`, status: 'added' as const }))

  test('one page: no more requests than the page', async () => {
    const listed = await listChangedFiles(client(), pull())
    expect(listed.files).toHaveLength(1)
    expect(gh.requestCounts()[GET_PULL]).toBeUndefined()
  })

  test('several pages and a head that did not move: the head is asked for once, the list kept', async () => {
    gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files: named('a', 150) })
    const listed = await listChangedFiles(client(), pull())
    expect(listed.files).toHaveLength(150)
    expect(listed.headMoved).toBeUndefined()
    expect(gh.requestCounts()[GET_PULL]).toBe(1)
    expect(gh.requestCounts()[LIST_FILES]).toBe(2)
  })

  test('a push between two pages: the list is read again, whole, and the new head named', async () => {
    gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files: named('a', 150) })
    let pushed = false
    gh.rewriteLink = (operation, page, link) => {
      // After the first page is answered: a push renames the files before it (b000...), shifting the pages.
      if (operation === LIST_FILES && page === 1 && !pushed) {
        pushed = true
        gh.addPull({ number: 7, baseSha: BASE, headSha: NEW_HEAD, files: [...named('0', 20), ...named('a', 150)] })
      }
      return link
    }
    const listed = await listChangedFiles(client(), pull())
    // Read once, the two pages held a000..a099 and then a080..a149: 20 files twice, 20 new ones never.
    expect(new Set(listed.files.map((f) => f.path)).size).toBe(170)
    expect(listed.files).toHaveLength(170)
    expect(listed.headMoved).toBe(NEW_HEAD)
    expect(gh.requestCounts()[LIST_FILES]).toBe(4)
    expect(gh.requestCounts()[GET_PULL]).toBe(2)
  })

  test('a head that moves again while the list is read again: not read a third time, an error of the answer', async () => {
    gh.addPull({ number: 7, baseSha: BASE, headSha: HEAD, files: named('a', 150) })
    let pushes = 0
    gh.rewriteLink = (operation, page, link) => {
      if (operation === LIST_FILES && page === 1) {
        pushes++
        gh.addPull({ number: 7, baseSha: BASE, headSha: pushes === 1 ? NEW_HEAD : NEWER_HEAD, files: named(String(pushes), 150) })
      }
      return link
    }
    const error = await rejection(listChangedFiles(client(), pull()))
    expect((error as Error).message).toBe(
      `The head of pull request #7 moved while its files were listed (${HEAD}, then ${NEW_HEAD}, then ${NEWER_HEAD}): the list is not settled`
    )
    expect(statusOf(error)).toBe(200)
    expect(gh.requestCounts()[LIST_FILES]).toBe(4)
  })
})
