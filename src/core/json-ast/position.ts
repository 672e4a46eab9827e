import type { Position } from './types.js'
import { Char } from '../char-codes.js'

/**
 * Line and column (both from 1) of a 0-based offset in text. CRLF, LF and a
 * lone CR each end one line; a tab is one column; a leading BOM takes no
 * column. Offsets past the end are clamped to the end.
 */
export function positionAt(text: string, offset: number): Position {
  return positionsOf(text, [Math.max(0, Math.min(offset, text.length))])[0]
}

/** Positions of sorted offsets in one pass over the text (see positionAt for the rules). */
export function positionsOf(text: string, offsets: number[]): Position[] {
  const out: Position[] = []
  let line = 1
  let lineStart = text.charCodeAt(0) === Char.ByteOrderMark ? 1 : 0
  let i = lineStart
  for (const offset of offsets) {
    for (; i < offset; i++) {
      const c = text.charCodeAt(i)
      if (c === Char.LineFeed) {
        line++
        lineStart = i + 1
      } else if (c === Char.CarriageReturn) {
        if (text.charCodeAt(i + 1) === Char.LineFeed) {
          if (i + 1 === offset) break // the LF of a CRLF stands on the CR's line
          i++
        }
        line++
        lineStart = i + 1
      }
    }
    out.push({ line, column: Math.max(1, offset - lineStart + 1), offset })
  }
  return out
}
