// The review illustrates each change with a witness request, searched for by
// evaluating candidates against both versions. Each change's search was
// budgeted, not the document's: 2,000 changed statements took 40 s (the
// review's per-file budget is 20 s: the file went unreviewed), and 2,000
// condition keys made millions of candidate contexts (over 3 GB, out of
// memory). Now the contexts are made as the search asks for them and the
// whole search has a budget (WITNESS_WORK_BUDGET); the verdict never depends
// on it, and small documents keep their witnesses.
import { spawnSync } from 'node:child_process'
import { diffPolicies } from '../../src/core/diff/semantic-diff.js'
import { WITNESS_WORK_BUDGET } from '../../src/core/diff/witness.js'
import { decisionsMade } from '../../src/core/evaluate/evaluate.js'
import { bundledScript, importFromSrc } from '../support/script-bundle.js'

const V = '2012-10-17'

/** 2,000 statements, a tenth of them changed, the order reversed. */
function manyStatements(n: number): [unknown, unknown] {
  const before = Array.from({ length: n }, (_, i) => ({ Sid: `S${i}`, Effect: i % 7 ? 'Allow' : 'Deny', Action: [`s3:Get${i % 13}*`, 'sqs:SendMessage'], Resource: [`arn:aws:s3:::b${i}/*`, `arn:aws:s3:::c${i % 50}*`] }))
  const after = before.map((s, i) => (i % 10 ? s : { ...s, Resource: [`arn:aws:s3:::b${i}/x/*`] })).reverse()
  return [{ Version: V, Statement: before }, { Version: V, Statement: after }]
}

/** A condition of 2,000 keys, five patterns each; the after version loosens one of them. */
const MANY_KEYS = `(() => {
  const c = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => ['aws:PrincipalTag/k' + i, Array.from({ length: 5 }, (_, j) => 'v*' + i + '*' + j)]))
  const doc = (condition) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringLike: condition } }] })
  return [doc(c), doc({ ...c, 'aws:PrincipalTag/k0': 'v*' })]
})()`

test('2,000 changed statements: the same verdict with witnesses as without, with bounded work', () => {
  const [before, after] = manyStatements(2000)
  let made = decisionsMade()
  const plain = diffPolicies(before, after)
  const plainDecisions = decisionsMade() - made
  made = decisionsMade()
  const shown = diffPolicies(before, after, { witnesses: true })
  // Counted, not timed (the machine is shared; it took 40 s): each request the search tries is judged on both
  // versions and costs WITNESS_WORK_BUDGET a unit per statement at least (each of the 2,000 statements of each
  // version holds an action and a resource besides: 3 units), so the search makes at most this many decisions.
  const searched = decisionsMade() - made - plainDecisions
  expect(searched).toBeGreaterThan(0)
  expect(searched).toBeLessThanOrEqual(2 * Math.floor(WITNESS_WORK_BUDGET / (2 * 2000 * 3)))
  expect(shown.accessChange).toBe(plain.accessChange)
  expect(shown.accessChange).toBe('mixed')
  // Changes searched before the budget ran out have their witnesses.
  expect(shown.statements.filter((c) => c.witnesses).length).toBeGreaterThan(0)
})

test('2,000 condition keys: the witness search runs in a 256 MiB heap (it needed over 3 GB) and finds the loosened key', async () => {
  const script = await bundledScript([
    importFromSrc('diffPolicies', 'core/diff/semantic-diff.ts'),
    `const [before, after] = ${MANY_KEYS}`,
    'const d = diffPolicies(before, after, { witnesses: true })',
    'console.log(JSON.stringify({ verdict: d.accessChange, witness: d.statements[0]?.witnesses?.broadens?.request.context ?? null }))'
  ])
  const r = spawnSync(process.execPath, ['--max-old-space-size=256', script], { encoding: 'utf8', timeout: 60_000 })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
  const { verdict, witness } = JSON.parse(r.stdout) as { verdict: string; witness: Record<string, unknown> | null }
  expect(verdict).toBe('broadens')
  // The witness is a request the loosened pattern allows and the old one did not.
  expect(witness).not.toBeNull()
})

test('a small document keeps a witness for each change', () => {
  const [before, after] = manyStatements(20)
  const shown = diffPolicies(before, after, { witnesses: true })
  expect(shown.statements.length).toBeGreaterThan(0)
  for (const c of shown.statements) expect({ change: c.kind, witnessed: c.witnesses !== undefined }).toEqual({ change: c.kind, witnessed: true })
})
