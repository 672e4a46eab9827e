// The parser's string values are kept long after their file: by the linter's
// caches (keyed by action, ARN and key text), by findings. A value that is a
// view into its file's text would keep the whole text alive. Here values are
// kept from 48 texts of a megabyte each, the texts dropped and the heap
// collected: what stays is the values, not the texts.
import { bundledScript, importFromSrc, jsonOfScriptWithGc } from '../support/script-bundle.js'

const TEXTS = 48

async function heapGrowthMiB(valueJson: string): Promise<number> {
  const bundle = await bundledScript([
    importFromSrc('parseJson', 'core/json-ast/parse.ts'),
    'declare const gc: () => void',
    'const kept: string[] = []',
    'gc()',
    'const before = process.memoryUsage().heapUsed',
    `for (let i = 0; i < ${TEXTS}; i++) {`,
    // A fresh text each time (its own storage), a megabyte of it besides the value.
    `  const text = '{"Filler": "' + 'x'.repeat(1 << 20) + String(i) + '", "Value": ' + ${JSON.stringify(valueJson)} + ', "Key of some length": 1}'`,
    '  const outcome = parseJson(text)',
    "  if (!outcome.ok || outcome.root.kind !== 'object') throw new Error('not parsed')",
    '  for (const m of outcome.root.members) { kept.push(m.key.value); if (m.value.kind === "string" && m.key.value === "Value") kept.push(m.value.value) }',
    '}',
    'gc()',
    'const after = process.memoryUsage().heapUsed',
    'console.log(JSON.stringify({ grew: (after - before) / (1 << 20), kept: kept.length }))'
  ])
  const { grew, kept } = jsonOfScriptWithGc<{ grew: number; kept: number }>(bundle)
  expect(kept).toBe(TEXTS * 4)
  return grew
}

test('long values and keys do not keep their text alive', async () => {
  // Kept, the texts would be 48 MiB: the values are a few kilobytes.
  expect(await heapGrowthMiB(JSON.stringify('arn:aws:s3:::staging-bucket/exports/daily/part-0001.csv'))).toBeLessThan(8)
})

test('values with escapes (joined from the pieces between them) do not keep their text alive either', async () => {
  expect(await heapGrowthMiB('"arn:aws:s3:::staging-bucket\\/exports\\/daily \\u0041\\u0042 part-0001.csv"')).toBeLessThan(8)
})
