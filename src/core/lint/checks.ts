// STUB (to be built by the linter work): one entry per finding code, the
// single source for SARIF rules, the job summary and docs/checks.md.
import type { Severity } from './finding.js'

export interface CheckInfo {
  code: string
  severity: Severity
  /** Short name, e.g. "trust-policy-principal-star". */
  name: string
  title: string
  /** Why it matters and how to fix it, Markdown allowed. */
  help: string
}

export const CHECKS: CheckInfo[] = []
