// One GitHub annotation per finding, on its file, line and column.
import * as core from '@actions/core'
import { checkFor } from '../core/checks.js'
import type { Finding } from '../core/lint/finding.js'
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

/** GitHub shows the first 10 of each level per step; the job summary lists them all. */
export function emitAnnotations(findings: readonly Finding[]): void {
  for (const finding of findings) {
    const a = annotationOf(finding)
    core[a.level](a.message, a.properties)
  }
}
