// Every README example workflow's step that uses this action, run through the
// bundled action (dist/index.js) with the inputs as written: each succeeds,
// and they agree with each other (the validate examples check the files the
// generate example makes, with the same inputs). Expressions are given the
// values a run would have (EXPRESSIONS); one the table does not know fails the
// test. Pull-request examples run as push events, except the one that names its
// PR with pr-number, which reviews a PR on the GitHub stand-in.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { GitHubStandIn } from '../support/github-stand-in.js'
import { actionYml, exampleSteps, README, type ExampleStep } from '../support/readme.js'
import { makeWorkspace, runAction, type StepResult } from '../support/run-action.js'

const TOKEN = 'ghs_standInInstallationToken'
const PR_NUMBER = 42

/** What each `${{ … }}` in an example's inputs stands for in a run. */
const EXPRESSIONS: Record<string, string> = {
  'vars.REDSHIFT_EXTERNAL_ID': 'redshift-etl-7f3a',
  'steps.pr.outputs.number': String(PR_NUMBER),
  'github.token': TOKEN
}

function evaluate(value: string): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, expression: string) => {
    if (!(expression in EXPRESSIONS)) throw new Error(`the README uses \${{ ${expression} }}: add its value to EXPRESSIONS`)
    return EXPRESSIONS[expression]
  })
}

/** The runner's inputs: action.yml's defaults, then the example's `with:`, expressions evaluated. */
function stepInputs(step: ExampleStep): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(actionYml().inputs)) if (spec.default !== undefined) inputs[name] = evaluate(String(spec.default))
  for (const [name, value] of Object.entries(step.inputs)) inputs[name] = evaluate(value)
  return inputs
}

const steps = exampleSteps(README)
const isValidate = (s: ExampleStep) => (s.inputs.mode ?? 'generate') === 'validate'
const generateSteps = steps.filter((s) => !isValidate(s))
const validateSteps = steps.filter(isValidate)

const expectSuccess = (step: StepResult) => {
  const problems = step.commands.filter((c) => c.command === 'error' || c.command === 'warning').map((c) => `${c.command}: ${c.message}`)
  expect({ exitCode: step.exitCode, problems, stderr: step.stderr }).toEqual({ exitCode: 0, problems: [], stderr: '' })
}

/** The generate example's documents, by file name: what the validate examples check. */
let generated: Record<string, string> | undefined

test('the README has generate and validate examples that use the action', () => {
  expect(generateSteps.length).toBeGreaterThanOrEqual(1)
  expect(validateSteps.length).toBeGreaterThanOrEqual(3)
})

test.each(generateSteps.map((s) => [s.title, s] as const))('generate example %s succeeds', async (_title, step) => {
  const result = await runAction({ inputs: stepInputs(step) })
  expectSuccess(result)
  const files = JSON.parse(result.outputs.files) as string[]
  // The example asks for every document and both deploy formats besides the CLI commands.
  expect(files.map((f) => path.basename(f)).sort()).toEqual([
    'cloudformation-template.json',
    'kms-policy.json',
    'manifest.json',
    'redshift-db-auth-policy.json',
    'redshift-temp-creds.tf.json',
    's3-staging-policy.json',
    'trust-policy.json',
    'user-policy.json'
  ])
  generated ??= Object.fromEntries(files.map((f) => [path.basename(f), readFileSync(f, 'utf8')]))
})

/**
 * Puts the generated documents where the example's policy-files globs look:
 * the trust policy where a `trust:` line points (its `*` as the role name),
 * the others (and the trust policy when no line names its kind) under the first plain glob.
 */
function placeGenerated(workspace: string, step: ExampleStep): string[] {
  if (!generated) throw new Error('the generate example did not run first')
  const lines = (step.inputs['policy-files'] ?? '').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !l.startsWith('!'))
  const plain = lines.find((l) => !/^\w+:\s/.test(l))
  const trust = /^trust:\s*(.+)$/.exec(lines.find((l) => l.startsWith('trust:')) ?? '')?.[1]
  const folderOf = (glob: string) => glob.split('/').filter((part) => !/[*?[{]/.test(part)).join('/')
  const placed: string[] = []
  for (const name of Object.keys(generated).filter((n) => n.endsWith('-policy.json'))) {
    const rel = name === 'trust-policy.json' && trust ? trust.replace('*', step.inputs['role-name'] ?? 'role') : path.posix.join(folderOf(plain ?? 'iam/*.json'), name)
    mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true })
    writeFileSync(path.join(workspace, rel), generated[name])
    placed.push(rel)
  }
  return placed
}

describe('validate examples, on the generate example\'s files', () => {
  let gh: GitHubStandIn
  beforeAll(async () => {
    gh = await new GitHubStandIn().start()
  })
  afterAll(async () => {
    await gh.stop()
    expect(gh.violations).toEqual([])
  })

  test.each(validateSteps.map((s) => [s.title, s] as const))('%s succeeds', async (_title, step) => {
    const workspace = makeWorkspace('rtc-readme-')
    const placed = placeGenerated(workspace, step)
    const env: Record<string, string> = { GITHUB_API_URL: gh.url, RTC_GITHUB_BACKOFF_UNIT_MS: '1' }
    if (step.inputs['pr-number']) {
      // the PR the example names: it adds the generated files
      const [baseSha, headSha] = ['ba5e'.repeat(10), 'beef'.repeat(10)]
      for (const rel of placed) gh.setFile(headSha, rel, readFileSync(path.join(workspace, rel), 'utf8'))
      gh.addPull({ number: PR_NUMBER, baseSha, headSha, files: placed.map((filename) => ({ filename, status: 'added' as const })) })
      env.GITHUB_EVENT_NAME = step.events.includes('workflow_run') ? 'workflow_run' : 'push'
      // The run that triggered this one ran on the PR's head: the review checks pr-number against it.
      const event = path.join(makeWorkspace('rtc-readme-event-'), 'event.json')
      const repository = { name: 'repo', full_name: 'octo/repo', owner: { login: 'octo' } }
      writeFileSync(event, JSON.stringify(env.GITHUB_EVENT_NAME === 'workflow_run' ? { workflow_run: { head_sha: headSha }, repository } : { repository }))
      env.GITHUB_EVENT_PATH = event
    }
    const result = await runAction({ workspace, inputs: stepInputs(step), env, timeoutMs: 60000 })
    expectSuccess(result)
    expect(JSON.parse(result.outputs.findings).filter((f: { severity: string }) => f.severity !== 'notice')).toEqual([])
    if (step.inputs['sarif-file']) expect(JSON.parse(readFileSync(path.join(workspace, step.inputs['sarif-file']), 'utf8')).runs[0].results).toEqual([])
    if (step.inputs['pr-number']) expect(result.outputs['access-change']).toBe('broadens')
  })
})

test('an expression the table does not know fails loudly', () => {
  expect(() => evaluate('${{ secrets.NOPE }}')).toThrow(/secrets\.NOPE/)
})
