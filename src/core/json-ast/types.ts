// A JSON syntax tree that keeps where each value stands in the source, so a
// finding can point at the exact line and column.

/** 1-based line and column (a tab counts as one column); 0-based offset. */
export interface Position {
  line: number
  column: number
  offset: number
}

/** Where a node stands: start is its first character, end is just past its last one. */
export interface Span {
  start: Position
  end: Position
}

interface NodeBase {
  /** Offset of the node's first character. */
  readonly from: number
  /** Offset just past its last character. */
  readonly to: number
  /** Line and column of both ends (worked out when asked: most nodes never are). */
  readonly span: Span
}

export interface JsonObject extends NodeBase {
  kind: 'object'
  members: JsonMember[]
}
export interface JsonMember {
  key: JsonString
  value: JsonNode
  /** From the key's opening quote to the end of the value. */
  readonly span: Span
}
export interface JsonArray extends NodeBase {
  kind: 'array'
  items: JsonNode[]
}
export interface JsonString extends NodeBase {
  kind: 'string'
  value: string
}
export interface JsonNumber extends NodeBase {
  kind: 'number'
  value: number
  raw: string
}
export interface JsonBoolean extends NodeBase {
  kind: 'boolean'
  value: boolean
}
export interface JsonNull extends NodeBase {
  kind: 'null'
}

export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBoolean | JsonNull

/** Where strict JSON parsing stopped, and why, in words for a person. */
export interface JsonSyntaxError {
  position: Position
  /** Just past the offending text: the character at position (a whole code point), or more (a comment, an unquoted word); position itself at the end of the text. */
  end: Position
  message: string
  hint: string
}

/** A key that appears twice in one object: a plain parser keeps only the last. */
export interface DuplicateKey {
  key: string
  first: JsonString
  repeated: JsonString
  /** The values of the two: when they differ, which one a reader takes decides what the document says. */
  firstValue: JsonNode
  repeatedValue: JsonNode
}

export type ParseOutcome =
  | { ok: true; root: JsonNode; duplicateKeys: DuplicateKey[] }
  | { ok: false; error: JsonSyntaxError }

/** The first complete value of a text, and where the text after it starts (the text's length when nothing follows). */
export type LeadingParseOutcome =
  | { ok: true; root: JsonNode; duplicateKeys: DuplicateKey[]; restAt: number }
  | { ok: false; error: JsonSyntaxError }

/** A human mistake the tolerant parse stepped over (see recover.ts). */
export type SkippedMistake = 'comment' | 'trailing-comma' | 'ellipsis' | 'extra-data'

export interface Skipped {
  mistake: SkippedMistake
  span: Span
}

/**
 * A best-effort tree for a text that is not strict JSON: the positions are
 * exact, `skipped` lists what was left out, in text order.
 */
export type TolerantOutcome =
  | { ok: true; root: JsonNode; duplicateKeys: DuplicateKey[]; skipped: Skipped[] }
  | { ok: false }
