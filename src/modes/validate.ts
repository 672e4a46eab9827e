import * as core from '@actions/core'
import type { InputError } from '../core/inputs/input-error.js'
import { formatInputError } from '../core/inputs/input-error.js'
import { compactJson } from '../core/json.js'
import type { Finding } from '../core/lint/finding.js'
import type { LintedFile } from '../core/lint/lint.js'
import { describeCounts, failureReason } from '../core/validate/fail-on.js'
import { parseValidateInputs, type ValidateInputs } from '../core/validate/inputs.js'
import type { FileToLint } from '../core/validate/lint-files.js'
import { validateFiles, type ValidationResult } from '../core/validate/validate.js'
import { emitAnnotations } from '../report/annotations.js'
import { checkWriteTarget, resolveInWorkspace } from '../report/files.js'
import { sarifLogFor, writeSarif } from '../report/sarif.js'
import { validateSummary } from '../report/validate-summary.js'
import { discoverPolicyFiles, readFoundFiles, type Discovery, type SkippedPath } from '../workspace/discover.js'
import { writeSummary } from '../report/summary.js'
import { annotationText } from '../report/markdown.js'
import { readInputs } from './read-inputs.js'
import { reviewsPullRequest, runReview } from './review.js'
import { messageOf } from '../core/async.js'

/** Everything a validate run found: what the review step and the reporters read. */
export interface ValidateOutcome {
  inputs: ValidateInputs
  /** Absolute; finding paths are relative to it. */
  workspace: string
  discovery: Discovery
  /** Found files that could not be read after all, with discovery's skipped ones. */
  skipped: SkippedPath[]
  /** The linted files (with their parsed policies) and every finding, sorted. */
  files: LintedFile[]
  findings: Finding[]
  result: ValidationResult
}

const NO_MATCH_RULE =
  'globs that each match at least one file in the workspace (a dot file only when the glob spells the dot; .git and node_modules are never searched)'

export async function runValidate(): Promise<void> {
  const inputs = readInputs(parseValidateInputs)
  if (!inputs) return
  if (inputs.together?.externalId) core.setSecret(inputs.together.externalId)
  // Before anything is reported: a sarif-file outside the workspace or through a symlink is a bad input.
  const sarifTarget = inputs.sarifFile ? checkWriteTarget('sarif-file', inputs.sarifFile, 'file') : undefined
  if (sarifTarget && !sarifTarget.ok) {
    core.setFailed(formatInputError(sarifTarget.error))
    return
  }

  // On a pull request a glob may match nothing because the PR removed the
  // last file: the review must still run to say so, so it is a warning there.
  const outcome = await validateWorkspace(inputs, resolveInWorkspace('.'), { unmatchedIsError: !reviewsPullRequest() })
  if ('input' in outcome) {
    core.setFailed(formatInputError(outcome))
    return
  }
  await reportOutcome(outcome)

  // ── Pull-request review ─────────────────────────────────────────────────
  // The review (src/modes/review.ts) is called here, with `outcome`: after
  // the findings are reported and before the exit decision, so a failing
  // validation still gets its comment.
  await runReview(outcome)

  decideExit(outcome)
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
  const discovery = await discoverPolicyFiles(workspace, inputs.policyFiles)
  for (const s of discovery.skipped) core.warning(annotationText(`Skipped ${s.path}: ${s.reason}.`), { title: 'Policy file not read' })
  if (discovery.unmatched.length > 0) {
    const n = discovery.unmatched.length
    const list = discovery.unmatched.map((g) => `${JSON.stringify(g.pattern)} (line ${g.line})`).join(', ')
    const problem = `${n === 1 ? 'the glob' : `${n} globs`} ${list} matched no file`
    if (options.unmatchedIsError) return { input: 'policy-files', problem, rule: NO_MATCH_RULE }
    core.warning(`Input 'policy-files': ${problem} in the checkout; the pull-request review goes on.`)
  }

  const skipped = [...discovery.skipped]
  const toLint: FileToLint[] = []
  const reads = await readFoundFiles(discovery.files)
  for (const [i, file] of discovery.files.entries()) {
    const read = reads[i]
    if (!read.ok) {
      const s = { path: file.path, reason: read.reason }
      skipped.push(s)
      core.warning(annotationText(`Skipped ${s.path}: ${s.reason}.`), { title: 'Policy file not read' })
      continue
    }
    toLint.push({ path: file.path, bytes: read.bytes, ...(file.kind ? { kind: file.kind } : {}) })
  }

  const result = validateFiles(toLint, inputs.together)
  for (const failure of result.failures) {
    // Bugs, not findings about the files: keep the stack for the debug log.
    if (failure.error instanceof Error && failure.error.stack) core.debug(failure.error.stack)
    if (failure.file === '') core.error(`The check that the documents work together failed: ${messageOf(failure.error)}`)
  }
  return { inputs, workspace, discovery, skipped, files: result.files, findings: result.findings, result }
}

/** Annotations, outputs, SARIF file and job summary: every finding, whatever `fail-on` says. */
export async function reportOutcome(outcome: ValidateOutcome): Promise<void> {
  const { inputs, findings, result } = outcome
  emitAnnotations(findings)
  core.setOutput('findings', compactJson(findings))
  core.setOutput('errors', String(result.counts.error))
  core.setOutput('warnings', String(result.counts.warning))
  if (inputs.sarifFile) {
    const written = await writeSarif(resolveInWorkspace(inputs.sarifFile), sarifLogFor(findings))
    core.info(`Wrote the SARIF report to ${written}`)
  }
  const base = linkBase()
  await writeSummary(
    validateSummary({
      files: outcome.files,
      findings,
      skipped: outcome.skipped,
      failOn: inputs.failOn,
      failure: failureOf(outcome),
      ...(inputs.together ? { together: inputs.together } : {}),
      ...(inputs.sarifFile ? { sarifFile: inputs.sarifFile } : {}),
      ...(base ? { linkBase: base } : {})
    })
  )
}

/** `fail-on` decides; a check that crashed fails the step whatever it says. */
export function decideExit(outcome: ValidateOutcome): void {
  const failure = failureOf(outcome)
  if (failure) core.setFailed(`IAM policy validation failed: ${failure}`)
  else core.info(`Validated ${outcome.files.length} file${outcome.files.length === 1 ? '' : 's'}: ${result(outcome)}`)
}

function failureOf(outcome: ValidateOutcome): string | undefined {
  const reason = failureReason(outcome.findings, outcome.inputs.failOn)
  if (reason) return reason
  if (outcome.result.failures.some((f) => f.file === '')) return 'the check that the documents work together failed (see the error above)'
  return undefined
}

function result(outcome: ValidateOutcome): string {
  return `${describeCounts(outcome.result.counts)} (fail-on: ${outcome.inputs.failOn})`
}

/** Links each location in the summary to the file at the commit being checked. */
function linkBase(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env
  return server && repo && sha ? `${server}/${repo}/blob/${sha}/` : undefined
}
