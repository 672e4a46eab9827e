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

/** What may not stand raw in a one-line message: C0 and C1 controls (line breaks, tabs) and the Unicode line and paragraph separators. */
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const LINE_BREAKING_ALL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' }

/**
 * A message or hint as one line: a value quoted from the file may hold a line
 * break or a tab (written "\n" in the JSON); it is shown as that escape again,
 * so that the annotation, the log line and the summary row stay one line and
 * say what the file says.
 */
export function oneLine(text: string): string {
  if (!LINE_BREAKING.test(text)) return text
  return text.replace(LINE_BREAKING_ALL, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
