// The words for a JSON syntax error. The parser says where it stopped and what
// it was reading; this module looks at the text around that spot to recognise
// the mistakes people actually make (trailing commas, comments, '...'
// placeholders, a policy pasted twice, single quotes, unquoted keys) and says
// what is wrong and how to fix it. Runs only once per bad file, so clarity
// wins over speed here.

import { positionAt } from './position.js'

/** What the parser was reading when it stopped. Offsets are 0-based into the text. */
export type Expectation =
  | { where: 'value' }
  | { where: 'element'; open: number; label?: string }
  | { where: 'member-value'; open: number; key: string }
  | { where: 'key'; open: number; label?: string }
  | { where: 'colon'; key: string; keyStart: number }
  | { where: 'after-element'; open: number; label?: string }
  | { where: 'after-member'; open: number; label?: string }
  | { where: 'end'; rootStart: number }
  | { where: 'string'; stringStart: number }
  | { where: 'escape'; stringStart: number }
  | { where: 'unicode-escape'; stringStart: number; escapeAt: number }
  | { where: 'number'; numberStart: number; problem: 'leading-zero' | 'no-digits' | 'fraction' | 'exponent' }
  | { where: 'literal'; word: string; wordStart: number }

export interface Wording {
  message: string
  hint: string
  /**
   * How many code units from the error's offset the offending text takes
   * (a comment, a '...', an unquoted word), when it is more than the one
   * character there.
   */
  length?: number
}

const q = (s: string): string => JSON.stringify(s)

/** A character as a person would name it in a message. */
export function describeChar(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file'
  const code = text.codePointAt(offset) ?? 0
  const hex = 'U+' + code.toString(16).toUpperCase().padStart(4, '0')
  const named = SPECIAL_CHARS[code]
  if (named !== undefined) return `${named} (${hex})`
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `control character ${hex}`
  return `'${String.fromCodePoint(code)}'`
}

