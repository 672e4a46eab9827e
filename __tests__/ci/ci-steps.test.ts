// GitHub CI runs what `.ci/run` runs: the test job of .github/workflows/ci.yml
// has the same steps, named as .ci/run's `echo "== …"` headings, with the same
// commands, on Node 24 and Node 20, and installs cfn-lint for the step that
// .ci/run runs only when it is on PATH. The release workflow checks dist/ and the
// tests before it publishes, and the workflows and README use one major version
// of each action.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../support/run-action.js'

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string>; strategy?: { matrix?: Record<string, unknown[]> } }>
}

const read = (rel: string) => readFileSync(path.join(REPO_ROOT, rel), 'utf8')
const ci = parse(read('.github/workflows/ci.yml')) as Workflow
const release = parse(read('.github/workflows/release.yml')) as Workflow
const commands = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/** .ci/run's steps: each `echo "== name"` heading and the commands under it. */
function ciRunSteps(): Array<{ name: string; commands: string[] }> {
  const steps: Array<{ name: string; commands: string[] }> = []
  for (const line of commands(read('.ci/run'))) {
    const heading = /^echo "== (.+)"$/.exec(line)
    if (heading) steps.push({ name: heading[1], commands: [] })
    else if (steps.length > 0 && !line.startsWith('#')) steps.at(-1)!.commands.push(line)
  }
  return steps
}

/** Steps of ci.yml's test job that .ci/run does not have: installing what .ci/run uses when it is there. */
const CI_ONLY_STEPS = ['install cfn-lint']
const CFN_LINT_STEP = 'cfn-lint on the generated CloudFormation templates (says so when cfn-lint is not on PATH)'

test('the test job of ci.yml runs .ci/run\'s steps, in order, with the same commands', () => {
  const local = ciRunSteps()
  expect(local.map((s) => s.name)).toEqual(expect.arrayContaining(['install', 'typecheck', 'README test command', CFN_LINT_STEP]))
  const job = ci.jobs.test.steps
    .filter((s) => s.run !== undefined && !CI_ONLY_STEPS.includes(s.name ?? ''))
    .map((s) => ({ name: s.name, commands: commands(s.run!) }))
  expect(job).toEqual(local)
})

test('GitHub CI installs the cfn-lint the script names just before the cfn-lint step, which then cannot skip', () => {
  const steps = ci.jobs.test.steps
  const at = steps.findIndex((s) => s.name === CFN_LINT_STEP)
  const pinned = /^const CFN_LINT_VERSION = '([\d.]+)'$/m.exec(read('scripts/cfn-lint-generated.mjs'))?.[1]
  expect(pinned).toBeDefined()
  expect(steps[at - 1]).toEqual({ name: 'install cfn-lint', run: `pipx install cfn-lint==${pinned}` })
  expect(steps[at].env).toEqual({ RTC_CFN_LINT_REQUIRED: '1' })
  // .ci/run runs it when cfn-lint is there and says so when not; the README documents that line and the pin
  expect(ciRunSteps().find((s) => s.name === CFN_LINT_STEP)?.commands).toEqual(['npm run test:cfn-lint -- --optional'])
  expect(read('README.md')).toContain('`cfn-lint check NOT run: cfn-lint not on PATH`')
  expect(read('README.md')).toContain(`\`cfn-lint==${pinned}\``)
})

test('.ci/run runs the README\'s run and test commands, the corpus suite and the cfn-lint check', () => {
  const readme = read('README.md')
  const all = ciRunSteps().flatMap((s) => s.commands)
  for (const command of ['npm ci', 'npm start', 'npm test']) {
    expect(readme).toContain(command)
    expect(all.some((c) => c === command || c.startsWith(`${command} `))).toBe(true)
  }
  expect(all).toContain('npm run test:corpus -- --optional')
  expect(all).toContain('npm run test:cfn-lint -- --optional')
})

