import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);

// src/core/json-ast/position.ts
function positionAt(text, offset) {
  return positionsOf(text, [Math.max(0, Math.min(offset, text.length))])[0];
}
function positionsOf(text, offsets) {
  const out = [];
  let line = 1;
  let lineStart = text.charCodeAt(0) === 65279 /* ByteOrderMark */ ? 1 : 0;
  let i = lineStart;
  for (const offset of offsets) {
    for (; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* LineFeed */) {
        line++;
        lineStart = i + 1;
      } else if (c === 13 /* CarriageReturn */) {
        if (text.charCodeAt(i + 1) === 10 /* LineFeed */) {
          if (i + 1 === offset) break;
          i++;
        }
        line++;
        lineStart = i + 1;
      }
    }
    out.push({ line, column: Math.max(1, offset - lineStart + 1), offset });
  }
  return out;
}

// src/core/json-ast/mistakes.ts
var q = (s) => JSON.stringify(s);
function describeChar(text, offset) {
  if (offset >= text.length) return "the end of the file";
  const code = text.codePointAt(offset) ?? 0;
  const hex = "U+" + code.toString(16).toUpperCase().padStart(4, "0");
  const named = SPECIAL_CHARS[code];
  if (named !== void 0) return `${named} (${hex})`;
  if (code < 32 || code >= 127 && code <= 159) return `control character ${hex}`;
  return `'${String.fromCodePoint(code)}'`;
}
var SPECIAL_CHARS = {
  9: "a tab",
  10: "a line break",
  13: "a carriage return",
  160: "a no-break space",
  8203: "a zero-width space",
  8232: "a line separator",
  8233: "a paragraph separator",
  65279: "a byte order mark",
  8220: "a curly quote \u201C",
  8221: "a curly quote \u201D",
  8216: "a curly quote \u2018",
  8217: "a curly quote \u2019",
  8230: "an ellipsis character \u2026"
};
var isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13;
function previousSignificant(text, offset) {
  let i = offset - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i;
}
var isWordChar = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 36 || c === 45 || c === 46 || c === 58 || c === 47 || c === 42;
function wordAt(text, offset, accepts = isWordChar) {
  let end = offset;
  while (end < text.length && end - offset < 60 && accepts(text.charCodeAt(end))) end++;
  return text.slice(offset, end);
}
var isKeyChar = (c) => c !== 58 && c !== 47 && c !== 42 && isWordChar(c);
var isWordStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 36;
function at(text, offset) {
  const p = positionAt(text, offset);
  return `line ${p.line} column ${p.column}`;
}
var lineOf = (text, offset) => positionAt(text, offset).line;
function containerName(text, open, label) {
  const kind = text.charCodeAt(open) === 91 ? "array" : "object";
  return label === void 0 ? `the ${kind} opened at ${at(text, open)}` : `the ${q(label)} ${kind} (opened at ${at(text, open)})`;
}
function mistakeAt(text, offset, e) {
  switch (e.where) {
    case "string":
      return stringMistake(text, offset, e.stringStart);
    case "escape":
      return escapeMistake(text, offset, e.stringStart);
    case "unicode-escape":
      if (offset >= text.length) return stringMistake(text, offset, e.stringStart);
      return {
        message: `bad \\u escape in a string: expected 4 hex digits (0-9, a-f) after '\\u' at ${at(text, e.escapeAt)}, found ${describeChar(text, offset)}`,
        hint: "write a character as \\u followed by exactly four hex digits (e.g. \\u00e9), or write a backslash as \\\\"
      };
    case "number":
      return numberMistake(text, offset, e.numberStart, e.problem);
    case "literal":
      return literalMistake(text, offset, e.word, e.wordStart);
    default:
      return tokenMistake(text, offset, e);
  }
}
function stringMistake(text, offset, stringStart) {
  const c = text.charCodeAt(offset);
  if (offset >= text.length) {
    return {
      message: `unterminated string: the file ends inside the string that starts at ${at(text, stringStart)}`,
      hint: 'add the closing " at the end of the string'
    };
  }
  if (c === 10 || c === 13) {
    return {
      message: `unterminated string: the string that starts at ${at(text, stringStart)} has no closing '"' before the end of the line`,
      hint: 'add the closing " on the same line (a JSON string cannot span lines; write a line break inside a string as \\n)'
    };
  }
  if (c === 9) {
    return {
      message: "tab character inside a string: JSON strings cannot hold a raw tab",
      hint: "write the tab as \\t, or replace it with a space"
    };
  }
  const hex = c.toString(16).padStart(4, "0");
  return {
    message: `control character U+${hex.toUpperCase()} inside a string: JSON strings cannot hold characters below U+0020`,
    hint: `delete the invisible character, or write it as \\u${hex}`
  };
}
function escapeMistake(text, offset, stringStart) {
  if (offset >= text.length) return stringMistake(text, offset, stringStart);
  const c = text.charCodeAt(offset);
  if (c < 32) return stringMistake(text, offset, stringStart);
  const shown = `\\${String.fromCodePoint(text.codePointAt(offset) ?? c)}`;
  const known = 'JSON knows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX';
  if (c === 39) {
    return {
      message: `bad escape '\\'' in a string: a single quote needs no escape in JSON (${known})`,
      hint: "write the single quote without the backslash: '"
    };
  }
  return {
    message: `bad escape '${shown}' in a string: ${known}`,
    hint: `to write a backslash, double it: '\\${shown}' (Windows paths and regular expressions need this)`
  };
}
function numberMistake(text, offset, start, problem) {
  const soFar = text.slice(start, offset);
  const found = describeChar(text, offset);
  switch (problem) {
    case "leading-zero": {
      const digits = wordAt(text, start);
      return {
        message: `number with a leading zero (${digits}): a JSON number starts with 0 only when it is 0 or 0.something`,
        hint: `if it is an identifier such as an account id, quote it as a string: ${q(digits)}; otherwise remove the leading zeros`
      };
    }
    case "no-digits":
      if (text.startsWith("Infinity", offset)) {
        return { message: "-Infinity is not a JSON value: JSON numbers are finite", hint: "write a finite number, or a string if the value is text" };
      }
      return {
        message: `'-' is not followed by a digit: expected a number after the minus sign, found ${found}`,
        hint: "write a digit after the minus sign, or quote the text if it is not a number"
      };
    case "fraction":
      return {
        message: `expected a digit after the decimal point in ${soFar}, found ${found}`,
        hint: `write at least one digit after the '.' (e.g. ${soFar}0), or drop the '.'`
      };
    case "exponent":
      return {
        message: `expected a digit in the exponent of ${soFar}, found ${found}`,
        hint: "write the exponent's digits after the 'e' (e.g. 1e3), or quote the text if it is not a number"
      };
  }
}
function literalMistake(text, offset, word, wordStart) {
  const written = wordAt(text, wordStart) || text.slice(wordStart, offset);
  if (offset >= text.length) {
    return {
      message: `unexpected end of the file inside '${text.slice(wordStart, offset)}': expected ${word}`,
      hint: `finish the value ${word}; the file may be cut short`
    };
  }
  return {
    message: `'${written}' is not a JSON value: expected ${word}, found ${describeChar(text, offset)}`,
    hint: `write ${word} exactly (JSON's literals are lowercase true, false and null); quote text as a string: ${q(written)}`
  };
}
function expected(text, e) {
  switch (e.where) {
    case "value":
      return "a JSON value (an object, array, string, number, true, false or null)";
    case "element":
      return `a value in ${containerName(text, e.open, e.label)}`;
    case "member-value":
      return `the value of ${q(e.key)} after ':'`;
    case "key":
      return `a property name in double quotes in ${containerName(text, e.open, e.label)}`;
    case "colon":
      return `':' after the property name ${q(e.key)}`;
    case "after-element":
      return `',' or ']' after an element of ${containerName(text, e.open, e.label)}`;
    case "after-member":
      return `',' or '}' after a member of ${containerName(text, e.open, e.label)}`;
    case "end":
      return "the end of the file";
  }
}
function commentLength(text, offset, line) {
  if (line) {
    let end = offset + 2;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    return end - offset;
  }
  const close = text.indexOf("*/", offset + 2);
  return (close < 0 ? text.length : close + 2) - offset;
}
var SHORT_WANT = {
  value: "a JSON value",
  element: "a value",
  "member-value": "a value",
  key: "a property name",
  colon: "':'",
  "after-element": "',' or ']'",
  "after-member": "',' or '}'",
  end: "the end of the file"
};
var startsValue = (c) => c === 34 || c === 123 || c === 91 || c === 45 || c >= 48 && c <= 57 || c === 116 || c === 102 || c === 110 || c === 39 || c === 8220;
function tokenMistake(text, offset, e) {
  const want = expected(text, e);
  const found = describeChar(text, offset);
  const c = text.charCodeAt(offset);
  const prev = previousSignificant(text, offset);
  const prevChar = prev >= 0 ? text.charCodeAt(prev) : -1;
  if (offset >= text.length) {
    const open = "open" in e ? ` ${containerName(text, e.open, "label" in e ? e.label : void 0)} is not closed` : "";
    return {
      message: `unexpected end of the file:${open} (expected ${SHORT_WANT[e.where]})`,
      hint: "the file looks cut short: close every '{' with '}' and every '[' with ']'"
    };
  }
  if (c === 47 && (text.charCodeAt(offset + 1) === 47 || text.charCodeAt(offset + 1) === 42)) {
    const line = text.charCodeAt(offset + 1) === 47;
    return {
      length: commentLength(text, offset, line),
      message: `${line ? "'//' comment" : "'/* */' comment"}: JSON has no comments (expected ${want})`,
      hint: line ? `delete the comment up to the end of the line; to keep a note in a policy, put it in the statement's "Sid"` : `delete the comment from /* to */; to keep a note in a policy, put it in the statement's "Sid"`
    };
  }
  if (c === 46 && text.startsWith("...", offset) || c === 8230) {
    return {
      length: c === 46 ? 3 : 1,
      message: `literal '${c === 46 ? "..." : "\u2026"}' placeholder where JSON expects ${want}`,
      hint: "replace the '...' with the real values, or delete it together with the ',' before it"
    };
  }
  if (c === 65279 || c === 160 || c === 8203 || c === 8232 || c === 8233) {
    return {
      message: `${found} where JSON expects ${want}: only spaces, tabs and line breaks may stand between tokens`,
      hint: "delete the invisible character (it often comes from copying text out of a web page or a word processor)"
    };
  }
  if (c === 8220 || c === 8221 || c === 8216 || c === 8217) {
    return {
      message: `${found}: JSON strings and property names need straight double quotes (expected ${want})`,
      hint: 'retype the quotes as " (word processors and chat tools turn them into curly quotes)'
    };
  }
  switch (e.where) {
    case "value":
    case "element":
    case "member-value":
    case "key":
      return valueOrKeyMistake(text, offset, e, want, found, prev, prevChar);
    case "colon":
      if (c === 61) {
        return { message: `'=' after the property name ${q(e.key)}: JSON separates a name from its value with ':'`, hint: "replace '=' with ':'" };
      }
      if (c === 44 || c === 125) {
        return {
          message: `property ${q(e.key)} has no value: expected ':' and a value, found ${found}`,
          hint: `write ${q(e.key)}: followed by its value, or delete the property`
        };
      }
      return {
        message: `missing ':' after the property name ${q(e.key)} (at ${at(text, e.keyStart)}), found ${found}`,
        hint: `write ':' between ${q(e.key)} and its value`
      };
    case "after-element":
    case "after-member": {
      const inArray = e.where === "after-element";
      const close = inArray ? "]" : "}";
      const what = inArray ? "elements" : "members";
      if (startsValue(c)) {
        const prevLine = lineOf(text, prev);
        return {
          message: `missing ',' between ${what} of ${containerName(text, e.open, e.label)}: expected ',' or '${close}' after the ${inArray ? "element" : "member"} that ends at line ${prevLine}, found ${found}`,
          hint: `add a ',' after the ${inArray ? "element" : "member"} on line ${prevLine}`
        };
      }
      if (c === (inArray ? 125 : 93)) {
        return {
          message: `'${String.fromCharCode(c)}' does not match: ${containerName(text, e.open, e.label)} is still open, so JSON expects ',' or '${close}' here`,
          hint: `close the ${inArray ? "array" : "object"} with '${close}' first, or delete the stray '${String.fromCharCode(c)}'`
        };
      }
      if (inArray && c === 58) {
        return {
          message: `':' inside ${containerName(text, e.open, e.label)}: an array holds values, not name: value pairs`,
          hint: "if these are properties, use an object { } instead of [ ]"
        };
      }
      return { message: `unexpected ${found}: expected ${want}`, hint: `separate ${what} with ',' and end the ${inArray ? "array" : "object"} with '${close}'` };
    }
    case "end":
      return extraDataMistake(text, offset, e.rootStart, found, prev);
  }
}
function valueOrKeyMistake(text, offset, e, want, found, prev, prevChar) {
  const c = text.charCodeAt(offset);
  const isKey = e.where === "key";
  const isClose = c === 93 || c === 125;
  if (prevChar === 44 && isClose && e.where !== "member-value") {
    const comma = positionAt(text, prev);
    return {
      message: `trailing comma after the last element (line ${comma.line})${"label" in e && e.label !== void 0 ? ` of ${q(e.label)}` : ""}: '${String.fromCharCode(c)}' found where ${isKey ? "a property name" : "a value"} is expected`,
      hint: `delete the ',' at line ${comma.line} column ${comma.column}: JSON allows no comma after the last element`
    };
  }
  if (e.where === "member-value" && (c === 44 || c === 125 || c === 93)) {
    return {
      message: `property ${q(e.key)} has no value: expected a value after ':', found ${found}`,
      hint: `write a value after ${q(e.key)}: (use "" or [] for an empty one), or delete the property`
    };
  }
  if (c === 44) {
    if (prevChar === 44) {
      return { message: `two commas in a row: ${isKey ? "a member" : "an element"} is missing between them (expected ${want})`, hint: "delete one of the ','" };
    }
    return { message: `',' where JSON expects ${want}: nothing stands before this comma`, hint: "delete the ','" };
  }
  if (c === 39) {
    const end = text.indexOf("'", offset + 1);
    const quoted = text.slice(offset + 1, end < 0 ? void 0 : end);
    const content = end > 0 && !quoted.includes("\n") && !quoted.includes("\r") ? quoted : void 0;
    return {
      ...content === void 0 ? {} : { length: end + 1 - offset },
      message: `single-quoted ${isKey ? "property name" : "string"}: JSON ${isKey ? "property names" : "strings"} need double quotes`,
      hint: content === void 0 ? `replace the ' quotes with "` : `write ${q(content)} instead of '${content}'`
    };
  }
  if (isKey) {
    if (isWordStart(c)) {
      const word = wordAt(text, offset, isKeyChar);
      return {
        length: word.length,
        message: `property name ${word} is not quoted: JSON property names need double quotes`,
        hint: `write ${q(word)}`
      };
    }
    return { message: `${found} where JSON expects ${want}`, hint: 'property names are strings in double quotes, e.g. "Effect": "Allow"' };
  }
  if (isWordStart(c)) {
    const word = wordAt(text, offset);
    const alias = Object.hasOwn(LITERAL_ALIASES, word) ? LITERAL_ALIASES[word] : void 0;
    if (alias !== void 0) return { length: word.length, message: `${word} is not a JSON value (expected ${want})`, hint: alias };
    return {
      length: word.length,
      message: `unquoted text ${word} where JSON expects ${want}: strings need double quotes`,
      hint: `write ${q(word)}`
    };
  }
  if (c === 43) return { message: `'+' before a number: JSON numbers take no '+' sign (expected ${want})`, hint: "delete the '+'" };
  if (c === 46) {
    const digits = wordAt(text, offset);
    return { length: digits.length, message: `number starting with '.' (${digits}): JSON numbers need a digit before the decimal point`, hint: `write 0${digits}` };
  }
  if (isClose && prevChar === 58 && !isKey) {
    return { message: `${found} where JSON expects ${want}`, hint: "write the value after the colon" };
  }
  return { message: `unexpected ${found}: expected ${want}`, hint: 'write a value: "text" in double quotes, a number, true, false, null, an object {...} or an array [...]' };
}
var LITERAL_ALIASES = {
  True: "write true (JSON literals are lowercase)",
  TRUE: "write true (JSON literals are lowercase)",
  False: "write false (JSON literals are lowercase)",
  FALSE: "write false (JSON literals are lowercase)",
  Null: "write null (JSON literals are lowercase)",
  NULL: "write null (JSON literals are lowercase)",
  None: "write null",
  nil: "write null",
  undefined: "write null, or leave the property out",
  NaN: "JSON numbers are finite: write a number, or null",
  Infinity: "JSON numbers are finite: write a number, or null"
};
function extraDataMistake(text, offset, rootStart, found, prev) {
  const c = text.charCodeAt(offset);
  const endLine = lineOf(text, prev);
  const ended = `the document that starts at ${at(text, rootStart)} ended at line ${endLine}`;
  if (c === 44) {
    return {
      message: `extra ',' after the end of the JSON document (${ended})`,
      hint: "delete the ','; a file holds exactly one JSON value (a comma here is often left over from copying one item out of a list)"
    };
  }
  if (c === 125 || c === 93) {
    const ch = String.fromCharCode(c);
    return {
      message: `extra '${ch}' after the end of the JSON document (${ended}): one '${ch}' too many`,
      hint: `delete this '${ch}', or find the '${c === 125 ? "{" : "["}' it was meant to close`
    };
  }
  if (c === 123 || c === 91) {
    const sameStart = text.charCodeAt(rootStart) === c;
    return {
      message: `extra data after the end of the JSON document (${ended}): a second ${c === 123 ? "object" : "array"} starts here${sameStart ? " (is the document pasted more than once?)" : ""}`,
      hint: `a file holds exactly one JSON document: keep one and delete the rest from line ${lineOf(text, offset)}, or put the statements into one "Statement" array`
    };
  }
  return {
    message: `extra data after the end of the JSON document (${ended}): found ${found}`,
    hint: `a file holds exactly one JSON document: delete everything after line ${endLine}`
  };
}

