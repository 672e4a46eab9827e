// The error of an answer GitHub (or what stands between it and the runner)
// gave but the action cannot use, and how messages name a request. Apart from
// octokit.ts because modules that validate loads at start-up use it
// (pull-request.ts): octokit.ts imports @actions/github, which reads the
// event file when it is loaded (see event-guard.ts).
import { clipText } from '../core/clip-text.js'
import { visibleText } from '../core/visible-text.js'

/**
 * An answer that came (with `status`, a 2xx) but cannot be used: a body that is
 * not JSON (a proxy's or a captive portal's HTML login page), a list that is
 * not a list, pages that loop or lead away from the API. It carries the
 * status so that the review reports it as it reports GitHub failing (a
 * warning; the step's result is validate's), and its message names the
 * request by method and path only: no query, no credentials.
 */
export class GitHubAnswerError extends Error {
  override readonly name = 'GitHubAnswerError'
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

/**
 * A request as the messages name it: its method and the URL's path. Never
 * the query (a `ref`, a page) nor user and password, which a GITHUB_API_URL
 * or a proxy's URL may carry.
 */
export function requestWhere(method: string, url: string): string {
  let path = url.replace(/[?#].*$/s, '')
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(url)) {
    try {
      path = new URL(url).pathname
    } catch {
      path = '(a URL that does not parse)'
    }
  }
  return `${method.toUpperCase()} ${visibleText(clipText(path, 300))}`
}

/** The HTTP status an error carries (Octokit's RequestError, GitHubAnswerError), or undefined. */
export function statusOf(error: unknown): number | undefined {
  if (error !== null && typeof error === 'object' && 'status' in error && typeof error.status === 'number') return error.status
  return undefined
}

/**
 * A request the client did not send: GitHub's rate limit refused an earlier
 * one and asked for a wait longer than the client waits (or its retries ran
 * out), and GitHub asks that no request be made until that wait is over
 * (docs.github.com, "Best practices for using the REST API": requests made
 * while rate limited count, and continuing may get an integration banned).
 * It carries the status of the refusal it follows, so the review reports it
 * as it reports that refusal.
 */
export class GitHubRateLimitError extends Error {
  override readonly name = 'GitHubRateLimitError'
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

/**
 * Whether a failed request was refused by GitHub's rate limit, primary or
 * secondary (403 or 429 with no request left, a Retry-After, or GitHub's words
 * for it): no permission is missing then, and none should be named.
 */
export function isRateLimited(error: unknown): boolean {
  if (error instanceof GitHubRateLimitError) return true
  const status = statusOf(error)
  if (status !== 403 && status !== 429) return false
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers
  if (headers && (headers['x-ratelimit-remaining'] === '0' || (headers['retry-after'] !== undefined && headers['retry-after'] !== ''))) return true
  return /\brate limit/i.test(error instanceof Error ? error.message : '')
}