const SPECIAL_CHARS: Record<number, string> = {
  0x09: 'a tab',
  0x0a: 'a line break',
  0x0d: 'a carriage return',
  0xa0: 'a no-break space',
  0x200b: 'a zero-width space',
  0x2028: 'a line separator',
  0x2029: 'a paragraph separator',
  0xfeff: 'a byte order mark',
  0x201c: 'a curly quote “',
  0x201d: 'a curly quote ”',
  0x2018: "a curly quote ‘",
  0x2019: "a curly quote ’",
  0x2026: 'an ellipsis character …'
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13

/** Offset of the last non-whitespace character before offset, or -1. */
function previousSignificant(text: string, offset: number): number {
  let i = offset - 1
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--
  return i
}

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c === 45 || c === 46 || c === 58 || c === 47 || c === 42

/** The run of bare-word characters at offset (letters, digits and the punctuation of ARNs), at most 60. */
function wordAt(text: string, offset: number, accepts: (c: number) => boolean = isWordChar): string {
  let end = offset
  while (end < text.length && end - offset < 60 && accepts(text.charCodeAt(end))) end++
  return text.slice(offset, end)
}

/** A bare property name stops at the ':' that follows it. */
const isKeyChar = (c: number): boolean => c !== 58 && c !== 47 && c !== 42 && isWordChar(c)

const isWordStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36

/** Where a thing is, for a message: "line 3 column 7". */
function at(text: string, offset: number): string {
  const p = positionAt(text, offset)
  return `line ${p.line} column ${p.column}`
}

const lineOf = (text: string, offset: number): number => positionAt(text, offset).line

function containerName(text: string, open: number, label: string | undefined): string {
  const kind = text.charCodeAt(open) === 91 ? 'array' : 'object'
  return label === undefined ? `the ${kind} opened at ${at(text, open)}` : `the ${q(label)} ${kind} (opened at ${at(text, open)})`
}

/** Words for the error at offset, given what the parser was reading. */
export function mistakeAt(text: string, offset: number, e: Expectation): Wording {
  switch (e.where) {
    case 'string':
      return stringMistake(text, offset, e.stringStart)
    case 'escape':
      return escapeMistake(text, offset, e.stringStart)
    case 'unicode-escape':
      if (offset >= text.length) return stringMistake(text, offset, e.stringStart)
      return {
        message: `bad \\u escape in a string: expected 4 hex digits (0-9, a-f) after '\\u' at ${at(text, e.escapeAt)}, found ${describeChar(text, offset)}`,
        hint: 'write a character as \\u followed by exactly four hex digits (e.g. \\u00e9), or write a backslash as \\\\'
      }
    case 'number':
      return numberMistake(text, offset, e.numberStart, e.problem)
    case 'literal':
      return literalMistake(text, offset, e.word, e.wordStart)
    default:
      return tokenMistake(text, offset, e)
  }
}

function stringMistake(text: string, offset: number, stringStart: number): Wording {
  const c = text.charCodeAt(offset)
  if (offset >= text.length) {
    return {
      message: `unterminated string: the file ends inside the string that starts at ${at(text, stringStart)}`,
      hint: 'add the closing " at the end of the string'
    }
  }
  if (c === 10 || c === 13) {
    return {
      message: `unterminated string: the string that starts at ${at(text, stringStart)} has no closing '"' before the end of the line`,
      hint: 'add the closing " on the same line (a JSON string cannot span lines; write a line break inside a string as \\n)'
    }
  }
  if (c === 9) {
    return {
      message: 'tab character inside a string: JSON strings cannot hold a raw tab',
      hint: 'write the tab as \\t, or replace it with a space'
    }
  }
  const hex = c.toString(16).padStart(4, '0')
  return {
    message: `control character U+${hex.toUpperCase()} inside a string: JSON strings cannot hold characters below U+0020`,
    hint: `delete the invisible character, or write it as \\u${hex}`
  }
}

function escapeMistake(text: string, offset: number, stringStart: number): Wording {
  if (offset >= text.length) return stringMistake(text, offset, stringStart)
  const c = text.charCodeAt(offset)
  if (c < 0x20) return stringMistake(text, offset, stringStart)
  const shown = `\\${String.fromCodePoint(text.codePointAt(offset) ?? c)}`
  const known = 'JSON knows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX'
  if (c === 39) {
    return {
      message: `bad escape '\\'' in a string: a single quote needs no escape in JSON (${known})`,
      hint: "write the single quote without the backslash: '"
    }
  }
  return {
    message: `bad escape '${shown}' in a string: ${known}`,
    hint: `to write a backslash, double it: '\\${shown}' (Windows paths and regular expressions need this)`
  }
}

function numberMistake(text: string, offset: number, start: number, problem: 'leading-zero' | 'no-digits' | 'fraction' | 'exponent'): Wording {
  const soFar = text.slice(start, offset)
  const found = describeChar(text, offset)
  switch (problem) {
    case 'leading-zero': {
      const digits = wordAt(text, start)
      return {
        message: `number with a leading zero (${digits}): a JSON number starts with 0 only when it is 0 or 0.something`,
        hint: `if it is an identifier such as an account id, quote it as a string: ${q(digits)}; otherwise remove the leading zeros`
      }
    }
    case 'no-digits':
      if (text.startsWith('Infinity', offset)) {
        return { message: '-Infinity is not a JSON value: JSON numbers are finite', hint: 'write a finite number, or a string if the value is text' }
      }
      return {
        message: `'-' is not followed by a digit: expected a number after the minus sign, found ${found}`,
        hint: 'write a digit after the minus sign, or quote the text if it is not a number'
      }
    case 'fraction':
      return {
        message: `expected a digit after the decimal point in ${soFar}, found ${found}`,
        hint: `write at least one digit after the '.' (e.g. ${soFar}0), or drop the '.'`
      }
    case 'exponent':
      return {
        message: `expected a digit in the exponent of ${soFar}, found ${found}`,
        hint: "write the exponent's digits after the 'e' (e.g. 1e3), or quote the text if it is not a number"
      }
  }
}

function literalMistake(text: string, offset: number, word: string, wordStart: number): Wording {
  const written = wordAt(text, wordStart) || text.slice(wordStart, offset)
  if (offset >= text.length) {
    return {
      message: `unexpected end of the file inside '${text.slice(wordStart, offset)}': expected ${word}`,
      hint: `finish the value ${word}; the file may be cut short`
    }
  }
  return {
    message: `'${written}' is not a JSON value: expected ${word}, found ${describeChar(text, offset)}`,
    hint: `write ${word} exactly (JSON's literals are lowercase true, false and null); quote text as a string: ${q(written)}`
  }
}

/** What the parser wanted, in words. */
function expected(text: string, e: Exclude<Expectation, { where: 'string' | 'escape' | 'unicode-escape' | 'number' | 'literal' }>): string {
  switch (e.where) {
    case 'value':
      return 'a JSON value (an object, array, string, number, true, false or null)'
    case 'element':
      return `a value in ${containerName(text, e.open, e.label)}`
    case 'member-value':
      return `the value of ${q(e.key)} after ':'`
    case 'key':
      return `a property name in double quotes in ${containerName(text, e.open, e.label)}`
    case 'colon':
      return `':' after the property name ${q(e.key)}`
    case 'after-element':
      return `',' or ']' after an element of ${containerName(text, e.open, e.label)}`
    case 'after-member':
      return `',' or '}' after a member of ${containerName(text, e.open, e.label)}`
    case 'end':
      return 'the end of the file'
  }
}

/** A '//' comment up to the end of its line; a block comment through its '*\/' (or to the end of the text when it is not closed). */
function commentLength(text: string, offset: number, line: boolean): number {
  if (line) {
    let end = offset + 2
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
    return end - offset
  }
  const close = text.indexOf('*/', offset + 2)
  return (close < 0 ? text.length : close + 2) - offset
}

const SHORT_WANT = {
  value: 'a JSON value',
  element: 'a value',
  'member-value': 'a value',
  key: 'a property name',
  colon: "':'",
  'after-element': "',' or ']'",
  'after-member': "',' or '}'",
  end: 'the end of the file'
} as const

const startsValue = (c: number): boolean =>
  c === 34 || c === 123 || c === 91 || c === 45 || (c >= 48 && c <= 57) || c === 116 || c === 102 || c === 110 || c === 39 || c === 0x201c

/** Errors at a token boundary: the character at offset cannot come next. */
function tokenMistake(text: string, offset: number, e: Exclude<Expectation, { where: 'string' | 'escape' | 'unicode-escape' | 'number' | 'literal' }>): Wording {
  const want = expected(text, e)
  const found = describeChar(text, offset)
  const c = text.charCodeAt(offset)
  const prev = previousSignificant(text, offset)
  const prevChar = prev >= 0 ? text.charCodeAt(prev) : -1

  // Mistakes recognised wherever they stand.
  if (offset >= text.length) {
    const open = 'open' in e ? ` ${containerName(text, e.open, 'label' in e ? e.label : undefined)} is not closed` : ''
    return {
      message: `unexpected end of the file:${open} (expected ${SHORT_WANT[e.where]})`,
      hint: "the file looks cut short: close every '{' with '}' and every '[' with ']'"
    }
  }
  if (c === 47 && (text.charCodeAt(offset + 1) === 47 || text.charCodeAt(offset + 1) === 42)) {
    const line = text.charCodeAt(offset + 1) === 47
    return {
      length: commentLength(text, offset, line),
      message: `${line ? "'//' comment" : "'/* */' comment"}: JSON has no comments (expected ${want})`,
      hint: line
        ? 'delete the comment up to the end of the line; to keep a note in a policy, put it in the statement\'s "Sid"'
        : 'delete the comment from /* to */; to keep a note in a policy, put it in the statement\'s "Sid"'
    }
  }
  if ((c === 46 && text.startsWith('...', offset)) || c === 0x2026) {
    return {
      length: c === 46 ? 3 : 1,
      message: `literal '${c === 46 ? '...' : '…'}' placeholder where JSON expects ${want}`,
      hint: "replace the '...' with the real values, or delete it together with the ',' before it"
    }
  }
  if (c === 0xfeff || c === 0xa0 || c === 0x200b || c === 0x2028 || c === 0x2029) {
    return {
      message: `${found} where JSON expects ${want}: only spaces, tabs and line breaks may stand between tokens`,
      hint: 'delete the invisible character (it often comes from copying text out of a web page or a word processor)'
    }
  }
  if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019) {
    return {
      message: `${found}: JSON strings and property names need straight double quotes (expected ${want})`,
      hint: 'retype the quotes as " (word processors and chat tools turn them into curly quotes)'
    }
  }

  switch (e.where) {
    case 'value':
    case 'element':
    case 'member-value':
    case 'key':
      return valueOrKeyMistake(text, offset, e, want, found, prev, prevChar)
    case 'colon':
      if (c === 61) {
        return { message: `'=' after the property name ${q(e.key)}: JSON separates a name from its value with ':'`, hint: "replace '=' with ':'" }
      }
      if (c === 44 || c === 125) {
        return {
          message: `property ${q(e.key)} has no value: expected ':' and a value, found ${found}`,
          hint: `write ${q(e.key)}: followed by its value, or delete the property`
        }
      }
      return {
        message: `missing ':' after the property name ${q(e.key)} (at ${at(text, e.keyStart)}), found ${found}`,
        hint: `write ':' between ${q(e.key)} and its value`
      }
    case 'after-element':
    case 'after-member': {
      const inArray = e.where === 'after-element'
      const close = inArray ? ']' : '}'
      const what = inArray ? 'elements' : 'members'
      if (startsValue(c)) {
        const prevLine = lineOf(text, prev)
        return {
          message: `missing ',' between ${what} of ${containerName(text, e.open, e.label)}: expected ',' or '${close}' after the ${inArray ? 'element' : 'member'} that ends at line ${prevLine}, found ${found}`,
          hint: `add a ',' after the ${inArray ? 'element' : 'member'} on line ${prevLine}`
        }
      }
      if (c === (inArray ? 125 : 93)) {
        return {
          message: `'${String.fromCharCode(c)}' does not match: ${containerName(text, e.open, e.label)} is still open, so JSON expects ',' or '${close}' here`,
          hint: `close the ${inArray ? 'array' : 'object'} with '${close}' first, or delete the stray '${String.fromCharCode(c)}'`
        }
      }
      if (inArray && c === 58) {
        return {
          message: `':' inside ${containerName(text, e.open, e.label)}: an array holds values, not name: value pairs`,
          hint: "if these are properties, use an object { } instead of [ ]"
        }
      }
      return { message: `unexpected ${found}: expected ${want}`, hint: `separate ${what} with ',' and end the ${inArray ? 'array' : 'object'} with '${close}'` }
    }
    case 'end':
      return extraDataMistake(text, offset, e.rootStart, found, prev)
  }
}