// src/core/json-ast/nodes.ts
var LineStarts = class {
  starts;
  constructor(first) {
    this.starts = [first];
  }
  /**
   * Line and column (both from 1) of an offset: the last line starting at or
   * before it. The parser records a line's start after its whole break
   * (CRLF, LF or a lone CR), so the LF of a CRLF stands on the CR's line.
   */
  positionOf(offset) {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: Math.max(1, offset - starts[low] + 1), offset };
  }
  spanOf(from, to) {
    return { start: this.positionOf(from), end: this.positionOf(to) };
  }
};
var ParsedNode = class {
  constructor(kind, value, raw, members, items, from, to, lines) {
    this.kind = kind;
    this.value = value;
    this.raw = raw;
    this.members = members;
    this.items = items;
    this.from = from;
    this.to = to;
    this.lines = lines;
  }
  get span() {
    return this.lines.spanOf(this.from, this.to);
  }
};
var stringNode = (value, from, to, lines) => new ParsedNode("string", value, void 0, void 0, void 0, from, to, lines);
var numberNode = (value, raw, from, to, lines) => new ParsedNode("number", value, raw, void 0, void 0, from, to, lines);
var booleanNode = (value, from, to, lines) => new ParsedNode("boolean", value, void 0, void 0, void 0, from, to, lines);
var nullNode = (from, to, lines) => new ParsedNode("null", void 0, void 0, void 0, void 0, from, to, lines);
var objectNode = (members, from, to, lines) => new ParsedNode("object", void 0, void 0, members, void 0, from, to, lines);
var arrayNode = (items, from, to, lines) => new ParsedNode("array", void 0, void 0, void 0, items, from, to, lines);
var MemberNode = class {
  constructor(key, value) {
    this.key = key;
    this.value = value;
  }
  get span() {
    return { start: this.key.span.start, end: this.value.span.end };
  }
};

