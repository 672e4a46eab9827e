// One statement as the diff reads it: the canonical meaning (for comparing
// and matching) plus the spelling the author used (for the summaries).
import { canonicalStatement, canonicalStatementKey, type CanonicalStatement } from '../iam/canonical.js'
import type { NormalStatement, PrincipalMap } from '../iam/normalise.js'
import { hasWildcard } from '../iam/wildcard.js'
import { principalEntry, type Grant } from './coverage.js'
import { foldStatement } from './folds.js'

export type Side = 'before' | 'after'

export interface DiffStatement extends Grant {
  side: Side
  /** Position in the source Statement list (0-based). */
  index: number
  sid?: string
  /** Equal for two statements exactly when they mean the same. */
  key: string
  /** Canonical spelling (lower-cased action or condition key) -> as written. */
  spelling: Map<string, string>
  /**
   * Conditions folded into Principal or Resource because they only restate
   * them (see ./folds.ts); the fields above hold the folded form.
   */
  folded: string[]
  /**
   * Set when the two versions read policy variables differently (a Version
   * change), or both read them as literal text: whether this one reads
   * `${...}` as literal text, and its Version in words, for the texts
   * (./describe.ts); `alike` when both versions read them so (nothing to note).
   */
  variables?: { literal: boolean; version: string; alike?: true }
}

function principalEntries(map: Record<string, string[]> | undefined): string[] | undefined {
  if (!map) return undefined
  return Object.entries(map).flatMap(([type, values]) => values.map((v) => principalEntry(type, v)))
}

/**
 * The statement without the Principal and NotPrincipal values that name no
 * principal: a pattern other than `"*"` alone (`arn:aws:iam::111122223333:role/*`).
 * IAM takes no wildcard in a principal but `"*"` ("You cannot use a wildcard
 * to match part of a principal name or ARN": AWS JSON policy elements:
 * Principal; the linter's RTC206 and RTC306), and the evaluator matches no
 * such pattern; read as one, `role/*` -> `role/etl` said narrows where it
 * grants the role. A note says what was left out. Patterns that folding
 * makes from conditions (aws:PrincipalArn) come after this and stay patterns.
 */
function withoutPrincipalPatterns(s: CanonicalStatement, notes: string[]): CanonicalStatement {
  const keep = (element: 'Principal' | 'NotPrincipal', map: PrincipalMap | undefined): PrincipalMap | undefined => {
    if (!map) return map
    let out: PrincipalMap | undefined
    for (const [type, values] of Object.entries(map)) {
      const named = values.filter((v) => v === '*' || !hasWildcard(v))
      if (named.length === values.length) continue
      out ??= { ...map }
      out[type] = named
      for (const v of values) if (!named.includes(v)) notes.push(`${element} \`${type} ${v}\` names no principal (IAM takes a wildcard there only as "*" alone)`)
    }
    return out ?? map
  }
  const principal = keep('Principal', s.principal)
  const notPrincipal = keep('NotPrincipal', s.notPrincipal)
  return principal === s.principal && notPrincipal === s.notPrincipal ? s : { ...s, principal, notPrincipal }
}

export function toDiffStatement(s: NormalStatement, side: Side, variables?: DiffStatement['variables']): DiffStatement {
  const patternNotes: string[] = []
  const written = withoutPrincipalPatterns(canonicalStatement(s), patternNotes)
  const folded = foldStatement(written)
  const c = folded.statement
  const notes = [...patternNotes, ...folded.notes]
  const spelling = new Map<string, string>()
  const remember = (written: string) => {
    const canonical = written.toLowerCase()
    if (!spelling.has(canonical)) spelling.set(canonical, written)
  }
  for (const a of [...(s.action ?? []), ...(s.notAction ?? [])]) remember(a)
  for (const keys of Object.values(s.condition)) for (const key of Object.keys(keys)) remember(key)
  const out: DiffStatement = {
    side,
    index: s.index,
    key: canonicalStatementKey(written),
    spelling,
    folded: notes,
    effect: c.effect,
    condition: c.condition
  }
  if (s.sid !== undefined) out.sid = s.sid
  if (variables) out.variables = variables
  if (c.action) out.action = c.action
  if (c.notAction) out.notAction = c.notAction
  if (c.resource) out.resource = c.resource
  if (c.notResource) out.notResource = c.notResource
  const principal = principalEntries(c.principal)
  if (principal) out.principal = principal
  const notPrincipal = principalEntries(c.notPrincipal)
  if (notPrincipal) out.notPrincipal = notPrincipal
  return out
}

export interface Pairing {
  pairs: { before: DiffStatement; after: DiffStatement; by: 'sid' | 'content' }[]
  removed: DiffStatement[]
  added: DiffStatement[]
}

/** What a statement is about, as tokens for the overlap score. */
function tokensOf(s: DiffStatement): string[] {
  const out: string[] = []
  const push = (tag: string, values: readonly string[] | undefined) => {
    if (values) for (const v of values) out.push(`${tag}\u0000${v}`)
  }
  push('A', s.action)
  push('NA', s.notAction)
  push('R', s.resource)
  push('NR', s.notResource)
  push('P', s.principal)
  push('NP', s.notPrincipal)
  for (const [operator, keys] of Object.entries(s.condition)) {
    for (const [key, values] of Object.entries(keys)) push(`C\u0000${operator}\u0000${key}`, values)
  }
  return out
}

/**
 * Pairs the statements of two versions: first by Sid, then those that mean
 * exactly the same, then the rest by how much they have in common (shared
 * values over all values, the Effect counting as one more), best pairs
 * first; pairs must share at least one value. What is left was added or
 * removed. The scoring touches only pairs that share a value, through an
 * index of values, and sorts plain numbers, so 500 rewritten statements a
 * side stay within milliseconds.
 */
