// Where the review reads a pull request's file versions, and at which
// commits: the head, and "before" at the merge base of the base branch's tip
// and the head, the pair GitHub's list of changed files compares. Reading
// "before" at the tip would show what the base branch changed after the PR
// branched as if the PR undid it.
//
// The local checkout when it holds the commits (one `git merge-base`, which
// also tells whether they are there, and one `git cat-file --batch` for every
// version); the API otherwise (the compare endpoint for the merge base, the
// contents endpoint for the versions). When the checkout's history does not
// join the two commits (a shallow clone, unrelated histories) the API names
// the merge base; when nobody can, the before versions are the tip's and
// `fallback` says why, for the comment to say so.
import { failureText, type GitHubClient } from './octokit.js'
import type { RepoRef } from './event.js'
import { GitVersionReader, hasCommits, localMergeBase, type FileVersion } from './local-git.js'
import { fetchMergeBase, type ApiMergeBase } from './merge-base.js'
import { fetchFileVersion, statusOf, type PullRequestRef } from './pull-request.js'
import { messageOf } from '../core/async.js'

export interface ReviewVersions {
  /** The commit the before versions are read at: the merge base, or the base branch's tip when `fallback` says why. */
  beforeSha: string
  headSha: string
  /** Why the before versions are the base branch's tip, not the merge base; undefined when they are the merge base. */
  fallback?: string
  /** Where the versions come from: 'mixed' is head from the checkout, before through the API (a shallow clone). */
  source: 'local' | 'api' | 'mixed'
  /** How many files may be read at once: the API's latency is worth overlapping, the checkout's one process is not. */
  concurrency: number
  read(side: 'before' | 'head', path: string): Promise<FileVersion>
  close(): void
  /** GitHub's first refusal of a version (its status and message, and `said`: it in words), when one was refused: those files are not reviewed. */
  refused(): { status: number; message: string; said: string } | undefined
}

export interface VersionsRequest {
  client: GitHubClient
  repo: RepoRef
  /** The checkout. */
  workspace: string
  pr: Pick<PullRequestRef, 'baseSha' | 'headSha'>
  /** Whether any file has a before version (not all added): otherwise the merge base is not asked for. */
  needBefore: boolean
  /** A version over this many bytes is named, never read. */
  maxBytes: number
}

export async function openVersions(request: VersionsRequest): Promise<ReviewVersions> {
  const { client, repo, workspace, pr, needBefore, maxBytes } = request
  // GitHub refusing a version (a token without 'contents: read', a 5xx past the retries) makes that file
  // unreadable, not the review: the other files are reviewed and the comment still written.
  let refusal: { status: number; message: string; said: string } | undefined
  const refused = () => refusal
  const api = async (sha: string, path: string): Promise<FileVersion> => {
    try {
      return await fetchFileVersion(client, repo, path, sha, maxBytes)
    } catch (error) {
      const status = statusOf(error)
      if (status === undefined) throw error
      const said = failureText(error)
      refusal ??= { status, message: messageOf(error), said }
      return { kind: 'unreadable', reason: said }
    }
  }
  const local = await localMergeBase(workspace, pr.baseSha, pr.headSha)

  if (local.kind === 'absent') {
    const before = needBefore ? await fetchMergeBase(client, repo, pr.baseSha, pr.headSha) : undefined
    const { sha, fallback } = chosen(pr.baseSha, before)
    return { beforeSha: sha, headSha: pr.headSha, ...fallbackOf(fallback), source: 'api', concurrency: 4, read: (side, path) => api(side === 'before' ? sha : pr.headSha, path), close: () => undefined, refused }
  }

  // Both commits are in the checkout. When its history does not join them
  // (shallow, or unrelated), GitHub's may: asked before git cat-file starts,
  // so that a failed request leaves no process behind.
  let sha = local.kind === 'found' ? local.sha : pr.baseSha
  let fallback: string | undefined
  let beforeLocal = true
  if (local.kind === 'none' && needBefore) {
    ;({ sha, fallback } = chosen(pr.baseSha, await fetchMergeBase(client, repo, pr.baseSha, pr.headSha)))
    beforeLocal = sha === pr.baseSha || (await hasCommits(workspace, [sha]))
  }
  const reader = new GitVersionReader(workspace, maxBytes)
  const before = sha
  return {
    beforeSha: before,
    headSha: pr.headSha,
    ...fallbackOf(fallback),
    source: beforeLocal ? 'local' : 'mixed',
    concurrency: beforeLocal ? 1 : 4,
    read: (side, path) => (side === 'head' ? reader.read(pr.headSha, path) : beforeLocal ? reader.read(before, path) : api(before, path)),
    close: () => reader.close(),
    refused
  }
}

/** The merge base GitHub named, or the base branch's tip and why. */
function chosen(baseSha: string, answer: ApiMergeBase | undefined): { sha: string; fallback?: string } {
  if (answer === undefined) return { sha: baseSha }
  if (answer.kind === 'found') return { sha: answer.sha }
  if (answer.kind === 'none') return { sha: baseSha, fallback: 'GitHub finds no common ancestor of it and the head' }
  return { sha: baseSha, fallback: `GitHub did not name the merge base (${answer.unanswered ?? (answer.status === undefined ? 'its answer held no commit id' : `it answered ${answer.status}`)})` }
}

function fallbackOf(fallback: string | undefined): { fallback?: string } {
  return fallback === undefined ? {} : { fallback }
}
