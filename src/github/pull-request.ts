// Reading a pull request: which one (event payload or input), its base and
// head commits, the files it changes and their content at a commit.
import { GitHubAnswerError, requestWhere, statusOf } from './answer-error.js'
import type { GitHubClient } from './octokit.js'
import { readPages } from './pages.js'
import { groupDigits } from '../core/digits.js'
import { textVersion, type FileVersion } from './file-version.js'
import type { RepoRef } from './event.js'

export type { RepoRef }
export { statusOf }

export interface PullRequestRef extends RepoRef {
  number: number
  baseSha: string
  headSha: string
  /** 'closed' covers merged; a closed or locked PR gets no new comment. */
  state: 'open' | 'closed'
  locked: boolean
}

/** GitHub's own statuses; `renamed` carries the old path. */
export type ChangeStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface ChangedFile {
  path: string
  status: ChangeStatus
  /** The path on the base side when GitHub saw a rename (or copy). */
  previousPath?: string
  /** Why the file is not to be read by its path, when its listing says (a name git gave that is not UTF-8). */
  unreadableName?: string
}

/** GitHub lists at most this many files of a pull request. */
export const MAX_LISTED_FILES = 3000

/**
 * The characters of the listed paths (new and old) kept in all: 3,000 files of 2,796 characters each, twice. A page
 * may be 128 MiB (MAX_ANSWER_BYTES), and the paths of every page are kept: 30 such pages of one long name after
 * another held 3.75 GiB, past Node's heap. A list longer than this is no list of a repository's files.
 */
export const MAX_LISTED_PATH_CHARS = 16 * 1024 * 1024

/** Events whose payload is a pull request. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'] as const

interface PayloadPullRequest {
  number?: unknown
  state?: unknown
  locked?: unknown
  base?: { sha?: unknown }
  head?: { sha?: unknown }
}

export interface PullRequestPick {
  number: number
  /** Present when the payload carried them (pull_request events). */
  baseSha?: string
  headSha?: string
  state?: 'open' | 'closed'
  locked?: boolean
  /**
   * In the workflow_run pattern: the head commit of the run that triggered
   * this one (`workflow_run.head_sha`). The PR named by `pr-number` must have
   * this head, or the number came from somewhere else.
   */
  expectedHeadSha?: string
}

/**
 * Which pull request this run reviews: the event's own, or `prNumber` (the
 * `pr-number` input, checked with the other inputs: the workflow_run
 * pattern). Undefined when there is none: the run is not a review.
 */
export function pickPullRequest(eventName: string, payload: Record<string, unknown>, prNumber: number | undefined): PullRequestPick | undefined {
  if (prNumber !== undefined) {
    const fromPayload = (payload.pull_request as PayloadPullRequest | undefined)?.number === prNumber ? shasOf(payload) : {}
    const run = payload.workflow_run as { head_sha?: unknown } | undefined
    const expected = eventName === 'workflow_run' && typeof run?.head_sha === 'string' ? { expectedHeadSha: run.head_sha } : {}
    return { number: prNumber, ...fromPayload, ...expected }
  }
  if (!(PULL_REQUEST_EVENTS as readonly string[]).includes(eventName)) return undefined
  const pr = payload.pull_request as PayloadPullRequest | undefined
  if (!pr || typeof pr.number !== 'number') return undefined
  return { number: pr.number, ...shasOf(payload) }
}

function shasOf(payload: Record<string, unknown>): Omit<PullRequestPick, 'number'> {
  const pr = payload.pull_request as PayloadPullRequest | undefined
  const base = pr?.base?.sha
  const head = pr?.head?.sha
  if (typeof base !== 'string' || typeof head !== 'string') return {}
  const out: Omit<PullRequestPick, 'number'> = { baseSha: base, headSha: head }
  if (pr?.state === 'open' || pr?.state === 'closed') out.state = pr.state
  if (typeof pr?.locked === 'boolean') out.locked = pr.locked
  return out
}


/** Completes a pick with the commits and state, asking GitHub only when the payload did not say. */
export async function resolvePullRequest(client: GitHubClient, repo: RepoRef, pick: PullRequestPick): Promise<PullRequestRef> {
  if (pick.baseSha && pick.headSha && pick.state && pick.locked !== undefined) {
    return { ...repo, number: pick.number, baseSha: pick.baseSha, headSha: pick.headSha, state: pick.state, locked: pick.locked }
  }
  const { data } = await client.rest.pulls.get({ ...repo, pull_number: pick.number })
  return { ...repo, number: pick.number, baseSha: data.base.sha, headSha: data.head.sha, state: data.state === 'closed' ? 'closed' : 'open', locked: data.locked }
}

/**
 * Every file the pull request changes (all pages; GitHub stops at 3,000), read
 * a page at a time; no more pages than 3,000 files fill, whatever the links say.
 *
 * GitHub lists the files as they are when each page is asked for: a push
 * between two pages shifts the list (a file seen twice, another never), and
 * no page says so. After a list of more than one page the head is asked for
 * (one request): when it is not `pr.headSha`, the list is read once more and
 * the head asked for again. Unmoved, that list is the new head's whole
 * (`headMoved` names it); moved again, the list is not settled: an error of
 * GitHub's answer (the review is skipped, counted as broadening).
 */
