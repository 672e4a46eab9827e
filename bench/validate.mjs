// Whole-process `validate` runs of the committed bundle over generated policy
// files, as a runner step (outputs, summary, runner temp, a SARIF report),
// next to the floor: a fresh process that finds, reads and JSON.parses the
// same files (floor.mjs). Interleaved; medians of wall time, CPU time and
// peak resident memory (from usage.cjs, preloaded into both).
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseOutputs } from './outputs.mjs'
import { ROOT, median, ratioInterval, roundOrder, stepFolder, timeMs } from './util.mjs'

export function benchValidate({ root, dir, runs }) {
  const usage = path.join(ROOT, 'bench', 'usage.cjs')
  const cases = {
    floor: ['-r', usage, path.join(ROOT, 'bench', 'floor.mjs'), dir],
    action: ['-r', usage, path.join(ROOT, 'dist', 'index.js')]
  }
  const samples = { floor: [], action: [] }
  let reports
  for (let i = 0; i < runs; i++) {
    for (const name of roundOrder(Object.keys(cases), i)) {
      const args = cases[name]
      const step = stepFolder(root, 'runner-')
      const runner = step.dir
      const files = { out: step.output, summary: step.summary, usage: path.join(runner, 'usage.json') }
      const env = {
        ...process.env,
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: files.out,
        GITHUB_STEP_SUMMARY: files.summary,
        RUNNER_TEMP: runner,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'octo-org/iam',
        GITHUB_SHA: 'a'.repeat(40),
        INPUT_MODE: 'validate',
        'INPUT_POLICY-FILES': '**/*.json',
        'INPUT_SARIF-FILE': path.join(runner, 'iam.sarif'),
        'INPUT_FAIL-ON': 'never',
        'INPUT_ARTIFACT-NAME': 'redshift-temp-creds-policies',
        RTC_BENCH_USAGE: files.usage
      }
      let r
      const ms = timeMs(() => {
        r = spawnSync(process.execPath, args, { env, cwd: dir, maxBuffer: 1 << 30 })
      })
      if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${String(r.stderr).slice(0, 2000)}`)
      const used = JSON.parse(readFileSync(files.usage, 'utf8'))
      samples[name].push({ ms, cpuMs: used.cpuMs, rssMiB: used.maxRssKiB / 1024 })
      if (name === 'action' && !reports) {
        const outputs = parseOutputs(readFileSync(files.out, 'utf8'))
        reports = {
          stdoutBytes: r.stdout.length,
          largestOutput: Math.max(...Object.values(outputs).map((v) => Buffer.byteLength(v))),
          summaryBytes: statSync(files.summary).size,
          findings: JSON.parse(readFileSync(outputs['findings-file'], 'utf8')).length,
          sarifResults: JSON.parse(readFileSync(path.join(runner, 'iam.sarif'), 'utf8')).runs[0].results.length
        }
      }
      rmSync(runner, { recursive: true, force: true })
    }
  }
  const med = (name, key) => median(samples[name].map((s) => s[key]))
  const figures = (name) => ({ ms: med(name, 'ms'), cpuMs: med(name, 'cpuMs'), rssMiB: med(name, 'rssMiB') })
  const floor = figures('floor')
  const action = figures('action')
  const wall = (name) => samples[name].map((s) => s.ms)
  return { runs, floor, action, ratio: action.ms / floor.ms, ratioInterval: ratioInterval(wall('action'), wall('floor')), cpuRatio: action.cpuMs / floor.cpuMs, reports }
}
