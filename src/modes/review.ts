// The pull-request review of a validate run: which IAM files the PR changes,
// their base and head versions, the semantic diff and the head's findings,
// one sticky comment and the outputs. GitHub refusing (a fork's read-only
// token, a missing permission) is a warning: the step's result is decided by
// validate's `fail-on` alone.
import * as core from '@actions/core'
import type { AccessChange } from '../core/diff/semantic-diff.js'
import type { PolicyKind } from '../core/lint/lint.js'
import { MAX_PATH_DEPTH, policyFileMatcher, type PolicyGlob } from '../core/validate/policy-files.js'
import { togetherCheckFailed } from '../core/validate/validate.js'
import { readRunEvent, repositoryOf } from '../github/event.js'
import { changedFilesInCheckout, type FileVersion } from '../github/local-git.js'
import { openVersions, type ReviewVersions } from '../github/versions.js'
import { formatBytes, MAX_POLICY_BYTES } from '../workspace/discover.js'
import { reviewFootprint, type AnalysisInput } from './review-analysis.js'
import { AnalysisPool, bundleEntry, FILE_MEMORY_BUDGET_MB } from './review-worker.js'
import { createGitHubClient, type GitHubClient } from '../github/octokit.js'
import { refusalWarning, versionRefusalWarning } from '../github/permission.js'
import {
  listChangedFiles,
  MAX_LISTED_FILES,
  pickPullRequest,
  PULL_REQUEST_EVENTS,
  resolvePullRequest,
  statusOf,
  type ChangedFile,
  type PullRequestRef
} from '../github/pull-request.js'
import { commentMarker, COMMENT_LIMIT, defaultCommentTag, tokenIdentity, upsertStickyComment, workflowKey, type StickyOutcome } from '../github/sticky-comment.js'
import { combineAccess, countedAccess, noPolicyFilesComment, reviewComment, reviewedHeadOf, verdictOf, type FileChangeStatus, type FileReview, type ReviewContext } from '../report/review-comment.js'
import { summaryRoomBytes, writeSummary } from '../report/summary.js'
import { reviewSkipped as skipped } from './review-skipped.js'
import { mapLimited, messageOf } from '../core/async.js'
import { annotate, logInfo } from '../report/step-annotations.js'
import { jsonListWithin, LIST_OUTPUT_BUDGET } from '../report/json-list-output.js'
import { groupDigits } from '../core/digits.js'

/** What the review needs from the validate run. */
export interface ReviewRequest {
  /** `prNumber`: the `pr-number` input, checked with the other inputs (parseValidateInputs). */
  inputs: { policyFiles: PolicyGlob[]; prNumber?: number; commentTag: string }
  /** Absolute path of the checkout (the local git path reads from it). */
  workspace: string
  /**
   * The files validate found in the checkout, under their real paths: a file
   * reached through a symbolic link the globs match is a policy file too (a
   * deploy of the link applies it), though no glob names its own path.
   */
  discovery?: { files: ReadonlyArray<{ path: string; kind?: PolicyKind }> }
  /** The validate run's bugs met: `file` '' is the check that the documents work together (the comment says it could not run). */
  result?: { failures: ReadonlyArray<{ file: string }> }
}

/** One changed IAM file, with the kind its glob forces. */
export interface ReviewedFile {
  path: string
  status: FileChangeStatus
  previousPath?: string
  kind?: PolicyKind
  /** Why the file is named but not reviewed, when that is known before its versions are read. */
  unreviewable?: string
}

/** A changed file past the depth a glob matches, where a glob could otherwise reach it (validate skips its folder). */
const TOO_DEEP = `its path has more than ${MAX_PATH_DEPTH} names, and no glob matches so deep a path (validate searches no folder that deep either)`

export interface ReviewOutcome {
  pullRequest: number
  files: FileReview[]
  accessChange: AccessChange
  comment: StickyOutcome | { action: 'skipped'; reason: string }
  /** Where the versions came from ('mixed': head from the checkout, before through the API). */
  source: ReviewVersions['source']
  /** The commit the before versions were read at: the merge base, or the base branch's tip when none was found. */
  beforeSha: string
}

export interface ReviewOptions {
  /** The artifact that holds the reports, when the run uploads one. */
  artifactName?: string
}

/** Is this run about a pull request: its event's, or `prNumber` (the checked `pr-number` input)? */
export function reviewsPullRequest(prNumber: number | undefined): boolean {
  const event = readRunEvent()
  return pickPullRequest(event.name, event.payload, prNumber) !== undefined
}

