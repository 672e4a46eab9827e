// GitHub annotations for the findings, on their file, line and column: at
// most as many per level as GitHub shows for a step (10 errors, 10 warnings,
// 10 notices), the most severe first, then one log line that says how many
// more there are and where they all are. Writing the rest would only fill
// the log (a megabyte at 10,000 files) with lines the UI never shows.
import * as core from '@actions/core'
import { checkFor } from '../core/checks.js'
import type { Finding } from '../core/lint/finding.js'
import { countBySeverity, type SeverityCounts } from '../core/validate/fail-on.js'
import { annotationText } from './markdown.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  properties: core.AnnotationProperties
}

/**
 * GitHub accepts columns only when the annotation starts and ends on one line,
 * so a finding that spans lines is annotated on its first line, from its
 * start column: that is where the problem begins.
 */
export function annotationOf(finding: Finding): Annotation {
  const check = checkFor(finding.code)
  const sameLine = finding.endLine === undefined || finding.endLine === finding.line
  const endColumn = sameLine && finding.endColumn !== undefined && finding.endColumn >= finding.column ? finding.endColumn : finding.column
  return {
    level: finding.severity,
    message: annotationText(finding.hint ? `${finding.message}\nHint: ${finding.hint}` : finding.message),
    properties: {
      title: check ? `${finding.code} ${check.name}` : finding.code,
      file: finding.file,
      startLine: finding.line,
      endLine: finding.line,
      startColumn: finding.column,
      endColumn
    }
  }
}

/**
 * The @actions/core function of each level, named one by one: `core[level]` would make the bundler keep all of
 * @actions/core (its OIDC client, HTTP client and undici) and load it at start-up (__tests__/generate/lazy-load.test.ts).
 */
const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice }

/** GitHub shows this many annotations of each level per step and drops the rest. */
export const ANNOTATIONS_PER_LEVEL = 10

const LEVELS = ['error', 'warning', 'notice'] as const

/** Where every finding can be read when the annotations stop: e.g. "the SARIF report iam.sarif". */
export type Elsewhere = readonly string[]

/**
 * Annotates the first ANNOTATIONS_PER_LEVEL findings of each level, errors
 * first, then warnings, then notices (each in the findings' order), and
 * says in one log line how many were left out and where they are.
 */
export function emitAnnotations(findings: readonly Finding[], elsewhere: Elsewhere = [], counts: SeverityCounts = countBySeverity(findings)): void {
  // The first of each level, errors then warnings then notices; the rest are only counted. Found in one
  // pass that stops once every level has all it shows.
  const shown: Record<(typeof LEVELS)[number], Finding[]> = { error: [], warning: [], notice: [] }
  let wanted = LEVELS.reduce((n, level) => n + Math.min(ANNOTATIONS_PER_LEVEL, counts[level]), 0)
  for (let i = 0; wanted > 0 && i < findings.length; i++) {
    const first = shown[findings[i].severity]
    if (first.length < ANNOTATIONS_PER_LEVEL) {
      first.push(findings[i])
      wanted--
    }
  }
  const left = { error: counts.error - shown.error.length, warning: counts.warning - shown.warning.length, notice: counts.notice - shown.notice.length }
  for (const level of LEVELS) {
    for (const finding of shown[level]) {
      const a = annotationOf(finding)
      ANNOTATE[a.level](a.message, a.properties)
    }
  }
  const more = left.error + left.warning + left.notice
  if (more === 0) return
  const parts = LEVELS.filter((l) => left[l] > 0).map((l) => `${left[l]} ${l}${left[l] === 1 ? '' : 's'}`)
  core.info(
    `${more} more finding${more === 1 ? ' is' : 's are'} not annotated (${parts.join(', ')}): GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step.` +
      (elsewhere.length > 0 ? ` Every finding is in ${joinWords(elsewhere)}.` : '')
  )
}

/**
 * Warnings not tied to a finding (e.g. a skipped file), as capped as the
 * annotations: the first ANNOTATIONS_PER_LEVEL, then one log line.
 */
export function emitCappedWarnings(messages: readonly string[], title: string, rest: string): void {
  for (const message of messages.slice(0, ANNOTATIONS_PER_LEVEL)) core.warning(annotationText(message), { title })
  const more = messages.length - ANNOTATIONS_PER_LEVEL
  if (more > 0) core.info(`${more} more warning${more === 1 ? '' : 's'} like these: ${rest}`)
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}