function valueOrKeyMistake(
  text: string,
  offset: number,
  e: Extract<Expectation, { where: 'value' | 'element' | 'member-value' | 'key' }>,
  want: string,
  found: string,
  prev: number,
  prevChar: number
): Wording {
  const c = text.charCodeAt(offset)
  const isKey = e.where === 'key'
  const isClose = c === 93 || c === 125

  if (prevChar === 44 && isClose && e.where !== 'member-value') {
    const comma = positionAt(text, prev)
    return {
      message: `trailing comma after the last element (line ${comma.line})${'label' in e && e.label !== undefined ? ` of ${q(e.label)}` : ''}: '${String.fromCharCode(c)}' found where ${isKey ? 'a property name' : 'a value'} is expected`,
      hint: `delete the ',' at line ${comma.line} column ${comma.column}: JSON allows no comma after the last element`
    }
  }
  if (e.where === 'member-value' && (c === 44 || c === 125 || c === 93)) {
    return {
      message: `property ${q(e.key)} has no value: expected a value after ':', found ${found}`,
      hint: `write a value after ${q(e.key)}: (use "" or [] for an empty one), or delete the property`
    }
  }
  if (c === 44) {
    if (prevChar === 44) {
      return { message: `two commas in a row: ${isKey ? 'a member' : 'an element'} is missing between them (expected ${want})`, hint: "delete one of the ','" }
    }
    return { message: `',' where JSON expects ${want}: nothing stands before this comma`, hint: "delete the ','" }
  }
  if (c === 39) {
    const end = text.indexOf("'", offset + 1)
    const quoted = text.slice(offset + 1, end < 0 ? undefined : end)
    const content = end > 0 && !quoted.includes('\n') && !quoted.includes('\r') ? quoted : undefined
    return {
      ...(content === undefined ? {} : { length: end + 1 - offset }),
      message: `single-quoted ${isKey ? 'property name' : 'string'}: JSON ${isKey ? 'property names' : 'strings'} need double quotes`,
      hint: content === undefined ? "replace the ' quotes with \"" : `write ${q(content)} instead of '${content}'`
    }
  }
  if (isKey) {
    if (isWordStart(c)) {
      const word = wordAt(text, offset, isKeyChar)
      return {
        length: word.length,
        message: `property name ${word} is not quoted: JSON property names need double quotes`,
        hint: `write ${q(word)}`
      }
    }
    return { message: `${found} where JSON expects ${want}`, hint: 'property names are strings in double quotes, e.g. "Effect": "Allow"' }
  }
  if (isWordStart(c)) {
    const word = wordAt(text, offset)
    const alias = Object.hasOwn(LITERAL_ALIASES, word) ? LITERAL_ALIASES[word] : undefined
    if (alias !== undefined) return { length: word.length, message: `${word} is not a JSON value (expected ${want})`, hint: alias }
    return {
      length: word.length,
      message: `unquoted text ${word} where JSON expects ${want}: strings need double quotes`,
      hint: `write ${q(word)}`
    }
  }
  if (c === 43) return { message: `'+' before a number: JSON numbers take no '+' sign (expected ${want})`, hint: "delete the '+'" }
  if (c === 46) {
    const digits = wordAt(text, offset)
    return { length: digits.length, message: `number starting with '.' (${digits}): JSON numbers need a digit before the decimal point`, hint: `write 0${digits}` }
  }
  if (isClose && prevChar === 58 && !isKey) {
    return { message: `${found} where JSON expects ${want}`, hint: 'write the value after the colon' }
  }
  return { message: `unexpected ${found}: expected ${want}`, hint: 'write a value: "text" in double quotes, a number, true, false, null, an object {...} or an array [...]' }
}