/**
 * Runs the review when this run is about a pull request (its event, or the
 * `pr-number` input); otherwise does nothing and returns undefined.
 */
export async function runReview(request: ReviewRequest, options: ReviewOptions = {}): Promise<ReviewOutcome | undefined> {
  const event = readRunEvent()
  const { prNumber } = request.inputs
  const onPullRequest = prNumber !== undefined || (PULL_REQUEST_EVENTS as readonly string[]).includes(event.name)
  // Which PR, its commits, and (workflow_run) which head was checked all come from the event.
  if (event.problem && (onPullRequest || event.name === 'workflow_run')) {
    return skipped(`Pull-request review skipped: ${event.problem}. The findings above are reported as usual.`, onPullRequest)
  }
  const pick = pickPullRequest(event.name, event.payload, prNumber)
  if (!pick) return undefined

  const token = core.getInput('github-token')
  if (!token) {
    return skipped("Pull-request review skipped: the 'github-token' input is empty. Leave it at its default (github.token) or pass a token that may read the pull request and comment on it.")
  }
  // Masked in the log whatever its source: a token typed into the workflow is no secret to the runner.
  core.setSecret(token)
  const client = createGitHubClient(token)
  const repo = repositoryOf(event)
  if (!repo) return skipped('Pull-request review skipped: GITHUB_REPOSITORY is not set and the event names no repository.')
  // On pull_request_target the token is the base repository's, with the permissions the workflow gives it, fork
  // or not: a refusal there is a permission to grant, not a fork's read-only token.
  const fromFork = event.name !== 'pull_request_target' && isFromFork(event.payload)

  let pr: PullRequestRef
  let changed: { files: ChangedFile[]; capped: boolean; headMoved?: string }
  try {
    pr = await resolvePullRequest(client, repo, pick)
    changed = await listChangedFiles(client, pr)
  } catch (error) {
    const warning = refusalWarning(error, 'read', fromFork)
    if (!warning && statusOf(error) === undefined) throw error
    return skipped(warning ?? `Pull-request review skipped: reading pull request #${pick.number} failed (${messageOf(error)}).`)
  }

  if (pick.expectedHeadSha && pick.expectedHeadSha !== pr.headSha) {
    return skipped(
      `Pull-request review skipped: pr-number ${pr.number} names a pull request whose head is ${pr.headSha}, but the workflow run that triggered this one ran on ${pick.expectedHeadSha} (workflow_run.head_sha). The number does not belong to that run (or the PR moved on since); nothing is commented.`
    )
  }

  if (changed.headMoved) {
    annotate(
      'notice',
      `Pull request #${pr.number}'s head moved to ${changed.headMoved} while its files were listed (a push during this run): the list was read again, whole, as GitHub gives it for that head. ` +
        `This run reviews ${pr.headSha}; a listed file that is not there is named as not reviewed, and the run for the new head reviews it.`
    )
  }
  // GitHub lists a pull request's first 3,000 files only; a checkout that holds the commits lists them all.
  if (changed.capped) {
    const listed = await changedFilesInCheckout(request.workspace, pr.baseSha, pr.headSha)
    if (listed) {
      core.info(`GitHub lists only the first ${groupDigits(MAX_LISTED_FILES)} files of a pull request: the ${groupDigits(listed.length)} files this one changes are listed from the checkout (git diff of the merge base and the head).`)
      changed = { files: listed, capped: false }
    }
  }

  const iamFiles = selectPolicyFiles(changed.files, request.inputs.policyFiles, request.discovery?.files)
  const changedFiles = jsonListWithin(iamFiles.map(changedFileOutput), { count: iamFiles.length, files: [] })
  core.setOutput('changed-files', changedFiles)
  if (!changedFiles.startsWith('[')) {
    core.info(`The changed-files output holds the first of the ${iamFiles.length} changed IAM files, as {"count", "files"}: the whole list would pass its ${groupDigits(LIST_OUTPUT_BUDGET)} bytes.`)
  }

  // The same cap as validate: a version over it is named, never read. GitHub refusing to name
  // the merge base is not an error: the before versions are then the base tip's, and the comment says so.
  const needBefore = iamFiles.some((f) => f.status !== 'added')
  const versions = await openVersions({ client, repo, workspace: request.workspace, pr, needBefore, maxBytes: MAX_POLICY_BYTES })
  const budget = reviewBudget()
  const pool = new AnalysisPool(iamFiles.length ? bundleEntry() : undefined, budget.perFileMs, budget.perFileMemoryMb)
  let files: FileReview[]
  try {
    files = await mapLimited(iamFiles, versions.concurrency, (file) => reviewFile(file, versions.read, budget, pool))
  } finally {
    versions.close()
    pool.close()
  }
  const refusal = versions.refused()
  if (refusal) annotate('warning', versionRefusalWarning(refusal))
  // Files past the 3,000 GitHub lists are not reviewed: counted as one that broadens, as any file not reviewed is.
  const accessChange = changed.capped ? combineAccess([accessChangeOf(files), 'broadens']) : accessChangeOf(files)
  core.setOutput('access-change', accessChange)

  const repoUrl = `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo.owner}/${repo.repo}`
  const reviewContext = {
    ...(runUrl() ? { runUrl: runUrl() } : {}),
    ...(options.artifactName ? { artifactName: options.artifactName } : {}),
    // The head the versions were read at (findings link to its lines).
    blobBase: `${repoUrl}/blob/${versions.headSha}/`,
    capped: changed.capped,
    commits: {
      head: versions.headSha,
      ...(needBefore ? { before: versions.beforeSha } : {}),
      commitUrl: `${repoUrl}/commit/`
    },
    ...(versions.fallback ? { beforeFallback: { sha: versions.beforeSha, reason: versions.fallback } } : {}),
    ...(request.result && togetherCheckFailed(request.result.failures) ? { togetherFailed: true } : {})
  }
  const tag = request.inputs.commentTag || defaultCommentTag(process.env.GITHUB_WORKFLOW ?? '', process.env.GITHUB_JOB ?? '', core.getInput('policy-files'))
  const workflow = workflowKey()
  // The marker and the blank line before it come on top of the body.
  const room = COMMENT_LIMIT - commentMarker(tag, workflow).length - 3
  const noFiles = iamFiles.length
    ? undefined
    : noPolicyFilesComment(
        request.inputs.policyFiles.map((g) => g.pattern),
        reviewContext.commits,
        changed.capped
      )
  writeSummary(`\n${noFiles ?? reviewForSummary(files, reviewContext)}`)
  const body = noFiles ?? reviewComment(files, reviewContext, room).body
  // The commits are GitHub's text, unchecked when the API answered for them: a log line as annotations' words are.
  logInfo(
    `Reviewed ${files.length} changed IAM file${files.length === 1 ? '' : 's'} of pull request #${pr.number} (${SOURCE_TEXT[versions.source]}${needBefore ? `; before versions at ${versions.fallback ? `the base branch's tip ${versions.beforeSha}: ${versions.fallback}` : `the merge base ${versions.beforeSha}`}` : ''}): ${verdictOf(files, changed.capped)}.`
  )

  let comment: ReviewOutcome['comment']
  try {
    const identity = await tokenIdentity(client, token)
    const closed = pr.state === 'closed' || pr.locked
    if (closed) {
      annotate(
        'notice',
        pr.locked
          ? `Pull request #${pr.number} is locked: no comment is written or edited. The review is in the job summary.`
          : `Pull request #${pr.number} is closed: no new comment is written; an earlier review comment of this job, if there is one, is brought up to date. The review is in the job summary.`
      )
    }
    comment = await upsertStickyComment(client, { ...repo, number: pr.number }, tag, body, {
      // Past the 3,000 files GitHub lists, none of them an IAM file, is not "no IAM file": access-change says broadens,
      // and a gate on it failed with nothing on the pull request saying why.
      create: (iamFiles.length > 0 || changed.capped) && !closed,
      edit: !pr.locked,
      identity,
      workflow,
      keepExisting: (existing) => staleRun(client, pr, versions.headSha, existing.body ?? '')
    })
    if (comment.kept) annotate('notice', comment.kept)
  } catch (error) {
    const warning = refusalWarning(error, 'comment', fromFork)
    if (!warning && statusOf(error) === undefined) throw error
    const reason = warning ?? `Pull-request comment not written: ${messageOf(error)}. The review is in the job summary.`
    annotate('warning', reason)
    comment = { action: 'skipped', reason }
  }
  if ('id' in comment && comment.id !== undefined) {
    core.setOutput('comment-id', String(comment.id))
    core.setOutput('comment-url', comment.url ?? '')
  }
  return { pullRequest: pr.number, files, accessChange, comment, source: versions.source, beforeSha: versions.beforeSha }
}

