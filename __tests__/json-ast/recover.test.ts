// The tolerant parse (recover.ts): steps over comments, trailing commas,
// literal '...' elements and data after the first document, and nothing
// else; keeps every position exactly; leaves the strict parser unchanged.
// The fixtures' broken files are in ../json-ast/fixtures.test.ts, the real
// corpus's in __corpus__/json-ast/recover.test.ts.
import fc from 'fast-check'
import { parseJson, positionAt, toValue } from '../../src/core/json-ast/parse.js'
import { parseJsonTolerant } from '../../src/core/json-ast/recover.js'
import type { JsonNode, TolerantOutcome } from '../../src/core/json-ast/types.js'
import { nodesOf } from '../support/json-nodes.js'

function recovered(text: string): Extract<TolerantOutcome, { ok: true }> {
  const outcome = parseJsonTolerant(text)
  if (!outcome.ok) throw new Error(`not recovered: ${JSON.stringify(text)}`)
  return outcome
}
const valueOf = (text: string): unknown => toValue(recovered(text).root)
const mistakes = (text: string): string[] => recovered(text).skipped.map((s) => s.mistake)


/** Every node stands where the original text has it: its start and end positions, and (for scalars) its source text. */
function expectExactPositions(text: string, root: JsonNode): void {
  for (const node of nodesOf(root)) {
    expect(positionAt(text, node.span.start.offset)).toEqual(node.span.start)
    expect(positionAt(text, node.span.end.offset)).toEqual(node.span.end)
    if (node.kind !== 'object' && node.kind !== 'array') {
      expect(JSON.parse(text.slice(node.span.start.offset, node.span.end.offset))).toStrictEqual(node.kind === 'null' ? null : node.value)
    }
  }
}

describe('steps over the mistakes people make by hand', () => {
  test('// and /* */ comments, anywhere between tokens, on one or many lines', () => {
    const text = '{ // policy\n  "Version": /* fixed */ "2012-10-17",\n  /* a\n     note */ "Statement": [] // end\n}'
    expect(valueOf(text)).toEqual({ Version: '2012-10-17', Statement: [] })
    const r = recovered(text)
    expect(r.skipped.map((s) => [s.mistake, s.span.start.line, s.span.start.column, s.span.end.line, s.span.end.column])).toEqual([
      ['comment', 1, 3, 1, 12],
      ['comment', 2, 14, 2, 25],
      ['comment', 3, 3, 4, 13],
      ['comment', 4, 30, 4, 36]
    ])
    expectExactPositions(text, r.root)
    expect(r.root.kind === 'object' && r.root.members[1].key.span.start).toEqual({ line: 4, column: 14, offset: text.indexOf('"Statement"') })
  })

  test('"//" and "/*" inside strings are text, not comments', () => {
    const text = '{"a": "https://x/*y*/", "b": [1,],}'
    expect(valueOf(text)).toEqual({ a: 'https://x/*y*/', b: [1] })
    expect(mistakes(text)).toEqual(['trailing-comma', 'trailing-comma'])
  })

  test('trailing commas before ] and }, also with comments and line breaks between', () => {
    const text = '{\r\n  "Action": [\r\n    "s3:GetObject",\r\n  ],\r\n  "Resource": "*", // last\r\n}'
    const r = recovered(text)
    expect(toValue(r.root)).toEqual({ Action: ['s3:GetObject'], Resource: '*' })
    expect(r.skipped.map((s) => [s.mistake, s.span.start.line, s.span.start.column])).toEqual([
      ['trailing-comma', 3, 19],
      ['trailing-comma', 5, 18],
      ['comment', 5, 20]
    ])
    expectExactPositions(text, r.root)
  })

  test("a literal '...' or '…' as an element or member, at the start, middle or end, with its comma", () => {
    expect(valueOf('["a", "b", ...]')).toEqual(['a', 'b'])
    expect(valueOf('["a", ..., "z"]')).toEqual(['a', 'z'])
    expect(valueOf('[..., "z"]')).toEqual(['z'])
    expect(valueOf('[ … ]')).toEqual([])
    expect(valueOf('["a",\n  ....\n]')).toEqual(['a'])
    expect(valueOf('{"a": 1, ...}')).toEqual({ a: 1 })
    expect(valueOf('{"a": 1, ..., "b": 2}')).toEqual({ a: 1, b: 2 })
    expect(mistakes('["a", ..., "z"]')).toEqual(['ellipsis', 'ellipsis'])
    expect(mistakes('["a", "b", ...]')).toEqual(['trailing-comma', 'ellipsis'])
    const text = '{"Resource": [\n  "arn:aws:s3:::a",\n  ...\n]}'
    expectExactPositions(text, recovered(text).root)
  })

  test('data after the first complete document: the first is kept', () => {
    const one = '{\n  "Version": "2012-10-17"\n}'
    for (const rest of ['\n' + one, ',', '\n}', ' garbage "unclosed', '\n/* never closed']) {
      const r = recovered(one + rest)
      expect(toValue(r.root)).toEqual({ Version: '2012-10-17' })
      expect(r.skipped.at(-1)?.mistake).toBe('extra-data')
      expect(r.skipped.at(-1)?.span.start.offset).toBe(one.length + rest.search(/\S/))
      expect(r.skipped.at(-1)?.span.end.offset).toBe((one + rest).length)
    }
    // mistakes inside the later documents are not reported: they are part of the extra data
    expect(mistakes('{"a": [1,]}\n{"a": [2,]}')).toEqual(['trailing-comma', 'extra-data'])
    // duplicate keys of the kept document are still found
    expect(recovered('{"a": 1, "a": 2,}').duplicateKeys.map((d) => d.key)).toEqual(['a'])
  })

  test('a leading byte order mark takes no column, as in the strict parser', () => {
    const text = '\uFEFF{"a": [1,]}'
    const r = recovered(text)
    expect(r.root.span.start).toEqual({ line: 1, column: 1, offset: 1 })
    expect(r.skipped[0].span.start).toEqual({ line: 1, column: 9, offset: 9 })
  })
})