export function pairStatements(before: readonly DiffStatement[], after: readonly DiffStatement[]): Pairing {
  const pairs: Pairing['pairs'] = []
  const taken = new Set<DiffStatement>()

  const afterBySid = new Map<string, DiffStatement[]>()
  for (const a of after) if (a.sid !== undefined) afterBySid.set(a.sid, [...(afterBySid.get(a.sid) ?? []), a])
  let restBefore: DiffStatement[] = []
  for (const b of before) {
    const a = b.sid === undefined ? undefined : afterBySid.get(b.sid)?.shift()
    if (a) {
      pairs.push({ before: b, after: a, by: 'sid' })
      taken.add(a)
    } else restBefore.push(b)
  }

  const afterByKey = new Map<string, DiffStatement[]>()
  for (const a of after) if (!taken.has(a)) afterByKey.set(a.key, [...(afterByKey.get(a.key) ?? []), a])
  const unmatched: DiffStatement[] = []
  for (const b of restBefore) {
    const a = afterByKey.get(b.key)?.shift()
    if (a) {
      pairs.push({ before: b, after: a, by: 'content' })
      taken.add(a)
    } else unmatched.push(b)
  }
  restBefore = unmatched
  const restAfter = after.filter((a) => !taken.has(a))

  const removed: DiffStatement[] = []
  const added: DiffStatement[] = []
  if (restBefore.length > 0 && restAfter.length > 0 && restBefore.length < 65536 && restAfter.length < 65536) {
    const matched = pairBySimilarity(restBefore, restAfter)
    const matchedAfter = new Set<number>()
    restBefore.forEach((b, i) => {
      const j = matched[i]
      if (j < 0) removed.push(b)
      else {
        pairs.push({ before: b, after: restAfter[j], by: 'content' })
        matchedAfter.add(j)
      }
    })
    restAfter.forEach((a, j) => {
      if (!matchedAfter.has(j)) added.push(a)
    })
  } else {
    removed.push(...restBefore)
    added.push(...restAfter)
  }
  return { pairs, removed, added }
}

/**
 * How many (before, after) pairs sharing a value pairBySimilarity may score.
 * Statements that all name s3:GetObject share it pairwise: 11,000 a side made
 * 120 million candidates, past the longest array V8 can hold, which ended the
 * process. Over the budget, the values shared by the most statements (those
 * that tell pairs apart least) are left out of the score until the rest fit;
 * a statement that then shares nothing is reported added or removed, never
 * wrongly paired.
 */
export const PAIRING_BUDGET = 2_000_000

/** Leaves out of `postings` the most shared values until the pairs they make fit PAIRING_BUDGET. */
function withinPairingBudget(postings: Map<string, number[]>, beforeTokens: readonly Set<string>[]): void {
  const uses = new Map<string, number>()
  let pairs = 0
  for (const tokens of beforeTokens) {
    for (const t of tokens) {
      const list = postings.get(t)
      if (!list) continue
      uses.set(t, (uses.get(t) ?? 0) + 1)
      pairs += list.length
    }
  }
  if (pairs <= PAIRING_BUDGET) return
  const byCost = [...uses].map(([t, n]) => ({ t, cost: n * (postings.get(t) as number[]).length })).sort((x, y) => y.cost - x.cost)
  for (const { t, cost } of byCost) {
    if (pairs <= PAIRING_BUDGET) break
    postings.delete(t)
    pairs -= cost
  }
}

/** For each of `before`, the index in `after` it is paired with, or -1. */
function pairBySimilarity(before: readonly DiffStatement[], after: readonly DiffStatement[]): Int32Array {
  const afterTokens = after.map(tokensOf)
  const postings = new Map<string, number[]>()
  afterTokens.forEach((tokens, j) => {
    for (const t of new Set(tokens)) {
      const list = postings.get(t)
      if (list) list.push(j)
      else postings.set(t, [j])
    }
  })
  const beforeTokens = before.map((b) => new Set(tokensOf(b)))
  withinPairingBudget(postings, beforeTokens)
  const afterSizes = afterTokens.map((t) => new Set(t).size + 1)
  // Each candidate pair is one number: score (20 bits), then the before and
  // after positions (16 bits each, stored inverted so that among equal scores
  // the earlier statements pair first). Sorting numbers is fast.
  const keys: number[] = []
  const shared = new Int32Array(after.length)
  const touched: number[] = []
  before.forEach((b, i) => {
    const tokens = beforeTokens[i]
    for (const t of tokens) {
      const list = postings.get(t)
      if (!list) continue
      for (const j of list) {
        if (shared[j] === 0) touched.push(j)
        shared[j]++
      }
    }
    const size = tokens.size + 1
    for (const j of touched) {
      const common = shared[j] + (b.effect === after[j].effect ? 1 : 0)
      const score = common / (size + afterSizes[j] - common)
      const q = Math.round(score * 0xfffff)
      keys.push(q * 2 ** 32 + (0xffff - i) * 2 ** 16 + (0xffff - j))
      shared[j] = 0
    }
    touched.length = 0
  })
  const sorted = Float64Array.from(keys).sort()
  const result = new Int32Array(before.length).fill(-1)
  const afterTaken = new Uint8Array(after.length)
  for (let k = sorted.length - 1; k >= 0; k--) {
    const key = sorted[k]
    const low = key % 2 ** 32
    const i = 0xffff - Math.floor(low / 2 ** 16)
    const j = 0xffff - (low % 2 ** 16)
    if (result[i] >= 0 || afterTaken[j]) continue
    result[i] = j
    afterTaken[j] = 1
  }
  return result
}
