// A policy's meaning with its spelling taken out, so two texts that IAM reads
// the same way compare equal. On top of what normalisePolicy already folds
// (a single value vs a one-element array, Principal "*" vs {"AWS": "*"}):
// statement order, value order and duplicates, the case of action names and
// of condition key names (IAM compares both without regard to case), Sids
// (labels, not access) and empty condition blocks. Nothing else: whitespace
// stays significant in keys and values, ARNs and condition values keep their
// case, and a value subsumed by another one in the same list (s3:GetObject
// next to s3:*) is kept; the semantic diff rates such values, this form only
// removes spelling.
import { keyedByPolicy, normalisePolicy, type ConditionMap, type NormalPolicy, type NormalStatement, type PrincipalMap } from './normalise.js'

/** A statement's meaning: what is left of it when its place and its Sid, which grant nothing, are dropped. */
export type CanonicalStatement = Omit<NormalStatement, 'index' | 'sid'>

export interface CanonicalPolicy {
  version?: string
  statements: CanonicalStatement[]
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Sorted, without duplicates. */
export function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(byCodeUnit)
}

function canonicalPrincipal(map: PrincipalMap): PrincipalMap {
  const out: PrincipalMap = keyedByPolicy()
  for (const type of Object.keys(map).sort(byCodeUnit)) out[type] = sortedUnique(map[type])
  return out
}

/**
 * Condition key names are case-insensitive in IAM; operator names are kept as
 * written. Two spellings of one key in one block (`aws:SourceIp` and
 * `aws:sourceip`) are two tests of the same request value, ANDed like any two
 * keys of a block: merging their values would OR them. So a key spelt once
 * (or spelt several ways with the same values) is lower-cased; spellings with
 * different values stay apart as written, and every reader of clauses
 * (clausesByKey) lower-cases them back into one key's clauses. (That IAM
 * tests both is not documented: the review counts a head with such a block as
 * one it cannot read, ./key-spellings.ts.)
 */
function canonicalCondition(map: ConditionMap): ConditionMap {
  const out: ConditionMap = keyedByPolicy()
  for (const operator of Object.keys(map).sort(byCodeUnit)) {
    const spellings = new Map<string, Array<[spelling: string, values: string[]]>>()
    for (const [key, values] of Object.entries(map[operator])) {
      const k = key.toLowerCase()
      const list = spellings.get(k)
      if (list) list.push([key, sortedUnique(values)])
      else spellings.set(k, [[key, sortedUnique(values)]])
    }
    if (spellings.size === 0) continue // an empty block restricts nothing
    const keys: Record<string, string[]> = keyedByPolicy()
    for (const [k, list] of spellings) {
      // Spellings that test the same values are one test.
      const distinct = new Map(list.map(([spelling, values]) => [values.join('\u0000'), [spelling, values] as const]))
      if (distinct.size === 1) keys[k] = list[0][1]
      else for (const [spelling, values] of distinct.values()) keys[spelling] = values
    }
    const sorted: Record<string, string[]> = keyedByPolicy()
    for (const key of Object.keys(keys).sort(byCodeUnit)) sorted[key] = keys[key]
    out[operator] = sorted
  }
  return out
}

/** One statement's meaning: no Sid, no source position, every list sorted and de-duplicated. */
export function canonicalStatement(s: NormalStatement): CanonicalStatement {
  const out: CanonicalStatement = { effect: s.effect, condition: canonicalCondition(s.condition) }
  if (s.action) out.action = sortedUnique(s.action.map((a) => a.toLowerCase()))
  if (s.notAction) out.notAction = sortedUnique(s.notAction.map((a) => a.toLowerCase()))
  if (s.resource) out.resource = sortedUnique(s.resource)
  if (s.notResource) out.notResource = sortedUnique(s.notResource)
  if (s.principal) out.principal = canonicalPrincipal(s.principal)
  if (s.notPrincipal) out.notPrincipal = canonicalPrincipal(s.notPrincipal)
  return out
}

/**
 * A string that is equal for two statements exactly when their canonical
 * forms are equal (the canonical form has a fixed key order, so JSON works).
 */
export function canonicalStatementKey(s: NormalStatement | CanonicalStatement): string {
  const c = 'index' in s ? canonicalStatement(s) : s
  return JSON.stringify(c)
}

/**
 * The policy's meaning: canonical statements in a fixed order, identical
 * statements once (a statement repeated grants or denies nothing more).
 */
export function canonicalPolicy(policy: NormalPolicy): CanonicalPolicy {
  const byKey = new Map<string, CanonicalStatement>()
  for (const s of policy.statements) {
    const c = canonicalStatement(s)
    byKey.set(JSON.stringify(c), c)
  }
  const statements = [...byKey.keys()].sort(byCodeUnit).map((k) => byKey.get(k) as CanonicalStatement)
  const out: CanonicalPolicy = { statements }
  if (policy.version !== undefined) out.version = policy.version
  return out
}

/**
 * Do two parsed JSON values mean the same policy? Two values that are not
 * policies (normalisePolicy gives nothing) are the same only when they are
 * structurally equal; a policy and a non-policy never are.
 */
export function samePolicyMeaning(a: unknown, b: unknown): boolean {
  const na = normalisePolicy(a)
  const nb = normalisePolicy(b)
  if (!na || !nb) return !na && !nb && JSON.stringify(a) === JSON.stringify(b)
  return JSON.stringify(canonicalPolicy(na)) === JSON.stringify(canonicalPolicy(nb))
}