// src/core/json-ast/code-units.ts
import { endianness } from "node:os";
function codeUnitsOf(text) {
  const need = text.length + 1;
  if (need > shared.length && need <= SHARED_UNITS) {
    shared = new Uint16Array(Math.min(SHARED_UNITS, Math.max(need, 2 * shared.length, 1 << 14)));
    sharedBytes = Buffer.from(shared.buffer);
  }
  const units2 = need <= shared.length ? shared : new Uint16Array(need);
  if (LITTLE_ENDIAN) {
    ;
    (units2 === shared ? sharedBytes : Buffer.from(units2.buffer)).write(text, 0, "utf16le");
  } else {
    for (let i = 0; i < text.length; i++) units2[i] = text.charCodeAt(i);
  }
  units2[text.length] = 0;
  return units2;
}
var SHARED_UNITS = 1 << 20;
var LITTLE_ENDIAN = endianness() === "LE";
var shared = new Uint16Array(0);
var sharedBytes = Buffer.alloc(0);

// src/core/json-ast/parse.ts
var MAX_DEPTH = 1e3;
var SyntaxStop = class {
  constructor(offset, message, hint, length) {
    this.offset = offset;
    this.message = message;
    this.hint = hint;
    this.length = length;
  }
  offset;
  message;
  hint;
  length;
};
function codePointWidth(text, offset) {
  if (offset >= text.length) return 0;
  const high = text.charCodeAt(offset);
  const low = text.charCodeAt(offset + 1);
  return high >= 55296 && high <= 56319 && low >= 56320 && low <= 57343 ? 2 : 1;
}
var Parser = class {
  /**
   * leadingOnly: stop after the first complete value and leave what follows
   * unread (the tolerant parse keeps the first of several documents); the
   * strict parse reads to the end.
   */
  constructor(text, leadingOnly = false) {
    this.text = text;
    this.leadingOnly = leadingOnly;
    this.len = text.length;
    this.codes = codeUnitsOf(text);
    this.pos = text.charCodeAt(0) === 65279 /* ByteOrderMark */ ? 1 : 0;
    this.lines = new LineStarts(this.pos);
  }
  text;
  leadingOnly;
  pos;
  lines;
  len;
  /** The text's code units, then a 0 (./code-units.ts): what the busy loops read, for speed; the text is sliced for values. */
  codes;
  duplicates = [];
  parseDocument() {
    const c = this.skipSpace();
    if (this.pos >= this.len) {
      throw new SyntaxStop(
        this.pos,
        "the file is empty (or only whitespace): expected a JSON document",
        'write the policy as one JSON object, e.g. {"Version": "2012-10-17", "Statement": [...]}'
      );
    }
    const root = this.parseValue(c, 0, 0, void 0, -1);
    this.skipSpace();
    if (this.pos < this.len && !this.leadingOnly) this.fail(this.pos, { where: "end", rootStart: root.from });
    return root;
  }
  /** The offset of the first character not read: the text's length when the whole text was one document. */
  get stoppedAt() {
    return this.pos;
  }
  /**
   * Skips JSON whitespace, recording where lines start; returns the char code
   * at the new position (NaN at the end). It reads the code units
   * (./code-units.ts), never past the text's end.
   */
  skipSpace() {
    const codes = this.codes;
    let p = this.pos;
    for (; ; ) {
      let c = codes[p];
      while (c === 32 /* Space */ || c === 9 /* Tab */) c = codes[++p];
      if (c === 10 /* LineFeed */) {
        this.lines.starts.push(++p);
      } else if (c === 13 /* CarriageReturn */) {
        if (codes[++p] === 10 /* LineFeed */) p++;
        this.lines.starts.push(p);
      } else {
        this.pos = p;
        return p < this.len ? c : NaN;
      }
    }
  }
  fail(offset, expectation) {
    const { message, hint, length } = mistakeAt(this.text, offset, expectation);
    throw new SyntaxStop(offset, message, hint, length);
  }
  /**
   * Parses the value starting with char code c at this.pos (whitespace already
   * skipped). where/label/open only serve the error message: what holds the
   * value (0 the document, 1 an array, 2 an object member), the member's key
   * and the offset of the enclosing '[' or '{'.
   */
  parseValue(c, depth, where, label, open) {
    switch (c) {
      case 34 /* Quote */:
        return this.parseString();
      // a container is named after its member's key; an array's elements are not
      case 123 /* OpenBrace */:
        return this.parseObject(depth + 1, where === 2 ? label : void 0);
      case 91 /* OpenBracket */:
        return this.parseArray(depth + 1, where === 2 ? label : void 0);
      case 116 /* LowerT */:
        return this.parseLiteral("true");
      case 102 /* LowerF */:
        return this.parseLiteral("false");
      case 110 /* LowerN */:
        return this.parseLiteral("null");
      default:
        if (c === 45 /* Minus */ || c >= 48 /* Zero */ && c <= 57 /* Nine */) return this.parseNumber();
        return this.fail(
          this.pos,
          where === 0 ? { where: "value" } : where === 1 ? { where: "element", open, label } : { where: "member-value", open, key: label ?? "" }
        );
    }
  }
  parseObject(depth, label) {
    const open = this.pos;
    if (depth > MAX_DEPTH) this.tooDeep();
    this.pos++;
    const members = [];
    let c = this.skipSpace();
    if (c !== 125 /* CloseBrace */) {
      for (; ; ) {
        if (c !== 34 /* Quote */) this.fail(this.pos, { where: "key", open, label });
        const key = this.parseString();
        c = this.skipSpace();
        if (c !== 58 /* Colon */) this.fail(this.pos, { where: "colon", key: key.value, keyStart: key.from });
        this.pos++;
        c = this.skipSpace();
        const value = this.parseValue(c, depth, 2, key.value, open);
        members.push(new MemberNode(key, value));
        c = this.skipSpace();
        if (c === 44 /* Comma */) {
          this.pos++;
          c = this.skipSpace();
          continue;
        }
        if (c === 125 /* CloseBrace */) break;
        this.fail(this.pos, { where: "after-member", open, label });
      }
    }
    this.pos++;
    const node = objectNode(members, open, this.pos, this.lines);
    if (members.length > 1) this.collectDuplicates(members);
    return node;
  }
  parseArray(depth, label) {
    const open = this.pos;
    if (depth > MAX_DEPTH) this.tooDeep();
    this.pos++;
    const items = [];
    let c = this.skipSpace();
    if (c !== 93 /* CloseBracket */) {
      for (; ; ) {
        items.push(this.parseValue(c, depth, 1, label, open));
        c = this.skipSpace();
        if (c === 44 /* Comma */) {
          this.pos++;
          c = this.skipSpace();
          continue;
        }
        if (c === 93 /* CloseBracket */) break;
        this.fail(this.pos, { where: "after-element", open, label });
      }
    }
    this.pos++;
    return arrayNode(items, open, this.pos, this.lines);
  }
  tooDeep() {
    throw new SyntaxStop(
      this.pos,
      `nesting deeper than ${MAX_DEPTH} levels of objects and arrays`,
      'a policy is a few levels deep; check for a runaway run of "[" or "{"'
    );
  }
  parseString() {
    const text = this.text;
    const startOffset = this.pos;
    let p = startOffset + 1;
    const codes = this.codes;
    let c = codes[p];
    while (c !== 34 /* Quote */) {
      if (c === 92 /* Backslash */ || c < 32 /* Space */) break;
      c = codes[++p];
    }
    let value;
    if (c === 34 /* Quote */) {
      value = p - startOffset - 1 < OWN_COPY_LENGTH ? text.slice(startOffset + 1, p) : ownCopy(text, startOffset, p);
    } else {
      const r = this.parseStringSlow(startOffset, p);
      value = r.value;
      p = r.end;
    }
    this.pos = p + 1;
    return stringNode(value, startOffset, p + 1, this.lines);
  }
  /**
   * Strings with escapes (or errors); p is the first char that stopped the
   * fast path. Checks every escape, then decodes the string as JSON.parse
   * does, into storage of its own (ownCopy): a value joined from the pieces
   * between the escapes would be views into the whole text. Returns the
   * offset of the closing quote.
   */
  parseStringSlow(startOffset, p) {
    const text = this.text;
    for (; ; ) {
      const c = text.charCodeAt(p);
      if (c === 34 /* Quote */) return { value: ownCopy(text, startOffset, p), end: p };
      if (c === 92 /* Backslash */) {
        const e = text.charCodeAt(p + 1);
        if (e === 117) {
          for (let i = p + 2; i < p + 6; i++) {
            if (!isHexDigit(text.charCodeAt(i))) this.fail(i, { where: "unicode-escape", stringStart: startOffset, escapeAt: p });
          }
          p += 6;
          continue;
        }
        if (!SIMPLE_ESCAPES.has(e)) this.fail(p + 1, { where: "escape", stringStart: startOffset });
        p += 2;
        continue;
      }
      if (c < 32 /* Space */ || c !== c) this.fail(p, { where: "string", stringStart: startOffset });
      p++;
    }
  }
  parseNumber() {
    const text = this.text;
    const startOffset = this.pos;
    let p = startOffset;
    let c = text.charCodeAt(p);
    if (c === 45 /* Minus */) c = text.charCodeAt(++p);
    if (c === 48 /* Zero */) {
      c = text.charCodeAt(++p);
      if (c >= 48 /* Zero */ && c <= 57 /* Nine */) this.fail(p, { where: "number", numberStart: startOffset, problem: "leading-zero" });
    } else if (c >= 48 /* Zero */ && c <= 57 /* Nine */) {
      do
        c = text.charCodeAt(++p);
      while (c >= 48 /* Zero */ && c <= 57 /* Nine */);
    } else {
      this.fail(p, { where: "number", numberStart: startOffset, problem: "no-digits" });
    }
    if (c === 46 /* Dot */) {
      c = text.charCodeAt(++p);
      if (!(c >= 48 /* Zero */ && c <= 57 /* Nine */)) this.fail(p, { where: "number", numberStart: startOffset, problem: "fraction" });
      do
        c = text.charCodeAt(++p);
      while (c >= 48 /* Zero */ && c <= 57 /* Nine */);
    }
    if (c === 101 /* LowerE */ || c === 69 /* UpperE */) {
      c = text.charCodeAt(++p);
      if (c === 43 /* Plus */ || c === 45 /* Minus */) c = text.charCodeAt(++p);
      if (!(c >= 48 /* Zero */ && c <= 57 /* Nine */)) this.fail(p, { where: "number", numberStart: startOffset, problem: "exponent" });
      do
        c = text.charCodeAt(++p);
      while (c >= 48 /* Zero */ && c <= 57 /* Nine */);
    }
    const raw = text.slice(startOffset, p);
    this.pos = p;
    return numberNode(+raw, raw, startOffset, p, this.lines);
  }
  parseLiteral(word) {
    const text = this.text;
    const startOffset = this.pos;
    for (let i = 1; i < word.length; i++) {
      if (text.charCodeAt(startOffset + i) !== word.charCodeAt(i)) {
        this.fail(startOffset + i, { where: "literal", word, wordStart: startOffset });
      }
    }
    const p = startOffset + word.length;
    this.pos = p;
    if (word === "null") return nullNode(startOffset, p, this.lines);
    return booleanNode(word === "true", startOffset, p, this.lines);
  }
  collectDuplicates(members) {
    const n = members.length;
    if (n <= 16) {
      for (let j = 1; j < n; j++) {
        const key = members[j].key;
        for (let i = 0; i < j; i++) {
          if (members[i].key.value === key.value) {
            this.duplicates.push({ key: key.value, first: members[i].key, repeated: key, firstValue: members[i].value, repeatedValue: members[j].value });
            break;
          }
        }
      }
      return;
    }
    const seen = /* @__PURE__ */ new Map();
    for (const member of members) {
      const key = member.key;
      const first = seen.get(key.value);
      if (first === void 0) seen.set(key.value, member);
      else this.duplicates.push({ key: key.value, first: first.key, repeated: key, firstValue: first.value, repeatedValue: member.value });
    }
  }
};
var OWN_COPY_LENGTH = 13;
function ownCopy(text, open, close) {
  return JSON.parse(text.slice(open, close + 1));
}
var SIMPLE_ESCAPES = /* @__PURE__ */ new Set([34 /* Quote */, 92 /* Backslash */, 47 /* Slash */, 98, 102 /* LowerF */, 110 /* LowerN */, 114, 116 /* LowerT */]);
function isHexDigit(c) {
  const lower = c | 32;
  return c >= 48 /* Zero */ && c <= 57 /* Nine */ || lower >= 97 && lower <= 102 /* LowerF */;
}
function parseJson(text) {
  return run(new Parser(text), text);
}
function parseLeadingJson(text) {
  const parser = new Parser(text, true);
  const outcome = run(parser, text);
  return outcome.ok ? { ...outcome, restAt: parser.stoppedAt } : outcome;
}
function run(parser, text) {
  try {
    const root = parser.parseDocument();
    const duplicateKeys = parser.duplicates;
    if (duplicateKeys.length > 1) duplicateKeys.sort((a, b) => a.repeated.from - b.repeated.from);
    return { ok: true, root, duplicateKeys };
  } catch (e) {
    if (!(e instanceof SyntaxStop)) throw e;
    const end = Math.min(text.length, e.offset + (e.length ?? codePointWidth(text, e.offset)));
    const [position, endPosition] = positionsOf(text, [e.offset, end]);
    return { ok: false, error: { position, end: endPosition, message: e.message, hint: e.hint } };
  }
}
function sameJsonValue(a, b) {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "string":
    case "boolean":
      return a.value === b.value;
    case "number":
      return a.value === b.value;
    case "null":
      return true;
    case "array": {
      const items = b.items;
      return a.items.length === items.length && a.items.every((x, i) => sameJsonValue(x, items[i]));
    }
    case "object": {
      const members = b.members;
      if (a.members.length !== members.length) return false;
      const byKey = /* @__PURE__ */ new Map();
      for (const m of members) {
        const list = byKey.get(m.key.value);
        if (list) list.push(m.value);
        else byKey.set(m.key.value, [m.value]);
      }
      const taken = /* @__PURE__ */ new Map();
      return a.members.every((m) => {
        const n = taken.get(m.key.value) ?? 0;
        taken.set(m.key.value, n + 1);
        const other = byKey.get(m.key.value)?.[n];
        return other !== void 0 && sameJsonValue(m.value, other);
      });
    }
  }
}
function toValue(node, numberOf = numberValue) {
  switch (node.kind) {
    case "object": {
      const out = {};
      for (const { key, value } of node.members) {
        if (key.value === "__proto__") {
          Object.defineProperty(out, "__proto__", { value: toValue(value, numberOf), writable: true, enumerable: true, configurable: true });
        } else {
          out[key.value] = toValue(value, numberOf);
        }
      }
      return out;
    }
    case "array":
      return node.items.map((item) => toValue(item, numberOf));
    case "null":
      return null;
    case "number":
      return numberOf(node);
    default:
      return node.value;
  }
}
var numberValue = (node) => node.value;
function memberNamed(obj, key) {
  const members = obj.members;
  for (let i = members.length - 1; i >= 0; i--) {
    if (members[i].key.value === key) return members[i];
  }
  return void 0;
}

