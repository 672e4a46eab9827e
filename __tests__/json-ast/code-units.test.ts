// The code units the parser's busy loops read instead of charCodeAt.
import { codeUnitsOf, SHARED_UNITS } from '../../src/core/json-ast/code-units.js'
import { parseJson } from '../../src/core/json-ast/parse.js'

const unitsOf = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))

test('the code units of any text, then a 0: ASCII, Latin-1, a surrogate pair, an unpaired surrogate, NUL', () => {
  for (const text of ['', '{"a": 1}', 'caf\u00e9 \u00ff', 'emoji \u{1F600} !', 'lone \ud800 and \udc00', 'nul \u0000 in it', '\uffff\ufeff']) {
    const units = codeUnitsOf(text)
    expect(Array.from(units.subarray(0, text.length))).toEqual(unitsOf(text))
    expect(units[text.length]).toBe(0)
  }
})

test('a shorter text after a longer one ends at its own 0 (the array is shared)', () => {
  codeUnitsOf('x'.repeat(5000))
  const units = codeUnitsOf('ab')
  expect([units[0], units[1], units[2]]).toEqual([97, 98, 0])
})

test('a text over the shared size gets an array of its own, and the shared one stays as it was', () => {
  const shared = codeUnitsOf('small')
  const big = 'y'.repeat(SHARED_UNITS + 10)
  const units = codeUnitsOf(big)
  expect(units).not.toBe(shared)
  expect(units.length).toBe(big.length + 1)
  expect(units[big.length - 1]).toBe(121)
  expect(units[big.length]).toBe(0)
  expect(codeUnitsOf('again')).toBe(shared)
})

test('the parser reads strings and white space through them: values, columns and errors as before', () => {
  const text = '\ufeff{\r\n\t"k\u00e9y": ["\u{1F600}", "a\\u0041"],\n  "n": -1.5e3\n}'
  const parsed = parseJson(text)
  expect(parsed.ok).toBe(true)
  if (!parsed.ok || parsed.root.kind !== 'object') return
  const [member, number] = parsed.root.members
  expect(member.key.value).toBe('k\u00e9y')
  expect(member.key.span.start).toEqual({ line: 2, column: 2, offset: 5 })
  expect(member.value.kind === 'array' && member.value.items.map((i) => i.kind === 'string' && i.value)).toEqual(['\u{1F600}', 'aA'])
  expect(number.value.span.start).toEqual({ line: 3, column: 8, offset: 38 })
  // An unterminated string at the very end: the 0 after the text stops the scan, the error is the same.
  const cut = parseJson('{"a": "b')
  expect(cut.ok).toBe(false)
  if (!cut.ok) expect(cut.error.position).toEqual({ line: 1, column: 9, offset: 8 })
  // A NUL inside a string is a control character, not the end.
  const nul = parseJson('{"a": "b\u0000c"}')
  expect(nul.ok).toBe(false)
  if (!nul.ok) expect(nul.error.position.offset).toBe(8)
})