/**
 * Why this run must not rewrite the comment, when it must not: the comment
 * reviews another head than this run, and the pull request's head is no longer
 * this run's either (a re-run of an older workflow run, whose event names the
 * head of its time). Only then is GitHub asked for the PR's head: a comment of
 * this head, or one that names none, is edited without a request.
 */
async function staleRun(client: GitHubClient, pr: PullRequestRef, reviewed: string, existingBody: string): Promise<string | undefined> {
  const commented = reviewedHeadOf(existingBody)
  if (commented === undefined || commented === reviewed) return undefined
  // The pull request as GitHub has it now (no commits in the pick: resolvePullRequest asks).
  const now = await resolvePullRequest(client, { owner: pr.owner, repo: pr.repo }, { number: pr.number })
  if (now.headSha === reviewed) return undefined
  return (
    `Pull request #${pr.number}'s head is now ${now.headSha}, and this run reviewed ${reviewed} (a re-run of an older run?): ` +
    `its review comment, of ${commented}, is left as it is. This run's review is in the job summary.`
  )
}

const SOURCE_TEXT: Record<ReviewVersions['source'], string> = {
  local: 'versions from the local checkout',
  api: 'versions from the API',
  mixed: 'head versions from the local checkout, before versions from the API'
}

/**
 * The changed files the globs select, as validate's discovery would select
 * them on disk: include globs without dot files unless spelled, exclusions
 * with them; and the files validate found only through a symbolic link
 * (`found`, by real path: a change to a link's target changes the policy the
 * link names, though the link itself is unchanged). A rename counts when
 * either side matches; one between kinds is a removal and an addition.
 */
