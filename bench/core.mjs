// Builds bench/core-bench.ts with ncc (the same compiler as dist/) and runs
// it: the validate and diff figures, each next to its floor from the same run.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT, timeMs } from './util.mjs'

/** Bundles a bench entry with ncc, the way dist/ is made; returns the bundle's path. */
export function buildBenchEntry(entry) {
  const out = mkdtempSync(path.join(tmpdir(), 'rtc-bench-build-'))
  const ncc = path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--target', 'es2022', '--quiet'], { cwd: ROOT, stdio: 'inherit' })
  return path.join(out, 'index.js')
}

export const buildCoreBench = () => buildBenchEntry('bench/core-bench.ts')

export function writePolicyFiles(bundle, count) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rtc-bench-files-'))
  const out = execFileSync(process.execPath, [bundle, 'write', dir, String(count)], { encoding: 'utf8' })
  return { dir, ...JSON.parse(out) }
}

export function runCoreBench(bundle, dir) {
  const out = execFileSync(process.execPath, [bundle, 'run', dir], { encoding: 'utf8', maxBuffer: 1 << 24 })
  return JSON.parse(out.trim().split('\n').pop())
}

/** The whole action in validate mode over the files, as a workflow runs it. */
export function runValidateAction(dir) {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'rtc-bench-runner-'))
  const env = {
    ...process.env,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: runnerTemp,
    INPUT_MODE: 'validate',
    'INPUT_POLICY-FILES': '**/*.json',
    'INPUT_FAIL-ON': 'never'
  }
  let status = 0
  const ms = timeMs(() => {
    status = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'index.js')], { env, cwd: dir, stdio: 'ignore' }).status
  })
  rmSync(runnerTemp, { recursive: true, force: true })
  return { ms, status }
}
