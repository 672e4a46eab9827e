// Every kind of syntax error: where it is reported (1-based line and column,
// a tab is one column, CRLF / LF / lone CR each end a line) and that the
// message names the mistake a person made.
import { MAX_DEPTH, parseJson, toValue } from '../../src/core/json-ast/parse.js'
import { printJson } from '../../src/core/json-ast/print.js'

interface Case {
  text: string
  line: number
  column: number
  message: RegExp
  hint?: RegExp
}

function errorOf(text: string) {
  const outcome = parseJson(text)
  if (outcome.ok) throw new Error(`expected a syntax error for ${JSON.stringify(text)}`)
  return outcome.error
}

const cases: Record<string, Case> = {
  // empty
  'empty file': { text: '', line: 1, column: 1, message: /^the file is empty/, hint: /one JSON object/ },
  'whitespace only': { text: '  \n\t\n', line: 3, column: 1, message: /^the file is empty/ },
  'BOM only': { text: '\uFEFF', line: 1, column: 1, message: /^the file is empty/ },

  // trailing commas
  'trailing comma in an array': {
    text: '{\n  "Action": [\n    "s3:GetObject",\n  ]\n}',
    line: 4,
    column: 3,
    message: /^trailing comma after the last element \(line 3\) of "Action": '\]' found where a value is expected/,
    hint: /delete the ',' at line 3 column 19/
  },
  'trailing comma in an object': {
    text: '{\n  "Effect": "Allow",\n}',
    line: 3,
    column: 1,
    message: /^trailing comma after the last element \(line 2\): '\}' found where a property name is expected/,
    hint: /line 2 column 20/
  },
  'trailing comma, CRLF and tabs': {
    text: '{\r\n\t"Action": [\r\n\t\t"s3:GetObject",\r\n\t]\r\n}\r\n',
    line: 4,
    column: 2,
    message: /^trailing comma after the last element \(line 3\)/,
    hint: /line 3 column 17/
  },

  // comments
  'line comment': { text: '{\n  "a": 1, // note\n  "b": 2\n}', line: 2, column: 11, message: /'\/\/' comment: JSON has no comments/, hint: /delete the comment/ },
  'block comment': { text: '{\n  /* the user */\n  "a": 1\n}', line: 2, column: 3, message: /'\/\* \*\/' comment/, hint: /from \/\* to \*\// },
  'comment after the document': { text: '{}\n// end\n', line: 2, column: 1, message: /'\/\/' comment/ },

  // placeholders
  'ellipsis placeholder': { text: '{\n\t"Resource": [\n\t\t"a",\n\t\t...\n\t]\n}', line: 4, column: 3, message: /literal '\.\.\.' placeholder/, hint: /replace the '\.\.\.'/ },
  'ellipsis character': { text: '["a", …]', line: 1, column: 7, message: /literal '…' placeholder/ },

  // extra data
  'document pasted twice': {
    text: '{\n  "Version": "2012-10-17"\n}\n{\n  "Version": "2012-10-17"\n}\n',
    line: 4,
    column: 1,
    message: /^extra data after the end of the JSON document .*ended at line 3.*pasted more than once/,
    hint: /exactly one JSON document/
  },
  'stray comma at the end': { text: '{"a": 1},', line: 1, column: 9, message: /^extra ',' after the end of the JSON document/, hint: /delete the ','/ },
  'stray brace at the end': { text: '{"a": {"b": 1}}\n}', line: 2, column: 1, message: /^extra '\}' after the end of the JSON document.*one '\}' too many/ },
  'other extra text': { text: '[1, 2] x', line: 1, column: 8, message: /^extra data after the end of the JSON document.*found 'x'/ },

  // missing commas
  'missing comma between members': {
    text: '{\n  "Effect": "Allow"\n  "Action": "s3:*"\n}',
    line: 3,
    column: 3,
    message: /^missing ',' between members .*ends at line 2/,
    hint: /add a ',' after the member on line 2/
  },
  'missing comma between elements': {
    text: '[\n  "a"\n  "b"\n]',
    line: 3,
    column: 3,
    message: /^missing ',' between elements/,
    hint: /line 2/
  },
  'missing comma between objects': { text: '[{}{}]', line: 1, column: 4, message: /^missing ',' between elements/ },

  // quotes and keys
  'single-quoted string': { text: "{\"Effect\": 'Allow'}", line: 1, column: 12, message: /^single-quoted string: JSON strings need double quotes/, hint: /write "Allow" instead of 'Allow'/ },
  'single-quoted key': { text: "{'Effect': \"Allow\"}", line: 1, column: 2, message: /^single-quoted property name/, hint: /"Effect"/ },
  'unquoted key': { text: '{\n  Version: "2012-10-17"\n}', line: 2, column: 3, message: /^property name Version is not quoted/, hint: /write "Version"/ },
  'unquoted value': { text: '{"Effect": Allow}', line: 1, column: 12, message: /^unquoted text Allow where JSON expects the value of "Effect"/, hint: /write "Allow"/ },
  'unquoted word named like an Object.prototype member': { text: '[valueOf]', line: 1, column: 2, message: /^unquoted text valueOf/ },
  'number as key': { text: '{1: 2}', line: 1, column: 2, message: /property name in double quotes/ },
  'curly quotes': { text: '{“Effect”: 1}', line: 1, column: 2, message: /curly quote/, hint: /straight|retype/ },

  // strings
  'unterminated string at end of line': {
    text: '{\n  "Effect": "Allow,\n  "Action": "s3:*"\n}',
    line: 2,
    column: 20,
    message: /^unterminated string: the string that starts at line 2 column 13 has no closing '"' before the end of the line/,
    hint: /closing "/
  },
  'unterminated string at end of file': { text: '{"a": "b', line: 1, column: 9, message: /^unterminated string: the file ends inside the string that starts at line 1 column 7/ },
  'unterminated string before CRLF': { text: '{\r\n"a": "b\r\n}', line: 2, column: 8, message: /^unterminated string/ },
  'tab inside a string': { text: '{"Sid": "a\tb"}', line: 1, column: 11, message: /^tab character inside a string/, hint: /\\t/ },
  'control character inside a string': { text: '{"Sid": "a\u0001b"}', line: 1, column: 11, message: /^control character U\+0001 inside a string/, hint: /\\u0001/ },
  'bad escape': { text: '{"Path": "C:\\Users"}', line: 1, column: 14, message: /^bad escape '\\U' in a string/, hint: /double it/ },
  'escaped single quote': { text: '{"a": "it\\\'s"}', line: 1, column: 11, message: /single quote needs no escape/ },
  'bad unicode escape': { text: '{"a": "\\u00G1"}', line: 1, column: 12, message: /^bad \\u escape.*found 'G'/ },
  'escape cut off by end of file': { text: '{"a": "\\', line: 1, column: 9, message: /^unterminated string/ },

  // numbers and literals
  'account id with a leading zero': {
    text: '{"aws:PrincipalAccount": 012345678901}',
    line: 1,
    column: 27,
    message: /^number with a leading zero \(012345678901\)/,
    hint: /quote it as a string: "012345678901"/
  },
  'minus without digits': { text: '[-]', line: 1, column: 3, message: /'-' is not followed by a digit/ },
  'missing fraction digits': { text: '[1.]', line: 1, column: 4, message: /digit after the decimal point/ },
  'missing exponent digits': { text: '[1e+]', line: 1, column: 5, message: /digit in the exponent/ },
  'leading decimal point': { text: '[.5]', line: 1, column: 2, message: /number starting with '\.'/, hint: /write 0\.5/ },
  'plus sign': { text: '[+1]', line: 1, column: 2, message: /'\+' before a number/ },
  'capitalised literal': { text: '{"a": True}', line: 1, column: 7, message: /^True is not a JSON value/, hint: /write true/ },
  'NaN': { text: '[NaN]', line: 1, column: 2, message: /^NaN is not a JSON value/ },
  '-Infinity': { text: '[-Infinity]', line: 1, column: 3, message: /^-Infinity is not a JSON value/ },
  'misspelt literal': { text: '[tru]', line: 1, column: 5, message: /^'tru' is not a JSON value: expected true/ },
  'literal cut off': { text: '[nul', line: 1, column: 5, message: /^unexpected end of the file inside 'nul'/ },

  // structure
  'missing colon': { text: '{"a" 1}', line: 1, column: 6, message: /^missing ':' after the property name "a"/ },
  'equals instead of colon': { text: '{"a" = 1}', line: 1, column: 6, message: /^'=' after the property name "a"/, hint: /replace '=' with ':'/ },
  'key without value': { text: '{"a"}', line: 1, column: 5, message: /^property "a" has no value/ },
  'colon without value': { text: '{"a": }', line: 1, column: 7, message: /^property "a" has no value: expected a value after ':'/ },
  'two commas': { text: '[1,,2]', line: 1, column: 4, message: /^two commas in a row/ },
  'comma first': { text: '[,1]', line: 1, column: 2, message: /nothing stands before this comma/ },
  'mismatched close in array': { text: '{"a": [1}', line: 1, column: 9, message: /'\}' does not match: the "a" array .* is still open/ },
  'mismatched close in object': { text: '[{"a": 1]', line: 1, column: 9, message: /'\]' does not match: the object opened at line 1 column 2 is still open/ },
  'colon in an array': { text: '["a": 1]', line: 1, column: 5, message: /':' inside the array/ },
  'cut short': {
    text: '{\n  "Statement": [\n    {"Effect": "Allow"}\n',
    line: 4,
    column: 1,
    message: /^unexpected end of the file: the "Statement" array \(opened at line 2 column 16\) is not closed/
  },
  'no-break space between tokens': { text: '{"a":\u00a01}', line: 1, column: 6, message: /no-break space \(U\+00A0\)/, hint: /invisible/ },
  'BOM after the start': { text: '{}\uFEFF', line: 1, column: 3, message: /byte order mark/ },

  // positions in other kinds of text
  'lone CR line ends': { text: '{\r"a": 1,\r}', line: 3, column: 1, message: /^trailing comma/ },
  'mixed line ends': { text: '[\n1,\r\n2,\r3\n\r\n,]', line: 6, column: 2, message: /^trailing comma after the last element \(line 6\)/ },
  'non-ASCII before the error': { text: '{\n  "Sid": "Zugriff für Müller",\n  "Effect": Allow\n}', line: 3, column: 13, message: /unquoted text Allow/ },
  'non-ASCII line, error on that line': { text: '{"Größe": "ü" "x": 1}', line: 1, column: 15, message: /^missing ','/ },
  'astral characters count two columns (UTF-16)': { text: '{"😀": x}', line: 1, column: 8, message: /unquoted text x/ },
  'BOM takes no column': { text: '\uFEFF{"a": 1,}', line: 1, column: 9, message: /^trailing comma/ },
  'tabs count one column each': { text: '{\n\t\t"a":\t\t}', line: 2, column: 9, message: /^property "a" has no value/ }
}

describe.each(Object.entries(cases))('%s', (_name, c) => {
  test(`is reported at line ${c.line}, column ${c.column}`, () => {
    const error = errorOf(c.text)
    expect({ line: error.position.line, column: error.position.column }).toEqual({ line: c.line, column: c.column })
    expect(error.message).toMatch(c.message)
    if (c.hint) expect(error.hint).toMatch(c.hint)
    expect(error.hint.length).toBeGreaterThan(5)
    // JSON.parse agrees that the text is broken (a BOM-only file is as empty as '')
    expect(() => JSON.parse(c.text.replace(/^\uFEFF/, ''))).toThrow(SyntaxError)
  })
})

test('the offset is the offending character', () => {
  const text = '{\r\n  "a": [1,\r\n  ]\r\n}'
  const error = errorOf(text)
  expect(text[error.position.offset]).toBe(']')
  expect(error.position).toEqual({ line: 3, column: 3, offset: text.indexOf(']') })
})

test('nesting deeper than the limit is an error, not a stack overflow', () => {
  const deep = '['.repeat(100_000) + ']'.repeat(100_000)
  const error = errorOf(deep)
  expect(error.message).toMatch(/nesting deeper than/)
  expect(error.position.line).toBe(1)
  const deepest = '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH)
  const outcome = parseJson(deepest)
  if (!outcome.ok) throw new Error(outcome.error.message)
  expect(toValue(outcome.root)).toEqual(JSON.parse(deepest))
  expect(printJson(outcome.root).split('\n')).toHaveLength(2 * MAX_DEPTH)
  const oneTooDeep = '{"a":'.repeat(MAX_DEPTH + 1) + '1' + '}'.repeat(MAX_DEPTH + 1)
  expect(errorOf(oneTooDeep).position.column).toBe(5 * MAX_DEPTH + 1)
})