// src/core/iam/normalise.ts
function keyedByPolicy() {
  return /* @__PURE__ */ Object.create(null);
}
var NumberText = class {
  constructor(text) {
    this.text = text;
  }
  text;
};
function documentValues(root) {
  let otherText = false;
  const value = toValue(root, (n) => {
    if (!sameNumberText(n)) otherText = true;
    return n.value;
  });
  return { value, policyValue: otherText ? toValue(root, (n) => sameNumberText(n) ? n.value : new NumberText(n.raw)) : value };
}
var sameNumberText = (n) => String(n.value) === n.raw;
var scalarText = (x) => {
  if (typeof x === "string") return x;
  if (typeof x === "boolean" || typeof x === "number") return String(x);
  if (x instanceof NumberText) return x.text;
  return void 0;
};
var asList = (v) => {
  if (typeof v === "string") return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  const one = scalarText(v);
  if (one !== void 0) return [one];
  if (!Array.isArray(v)) return void 0;
  const texts = [];
  for (const x of v) {
    const text = scalarText(x);
    if (text === void 0) return void 0;
    texts.push(text);
  }
  return texts;
};
function principalMap(v) {
  if (v === "*") return { AWS: ["*"] };
  if (v === null || typeof v !== "object" || Array.isArray(v)) return void 0;
  const out = keyedByPolicy();
  for (const [type, value] of Object.entries(v)) {
    const list = asList(value);
    if (list) out[type] = list;
  }
  return out;
}
function conditionMap(v) {
  const out = keyedByPolicy();
  if (v === null || typeof v !== "object" || Array.isArray(v)) return out;
  for (const [operator, block] of Object.entries(v)) {
    if (block === null || typeof block !== "object" || Array.isArray(block)) continue;
    const keys = keyedByPolicy();
    for (const [key, value] of Object.entries(block)) {
      const list = asList(value);
      if (list) keys[key] = list;
    }
    out[operator] = keys;
  }
  return out;
}
function normalisePolicy(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return void 0;
  const doc = value;
  const raw = doc.Statement;
  if (raw === void 0) return void 0;
  const list = Array.isArray(raw) ? raw : [raw];
  const statements = [];
  list.forEach((s, index) => {
    if (s === null || typeof s !== "object" || Array.isArray(s)) return;
    const st = s;
    if (st.Effect !== "Allow" && st.Effect !== "Deny") return;
    const n = { index, effect: st.Effect, condition: conditionMap(st.Condition) };
    if (typeof st.Sid === "string") n.sid = st.Sid;
    const set = (key, from) => {
      const l = asList(from);
      if (l) n[key] = l;
    };
    set("action", st.Action);
    set("notAction", st.NotAction);
    set("resource", st.Resource);
    set("notResource", st.NotResource);
    const p = principalMap(st.Principal);
    if (p) n.principal = p;
    const np = principalMap(st.NotPrincipal);
    if (np) n.notPrincipal = np;
    statements.push(n);
  });
  return { version: typeof doc.Version === "string" ? doc.Version : void 0, statements };
}

