// A list GitHub gives page by page (a pull request's files, its comments),
// read one page at a time and handed to the caller, which keeps what it needs
// of it: the pages are never gathered (a pull request flooded with thousands
// of 65 KB comments held them all in memory at once). Octokit's paginator
// follows whatever its `rel="next"` link says; here the link must lead to a
// page of this API not read before, and no more than a budget of pages is
// read: a Link header that loops back to page 1 read for ever, and one to
// another host sent it the token.
import { GitHubAnswerError, requestWhere } from './answer-error.js'
import type { GitHubClient } from './octokit.js'

/** How reading a list ended. */
export type PagesEnd =
  /** The last page was read (no next link). */
  | 'complete'
  /** The caller stopped: it had what it needed. */
  | 'stopped'
  /** Pages were left when the budget ran out. */
  | 'over-budget'

export interface PageRequest {
  /** An Octokit route, e.g. 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'. */
  route: string
  parameters: Record<string, unknown>
  /** How many pages may be read at most. */
  maxPages: number
}

/**
 * Reads the list page by page, calling `onPage` with each page's items; it
 * returns true to stop. An answer that is not a list, or a next link that
 * leads away from the API or back to a page already read, fails with a
 * GitHubAnswerError (the list cannot be known whole).
 */
export async function readPages<T>(client: GitHubClient, request: PageRequest, onPage: (items: T[]) => boolean | void): Promise<PagesEnd> {
  const api = new URL(`${client.request.endpoint.DEFAULTS.baseUrl.replace(/\/+$/, '')}/`)
  const seen = new Set<string>()
  // Expanded first, as Octokit's paginator does: the request (and a rate-limit warning) names the page's own path.
  const first = client.request.endpoint(request.route, request.parameters)
  let response = await client.request({ method: first.method, url: first.url, headers: first.headers })
  for (let page = 1; ; page++) {
    const where = requestWhere('GET', response.url)
    if (!Array.isArray(response.data)) throw new GitHubAnswerError(`GitHub's answer to ${where} is not a list`, response.status)
    seen.add(pageKey(response.url))
    if (onPage(response.data as T[]) === true) return 'stopped'
    const next = nextLink(response.headers.link)
    if (next === undefined) return 'complete'
    let url: URL
    try {
      url = new URL(next)
    } catch {
      throw new GitHubAnswerError(`GitHub's answer to ${where} names a next page that is not a URL`, response.status)
    }
    // The token goes with every request: never to another host, nor outside the API's path (GHES: /api/v3/).
    if (url.origin !== api.origin || !url.pathname.startsWith(api.pathname) || url.username !== '' || url.password !== '') {
      throw new GitHubAnswerError(`GitHub's answer to ${where} names a next page outside ${api.origin}${api.pathname}: it is not followed`, response.status)
    }
    if (seen.has(pageKey(url.href))) throw new GitHubAnswerError(`GitHub's answer to ${where} names a page already read as its next page: the list's pages loop`, response.status)
    if (page >= request.maxPages) return 'over-budget'
    response = await client.request({ method: 'GET', url: url.href })
  }
}

/** The `rel="next"` target of a Link header, read as Octokit's paginator reads it. */
function nextLink(link: string | undefined): string | undefined {
  return link ? /<([^<>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined
}

/**
 * A page's URL with its query in a stable order and the first page's number
 * spelt: `?per_page=100`, `?page=1&per_page=100` and `?per_page=100&page=1` are one page.
 */
function pageKey(href: string): string {
  try {
    const url = new URL(href)
    if (!url.searchParams.has('page')) url.searchParams.set('page', '1')
    url.searchParams.sort()
    url.hash = ''
    return url.href
  } catch {
    return href
  }
}
