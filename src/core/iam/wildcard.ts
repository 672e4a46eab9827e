// IAM's two wildcards: '*' (any run of characters, none included) and '?'
// (exactly one). Actions compare without regard to case; ARNs with it, one
// colon-separated part at a time, as IAM and ArnLike do.
//
// Every pattern here comes from a policy, and so from whoever opened the pull
// request: no regular expression is ever built from one. A pattern is read as
// its '*'-separated segments, matched left to right at their first fit, which
// is exact for globs (a later fit of a segment can only leave less room for
// the ones after it) and never backtracks: literal segments are found with
// indexOf, segments with '?' by one scan each, so the work is the value's
// length times the longest segment that holds a '?', and linear otherwise.
import { memorable } from '../memo-key.js'

export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?')
}

/**
 * A literal `*` and `?` in a pattern, as a policy writes them (`${*}`,
 * `${?}`): each matches only its own character, never any. Noncharacters of
 * Unicode, which no policy or request holds.
 */
export const LITERAL_STAR = '\uFDD0'
export const LITERAL_QUESTION = '\uFDD1'

/** A character a policy writes as `${*}`, `${?}` or `${$}`, as a pattern holds it: `*` and `?` as their literal marks. */
export function literalMark(character: string): string {
  return character === '*' ? LITERAL_STAR : character === '?' ? LITERAL_QUESTION : character
}

/** A value with its `*` and `?` as the marks a pattern's literal ones are written with. */
function withLiteralMarks(value: string): string {
  return value.replace(/\*/g, LITERAL_STAR).replace(/\?/g, LITERAL_QUESTION)
}

/** Does the pattern hold a literal `*` or `?` (withLiteralMarks must be applied to the values it is matched with)? */
function hasLiteralMarks(pattern: string): boolean {
  return pattern.includes(LITERAL_STAR) || pattern.includes(LITERAL_QUESTION)
}

// Steps the matchers below have taken, ever, added once per call or per place tried, never per character: a
// segment compared at a place counts its length, a glob its segments, a place an anchor is found at one, a
// cover table its cells, an overlap search each pair of positions it visits. Linear matching keeps it within a
// few per character of the inputs, the pair budget bounds the rest; tests count it rather than time hostile
// patterns (the machine is shared).
let steps = 0

/** How many steps wildcard matching and pattern comparison have taken so far, in all. Only ever grows. */
export function wildcardSteps(): number {
  return steps
}

/** Does `segment` (literals and '?', no '*') match `value` at `at`? */
function segmentAt(segment: string, value: string, at: number): boolean {
  if (at < 0 || at + segment.length > value.length) return false
  steps += segment.length
  for (let k = 0; k < segment.length; k++) {
    const c = segment.charCodeAt(k)
    if (c !== 63 /* ? */ && c !== value.charCodeAt(at + k)) return false
  }
  return true
}

/** The first place at or after `from` where `segment` fits and ends by `end`; -1 when none. */
function findSegment(segment: string, value: string, from: number, end: number): number {
  const last = end - segment.length
  if (last < from) return -1
  if (!segment.includes('?')) {
    steps++
    const at = value.indexOf(segment, from)
    return at !== -1 && at <= last ? at : -1
  }
  // Anchor on the segment's first literal character, if any, so that most
  // positions are passed over by indexOf rather than compared one by one.
  let lead = 0
  while (lead < segment.length && segment.charCodeAt(lead) === 63) lead++
  if (lead === segment.length) return from // only '?': any place with room
  const anchor = segment[lead]
  for (let at = from; at <= last; ) {
    steps++
    const hit = value.indexOf(anchor, at + lead)
    if (hit === -1 || hit - lead > last) return -1
    if (segmentAt(segment, value, hit - lead)) return hit - lead
    at = hit - lead + 1
  }
  return -1
}

/** Glob match without backtracking; see the note at the top. */
function globMatches(pattern: string, value: string): boolean {
  const segments = pattern.split('*')
  steps += segments.length
  if (segments.length === 1) return pattern.length === value.length && segmentAt(pattern, value, 0)
  const first = segments[0]
  const final = segments[segments.length - 1]
  if (first.length + final.length > value.length) return false
  if (!segmentAt(first, value, 0) || !segmentAt(final, value, value.length - final.length)) return false
  const end = value.length - final.length
  let pos = first.length
  for (let i = 1; i < segments.length - 1; i++) {
    const segment = segments[i]
    if (segment === '') continue
    const at = findSegment(segment, value, pos, end)
    if (at === -1) return false
    pos = at + segment.length
  }
  return true
}

/** Does `pattern` (with * and ?) match the whole of `value`? */
export function matchesWildcard(pattern: string, value: string, caseInsensitive = false): boolean {
  if (pattern === '*') return true
  if (hasLiteralMarks(pattern)) value = withLiteralMarks(value)
  if (caseInsensitive) {
    pattern = pattern.toLowerCase()
    value = value.toLowerCase()
  }
  if (!hasWildcard(pattern)) return pattern === value
  return globMatches(pattern, value)
}