// src/core/memo-key.ts
var MEMO_KEY_LIMIT = 512;
function memorable(key, limit = MEMO_KEY_LIMIT) {
  return key.length <= limit;
}

// src/core/iam/wildcard.ts
function hasWildcard(text) {
  return text.includes("*") || text.includes("?");
}
var LITERAL_STAR = "\uFDD0";
var LITERAL_QUESTION = "\uFDD1";
function literalMark(character) {
  return character === "*" ? LITERAL_STAR : character === "?" ? LITERAL_QUESTION : character;
}
function withLiteralMarks(value) {
  return value.replace(/\*/g, LITERAL_STAR).replace(/\?/g, LITERAL_QUESTION);
}
function hasLiteralMarks(pattern) {
  return pattern.includes(LITERAL_STAR) || pattern.includes(LITERAL_QUESTION);
}
var steps = 0;
function segmentAt(segment, value, at2) {
  if (at2 < 0 || at2 + segment.length > value.length) return false;
  steps += segment.length;
  for (let k = 0; k < segment.length; k++) {
    const c = segment.charCodeAt(k);
    if (c !== 63 && c !== value.charCodeAt(at2 + k)) return false;
  }
  return true;
}
function findSegment(segment, value, from, end) {
  const last = end - segment.length;
  if (last < from) return -1;
  if (!segment.includes("?")) {
    steps++;
    const at2 = value.indexOf(segment, from);
    return at2 !== -1 && at2 <= last ? at2 : -1;
  }
  let lead = 0;
  while (lead < segment.length && segment.charCodeAt(lead) === 63) lead++;
  if (lead === segment.length) return from;
  const anchor = segment[lead];
  for (let at2 = from; at2 <= last; ) {
    steps++;
    const hit = value.indexOf(anchor, at2 + lead);
    if (hit === -1 || hit - lead > last) return -1;
    if (segmentAt(segment, value, hit - lead)) return hit - lead;
    at2 = hit - lead + 1;
  }
  return -1;
}
function globMatches(pattern, value) {
  const segments = pattern.split("*");
  steps += segments.length;
  if (segments.length === 1) return pattern.length === value.length && segmentAt(pattern, value, 0);
  const first = segments[0];
  const final = segments[segments.length - 1];
  if (first.length + final.length > value.length) return false;
  if (!segmentAt(first, value, 0) || !segmentAt(final, value, value.length - final.length)) return false;
  const end = value.length - final.length;
  let pos = first.length;
  for (let i = 1; i < segments.length - 1; i++) {
    const segment = segments[i];
    if (segment === "") continue;
    const at2 = findSegment(segment, value, pos, end);
    if (at2 === -1) return false;
    pos = at2 + segment.length;
  }
  return true;
}
function matchesWildcard(pattern, value, caseInsensitive = false) {
  if (pattern === "*") return true;
  if (hasLiteralMarks(pattern)) value = withLiteralMarks(value);
  if (caseInsensitive) {
    pattern = pattern.toLowerCase();
    value = value.toLowerCase();
  }
  if (!hasWildcard(pattern)) return pattern === value;
  return globMatches(pattern, value);
}
function actionMatches(pattern, action) {
  return matchesWildcard(pattern, action, true);
}
function arnMatches(pattern, arn, arnParts = splitArn(arn)) {
  if (pattern === "*") return true;
  const p = splitArn(pattern);
  const a = arnParts;
  if (!p || !a) return matchesWildcard(pattern, arn);
  for (let i = 0; i < 6; i++) if (!matchesWildcard(p[i], a[i])) return false;
  return true;
}
function splitArn(arn) {
  const parts = arn.split(":");
  if (parts.length < 6) return void 0;
  return [parts[0], parts[1], parts[2], parts[3], parts[4], parts.slice(5).join(":")];
}
var PATTERN_PAIR_BUDGET = 1 << 22;
function overBudget(a, b) {
  return (a.length + 1) * (b.length + 1) > PATTERN_PAIR_BUDGET;
}
function tokens(pattern, caseInsensitive) {
  const text = caseInsensitive ? pattern.toLowerCase() : pattern;
  const out = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== "*" && c !== "?") {
      out.push(c);
      i++;
      continue;
    }
    let questions = 0;
    let star = false;
    while (i < text.length && (text[i] === "*" || text[i] === "?")) {
      if (text[i] === "?") questions++;
      else star = true;
      i++;
    }
    for (let q2 = 0; q2 < questions; q2++) out.push("?");
    if (star) out.push("*");
  }
  return out;
}
var MEMO_ENTRIES = 2e5;
var coverMemo = {
  exact: { rows: /* @__PURE__ */ new Map(), entries: 0 },
  anyCase: { rows: /* @__PURE__ */ new Map(), entries: 0 },
  arn: { rows: /* @__PURE__ */ new Map(), entries: 0 }
};
function remembered(memo, general, specific, work) {
  let row = memo.rows.get(general);
  const known = row?.get(specific);
  if (known !== void 0) return known;
  const answer = work();
  if (!memorable(general) || !memorable(specific)) return answer;
  if (memo.entries >= MEMO_ENTRIES) {
    memo.rows.clear();
    memo.entries = 0;
    row = void 0;
  }
  if (!row) {
    row = /* @__PURE__ */ new Map();
    memo.rows.set(general, row);
  }
  row.set(specific, answer);
  memo.entries++;
  return answer;
}
function patternCovers(general, specific, caseInsensitive = false) {
  if (general === "*" || general === specific) return true;
  if (!hasWildcard(general)) return caseInsensitive && general.toLowerCase() === specific.toLowerCase();
  if (overBudget(general, specific)) return false;
  return remembered(
    caseInsensitive ? coverMemo.anyCase : coverMemo.exact,
    general,
    specific,
    () => coversTokens(tokens(general, caseInsensitive), tokens(specific, caseInsensitive))
  );
}
function units(g) {
  const out = [];
  for (const t of g) {
    if (t !== "*" && t !== "?") {
      out.push(t);
      continue;
    }
    const last = out[out.length - 1];
    const run2 = typeof last === "object" ? last : { min: 0, star: false };
    if (run2 !== last) out.push(run2);
    if (t === "?") run2.min++;
    else run2.star = true;
  }
  return out;
}
function coversTokens(general, s) {
  const g = units(general);
  const m = s.length;
  steps += g.length * (m + 1);
  const solid = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) solid[j + 1] = solid[j] + (s[j] === "*" ? 0 : 1);
  let next = new Uint8Array(m + 1);
  let cur = new Uint8Array(m + 1);
  const anyFrom = new Uint8Array(m + 2);
  next[m] = 1;
  for (let i = g.length - 1; i >= 0; i--) {
    const u = g[i];
    cur.fill(0);
    if (typeof u === "string") {
      for (let j = 0; j < m; j++) if (s[j] === u) cur[j] = next[j + 1];
    } else if (!u.star) {
      for (let j = 0; j + u.min <= m; j++) if (solid[j + u.min] - solid[j] === u.min) cur[j] = next[j + u.min];
    } else {
      anyFrom[m + 1] = 0;
      for (let j = m; j >= 0; j--) anyFrom[j] = next[j] || anyFrom[j + 1] ? 1 : 0;
      let end = 0;
      for (let j = 0; j <= m; j++) {
        if (end < j) end = j;
        while (end <= m && solid[end] - solid[j] < u.min) end++;
        if (end <= m) cur[j] = anyFrom[end];
      }
    }
    ;
    [next, cur] = [cur, next];
  }
  return next[0] === 1;
}
function patternsOverlap(a, b, caseInsensitive = false) {
  if (a === "*" || b === "*" || a === b) return true;
  if (overBudget(a, b)) return true;
  const p = tokens(a, caseInsensitive);
  const q2 = tokens(b, caseInsensitive);
  const width = q2.length + 1;
  const seen = new Uint8Array((p.length + 1) * width);
  const stack = [0];
  seen[0] = 1;
  const push = (i, j) => {
    const k = i * width + j;
    if (!seen[k]) {
      seen[k] = 1;
      stack.push(k);
    }
  };
  while (stack.length > 0) {
    const k = stack.pop();
    steps++;
    const i = Math.floor(k / width);
    const j = k % width;
    if (i === p.length && j === q2.length) return true;
    if (i < p.length && p[i] === "*") push(i + 1, j);
    if (j < q2.length && q2[j] === "*") push(i, j + 1);
    if (i < p.length && j < q2.length) {
      const x = p[i];
      const y = q2[j];
      const wildX = x === "*" || x === "?";
      const wildY = y === "*" || y === "?";
      if (wildX || wildY || x === y) push(x === "*" ? i : i + 1, y === "*" ? j : j + 1);
    }
  }
  return false;
}
function arnPatternCovers(general, specific) {
  if (general === "*" || general === specific) return true;
  if (!hasWildcard(general)) return false;
  return remembered(coverMemo.arn, general, specific, () => {
    const g = splitArn(general);
    const s = splitArn(specific);
    if (g && s) return g.every((part, i) => patternCovers(part, s[i]));
    if (g && !s) return false;
    return patternCovers(general, specific);
  });
}
function arnPatternsOverlap(a, b) {
  if (a === "*" || b === "*" || a === b) return true;
  const p = splitArn(a);
  const q2 = splitArn(b);
  if (p && q2) {
    for (let i = 0; i < 6; i++) if (!patternsOverlap(p[i], q2[i])) return false;
    return true;
  }
  return patternsOverlap(a, b);
}

