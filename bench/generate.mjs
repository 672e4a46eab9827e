// Whole-process time of one `generate` run of the committed bundle, next to
// two floors started the same way in the same environment: a minimal action
// that imports @actions/core, reads one input and writes one output, bundled
// the same way (scripts/bundle.mjs, same options: the realistic floor of any
// JavaScript action), and a bare `node -e 0`. The three run interleaved, in an order
// that rotates each round (roundOrder in util.mjs), so load on a
// shared machine hits all of them alike; the figures are medians.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { median, ratioInterval, ROOT, roundOrder, stepFolder, timeMs } from './util.mjs'

const INPUTS = {
  'INPUT_ACCOUNT-ID': '1234-5678-9012',
  'INPUT_ROLE-NAME': 'informatica-redshift-staging',
  'INPUT_ROLE-PATH': '/',
  'INPUT_USER-NAME': 'informatica-etl',
  INPUT_KMS: 'true',
  'INPUT_KMS-KEY-ARN': 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  INPUT_PARTITION: 'aws',
  'INPUT_OUTPUT-DIR': 'out',
  'INPUT_ARTIFACT-NAME': 'redshift-temp-creds-policies'
}

/**
 * The folders and files a runner gives a step, new for every run (made
 * before the clock starts), as on GitHub: a job's workspace holds no output
 * folder from an earlier run, and each step has its own GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, which are really written.
 * ACTIONS_RUNTIME_TOKEN is set as on a real runner; with no results service
 * URL the artifact client must stay unloaded.
 */
function freshRunner(root) {
  const step = stepFolder(root, 'generate-')
  return {
    ...process.env,
    ...INPUTS,
    GITHUB_WORKSPACE: step.dir,
    GITHUB_OUTPUT: step.output,
    GITHUB_STEP_SUMMARY: step.summary,
    RUNNER_TEMP: step.dir,
    ACTIONS_RUNTIME_TOKEN: 'bench'
  }
}

export function benchGenerate({ root, minimalBundle, runs = 21 }) {
  const cases = {
    action: [path.join(ROOT, 'dist', 'index.js')],
    minimal: [minimalBundle],
    bare: ['-e', '0']
  }
  const run = (args) => {
    const env = freshRunner(root)
    const ms = timeMs(() => {
      // stdout and stderr are pipes, as a runner gives a step (a file or /dev/null would spare the action the cost of
      // a pipe, which only it pays: the minimal action and node -e 0 print nothing).
      const r = spawnSync(process.execPath, args, { env, cwd: env.GITHUB_WORKSPACE, stdio: ['ignore', 'pipe', 'pipe'] })
      if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`)
    })
    return { ms, env }
  }
  // Warm the file cache once; the action's run must have done its work (a role-arn output).
  for (const [name, args] of Object.entries(cases)) {
    const { env } = run(args)
    if (name === 'action' && !readFileSync(env.GITHUB_OUTPUT, 'utf8').includes('role-arn<<')) throw new Error('generate wrote no role-arn output')
  }
  const times = { action: [], minimal: [], bare: [] }
  for (let i = 0; i < runs; i++) for (const name of roundOrder(Object.keys(cases), i)) times[name].push(run(cases[name]).ms)
  const ms = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]))
  return {
    runs,
    ms,
    vsMinimal: ms.action / ms.minimal,
    vsMinimalInterval: ratioInterval(times.action, times.minimal),
    vsBare: ms.action / ms.bare,
    minimalVsBare: ms.minimal / ms.bare
  }
}
