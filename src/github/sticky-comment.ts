// One comment per pull request per workflow and tag, edited in place. A
// comment is ours only when the token's own identity wrote it AND its last
// line is our marker (workflow and tag): a marker pasted into somebody
// else's comment, another workflow's or another app's comment, or one quoted
// inside a body (a diff line; repository text never spells '<!--' in our
// bodies anyway) never makes a comment ours. Nothing else is edited or deleted.
import { sha256Hex } from '../core/hash.js'
import { groupDigits } from '../core/digits.js'
import { GitHubAnswerError } from './answer-error.js'
import type { GitHubClient } from './octokit.js'
import { readPages } from './pages.js'
import { statusOf, type RepoRef } from './pull-request.js'

/** GitHub refuses comment bodies longer than this (in characters). */
export const COMMENT_LIMIT = 65_536

const MARKER_PREFIX = '<!-- redshift-temp-creds-action review'

/**
 * The hidden line that names the comment: the workflow (every workflow of a
 * repository comments as the same github-actions[bot]) and the tag.
 * Percent-encoded so that neither can close the HTML comment early or differ
 * only by spacing.
 */
export function commentMarker(tag: string, workflow = ''): string {
  return `${MARKER_PREFIX}${workflow ? ` workflow=${encodeURIComponent(workflow)}` : ''} tag=${encodeURIComponent(tag)} -->`
}

/**
 * Which workflow this run is: its file (GITHUB_WORKFLOW_REF without the
 * ref, stable across branches), else its name.
 */
export function workflowKey(env: NodeJS.ProcessEnv = process.env): string {
  const ref = env.GITHUB_WORKFLOW_REF
  if (ref) return ref.replace(/@[^@]*$/, '')
  return env.GITHUB_WORKFLOW ?? ''
}

/**
 * The default tag: workflow and job. Matrix legs share the job id, so a
 * short hash of what the leg validates (its policy-files) tells them apart.
 */
export function defaultCommentTag(workflow: string, job: string, distinguishing: string): string {
  const hash = sha256Hex(distinguishing).slice(0, 8)
  return `${workflow}/${job}#${hash}`
}

/** Who the token writes as. */
export type TokenIdentity =
  | { kind: 'user'; login: string; id: number }
  /**
   * GET /user is forbidden for an installation token (the GITHUB_TOKEN or a
   * GitHub App's). Until a comment of ours says otherwise it is taken to be
   * the GITHUB_TOKEN, which writes as github-actions[bot]; another app's
   * token asks GraphQL's `viewer` when other bots' comments carry the marker
   * (upsertStickyComment), or learns its bot from the first comment it creates.
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

/** The Actions app's bot, as GitHub names the GITHUB_TOKEN's comments. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 } as const

export function writtenBy(comment: IssueComment, identity: TokenIdentity): boolean {
  const user = comment.user
  if (!user) return false
  if (identity.kind === 'user') return user.id === identity.id
  const app = comment.performed_via_github_app as { slug?: unknown } | null | undefined
  // The id is github.com's: on GitHub Enterprise Server the bot is a user of that instance with its own id, and
  // matching the id alone found no comment of ours there (each run created one, then deleted it). A login ending
  // in [bot] is an app's and cannot be a person's, so the Bot type stands in for the id.
  const actionsBot = user.login === ACTIONS_BOT.login && (user.id === ACTIONS_BOT.id || user.type === 'Bot')
  return actionsBot && (app == null || app.slug === 'github-actions')
}

/** Our marker on the last line of the body, where we write it; anywhere else it does not count. */
export function carriesMarker(comment: IssueComment, marker: string): boolean {
  // trimEnd and lastIndexOf: /\s+$/ tried every white-space run of the body to its end (a comment of 60,000
  // spaces and a letter took 8 s; bodies quote pull requests' text, and other workflows write as the same bot).
  const body = (comment.body ?? '').trimEnd()
  return body.slice(body.lastIndexOf('\n') + 1).trim() === marker
}

export interface PullRequestIssue extends RepoRef {
  number: number
}

/**
 * How many pages of 100 comments are searched for ours: 5,000 comments, twice
 * the about 2,500 GitHub lets an issue or pull request have (it refuses more:
 * "Commenting is disabled on issues with more than 2500 comments").
 */
export const MAX_COMMENT_PAGES = 50

