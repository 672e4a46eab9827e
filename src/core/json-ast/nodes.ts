// The parser's nodes. Each keeps the offsets of its two ends and the
// document's line starts; line and column are worked out when a node's span
// is asked for, which is when a finding points at it. A document has a node
// for every twenty or so characters and a finding for every few hundred
// nodes: three position objects per node, made up front, were most of what
// the parser allocated.
import type { JsonArray, JsonBoolean, JsonMember, JsonNode, JsonNull, JsonNumber, JsonObject, JsonString, Position, Span } from './types.js'

/** Where each line of a parsed text starts: the first line at 0, or at 1 after a byte order mark (which takes no column). */
export class LineStarts {
  readonly starts: number[]

  constructor(first: number) {
    this.starts = [first]
  }

  /**
   * Line and column (both from 1) of an offset: the last line starting at or
   * before it. The parser records a line's start after its whole break
   * (CRLF, LF or a lone CR), so the LF of a CRLF stands on the CR's line.
   */
  positionOf(offset: number): Position {
    const starts = this.starts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid] <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: Math.max(1, offset - starts[low] + 1), offset }
  }

  spanOf(from: number, to: number): Span {
    return { start: this.positionOf(from), end: this.positionOf(to) }
  }
}

/**
 * Every parsed node, whatever its kind: one class, its instances with the
 * same fields in the same order (those a kind does not use are undefined),
 * one `span` for all. The factories below give each node its kind's type.
 * Fields are declared, not initialised, and set in the constructor: the
 * first files, run before the code is optimised, pay one plain constructor
 * call per node.
 */
class ParsedNode {
  declare readonly kind: JsonNode['kind']
  declare readonly value: string | number | boolean | undefined
  declare readonly raw: string | undefined
  declare readonly members: JsonMember[] | undefined
  declare readonly items: JsonNode[] | undefined
  declare readonly from: number
  declare readonly to: number
  declare private readonly lines: LineStarts

  constructor(
    kind: JsonNode['kind'],
    value: string | number | boolean | undefined,
    raw: string | undefined,
    members: JsonMember[] | undefined,
    items: JsonNode[] | undefined,
    from: number,
    to: number,
    lines: LineStarts
  ) {
    this.kind = kind
    this.value = value
    this.raw = raw
    this.members = members
    this.items = items
    this.from = from
    this.to = to
    this.lines = lines
  }

  get span(): Span {
    return this.lines.spanOf(this.from, this.to)
  }
}

// Each factory sets the fields its kind's type promises; the others stay undefined.
export const stringNode = (value: string, from: number, to: number, lines: LineStarts): JsonString =>
  new ParsedNode('string', value, undefined, undefined, undefined, from, to, lines) as JsonString
export const numberNode = (value: number, raw: string, from: number, to: number, lines: LineStarts): JsonNumber =>
  new ParsedNode('number', value, raw, undefined, undefined, from, to, lines) as JsonNumber
export const booleanNode = (value: boolean, from: number, to: number, lines: LineStarts): JsonBoolean =>
  new ParsedNode('boolean', value, undefined, undefined, undefined, from, to, lines) as JsonBoolean
export const nullNode = (from: number, to: number, lines: LineStarts): JsonNull =>
  new ParsedNode('null', undefined, undefined, undefined, undefined, from, to, lines) as JsonNull
export const objectNode = (members: JsonMember[], from: number, to: number, lines: LineStarts): JsonObject =>
  new ParsedNode('object', undefined, undefined, members, undefined, from, to, lines) as JsonObject
export const arrayNode = (items: JsonNode[], from: number, to: number, lines: LineStarts): JsonArray =>
  new ParsedNode('array', undefined, undefined, undefined, items, from, to, lines) as JsonArray

export class MemberNode implements JsonMember {
  declare readonly key: JsonString
  declare readonly value: JsonNode

  constructor(key: JsonString, value: JsonNode) {
    this.key = key
    this.value = value
  }

  get span(): Span {
    return { start: this.key.span.start, end: this.value.span.end }
  }
}
