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

/**
 * Units for stepping one position of a state over one character (a unit is
 * about 0.1 µs: ./work.ts), and for each state and character over that
 * (measured on unions of 2 to 2,000 patterns, short and long: 0.3 to 0.8 µs a
 * position, ~1 µs a step).
 */
const POSITION_WORK = 2
const STEP_WORK = 4

/**
 * The patterns laid end to end, each followed by one position for its end:
 * a walk's state is then one sorted list of positions, stepped without
 * making a list per pattern (a state of a union of thousands of patterns made
 * thousands of lists for each character, and the budget counted a tenth of
 * the time it took).
 */
interface Laid {
  /** The character at each position: '*', '?', a literal, or '' at a pattern's end. */
  chars: string[]
  /** Whether a position is a pattern's end. */
  end: boolean[]
  /** Per position: its first position after the run of `*` that starts there (itself when none). */
  afterStars: number[]
}

function lay(patterns: readonly string[]): Laid {
  const chars: string[] = []
  const end: boolean[] = []
  for (const p of patterns) {
    for (const c of p) {
      chars.push(c)
      end.push(false)
    }
    chars.push('')
    end.push(true)
  }
  const afterStars = new Array<number>(chars.length)
  for (let k = chars.length - 1; k >= 0; k--) afterStars[k] = chars[k] === '*' ? afterStars[k + 1] : k
  return { chars, end, afterStars }
}

// Positions stepped over a character by coveredByUnion, ever: what its time goes with, which its budget charge must cover.
let stepped = 0

/** How many positions coveredByUnion has stepped so far, in all. Only ever grows: the difference over a run is its count. */
export function positionsStepped(): number {
  return stepped
}

/** Walks over one Laid: the positions a state moves to, without repeats, sorted. */
class Stepper {
  private readonly mark: Int32Array
  private stamp = 0

  constructor(private readonly laid: Laid) {
    this.mark = new Int32Array(laid.chars.length)
  }

  /** `from` with the positions reachable without reading (a `*` may match nothing). */
  closed(from: readonly number[]): number[] {
    this.stamp++
    const out: number[] = []
    for (const j of from) this.add(j, out)
    return out.sort((x, y) => x - y)
  }

  /** The positions after reading one character (`undefined`: one no pattern names). */
  step(from: readonly number[], ch: string | undefined): number[] {
    this.stamp++
    stepped += from.length
    const { chars, end } = this.laid
    const out: number[] = []
    for (const j of from) {
      if (end[j]) continue
      const c = chars[j]
      if (c === '*') this.add(j, out)
      else if (c === '?' || c === ch) this.add(j + 1, out)
    }
    return out.sort((x, y) => x - y)
  }

  /** `j` and every position after the run of `*` from it. */
  private add(j: number, out: number[]): void {
    const last = this.laid.afterStars[j]
    for (let k = j; k <= last; k++) {
      if (this.mark[k] === this.stamp) continue
      this.mark[k] = this.stamp
      out.push(k)
    }
  }
}

/**
 * Does every value `pattern` matches (case-sensitive, as StringLike) match
 * some pattern of `union`? True or false when decided, undefined past
 * MAX_STATES or the work budget.
 */
export function coveredByUnion(pattern: string, union: readonly string[], work: DiffWork): boolean | undefined {
  let chars = pattern.length
  for (const u of union) chars += u.length
  // Laying the patterns out reads each character a few times.
  if (!work.spend(union.length + chars)) return undefined
  const alphabet: (string | undefined)[] = [undefined, ...new Set([...pattern, ...union.join('')].filter((c) => c !== '*' && c !== '?'))]
  const one = new Stepper(lay([pattern]))
  const laidUnion = lay(union)
  const many = new Stepper(laidUnion)
  const starts: number[] = []
  for (let k = 0, at = 0; k < union.length; at += union[k].length + 1, k++) starts.push(at)
  const start: [number[], number[]] = [one.closed([0]), many.closed(starts)]
  const patternEnd = pattern.length
  const seen = new Set<string>()
  const queue = [start]
  while (queue.length > 0) {
    const [p, q] = queue.pop() as [number[], number[]]
    const id = `${p.join(',')};${q.join(',')}`
    if (seen.has(id)) continue
    // Each character tried steps every position of the state, and the state's name reads them once more.
    if (seen.size >= MAX_STATES || !work.spend(alphabet.length * (STEP_WORK + POSITION_WORK * (p.length + q.length)) + p.length + q.length)) return undefined
    seen.add(id)
    if (p.includes(patternEnd) && !q.some((j) => laidUnion.end[j])) return false
    for (const ch of alphabet) {
      const np = one.step(p, ch)
      if (np.length === 0) continue
      queue.push([np, many.step(q, ch)])
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
