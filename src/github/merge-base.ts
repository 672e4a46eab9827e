// The commit a pull request's changes are measured from, through the API.
// GitHub's list of a PR's files and its "Files changed" view compare the
// MERGE BASE of the base branch's tip and the head with the head (a three-dot
// diff), not the tip itself: once the base branch has moved on, its tip holds
// other pull requests' changes that the head does not. The compare endpoint
// names that merge base (`merge_base_commit`) in one request.
import { answeredStatus, failureText, type GitHubClient } from './octokit.js'
import type { RepoRef } from './event.js'
import { COMMIT_SHA } from './local-git.js'
import { statusOf } from './pull-request.js'

export type ApiMergeBase =
  | { kind: 'found'; sha: string }
  /** GitHub answered 404: no common ancestor (unrelated histories), or a commit it does not know. */
  | { kind: 'none' }
  /** Any other refusal (after the client's retries), or an answer without a commit id. */
  | { kind: 'refused'; status?: number; /** Why no answer came (failureText), when none came: a timeout, a lost connection. */ unanswered?: string }

/**
 * The merge base of `base` and `head` (`GET /repos/{owner}/{repo}/compare/{base}...{head}`).
 * `per_page: 1`: the answer's `commits` would otherwise carry up to 250
 * commits, none of which the review reads; the changed files (GitHub sends up
 * to 300, on the first page only) cannot be left out without asking for a
 * page past the commits, which GitHub does not document for a comparison
 * with fewer commits than that.
 */
export async function fetchMergeBase(client: GitHubClient, repo: RepoRef, base: string, head: string): Promise<ApiMergeBase> {
  let data: { merge_base_commit?: { sha?: unknown } }
  try {
    ;({ data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 1 }))
  } catch (error) {
    const status = statusOf(error)
    if (status === 404) return { kind: 'none' }
    if (status !== undefined) return { kind: 'refused', status, ...(answeredStatus(error) === undefined ? { unanswered: failureText(error) } : {}) }
    throw error
  }
  const sha = data.merge_base_commit?.sha
  // Only a commit id goes on to a later request's `ref`.
  return typeof sha === 'string' && COMMIT_SHA.test(sha) ? { kind: 'found', sha } : { kind: 'refused' }
}