export function selectPolicyFiles(changed: readonly ChangedFile[], globs: readonly PolicyGlob[], found: ReadonlyArray<{ path: string; kind?: PolicyKind }> = []): ReviewedFile[] {
  const matcher = policyFileMatcher(globs)
  // Looked up by the changed paths the globs do not select: one map of the found files, no glob run over them.
  const foundByPath = new Map<string, { kind?: PolicyKind }>()
  for (const f of found) foundByPath.set(f.path, f.kind ? { kind: f.kind } : {})
  const match = (path: string | undefined) => (path === undefined ? undefined : (matcher.select(path) ?? foundByPath.get(path)))
  const out: ReviewedFile[] = []
  for (const file of changed) {
    if (file.status === 'unchanged') continue
    // A name git gave that is not UTF-8 (changedFilesOf): whatever the globs select of it is named, never read by it.
    const push = (f: ReviewedFile) => out.push(file.unreadableName && !f.unreviewable ? { ...f, unreviewable: file.unreadableName } : f)
    const now = match(file.path)
    const before = file.status === 'renamed' ? match(file.previousPath) : undefined
    const kind = now?.kind ?? before?.kind
    const withKind = <T extends ReviewedFile>(f: T): T => (kind ? { ...f, kind } : f)
    // Sound when unsure: a side the globs may have named but match at no depth so great is named as not reviewed (broadens).
    const deep = (path: string) => ({ path, unreviewable: TOO_DEEP })
    if (file.status === 'renamed' && file.previousPath) {
      // Moved between kinds (an SCP's folder to an identity policy's), the same text is another policy: the old one
      // goes and a new one comes, each read with its own path's kind (the head as validate reads it). One kind for
      // both read an SCP that allows everything, moved to grant it, as an SCP again: "none", and no finding.
      if (now && before && now.kind !== before.kind) {
        push({ path: file.previousPath, status: 'removed', ...(before.kind ? { kind: before.kind } : {}) })
        push({ path: file.path, status: 'added', ...(now.kind ? { kind: now.kind } : {}) })
      } else if (now && before) push(withKind({ path: file.path, status: 'renamed', previousPath: file.previousPath }))
      else if (now) push(withKind({ path: file.path, status: 'added' }))
      else if (before) push(withKind({ path: file.previousPath, status: 'removed' }))
      if (!now && matcher.tooDeep(file.path)) push({ ...deep(file.path), status: 'added' })
      if (!before && matcher.tooDeep(file.previousPath)) push({ ...deep(file.previousPath), status: 'removed' })
      continue
    }
    // A copy is a new file; 'changed' is GitHub's word for a mode change.
    const status: FileChangeStatus = file.status === 'copied' ? 'added' : file.status === 'changed' ? 'modified' : file.status
    if (now) push(withKind({ path: file.path, status }))
    else if (matcher.tooDeep(file.path)) push({ ...deep(file.path), status })
  }
  return out
}

