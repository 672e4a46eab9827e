// What the review budget counts of a file's review (reviewFootprint) against
// what keeping it costs the heap (as the worker's answer arrives), on the shapes whose reviews are largest for
// their text: the budget may count more than the heap holds, never less.
import v8 from 'node:v8'
import vm from 'node:vm'
import { analyseFile, reviewFootprint } from '../../src/modes/review-analysis.js'

v8.setFlagsFromString('--expose-gc')
const collectGarbage = vm.runInNewContext('gc') as () => void

const minified = (statement: (i: number) => object, count: number) => JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: count }, (_, i) => statement(i)) })

const SHAPES: Record<string, string> = {
  // Three findings and a change row for 70 characters: the review is over 20 times the text.
  'NotAction with NotResource for everyone': minified((i) => ({ Effect: 'Allow', NotAction: 'iam:*', NotResource: `x${i}`, Principal: '*' }), 3000),
  '"*" on "*"': minified((i) => ({ Sid: `S${i}`, Effect: 'Allow', Action: '*', Resource: '*' }), 3000),
  'indented, two actions a statement': `${JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: 3000 }, (_, i) => ({ Effect: 'Allow', Action: ['s3:GetObject', 'iam:PassRole'], Resource: `arn:aws:s3:::b${i}/*` })) }, null, 2)}\n`,
  'names past U+00FF': minified((i) => ({ Sid: `Ünïcödé${i}`, Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket/日本語-${i}/*` }), 3000)
}

beforeAll(() => {
  // The linter builds its lookup tables on first use: built here, they are not counted as a review's.
  for (const text of Object.values(SHAPES)) analyseFile({ path: 'iam/warm.json', status: 'added', headText: text })
})

test.each(Object.keys(SHAPES))('%s: the footprint counted is at least the heap the review keeps, and the review is many times the text', (name) => {
  const text = SHAPES[name]
  const copies = 4
  let counted = 0
  // What V8 allocates meanwhile for itself (compiled code, feedback, on a loaded machine more of it) only adds to
  // a measure, never takes from it: the least of three is the one nearest to what the reviews hold.
  let heapPerReview = Infinity
  for (let trial = 0; trial < 3; trial++) {
    // As the review worker's answer arrives (postMessage clones it): each string a copy of its own, as counted.
    let kept: unknown[] | undefined = Array.from({ length: copies }, (_, i) => structuredClone(analyseFile({ path: `iam/f${i}.json`, status: 'added', headText: `${text}${' '.repeat(i)}` })))
    counted = reviewFootprint(kept[0] as ReturnType<typeof analyseFile>)
    // The heap with the reviews, then without them, with no analysis between: the linter's memos (some emptied
    // when full) are the same in both, so the difference is what the reviews hold.
    collectGarbage()
    const withReviews = process.memoryUsage().heapUsed
    kept = undefined
    collectGarbage()
    heapPerReview = Math.min(heapPerReview, (withReviews - process.memoryUsage().heapUsed) / copies)
  }
  process.stdout.write(`[footprint] ${name}: text ${text.length}, heap ${Math.round(heapPerReview)} (${(heapPerReview / text.length).toFixed(1)}x), counted ${counted} (${(counted / heapPerReview).toFixed(2)}x the heap)\n`)
  expect(counted).toBeGreaterThanOrEqual(heapPerReview)
  // Not so far over that the budget stops files it has room for.
  expect(counted).toBeLessThan(2 * heapPerReview)
  expect(counted).toBeGreaterThan(4 * text.length)
})
