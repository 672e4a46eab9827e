// The tolerant parse: a best-effort tree for a text that strict JSON rejects
// because of one of the mistakes people make by hand, so the linter can
// still check everything else in it. It steps over exactly these and nothing
// else:
//   - `//` and `/* */` comments (outside strings),
//   - a comma right before `]` or `}` (a trailing comma),
//   - a literal `...` (or `…`) standing where an element or member would be,
//     with the comma after it,
//   - anything after the first complete document (kept: the first).
// Every other syntax error still stops it, and nothing is guessed: no quotes
// added, no brackets closed.
//
// It works by blanking those characters out (each becomes a space, line
// breaks stay) and handing the result to the strict parser, which therefore
// stays the single parser and unchanged. Blanking keeps every offset, line
// and column, so each node of the tree stands exactly where it stands in the
// original text. It runs only on texts the strict parse has rejected.

import type { Position, Skipped, SkippedMistake, TolerantOutcome } from './types.js'
import { parseLeadingJson } from './parse.js'
import { positionsOf } from './position.js'
import { Char } from '../char-codes.js'

interface Range {
  mistake: SkippedMistake
  from: number
  to: number
}

/** Thrown inside the scanner at a string or block comment that never closes: nothing after it can be read. */
class GiveUp {}

/**
 * Finds the stretches to blank. Tracks strings (so `//` in "https://..." is
 * not a comment) and the last significant character (so a comma is known to
 * be trailing only when `]` or `}` follows it).
 */
class MistakeScanner {
  readonly ranges: Range[] = []
  private pos: number
  private readonly len: number
  /** The last significant character read: a token, not white space, a comment or a blanked stretch. */
  private previous = -1
  /** Offset of a comma that is the last significant character, or -1. */
  private pendingComma = -1
  /** Offset of a comma that goes with a blanked '...' before it. */
  private commaOfEllipsis = -1

  constructor(private readonly text: string) {
    this.len = text.length
    this.pos = text.charCodeAt(0) === Char.ByteOrderMark ? 1 : 0
  }

  scan(): void {
    const text = this.text
    while (this.pos < this.len) {
      const c = text.charCodeAt(this.pos)
      if (c === Char.Space || c === Char.Tab || c === Char.LineFeed || c === Char.CarriageReturn) {
        this.pos++
      } else if (c === Char.Quote) {
        this.skipString()
        this.significant(Char.Quote)
      } else if (c === Char.Slash && this.commentEnd(this.pos) !== -1) {
        const end = this.commentEnd(this.pos)
        this.ranges.push({ mistake: 'comment', from: this.pos, to: end })
        this.pos = end
      } else if (c === Char.Comma) {
        if (this.pos === this.commaOfEllipsis) {
          this.pos++
          continue
        }
        // two commas in a row are not a mistake this parse steps over: leave the second for the strict parser
        const at = this.pos
        this.significant(Char.Comma)
        this.pendingComma = at
      } else if (c === Char.CloseBracket || c === Char.CloseBrace) {
        if (this.pendingComma !== -1) this.ranges.push({ mistake: 'trailing-comma', from: this.pendingComma, to: this.pendingComma + 1 })
        this.significant(c)
      } else if (c === Char.Ellipsis || (c === Char.Dot && text.charCodeAt(this.pos + 1) === Char.Dot && text.charCodeAt(this.pos + 2) === Char.Dot)) {
        this.ellipsis(c)
      } else {
        this.significant(c)
      }
    }
  }

  /** Steps past the character at pos, a token. */
  private significant(c: number): void {
    if (c !== Char.Quote) this.pos++
    this.previous = c
    this.pendingComma = -1
  }

  /** Moves pos past the string that opens at pos; a string that does not close on its line ends the scan. */
  private skipString(): void {
    const text = this.text
    let p = this.pos + 1
    for (;;) {
      if (p >= this.len) throw new GiveUp()
      const c = text.charCodeAt(p)
      if (c === Char.Quote) break
      if (c === Char.LineFeed || c === Char.CarriageReturn) throw new GiveUp()
      p += c === Char.Backslash ? 2 : 1
    }
    this.pos = p + 1
  }

