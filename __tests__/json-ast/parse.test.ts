// Valid JSON: the tree, its positions, duplicate keys, the plain value and the
// canonical print.
import { memberNamed, nodeAt, parseJson, positionAt, sameJsonValue, toValue } from '../../src/core/json-ast/parse.js'
import { printJson } from '../../src/core/json-ast/print.js'
import type { JsonNode, JsonObject } from '../../src/core/json-ast/types.js'

function rootOf(text: string): JsonNode {
  const outcome = parseJson(text)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.root
}

const sourceOf = (text: string, node: { span: { start: { offset: number }; end: { offset: number } } }): string =>
  text.slice(node.span.start.offset, node.span.end.offset)

describe('positions', () => {
  const text = '{\r\n\t"Sid": "Zugriff für Müller",\r\n\t"Action": [ "s3:GetObject", 12.5e1, true, null ],\r\n\t"Deep": {"x": {}}\r\n}'
  const root = rootOf(text) as JsonObject

  test('every node spans exactly its source text', () => {
    expect(sourceOf(text, root)).toBe(text)
    expect(sourceOf(text, nodeAt(root, ['Sid'])!)).toBe('"Zugriff für Müller"')
    expect(sourceOf(text, nodeAt(root, ['Action'])!)).toBe('[ "s3:GetObject", 12.5e1, true, null ]')
    expect(sourceOf(text, nodeAt(root, ['Action', 1])!)).toBe('12.5e1')
    expect(sourceOf(text, nodeAt(root, ['Action', 2])!)).toBe('true')
    expect(sourceOf(text, nodeAt(root, ['Action', 3])!)).toBe('null')
    expect(sourceOf(text, nodeAt(root, ['Deep', 'x'])!)).toBe('{}')
    expect(sourceOf(text, memberNamed(root, 'Deep')!)).toBe('"Deep": {"x": {}}')
  })

  test('lines and columns: CRLF ends one line, a tab is one column, non-ASCII letters one column each', () => {
    expect(nodeAt(root, ['Sid'])!.span).toEqual({ start: { line: 2, column: 9, offset: 11 }, end: { line: 2, column: 29, offset: 31 } })
    const action = nodeAt(root, ['Action'])!
    expect(action.span.start).toMatchObject({ line: 3, column: 12 })
    expect(nodeAt(root, ['Action', 0])!.span.start).toMatchObject({ line: 3, column: 14 })
    expect(root.span.end).toEqual({ line: 5, column: 2, offset: text.length })
    expect(memberNamed(root, 'Action')!.key.span.start).toMatchObject({ line: 3, column: 2 })
  })

  test('every position agrees with positionAt, which counts lines from the start', () => {
    const seen: JsonNode[] = []
    const walk = (node: JsonNode): void => {
      seen.push(node)
      if (node.kind === 'object') node.members.forEach((m) => (seen.push(m.key), walk(m.value)))
      if (node.kind === 'array') node.items.forEach(walk)
    }
    walk(root)
    expect(seen.length).toBeGreaterThan(10)
    for (const node of seen) {
      expect(positionAt(text, node.span.start.offset)).toEqual(node.span.start)
      expect(positionAt(text, node.span.end.offset)).toEqual(node.span.end)
    }
  })

  test('positionAt treats LF, CRLF and a lone CR as one line end each', () => {
    const text = 'a\nb\r\nc\rd'
    expect(positionAt(text, text.indexOf('b'))).toEqual({ line: 2, column: 1, offset: 2 })
    expect(positionAt(text, text.indexOf('c'))).toEqual({ line: 3, column: 1, offset: 5 })
    expect(positionAt(text, text.indexOf('d'))).toEqual({ line: 4, column: 1, offset: 7 })
    expect(positionAt(text, text.indexOf('\n', 3))).toEqual({ line: 2, column: 3, offset: 4 })
  })

  test('a leading BOM is accepted and takes no column', () => {
    const root = rootOf('\uFEFF{"a": 1}') as JsonObject
    expect(root.span.start).toEqual({ line: 1, column: 1, offset: 1 })
    expect(toValue(root)).toEqual({ a: 1 })
  })
})