const LITERAL_ALIASES: Record<string, string> = {
  True: 'write true (JSON literals are lowercase)',
  TRUE: 'write true (JSON literals are lowercase)',
  False: 'write false (JSON literals are lowercase)',
  FALSE: 'write false (JSON literals are lowercase)',
  Null: 'write null (JSON literals are lowercase)',
  NULL: 'write null (JSON literals are lowercase)',
  None: 'write null',
  nil: 'write null',
  undefined: 'write null, or leave the property out',
  NaN: 'JSON numbers are finite: write a number, or null',
  Infinity: 'JSON numbers are finite: write a number, or null'
}

function extraDataMistake(text: string, offset: number, rootStart: number, found: string, prev: number): Wording {
  const c = text.charCodeAt(offset)
  const endLine = lineOf(text, prev)
  const ended = `the document that starts at ${at(text, rootStart)} ended at line ${endLine}`
  if (c === 44) {
    return {
      message: `extra ',' after the end of the JSON document (${ended})`,
      hint: "delete the ','; a file holds exactly one JSON value (a comma here is often left over from copying one item out of a list)"
    }
  }
  if (c === 125 || c === 93) {
    const ch = String.fromCharCode(c)
    return {
      message: `extra '${ch}' after the end of the JSON document (${ended}): one '${ch}' too many`,
      hint: `delete this '${ch}', or find the '${c === 125 ? '{' : '['}' it was meant to close`
    }
  }
  if (c === 123 || c === 91) {
    const sameStart = text.charCodeAt(rootStart) === c
    return {
      message: `extra data after the end of the JSON document (${ended}): a second ${c === 123 ? 'object' : 'array'} starts here${sameStart ? ' (is the document pasted more than once?)' : ''}`,
      hint: `a file holds exactly one JSON document: keep one and delete the rest from line ${lineOf(text, offset)}, or put the statements into one "Statement" array`
    }
  }
  return {
    message: `extra data after the end of the JSON document (${ended}): found ${found}`,
    hint: `a file holds exactly one JSON document: delete everything after line ${endLine}`
  }
}