describe('stops at every other syntax error, guessing nothing', () => {
  test.each([
    ['a missing comma', '{"a": 1 "b": 2}'],
    ['single quotes', "{'a': 1}"],
    ['an unquoted key', '{a: 1}'],
    ['an unclosed bracket', '{"a": [1, 2}'],
    ['a cut-short file', '{"a": [1, 2,'],
    ['two commas in a row', '[1,, 2]'],
    ["'...' as a member's value", '{"Resource": ...}'],
    ["'...' inside a value", '["a" ... "b"]'],
    ['an unterminated string', '{"a": "b\n}'],
    ['a comment that never closes, inside the document', '{"a": 1 /* note }'],
    ['a # comment', '{"a": 1 # note\n}'],
    ['an empty text', ''],
    ['only a comment', '// nothing'],
    ['a lone slash', '{"a": 1 / 2}']
  ])('%s', (_name, text) => {
    expect(parseJson(text).ok).toBe(false)
    expect(parseJsonTolerant(text)).toEqual({ ok: false })
  })
})

test('on strict JSON it gives the strict tree, nothing skipped', () => {
  const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]\n}'
  const strict = parseJson(text)
  const tolerant = parseJsonTolerant(text)
  expect(strict.ok && tolerant.ok).toBe(true)
  if (!strict.ok || !tolerant.ok) return
  expect(tolerant.root).toEqual(strict.root)
  expect(tolerant.skipped).toEqual([])
})

describe('properties', () => {
  const indent = fc.constantFrom<number | string>(1, 2, 4, '\t')
  const lineEnds = fc.constantFrom('\n', '\r\n')

  test('any JSON value with comments and trailing commas added reads back to the same value, every node where it stands', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), indent, lineEnds, fc.array(fc.boolean(), { minLength: 1, maxLength: 50 }), (value, k, eol, choices) => {
        let i = 0
        const pick = () => choices[i++ % choices.length]
        // JSON.stringify writes line breaks only between tokens, so these edits never touch a string
        const text = JSON.stringify(value, null, k)
          .replace(/([^[{\s,])(\n[ \t]*[\]}])/g, (_m, last: string, close: string) => (pick() ? `${last},${close}` : `${last}${close}`))
          .replace(/\n/g, () => (pick() ? ' // note\n' : pick() ? ' /* a\n b */\n' : '\n'))
          .replaceAll('\n', eol)
        const r = parseJsonTolerant(text)
        if (!r.ok) throw new Error(`not recovered: ${JSON.stringify(text)}`)
        // (compared with the value as JSON writes it: -0 is written as 0)
        expect(toValue(r.root)).toStrictEqual(JSON.parse(JSON.stringify(value)))
        expectExactPositions(text, r.root)
        expect(r.skipped.length > 0).toBe(!parseJson(text).ok)
      }),
      { numRuns: 400 }
    )
  })

  test('never throws on random and edited texts; what it reads has exact positions, and strict JSON reads as strict', () => {
    const jsonish = fc.string({ unit: fc.constantFrom(...'{}[]",:/*. \n\r\t01-eEtfnrulas\\…'.split('')), maxLength: 60 })
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.string({ maxLength: 60 })), (text) => {
        const r = parseJsonTolerant(text)
        const strict = parseJson(text)
        if (strict.ok) {
          expect(r.ok && toValue(r.root)).toStrictEqual(toValue(strict.root))
          expect(r.ok && r.skipped).toEqual([])
        }
        if (r.ok) {
          expectExactPositions(text, r.root)
          for (const s of r.skipped) {
            expect(positionAt(text, s.span.start.offset)).toEqual(s.span.start)
            expect(positionAt(text, s.span.end.offset)).toEqual(s.span.end)
          }
        }
      }),
      { numRuns: 3000 }
    )
  })
})
