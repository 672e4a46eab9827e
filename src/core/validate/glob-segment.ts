// One segment of a `policy-files` glob matched against one name from the
// repository in time linear in the name times the segment.
//
// minimatch turns a segment such as `*-*-*-trust.json` into a regular
// expression (`^(?!\.)[^/]*?\-[^/]*?\-[^/]*?\-trust\.json$`) that V8 runs by
// backtracking: against a name of 250 `-` that does not end in
// `-trust.json`, each `*` tries every split, and six stars took over a minute.
// File names come from the pull request; the glob may be ordinary.
//
// The regular expression is cut at its stars into pieces that have none: each
// piece matches a fixed number of characters, so the leftmost place a piece
// matches after the previous one is the right one (the classic greedy
// wildcard match), and each piece is tried at most once per position. A
// segment holding anything else that repeats (extglobs such as `+(a|b)`)
// keeps minimatch's own expression.

/** What minimatch's matcher calls on a segment it compiled: `test(name)`. */
export interface SegmentTest {
  test(name: string): boolean
}

// How minimatch writes `*` in a segment: any run of characters but '/', lazily; a lone `*` must match one.
const STAR = /\[\^\/\][*+]\?/g
// Anything else that repeats, alternates or groups, once escapes and classes are set aside: left to the regular expression.
const REPEATS = /[*+?{}|()]/
const ESCAPE = /\\./g
const CLASS = /\[(?:[^\]\\]|\\.)*\]/g

// Pieces tried at a position, ever (one per try, a step of the match, not per character): each piece is tried at
// most once per position of the name, which tests check rather than time hostile names (the machine is shared).
let pieceTries = 0

/** How many times a linear segment test has tried a piece at a position so far, in all. Only ever grows. */
export function segmentPieceTries(): number {
  return pieceTries
}

interface Piece {
  re: RegExp
  /** The star before this piece must match at least one character (`[^/]+?`). */
  nonEmpty: boolean
}

/**
 * A linear test for a segment minimatch compiled to `re`, or `re` itself when
 * it has at most one star (no backtracking to fear) or a shape the cutting
 * does not know.
 */
export function linearSegment(re: RegExp): SegmentTest {
  const source = re.source
  if (!source.startsWith('^') || !source.endsWith('$') || source.endsWith('\\$')) return re
  const body = source.slice(1, -1)
  const stars = [...body.matchAll(STAR)]
  if (stars.length < 2) return re
  const parts: string[] = []
  let from = 0
  for (const star of stars) {
    parts.push(body.slice(from, star.index))
    from = star.index + star[0].length
  }
  parts.push(body.slice(from))
  // A leading lookahead (minimatch's dot guard) belongs to the first piece; anything else that repeats means "keep the regex".
  const guard = /^\(\?!(?:[^()]|\((?:[^()])*\))*\)/.exec(parts[0])?.[0] ?? ''
  if (parts.some((p, i) => REPEATS.test((i === 0 ? p.slice(guard.length) : p).replace(ESCAPE, '').replace(CLASS, '')))) return re
  const flags = re.flags.replace(/[gy]/g, '')
  const unicode = flags.includes('u')
  const head = new RegExp(`^${parts[0]}`, flags)
  const tail = new RegExp(`(?:${parts[parts.length - 1]})$`, `${flags}y`)
  const middle: Piece[] = parts.slice(1).map((p, i) => ({ re: new RegExp(p, `${flags}y`), nonEmpty: stars[i][0][4] === '+' }))
  return {
    test(name: string): boolean {
      const first = head.exec(name)
      if (!first) return false
      let at = first[0].length
      for (let i = 0; i < middle.length; i++) {
        const last = i === middle.length - 1
        const piece = last ? tail : middle[i].re
        let start = middle[i].nonEmpty ? step(name, at, unicode) : at
        let found = -1
        for (; start <= name.length; start = step(name, start, unicode)) {
          piece.lastIndex = start
          pieceTries++
          if (piece.test(name)) {
            found = piece.lastIndex
            break
          }
          if (start === name.length) break
        }
        if (found < 0) return false
        at = found
      }
      return true
    }
  }
}

/** The next position: one code unit on, or one code point when the expression reads code points. */
function step(name: string, at: number, unicode: boolean): number {
  if (at >= name.length) return name.length + 1
  const code = name.charCodeAt(at)
  if (unicode && code >= 0xd800 && code <= 0xdbff && at + 1 < name.length) {
    const next = name.charCodeAt(at + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return at + 2
  }
  return at + 1
}
