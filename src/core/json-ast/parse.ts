// Strict JSON (RFC 8259) parser that keeps the position of every node, so a
// finding can point at its exact line and column, and that reports the first
// syntax error in words a person can act on.
//
// Written over char codes (no regex, no per-character allocation) because the
// validator parses thousands of files and must stay within a small factor of
// JSON.parse. Line starts are recorded only while skipping whitespace: a
// line break can appear nowhere else in valid JSON. A node keeps its offsets
// and works out its line and column when asked (./nodes.ts). Error positions
// are recomputed from the start of the text (errors are rare; see positionAt).
//
// Columns count UTF-16 code units from 1, so a tab is one column and a
// character outside the Basic Multilingual Plane is two (SARIF's default
// `utf16CodeUnits` column kind). A leading byte order mark is not a column.

import type { DuplicateKey, JsonArray, JsonMember, JsonNode, JsonNumber, JsonObject, JsonString, LeadingParseOutcome, ParseOutcome } from './types.js'
import { mistakeAt, type Expectation } from './mistakes.js'
import { arrayNode, booleanNode, LineStarts, MemberNode, nullNode, numberNode, objectNode, stringNode } from './nodes.js'
import { positionAt, positionsOf } from './position.js'
import { codeUnitsOf } from './code-units.js'
import { Char } from '../char-codes.js'

export { positionAt }

/** Deeper nesting than this is reported as an error instead of overflowing the call stack. */
export const MAX_DEPTH = 1000

/** Thrown inside the parser only; parseJson turns it into an error outcome. */
class SyntaxStop {
  constructor(
    readonly offset: number,
    readonly message: string,
    readonly hint: string,
    /** Code units of the offending text from offset; when not given, the one code point there. */
    readonly length?: number
  ) {}
}

