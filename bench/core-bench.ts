// Helpers of `npm run bench`, bundled at bench time by scripts/bundle.mjs (as
// dist/ is) so that they run the same compiled code the action runs. Prints one JSON line.
//   write DIR COUNT  writes COUNT generated policy files under DIR;
//   diff             diffPolicies on two 500-statement policies, against
//                    JSON.parse + stringify of both, in this process.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { diffPolicies } from '../src/core/diff/semantic-diff.js'
import { bigPolicyPair, policyFiles } from './policies.js'

const [, , command, dir, count] = process.argv
if (command === 'write') {
  const generated = policyFiles(Number(count))
  const made = new Set<string>()
  let bytes = 0
  for (const f of generated) {
    const folder = path.dirname(path.join(dir, f.name))
    if (!made.has(folder)) mkdirSync(folder, { recursive: true })
    made.add(folder)
    writeFileSync(path.join(dir, f.name), f.text)
    bytes += Buffer.byteLength(f.text)
  }
  console.log(JSON.stringify({ files: generated.length, bytes }))
  process.exit(0)
}
if (command !== 'diff') throw new Error(`unknown command ${command}`)

function time(fn: () => void): number {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

let sink = 0
const [before, after] = bigPolicyPair(500)
const beforeText = JSON.stringify(before)
const afterText = JSON.stringify(after)
const diffTimes: number[] = []
const diffFloors: number[] = []
let accessChange = ''
for (let round = 0; round < 15; round++) {
  diffFloors.push(time(() => (sink += JSON.stringify(JSON.parse(beforeText)).length + JSON.stringify(JSON.parse(afterText)).length)))
  diffTimes.push(time(() => (accessChange = diffPolicies(JSON.parse(beforeText), JSON.parse(afterText)).accessChange)))
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]
console.log(JSON.stringify({ diffMs: median(diffTimes), diffFloorMs: median(diffFloors), diffStatements: 500, accessChange, sink }))
