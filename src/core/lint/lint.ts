// Text -> findings for one policy file. Never throws for any input: a broken
// document is a finding, not an exception.
import type { JsonNode, JsonObject, Span } from '../json-ast/types.js'
import { parseJson, toValue } from '../json-ast/parse.js'
import { normalisePolicy, type NormalPolicy } from '../iam/normalise.js'
import type { Finding } from './finding.js'
import { CHECK_BY_CODE } from './checks.js'
import { statementView, type FindingDraft, type LintContext, type StatementView } from './context.js'
import { classifyStatements, looksLikeKeyPolicy } from './classify.js'
import { RULES } from './rules/index.js'
import { duplicateKeyFindings } from './rules/parse.js'

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

/** Elements that make a top-level object a statement rather than a policy. */
const STATEMENT_ELEMENTS = ['Effect', 'Action', 'NotAction', 'Principal', 'NotPrincipal', 'Resource', 'NotResource', 'Condition']

function statementsOf(root: JsonObject): { statements: StatementView[]; bare: boolean } {
  let statementNode: JsonNode | undefined
  let bare = false
  for (const m of root.members) {
    if (m.key.value === 'Statement') statementNode = m.value
    else if (STATEMENT_ELEMENTS.includes(m.key.value)) bare = true
  }
  if (statementNode) {
    if (statementNode.kind === 'object') return { statements: [statementView(statementNode, 0)], bare: false }
    if (statementNode.kind === 'array') {
      const statements: StatementView[] = []
      statementNode.items.forEach((item, i) => {
        if (item.kind === 'object') statements.push(statementView(item, i))
      })
      return { statements, bare: false }
    }
    return { statements: [], bare: false }
  }
  // A lone statement pasted without its wrapper: check it as the one statement
  // it is, after saying what is missing.
  return bare ? { statements: [statementView(root, 0)], bare: true } : { statements: [], bare: false }
}

function toFinding(file: string, d: FindingDraft): Finding {
  const info = CHECK_BY_CODE.get(d.code)
  if (!info) throw new Error(`finding code ${d.code} is not in CHECKS`)
  return {
    file,
    line: d.span.start.line,
    column: d.span.start.column,
    endLine: d.span.end.line,
    endColumn: d.span.end.column,
    code: d.code,
    severity: info.severity,
    message: d.message,
    hint: d.hint
  }
}

function finish(file: string, drafts: FindingDraft[]): Finding[] {
  if (drafts.length === 0) return []
  if (drafts.length === 1) return [toFinding(file, drafts[0])]
  const seen = new Set<string>()
  const out: Finding[] = []
  for (const d of drafts) {
    const key = `${d.code}\u0000${d.span.start.offset}\u0000${d.message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(toFinding(file, d))
  }
  out.sort((a, b) => a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  return out
}

/** Runs every rule over a parsed object document. */
function lintDocument(
  file: string,
  text: string,
  root: JsonObject,
  duplicateKeys: LintContext['duplicateKeys'],
  kind: PolicyKind | undefined,
  drafts: FindingDraft[]
): { kind: PolicyKind; bare: boolean } {
  const { statements, bare } = statementsOf(root)
  const resolved = kind ?? classifyStatements(statements)
  const ctx: LintContext = {
    file,
    kind: resolved,
    text,
    root,
    statements,
    isKeyPolicy: resolved === 'resource' && looksLikeKeyPolicy(statements),
    bareStatement: bare,
    duplicateKeys
  }
  duplicateKeyFindings(ctx, drafts)
  for (const rule of RULES) rule(ctx, drafts)
  return { kind: resolved, bare }
}

/**
 * A linted file whose `value` and `policy` are computed on first use: the
 * rules read the tree, and only the "work together" checks and the diff need
 * the plain forms, so most files never pay for them.
 */
class LintedDocument implements LintedFile {
  #value: unknown
  #policy: NormalPolicy | undefined
  #computed = false
  readonly #bare: boolean

  constructor(
    readonly file: string,
    readonly kind: PolicyKind,
    readonly findings: Finding[],
    readonly root: JsonNode,
    bare: boolean
  ) {
    this.#bare = bare
  }

  #compute(): void {
    if (this.#computed) return
    this.#computed = true
    this.#value = toValue(this.root)
    // A bare statement is not a policy IAM would accept: no meaning to hand on.
    this.#policy = this.#bare ? undefined : normalisePolicy(this.#value)
  }

  get value(): unknown {
    this.#compute()
    return this.#value
  }

  get policy(): NormalPolicy | undefined {
    this.#compute()
    return this.#policy
  }

  toJSON(): LintedFile {
    return { file: this.file, kind: this.kind, findings: this.findings, root: this.root, value: this.value, policy: this.policy }
  }
}

function pointAt(position: { line: number; column: number; offset: number }): Span {
  return { start: position, end: { line: position.line, column: position.column + 1, offset: position.offset + 1 } }
}

export function lintPolicyText(file: string, text: string, kind?: PolicyKind): LintedFile {
  const outcome = parseJson(text)
  const drafts: FindingDraft[] = []
  if (!outcome.ok) {
    const { error } = outcome
    drafts.push({ code: 'RTC001', span: pointAt(error.position), message: error.message, hint: error.hint })
    // When a complete document is followed by more text (policies pasted one
    // after another, a stray ',' after the last '}'), the part before the
    // error is a whole document and its problems are real: check it too.
    // Nothing is guessed or repaired; any other syntax error stops here.
    let resolved: PolicyKind = kind ?? 'identity'
    const head = text.slice(0, error.position.offset)
    if (error.position.offset > 0 && head.trim() !== '') {
      const first = parseJson(head)
      if (first.ok && first.root.kind === 'object') {
        resolved = lintDocument(file, text, first.root, first.duplicateKeys, kind, drafts).kind
      }
    }
    return { file, kind: resolved, findings: finish(file, drafts) }
  }
  const { root, duplicateKeys } = outcome
  if (root.kind !== 'object') {
    drafts.push({
      code: 'RTC003',
      span: root.span,
      message: `The document is a JSON ${root.kind}, not an object with Version and Statement.`,
      hint: 'Write the policy as one object: {"Version": "2012-10-17", "Statement": [ ... ]}.'
    })
    return { file, kind: kind ?? 'identity', findings: finish(file, drafts), root, value: toValue(root) }
  }
  const done = lintDocument(file, text, root, duplicateKeys, kind, drafts)
  return new LintedDocument(file, done.kind, finish(file, drafts), root, done.bare)
}