/** Code units of the code point at offset: 2 for a surrogate pair (an emoji), 0 at the end of the text. */
function codePointWidth(text: string, offset: number): number {
  if (offset >= text.length) return 0
  const high = text.charCodeAt(offset)
  const low = text.charCodeAt(offset + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1
}

class Parser {
  private pos: number
  private readonly lines: LineStarts
  private readonly len: number
  /** The text's code units, then a 0 (./code-units.ts): what the busy loops read, for speed; the text is sliced for values. */
  private readonly codes: Uint16Array
  readonly duplicates: DuplicateKey[] = []

  /**
   * leadingOnly: stop after the first complete value and leave what follows
   * unread (the tolerant parse keeps the first of several documents); the
   * strict parse reads to the end.
   */
  constructor(
    private readonly text: string,
    private readonly leadingOnly = false
  ) {
    this.len = text.length
    this.codes = codeUnitsOf(text)
    this.pos = text.charCodeAt(0) === Char.ByteOrderMark ? 1 : 0
    this.lines = new LineStarts(this.pos)
  }

  parseDocument(): JsonNode {
    const c = this.skipSpace()
    if (this.pos >= this.len) {
      throw new SyntaxStop(
        this.pos,
        'the file is empty (or only whitespace): expected a JSON document',
        'write the policy as one JSON object, e.g. {"Version": "2012-10-17", "Statement": [...]}'
      )
    }
    const root = this.parseValue(c, 0, 0, undefined, -1)
    this.skipSpace()
    if (this.pos < this.len && !this.leadingOnly) this.fail(this.pos, { where: 'end', rootStart: root.from })
    return root
  }

  /** The offset of the first character not read: the text's length when the whole text was one document. */
  get stoppedAt(): number {
    return this.pos
  }

  /**
   * Skips JSON whitespace, recording where lines start; returns the char code
   * at the new position (NaN at the end). It reads the code units
   * (./code-units.ts), never past the text's end.
   */
  private skipSpace(): number {
    const codes = this.codes
    let p = this.pos
    for (;;) {
      // Runs of blanks (an indentation) in a loop of their own, with no call
      // in it: V8 then checks the array once, not at every character. The 0
      // after the text's end stops it.
      let c = codes[p]
      while (c === Char.Space || c === Char.Tab) c = codes[++p]
      if (c === Char.LineFeed) {
        this.lines.starts.push(++p)
      } else if (c === Char.CarriageReturn) {
        if (codes[++p] === Char.LineFeed) p++
        this.lines.starts.push(p)
      } else {
        this.pos = p
        // The 0 past the end (or one in the text, which JSON allows nowhere).
        return p < this.len ? c : NaN
      }
    }
  }

  private fail(offset: number, expectation: Expectation): never {
    const { message, hint, length } = mistakeAt(this.text, offset, expectation)
    throw new SyntaxStop(offset, message, hint, length)
  }

  /**
   * Parses the value starting with char code c at this.pos (whitespace already
   * skipped). where/label/open only serve the error message: what holds the
   * value (0 the document, 1 an array, 2 an object member), the member's key
   * and the offset of the enclosing '[' or '{'.
   */
  private parseValue(c: number, depth: number, where: 0 | 1 | 2, label: string | undefined, open: number): JsonNode {
    switch (c) {
      case Char.Quote:
        return this.parseString()
      // a container is named after its member's key; an array's elements are not
      case Char.OpenBrace:
        return this.parseObject(depth + 1, where === 2 ? label : undefined)
      case Char.OpenBracket:
        return this.parseArray(depth + 1, where === 2 ? label : undefined)
      case Char.LowerT:
        return this.parseLiteral('true')
      case Char.LowerF:
        return this.parseLiteral('false')
      case Char.LowerN:
        return this.parseLiteral('null')
      default:
        if (c === Char.Minus || (c >= Char.Zero && c <= Char.Nine)) return this.parseNumber()
        return this.fail(
          this.pos,
          where === 0
            ? { where: 'value' }
            : where === 1
              ? { where: 'element', open, label }
              : { where: 'member-value', open, key: label ?? '' }
        )
    }
  }

  private parseObject(depth: number, label: string | undefined): JsonObject {
    const open = this.pos
    if (depth > MAX_DEPTH) this.tooDeep()
    this.pos++
    const members: JsonMember[] = []
    let c = this.skipSpace()
    if (c !== Char.CloseBrace) {
      for (;;) {
        if (c !== Char.Quote) this.fail(this.pos, { where: 'key', open, label })
        const key = this.parseString()
        c = this.skipSpace()
        if (c !== Char.Colon) this.fail(this.pos, { where: 'colon', key: key.value, keyStart: key.from })
        this.pos++
        c = this.skipSpace()
        const value = this.parseValue(c, depth, 2, key.value, open)
        members.push(new MemberNode(key, value))
        c = this.skipSpace()
        if (c === Char.Comma) {
          this.pos++
          c = this.skipSpace()
          continue
        }
        if (c === Char.CloseBrace) break
        this.fail(this.pos, { where: 'after-member', open, label })
      }
    }
    this.pos++
    const node = objectNode(members, open, this.pos, this.lines)
    if (members.length > 1) this.collectDuplicates(members)
    return node
  }

  private parseArray(depth: number, label: string | undefined): JsonArray {
    const open = this.pos
    if (depth > MAX_DEPTH) this.tooDeep()
    this.pos++
    const items: JsonNode[] = []
    let c = this.skipSpace()
    if (c !== Char.CloseBracket) {
      for (;;) {
        items.push(this.parseValue(c, depth, 1, label, open))
        c = this.skipSpace()
        if (c === Char.Comma) {
          this.pos++
          c = this.skipSpace()
          continue
        }
        if (c === Char.CloseBracket) break
        this.fail(this.pos, { where: 'after-element', open, label })
      }
    }
    this.pos++
    return arrayNode(items, open, this.pos, this.lines)
  }

  private tooDeep(): never {
    throw new SyntaxStop(
      this.pos,
      `nesting deeper than ${MAX_DEPTH} levels of objects and arrays`,
      'a policy is a few levels deep; check for a runaway run of "[" or "{"'
    )
  }

  private parseString(): JsonString {
    const text = this.text
    const startOffset = this.pos
    let p = startOffset + 1
    const codes = this.codes
    let c = codes[p]
    // fast path: no escapes (the 0 after the text's end stops it too)
    while (c !== Char.Quote) {
      if (c === Char.Backslash || c < Char.Space) break
      c = codes[++p]
    }
    let value: string
    if (c === Char.Quote) {
      value = p - startOffset - 1 < OWN_COPY_LENGTH ? text.slice(startOffset + 1, p) : ownCopy(text, startOffset, p)
    } else {
      const r = this.parseStringSlow(startOffset, p)
      value = r.value
      p = r.end
    }
    this.pos = p + 1
    return stringNode(value, startOffset, p + 1, this.lines)
  }

  /**
   * Strings with escapes (or errors); p is the first char that stopped the
   * fast path. Checks every escape, then decodes the string as JSON.parse
   * does, into storage of its own (ownCopy): a value joined from the pieces
   * between the escapes would be views into the whole text. Returns the
   * offset of the closing quote.
   */
  private parseStringSlow(startOffset: number, p: number): { value: string; end: number } {
    const text = this.text
    for (;;) {
      const c = text.charCodeAt(p)
      if (c === Char.Quote) return { value: ownCopy(text, startOffset, p), end: p }
      if (c === Char.Backslash) {
        const e = text.charCodeAt(p + 1)
        if (e === 117 /* u */) {
          for (let i = p + 2; i < p + 6; i++) {
            if (!isHexDigit(text.charCodeAt(i))) this.fail(i, { where: 'unicode-escape', stringStart: startOffset, escapeAt: p })
          }
          p += 6
          continue
        }
        if (!SIMPLE_ESCAPES.has(e)) this.fail(p + 1, { where: 'escape', stringStart: startOffset })
        p += 2
        continue
      }
      if (c < Char.Space || c !== c) this.fail(p, { where: 'string', stringStart: startOffset })
      p++
    }
  }

  private parseNumber(): JsonNumber {
    const text = this.text
    const startOffset = this.pos
    let p = startOffset
    let c = text.charCodeAt(p)
    if (c === Char.Minus) c = text.charCodeAt(++p)
    if (c === Char.Zero) {
      c = text.charCodeAt(++p)
      if (c >= Char.Zero && c <= Char.Nine) this.fail(p, { where: 'number', numberStart: startOffset, problem: 'leading-zero' })
    } else if (c >= Char.Zero && c <= Char.Nine) {
      do c = text.charCodeAt(++p)
      while (c >= Char.Zero && c <= Char.Nine)
    } else {
      this.fail(p, { where: 'number', numberStart: startOffset, problem: 'no-digits' })
    }
    if (c === Char.Dot) {
      c = text.charCodeAt(++p)
      if (!(c >= Char.Zero && c <= Char.Nine)) this.fail(p, { where: 'number', numberStart: startOffset, problem: 'fraction' })
      do c = text.charCodeAt(++p)
      while (c >= Char.Zero && c <= Char.Nine)
    }
    if (c === Char.LowerE || c === Char.UpperE) {
      c = text.charCodeAt(++p)
      if (c === Char.Plus || c === Char.Minus) c = text.charCodeAt(++p)
      if (!(c >= Char.Zero && c <= Char.Nine)) this.fail(p, { where: 'number', numberStart: startOffset, problem: 'exponent' })
      do c = text.charCodeAt(++p)
      while (c >= Char.Zero && c <= Char.Nine)
    }
    const raw = text.slice(startOffset, p)
    this.pos = p
    return numberNode(+raw, raw, startOffset, p, this.lines)
  }

  private parseLiteral(word: 'true' | 'false' | 'null'): JsonNode {
    const text = this.text
    const startOffset = this.pos
    for (let i = 1; i < word.length; i++) {
      if (text.charCodeAt(startOffset + i) !== word.charCodeAt(i)) {
        this.fail(startOffset + i, { where: 'literal', word, wordStart: startOffset })
      }
    }
    const p = startOffset + word.length
    this.pos = p
    if (word === 'null') return nullNode(startOffset, p, this.lines)
    return booleanNode(word === 'true', startOffset, p, this.lines)
  }

  private collectDuplicates(members: JsonMember[]): void {
    const n = members.length
    if (n <= 16) {
      for (let j = 1; j < n; j++) {
        const key = members[j].key
        for (let i = 0; i < j; i++) {
          if (members[i].key.value === key.value) {
            this.duplicates.push({ key: key.value, first: members[i].key, repeated: key, firstValue: members[i].value, repeatedValue: members[j].value })
            break
          }
        }
      }
      return
    }
    const seen = new Map<string, JsonMember>()
    for (const member of members) {
      const key = member.key
      const first = seen.get(key.value)
      if (first === undefined) seen.set(key.value, member)
      else this.duplicates.push({ key: key.value, first: first.key, repeated: key, firstValue: first.value, repeatedValue: member.value })
    }
  }
}

/**
 * V8 makes a slice of 13 characters or more a view into the whole text; a
 * value kept by a finding or by a memo keyed by it would keep the whole file's
 * text alive, for every file of the run. Shorter slices are copies already.
 */
const OWN_COPY_LENGTH = 13

/**
 * The string between the quotes at open and close (its escapes checked), in
 * storage of its own: JSON.parse builds a new string, escapes decoded
 * (checked: __tests__/json-ast/own-copies.test.ts).
 */
function ownCopy(text: string, open: number, close: number): string {
  return JSON.parse(text.slice(open, close + 1)) as string
}

/** The one-character escapes after a backslash: \" \\ \/ \b \f \n \r \t. */
const SIMPLE_ESCAPES = new Set([Char.Quote, Char.Backslash, Char.Slash, 98, Char.LowerF, Char.LowerN, 114, Char.LowerT])

function isHexDigit(c: number): boolean {
  const lower = c | 0x20
  return (c >= Char.Zero && c <= Char.Nine) || (lower >= 97 && lower <= Char.LowerF)
}

/**
 * Parses strict JSON (RFC 8259), keeping positions. A leading BOM is allowed.
 * Never throws for bad input: a syntax error is an `ok: false` outcome at the
 * offending character. Duplicate keys are not errors; they are listed in
 * document order of the repeated key.
 */
export function parseJson(text: string): ParseOutcome {
  return run(new Parser(text), text)
}

/**
 * Like parseJson, but reads only the first complete value: what follows it
 * (after white space) is left unread instead of being an error. `restAt` is
 * the offset of the first unread character, the text's length when nothing
 * follows. Used by the tolerant parse (./recover.ts) to keep the first of
 * several documents pasted into one file.
 */
export function parseLeadingJson(text: string): LeadingParseOutcome {
  const parser = new Parser(text, true)
  const outcome = run(parser, text)
  return outcome.ok ? { ...outcome, restAt: parser.stoppedAt } : outcome
}

function run(parser: Parser, text: string): ParseOutcome {
  try {
    const root = parser.parseDocument()
    const duplicateKeys = parser.duplicates
    if (duplicateKeys.length > 1) duplicateKeys.sort((a, b) => a.repeated.from - b.repeated.from)
    return { ok: true, root, duplicateKeys }
  } catch (e) {
    if (!(e instanceof SyntaxStop)) throw e
    const end = Math.min(text.length, e.offset + (e.length ?? codePointWidth(text, e.offset)))
    const [position, endPosition] = positionsOf(text, [e.offset, end])
    return { ok: false, error: { position, end: endPosition, message: e.message, hint: e.hint } }
  }
}

/**
 * Do two values mean the same to every reader: the same scalars, arrays
 * item by item, objects with the same keys (in any order) holding the same
 * values? An object that repeats a key with two different values is read
 * differently by different parsers, so it is the same as another only when
 * every repeat of each key holds the same value (compared as the members come).
 * Stops at the first difference; otherwise reads each node of the two once.
 */
export function sameJsonValue(a: JsonNode, b: JsonNode): boolean {
  if (a.kind !== b.kind) return false
  switch (a.kind) {
    case 'string':
    case 'boolean':
      return a.value === (b as typeof a).value
    case 'number':
      return a.value === (b as typeof a).value
    case 'null':
      return true
    case 'array': {
      const items = (b as typeof a).items
      return a.items.length === items.length && a.items.every((x, i) => sameJsonValue(x, items[i]))
    }
    case 'object': {
      const members = (b as typeof a).members
      if (a.members.length !== members.length) return false
      const byKey = new Map<string, JsonNode[]>()
      for (const m of members) {
        const list = byKey.get(m.key.value)
        if (list) list.push(m.value)
        else byKey.set(m.key.value, [m.value])
      }
      // The n-th repeat of a key in one is compared with the n-th in the other.
      const taken = new Map<string, number>()
      return a.members.every((m) => {
        const n = taken.get(m.key.value) ?? 0
        taken.set(m.key.value, n + 1)
        const other = byKey.get(m.key.value)?.[n]
        return other !== undefined && sameJsonValue(m.value, other)
      })
    }
  }
}

/**
 * The plain value, exactly as JSON.parse gives it: the last duplicate key wins, `__proto__` is an own property.
 * `numberOf` gives each number's value instead (its JavaScript value by default).
 */
export function toValue(node: JsonNode, numberOf: (node: JsonNumber) => unknown = numberValue): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const { key, value } of node.members) {
        if (key.value === '__proto__') {
          // a plain assignment would replace the prototype; JSON.parse defines an own property
          Object.defineProperty(out, '__proto__', { value: toValue(value, numberOf), writable: true, enumerable: true, configurable: true })
        } else {
          out[key.value] = toValue(value, numberOf)
        }
      }
      return out
    }
    case 'array':
      return node.items.map((item) => toValue(item, numberOf))
    case 'null':
      return null
    case 'number':
      return numberOf(node)
    default:
      return node.value
  }
}

const numberValue = (node: JsonNumber): number => node.value

/** The member JSON.parse would keep for key: the last one of that name. */
export function memberNamed(obj: JsonObject, key: string): JsonMember | undefined {
  const members = obj.members
  for (let i = members.length - 1; i >= 0; i--) {
    if (members[i].key.value === key) return members[i]
  }
  return undefined
}

/** The node at path (object keys and array indexes) below root, or undefined where the path leaves the tree. */
export function nodeAt(root: JsonNode, path: readonly (string | number)[]): JsonNode | undefined {
  let node: JsonNode | undefined = root
  for (const step of path) {
    if (node === undefined) return undefined
    if (typeof step === 'number') {
      node = node.kind === 'array' && Number.isInteger(step) && step >= 0 ? node.items[step] : undefined
    } else {
      node = node.kind === 'object' ? memberNamed(node, step)?.value : undefined
    }
  }
  return node
}
