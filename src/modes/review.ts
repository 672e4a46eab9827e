// The pull-request review of a validate run: which IAM files the PR changes,
// their base and head versions, the semantic diff and the head's findings,
// one sticky comment and the outputs. GitHub refusing (a fork's read-only
// token, a missing permission) is a warning: the step's result is decided by
// validate's `fail-on` alone.
import * as core from '@actions/core'
import { context } from '@actions/github'
import { diffPolicies, type AccessChange, type PolicyDiff } from '../core/diff/semantic-diff.js'
import { statementName } from '../core/diff/describe.js'
import { unifiedDiff } from '../core/diff/text-diff.js'
import { compactJson } from '../core/json.js'
import { lintPolicyText, type PolicyKind } from '../core/lint/lint.js'
import { policyFileMatcher, type PolicyGlob } from '../core/validate/policy-files.js'
import { hasCommits, showFile } from '../github/local-git.js'
import { createGitHubClient } from '../github/octokit.js'
import { refusalWarning } from '../github/permission.js'
import {
  fetchFileText,
  listChangedFiles,
  pickPullRequest,
  PullRequestNumberError,
  resolvePullRequest,
  statusOf,
  type ChangedFile,
  type PullRequestRef,
  type RepoRef
} from '../github/pull-request.js'
import { commentMarker, COMMENT_LIMIT, defaultCommentTag, tokenIdentity, upsertStickyComment, type StickyOutcome } from '../github/sticky-comment.js'
import { combineAccess, noPolicyFilesComment, reviewComment, verdictOf, type FileChangeStatus, type FileReview } from '../report/review-comment.js'
import { writeSummary } from '../report/summary.js'
import { mapLimited, messageOf } from '../core/async.js'

/** What the review needs from the validate run. */
export interface ReviewRequest {
  inputs: { policyFiles: PolicyGlob[] }
  /** Absolute path of the checkout (the local git path reads from it). */
  workspace: string
}

/** One changed IAM file, with the kind its glob forces. */
export interface ReviewedFile {
  path: string
  status: FileChangeStatus
  previousPath?: string
  kind?: PolicyKind
}

export interface ReviewOutcome {
  pullRequest: number
  files: FileReview[]
  accessChange: AccessChange
  comment: StickyOutcome | { action: 'skipped'; reason: string }
  /** Where the versions came from. */
  source: 'local' | 'api'
}

export interface ReviewOptions {
  /** The artifact that holds the reports, when the run uploads one. */
  artifactName?: string
}

/** Is this run about a pull request? (A bad `pr-number` counts: runReview reports it.) */
export function reviewsPullRequest(): boolean {
  try {
    return pickPullRequest(context.eventName ?? '', context.payload as Record<string, unknown>, core.getInput('pr-number')) !== undefined
  } catch (error) {
    if (error instanceof PullRequestNumberError) return true
    throw error
  }
}

/**
 * Runs the review when this run is about a pull request (its event, or the
 * `pr-number` input); otherwise does nothing and returns undefined.
 */
