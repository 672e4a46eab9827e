// Property-based tests: the parser agrees with JSON.parse on every text
// (except that it tolerates a leading BOM), never throws on bad input, points
// inside the text, and parse -> print -> parse is stable.
import fc from 'fast-check'
import { parseJson, positionAt, toValue } from '../../src/core/json-ast/parse.js'
import { printJson } from '../../src/core/json-ast/print.js'
import type { ParseOutcome } from '../../src/core/json-ast/types.js'
import { fixtureTexts } from '../support/fixtures.js'
import { nodesOf } from '../support/json-nodes.js'

// Hand-written policies with the layouts and mistakes of real ones (BOM, tabs,
// CRLF, comments, trailing commas): __tests__/fixtures/policies.
const corpusTexts = fixtureTexts()

const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)

/** JSON.parse's verdict and value (with one leading BOM removed, which parseJson tolerates). */
function reference(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(withoutBom(text)) }
  } catch (e) {
    if (e instanceof SyntaxError) return { ok: false }
    throw e
  }
}

/** The checks every outcome must pass, whatever the text. */
function checkOutcome(text: string, outcome: ParseOutcome): void {
  const expected = reference(text)
  expect(outcome.ok).toBe(expected.ok)
  if (outcome.ok) {
    if (expected.ok) expect(toValue(outcome.root)).toStrictEqual(expected.value)
    expect(outcome.root.span.end.offset).toBeLessThanOrEqual(text.length)
  } else {
    const { position, message, hint } = outcome.error
    expect(position.line).toBeGreaterThanOrEqual(1)
    expect(position.column).toBeGreaterThanOrEqual(1)
    expect(position.offset).toBeGreaterThanOrEqual(0)
    expect(position.offset).toBeLessThanOrEqual(text.length)
    expect(positionAt(text, position.offset)).toEqual(position)
    expect(message.length).toBeGreaterThan(0)
    expect(hint.length).toBeGreaterThan(0)
  }
}

/** A second, independent way to turn an offset into a position: a table of line starts. */
function lineTable(text: string): (offset: number) => { line: number; column: number; offset: number } {
  const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0]
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length)
  return (offset) => {
    let line = starts.length
    while (starts[line - 1] > offset) line--
    return { line, column: offset - starts[line - 1] + 1, offset }
  }
}


const indent = fc.constantFrom<number | string | undefined>(undefined, 0, 1, 2, 4, '\t', ' ')
const lineEnds = fc.constantFrom('\n', '\r\n', '\r')

// Realistic policies: the shapes validate reads, with awkward strings in them.
const text = fc.string({ maxLength: 12 })
const stringOrList = fc.oneof(text, fc.array(text, { maxLength: 4 }))
const statement = fc.record(
  {
    Sid: text,
    Effect: fc.constantFrom('Allow', 'Deny', 'allow'),
    Action: stringOrList,
    NotAction: stringOrList,
    Resource: stringOrList,
    Principal: fc.oneof(fc.constant('*'), fc.dictionary(fc.constantFrom('AWS', 'Service', 'Federated'), stringOrList)),
    Condition: fc.dictionary(fc.constantFrom('StringEquals', 'StringLike', 'Bool', 'ForAnyValue:StringLike'), fc.dictionary(text, stringOrList, { maxKeys: 3 }), { maxKeys: 3 })
  },
  { requiredKeys: ['Effect'] }
)
const policy = fc.record({ Version: fc.constantFrom('2012-10-17', '2008-10-17'), Statement: fc.oneof(statement, fc.array(statement, { maxLength: 4 })) })
const policyText = fc.tuple(policy, indent, lineEnds).map(([p, k, eol]) => JSON.stringify(p, null, k).replaceAll('\n', eol))

