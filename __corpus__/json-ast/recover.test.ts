// The tolerant parse (recover.ts) on the real-world corpus (../shared/corpus):
// every broken file is read, stepping over the mistake the strict parser
// stopped at, every node where the original text has it.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { positionAt } from '../../src/core/json-ast/parse.js'
import { parseJsonTolerant } from '../../src/core/json-ast/recover.js'
import type { JsonNode, TolerantOutcome } from '../../src/core/json-ast/types.js'
import { nodesOf } from '../../__tests__/support/json-nodes.js'
import { corpusDir } from '../support/corpus-dir.js'

const CORPUS = corpusDir()

function recovered(text: string): Extract<TolerantOutcome, { ok: true }> {
  const outcome = parseJsonTolerant(text)
  if (!outcome.ok) throw new Error(`not recovered: ${JSON.stringify(text)}`)
  return outcome
}

function expectExactPositions(text: string, root: JsonNode): void {
  for (const node of nodesOf(root)) {
    expect(positionAt(text, node.span.start.offset)).toEqual(node.span.start)
    expect(positionAt(text, node.span.end.offset)).toEqual(node.span.end)
    if (node.kind !== 'object' && node.kind !== 'array') {
      expect(JSON.parse(text.slice(node.span.start.offset, node.span.end.offset))).toStrictEqual(node.kind === 'null' ? null : node.value)
    }
  }
}

describe('the corpus: every broken file is read, stepping over its mistake', () => {
  interface Expected {
    file: string
    json_valid: boolean
    syntax_error?: { line: number; column: number }
  }
  const expected: Expected[] = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8'))
  const broken = expected.filter((e) => !e.json_valid)
  const MISTAKE_AT_ERROR: Record<string, string> = {
    '05-': 'trailing-comma',
    '06-': 'ellipsis',
    '15-': 'extra-data',
    '21-': 'comment',
    '22-': 'extra-data',
    '27-': 'comment',
    '28-': 'trailing-comma',
    '29-': 'trailing-comma'
  }

  test('the table names every broken file', () => {
    expect(broken.map((e) => e.file.slice(5, 8)).sort()).toEqual(Object.keys(MISTAKE_AT_ERROR).sort())
  })

  test.each(broken.map((e) => [e.file, e] as const))('%s', (_file, e) => {
    const text = readFileSync(path.join(CORPUS, e.file), 'utf8')
    const r = recovered(text)
    expect(r.root.kind).toBe('object')
    expectExactPositions(text, r.root)
    // the strict parser stopped at a mistake of that kind (for a trailing comma: at the bracket after it)
    const stop = e.syntax_error!
    const stopOffset = positionOf(text, stop.line, stop.column)
    const at = r.skipped.filter((m) =>
      m.mistake === 'trailing-comma'
        ? text.slice(m.span.end.offset).search(/\S/) + m.span.end.offset === stopOffset
        : m.span.start.offset === stopOffset
    )
    expect(at.map((m) => m.mistake)).toContain(MISTAKE_AT_ERROR[e.file.slice(5, 8)])
  })
})

function positionOf(text: string, line: number, column: number): number {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/)
  return lines.slice(0, line - 1).reduce((n, l) => n + l.length, 0) + column - 1
}