/** Our comments with this marker on a pull request: the oldest whole, the others by id. */
export interface StickyComments {
  /** Our oldest comment (lowest id): the one kept and edited. */
  oldest?: IssueComment
  /** The ids of our newer ones, left over from two runs at once: the PR should show one. */
  newer: number[]
  /** False when pages were left unread (over the budget, or the search stopped at the oldest). */
  complete: boolean
  /** How many comments were read (of every author). */
  read: number
  /**
   * With an installation token (identity 'app') and no comment of github-actions[bot]'s: the other bots' comments
   * with the marker, by user id, each one's oldest whole and the ids of its newer. One of them is this token's when
   * it is another GitHub App's. Absent when there are none.
   */
  bots?: Map<number, BotComments>
}

export interface BotComments {
  oldest: IssueComment
  newer: number[]
}

/**
 * How many bots' comments with the marker are kept while searching: a pull request is commented on by a few apps,
 * and only an app can write as a bot (no pull request's author can), so a bot past these is not this token's.
 */
export const MAX_MARKER_BOTS = 20

/** Written by a bot user (an app's): another GitHub App's token writes as one, and no person's comment is one. */
function byABot(comment: IssueComment): boolean {
  const user = comment.user
  return user != null && typeof user.id === 'number' && (user.type === 'Bot' || String(user.login).endsWith('[bot]'))
}

export interface SearchOptions {
  /** Stop at the first comment of ours (the oldest: GitHub lists comments oldest first). */
  firstOnly?: boolean
  /** MAX_COMMENT_PAGES by default. */
  maxPages?: number
}

/**
 * Our comments with this marker. Read page by page and kept only when ours:
 * one page of other people's comments (up to 100 of 65,536 characters) is
 * held at a time, never the whole conversation.
 */
export async function findStickyComments(
  client: GitHubClient,
  issue: PullRequestIssue,
  marker: string,
  identity: TokenIdentity,
  options: SearchOptions = {}
): Promise<StickyComments> {
  let oldest: IssueComment | undefined
  const newer: number[] = []
  const bots = new Map<number, BotComments>()
  let read = 0
  const end = await readPages<IssueComment>(
    client,
    {
      route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      parameters: { owner: issue.owner, repo: issue.repo, issue_number: issue.number, per_page: 100 },
      maxPages: options.maxPages ?? MAX_COMMENT_PAGES
    },
    (page) => {
      read += page.length
      for (const comment of page) {
        if (!comment || typeof comment !== 'object' || typeof comment.id !== 'number') continue
        if (!writtenBy(comment, identity)) {
          if (identity.kind === 'app' && byABot(comment) && carriesMarker(comment, marker)) keepBotComment(bots, comment)
          continue
        }
        if (!carriesMarker(comment, marker)) continue
        // GitHub lists oldest first; the ids are compared all the same, the order of the answer is not relied on.
        if (oldest === undefined || comment.id < oldest.id) {
          if (oldest !== undefined) newer.push(oldest.id)
          oldest = keptComment(comment)
        } else newer.push(comment.id)
      }
      return options.firstOnly === true && oldest !== undefined
    }
  )
  return { ...(oldest ? { oldest } : {}), newer, complete: end === 'complete', read, ...(oldest === undefined && bots.size > 0 ? { bots } : {}) }
}

/** A bot's comment with the marker, kept by its user as ours are: its oldest whole, the others by id. */
function keepBotComment(bots: Map<number, BotComments>, comment: IssueComment): void {
  const userId = (comment.user as { id: number }).id
  const known = bots.get(userId)
  if (!known) {
    if (bots.size < MAX_MARKER_BOTS) bots.set(userId, { oldest: keptComment(comment), newer: [] })
  } else if (comment.id < known.oldest.id) {
    known.newer.push(known.oldest.id)
    known.oldest = keptComment(comment)
  } else known.newer.push(comment.id)
}

/**
 * Who an installation token writes as, from GraphQL's `viewer` (the one request that names an app's bot to its own
 * installation token: GET /user is refused it, GET /app needs the app's key). Undefined when GitHub does not say.
 */
export async function viewerIdentity(client: GitHubClient): Promise<Extract<TokenIdentity, { kind: 'user' }> | undefined> {
  try {
    const answer = await client.graphql<{ viewer?: { login?: unknown; databaseId?: unknown } }>('query { viewer { login databaseId } }')
    const viewer = answer?.viewer
    return typeof viewer?.login === 'string' && typeof viewer.databaseId === 'number' ? { kind: 'user', login: viewer.login, id: viewer.databaseId } : undefined
  } catch {
    // A courtesy: without it the run creates its comment and finds its older one after, as before.
    return undefined
  }
}

