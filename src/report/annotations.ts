// GitHub annotations for the findings, on their file, line and column: at
// most as many per level as GitHub still shows for the step (10 errors, 10
// warnings, 10 notices, less what the step's own messages took: see
// step-annotations.ts), the most severe first, then one log line that says how
// many more there are and where they all are. Writing the rest would only fill
// the log (a megabyte at 10,000 files) with lines the UI never shows.
import * as core from '@actions/core'
import { checkFor } from '../core/checks.js'
import { clipText } from '../core/clip-text.js'
import type { Finding } from '../core/lint/finding.js'
import { countBySeverity, type SeverityCounts } from '../core/validate/fail-on.js'
import { annotationText } from './markdown.js'
import { annotate, annotationsLeft, ANNOTATIONS_PER_JOB, ANNOTATIONS_PER_LEVEL, jobAnnotationsLeft, jobMadeEarlier, logInfo, type AnnotationLevel } from './step-annotations.js'

export interface Annotation {
  level: AnnotationLevel
  message: string
  properties: core.AnnotationProperties
}

/**
 * The most of a finding's text (message and hint) one annotation carries:
 * GitHub shows about 4 KB of an annotation, and a message that quotes a huge
 * value from a file would otherwise put all of it in the log (the whole text
 * stays in the SARIF report and the findings file).
 */
export const ANNOTATION_TEXT_LIMIT = 4000

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
    message: clipShown(annotationText(finding.hint ? `${finding.message}\nHint: ${finding.hint}` : finding.message), ANNOTATION_TEXT_LIMIT),
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
 * Shown text (an invisible character as \u{XXXX}) cut to `limit` as clipText
 * cuts, but never inside such an escape: a cut through one left a half escape
 * ("\u{20") that names no character. The cut comes after the escaping, so
 * that what is kept is at most `limit` however many characters are escaped.
 */
function clipShown(shown: string, limit: number): string {
  if (shown.length <= limit) return shown
  const partial = /\\(?:u(?:\{[0-9A-F]{0,6})?)?$/.exec(shown.slice(Math.max(0, limit - 10), limit))
  return clipText(shown, limit - (partial ? partial[0].length : 0))
}

const LEVELS = ['error', 'warning', 'notice'] as const

/** Where every finding can be read when the annotations stop: e.g. "the SARIF report iam.sarif". */
export type Elsewhere = readonly string[]

/**
 * Annotates the first findings of each level, as many as the step has room
 * for (less `keep`: room left for annotations still to come, such as the
 * step's failure), errors first, then warnings, then notices (each in the
 * findings' order), and says in one log line how many were left out and
 * where they are.
 */
export function emitAnnotations(
  findings: readonly Finding[],
  elsewhere: Elsewhere = [],
  counts: SeverityCounts = countBySeverity(findings),
  keep: Partial<Record<AnnotationLevel, number>> = {}
): void {
  // GitHub's 50 a job are shared by the levels: errors take theirs first, then warnings, then notices.
  let jobLeft = Math.max(0, jobAnnotationsLeft() - (keep.error ?? 0) - (keep.warning ?? 0) - (keep.notice ?? 0))
  const room = { error: 0, warning: 0, notice: 0 }
  // Whether the job's limit, not the step's, left a finding out (the log line then says so).
  let byJob = false
  for (const level of LEVELS) {
    room[level] = Math.min(roomFor(level, keep), jobLeft)
    if (room[level] < roomFor(level, keep) && room[level] < counts[level]) byJob = true
    jobLeft -= Math.min(room[level], counts[level])
  }
  // The first of each level, errors then warnings then notices; the rest are only counted. Found in one
  // pass that stops once every level has all it shows.
  const shown: Record<AnnotationLevel, Finding[]> = { error: [], warning: [], notice: [] }
  let wanted = LEVELS.reduce((n, level) => n + Math.min(room[level], counts[level]), 0)
  for (let i = 0; wanted > 0 && i < findings.length; i++) {
    const severity = findings[i].severity
    const first = shown[severity]
    if (first.length < room[severity]) {
      first.push(findings[i])
      wanted--
    }
  }
  const left = { error: counts.error - shown.error.length, warning: counts.warning - shown.warning.length, notice: counts.notice - shown.notice.length }
  for (const level of LEVELS) {
    for (const finding of shown[level]) {
      const a = annotationOf(finding)
      annotate(a.level, a.message, a.properties)
    }
  }
  const more = left.error + left.warning + left.notice
  if (more === 0) return
  const parts = LEVELS.filter((l) => left[l] > 0).map((l) => `${left[l]} ${l}${left[l] === 1 ? '' : 's'}`)
  // The places quote the sarif-file input: written as an annotation's words are (logInfo).
  logInfo(
    `${more} more finding${more === 1 ? ' is' : 's are'} not annotated (${parts.join(', ')}): GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step${byJob ? ` and ${ANNOTATIONS_PER_JOB} per job, and earlier steps of this action in the job made ${jobMadeEarlier()}` : ''}.` +
      (elsewhere.length > 0 ? ` Every finding is in ${joinWords(elsewhere)}.` : '')
  )
}

/** The annotations of a level the step may still make, `keep` of them left for later ones. */
function roomFor(level: AnnotationLevel, keep: Partial<Record<AnnotationLevel, number>>): number {
  return Math.max(0, annotationsLeft(level) - (keep[level] ?? 0))
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}
