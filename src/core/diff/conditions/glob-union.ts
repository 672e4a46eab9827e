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

/** States one commonValue visits at most (a few hundred characters' walk). */
const MEETING_STATES = 512

/** Patterns longer than this get no commonValue: each state of the walk reads them whole. */
const COMMON_VALUE_LENGTH = 256

/**
 * A value both patterns match, the shortest found, or undefined when they
 * share none (or past MEETING_STATES or what `spend` allows, or for patterns
 * over COMMON_VALUE_LENGTH). A character no pattern names is spelt as
 * the first of `xwz0-_` that none of them holds. The witness search tries it
 * where one statement's Resource meets another's (`b/a/*` and `b/a?/*` share
 * `b/a//`).
 */
export function commonValue(a: string, b: string, spend: (units: number) => boolean): string | undefined {
  if (a.length > COMMON_VALUE_LENGTH || b.length > COMMON_VALUE_LENGTH) return undefined
  const literals = new Set([...a, ...b].filter((c) => c !== '*' && c !== '?'))
  const other = [...'xwz0-_'].find((c) => !literals.has(c))
  const alphabet = [...literals, ...(other === undefined ? [] : [other])]
  // As in coveredByUnion: each state read, for each character tried.
  const perState = alphabet.length * (3 + Math.ceil((a.length + b.length) / 8))
  const pa = [a]
  const pb = [b]
  const read = (patterns: string[], positions: number[][], ch: string) => step(patterns, positions, literals.has(ch) ? ch : undefined)
  const queue: [number[][], number[][], string][] = [[closure(pa, [[0]]), closure(pb, [[0]]), '']]
  const seen = new Set<string>()
  for (let i = 0; i < queue.length; i++) {
    const [p, q, text] = queue[i]
    const id = JSON.stringify([p, q])
    if (seen.has(id)) continue
    if (seen.size >= MEETING_STATES || !spend(perState)) return undefined
    seen.add(id)
    if (atEnd(pa, p) && atEnd(pb, q)) return text
    for (const ch of alphabet) {
      const np = read(pa, p, ch)
      const nq = read(pb, q, ch)
      if (np[0].length > 0 && nq[0].length > 0) queue.push([np, nq, text + ch])
    }
  }
  return undefined
}
