// A finding is a value the linter returns, never an exception.

export type Severity = 'error' | 'warning' | 'notice'

export interface Finding {
  /** Path relative to the repository root, with '/' separators. */
  file: string
  /** 1-based; the start of the offending element. */
  line: number
  column: number
  endLine?: number
  endColumn?: number
  /** Stable code, e.g. RTC101; documented in docs/checks.md. */
  code: string
  severity: Severity
  /** One line: what is wrong. */
  message: string
  /** One line: how to fix it. */
  hint: string
}

export const SEVERITY_ORDER: Record<Severity, number> = { notice: 0, warning: 1, error: 2 }