// Edits people (and copy-paste) make: delete, insert or replace characters.
const editChar = fc.oneof(
  fc.constantFrom(...'{}[]",:\'/*.\\ \t\n\r0123456789-+eEtrufalsn\u00a0\ufeff…é😀'.split('')),
  fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })
)
const edit = fc.tuple(fc.constantFrom('delete', 'insert', 'replace'), fc.nat(), fc.nat({ max: 3 }), editChar)
type Edit = [string, number, number, string]
function applyEdits(source: string, edits: Edit[]): string {
  let out = source
  for (const [kind, at, length, ch] of edits) {
    const i = at % (out.length + 1)
    if (kind === 'delete') out = out.slice(0, i) + out.slice(i + 1 + length)
    else if (kind === 'insert') out = out.slice(0, i) + ch + out.slice(i)
    else out = out.slice(0, i) + ch + out.slice(i + 1)
  }
  return out
}
const mutated = fc.tuple(fc.oneof(fc.constantFrom(...corpusTexts), policyText), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([source, edits]) =>
  applyEdits(source, edits as Edit[])
)

describe('(a) any JSON value, however it is laid out', () => {
  test('parses to what JSON.parse gives, every node at the line and column a line table gives', () => {
    fc.assert(
      fc.property(fc.jsonValue(), indent, lineEnds, fc.boolean(), (value, k, eol, bom) => {
        const text = (bom ? '\uFEFF' : '') + JSON.stringify(value, null, k).replaceAll('\n', eol)
        const outcome = parseJson(text)
        if (!outcome.ok) throw new Error(`${outcome.error.message} in ${JSON.stringify(text)}`)
        expect(toValue(outcome.root)).toStrictEqual(JSON.parse(withoutBom(text)))
        expect(outcome.duplicateKeys).toEqual([])
        const where = lineTable(text)
        for (const node of nodesOf(outcome.root)) {
          expect(where(node.span.start.offset)).toEqual(node.span.start)
          expect(where(node.span.end.offset)).toEqual(node.span.end)
        }
      }),
      { numRuns: 1000 }
    )
  })

  test('unicode strings, escapes and keys survive', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })), fc.boolean(), (value, ascii) => {
        let text = JSON.stringify(value)
        // also write every non-ASCII character as a \u escape, as some tools do
        if (ascii) text = text.replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
        const outcome = parseJson(text)
        checkOutcome(text, outcome)
        expect(outcome.ok).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })
})

describe('(b) random and mutated texts', () => {
  test('random strings never throw and get the same verdict as JSON.parse', () => {
    const jsonish = fc.string({ unit: fc.constantFrom(...'{}[]",:\'/ \n\r\t0123456789-.eE+tfnrulase\\\ufeff'.split('')), maxLength: 40 })
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 })), (text) => {
        checkOutcome(text, parseJson(text))
      }),
      { numRuns: 2000 }
    )
  })

  test('mutated fixture and generated policies never throw and get the same verdict as JSON.parse', () => {
    let broken = 0
    fc.assert(
      fc.property(mutated, (text) => {
        const outcome = parseJson(text)
        if (!outcome.ok) broken++
        checkOutcome(text, outcome)
      }),
      { numRuns: 2000 }
    )
    // the edits break about three texts in four (1500 of 2000 when measured), so the error path is well covered
    expect(broken).toBeGreaterThan(1000)
  })

  test('generated policies parse with the same value as JSON.parse', () => {
    fc.assert(
      fc.property(policyText, (text) => {
        const outcome = parseJson(text)
        expect(outcome.ok).toBe(true)
        checkOutcome(text, outcome)
      }),
      { numRuns: 500 }
    )
  })
})

describe('(c) parse -> print -> parse is stable', () => {
  const printed = (text: string): string | undefined => {
    const outcome = parseJson(text)
    return outcome.ok ? printJson(outcome.root) : undefined
  }
  const stable = (text: string): void => {
    const once = printed(text)
    if (once === undefined) return
    const twice = printed(once)
    expect(twice).toBe(once)
    // and printing changes nothing the document means
    const a = parseJson(text)
    const b = parseJson(once)
    if (a.ok && b.ok) {
      expect(toValue(b.root)).toStrictEqual(toValue(a.root))
      expect(b.duplicateKeys.map((d) => d.key)).toEqual(a.duplicateKeys.map((d) => d.key))
    }
  }

  test('for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), indent, (value, k) => stable(JSON.stringify(value, null, k))), { numRuns: 1000 })
  })

  test('for the fixtures and for mutated policies that still parse', () => {
    for (const text of corpusTexts) stable(text)
    fc.assert(fc.property(fc.oneof(policyText, mutated), stable), { numRuns: 1500 })
  })
})
