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

// One class per kind, each setting its fields in its constructor, in the
// same order (`declare` fields: nothing defined before the constructor runs).
// No base class to call and no field initialisers: the first files, run
// before the code is optimised, pay one plain constructor call per node.
export class StringNode implements JsonString {
  declare readonly kind: 'string'
  declare readonly value: string
  declare readonly from: number
  declare readonly to: number
  declare private readonly lines: LineStarts

  constructor(value: string, from: number, to: number, lines: LineStarts) {
    this.kind = 'string'
    this.value = value
    this.from = from
    this.to = to
    this.lines = lines
  }

  get span(): Span {
    return this.lines.spanOf(this.from, this.to)
  }
}

export class NumberNode implements JsonNumber {
  declare readonly kind: 'number'
  declare readonly value: number
  declare readonly raw: string
  declare readonly from: number
  declare readonly to: number
  declare private readonly lines: LineStarts

  constructor(value: number, raw: string, from: number, to: number, lines: LineStarts) {
    this.kind = 'number'
    this.value = value
    this.raw = raw
    this.from = from
    this.to = to
    this.lines = lines
  }

  get span(): Span {
    return this.lines.spanOf(this.from, this.to)
  }
}

export class BooleanNode implements JsonBoolean {
  declare readonly kind: 'boolean'
  declare readonly value: boolean
  declare readonly from: number
  declare readonly to: number
  declare private readonly lines: LineStarts

  constructor(value: boolean, from: number, to: number, lines: LineStarts) {
    this.kind = 'boolean'
    this.value = value
    this.from = from
    this.to = to
    this.lines = lines
  }

  get span(): Span {
    return this.lines.spanOf(this.from, this.to)
  }
}

export class NullNode implements JsonNull {
  declare readonly kind: 'null'

  declare readonly from: number
  declare readonly to: number
  declare private readonly lines: LineStarts

  constructor(from: number, to: number, lines: LineStarts) {
    this.kind = 'null'
    this.from = from
    this.to = to
    this.lines = lines
  }

  get span(): Span {
    return this.lines.spanOf(this.from, this.to)
  }
}

export class ObjectNode implements JsonObject {
  declare readonly kind: 'object'
  declare readonly members: JsonMember[]
  declare readonly from: number
  declare readonly to: number
  declare private readonly lines: LineStarts

  constructor(members: JsonMember[], from: number, to: number, lines: LineStarts) {
    this.kind = 'object'
    this.members = members
    this.from = from
    this.to = to
    this.lines = lines
  }

  get span(): Span {
    return this.lines.spanOf(this.from, this.to)
  }
}

export class ArrayNode implements JsonArray {
  declare readonly kind: 'array'
  declare readonly items: JsonNode[]
  declare readonly from: number
  declare readonly to: number
  declare private readonly lines: LineStarts

  constructor(items: JsonNode[], from: number, to: number, lines: LineStarts) {
    this.kind = 'array'
    this.items = items
    this.from = from
    this.to = to
    this.lines = lines
  }

  get span(): Span {
    return this.lines.spanOf(this.from, this.to)
  }
}

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