  /** The offset just past the comment that starts at `at`, or -1 when no comment starts there. An unclosed block comment ends the scan. */
  private commentEnd(at: number): number {
    const text = this.text
    if (text.charCodeAt(at) !== Char.Slash) return -1
    const next = text.charCodeAt(at + 1)
    if (next === Char.Slash) {
      let p = at + 2
      while (p < this.len) {
        const c = text.charCodeAt(p)
        if (c === Char.LineFeed || c === Char.CarriageReturn) break
        p++
      }
      return p
    }
    if (next === Char.Star) {
      const close = text.indexOf('*/', at + 2)
      if (close === -1) throw new GiveUp()
      return close + 2
    }
    return -1
  }

  /** The offset of the next character that is neither white space nor in a comment. */
  private nextSignificant(from: number): number {
    const text = this.text
    let p = from
    while (p < this.len) {
      const c = text.charCodeAt(p)
      if (c === Char.Space || c === Char.Tab || c === Char.LineFeed || c === Char.CarriageReturn) p++
      else if (c === Char.Slash && this.commentEnd(p) !== -1) p = this.commentEnd(p)
      else break
    }
    return p
  }

  /**
   * A literal '...' (a run of three or more dots) or '…'. Blanked only where
   * an element or member could start ('[', '{' or ',' before it) and where
   * one could end (',', ']', '}' or the end of the text after it); a comma
   * after it goes with it. Anywhere else it is left for the strict parser.
   */
  private ellipsis(c: number): void {
    const text = this.text
    let end = this.pos + 1
    if (c === Char.Dot) while (text.charCodeAt(end) === Char.Dot) end++
    const before = this.previous
    const opens = before === Char.OpenBracket || before === Char.OpenBrace || before === Char.Comma
    const after = this.nextSignificant(end)
    const next = after < this.len ? text.charCodeAt(after) : -1
    if (!opens || !(next === Char.Comma || next === Char.CloseBracket || next === Char.CloseBrace || next === -1)) {
      this.significant(c)
      this.pos = end
      return
    }
    this.ranges.push({ mistake: 'ellipsis', from: this.pos, to: end })
    if (next === Char.Comma) {
      this.ranges.push({ mistake: 'ellipsis', from: after, to: after + 1 })
      this.commaOfEllipsis = after
    }
    this.pos = end
  }
}

/** The text with each range's characters replaced by spaces, line breaks kept. */
function blankOut(text: string, ranges: Range[]): string {
  let out = ''
  let from = 0
  for (const r of ranges) {
    out += text.slice(from, r.from)
    for (let i = r.from; i < r.to; i++) {
      const c = text.charCodeAt(i)
      out += c === Char.LineFeed || c === Char.CarriageReturn ? text[i] : ' '
    }
    from = r.to
  }
  return out + text.slice(from)
}

/**
 * A best-effort tree for `text`, stepping over comments, trailing commas,
 * literal '...' elements and data after the first document (see the top of
 * this file). `ok: false` when the text has any other syntax error before the
 * end of its first document; never throws for bad input. Meant for texts
 * parseJson has rejected: on strict JSON it gives parseJson's tree with
 * nothing skipped.
 */
export function parseJsonTolerant(text: string): TolerantOutcome {
  const scanner = new MistakeScanner(text)
  try {
    scanner.scan()
  } catch (e) {
    // An unclosed string or comment: what was found before it still counts.
    // If it lies inside the first document the strict parser stops at it;
    // if after, it is part of the extra data.
    if (!(e instanceof GiveUp)) throw e
  }
  const ranges = scanner.ranges.sort((a, b) => a.from - b.from)
  const outcome = parseLeadingJson(ranges.length === 0 ? text : blankOut(text, ranges))
  if (!outcome.ok) return { ok: false }
  const kept = ranges.filter((r) => r.from < outcome.restAt)
  if (outcome.restAt < text.length) kept.push({ mistake: 'extra-data', from: outcome.restAt, to: text.length })
  const positions = positionsOf(text, kept.flatMap((r) => [r.from, r.to]).sort((a, b) => a - b))
  const at = new Map(positions.map((p) => [p.offset, p]))
  const skipped: Skipped[] = kept.map((r) => ({
    mistake: r.mistake,
    span: { start: at.get(r.from) as Position, end: at.get(r.to) as Position }
  }))
  return { ok: true, root: outcome.root, duplicateKeys: outcome.duplicateKeys, skipped }
}
