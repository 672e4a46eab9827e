// The parser against real policy files copied byte for byte from public
// repositories (../shared/corpus): every broken file fails at the listed line
// and column, every good one gives exactly what JSON.parse gives.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { memberNamed, nodeAt, parseJson, toValue } from '../../src/core/json-ast/parse.js'
import type { JsonObject } from '../../src/core/json-ast/types.js'

import { corpusDir } from '../support/corpus-dir.js'

const CORPUS = corpusDir()

interface Expected {
  file: string
  json_valid: boolean
  syntax_error?: { line: number; column: number; what: string }
}

const expected: Expected[] = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8'))
const read = (file: string): string => readFileSync(path.join(CORPUS, file), 'utf8')
const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)

test('the corpus lists both valid and invalid files', () => {
  expect(expected.filter((e) => e.json_valid).length).toBeGreaterThanOrEqual(15)
  expect(expected.filter((e) => !e.json_valid).length).toBeGreaterThanOrEqual(5)
})

describe.each(expected.filter((e) => !e.json_valid))('invalid $file', (entry) => {
  test('fails at the listed line and column, with words and a hint', () => {
    const outcome = parseJson(read(entry.file))
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect({ line: outcome.error.position.line, column: outcome.error.position.column }).toEqual({
      line: entry.syntax_error?.line,
      column: entry.syntax_error?.column
    })
    expect(outcome.error.message.length).toBeGreaterThan(20)
    expect(outcome.error.hint.length).toBeGreaterThan(10)
  })
})

describe.each(expected.filter((e) => e.json_valid))('valid $file', (entry) => {
  test('parses to exactly what JSON.parse gives', () => {
    const text = read(entry.file)
    const outcome = parseJson(text)
    if (!outcome.ok) throw new Error(`${entry.file}: ${outcome.error.message}`)
    expect(toValue(outcome.root)).toStrictEqual(JSON.parse(withoutBom(text)))
  })
})

test('the kinds of mistake in the corpus are named as such', () => {
  const messageOf = (prefix: string): string => {
    const entry = expected.find((e) => e.file.startsWith(`real/${prefix}`))
    const outcome = parseJson(read(entry!.file))
    return outcome.ok ? '' : outcome.error.message
  }
  expect(messageOf('05-')).toMatch(/^trailing comma after the last element \(line 17\)/)
  expect(messageOf('28-')).toMatch(/^trailing comma after the last element \(line 6\)/)
  expect(messageOf('29-')).toMatch(/^trailing comma after the last element \(line 9\).*property name/)
  expect(messageOf('06-')).toMatch(/'\.\.\.' placeholder/)
  expect(messageOf('21-')).toMatch(/'\/\/' comment/)
  expect(messageOf('27-')).toMatch(/'\/\/' comment/)
  expect(messageOf('15-')).toMatch(/extra data after the end of the JSON document.*pasted more than once/)
  expect(messageOf('22-')).toMatch(/extra ',' after the end of the JSON document/)
})

test('file 19 reports its duplicate "StringEquals" with both positions', () => {
  const file = expected.find((e) => e.file.startsWith('real/19-'))!.file
  const text = read(file)
  const outcome = parseJson(text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  expect(outcome.duplicateKeys).toHaveLength(1)
  const [dup] = outcome.duplicateKeys
  expect(dup.key).toBe('StringEquals')
  expect(dup.first.span.start).toEqual({ line: 122, column: 9, offset: expect.any(Number) })
  expect(dup.repeated.span.start).toEqual({ line: 128, column: 9, offset: expect.any(Number) })
  // the spans point at the quoted keys in the source
  for (const key of [dup.first, dup.repeated]) {
    expect(text.slice(key.span.start.offset, key.span.end.offset)).toBe('"StringEquals"')
  }
  // both operators are in the tree; the plain value keeps only the last, as JSON.parse does
  const parent = findObjectHolding(outcome.root, dup.repeated)!
  const members = parent.members.filter((m) => m.key.value === 'StringEquals')
  expect(members).toHaveLength(2)
  expect(memberNamed(parent, 'StringEquals')).toBe(members[1])
  expect(members[0].value).not.toEqual(members[1].value)
})

test('nodeAt walks the tree of a real file', () => {
  const text = read(expected.find((e) => e.file.startsWith('real/07-'))!.file)
  const outcome = parseJson(text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  const value = JSON.parse(text)
  const effect = nodeAt(outcome.root, ['Statement', 0, 'Effect'])
  expect(effect?.kind === 'string' && effect.value).toBe(value.Statement[0].Effect)
  expect(nodeAt(outcome.root, ['Statement', 99])).toBeUndefined()
})

function findObjectHolding(node: import('../../src/core/json-ast/types.js').JsonNode, key: object): JsonObject | undefined {
  if (node.kind === 'object') {
    if (node.members.some((m) => m.key === key)) return node
    for (const m of node.members) {
      const found = findObjectHolding(m.value, key)
      if (found) return found
    }
  }
  if (node.kind === 'array') {
    for (const item of node.items) {
      const found = findObjectHolding(item, key)
      if (found) return found
    }
  }
  return undefined
}
