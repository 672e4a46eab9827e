import * as core from '@actions/core'
import { realpathSync } from 'node:fs'
import path from 'node:path'
import type { InputError } from '../core/inputs/input-error.js'
import { formatInputError } from '../core/inputs/input-error.js'
import type { Finding } from '../core/lint/finding.js'
import { countBySeverity, describeCounts, failureReason } from '../core/validate/fail-on.js'
import { FILE_NOT_CHECKED, fileFinding } from '../core/validate/checks.js'
import { oneLine } from '../core/lint/finding.js'
import { sortFindings } from '../core/validate/lint-files.js'
import { parseValidateInputs, type ValidateInputs } from '../core/validate/inputs.js'
import { globsInWorkspace, type PolicyGlob } from '../core/validate/policy-files.js'
import type { CheckedFile, FileToLint } from '../core/validate/lint-files.js'
import { isTogetherCheckFailure, togetherCheckFailed, validateFiles, type ValidationResult } from '../core/validate/validate.js'
import { guardEventPath, readRunEvent } from '../github/event.js'
import { PULL_REQUEST_EVENTS } from '../github/pull-request.js'
import { emitAnnotations, type Elsewhere } from '../report/annotations.js'
import { annotate, failStep, logInfo } from '../report/step-annotations.js'
import { artifactServiceMissing, onEnterpriseServer, uploadArtifact } from '../report/artifact.js'
import { checkWriteTarget, resolveInWorkspace } from '../report/files.js'
import { findingsOutput, writeFindingsFile } from '../report/findings-output.js'
import { inlineCode, visibleText } from '../report/markdown.js'
import { codeScanningLimitNote, sarifEnvelopeFor, sarifResultTexts, writeSarif } from '../report/sarif.js'
import { validateSummary } from '../report/validate-summary.js'
import { discoverPolicyFiles, readFoundFilesInBatches, skippedInOrder, type Discovery, type SkippedPath } from '../workspace/discover.js'
import { writeSummary } from '../report/summary.js'
import { readInputs } from './read-inputs.js'
import { reviewSkipped } from './review-skipped.js'
import { clipText } from '../core/clip-text.js'
import { quotedText } from '../core/visible-text.js'
import { externalIdMasking } from '../core/generate/documents.js'
import { messageOf } from '../core/async.js'
import { deferTopTierCompiles } from '../top-tier-compiles.js'

/** Everything a validate run found: what the review step and the reporters read. */
export interface ValidateOutcome {
  inputs: ValidateInputs
  /** Absolute; finding paths are relative to it. */
  workspace: string
  discovery: Discovery
  /** Found files that could not be read after all, with discovery's skipped ones. */
  skipped: SkippedPath[]
  /** The linted files (path and kind) and every finding, sorted. */
  files: CheckedFile[]
  findings: Finding[]
  result: ValidationResult
}

const NO_MATCH_RULE =
  'globs that each match at least one file in the workspace (a dot file only when the glob spells the dot; .git and node_modules are never searched)'

/** 'the glob "a" (line 2)' or '2 globs "a" (line 2), "b" (line 3)', each glob followed by its own reason when one is given. */
function globsListed(globs: readonly PolicyGlob[], reasonOf?: (glob: PolicyGlob) => string): string {
  const list = globs
    .map((g) => {
      const reason = reasonOf?.(g) ?? ''
      return `${quotedText(g.pattern)} (line ${g.line})${reason ? ` ${reason}` : ''}`
    })
    .join(', ')
  return `${globs.length === 1 ? 'the glob' : `${globs.length} globs`} ${list}`
}

/** 'the glob "a" (line 2) <what>' or '2 globs "a" (line 2), "b" (line 3) <what>'. */
function globsThat(globs: readonly PolicyGlob[], what: string): string {
  return `${globsListed(globs, windowsSeparatorNote)} ${what}`
}

/**
 * A glob with a backslash, most likely a Windows path (iam\roles\*.json): in a glob '\' escapes the next
 * character, so it matched nothing, and "matched no file" alone does not say why.
 */
