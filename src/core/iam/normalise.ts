// The meaning of a policy, with the spellings that do not change it taken out:
// a single value and a one-element array are the same, and so is Principal
// "*" and {"AWS": "*"}. The evaluator, the "work together" checks and the
// semantic diff all read this form.

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

const asList = (v: unknown): string[] | undefined => {
  if (typeof v === 'string') return [v]
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[]
  // Booleans and numbers are valid condition values; IAM compares them as text.
  if (typeof v === 'boolean' || typeof v === 'number') return [String(v)]
  if (Array.isArray(v) && v.every((x) => ['string', 'boolean', 'number'].includes(typeof x))) return v.map(String)
  return undefined
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