export async function runReview(request: ReviewRequest, options: ReviewOptions = {}): Promise<ReviewOutcome | undefined> {
  let pick
  try {
    pick = pickPullRequest(context.eventName ?? '', context.payload as Record<string, unknown>, core.getInput('pr-number'))
  } catch (error) {
    if (!(error instanceof PullRequestNumberError)) throw error
    core.setFailed(error.message)
    return undefined
  }
  if (!pick) return undefined

  const token = core.getInput('github-token')
  if (!token) {
    core.warning("Pull-request review skipped: the 'github-token' input is empty. Leave it at its default (github.token) or pass a token that may read the pull request and comment on it.")
    return undefined
  }
  const client = createGitHubClient(token)
  const repo: RepoRef = context.repo
  const fromFork = isFromFork(context.payload as Record<string, unknown>)

  let pr: PullRequestRef
  let changed: { files: ChangedFile[]; capped: boolean }
  try {
    pr = await resolvePullRequest(client, repo, pick)
    changed = await listChangedFiles(client, pr)
  } catch (error) {
    const warning = refusalWarning(error, 'read', fromFork)
    if (!warning && statusOf(error) === undefined) throw error
    core.warning(warning ?? `Pull-request review skipped: reading pull request #${pick.number} failed (${messageOf(error)}).`)
    return undefined
  }

  const iamFiles = selectPolicyFiles(changed.files, request.inputs.policyFiles)
  core.setOutput('changed-files', compactJson(iamFiles.map(changedFileOutput)))

  const local = await hasCommits(request.workspace, [pr.baseSha, pr.headSha])
  const read = local
    ? (sha: string, path: string) => showFile(request.workspace, sha, path)
    : (sha: string, path: string) => fetchFileText(client, repo, path, sha)
  const files = await mapLimited(iamFiles, local ? 1 : 4, (file) => reviewFile(file, pr, read))
  const accessChange = combineAccess(files.filter((f) => f.invalid === undefined).map((f) => f.accessChange))
  core.setOutput('access-change', accessChange)

  const reviewContext = {
    ...(runUrl() ? { runUrl: runUrl() } : {}),
    ...(options.artifactName ? { artifactName: options.artifactName } : {}),
    blobBase: `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo.owner}/${repo.repo}/blob/${pr.headSha}/`,
    capped: changed.capped
  }
  const tag = core.getInput('comment-tag').trim() || defaultCommentTag(process.env.GITHUB_WORKFLOW ?? '', process.env.GITHUB_JOB ?? '', core.getInput('policy-files'))
  // The marker and the blank line before it come on top of the body.
  const budget = COMMENT_LIMIT - commentMarker(tag).length - 3
  const whole = iamFiles.length ? reviewComment(files, reviewContext).body : noPolicyFilesComment(request.inputs.policyFiles.map((g) => g.pattern))
  await writeSummary(`\n${whole}`)
  const body = iamFiles.length ? reviewComment(files, reviewContext, budget).body : whole
  core.info(`Reviewed ${files.length} changed IAM file${files.length === 1 ? '' : 's'} of pull request #${pr.number} (${local ? 'versions from the local checkout' : 'versions from the API'}): ${verdictOf(files)}.`)

  let comment: ReviewOutcome['comment']
  try {
    const identity = await tokenIdentity(client, token)
    comment = await upsertStickyComment(client, { ...repo, number: pr.number }, tag, body, { create: iamFiles.length > 0, identity })
  } catch (error) {
    const warning = refusalWarning(error, 'comment', fromFork)
    if (!warning && statusOf(error) === undefined) throw error
    const reason = warning ?? `Pull-request comment not written: ${messageOf(error)}. The review is in the job summary.`
    core.warning(reason)
    comment = { action: 'skipped', reason }
  }
  if ('id' in comment && comment.id !== undefined) {
    core.setOutput('comment-id', String(comment.id))
    core.setOutput('comment-url', comment.url ?? '')
  }
  return { pullRequest: pr.number, files, accessChange, comment, source: local ? 'local' : 'api' }
}

/**
 * The changed files the globs select, as validate's discovery would select
 * them on disk: include globs without dot files unless spelled, exclusions
 * with them. A rename counts when either side matches.
 */
export function selectPolicyFiles(changed: readonly ChangedFile[], globs: readonly PolicyGlob[]): ReviewedFile[] {
  const matcher = policyFileMatcher(globs)
  const match = (path: string | undefined) => (path === undefined ? undefined : matcher.select(path))
  const out: ReviewedFile[] = []
  for (const file of changed) {
    if (file.status === 'unchanged') continue
    const now = match(file.path)
    const before = file.status === 'renamed' ? match(file.previousPath) : undefined
    const kind = now?.kind ?? before?.kind
    const withKind = <T extends ReviewedFile>(f: T): T => (kind ? { ...f, kind } : f)
    if (file.status === 'renamed' && file.previousPath) {
      if (now && before) out.push(withKind({ path: file.path, status: 'renamed', previousPath: file.previousPath }))
      else if (now) out.push(withKind({ path: file.path, status: 'added' }))
      else if (before) out.push(withKind({ path: file.previousPath, status: 'removed' }))
      continue
    }
    if (!now) continue
    // A copy is a new file; 'changed' is GitHub's word for a mode change.
    const status: FileChangeStatus = file.status === 'copied' ? 'added' : file.status === 'changed' ? 'modified' : file.status
    out.push(withKind({ path: file.path, status }))
  }
  return out
}

