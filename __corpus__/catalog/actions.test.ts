// The action catalogue against the real-world corpus (../shared/corpus): every
// action written in the real policies exists, except the ones the corpus lists
// as wrong.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { actionsMatching } from '../../src/core/iam/catalog/index.js'
import { corpusDir } from '../support/corpus-dir.js'

const corpus = corpusDir()
const expected = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as Array<{ file: string; json_valid: boolean; problems?: string[] }>

function actionsIn(value: unknown, into: string[]): string[] {
  if (Array.isArray(value)) value.forEach((v) => actionsIn(v, into))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Action' || k === 'NotAction') into.push(...(Array.isArray(v) ? v : [v]).filter((a): a is string => typeof a === 'string'))
      else actionsIn(v, into)
    }
  }
  return into
}

test('every action in the valid files is known, and exactly the listed fakes are not', () => {
  const files = readdirSync(join(corpus, 'real'))
  const valid = expected.filter((e) => e.json_valid)
  expect(valid.length).toBeGreaterThan(15)
  const unknown: string[] = []
  for (const e of valid) {
    expect(files).toContain(e.file.replace(/^real\//, ''))
    const doc = JSON.parse(readFileSync(join(corpus, e.file), 'utf8')) as unknown
    for (const a of actionsIn(doc, [])) if (actionsMatching(a).length === 0) unknown.push(a)
  }
  expect(unknown.sort()).toEqual(['kms:DecryptDataKey', 'sts: AssumeRole'])
})