// src/core/once-per-object.ts
function oncePerObject(compute) {
  const answers = /* @__PURE__ */ new WeakMap();
  return (key) => {
    let answer = answers.get(key);
    if (answer === void 0 && !answers.has(key)) {
      answer = compute(key);
      answers.set(key, answer);
    }
    return answer;
  };
}

// src/core/iam/arn.ts
function roleArn(partition, account, path, name) {
  return `arn:${partition}:iam::${account}:role${path}${name}`;
}
function userArn(partition, account, name, path = "/") {
  return `arn:${partition}:iam::${account}:user${path}${name}`;
}
function accountRootArn(partition, account) {
  return `arn:${partition}:iam::${account}:root`;
}
var ROOT_ARN = /^arn:([^:]+):iam::(\d{12}):root$/;
var ACCOUNT_ID = /^\d{12}$/;
function isAccountId(text) {
  return ACCOUNT_ID.test(text);
}
function wholeAccountOf(value) {
  if (isAccountId(value)) return { account: value };
  const m = value.endsWith(":root") ? ROOT_ARN.exec(value) : null;
  return m ? { account: m[2], partition: m[1] } : void 0;
}
var OWNER_ACCOUNT_WORDS = /* @__PURE__ */ new Set(["aws", "partner"]);
function kmsKeyWildcardArn(partition, region, account) {
  return `arn:${partition}:kms:${region}:${account}:key/*`;
}
function s3BucketArn(partition, bucket) {
  return `arn:${partition}:s3:::${bucket}`;
}
function s3ObjectsArn(partition, bucket, prefix) {
  return `arn:${partition}:s3:::${bucket}/${prefix}*`;
}
function redshiftClusterArn(partition, region, account, type, cluster, name) {
  return type === "cluster" ? `arn:${partition}:redshift:${region}:${account}:cluster:${cluster}` : `arn:${partition}:redshift:${region}:${account}:${type}:${cluster}/${name ?? ""}`;
}
function redshiftWorkgroupArn(partition, region, account, workgroupId) {
  return `arn:${partition}:redshift-serverless:${region}:${account}:workgroup/${workgroupId}`;
}
function principalTypesOf(service) {
  return PRINCIPAL_TYPES.get(service);
}
var PRINCIPAL_TYPES = /* @__PURE__ */ new Map([
  ["iam", /* @__PURE__ */ new Set(["user", "role", "root"])],
  ["sts", /* @__PURE__ */ new Set(["assumed-role", "federated-user"])]
]);