function windowsSeparatorNote(glob: PolicyGlob): string {
  return glob.pattern.includes('\\') ? "(a '\\' in a glob escapes the character after it: separate folders with '/')" : ''
}

/** 'the glob "/iam/*.json" (line 2) is an absolute path: only files inside the workspace are read' (outsideReason's words). */
function outsideGlobs(globs: readonly PolicyGlob[]): string {
  return `${globsListed(globs, (g) => g.outside ?? '')}: only files inside the workspace are read`
}

export async function runValidate(): Promise<void> {
  const inputs = readInputs(parseValidateInputs)
  if (!inputs) return
  // As generate does, but before any output is known: only a short id is left unmasked (it would hide ordinary text).
  if (inputs.together?.externalId) {
    const masking = externalIdMasking(inputs.together.externalId, {})
    if (masking.mask) core.setSecret(inputs.together.externalId)
    if (masking.warning) annotate('warning', masking.warning, { title: 'External id not masked' })
  }
  // A run of about a second: V8's top tier for what is really hot only (see top-tier-compiles.ts).
  deferTopTierCompiles()
  // Before anything is reported: a sarif-file outside the workspace or through a symlink is a bad input.
  const sarifTarget = inputs.sarifFile ? checkWriteTarget('sarif-file', inputs.sarifFile, 'file') : undefined
  if (sarifTarget && !sarifTarget.ok) {
    failStep(formatInputError(sarifTarget.error))
    return
  }

  // The review module (and with it Octokit) is loaded only when this run may
  // be about a pull request: most validate runs never pay for it.
  const review = mayReviewPullRequest(inputs.prNumber) ? await loadReview() : undefined

  // On a pull request a glob may match nothing because the PR removed the
  // last file: the review must still run to say so, so it is a warning there.
  const outcome = await validateWorkspace(inputs, resolveInWorkspace('.'), { unmatchedIsError: !review?.reviewsPullRequest(inputs.prNumber) })
  if ('input' in outcome) {
    failStep(formatInputError(outcome))
    return
  }
  const failure = failureOf(outcome)
  const reports = await reportOutcome(outcome, failure)

  // ── Pull-request review ─────────────────────────────────────────────────
  // The review (src/modes/review.ts) is called here, with `outcome`: after
  // the findings are reported and before the exit decision, so a failing
  // validation still gets its comment.
  if (review) await review.runReview(outcome, reports.artifactName ? { artifactName: reports.artifactName } : {})
  else if (process.env.GITHUB_EVENT_NAME === 'workflow_run') sayWhyNoReview()

  annotateLists(outcome, reports.elsewhere, failure)
  decideExit(outcome, failure)
}

/**
 * The findings' annotations, last: they take the room
 * the step's own messages left (GitHub shows ten of each level per step; see
 * step-annotations.ts), less one error for the failure decideExit reports.
 */
function annotateLists(outcome: ValidateOutcome, elsewhere: Elsewhere, failure: string | undefined): void {
  // The skipped paths are error findings (RTC905) among the others.
  emitAnnotations(outcome.findings, elsewhere, outcome.result.counts, { error: failure ? 1 : 0 })
}

/** The workspace as given and its real path (GITHUB_WORKSPACE may pass through a symbolic link). */
function workspaceSpellings(workspace: string): string[] {
  try {
    return [workspace, realpathSync(workspace)]
  } catch {
    return [workspace]
  }
}

/**
 * Finds, reads and validates the files. A glob that matched nothing comes
 * back as an InputError: nothing has been reported or written then.
 */
