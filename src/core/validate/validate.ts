// The validate run's core: linted files, the "work together" findings and
// every finding in one sorted list. Pure: files come in as bytes.
import type { GenerateInputs } from '../generate/inputs.js'
import type { Finding } from '../lint/finding.js'
import { lintPolicyText, type LintedFile } from '../lint/lint.js'
import { ServiceWildcardBudget } from '../lint/service-wildcards.js'
import { countBySeverity, type SeverityCounts } from './fail-on.js'
import { lintFiles, sortFindings, type CheckedFile, type FileToLint, type LintFn } from './lint-files.js'

export interface ValidationResult {
  /** Every file linted (path and kind); the parsed documents are not kept. */
  files: CheckedFile[]
  /** Lint and work-together findings, sorted by file, line, column. */
  findings: Finding[]
  counts: SeverityCounts
  /** Bugs met (the linter or the together check threw): `file` is '' for the together check. */
  failures: Array<{ file: string; error: unknown }>
}

/**
 * The "work together" check (src/core/together/check-together.ts) and the
 * inputs it holds the documents to. The caller passes the check in: most runs
 * give no such inputs, and need not load it (with the policy evaluator and
 * the diff it uses).
 */
export interface TogetherRun {
  inputs: GenerateInputs
  check: (files: LintedFile[], inputs: GenerateInputs) => Finding[]
  /** The lint findings these inputs settle (dropped): see together/settled-findings.ts. */
  settled?: (files: LintedFile[], inputs: GenerateInputs) => ReadonlySet<Finding>
}

/**
 * The linter every file of one run goes through: they share one budget for
 * service-wildcard action patterns, which many small files could otherwise
 * each spend afresh.
 */
function lintForOneRun(): LintFn {
  const serviceWildcards = new ServiceWildcardBudget()
  return (file, text, kind) => lintPolicyText(file, text, kind, serviceWildcards)
}

/** What a failure of the check that the documents work together is named by in `failures`: no file's. */
const TOGETHER_CHECK = ''

/** Whether a failure (a bug met) is the check that the documents work together's, not a file's. */
export function isTogetherCheckFailure(failure: { file: string }): boolean {
  return failure.file === TOGETHER_CHECK
}

/** Whether the check that the documents work together threw (a bug) in the run these failures are of. */
export function togetherCheckFailed(failures: ReadonlyArray<{ file: string }>): boolean {
  return failures.some(isTogetherCheckFailure)
}

/** `inputs` may be a generator that reads each file when asked: see lintFiles. */
export function validateFiles(inputs: Iterable<FileToLint>, together: TogetherRun | undefined, lint: LintFn = lintForOneRun()): ValidationResult {
  // Only the "work together" check reads the documents after linting.
  const linted = lintFiles(inputs, lint, { keepDocuments: together !== undefined })
  if (!together) return { files: linted.files, findings: linted.findings, counts: countBySeverity(linted.findings), failures: linted.failures }
  const failures = [...linted.failures]
  let findings = linted.findings
  try {
    // The same finding objects as the documents hold (keepDocuments).
    const settled = together.settled?.(linted.documents, together.inputs)
    if (settled && settled.size > 0) findings = findings.filter((f) => !settled.has(f))
  } catch (error) {
    failures.push({ file: TOGETHER_CHECK, error })
  }
  findings = [...findings]
  try {
    findings.push(...together.check(linted.documents, together.inputs))
  } catch (error) {
    failures.push({ file: TOGETHER_CHECK, error })
  }
  const sorted = sortFindings(findings)
  return { files: linted.files, findings: sorted, counts: countBySeverity(sorted), failures }
}