/** `service:Action` patterns: case-insensitive, as IAM compares actions. */
export function actionMatches(pattern: string, action: string): boolean {
  return matchesWildcard(pattern, action, true)
}

/**
 * A Resource or Principal ARN pattern against an ARN: the first five parts
 * (arn, partition, service, region, account) are matched one by one, so a
 * wildcard in one cannot swallow a colon; the rest (the resource) as a whole.
 */
export function arnMatches(pattern: string, arn: string, arnParts = splitArn(arn)): boolean {
  if (pattern === '*') return true
  const p = splitArn(pattern)
  const a = arnParts
  if (!p || !a) return matchesWildcard(pattern, arn)
  for (let i = 0; i < 6; i++) if (!matchesWildcard(p[i], a[i])) return false
  return true
}

/** ['arn', partition, service, region, account, resource] or undefined. */
export function splitArn(arn: string): [string, string, string, string, string, string] | undefined {
  const parts = arn.split(':')
  if (parts.length < 6) return undefined
  return [parts[0], parts[1], parts[2], parts[3], parts[4], parts.slice(5).join(':')]
}

// ---- Pattern against pattern -------------------------------------------
// The semantic diff asks whether one pattern already grants all another one
// does (`s3:*` covers `s3:Get*`) and whether two can match a common value.

type Token = string // one literal character, '*' or '?'

/**
 * Both comparisons below work over pairs of positions, one in each pattern:
 * polynomial, never exponential, but a pair of long patterns from a hostile
 * policy must not cost seconds or gigabytes. Past this many pairs they give
 * the cautious answer (not covered; may overlap), which makes the diff report
 * a change rather than hide one.
 */
export const PATTERN_PAIR_BUDGET = 1 << 22

function overBudget(a: string, b: string): boolean {
  return (a.length + 1) * (b.length + 1) > PATTERN_PAIR_BUDGET
}

/**
 * A pattern as tokens, each run of wildcards rewritten to its one meaning:
 * k '?' and at least one '*' match "k or more characters", written k '?'
 * then one '*' ("*?" and "?*" become the same, "**" becomes "*").
 */
function tokens(pattern: string, caseInsensitive: boolean): Token[] {
  const text = caseInsensitive ? pattern.toLowerCase() : pattern
  const out: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c !== '*' && c !== '?') {
      out.push(c)
      i++
      continue
    }
    let questions = 0
    let star = false
    while (i < text.length && (text[i] === '*' || text[i] === '?')) {
      if (text[i] === '?') questions++
      else star = true
      i++
    }
    for (let q = 0; q < questions; q++) out.push('?')
    if (star) out.push('*')
  }
  return out
}

// Answers already worked out, by general then specific pattern (one table
// for each case rule). Patterns repeat a lot within one diff. A table is
// emptied once it holds MEMO_ENTRIES answers in all: counting its rows alone
// let 3,000 patterns compared with 3,000 others keep 9 million answers (1 GB).
type Memo = { rows: Map<string, Map<string, boolean>>; entries: number }
const MEMO_ENTRIES = 200_000
const coverMemo: Record<'exact' | 'anyCase' | 'arn', Memo> = {
  exact: { rows: new Map(), entries: 0 },
  anyCase: { rows: new Map(), entries: 0 },
  arn: { rows: new Map(), entries: 0 }
}

/** How many answers the pattern-cover tables hold now (the tests bound it). */
export function rememberedCovers(): number {
  return coverMemo.exact.entries + coverMemo.anyCase.entries + coverMemo.arn.entries
}

function remembered(memo: Memo, general: string, specific: string, work: () => boolean): boolean {
  let row = memo.rows.get(general)
  const known = row?.get(specific)
  if (known !== undefined) return known
  const answer = work()
  // Patterns from the files: a long one is worked out each time (see memo-key.ts).
  if (!memorable(general) || !memorable(specific)) return answer
  if (memo.entries >= MEMO_ENTRIES) {
    memo.rows.clear()
    memo.entries = 0
    row = undefined
  }
  if (!row) {
    row = new Map()
    memo.rows.set(general, row)
  }
  row.set(specific, answer)
  memo.entries++
  return answer
}

/**
 * Does every string that `specific` matches also match `general` (both
 * patterns with * and ?)? `specific` is read as a sequence of pieces (a
 * literal, '?', '*'); `general` as literals and wildcard runs. A literal of
 * `general` takes the same literal piece; a run of k '?' without '*' takes k
 * pieces that are not '*'; a run with a '*' and k '?' takes any pieces among
 * which at least k are not '*'. Sound (`true` is always right) and, on every
 * pair of patterns up to four characters over {a, b, *, ?}, exact (the tests
 * compare it with brute force). Past the pair budget, or should a longer
 * pair ever defeat it, it answers `false`: the diff then reports the change as not covered instead
 * of hiding it.
 */
export function patternCovers(general: string, specific: string, caseInsensitive = false): boolean {
  if (general === '*' || general === specific) return true
  if (!hasWildcard(general)) return caseInsensitive && general.toLowerCase() === specific.toLowerCase()
  if (overBudget(general, specific)) return false
  return remembered(caseInsensitive ? coverMemo.anyCase : coverMemo.exact, general, specific, () =>
    coversTokens(tokens(general, caseInsensitive), tokens(specific, caseInsensitive))
  )
}