export async function validateWorkspace(
  inputs: ValidateInputs,
  workspace: string,
  options: { unmatchedIsError: boolean } = { unmatchedIsError: true }
): Promise<ValidateOutcome | InputError> {
  // `${{ github.workspace }}/iam/*.json` names files in the workspace: read relative to it (the review too).
  inputs = { ...inputs, policyFiles: globsInWorkspace(inputs.policyFiles, workspaceSpellings(workspace)) }
  // A glob that lies outside the workspace matches no file the action reads, as one that matched nothing: skipped
  // with a warning, a run whose every glob was such passed having checked no file (`/iam/*.json` for the
  // repository's iam folder, `${{ runner.temp }}/...`).
  const outside = inputs.policyFiles.filter((g) => g.outside !== undefined && !g.exclude)
  const discovery = discoverPolicyFiles(workspace, outside.length ? inputs.policyFiles.filter((g) => !outside.includes(g)) : inputs.policyFiles)
  const problems = [
    ...(outside.length ? [outsideGlobs(outside)] : []),
    ...(discovery.unmatched.length ? [globsThat(discovery.unmatched, options.unmatchedIsError ? 'matched no file' : 'matched no file in the checkout')] : [])
  ]
  if (problems.length > 0) {
    const problem = problems.join('; ')
    if (options.unmatchedIsError) return { input: 'policy-files', problem, rule: NO_MATCH_RULE }
    annotate('warning', `Input 'policy-files': ${problem}; the pull-request review goes on.`)
  }
  // With account-id and role-name the run is asked whether the documents work together; with every matched file
  // left out by a '!' line there is none to check, and a pass would answer yes having read nothing (the check needs
  // at least the trust policy: RTC701). An error as a glob that matches nothing is (a warning on a pull request).
  if (inputs.together && discovery.files.length === 0 && discovery.skipped.length === 0 && discovery.allLeftOut.length > 0) {
    const problem = `${globsThat(discovery.allLeftOut, "matched only files that a '!' line leaves out")}, so no file is left to check that the documents work together (account-id and role-name ask for it)`
    if (options.unmatchedIsError) return { input: 'policy-files', problem, rule: 'at least one file left to check (the trust policy first) when the inputs name a role' }
    annotate('warning', `Input 'policy-files': ${problem}; the pull-request review goes on.`)
  }
  // Not an error (the glob did match), but nothing it names is checked: most likely not what was meant.
  else if (discovery.allLeftOut.length > 0) {
    annotate('warning', `Input 'policy-files': ${globsThat(discovery.allLeftOut, "matched only files that a '!' line leaves out")}, so no file of ${discovery.allLeftOut.length === 1 ? 'it' : 'theirs'} is checked (an exclusion removes a file whatever other line names it).`)
  }

  const refused: SkippedPath[] = []
  const failed: SkippedPath[] = []
  // The files are read a batch at a time when the linter asks for them and
  // released after: only one batch's texts are alive at a time.
  function* filesToLint(): Generator<FileToLint> {
    for (const { file, read } of readFoundFilesInBatches(discovery.files)) {
      if (!read.ok) (read.refused ? refused : failed).push({ path: file.path, reason: read.reason })
      else {
        const content = 'text' in read ? { text: read.text } : { bytes: read.bytes }
        yield file.kind ? { path: file.path, kind: file.kind, ...content } : { path: file.path, ...content }
      }
    }
  }
  // The check that the documents work together loads only when its inputs are given.
  const together = inputs.together && {
    inputs: inputs.together,
    check: (await import('../core/together/check-together.js')).checkTogether,
    settled: (await import('../core/together/settled-findings.js')).settledLintFindings
  }
  const validated = validateFiles(filesToLint(), together)
  const skipped = skippedInOrder(discovery.skipped, refused, failed)
  const result = withNotChecked(validated, skipped)
  for (const failure of result.failures) {
    // Bugs, not findings about the files: keep the stack for the debug log.
    if (failure.error instanceof Error && failure.error.stack) core.debug(failure.error.stack)
    if (isTogetherCheckFailure(failure)) annotate('error', `The check that the documents work together failed: ${messageOf(failure.error)}`)
  }
  return { inputs, workspace, discovery, skipped, files: result.files, findings: result.findings, result }
}

/**
 * Each skipped path as an error finding (RTC905) among the others: a policy
 * nobody checked does not pass `fail-on: error` (a pull request could add a
 * 2 MiB policy to keep it from the checks), and the outputs, the SARIF report
 * and the findings file name it as they name any error.
 */
