// Text from an input or a repository quoted in a message (src/core/visible-text.ts, quotedText): shown as typed, a
// backslash as one, yet unambiguous and one line. Error messages quoted paths as JSON, where `C:\out` shows as
// "C:\\out", a path the user never typed.
import fc from 'fast-check'
import { formatInputError } from '../../src/core/inputs/input-error.js'
import { quotedText } from '../../src/core/visible-text.js'

/** quotedText's one rule read back: every \u{XXXX} is one character, everything else is itself. */
function unquoted(quoted: string): string {
  expect(quoted.startsWith('"')).toBe(true)
  const end = quoted.lastIndexOf('"')
  return quoted.slice(1, end).replace(/\\u\{([0-9A-F]{4,6})\}/g, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
}

describe('quotedText', () => {
  test('a Windows path shows as typed: one backslash, not two', () => {
    expect(quotedText('C:\\out')).toBe('"C:\\out"')
    expect(quotedText('iam\\roles\\*.json')).toBe('"iam\\roles\\*.json"')
    // A backslash and an n typed are not a line break: the line break is written otherwise.
    expect(quotedText('C:\\new')).toBe('"C:\\new"')
    expect(quotedText('C:\nnew')).toBe('"C:\\u{000A}new"')
  })

  test('a quote, a typed \\u{ and the invisible characters are written as \\u{XXXX}', () => {
    expect(quotedText('a"b')).toBe('"a\\u{0022}b"')
    expect(quotedText('\\u{0022}')).toBe('"\\u{005C}u{0022}"')
    expect(quotedText('r\u202eole\ttab\r')).toBe('"r\\u{202E}ole\\u{0009}tab\\u{000D}"')
  })

  test('any text reads back as itself, on one line with no control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const quoted = quotedText(text)
        expect(quoted).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
        expect(unquoted(quoted)).toBe(text)
      }),
      { numRuns: 300 }
    )
  })

  test("past the limit, the ellipsis stands after the quote: it is not part of the text", () => {
    expect(quotedText('abcdef', 3)).toBe('"abc"…')
    expect(quotedText('abc', 3)).toBe('"abc"')
  })
})

test('an input error quotes a path as typed', () => {
  const message = formatInputError({ input: 'output-dir', value: 'C:\\out', problem: "contains '\\', which separates folders only on Windows", rule: 'a path' })
  expect(message).toBe("Input 'output-dir': \"C:\\out\" contains '\\', which separates folders only on Windows. Expected a path.")
})
