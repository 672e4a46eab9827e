// The parser on the policy fixtures (__tests__/fixtures): every broken one
// fails at the listed line and column with words that name the mistake, every
// good one gives exactly what JSON.parse gives, and the tolerant parse steps
// over exactly the mistakes it knows. The real-world corpora get the same
// checks in __corpus__/json-ast/.
import { nodeAt, parseJson, positionAt, toValue } from '../../src/core/json-ast/parse.js'
import { parseJsonTolerant } from '../../src/core/json-ast/recover.js'
import { fixture, fixtures, fixtureText } from '../support/fixtures.js'
import { nodesOf } from '../support/json-nodes.js'

const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)

test('the fixtures hold valid and broken files, and every mistake the tolerant parse knows', () => {
  expect(fixtures.filter((e) => e.json_valid).length).toBeGreaterThanOrEqual(8)
  expect(fixtures.filter((e) => !e.json_valid).length).toBeGreaterThanOrEqual(8)
  expect(new Set(fixtures.map((e) => e.syntax_error?.mistake).filter(Boolean))).toEqual(new Set(['comment', 'trailing-comma', 'ellipsis', 'extra-data']))
})

describe.each(fixtures.filter((e) => !e.json_valid).map((e) => [e.file, e] as const))('invalid %s', (_file, entry) => {
  const text = fixtureText(entry.file)

  test('fails at the listed line and column, with words and a hint', () => {
    const outcome = parseJson(text)
    if (outcome.ok) throw new Error(`${entry.file} parsed`)
    expect({ line: outcome.error.position.line, column: outcome.error.position.column }).toEqual({ line: entry.syntax_error?.line, column: entry.syntax_error?.column })
    expect(outcome.error.message).toContain(entry.syntax_error?.says)
    expect(outcome.error.hint.length).toBeGreaterThan(10)
  })

  test('the tolerant parse steps over the mistake at the error, or gives up on one it does not know', () => {
    const r = parseJsonTolerant(text)
    const mistake = entry.syntax_error?.mistake
    if (!mistake) {
      expect(r).toEqual({ ok: false })
      return
    }
    if (!r.ok) throw new Error(`${entry.file} not recovered`)
    expect(r.root.kind).toBe('object')
    for (const node of nodesOf(r.root)) expect(positionAt(text, node.span.start.offset)).toEqual(node.span.start)
    const stop = parseJson(text)
    const stopOffset = stop.ok ? -1 : stop.error.position.offset
    // for a trailing comma the strict parser stops at the bracket after it
    const at = r.skipped.filter((m) =>
      m.mistake === 'trailing-comma' ? text.slice(m.span.end.offset).search(/\S/) + m.span.end.offset === stopOffset : m.span.start.offset === stopOffset
    )
    expect(at.map((m) => m.mistake)).toContain(mistake)
  })
})

describe.each(fixtures.filter((e) => e.json_valid).map((e) => [e.file, e] as const))('valid %s', (_file, entry) => {
  test('parses to exactly what JSON.parse gives', () => {
    const text = fixtureText(entry.file)
    const outcome = parseJson(text)
    if (!outcome.ok) throw new Error(`${entry.file}: ${outcome.error.message}`)
    expect(toValue(outcome.root)).toStrictEqual(JSON.parse(withoutBom(text)))
  })
})

test('a duplicate "StringEquals" is reported with both positions, and the plain value keeps the last', () => {
  const entry = fixtures.find((e) => e.duplicate_key)!
  const text = fixtureText(entry.file)
  const outcome = parseJson(text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  expect(outcome.duplicateKeys).toHaveLength(1)
  const [dup] = outcome.duplicateKeys
  expect(dup.key).toBe(entry.duplicate_key!.key)
  expect([dup.first.span.start.line, dup.first.span.start.column]).toEqual(entry.duplicate_key!.first)
  expect([dup.repeated.span.start.line, dup.repeated.span.start.column]).toEqual(entry.duplicate_key!.repeated)
  for (const key of [dup.first, dup.repeated]) expect(text.slice(key.span.start.offset, key.span.end.offset)).toBe('"StringEquals"')
  expect(nodeAt(outcome.root, ['Statement', 0, 'Condition', 'StringEquals', 'kms:ViaService'])).toBeDefined()
  expect(nodeAt(outcome.root, ['Statement', 0, 'Condition', 'StringEquals', 'kms:CallerAccount'])).toBeUndefined()
})

test('a byte order mark, tabs, CRLF and no final newline keep lines and columns right', () => {
  const bom = fixtureText(fixture('trust-github-oidc-no-sub.json').file)
  const outcome = parseJson(bom)
  if (!outcome.ok) throw new Error(outcome.error.message)
  expect(outcome.root.span.start).toEqual({ line: 1, column: 1, offset: 1 })
  const crlf = fixtureText('identity-bad-actions-crlf.json')
  const parsed = parseJson(crlf)
  if (!parsed.ok) throw new Error(parsed.error.message)
  const action = nodeAt(parsed.root, ['Statement', 0, 'Action', 1])
  expect(action?.span.start).toMatchObject({ line: 6, column: 37 })
})