type ReadAt = ReviewVersions['read']

/**
 * How long the review may take and how much memory a file may use. Each
 * file's analysis runs in a worker (review-worker.ts) that is ended when it
 * runs over its time or memory; once the whole budget is spent the files left
 * are not started. Every such file is named as not reviewed, never reported
 * as unchanged.
 */
export interface ReviewBudget {
  /** Date.now() past which no more file is started. */
  deadline: number
  perFileMs: number
  /** The analysis worker's heap limit. */
  perFileMemoryMb: number
  /**
   * Bytes the files' reviews may still keep. What the analysis makes of a
   * file's versions (its findings, change rows and text diff) is kept for the
   * comment and the summary, and is 6 to 23 times the versions' text (a
   * minified statement of 60 characters gets three findings of 300): this is
   * what is counted (reviewFootprint), not the text, which is let go once
   * analysed. The versions of the files under way count until then.
   */
  bytesLeft: number
  /** The whole memory budget, for the messages. */
  bytesTotal: number
}

/**
 * The whole review when it fits what is left of the step summary (validate's
 * part came first); otherwise cut to that room, counting 3 bytes a character
 * (UTF-8's most for one UTF-16 unit), so GitHub never drops the summary.
 */
function reviewForSummary(files: readonly FileReview[], context: ReviewContext): string {
  const room = summaryRoomBytes()
  // Never rendered whole without a limit: a review of a few dozen 1 MiB versions of control characters, whole, is
  // longer than V8's longest string. Whole it fits `room` characters at least when it fits `room` bytes.
  const within = reviewComment(files, context, room, 'summary')
  if (within.cut.length === 0 && Buffer.byteLength(within.body, 'utf8') <= room) return within.body
  return reviewComment(files, context, Math.floor(room / 3), 'summary').body
}

export const REVIEW_BUDGET_MS = 120_000
export const FILE_BUDGET_MS = 20_000
export const REVIEW_MEMORY_BUDGET_BYTES = 256 * 1024 * 1024

function reviewBudget(): ReviewBudget {
  // RTC_REVIEW_BUDGET_MS / RTC_FILE_BUDGET_MS / RTC_FILE_MEMORY_MB let the tests shrink them.
  const ms = (name: string, fallback: number) => {
    const value = Number(process.env[name])
    return Number.isFinite(value) && value > 0 ? value : fallback
  }
  const memory = ms('RTC_REVIEW_MEMORY_BYTES', REVIEW_MEMORY_BUDGET_BYTES)
  return {
    deadline: Date.now() + ms('RTC_REVIEW_BUDGET_MS', REVIEW_BUDGET_MS),
    perFileMs: ms('RTC_FILE_BUDGET_MS', FILE_BUDGET_MS),
    perFileMemoryMb: ms('RTC_FILE_MEMORY_MB', FILE_MEMORY_BUDGET_MB),
    bytesLeft: memory,
    bytesTotal: memory
  }
}

/** A file the review names but did not review, and why. */
function notReviewed(file: ReviewedFile, reason: string): FileReview {
  // Sound when unsure: a file nobody compared may broaden access, never "none".
  const review: FileReview = { path: file.path, status: file.status, accessChange: 'broadens', notReviewed: reason, changes: [], findings: [], textDiff: '' }
  if (file.previousPath) review.previousPath = file.previousPath
  return review
}

/** Why a version cannot be reviewed; undefined when it can. */
function unreviewable(version: FileVersion | undefined, side: string): string | undefined {
  if (version?.kind === 'too-large') return `over 1 MiB (the ${side} version is ${formatBytes(version.size)})`
  if (version?.kind === 'unreadable') return `the ${side} version cannot be read: ${version.reason}`
  return undefined
}

/**
 * Why a version the listed status says is there cannot be reviewed when the
 * commit holds no file at its path: GitHub lists the PR's files as they are
 * now, while the event's head may be older (a push since), and a submodule, a
 * folder or (through the API) a symlink out of the repository is no file. Read
 * as absent, a modified file whose head is missing would look removed
 * ("narrows"), and an added or removed one would look empty ("none").
 * (A missing base of a modified or renamed file keeps its note instead: read
 * as granting nothing, which never hides a broadening.)
 */
