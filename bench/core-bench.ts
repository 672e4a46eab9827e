// In-process part of `npm run bench`, bundled with ncc at bench time so that
// it runs the same compiled code the action runs. Prints one JSON line.
//   validate: 10,000 generated policy files, read + lintPolicyText, against
//             read + JSON.parse of the same files in the same process;
//   diff:     two 500-statement policies, against JSON.parse of both.
//   `write DIR COUNT` writes the generated files and DIR/files.txt first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { lintPolicyText } from '../src/core/lint/lint.js'
import { diffPolicies } from '../src/core/diff/semantic-diff.js'
import { bigPolicyPair, policyFiles } from './policies.js'

const [, , command, dir, count] = process.argv
if (command === 'write') {
  const generated = policyFiles(Number(count))
  for (const f of generated) {
    mkdirSync(path.dirname(path.join(dir, f.name)), { recursive: true })
    writeFileSync(path.join(dir, f.name), f.text)
  }
  writeFileSync(path.join(dir, 'files.txt'), generated.map((f) => f.name).join('\n'))
  const bytes = generated.reduce((n, f) => n + f.text.length, 0)
  console.log(JSON.stringify({ files: generated.length, bytes }))
  process.exit(0)
}
const files = readFileSync(path.join(dir, 'files.txt'), 'utf8').split('\n').filter(Boolean)

function time(fn: () => void): number {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

let sink = 0
const floor = () =>
  time(() => {
    for (const f of files) {
      const value = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { Statement?: unknown[] }
      sink += value.Statement ? 1 : 0
    }
  })
let findings = 0
let errors = 0
const validate = () =>
  time(() => {
    findings = 0
    errors = 0
    for (const f of files) {
      const linted = lintPolicyText(f, readFileSync(path.join(dir, f), 'utf8'))
      findings += linted.findings.length
      for (const x of linted.findings) if (x.severity === 'error') errors++
    }
  })

// Interleave the rounds so that load on a shared machine hits both sides.
const floors: number[] = []
const validations: number[] = []
for (let round = 0; round < 5; round++) {
  floors.push(floor())
  validations.push(validate())
}

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
console.log(
  JSON.stringify({
    files: files.length,
    floorMs: median(floors),
    validateMs: median(validations),
    findings,
    errors,
    diffMs: median(diffTimes),
    diffFloorMs: median(diffFloors),
    diffStatements: 500,
    accessChange,
    sink
  })
)