type ReadAt = (sha: string, path: string) => Promise<string | undefined>

async function reviewFile(file: ReviewedFile, pr: PullRequestRef, read: ReadAt): Promise<FileReview> {
  const basePath = file.previousPath ?? file.path
  const [baseText, headText] = await Promise.all([
    file.status === 'added' ? undefined : read(pr.baseSha, basePath),
    file.status === 'removed' ? undefined : read(pr.headSha, file.path)
  ])
  const head = headText === undefined ? undefined : lintPolicyText(file.path, headText, file.kind)
  const base = baseText === undefined ? undefined : lintPolicyText(basePath, baseText, file.kind)
  // A text that is not JSON is a version that grants nothing (null), not a missing one.
  const valueOf = (text: string | undefined, linted: typeof head) => (text === undefined ? undefined : (linted?.value ?? null))
  // The kind decides what a Deny can take away; a resource policy is told apart from a key policy by the diff.
  const kind = file.kind ?? head?.kind ?? base?.kind
  const diff = diffPolicies(valueOf(baseText, base), valueOf(headText, head), kind === 'identity' || kind === 'trust' ? { kind } : {})

  const review: FileReview = {
    path: file.path,
    status: file.status,
    accessChange: diff.accessChange,
    changes: statementRows(diff),
    findings: head?.findings ?? [],
    textDiff: unifiedDiff(baseText ?? '', headText ?? '')
  }
  if (file.previousPath) review.previousPath = file.previousPath
  if (headText !== undefined && (head?.value === undefined || diff.invalid.includes('after'))) {
    review.invalid = head?.value === undefined ? firstErrorOf(head) : 'it is JSON but not a policy document (no Statement)'
  }
  if (baseText !== undefined && (base?.value === undefined || diff.invalid.includes('before'))) {
    review.note = 'The base version is not a valid policy document either; it is read as granting nothing.'
  }
  if (file.status !== 'added' && baseText === undefined) review.note = `The base version of ${basePath} could not be read; it is read as granting nothing.`
  return review
}

function statementRows(diff: PolicyDiff): FileReview['changes'] {
  return diff.statements.map((s) => {
    const ref = s.after ?? s.before
    const name = ref ? statementName(ref) : '(statement)'
    // The summary opens with the statement's name, which has its own column.
    return {
      statement: name,
      change: s.summary.startsWith(`${name}: `) ? s.summary.slice(name.length + 2) : s.summary,
      rating: s.rating,
      why: s.explanation
    }
  })
}

function firstErrorOf(linted: ReturnType<typeof lintPolicyText> | undefined): string {
  // The syntax error says why the file is not a policy; the rest of a broken file is checked too and may come first.
  const error = linted?.findings.find((f) => f.code === 'RTC001') ?? linted?.findings.find((f) => f.severity === 'error')
  return error ? `line ${error.line}: ${error.message}` : 'it is not valid JSON'
}

function changedFileOutput(file: ReviewedFile): Record<string, string> {
  const out: Record<string, string> = { path: file.path, status: file.status }
  if (file.previousPath) out.previousPath = file.previousPath
  return out
}

function isFromFork(payload: Record<string, unknown>): boolean {
  const pr = payload.pull_request as { head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } } | undefined
  const head = pr?.head?.repo?.full_name
  const base = pr?.base?.repo?.full_name
  return head !== undefined && base !== undefined && head !== base
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined
}
