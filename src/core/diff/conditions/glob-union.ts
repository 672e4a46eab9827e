// Does every value one `*`/`?` pattern matches match one of several others?
// A value can need more than one of them: `a*` is `a` or `a?*`, which no
// single one of those covers. Decided exactly by walking both sides as
// automata, character by character: a pattern's state is the set of its
// positions it may be at, and a character matters only as one of the
// literals the patterns name or as any other (they all behave alike). The
// pattern covers the union when no walk reaches the pattern's end with
// none of the union's patterns at theirs.
import type { DiffWork } from '../work.js'

/** States of the walk one question may visit before it gives up (the answer is then "not shown"). */
const MAX_STATES = 2048

/** The positions reachable from `positions` without reading (a `*` may match nothing). */
function closure(patterns: readonly string[], positions: readonly number[][]): number[][] {
  return positions.map((list, i) => {
    const p = patterns[i]
    const out = new Set(list)
    for (const j of list) for (let k = j; k < p.length && p[k] === '*'; k++) out.add(k + 1)
    return [...out].sort((x, y) => x - y)
  })
}

/** The positions after reading one character (`undefined`: one no pattern names). */
function step(patterns: readonly string[], positions: readonly number[][], ch: string | undefined): number[][] {
  return closure(
    patterns,
    positions.map((list, i) => {
      const p = patterns[i]
      const out: number[] = []
      for (const j of list) {
        if (j >= p.length) continue
        const c = p[j]
        if (c === '*') out.push(j)
        else if (c === '?' || c === ch) out.push(j + 1)
      }
      return out
    })
  )
}

const atEnd = (patterns: readonly string[], positions: readonly number[][]) => positions.some((list, i) => list.includes(patterns[i].length))

/**
 * Does every value `pattern` matches (case-sensitive, as StringLike) match
 * some pattern of `union`? True or false when decided, undefined past
 * MAX_STATES or the work budget.
 */
export function coveredByUnion(pattern: string, union: readonly string[], work: DiffWork): boolean | undefined {
  const alphabet: (string | undefined)[] = [undefined, ...new Set([...pattern, ...union.join('')].filter((c) => c !== '*' && c !== '?'))]
  const one = [pattern]
  const start: [number[][], number[][]] = [closure(one, [[0]]), closure(union, union.map(() => [0]))]
  const seen = new Set<string>()
  const queue = [start]
  // A state read costs about a unit per pattern and per 8 characters of them, for each character tried.
  const perState = alphabet.length * (union.length + 1 + Math.ceil((pattern.length + union.join('').length) / 8))
  while (queue.length > 0) {
    const [p, q] = queue.pop() as [number[][], number[][]]
    const id = JSON.stringify([p, q])
    if (seen.has(id)) continue
    if (seen.size >= MAX_STATES || !work.spend(perState)) return undefined
    seen.add(id)
    if (atEnd(one, p) && !atEnd(union, q)) return false
    for (const ch of alphabet) {
      const np = step(one, p, ch)
      if (np[0].length === 0) continue
      queue.push([np, step(union, q, ch)])
    }
  }
  return true
}

/** Patterns longer than this get no commonValue: each state of the walk reads them whole. */
const COMMON_VALUE_LENGTH = 256

/**
 * A value both patterns match, the shortest found, or undefined when they
 * share none (or past what `spend` allows, a unit per state of the walk, or
 * for patterns over COMMON_VALUE_LENGTH). A character no pattern names is spelt as
 * the first of `xwz0-_` that none of them holds. The witness search tries it
 * where one statement's Resource meets another's (`b/a/*` and `b/a?/*` share
 * `b/a//`).
 */
export function commonValue(a: string, b: string, spend: (units: number) => boolean): string | undefined {
  if (a.length > COMMON_VALUE_LENGTH || b.length > COMMON_VALUE_LENGTH) return undefined
  // The same pairs meet again for every change of a document (and in the next one): remembered.
  // In one order, so that the value found does not depend on which came first.
  const [x, y] = a < b ? [a, b] : [b, a]
  const id = `${x}\u0000${y}`
  const known = meetings.get(id)
  if (known !== undefined) return spend(1) ? (known ?? undefined) : undefined
  const found = walkToCommonValue(x, y, spend)
  // Cut short by `spend` (a cap of this search, not of the pair): not remembered.
  if (found.done) {
    if (meetings.size >= MEETINGS_KEPT) meetings.clear()
    meetings.set(id, found.value ?? null)
  }
  return found.value
}

const meetings = new Map<string, string | null>()
const MEETINGS_KEPT = 10_000

/**
 * The walk of commonValue: `done` unless `spend` cut it short. A state is a
 * position in each pattern (the two read the same characters so far); from
 * it, a `*` matches nothing more or eats the other's next character, and two
 * single characters go on together when they can be the same one. Breadth
 * first, so the value found is a shortest; a character only wildcards read is
 * spelt `other`.
 */
function walkToCommonValue(a: string, b: string, spend: (units: number) => boolean): { value?: string; done: boolean } {
  const literals = new Set([...a, ...b].filter((c) => c !== '*' && c !== '?'))
  const other = [...'xwz0-_'].find((c) => !literals.has(c)) ?? 'x'
  const width = b.length + 1
  // For each state reached: the state it came from and the character read on the way ('' for none).
  const from = new Map<number, [number, string]>([[0, [-1, '']]])
  const queue = [0]
  for (let at = 0; at < queue.length; at++) {
    if (!spend(1)) return { done: false }
    const state = queue[at]
    const i = Math.floor(state / width)
    const j = state % width
    if (i === a.length && j === b.length) {
      let text = ''
      for (let s = state; s > 0; s = (from.get(s) as [number, string])[0]) text = (from.get(s) as [number, string])[1] + text
      return { value: text, done: true }
    }
    const go = (ni: number, nj: number, ch: string) => {
      const next = ni * width + nj
      if (from.has(next)) return
      from.set(next, [state, ch])
      queue.push(next)
    }
    const x = a[i]
    const y = b[j]
    if (x === '*') go(i + 1, j, '')
    if (y === '*') go(i, j + 1, '')
    if (x === undefined || y === undefined) continue
    // One character read by both: a `*` stays where it is.
    const ni = x === '*' ? i : i + 1
    const nj = y === '*' ? j : j + 1
    // Two `*` never need to read a character together: each matching nothing is enough.
    if (x === '*' && y === '*') continue
    if (x === '*' || x === '?') go(ni, nj, y === '*' || y === '?' ? other : y)
    else if (y === '*' || y === '?' || x === y) go(ni, nj, x)
  }
  return { done: true }
}