describe('duplicate keys', () => {
  test('are not errors: both key nodes are reported, in document order, at every depth', () => {
    const text = '{\n "a": 1,\n "b": {"x": 1, "x": 2, "x": 3},\n "a": 4\n}'
    const outcome = parseJson(text)
    if (!outcome.ok) throw new Error(outcome.error.message)
    const found = outcome.duplicateKeys.map((d) => [d.key, d.first.span.start.line, d.first.span.start.column, d.repeated.span.start.line, d.repeated.span.start.column])
    expect(found).toEqual([
      ['x', 3, 8, 3, 16],
      ['x', 3, 8, 3, 24],
      ['a', 2, 2, 4, 2]
    ])
    expect(toValue(outcome.root)).toEqual({ a: 4, b: { x: 3 } })
  })

  test('are found in large objects too', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}`)
    const text = JSON.stringify(Object.fromEntries(keys.map((k) => [k, 1]))).replace('}', ',"k7": 2,"k39": 3}')
    const outcome = parseJson(text)
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(outcome.duplicateKeys.map((d) => d.key)).toEqual(['k7', 'k39'])
    expect(toValue(outcome.root)).toEqual(JSON.parse(text))
  })

  test('carry both values, in small and large objects, so a reader can tell whether the copies differ', () => {
    const filler = Array.from({ length: 20 }, (_, i) => `"k${i}": ${i}`).join(', ')
    for (const text of ['{"R": "*", "A": 1, "R": "b"}', `{"R": "*", ${filler}, "R": "b"}`]) {
      const outcome = parseJson(text)
      if (!outcome.ok) throw new Error(outcome.error.message)
      const [d] = outcome.duplicateKeys
      expect([toValue(d.firstValue), toValue(d.repeatedValue)]).toEqual(['*', 'b'])
      expect(sameJsonValue(d.firstValue, d.repeatedValue)).toBe(false)
    }
  })

  test('sameJsonValue: the same meaning for every reader, key order aside', () => {
    const same = (a: string, b: string) => sameJsonValue(rootOf(a), rootOf(b))
    expect(same('{"a": [1, "x", null, true], "b": {"c": 1}}', '{"b": {"c": 1.0}, "a": [1, "x", null, true]}')).toBe(true)
    expect(same('[1, 2]', '[2, 1]')).toBe(false)
    expect(same('{"a": 1}', '{"a": 1, "b": 2}')).toBe(false)
    expect(same('"1"', '1')).toBe(false)
    // A repeated key inside the values: the same only when each copy matches its counterpart.
    expect(same('{"a": 1, "a": 2}', '{"a": 1, "a": 2}')).toBe(true)
    expect(same('{"a": 1, "a": 2}', '{"a": 2, "a": 2}')).toBe(false)
  })

  test('keys that differ only by escapes are the same key, as JSON.parse sees them', () => {
    const outcome = parseJson('{"ab": 1, "a\\u0062": 2}')
    expect(outcome.ok && outcome.duplicateKeys.map((d) => d.key)).toEqual(['ab'])
  })

  test('memberNamed returns the last member of that name, as JSON.parse keeps', () => {
    const root = rootOf('{"a": 1, "b": 2, "a": 3}') as JsonObject
    expect(memberNamed(root, 'a')).toBe(root.members[2])
    expect(memberNamed(root, 'zz')).toBeUndefined()
  })
})

describe('toValue', () => {
  test('gives what JSON.parse gives for escapes, numbers and nesting', () => {
    const text = '{"s": "a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\uD83D\\ude00", "n": [0, -0, 1.5e3, -2E-2, 1e400, 12345678901234567890], "e": [{}, []], "t": [true, false, null]}'
    expect(toValue(rootOf(text))).toStrictEqual(JSON.parse(text))
  })

  test('keeps __proto__ as an own property without touching the prototype', () => {
    const text = '{"__proto__": {"polluted": true}, "a": {"__proto__": [1]}}'
    const value = toValue(rootOf(text)) as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.keys(value)).toEqual(['__proto__', 'a'])
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((value as { polluted?: unknown }).polluted).toBeUndefined()
    expect(value).toStrictEqual(JSON.parse(text))
  })

  test('gives key order as JSON.parse does (integer-like keys first)', () => {
    const text = '{"b": 1, "2": 2, "a": 3, "1": 4, "b": 5}'
    expect(Object.keys(toValue(rootOf(text)) as object)).toEqual(Object.keys(JSON.parse(text)))
  })
})

describe('nodeAt', () => {
  const root = rootOf('{"Statement": [{"Action": ["a", "b"]}], "Version": "2012-10-17"}')
  test('follows keys and indexes', () => {
    expect(toValue(nodeAt(root, ['Statement', 0, 'Action', 1])!)).toBe('b')
    expect(nodeAt(root, [])).toBe(root)
  })
  test('returns undefined where the path leaves the tree', () => {
    expect(nodeAt(root, ['Statement', 1])).toBeUndefined()
    expect(nodeAt(root, ['Statement', 'Action'])).toBeUndefined()
    expect(nodeAt(root, ['Version', 0])).toBeUndefined()
    expect(nodeAt(root, ['Nope', 'deeper'])).toBeUndefined()
    expect(nodeAt(root, ['Statement', -1])).toBeUndefined()
    expect(nodeAt(root, ['Statement', 0.5])).toBeUndefined()
  })
})

describe('printJson', () => {
  test('prints with two spaces, one member per line and a trailing newline', () => {
    const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole"],"Condition":{},"Empty":[],"N":1.50,"B":true,"Z":null}]}'
    expect(printJson(rootOf(text))).toBe(
      [
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {',
        '      "Effect": "Allow",',
        '      "Action": [',
        '        "sts:AssumeRole"',
        '      ],',
        '      "Condition": {},',
        '      "Empty": [],',
        '      "N": 1.50,',
        '      "B": true,',
        '      "Z": null',
        '    }',
        '  ]',
        '}',
        ''
      ].join('\n')
    )
  })

  test('matches JSON.stringify(value, null, 2) when there are no duplicates and numbers are canonical', () => {
    const value = { a: 'é\n"\u0001\u2028', b: [1, -2.5, { c: [] }], d: {} }
    expect(printJson(rootOf(JSON.stringify(value)))).toBe(JSON.stringify(value, null, 2) + '\n')
  })

  test('keeps duplicate members, so printing hides nothing', () => {
    expect(printJson(rootOf('{"a":1,"a":2}'))).toBe('{\n  "a": 1,\n  "a": 2\n}\n')
  })

  test('prints a scalar document on one line', () => {
    expect(printJson(rootOf(' "x" '))).toBe('"x"\n')
  })
})