function withNotChecked(result: ValidationResult, skipped: readonly SkippedPath[]): ValidationResult {
  if (skipped.length === 0) return result
  const notChecked = skipped.map((s) =>
    fileFinding(
      FILE_NOT_CHECKED,
      s.path,
      { line: 1, column: 1 },
      oneLine(`Not checked: the path ${s.reason}.`),
      "Make it a file the validator reads (a policy under 1 MiB, inside the workspace), or, when it is not a policy, leave it out of policy-files with a '!' line that names it."
    )
  )
  const findings = sortFindings([...result.findings, ...notChecked])
  return { ...result, findings, counts: countBySeverity(findings) }
}

/** Where the reports went: the findings file, and the artifact when one was uploaded. */
export interface ReportsOutcome {
  findingsFile: string
  artifactName?: string
  /** Where every finding can be read, in words (for the line after the annotations). */
  elsewhere: Elsewhere
}

/**
 * Outputs, SARIF file, findings file, their artifact and the job summary,
 * whatever `fail-on` says (the annotations come last: see annotateLists).
 * Every report GitHub limits is cut to fit and says where the whole list is:
 * the SARIF report and the findings file (also uploaded as an artifact)
 * always hold every finding.
 */
export async function reportOutcome(outcome: ValidateOutcome, failure = failureOf(outcome)): Promise<ReportsOutcome> {
  const { inputs, findings, result } = outcome
  const findingsFile = writeFindingsFile(findings)
  let sarifPath: string | undefined
  if (inputs.sarifFile) {
    const envelope = sarifEnvelopeFor(findings)
    sarifPath = await writeSarif(resolveInWorkspace(inputs.sarifFile), envelope, sarifResultTexts(findings, envelope.runs[0].tool.driver.rules))
    logInfo(`Wrote the SARIF report to ${sarifPath}`)
    // Before the findings' annotations, which take what room it leaves.
    const limit = codeScanningLimitNote(findings.length)
    if (limit) annotate('warning', limit, { title: 'SARIF report over code scanning\'s limit' })
  }
  const artifactName = await uploadReports(inputs, [findingsFile, ...(sarifPath ? [sarifPath] : [])])

  const elsewhere = [
    ...(inputs.sarifFile ? [`the SARIF report ${inputs.sarifFile}`] : []),
    `the findings file ${findingsFile} (output findings-file)`,
    ...(artifactName ? [`the artifact ${artifactName}`] : [])
  ]
  core.setOutput('findings', findingsOutput(findings, findingsFile))
  core.setOutput('findings-file', findingsFile)
  core.setOutput('errors', String(result.counts.error))
  core.setOutput('warnings', String(result.counts.warning))

  const base = linkBase()
  writeSummary(
    validateSummary({
      files: outcome.files,
      findings,
      skipped: outcome.skipped,
      failOn: inputs.failOn,
      failure,
      ...(inputs.together ? { together: inputs.together } : {}),
      ...(togetherCheckFailed(outcome.result.failures) ? { togetherFailed: true } : {}),
      ...(inputs.sarifFile ? { sarifFile: inputs.sarifFile } : {}),
      ...(base ? { linkBase: base } : {}),
      elsewhere: [
        ...(inputs.sarifFile ? [`the SARIF report ${inlineCode(inputs.sarifFile)}`] : []),
        'the file the `findings-file` output names',
        ...(artifactName ? [`the artifact ${inlineCode(artifactName)}`] : [])
      ]
    })
  )
  return artifactName ? { findingsFile, artifactName, elsewhere } : { findingsFile, elsewhere }
}

/**
 * Uploads the findings file and the SARIF report as one artifact, where the
 * runner has an artifact service and `artifact-name` is set. A failed upload
 * is a warning: the reports are on disk, and the step's result is `fail-on`'s.
 */
async function uploadReports(inputs: ValidateInputs, files: string[]): Promise<string | undefined> {
  // Quietly none where there is no artifact service (a local run, GitHub
  // Enterprise Server): the reports are on disk and the summary says where.
  if (!inputs.artifactName || artifactServiceMissing() || onEnterpriseServer()) return undefined
  const name = `${inputs.artifactName}-reports`
  try {
    const uploaded = await uploadArtifact(name, files, commonFolder(files), inputs.artifactName)
    return uploaded.id === undefined ? undefined : name
  } catch (error) {
    annotate('warning', `The reports were not uploaded: ${messageOf(error)}`)
    return undefined
  }
}

