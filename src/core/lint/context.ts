// What every rule reads: the parsed document with its positions, the kind of
// policy, and each statement taken apart once (elements by name, the strings
// of Action/Resource/Principal, the condition entries), so no rule walks the
// tree again or compiles anything per node.
import type { DuplicateKey, JsonMember, JsonNode, JsonObject, JsonString, Span } from '../json-ast/types.js'
import type { PolicyKind } from './kinds/names.js'
import { lowerAction } from './actions.js'
import type { ActionExpansions } from './service-wildcards.js'
import { emptyList, mapList } from './lists.js'
import { memorable } from '../memo-key.js'
import { oncePerObject } from '../once-per-object.js'

// The same few condition keys appear in file after file: each is
// lower-cased once. The first distinct keys are kept, no more.
const lowerKeys = new Map<string, string>()

function lowerConditionKey(key: string): string {
  let lower = lowerKeys.get(key)
  if (lower === undefined) {
    lower = key.toLowerCase()
    if (lowerKeys.size < 5000 && memorable(key)) lowerKeys.set(key, lower)
  }
  return lower
}

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
  /** The key lower-cased: IAM reads condition keys without regard to case, and several rules compare them. */
  lowerKey: string
  /** The value node as written (string, list, boolean, number...). */
  valueNode: JsonNode
  /** The scalar items of the value (one for a scalar, each item of a list). */
  values: JsonNode[]
}

/** The elements IAM knows in a statement, by their exact (case-sensitive) names, in the order messages list them. */
export const STATEMENT_ELEMENTS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'] as const
export type StatementElement = (typeof STATEMENT_ELEMENTS)[number]

/** A statement's known elements; the last one when a name repeats (as IAM reads it). */
export type StatementElements = { readonly [name in StatementElement]: JsonMember | undefined }

export interface StatementView {
  /** Index in the Statement list (0-based); 0 for a single statement object. */
  index: number
  node: JsonObject
  elements: StatementElements
  /** Members whose names are none of the elements (misspelt, miscased, invented), in document order; mostly none. */
  unknownMembers: JsonMember[]
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
  /**
   * The first `"*"` among the resources: the statement applies to every
   * resource. Several rule families ask; the list is scanned once.
   */
  everyResource: JsonString | undefined
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
  /** What the action patterns grant, for the rules that read it: service-wildcard patterns are budgeted (service-wildcards.ts). */
  expansions: ActionExpansions
}

/**
 * A rule adds its findings to `out`. Rules run on every statement of every
 * file, much of it before V8 has optimised them: their loops over arrays count
 * an index rather than use for-of, whose unoptimised form makes an iterator
 * result per element (validate on 10,000 files: ~50 ms of ~790, measured
 * whole process). Loops over a Map or Set keep for-of.
 */
export type Rule = (ctx: LintContext, out: FindingDraft[]) => void

/** The first character of a node: where a finding about something missing from it points. */
export function openingOf(node: JsonNode): Span {
  const start = node.span.start
  return { start, end: { line: start.line, column: start.column + 1, offset: start.offset + 1 } }
}

export function draft(code: string, at: { span: Span }, message: string, hint: string): FindingDraft {
  return { code, span: at.span, message, hint }
}

// Shared by every view that lacks the element: the views are read, never written.
const NO_MEMBERS: JsonMember[] = emptyList()
const NO_STRINGS: JsonString[] = emptyList()
const NO_PRINCIPALS: PrincipalEntry[] = emptyList()
const NO_CONDITIONS: ConditionEntry[] = emptyList()

/**
 * The known elements of a statement object, read in one pass. Every view
 * has all nine fields (one object shape for the rules' reads), and a name
 * is looked up by comparing it with nine constants: no map is built and no
 * key hashed for the few members a statement has.
 */
function elementsOf(obj: JsonObject): { elements: StatementElements; unknownMembers: JsonMember[] } {
  let unknownMembers: JsonMember[] | undefined
  // Locals, and the object made once at the end: not nine property stores,
  // each a site the engine learns from, where one first met on a later file
  // (a Principal after a run of identity policies) threw this function's
  // optimised code away.
  // One case per name, not found[name]: a store under a computed key would
  // look the key text up in the engine's string table every time.
  let Sid: JsonMember | undefined
  let Effect: JsonMember | undefined
  let Principal: JsonMember | undefined
  let NotPrincipal: JsonMember | undefined
  let Action: JsonMember | undefined
  let NotAction: JsonMember | undefined
  let Resource: JsonMember | undefined
  let NotResource: JsonMember | undefined
  let Condition: JsonMember | undefined
  for (let i = 0, members = obj.members; i < members.length; i++) {
    const m = members[i]
    switch (m.key.value) {
      case 'Sid':
        Sid = m
        break
      case 'Effect':
        Effect = m
        break
      case 'Principal':
        Principal = m
        break
      case 'NotPrincipal':
        NotPrincipal = m
        break
      case 'Action':
        Action = m
        break
      case 'NotAction':
        NotAction = m
        break
      case 'Resource':
        Resource = m
        break
      case 'NotResource':
        NotResource = m
        break
      case 'Condition':
        Condition = m
        break
      default:
        ;(unknownMembers ??= emptyList()).push(m)
    }
  }
  const elements: StatementElements = { Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition }
  return { elements, unknownMembers: unknownMembers ?? NO_MEMBERS }
}

/**
 * The strings of a string-or-list element; non-strings are left out (the
 * grammar rules report them). A list of strings only (the usual case) is
 * handed on as the parser made it, not copied. The result is read, never written.
 */
