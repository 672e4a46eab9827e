// STUB (to be built by the linter work): text -> findings for one file.
import type { JsonNode } from '../json-ast/types.js'
import type { NormalPolicy } from '../iam/normalise.js'
import type { Finding } from './finding.js'

export const POLICY_KINDS = ['identity', 'trust', 'resource'] as const
export type PolicyKind = (typeof POLICY_KINDS)[number]

export interface LintedFile {
  /** Path relative to the repository root, '/' separators. */
  file: string
  /** The kind given for the file's glob, or the one read from its content. */
  kind: PolicyKind
  findings: Finding[]
  /** Present when the text is valid JSON. */
  root?: JsonNode
  /** The plain value (as JSON.parse gives, last duplicate key kept). */
  value?: unknown
  policy?: NormalPolicy
}

export function lintPolicyText(file: string, text: string, kind?: PolicyKind): LintedFile {
  throw new Error(`lintPolicyText is not built yet (${file}, ${text.length} chars, ${kind ?? 'auto'})`)
}
