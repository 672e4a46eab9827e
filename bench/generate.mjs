// Whole-process time of one `generate` run of the committed bundle, next to a
// bare `node -e 0` started the same way in the same environment (this
// machine's NODE_EXTRA_CA_CERTS slows every Node start alike). Runs the two
// interleaved, so load on a shared machine hits both sides.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { median, ROOT, timeMs } from './util.mjs'

export function benchGenerate({ runs = 21, coreOnlyBundle } = {}) {
  const workspace = mkdtempSync(path.join(tmpdir(), 'rtc-bench-gen-'))
  // The files a runner gives a step: outputs and summary are really written.
  const env = {
    ...process.env,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(workspace, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(workspace, 'summary.md'),
    'INPUT_ACCOUNT-ID': '1234-5678-9012',
    'INPUT_ROLE-NAME': 'informatica-redshift-staging',
    'INPUT_USER-NAME': 'informatica-etl',
    INPUT_KMS: 'true',
    'INPUT_KMS-KEY-ARN': 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'INPUT_OUTPUT-DIR': 'out',
    'INPUT_ARTIFACT-NAME': ''
  }
  writeFileSync(env.GITHUB_OUTPUT, '')
  writeFileSync(env.GITHUB_STEP_SUMMARY, '')
  const action = [path.join(ROOT, 'dist', 'index.js')]
  const bare = ['-e', '0']
  const coreOnly = coreOnlyBundle ? [coreOnlyBundle] : undefined
  const run = (args) => {
    const t = timeMs(() => {
      const r = spawnSync(process.execPath, args, { env, cwd: workspace, stdio: 'ignore' })
      if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`)
    })
    return t
  }
  run(action) // warm the file cache once
  run(bare)
  const actionTimes = []
  const bareTimes = []
  const coreTimes = []
  for (let i = 0; i < runs; i++) {
    actionTimes.push(run(action))
    bareTimes.push(run(bare))
    if (coreOnly) coreTimes.push(run(coreOnly))
  }
  rmSync(workspace, { recursive: true, force: true })
  const a = median(actionTimes)
  const b = median(bareTimes)
  const c = coreOnly ? median(coreTimes) : undefined
  return { runs, actionMs: a, bareMs: b, ratio: a / b, coreOnlyMs: c, coreOnlyRatio: c && c / b }
}