/** What the upsert needs of a comment, copied: the page it came in is not kept alive through it. */
function keptComment(comment: IssueComment): IssueComment {
  const user = comment.user ? { login: String(comment.user.login), id: Number(comment.user.id), ...(comment.user.type ? { type: String(comment.user.type) } : {}) } : null
  return { id: comment.id, body: typeof comment.body === 'string' ? comment.body : null, html_url: String(comment.html_url), user }
}

export function withMarker(body: string, marker: string): string {
  // The body's final line breaks counted off its end (/\n*$/ scanned every run of them to its end).
  let end = body.length
  while (end > 0 && body.charCodeAt(end - 1) === 10) end--
  const full = `${body.slice(0, end)}\n\n${marker}\n`
  if (full.length > COMMENT_LIMIT) throw new Error(`comment body is ${full.length} characters; the builder must keep it under ${COMMENT_LIMIT}`)
  return full
}

export interface StickyOutcome {
  action: 'created' | 'updated' | 'none'
  id?: number
  url?: string
  /** Why an existing comment was left as it is (keepExisting's answer). */
  kept?: string
}

export interface UpsertOptions {
  /** False: only edit an existing comment (nothing to review any more; a closed PR). */
  create: boolean
  /** False: leave an existing comment as it is too (a locked PR). True by default. */
  edit?: boolean
  identity: TokenIdentity
  /** workflowKey() of this run: part of the marker. */
  workflow?: string
  /**
   * Asked before our existing comment is edited: a reason to leave it as it
   * is (it reviews a newer commit than this run), or undefined to edit it.
   */
  keepExisting?: (existing: IssueComment) => Promise<string | undefined>
  /** Pages of comments searched for ours; MAX_COMMENT_PAGES by default. */
  maxPages?: number
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
  const marker = commentMarker(tag, options.workflow ?? '')
  const fullBody = withMarker(body, marker)
  const repo = { owner: issue.owner, repo: issue.repo }
  let identity = options.identity
  let found = await findStickyComments(client, issue, marker, identity, { maxPages: options.maxPages })
  if (found.bots) {
    // Another GitHub App's token found no comment of github-actions[bot]'s but bots' ones with the marker: one may
    // be its own. Asked only then, so the GITHUB_TOKEN's runs make no more requests. Without it each run of such a
    // token created a comment (a notification to everyone on the pull request), found its older one, and deleted it.
    const viewer = await viewerIdentity(client)
    if (viewer) {
      identity = viewer
      const own = found.bots.get(viewer.id)
      if (own) found = { ...found, oldest: own.oldest, newer: own.newer }
    }
  }
  const kept = found.oldest

  if (kept) {
    if (options.edit === false) return { action: 'none', id: kept.id, url: kept.html_url }
    // Left over from an earlier race: tidy up so the PR shows one.
    for (const id of found.newer) await deleteIfPresent(client, repo, id)
    if (kept.body === fullBody) return { action: 'none', id: kept.id, url: kept.html_url }
    const reason = await options.keepExisting?.(kept)
    if (reason !== undefined) return { action: 'none', id: kept.id, url: kept.html_url, kept: reason }
    try {
      const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: kept.id, body: fullBody })
      return { action: 'updated', id: data.id, url: data.html_url }
    } catch (error) {
      // Deleted since it was listed (by a person, or by another run tidying up): this run's review is written anew.
      if (statusOf(error) !== 404) throw error
    }
  } else if (!found.complete && options.create) {
    // Ours may be on a page not read: a new one could be a second.
    // The count read, not pages × 100: a server that ignores per_page gives fewer a page.
    throw new GitHubAnswerError(
      `the review comment is not among the first ${groupDigits(found.read)} comments of pull request #${issue.number} (${options.maxPages ?? MAX_COMMENT_PAGES} pages, the most searched) and more are there: no new one is written, so as not to add a second`,
      200
    )
  }
  if (!options.create) return { action: 'none' }

  const { data: created } = await client.rest.issues.createComment({ ...repo, issue_number: issue.number, body: fullBody })
  if (identity.kind === 'app' && created.user) identity = { kind: 'user', login: created.user.login, id: created.user.id }
  // Only the oldest of ours matters now: the search stops there (at ours, when no other run made one first).
  let oldest: IssueComment | undefined
  try {
    oldest = (await findStickyComments(client, issue, marker, identity, { firstOnly: true, maxPages: options.maxPages })).oldest
  } catch (error) {
    // The comment is written: a search that fails now only leaves a second comment of a race in place (the next
    // run's search deletes it). Failing here said "comment not written" of a comment that was.
    if (statusOf(error) === undefined) throw error
    return { action: 'created', id: created.id, url: created.html_url }
  }
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