function absentVersion(file: ReviewedFile, base: FileVersion | undefined, head: FileVersion | undefined): string | undefined {
  const since = 'a submodule, a folder or a symbolic link, or the pull request changed since the commit this run reviews'
  if (file.status !== 'removed' && head?.kind === 'missing') return `the head version is not a file at the head commit (${since})`
  if (file.status === 'removed' && base?.kind === 'missing') return `the base version is not a file at the before commit (${since})`
  return undefined
}

/**
 * The access-change output, one of the four documented values: a file that was
 * not reviewed (over a budget), or whose head version cannot be read as a
 * policy, counts as "broadens", since nothing shows it does not. (An
 * unreadable head was left out, so a PR that broke one file and narrowed
 * another said "narrows", and one that only broke a file said "none", while
 * the comment said "Invalid documents": a gate on the output let it through.)
 */
export function accessChangeOf(files: readonly FileReview[]): AccessChange {
  return combineAccess(files.map(countedAccess))
}

async function reviewFile(file: ReviewedFile, read: ReadAt, budget: ReviewBudget, pool: AnalysisPool): Promise<FileReview> {
  if (file.unreviewable) return notReviewed(file, file.unreviewable)
  if (Date.now() > budget.deadline) return notReviewed(file, 'the review ran out of its time budget before this file')
  // A rename's before side is its old path, at the same commit as every other before version.
  const basePath = file.previousPath ?? file.path
  const [baseVersion, headVersion] = await Promise.all([
    file.status === 'added' ? undefined : read('before', basePath),
    file.status === 'removed' ? undefined : read('head', file.path)
  ])
  const skip = unreviewable(headVersion, 'head') ?? unreviewable(baseVersion, 'base') ?? absentVersion(file, baseVersion, headVersion)
  if (skip) return notReviewed(file, skip)
  const textOf = (v: FileVersion | undefined) => (v?.kind === 'text' ? v.text : undefined)
  const bytesOf = (v: FileVersion | undefined) => (v?.kind === 'text' ? v.bytes : undefined)
  const versionBytes = (textOf(baseVersion)?.length ?? 0) + (textOf(headVersion)?.length ?? 0) + (bytesOf(baseVersion)?.length ?? 0) + (bytesOf(headVersion)?.length ?? 0)
  if (versionBytes > budget.bytesLeft) return notReviewed(file, `the review's memory budget (${formatBytes(budget.bytesTotal)}) was spent before this file`)
  // Held while the file is under way (another may be read meanwhile), let go after.
  budget.bytesLeft -= versionBytes
  const input: AnalysisInput = { path: file.path, status: file.status }
  if (file.previousPath) input.previousPath = file.previousPath
  if (file.kind) input.kind = file.kind
  const baseText = textOf(baseVersion)
  const headText = textOf(headVersion)
  if (baseText !== undefined) input.baseText = baseText
  if (headText !== undefined) input.headText = headText
  const [baseBytes, headBytes] = [bytesOf(baseVersion), bytesOf(headVersion)]
  if (baseBytes) input.baseBytes = baseBytes
  if (headBytes) input.headBytes = headBytes
  // The analysis's own time is its budget (the pool's): not the time its versions took to come.
  const result = await pool.analyse(input)
  budget.bytesLeft += versionBytes
  if (!result.ok) return notReviewed(file, result.reason)
  // Kept only when it fits: a review over what is left is let go, and the file named.
  const kept = reviewFootprint(result.review)
  if (kept > budget.bytesLeft) return notReviewed(file, `its review (${formatBytes(kept)} of findings, changes and text diff) would pass what is left of the review's memory budget (${formatBytes(budget.bytesTotal)})`)
  budget.bytesLeft -= kept
  return result.review
}

function changedFileOutput(file: ReviewedFile): Record<string, string> {
  const out: Record<string, string> = { path: file.path, status: file.status }
  if (file.previousPath) out.previousPath = file.previousPath
  return out
}

function isFromFork(payload: Record<string, unknown>): boolean {
  const pr = payload.pull_request as { head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } } | undefined
  // GitHub sends `head.repo: null` once the head's repository is deleted: only a fork's can be, the base's being this one.
  if (pr?.head?.repo === null) return true
  const head = pr?.head?.repo?.full_name
  const base = pr?.base?.repo?.full_name
  return head !== undefined && base !== undefined && head !== base
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined
}