// src/core/iam/policy.ts
var POLICY_VERSION = "2012-10-17";
var ROLE_INLINE_POLICIES_MAX = 10240;

// src/core/iam/variables.ts
function parsePolicyVariable(inner) {
  if (inner === "*" || inner === "?" || inner === "$") return { character: inner };
  const comma = inner.indexOf(",");
  const key = comma === -1 ? inner : inner.slice(0, comma).trimEnd();
  if (key === "" || /[\s,']/.test(key)) return void 0;
  if (comma === -1) return { key };
  const quoted = inner.slice(comma + 1).trim();
  if (quoted.length < 2 || !quoted.startsWith("'") || quoted.indexOf("'", 1) !== quoted.length - 1) return void 0;
  return { key, fallback: quoted.slice(1, -1) };
}
function readsPolicyVariables(version) {
  return version === POLICY_VERSION;
}
function variablesAsText(value) {
  return value.includes("${") ? value.split("${").join("${$}{") : value;
}
function statementWithVariablesAsText(s) {
  const out = { ...s, condition: keyedByPolicy() };
  if (s.resource) out.resource = s.resource.map(variablesAsText);
  if (s.notResource) out.notResource = s.notResource.map(variablesAsText);
  for (const [operator, keys] of Object.entries(s.condition)) {
    const texts = keyedByPolicy();
    for (const [key, values] of Object.entries(keys)) texts[key] = values.map(variablesAsText);
    out.condition[operator] = texts;
  }
  return out;
}
function statementsAsRead(policy) {
  return readsPolicyVariables(policy.version) ? policy.statements : policy.statements.map(statementWithVariablesAsText);
}
var closeSearch = 0;
function splitAtBraces(text, variablesOnly = false) {
  const pieces = [];
  let from = 0;
  let at2 = 0;
  for (; ; ) {
    const open = text.indexOf("${", at2);
    if (open === -1) break;
    if (variablesOnly && text.charCodeAt(open + 3) === 125 && "*?$".includes(text.charAt(open + 2))) {
      at2 = open + 1;
      continue;
    }
    const close = text.indexOf("}", open + 2);
    closeSearch += (close === -1 ? text.length : close + 1) - (open + 2);
    if (close === -1) break;
    pieces.push(text.slice(from, open), text.slice(open, close + 1));
    from = at2 = close + 1;
  }
  pieces.push(text.slice(from));
  return pieces;
}
function replaceBraces(text, replace, variablesOnly = false) {
  if (!text.includes("${")) return text;
  const pieces = splitAtBraces(text, variablesOnly);
  for (let i = 1; i < pieces.length; i += 2) pieces[i] = replace(pieces[i].slice(2, -1), pieces[i]);
  return pieces.join("");
}
function bracesOf(text, variablesOnly = false) {
  if (!text.includes("${")) return [];
  return splitAtBraces(text, variablesOnly).filter((_, i) => i % 2 === 1);
}

// src/core/iam/service-principal.ts
var ON_SERVICE_DOMAIN = /^[a-z0-9][a-z0-9.-]*\.(amazonaws\.com|amazonaws\.com\.cn|amazon\.com|c2s\.ic\.gov|sc2s\.sgov\.gov)$/i;
function onServicePrincipalDomain(value) {
  return ON_SERVICE_DOMAIN.test(value);
}

// src/core/iam/region-name.ts
var REGION_NAME_SOURCE = "[a-z]{2,}(?:-[a-z]+)+-\\d{1,2}";
var REGION_NAME = new RegExp(`^${REGION_NAME_SOURCE}$`);
var AVAILABILITY_ZONE_NAME = new RegExp(`^${REGION_NAME_SOURCE}[a-z]$`);
var VIA_SERVICE_NAME = new RegExp(`^[a-z0-9-]+\\.${REGION_NAME_SOURCE}\\.amazonaws\\.com$`);
var REGION_NAME_AT = new RegExp(REGION_NAME_SOURCE, "y");
function isRegionNameAt(text, start, end) {
  REGION_NAME_AT.lastIndex = start;
  return REGION_NAME_AT.test(text) && REGION_NAME_AT.lastIndex === end;
}

// src/core/iam/value-forms.ts
function valueFamilyOf(base) {
  if (base.startsWith("Numeric")) return "Numeric";
  if (base.startsWith("Date")) return "Date";
  if (base === "IpAddress" || base === "NotIpAddress") return "IpAddress";
  if (base === "Bool") return "Bool";
  return void 0;
}
var DECIMAL = /^-?\d+(\.\d+)?$/;
var NUMBER_LIKE = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
function numberNote(text) {
  if (text.trim() !== text) return "has white space around it";
  if (text.startsWith("+")) return "has a leading '+'";
  if (/[eE]/.test(text)) return "is in exponent notation";
  return "has a decimal point with no digit on one side";
}
function readNumber(text) {
  if (DECIMAL.test(text)) return { form: "documented", value: Number(text) };
  if (NUMBER_LIKE.test(text)) return { form: "undocumented", value: Number(text), note: numberNote(text) };
  return { form: "invalid", note: "is not a number" };
}
var EPOCH_SECONDS = /^\d+$/;
var EPOCH_LIKE = /^-?\d+(\.\d+)?$/;
var W3C_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-](\d{2}):(\d{2})))?)?)?$/;
var ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function calendarProblem(fields) {
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = fields.map((f) => f === void 0 ? 0 : Number(f));
  if (fields[1] !== void 0 && (month < 1 || month > 12)) return { problem: `has month ${month}` };
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (fields[2] !== void 0 && (day < 1 || day > days)) return { problem: `has day ${day} of a month with ${days}` };
  if (hour > 24 || hour === 24 && (minute > 0 || second > 0)) return { problem: `has hour ${hour}` };
  if (minute > 59) return { problem: `has minute ${minute}` };
  if (second > 60) return { problem: `has second ${second}` };
  if (offsetHours > 23 || offsetMinutes > 59) return { problem: "has a time-zone offset past 23:59" };
  if (hour === 24) return { overflow: "writes midnight as 24:00" };
  if (second === 60) return { overflow: "has a leap second" };
  return {};
}
var dateFields = (m) => [m[1], m[2], m[3], m[4], m[5], m[6], m[9], m[10]];
function readDate(text) {
  if (EPOCH_SECONDS.test(text)) return { form: "documented", value: Number(text) * 1e3 };
  if (EPOCH_LIKE.test(text)) return { form: "undocumented", value: Number(text) * 1e3, note: "is epoch time with a sign or a fraction of a second" };
  const w3c = W3C_DATE.exec(text);
  const iso = w3c ?? ISO_LIKE.exec(text);
  if (!iso) {
    const value2 = Date.parse(text);
    return Number.isNaN(value2) ? { form: "invalid", note: "is not an ISO 8601 date or epoch time" } : { form: "undocumented", value: value2, note: "is not in ISO 8601" };
  }
  const { problem, overflow } = calendarProblem(dateFields(iso));
  if (problem) return { form: "invalid", note: `is not a calendar date: it ${problem}` };
  const value = Date.parse(text);
  const read = Number.isNaN(value) ? {} : { value };
  if (overflow) return { form: "undocumented", ...read, note: overflow };
  if (w3c) {
    if (w3c[4] === void 0) return { form: "undocumented", ...read, note: "is a date with no time of day" };
    if ((w3c[7]?.length ?? 0) > 4) return { form: "undocumented", ...read, note: "has a fraction of a second finer than milliseconds" };
    return { form: "documented", ...read };
  }
  if (iso[4] !== void 0 && iso[8] === void 0) return { form: "undocumented", ...read, note: "has a time but no time zone (Z or +hh:mm)" };
  if (text.includes(" ")) return { form: "undocumented", ...read, note: "separates the date and the time with a space, not 'T'" };
  return { form: "undocumented", ...read, note: "writes its time-zone offset without a colon" };
}
function ipv4(text) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return void 0;
  const parts = m.slice(1).map(Number);
  if (parts.some((x) => x > 255)) return void 0;
  return parts.reduce((n, x) => n * 256n + BigInt(x), 0n);
}
function ipv6(s) {
  const text = s.toLowerCase();
  if (!text.includes(":") || text.length > 45) return void 0;
  const groups = text.split("::");
  if (groups.length > 2) return void 0;
  const side = (part, ending) => {
    if (part === "") return [];
    const out = [];
    const pieces = part.split(":");
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      if (ending && i === pieces.length - 1 && piece.includes(".")) {
        const v4 = ipv4(piece);
        if (v4 === void 0) return void 0;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else if (/^[0-9a-f]{1,4}$/.test(piece)) out.push(parseInt(piece, 16));
      else return void 0;
    }
    return out;
  };
  const head = side(groups[0], groups.length === 1);
  const tail = groups.length === 2 ? side(groups[1], true) : [];
  if (!head || !tail) return void 0;
  const missing = 8 - head.length - tail.length;
  if (groups.length === 2 ? missing < 1 : missing !== 0) return void 0;
  const all = [...head, ...new Array(missing).fill(0), ...tail];
  return all.reduce((n, x) => n * 65536n + BigInt(x), 0n);
}
function parseIp(s) {
  const text = s.trim();
  const v4 = ipv4(text);
  if (v4 !== void 0) return { family: 4, value: v4 };
  const v6 = ipv6(text);
  return v6 === void 0 ? void 0 : { family: 6, value: v6 };
}
function addressNote(value) {
  if (/\s/.test(value)) return "has white space in or around it";
  const slash = value.indexOf("/");
  const address = slash < 0 ? value : value.slice(0, slash);
  if (slash >= 0 && /^0\d/.test(value.slice(slash + 1))) return "has a prefix length with a leading zero";
  const dotted = address.includes(":") ? address.slice(address.lastIndexOf(":") + 1) : address;
  return dotted.split(".").some((part) => /^0\d/.test(part)) ? "has an IPv4 part with a leading zero" : void 0;
}
function cidrRange(text) {
  const slash = text.indexOf("/");
  const address = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!address) return void 0;
  const width = address.family === 4 ? 32 : 128;
  const bitsText = slash < 0 ? String(width) : text.slice(slash + 1).trim();
  if (!/^\d{1,3}$/.test(bitsText)) return void 0;
  const bits = Number(bitsText);
  if (bits > width) return void 0;
  const hostBits = BigInt(width - bits);
  const first = address.value >> hostBits << hostBits;
  const last = first + (1n << hostBits) - 1n;
  return { ...address, bits, first, last };
}
function bareIpv6Note(range, text) {
  return range.family === 6 && !text.includes("/") ? "is an IPv6 address with no prefix length, for which IAM documents the default prefix /32 (2^96 addresses, not the one a /128 names)" : void 0;
}
function bareIpv6WidestRange(text) {
  const reading = readAddressRange(text);
  if (reading.form !== "undocumented" || reading.value === void 0 || addressNote(text) !== void 0 || bareIpv6Note(reading.value, text) === void 0) return void 0;
  return cidrRange(`${text}/32`);
}
function readAddressRange(text) {
  const range = cidrRange(text);
  if (!range) return { form: "invalid", note: "is not an IP address or CIDR range" };
  const note = addressNote(text) ?? bareIpv6Note(range, text);
  return note ? { form: "undocumented", value: range, note } : { form: "documented", value: range };
}
function readBool(text) {
  const lower = text.toLowerCase();
  return lower === "true" || lower === "false" ? { form: "documented", value: lower === "true" } : { form: "invalid", note: "is not true or false" };
}
function readRequestAddress(text) {
  const address = text.includes("/") ? void 0 : parseIp(text);
  if (!address) return { form: "invalid", note: "is not an IP address" };
  const note = addressNote(text);
  return note ? { form: "undocumented", value: address, note } : { form: "documented", value: address };
}
function readRequestValue(family, text) {
  return family === "IpAddress" ? readRequestAddress(text) : readConditionValue(family, text);
}
function readConditionValue(family, text) {
  switch (family) {
    case "Numeric":
      return readNumber(text);
    case "Date":
      return readDate(text);
    case "IpAddress":
      return readAddressRange(text);
    case "Bool":
      return readBool(text);
  }
}

