// The meaning of a policy, with the spellings that do not change it taken out:
// a single value and a one-element array are the same, and so is Principal
// "*" and {"AWS": "*"}. The evaluator, the "work together" checks and the
// semantic diff all read this form.

import { toValue } from '../json-ast/parse.js'
import type { JsonNode, JsonNumber } from '../json-ast/types.js'

export type PrincipalMap = Record<string, string[]>
export type ConditionMap = Record<string, Record<string, string[]>>

/**
 * A record whose keys come from a policy (principal types, condition
 * operators and keys): it has no prototype, so a key such as "__proto__" or
 * "constructor" is stored and read as the key it is, never as Object's own
 * (assigning "__proto__" on a plain object would set its prototype and lose
 * the entry).
 */
export function keyedByPolicy<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

export interface NormalStatement {
  /** Index in the source Statement list (0-based). */
  index: number
  sid?: string
  effect: 'Allow' | 'Deny'
  action?: string[]
  notAction?: string[]
  resource?: string[]
  notResource?: string[]
  principal?: PrincipalMap
  notPrincipal?: PrincipalMap
  condition: ConditionMap
}

export interface NormalPolicy {
  version?: string
  statements: NormalStatement[]
}

/**
 * A JSON number as its text in the file, where a policy's value holds it in
 * place of the JavaScript number (policyValueOf). IAM reads a condition's
 * number by its text: JavaScript's value of `1e999` is Infinity, written
 * "Infinity", which no reader takes for a number, and `1e3` is written "1000",
 * a form IAM documents where the file's is one it does not.
 */
export class NumberText {
  constructor(readonly text: string) {}
}

/**
 * A parsed document's plain value (JSON.parse's) and its value as
 * normalisePolicy is to read it: the same, but each number whose JavaScript
 * value is written otherwise than the file writes it is its NumberText. A
 * document with no such number (most) is converted once.
 */
export function documentValues(root: JsonNode): { value: unknown; policyValue: unknown } {
  let otherText = false
  const value = toValue(root, (n) => {
    if (!sameNumberText(n)) otherText = true
    return n.value
  })
  return { value, policyValue: otherText ? toValue(root, (n) => (sameNumberText(n) ? n.value : new NumberText(n.raw))) : value }
}

const sameNumberText = (n: JsonNumber): boolean => String(n.value) === n.raw

/** A scalar condition value as IAM compares it: text (booleans and numbers too, a number as the file writes it). */
const scalarText = (x: unknown): string | undefined => {
  if (typeof x === 'string') return x
  if (typeof x === 'boolean' || typeof x === 'number') return String(x)
  if (x instanceof NumberText) return x.text
  return undefined
}

const asList = (v: unknown): string[] | undefined => {
  if (typeof v === 'string') return [v]
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[]
  // Booleans and numbers are valid condition values; IAM compares them as text.
  const one = scalarText(v)
  if (one !== undefined) return [one]
  if (!Array.isArray(v)) return undefined
  const texts: string[] = []
  for (const x of v) {
    const text = scalarText(x)
    if (text === undefined) return undefined
    texts.push(text)
  }
  return texts
}

function principalMap(v: unknown): PrincipalMap | undefined {
  if (v === '*') return { AWS: ['*'] }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined
  const out: PrincipalMap = keyedByPolicy()
  for (const [type, value] of Object.entries(v)) {
    const list = asList(value)
    if (list) out[type] = list
  }
  return out
}

function conditionMap(v: unknown): ConditionMap {
  const out: ConditionMap = keyedByPolicy()
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return out
  for (const [operator, block] of Object.entries(v)) {
    if (block === null || typeof block !== 'object' || Array.isArray(block)) continue
    const keys: Record<string, string[]> = keyedByPolicy()
    for (const [key, value] of Object.entries(block)) {
      const list = asList(value)
      if (list) keys[key] = list
    }
    out[operator] = keys
  }
  return out
}

/**
 * Reads a parsed policy value. Returns undefined when it is not an object
 * with a Statement; statements without a valid Effect are left out (the
 * linter reports them; IAM would reject the document).
 */
export function normalisePolicy(value: unknown): NormalPolicy | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const doc = value as Record<string, unknown>
  const raw = doc.Statement
  if (raw === undefined) return undefined
  const list = Array.isArray(raw) ? raw : [raw]
  const statements: NormalStatement[] = []
  list.forEach((s, index) => {
    if (s === null || typeof s !== 'object' || Array.isArray(s)) return
    const st = s as Record<string, unknown>
    if (st.Effect !== 'Allow' && st.Effect !== 'Deny') return
    const n: NormalStatement = { index, effect: st.Effect, condition: conditionMap(st.Condition) }
    if (typeof st.Sid === 'string') n.sid = st.Sid
    const set = <K extends 'action' | 'notAction' | 'resource' | 'notResource'>(key: K, from: unknown) => {
      const l = asList(from)
      if (l) n[key] = l
    }
    set('action', st.Action)
    set('notAction', st.NotAction)
    set('resource', st.Resource)
    set('notResource', st.NotResource)
    const p = principalMap(st.Principal)
    if (p) n.principal = p
    const np = principalMap(st.NotPrincipal)
    if (np) n.notPrincipal = np
    statements.push(n)
  })
  return { version: typeof doc.Version === 'string' ? doc.Version : undefined, statements }
}
