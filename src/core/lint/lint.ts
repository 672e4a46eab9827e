// Text -> findings for one policy file. Never throws for any input: a broken
// document is a finding, not an exception.
import type { DuplicateKey, JsonNode, JsonObject, Span } from '../json-ast/types.js'
import { parseJson, toValue } from '../json-ast/parse.js'
import { parseJsonTolerant } from '../json-ast/recover.js'
import { documentValues, normalisePolicy, type NormalPolicy } from '../iam/normalise.js'
import { oneLine, oneLineHint, type Finding } from './finding.js'
import { CHECK_BY_CODE } from './checks.js'
import { STATEMENT_ELEMENTS, statementView, type FindingDraft, type LintContext, type StatementView } from './context.js'
import { classifyStatements, looksLikeKeyPolicy } from './classify.js'
import { RULES } from './rules/index.js'
import { duplicateKeyFindings } from './rules/parse.js'
import { notAnObject, notAPolicy } from './not-a-policy.js'
import { capitalised } from '../list-text.js'
import type { PolicyKind } from './kinds/names.js'
import { ActionExpansions, ServiceWildcardBudget } from './service-wildcards.js'

export { POLICY_KINDS, type PolicyKind } from './kinds/names.js'

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
  /**
   * The value `policy` is read from, and the one to hand to normalisePolicy or the diff: `value`, but a number
   * whose JavaScript value is written otherwise than the file writes it (1e999, 1e3, 1.0) is its text
   * (NumberText). Absent where `value` is that value too.
   */
  policyValue?: unknown
  policy?: NormalPolicy
  /** Keys the parse found twice in one object (only when there are some): `value` holds the last of each. */
  duplicateKeys?: readonly DuplicateKey[]
}

/** Elements that make a top-level object a statement rather than a policy (a Sid alone does not). */
const BARE_STATEMENT_ELEMENTS: readonly string[] = STATEMENT_ELEMENTS.filter((e) => e !== 'Sid')

function statementsOf(root: JsonObject): { statements: StatementView[]; bare: boolean } {
  let statementNode: JsonNode | undefined
  let bare = false
  for (let j = 0, members = root.members; j < members.length; j++) {
    const m = members[j]
    if (m.key.value === 'Statement') statementNode = m.value
    else if (BARE_STATEMENT_ELEMENTS.includes(m.key.value)) bare = true
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
    message: oneLine(d.message),
    hint: oneLineHint(d.hint)
  }
}

/** The same finding (code, place and words) as one before it. */
function repeatsEarlier(drafts: FindingDraft[], j: number): boolean {
  const d = drafts[j]
  for (let i = 0; i < j; i++) {
    const e = drafts[i]
    if (e.span.start.offset === d.span.start.offset && e.code === d.code && e.message === d.message) return true
  }
  return false
}