interface Run {
  min: number
  star: boolean
}

/** `general`'s tokens with each wildcard run as one unit. */
function units(g: Token[]): (string | Run)[] {
  const out: (string | Run)[] = []
  for (const t of g) {
    if (t !== '*' && t !== '?') {
      out.push(t)
      continue
    }
    const last = out[out.length - 1]
    const run: Run = typeof last === 'object' ? last : { min: 0, star: false }
    if (run !== last) out.push(run)
    if (t === '?') run.min++
    else run.star = true
  }
  return out
}

function coversTokens(general: Token[], s: Token[]): boolean {
  const g = units(general)
  const m = s.length
  steps += g.length * (m + 1)
  // solid[j]: pieces in s[0..j) that are not '*' (each stands for one character).
  const solid = new Int32Array(m + 1)
  for (let j = 0; j < m; j++) solid[j + 1] = solid[j] + (s[j] === '*' ? 0 : 1)
  // next[j]: does g[i+1..] cover s[j..]; cur[j]: does g[i..] cover s[j..].
  let next = new Uint8Array(m + 1)
  let cur = new Uint8Array(m + 1)
  const anyFrom = new Uint8Array(m + 2) // anyFrom[j]: next[j'] for some j' >= j
  next[m] = 1
  for (let i = g.length - 1; i >= 0; i--) {
    const u = g[i]
    cur.fill(0)
    if (typeof u === 'string') {
      for (let j = 0; j < m; j++) if (s[j] === u) cur[j] = next[j + 1]
    } else if (!u.star) {
      for (let j = 0; j + u.min <= m; j++) if (solid[j + u.min] - solid[j] === u.min) cur[j] = next[j + u.min]
    } else {
      anyFrom[m + 1] = 0
      for (let j = m; j >= 0; j--) anyFrom[j] = next[j] || anyFrom[j + 1] ? 1 : 0
      // The first end j' with at least u.min solid pieces in s[j..j') moves right with j.
      let end = 0
      for (let j = 0; j <= m; j++) {
        if (end < j) end = j
        while (end <= m && solid[end] - solid[j] < u.min) end++
        if (end <= m) cur[j] = anyFrom[end]
      }
    }
    ;[next, cur] = [cur, next]
  }
  return next[0] === 1
}

/**
 * Is there a string both patterns match? Exact: a search over pairs of
 * positions in the two patterns (their product automaton); `true` past the
 * pair budget.
 */
export function patternsOverlap(a: string, b: string, caseInsensitive = false): boolean {
  if (a === '*' || b === '*' || a === b) return true
  if (overBudget(a, b)) return true
  const p = tokens(a, caseInsensitive)
  const q = tokens(b, caseInsensitive)
  const width = q.length + 1
  const seen = new Uint8Array((p.length + 1) * width)
  const stack: number[] = [0]
  seen[0] = 1
  const push = (i: number, j: number) => {
    const k = i * width + j
    if (!seen[k]) {
      seen[k] = 1
      stack.push(k)
    }
  }
  while (stack.length > 0) {
    const k = stack.pop() as number
    steps++
    const i = Math.floor(k / width)
    const j = k % width
    if (i === p.length && j === q.length) return true
    // A '*' may match nothing: move past it without reading a character.
    if (i < p.length && p[i] === '*') push(i + 1, j)
    if (j < q.length && q[j] === '*') push(i, j + 1)
    // Read one character that both sides accept.
    if (i < p.length && j < q.length) {
      const x = p[i]
      const y = q[j]
      const wildX = x === '*' || x === '?'
      const wildY = y === '*' || y === '?'
      if (wildX || wildY || x === y) push(x === '*' ? i : i + 1, y === '*' ? j : j + 1)
    }
  }
  return false
}

/**
 * ARN patterns read as arnMatches reads them: when both split into the six
 * ARN parts, part by part; otherwise as whole strings (a pattern that splits
 * only matches values that split, so whole-string coverage is enough there).
 */
export function arnPatternCovers(general: string, specific: string): boolean {
  if (general === '*' || general === specific) return true
  if (!hasWildcard(general)) return false
  return remembered(coverMemo.arn, general, specific, () => {
    const g = splitArn(general)
    const s = splitArn(specific)
    if (g && s) return g.every((part, i) => patternCovers(part, s[i]))
    // A split pattern against an unsplit one (say "*" or "arn:aws:*") could
    // only cover it if every value of the latter split: not provable here.
    if (g && !s) return false
    return patternCovers(general, specific)
  })
}

/** Can two ARN patterns match a common ARN? `true` when unsure. */
export function arnPatternsOverlap(a: string, b: string): boolean {
  if (a === '*' || b === '*' || a === b) return true
  const p = splitArn(a)
  const q = splitArn(b)
  if (p && q) {
    for (let i = 0; i < 6; i++) if (!patternsOverlap(p[i], q[i])) return false
    return true
  }
  return patternsOverlap(a, b)
}