export async function listChangedFiles(
  client: GitHubClient,
  pr: RepoRef & { number: number; baseSha?: string; headSha?: string },
  maxPathChars = MAX_LISTED_PATH_CHARS
): Promise<{ files: ChangedFile[]; capped: boolean; headMoved?: string }> {
  const first = await readChangedFiles(client, pr, maxPathChars)
  if (first.pages <= 1 || pr.headSha === undefined) return first.listed
  const head = await currentHead(client, pr)
  if (head === pr.headSha) return first.listed
  const again = await readChangedFiles(client, pr, maxPathChars)
  const after = await currentHead(client, pr)
  if (after !== head) {
    throw new GitHubAnswerError(`The head of pull request #${pr.number} moved while its files were listed (${pr.headSha}, then ${head}, then ${after}): the list is not settled`, 200)
  }
  return { ...again.listed, headMoved: head }
}

async function currentHead(client: GitHubClient, pr: RepoRef & { number: number }): Promise<string> {
  const { data } = await client.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.number })
  return data.head.sha
}

/** One reading of the list, page by page, and how many pages it took. */
async function readChangedFiles(
  client: GitHubClient,
  pr: RepoRef & { number: number },
  maxPathChars: number
): Promise<{ listed: { files: ChangedFile[]; capped: boolean }; pages: number }> {
  const files: ChangedFile[] = []
  let pathChars = 0
  let pages = 0
  const end = await readPages<{ filename?: unknown; status?: unknown; previous_filename?: unknown }>(
    client,
    {
      route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
      parameters: { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 },
      maxPages: MAX_LISTED_FILES / 100
    },
    (page) => {
      pages++
      for (const entry of page) {
        if (!entry || typeof entry.filename !== 'string' || typeof entry.status !== 'string') continue
        const file: ChangedFile = { path: entry.filename, status: entry.status as ChangeStatus }
        if (typeof entry.previous_filename === 'string' && entry.previous_filename) file.previousPath = entry.previous_filename
        pathChars += file.path.length + (file.previousPath?.length ?? 0)
        // Not read on: the files it would leave out are not known, so the review is skipped (counted as broadening).
        if (pathChars > maxPathChars) {
          throw new GitHubAnswerError(
            `GitHub's list of the files of pull request #${pr.number} names paths of more than ${groupDigits(maxPathChars)} characters in all (by file ${groupDigits(files.length + 1)}): it is not read further`,
            200
          )
        }
        files.push(file)
      }
    }
  )
  return { listed: { files, capped: end === 'over-budget' || files.length >= MAX_LISTED_FILES }, pages }
}

/**
 * A file's version at a commit through the API, its size checked before its
 * content is downloaded: the JSON form says the size and, up to GitHub's
 * 1 MB, carries the content (base64); a file over `maxBytes` is never
 * downloaded; one between GitHub's 1 MB and `maxBytes` is fetched raw.
 */
export async function fetchFileVersion(client: GitHubClient, repo: RepoRef, path: string, ref: string, maxBytes: number): Promise<FileVersion> {
  let data: unknown
  try {
    ;({ data } = await client.rest.repos.getContent({ ...repo, path, ref }))
  } catch (error) {
    if (statusOf(error) === 404) return { kind: 'missing' }
    throw error
  }
  const entry = data as { type?: unknown; size?: unknown; content?: unknown; encoding?: unknown }
  if (Array.isArray(data) || entry.type !== 'file' || typeof entry.size !== 'number') return { kind: 'missing' }
  if (entry.size > maxBytes) return { kind: 'too-large', size: entry.size }
  if (entry.encoding === 'base64' && typeof entry.content === 'string') {
    const bytes = Buffer.from(entry.content, 'base64')
    if (bytes.length === entry.size) return textVersion(bytes)
  }
  const raw = await fetchFileBytes(client, repo, path, ref)
  if (raw === undefined) return { kind: 'missing' }
  if (raw.length > maxBytes) return { kind: 'too-large', size: raw.length }
  return textVersion(raw)
}

/**
 * A file's text at a commit, through the API (raw media type, so no base64
 * and no 1 MB limit). Undefined when the file is not there at that commit.
 */
export async function fetchFileText(client: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<string | undefined> {
  return (await fetchFileBytes(client, repo, path, ref))?.toString('utf8')
}

/** A file's bytes at a commit, through the API (raw media type); undefined when the file is not there. */
async function fetchFileBytes(client: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<Buffer | undefined> {
  try {
    const response = await client.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } })
    // With the raw media type the body is the file itself, not an object:
    // text when GitHub names a charset (decoded as UTF-8 already), bytes otherwise.
    const data: unknown = response.data
    if (typeof data === 'string') return Buffer.from(data, 'utf8')
    if (data instanceof ArrayBuffer) return Buffer.from(data)
    // A proxy's JSON where the file was asked for: a failure of the answer (with its status), not of the action.
    throw new GitHubAnswerError(`GitHub's answer to ${requestWhere('GET', response.url)} is JSON, not the file's raw content`, response.status)
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}