/** The deepest folder that holds every file (the artifact keeps paths relative to it). */
function commonFolder(files: readonly string[]): string {
  const split = files.map((f) => path.dirname(f).split(path.sep))
  const common: string[] = []
  for (let i = 0; split.every((parts) => i < parts.length && parts[i] === split[0][i]); i++) common.push(split[0][i])
  return common.join(path.sep) || path.sep
}

/**
 * Whether the run may be about a pull request, from the event name and the
 * `pr-number` input alone (what review.ts's reviewsPullRequest decides
 * exactly, after loading @actions/github for the event payload).
 */
function mayReviewPullRequest(prNumber: number | undefined): boolean {
  return prNumber !== undefined || (PULL_REQUEST_EVENTS as readonly string[]).includes(process.env.GITHUB_EVENT_NAME ?? '')
}

/**
 * The review module, with the event file guarded first (see guardEventPath):
 * @actions/github reads that file when it is loaded, and in the bundle its
 * code may run before the review's own modules (a bundler that splits code
 * into chunks need not keep the order of imports across them), so the guard
 * that octokit.ts imports could come too late. Here it runs before any of it.
 */
async function loadReview(): Promise<typeof import('./review.js')> {
  guardEventPath()
  return import('./review.js')
}

/**
 * A workflow_run event without `pr-number` (the README's second workflow,
 * whose number came out empty) makes no review: said, never silent. When the
 * run that triggered this one was a pull request's, or the event cannot be
 * read, it is a skipped review (a warning, access-change broadens); after a
 * push or any other event there is no pull request, and a notice says so.
 */
function sayWhyNoReview(): void {
  const event = readRunEvent()
  if (event.problem) {
    reviewSkipped(`Pull-request review skipped: ${event.problem}, so whether the workflow_run that started this one was a pull request's is not known.`)
    return
  }
  const run = event.payload.workflow_run as { event?: unknown } | undefined
  const triggeredBy = typeof run?.event === 'string' ? run.event : undefined
  const how = "Pass the pull request's number as pr-number (the README's two-workflow pattern saves it as an artifact in the first workflow)."
  if (triggeredBy !== undefined && (PULL_REQUEST_EVENTS as readonly string[]).includes(triggeredBy)) {
    reviewSkipped(`Pull-request review skipped: the pr-number input is empty, and this workflow_run event was started by a ${visibleText(clipText(triggeredBy, 100))} run, which is a pull request's. ${how}`)
    return
  }
  annotate(
    'notice',
    `No pull-request review: the pr-number input is empty, and this workflow_run event was started by ${triggeredBy === undefined ? 'a run whose event is not named' : `a ${visibleText(clipText(triggeredBy, 100))} run`}, not a pull request's. Only the files were validated. ${how}`
  )
}

/** `fail-on` decides; a check that crashed fails the step whatever it says. */
export function decideExit(outcome: ValidateOutcome, failure = failureOf(outcome)): void {
  if (failure) failStep(`IAM policy validation failed: ${failure}`)
  else core.info(`Validated ${outcome.files.length} file${outcome.files.length === 1 ? '' : 's'}: ${result(outcome)}`)
}

function failureOf(outcome: ValidateOutcome): string | undefined {
  const reason = failureReason(outcome.findings, outcome.inputs.failOn)
  if (reason) return reason
  if (togetherCheckFailed(outcome.result.failures)) return 'the check that the documents work together failed (see the error above)'
  return undefined
}

function result(outcome: ValidateOutcome): string {
  const skipped = outcome.skipped.length
  return `${describeCounts(outcome.result.counts)}${skipped > 0 ? `, ${skipped} skipped` : ''} (fail-on: ${outcome.inputs.failOn})`
}

/** Links each location in the summary to the file at the commit being checked. */
function linkBase(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env
  return server && repo && sha ? `${server}/${repo}/blob/${sha}/` : undefined
}
