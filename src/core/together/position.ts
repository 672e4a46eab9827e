// Where a together finding points: the statement it is about when the file
// was parsed with positions, else the document's first line.
import { memberNamed } from '../json-ast/parse.js'
import type { JsonNode } from '../json-ast/types.js'
import type { LintedFile } from '../lint/lint.js'

export interface Place {
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

const START: Place = { line: 1, column: 1 }

function placeOf(node: { span: { start: { line: number; column: number }; end: { line: number; column: number } } }): Place {
  return { line: node.span.start.line, column: node.span.start.column, endLine: node.span.end.line, endColumn: node.span.end.column }
}

function statementMember(root: JsonNode | undefined) {
  if (!root || root.kind !== 'object') return undefined
  return memberNamed(root, 'Statement')
}

/** The span of statement `index` (its position in the source Statement list). */
export function statementPlace(file: LintedFile, index: number): Place {
  const member = statementMember(file.root)
  if (!member) return START
  const v = member.value
  if (v.kind === 'array') return v.items[index] ? placeOf(v.items[index]) : placeOf(member)
  return index === 0 ? placeOf(v) : placeOf(member)
}

/** The whole document: its Statement element when there is one. */
export function documentPlace(file: LintedFile): Place {
  const member = statementMember(file.root)
  return member ? placeOf(member) : START
}
