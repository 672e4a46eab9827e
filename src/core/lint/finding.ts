// A finding is a value the linter returns, never an exception.

import { visibleText } from '../visible-text.js'
import { memorable } from '../memo-key.js'

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

/**
 * A message or hint as one line that shows what it quotes: a value from the
 * file may hold a line break or a tab (written "\n" in the JSON), a bidi
 * override or a zero-width character. Line breaks and tabs are shown as \r,
 * \n and \t, the invisible characters as \u{XXXX} (visible-text.ts), so that
 * the SARIF report and the findings output say what the annotations and the
 * summary say, each on one line, and nothing reorders what a reader sees.
 */
export function oneLine(text: string): string {
  return visibleText(text)
}

const HINT_MEMO_LIMIT = 2000
const hintMemo = new Map<string, string>()

/**
 * oneLine for a hint: most hints are the same few texts, finding after
 * finding, and a text looked up again is answered without reading it (the
 * map keeps what it made; it is emptied when full, so a file of hostile
 * values cannot grow it).
 */
export function oneLineHint(hint: string): string {
  let shown = hintMemo.get(hint)
  if (shown === undefined) {
    shown = oneLine(hint)
    if (hintMemo.size >= HINT_MEMO_LIMIT) hintMemo.clear()
    if (memorable(hint)) hintMemo.set(hint, shown)
  }
  return shown
}
