// One comment per pull request per tag, edited in place. It is found by a
// hidden marker, and only among comments the token's own user wrote, so
// nobody can hijack it by pasting the marker into a comment of their own.
import { createHash } from 'node:crypto'
import type { GitHubClient } from './octokit.js'
import { statusOf, type RepoRef } from './pull-request.js'

/** GitHub refuses comment bodies longer than this (in characters). */
export const COMMENT_LIMIT = 65_536

const MARKER_PREFIX = '<!-- redshift-temp-creds-action review'

/**
 * The hidden line that names the comment. The tag is percent-encoded so no
 * tag can close the HTML comment early or differ only by spacing.
 */
export function commentMarker(tag: string): string {
  return `${MARKER_PREFIX} tag=${encodeURIComponent(tag)} -->`
}

/**
 * The default tag: workflow and job. Matrix legs share the job id, so a
 * short hash of what the leg validates (its policy-files) tells them apart.
 */
export function defaultCommentTag(workflow: string, job: string, distinguishing: string): string {
  const hash = createHash('sha256').update(distinguishing).digest('hex').slice(0, 8)
  return `${workflow}/${job}#${hash}`
}

/** Who the token writes as. */
export type TokenIdentity =
  | { kind: 'user'; login: string; id: number }
  /**
   * GET /user is forbidden for an installation token (the GITHUB_TOKEN or a
   * GitHub App's): its comments are by a bot login ending in [bot], made
   * through an app (the Actions app for GITHUB_TOKEN).
   */
  | { kind: 'app' }

/**
 * Installation tokens start with ghs_ and cannot call GET /user: skip a
 * request that can only fail. Other tokens (PATs) say who they are.
 */
export async function tokenIdentity(client: GitHubClient, token: string): Promise<TokenIdentity> {
  if (token.startsWith('ghs_')) return { kind: 'app' }
  try {
    const { data } = await client.rest.users.getAuthenticated()
    return { kind: 'user', login: data.login, id: data.id }
  } catch (error) {
    const status = statusOf(error)
    if (status === 403 || status === 401) return { kind: 'app' }
    throw error
  }
}

export interface IssueComment {
  id: number
  body?: string | null
  html_url: string
  user: { login: string; id: number; type?: string } | null
  performed_via_github_app?: unknown
}

export function writtenBy(comment: IssueComment, identity: TokenIdentity): boolean {
  const user = comment.user
  if (!user) return false
  if (identity.kind === 'user') return user.id === identity.id
  return user.login === 'github-actions[bot]' || (user.type === 'Bot' && user.login.endsWith('[bot]') && comment.performed_via_github_app != null)
}

export function carriesMarker(comment: IssueComment, marker: string): boolean {
  return (comment.body ?? '').split('\n').some((line) => line.trim() === marker)
}

export interface PullRequestIssue extends RepoRef {
  number: number
}

/** Our comments with this marker, oldest (lowest id) first. */
export async function findStickyComments(client: GitHubClient, issue: PullRequestIssue, marker: string, identity: TokenIdentity): Promise<IssueComment[]> {
  const comments = (await client.paginate(client.rest.issues.listComments, {
    owner: issue.owner,
    repo: issue.repo,
    issue_number: issue.number,
    per_page: 100
  })) as IssueComment[]
  return comments.filter((c) => writtenBy(c, identity) && carriesMarker(c, marker)).sort((a, b) => a.id - b.id)
}

export function withMarker(body: string, marker: string): string {
  const full = `${body.replace(/\n*$/, '')}\n\n${marker}\n`
  if (full.length > COMMENT_LIMIT) throw new Error(`comment body is ${full.length} characters; the builder must keep it under ${COMMENT_LIMIT}`)
  return full
}

export interface StickyOutcome {
  action: 'created' | 'updated' | 'none'
  id?: number
  url?: string
}

export interface UpsertOptions {
  /** False: only edit an existing comment (e.g. nothing to review any more). */
  create: boolean
  identity: TokenIdentity
}

/**
 * Edits our comment for this tag, or creates it. Two runs for one PR at
 * once can both find none and both create one; each run therefore lists
 * again after creating. Ids grow with creation time, so the run that made
 * the newer comment always sees the older one: it deletes its own and
 * edits the oldest, and exactly one comment is left whichever run ends last.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  issue: PullRequestIssue,
  tag: string,
  body: string,
  options: UpsertOptions
): Promise<StickyOutcome> {
  const marker = commentMarker(tag)
  const fullBody = withMarker(body, marker)
  const repo = { owner: issue.owner, repo: issue.repo }
  const existing = await findStickyComments(client, issue, marker, options.identity)

  if (existing.length > 0) {
    const [kept, ...extra] = existing
    // Left over from an earlier race: tidy up so the PR shows one.
    for (const comment of extra) await deleteIfPresent(client, repo, comment.id)
    if (kept.body === fullBody) return { action: 'none', id: kept.id, url: kept.html_url }
    const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: kept.id, body: fullBody })
    return { action: 'updated', id: data.id, url: data.html_url }
  }
  if (!options.create) return { action: 'none' }

  const { data: created } = await client.rest.issues.createComment({ ...repo, issue_number: issue.number, body: fullBody })
  const identity: TokenIdentity =
    options.identity.kind === 'user' || !created.user ? options.identity : { kind: 'user', login: created.user.login, id: created.user.id }
  const after = await findStickyComments(client, issue, marker, identity)
  const oldest = after[0]
  if (!oldest || oldest.id >= created.id) return { action: 'created', id: created.id, url: created.html_url }
  // Another run created one first: ours goes, theirs carries our (newer) findings.
  await deleteIfPresent(client, repo, created.id)
  const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: oldest.id, body: fullBody })
  return { action: 'updated', id: data.id, url: data.html_url }
}

async function deleteIfPresent(client: GitHubClient, repo: RepoRef, commentId: number): Promise<void> {
  try {
    await client.rest.issues.deleteComment({ ...repo, comment_id: commentId })
  } catch (error) {
    // The other run may have deleted it already.
    if (statusOf(error) !== 404) throw error
  }
}
