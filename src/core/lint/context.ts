// What every rule reads: the parsed document with its positions, the kind of
// policy, and each statement taken apart once (elements by name, the strings
// of Action/Resource/Principal, the condition entries), so no rule walks the
// tree again or compiles anything per node.
import type { DuplicateKey, JsonMember, JsonNode, JsonObject, JsonString, Span } from '../json-ast/types.js'
import type { PolicyKind } from './kinds.js'
import { lowerAction } from './actions.js'

/** A finding before the file and the severity (from CHECKS) are filled in. */
export interface FindingDraft {
  code: string
  span: Span
  message: string
  hint: string
}

export interface PrincipalEntry {
  /** "AWS", "Service", "Federated", "CanonicalUser" (or an unknown type); "*" for `Principal: "*"`. */
  type: string
  value: JsonString
}

export interface ConditionEntry {
  operator: JsonString
  key: JsonString
  /** The value node as written (string, list, boolean, number...). */
  valueNode: JsonNode
  /** The scalar items of the value (one for a scalar, each item of a list). */
  values: JsonNode[]
}

export interface StatementView {
  /** Index in the Statement list (0-based); 0 for a single statement object. */
  index: number
  node: JsonObject
  /** Elements by exact name; the last one when a name repeats (as IAM reads it). */
  members: Map<string, JsonMember>
  sid?: string
  effect?: 'Allow' | 'Deny'
  /** The strings of each element, empty when the element is absent or mistyped. */
  actions: JsonString[]
  /**
   * The actions' values lower-cased (IAM compares actions without regard to
   * case), in the same order: several rule families ask about each action,
   * and this lower-cases each once.
   */
  lowerActions: string[]
  notActions: JsonString[]
  resources: JsonString[]
  notResources: JsonString[]
  principals: PrincipalEntry[]
  notPrincipals: PrincipalEntry[]
  conditions: ConditionEntry[]
  /** Condition present with at least one key. */
  conditioned: boolean
}

export interface LintContext {
  file: string
  kind: PolicyKind
  text: string
  root: JsonObject
  statements: StatementView[]
  /** A resource policy whose actions are all kms: a KMS key policy. */
  isKeyPolicy: boolean
  /** The document is a bare statement with no Version/Statement wrapper. */
  bareStatement: boolean
  duplicateKeys: DuplicateKey[]
  /**
   * False when the tree is a recovered one that leaves out part of the
   * policy (a literal '...', documents after the first): its size says
   * nothing about the policy's, so the size rules stay silent.
   */
  sizeKnown: boolean
}

export type Rule = (ctx: LintContext, out: FindingDraft[]) => void

export function draft(code: string, at: { span: Span }, message: string, hint: string): FindingDraft {
  return { code, span: at.span, message, hint }
}

export function membersByName(obj: JsonObject): Map<string, JsonMember> {
  const map = new Map<string, JsonMember>()
  for (const m of obj.members) map.set(m.key.value, m)
  return map
}

/** The strings of a string-or-list element; non-strings are left out (the grammar rules report them). */
export function stringsOf(node: JsonNode | undefined): JsonString[] {
  if (!node) return []
  if (node.kind === 'string') return [node]
  if (node.kind !== 'array') return []
  const out: JsonString[] = []
  for (const item of node.items) if (item.kind === 'string') out.push(item)
  return out
}

function principalsOf(node: JsonNode | undefined): PrincipalEntry[] {
  if (!node) return []
  if (node.kind === 'string') return [{ type: '*', value: node }]
  if (node.kind !== 'object') return []
  const out: PrincipalEntry[] = []
  for (const m of node.members) for (const value of stringsOf(m.value)) out.push({ type: m.key.value, value })
  return out
}

function conditionsOf(node: JsonNode | undefined): ConditionEntry[] {
  if (!node || node.kind !== 'object') return []
  const out: ConditionEntry[] = []
  for (const op of node.members) {
    if (op.value.kind !== 'object') continue
    for (const k of op.value.members) {
      const valueNode = k.value
      out.push({
        operator: op.key,
        key: k.key,
        valueNode,
        values: valueNode.kind === 'array' ? valueNode.items : [valueNode]
      })
    }
  }
  return out
}

export function statementView(node: JsonObject, index: number): StatementView {
  const members = membersByName(node)
  const actions = stringsOf(members.get('Action')?.value)
  const lowerActions: string[] = []
  for (const a of actions) lowerActions.push(lowerAction(a.value))
  const effectNode = members.get('Effect')?.value
  const effect =
    effectNode?.kind === 'string' && (effectNode.value === 'Allow' || effectNode.value === 'Deny') ? effectNode.value : undefined
  const sidNode = members.get('Sid')?.value
  const conditions = conditionsOf(members.get('Condition')?.value)
  return {
    index,
    node,
    members,
    sid: sidNode?.kind === 'string' ? sidNode.value : undefined,
    effect,
    actions,
    lowerActions,
    notActions: stringsOf(members.get('NotAction')?.value),
    resources: stringsOf(members.get('Resource')?.value),
    notResources: stringsOf(members.get('NotResource')?.value),
    principals: principalsOf(members.get('Principal')?.value),
    notPrincipals: principalsOf(members.get('NotPrincipal')?.value),
    conditions,
    conditioned: conditions.length > 0
  }
}

/** How a statement is named in a message: its Sid when it has one, else its position. */
export function statementLabel(s: StatementView): string {
  return s.sid ? `statement '${s.sid}'` : `statement ${s.index + 1}`
}

/** `Principal: "*"` or `{"AWS": "*"}` (alone or in a list). */
export function isPrincipalStar(p: PrincipalEntry): boolean {
  return p.value.value === '*' && (p.type === '*' || p.type === 'AWS')
}

export function conditionKeyNamed(s: StatementView, key: string): ConditionEntry[] {
  const lower = key.toLowerCase()
  return s.conditions.filter((c) => c.key.value.toLowerCase() === lower)
}