export {
  positionAt,
  positionsOf,
  parseJson,
  parseLeadingJson,
  sameJsonValue,
  toValue,
  memberNamed,
  keyedByPolicy,
  documentValues,
  normalisePolicy,
  memorable,
  hasWildcard,
  literalMark,
  matchesWildcard,
  actionMatches,
  arnMatches,
  splitArn,
  PATTERN_PAIR_BUDGET,
  patternCovers,
  patternsOverlap,
  arnPatternCovers,
  arnPatternsOverlap,
  POLICY_VERSION,
  ROLE_INLINE_POLICIES_MAX,
  parsePolicyVariable,
  readsPolicyVariables,
  statementsAsRead,
  splitAtBraces,
  replaceBraces,
  bracesOf,
  valueFamilyOf,
  readNumber,
  readDate,
  parseIp,
  bareIpv6WidestRange,
  readAddressRange,
  readRequestValue,
  readConditionValue,
  oncePerObject,
  roleArn,
  userArn,
  accountRootArn,
  isAccountId,
  wholeAccountOf,
  OWNER_ACCOUNT_WORDS,
  kmsKeyWildcardArn,
  s3BucketArn,
  s3ObjectsArn,
  redshiftClusterArn,
  redshiftWorkgroupArn,
  principalTypesOf,
  onServicePrincipalDomain,
  REGION_NAME,
  AVAILABILITY_ZONE_NAME,
  VIA_SERVICE_NAME,
  isRegionNameAt
};