export function stringsOf(node: JsonNode | undefined): JsonString[] {
  if (!node) return NO_STRINGS
  if (node.kind === 'string') return [node]
  if (node.kind !== 'array') return NO_STRINGS
  const items = node.items
  let k = 0
  while (k < items.length && items[k].kind === 'string') k++
  if (k === items.length) return items.length === 0 ? NO_STRINGS : (items as JsonString[])
  const out: JsonString[] = []
  for (const item of items) if (item.kind === 'string') out.push(item)
  return out.length === 0 ? NO_STRINGS : out
}

function principalsOf(node: JsonNode | undefined): PrincipalEntry[] {
  if (!node) return NO_PRINCIPALS
  if (node.kind === 'string') return [{ type: '*', value: node }]
  if (node.kind !== 'object') return NO_PRINCIPALS
  const out: PrincipalEntry[] = []
  for (let i = 0, members = node.members; i < members.length; i++) {
    const m = members[i]
    for (let j = 0, strings = stringsOf(m.value); j < strings.length; j++) {
      const value = strings[j]
      out.push({ type: m.key.value, value })
    }
  }
  return out.length === 0 ? NO_PRINCIPALS : out
}

function conditionsOf(node: JsonNode | undefined): ConditionEntry[] {
  if (!node || node.kind !== 'object') return NO_CONDITIONS
  let out: ConditionEntry[] | undefined
  for (let i = 0, members = node.members; i < members.length; i++) {
    const op = members[i]
    if (op.value.kind !== 'object') continue
    for (let j = 0, keys = op.value.members; j < keys.length; j++) {
      const k = keys[j]
      const valueNode = k.value
      ;(out ??= []).push({
        operator: op.key,
        key: k.key,
        lowerKey: lowerConditionKey(k.key.value),
        valueNode,
        values: valueNode.kind === 'array' ? valueNode.items : [valueNode]
      })
    }
  }
  return out ?? NO_CONDITIONS
}

export function statementView(node: JsonObject, index: number): StatementView {
  const { elements, unknownMembers } = elementsOf(node)
  const actions = stringsOf(elements.Action?.value)
  const lowerActions = mapList(actions, (a) => lowerAction(a.value))
  const effectNode = elements.Effect?.value
  const effect =
    effectNode?.kind === 'string' && (effectNode.value === 'Allow' || effectNode.value === 'Deny') ? effectNode.value : undefined
  const sidNode = elements.Sid?.value
  const conditions = conditionsOf(elements.Condition?.value)
  const resources = stringsOf(elements.Resource?.value)
  let everyResource: JsonString | undefined
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i]
    if (r.value === '*') {
      everyResource = r
      break
    }
  }
  return {
    index,
    node,
    elements,
    unknownMembers,
    sid: sidNode?.kind === 'string' ? sidNode.value : undefined,
    effect,
    actions,
    lowerActions,
    notActions: stringsOf(elements.NotAction?.value),
    resources,
    everyResource,
    notResources: stringsOf(elements.NotResource?.value),
    principals: principalsOf(elements.Principal?.value),
    notPrincipals: principalsOf(elements.NotPrincipal?.value),
    conditions,
    conditioned: conditions.length > 0
  }
}

/** How a statement is named in a message: its Sid when it has one, else its position. */
export function statementLabel(s: StatementView, startsSentence = false): string {
  const word = startsSentence ? 'Statement' : 'statement'
  return s.sid ? `${word} '${s.sid}'` : `${word} ${s.index + 1}`
}

/**
 * Does the statement hold a Condition that may limit it? An empty
 * `"Condition": {}` is no condition (IAM stores it, and the statement applies
 * unconditionally); any other, well formed or not, is read as limiting.
 */
export function hasCondition(s: StatementView): boolean {
  const c = s.elements.Condition
  return c !== undefined && !(c.value.kind === 'object' && c.value.members.length === 0)
}

/** `Principal: "*"` or `{"AWS": "*"}` (alone or in a list). */
export function isPrincipalStar(p: PrincipalEntry): boolean {
  return p.value.value === '*' && (p.type === '*' || p.type === 'AWS')
}

// Conditions conditionKeyNamed has read, ever, scanning a statement's or putting them in its map (one addition per
// condition): tests bound it by the conditions rather than time a rule that asks per principal (the machine is shared).
let conditionsScanned = 0

/** How many conditions conditionKeyNamed has read so far, in all. Only ever grows. */
export function conditionKeyScanned(): number {
  return conditionsScanned
}

/** Past this many conditions, a statement's conditions are looked up through a map by key, made once. */
const CONDITION_SCAN_LIMIT = 16

// The conditions of a statement with many, by lower-case key; kept only while the statement is. A rule that asks
// once per principal or per value (an OIDC provider's subject key, per Federated principal) would otherwise scan
// thousands of conditions thousands of times.
const conditionsByKey = oncePerObject((s: StatementView): ReadonlyMap<string, readonly ConditionEntry[]> => {
  const byKey = new Map<string, ConditionEntry[]>()
  for (const c of s.conditions) {
    conditionsScanned++
    const list = byKey.get(c.lowerKey)
    if (list === undefined) byKey.set(c.lowerKey, [c])
    else list.push(c)
  }
  return byKey
})

/** The statement's conditions on `key` (any case); mostly none, and then nothing is made. */
export function conditionKeyNamed(s: StatementView, key: string): readonly ConditionEntry[] {
  const conditions = s.conditions
  if (conditions.length === 0) return NO_CONDITIONS
  const lower = key.toLowerCase()
  if (conditions.length > CONDITION_SCAN_LIMIT) return conditionsByKey(s).get(lower) ?? NO_CONDITIONS
  let found: ConditionEntry[] | undefined
  for (const c of conditions) {
    conditionsScanned++
    if (c.lowerKey === lower) (found ??= []).push(c)
  }
  return found ?? NO_CONDITIONS
}