test('the test job runs on Node 24 and Node 20', () => {
  expect(ci.jobs.test.strategy?.matrix?.node).toEqual([24, 20])
  expect(ci.jobs.test.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe('${{ matrix.node }}')
})

test('the action job uses the action on itself: generate, validate, and a review on pull requests', () => {
  const own = ci.jobs.action.steps.filter((s) => s.uses === './')
  expect(own.map((s) => s.with?.mode ?? 'generate')).toEqual(['generate', 'validate', 'validate'])
  expect(own[2].if).toBe("github.event_name == 'pull_request'")
  expect(ci.jobs.action.permissions?.['pull-requests']).toBe('write')
})

test('the release workflow runs on vX.Y.Z tags, checks dist/ and the tests before publishing, then moves the major tag', () => {
  expect(release.on.push).toEqual({ tags: ['v[0-9]+.[0-9]+.[0-9]+'] })
  const runs = release.jobs.release.steps.map((s) => s.run ?? '')
  const at = (needle: string) => runs.findIndex((r) => r.includes(needle))
  expect(at('npm run check-dist')).toBeGreaterThan(-1)
  expect(at('npm test')).toBeGreaterThan(at('npm run check-dist'))
  expect(at('scripts/release-notes.mjs')).toBeGreaterThan(at('npm test'))
  expect(at('gh release create')).toBeGreaterThan(at('scripts/release-notes.mjs'))
  expect(at('git push --force origin "refs/tags/$major"')).toBeGreaterThan(at('gh release create'))
  // the tag reaches the shell through the environment, never spliced into the script
  for (const r of runs) expect(r).not.toContain('${{')
})

test('the workflows and the README use one major version of each action', () => {
  const files = ['README.md', ...readdirSync(path.join(REPO_ROOT, '.github', 'workflows')).map((f) => `.github/workflows/${f}`)]
  const versions = new Map<string, Set<string>>()
  for (const file of files) {
    for (const m of read(file).matchAll(/uses: ([\w.-]+\/[\w./-]+)@(v\d+)\b/g)) {
      if (m[1].endsWith('redshift-temp-creds-action')) continue
      versions.set(m[1], new Set([...(versions.get(m[1]) ?? []), m[2]]))
    }
  }
  const mixed = [...versions].filter(([, v]) => v.size > 1).map(([name, v]) => `${name}: ${[...v].join(', ')}`)
  expect(mixed).toEqual([])
  expect(versions.get('github/codeql-action/upload-sarif')).toEqual(new Set(['v4']))
})

describe('scripts/release-notes.mjs', () => {
  const notes = (tag: string, files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rtc-release-'))
    try {
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
      const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'release-notes.mjs'), tag], { env: { ...process.env, RTC_RELEASE_ROOT: dir }, encoding: 'utf8' })
      return { status: run.status, stdout: run.stdout, stderr: run.stderr }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  const changelog = '# Changelog\n\n## Unreleased\n\n- next\n\n## v1.2.0\n\n- added a thing\n- fixed a thing\n\n## v1.1.0\n\n- older\n'

  test('prints the section of the tag', () => {
    expect(notes('v1.2.0', { 'package.json': '{"version":"1.2.0"}', 'CHANGELOG.md': changelog })).toEqual({ status: 0, stdout: '- added a thing\n- fixed a thing\n', stderr: '' })
  })
  test.each([
    ['1.2.0', '1.2.0', 'is not vX.Y.Z'],
    ['v1.2.0', '1.1.0', "does not match package.json's version 1.1.0"],
    ['v1.3.0', '1.3.0', 'has no "## v1.3.0" section']
  ])('fails for tag %s with package.json %s: %s', (tag, version, says) => {
    const run = notes(tag, { 'package.json': JSON.stringify({ version }), 'CHANGELOG.md': changelog })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(says)
  })
  test("the repository's CHANGELOG.md has a section for package.json's version", () => {
    const version = (JSON.parse(read('package.json')) as { version: string }).version
    expect(read('CHANGELOG.md')).toContain(`\n## v${version}\n`)
  })
})