function finish(file: string, drafts: FindingDraft[]): Finding[] {
  if (drafts.length === 0) return []
  if (drafts.length === 1) return [toFinding(file, drafts[0])]
  const out: Finding[] = []
  if (drafts.length <= 16) {
    // A few findings: compare them pairwise, cheapest field first, rather
    // than build and hash a key string for each.
    for (let j = 0; j < drafts.length; j++) if (!repeatsEarlier(drafts, j)) out.push(toFinding(file, drafts[j]))
  } else {
    const seen = new Set<string>()
    for (const d of drafts) {
      const key = `${d.code}\u0000${d.span.start.offset}\u0000${d.message}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push(toFinding(file, d))
    }
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
  sizeKnown: boolean,
  serviceWildcards: ServiceWildcardBudget,
  drafts: FindingDraft[]
): { kind: PolicyKind; bare: boolean } {
  const notPolicy = notAPolicy(root, file)
  if (notPolicy) {
    drafts.push(notPolicy)
    return { kind: kind ?? 'identity', bare: false }
  }
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
    duplicateKeys,
    sizeKnown,
    expansions: new ActionExpansions(serviceWildcards)
  }
  duplicateKeyFindings(ctx, drafts)
  for (let i = 0; i < RULES.length; i++) RULES[i](ctx, drafts)
  const notExpanded = ctx.expansions.finding()
  if (notExpanded) drafts.push(notExpanded)
  return { kind: resolved, bare }
}

/**
 * A linted file whose `value` and `policy` are computed on first use: the
 * rules read the tree, and only the "work together" checks and the diff need
 * the plain forms, so most files never pay for them.
 */
class LintedDocument implements LintedFile {
  #value: unknown
  #policyValue: unknown
  #policy: NormalPolicy | undefined
  #computed = false
  readonly #bare: boolean

  // Declared, not defined: only a file with duplicate keys gets the property (most of 100,000 files have none).
  declare readonly duplicateKeys?: readonly DuplicateKey[]

  constructor(
    readonly file: string,
    readonly kind: PolicyKind,
    readonly findings: Finding[],
    readonly root: JsonNode,
    bare: boolean,
    duplicateKeys: readonly DuplicateKey[]
  ) {
    this.#bare = bare
    if (duplicateKeys.length > 0) this.duplicateKeys = duplicateKeys
  }

  #compute(): void {
    if (this.#computed) return
    this.#computed = true
    const { value, policyValue } = documentValues(this.root)
    this.#value = value
    this.#policyValue = policyValue
    // A bare statement is not a policy IAM would accept: no meaning to hand on.
    this.#policy = this.#bare ? undefined : normalisePolicy(policyValue)
  }

  get value(): unknown {
    this.#compute()
    return this.#value
  }

  get policyValue(): unknown {
    this.#compute()
    return this.#policyValue
  }

  get policy(): NormalPolicy | undefined {
    this.#compute()
    return this.#policy
  }

  toJSON(): LintedFile {
    return { file: this.file, kind: this.kind, findings: this.findings, root: this.root, value: this.value, policyValue: this.policyValue, policy: this.policy }
  }
}

/**
 * `serviceWildcards` is what the run may still spend on action patterns with a
 * wildcard in the service prefix (service-wildcards.ts): validate hands every
 * file the same one; a file linted alone has its own.
 */
export function lintPolicyText(file: string, text: string, kind?: PolicyKind, serviceWildcards = new ServiceWildcardBudget()): LintedFile {
  const outcome = parseJson(text)
  const drafts: FindingDraft[] = []
  if (outcome.ok) {
    const { root, duplicateKeys } = outcome
    if (root.kind !== 'object') {
      drafts.push(notAnObject(root))
      return { file, kind: kind ?? 'identity', findings: finish(file, drafts), root, value: toValue(root) }
    }
    const done = lintDocument(file, text, root, duplicateKeys, kind, true, serviceWildcards, drafts)
    return new LintedDocument(file, done.kind, finish(file, drafts), root, done.bare, duplicateKeys)
  }
  const { error } = outcome
  // The parser words its errors to stand mid-sentence too ("line 3: unterminated string"); a finding is a sentence of its own.
  drafts.push({ code: 'RTC001', span: { start: error.position, end: error.end }, message: capitalised(error.message), hint: capitalised(error.hint) })
  // Error recovery: when the only syntax mistakes are the ones people make by
  // hand (comments, trailing commas, a literal '...', documents pasted one
  // after another), check the rest of the text too, on the tree the tolerant
  // parse gives. Its positions are exact, so its findings are real findings
  // where they stand. The file still has no tree, value or policy for the
  // "work together" checks and the diff: IAM would not accept it.
  let resolved: PolicyKind = kind ?? 'identity'
  const recovered = parseJsonTolerant(text)
  if (recovered.ok) {
    if (recovered.root.kind !== 'object') {
      drafts.push(notAnObject(recovered.root))
    } else {
      // The size of a tree without a '...' or without the documents after the
      // first is not the size of the policy the author means: leave it out.
      const sizeKnown = !recovered.skipped.some((s) => s.mistake === 'ellipsis' || s.mistake === 'extra-data')
      resolved = lintDocument(file, text, recovered.root, recovered.duplicateKeys, kind, sizeKnown, serviceWildcards, drafts).kind
    }
  }
  return { file, kind: resolved, findings: finish(file, drafts) }
}
