// Writes stay inside the workspace (or RUNNER_TEMP): sarif-file and
// output-dir are resolved against the workspace, and a path that leaves it,
// goes through a committed symlink or is one, gives one ::error:: naming the
// input and writes nothing anywhere. Runs the bundled action.
import { afterEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { makeWorkspace, runAction, type StepResult } from '../support/run-action.js'

const cleanup: string[] = []
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] })

/** A workspace with one policy file, and a folder outside it holding a file the attack aims at. */
function setUp(): { ws: string; outside: string; victim: string } {
  const ws = makeWorkspace('rtc-write-ws-')
  const outside = mkdtempSync(path.join(tmpdir(), 'rtc-write-outside-'))
  cleanup.push(ws, outside)
  mkdirSync(path.join(ws, 'iam'))
  writeFileSync(path.join(ws, 'iam', 'app.json'), POLICY)
  const victim = path.join(outside, 'victim.txt')
  writeFileSync(victim, 'untouched\n')
  return { ws, outside, victim }
}

async function run(ws: string, inputs: Record<string, string>): Promise<StepResult> {
  const step = await runAction({ workspace: ws, inputs })
  cleanup.push(step.runnerTemp)
  return step
}

function expectRefused(step: StepResult, input: string): void {
  const errors = step.commands.filter((c) => c.command === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0].message).toMatch(new RegExp(`^Input '${input}'`))
  expect(step.exitCode).toBe(1)
  // Nothing reported or written before the refusal.
  expect(step.commands.filter((c) => c.command === 'warning' || c.command === 'notice')).toEqual([])
  expect(step.outputs).toEqual({})
}

const validateInputs = (sarif: string) => ({ mode: 'validate', 'policy-files': 'iam/*.json', 'sarif-file': sarif, 'fail-on': 'never' })
const generateInputs = (dir: string) => ({ mode: 'generate', 'account-id': '123456789012', 'role-name': 'r', 'user-name': 'u', 'output-dir': dir, 'artifact-name': '' })

describe('sarif-file', () => {
  test('../x leaves the workspace: refused, nothing written beside it', async () => {
    const { ws } = setUp()
    const step = await run(ws, validateInputs('../x.sarif'))
    expectRefused(step, 'sarif-file')
    expect(step.commands[0].message).toContain('outside the workspace')
    expect(existsSync(path.join(path.dirname(ws), 'x.sarif'))).toBe(false)
  })

  test('an absolute path outside: refused, the file there untouched', async () => {
    const { ws, victim } = setUp()
    const step = await run(ws, validateInputs(victim))
    expectRefused(step, 'sarif-file')
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n')
  })

  test('a committed symlink at the name: refused, its target untouched', async () => {
    const { ws, victim } = setUp()
    symlinkSync(victim, path.join(ws, 'results.sarif'))
    const step = await run(ws, validateInputs('results.sarif'))
    expectRefused(step, 'sarif-file')
    expect(step.commands[0].message).toContain('symbolic link')
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n')
  })

  test('a committed symlinked folder on the way: refused, nothing written through it', async () => {
    const { ws, outside } = setUp()
    symlinkSync(outside, path.join(ws, 'reports'))
    const step = await run(ws, validateInputs('reports/iam.sarif'))
    expectRefused(step, 'sarif-file')
    expect(readdirSync(outside)).toEqual(['victim.txt'])
  })

  test('a path inside the workspace is written', async () => {
    const { ws } = setUp()
    const step = await run(ws, validateInputs('out/deep/iam.sarif'))
    expect(step.exitCode).toBe(0)
    expect(JSON.parse(readFileSync(path.join(ws, 'out/deep/iam.sarif'), 'utf8')).version).toBe('2.1.0')
  })
})

describe('output-dir', () => {
  test('a folder inside .git (any case) is refused: git neither commits it nor keeps its own files safe from it', async () => {
    for (const dir of ['.git/iam', 'sub/.GIT/iam', '.git']) {
      const { ws } = setUp()
      mkdirSync(path.join(ws, '.git'))
      writeFileSync(path.join(ws, '.git', 'config'), 'untouched\n')
      const step = await run(ws, generateInputs(dir))
      expectRefused(step, 'output-dir')
      expect(step.commands[0].message).toContain('is inside a .git folder')
      expect(readdirSync(path.join(ws, '.git'))).toEqual(['config'])
      expect(existsSync(path.join(ws, 'sub'))).toBe(false)
    }
  })

  test('a Windows path (a backslash) on Linux is refused, not made into one folder named out\\iam', async () => {
    for (const dir of ['out\\iam', 'C:\\out']) {
      const { ws } = setUp()
      const step = await run(ws, generateInputs(dir))
      expectRefused(step, 'output-dir')
      expect(step.commands[0].message).toContain("contains '\\', which separates folders only on Windows")
      expect(readdirSync(ws)).toEqual(['iam'])
    }
  })

  test('../out, an absolute folder outside and a symlinked folder are refused; nothing written', async () => {
    const { ws, outside } = setUp()
    symlinkSync(outside, path.join(ws, 'linked'))
    for (const dir of ['../out', path.join(outside, 'policies'), 'linked', 'linked/sub']) {
      const step = await run(ws, generateInputs(dir))
      expectRefused(step, 'output-dir')
    }
    expect(readdirSync(outside)).toEqual(['victim.txt'])
    expect(existsSync(path.join(path.dirname(ws), 'out'))).toBe(false)
  })

  test('a committed symlink in place of a file in output-dir is replaced, not followed', async () => {
    const { ws, victim } = setUp()
    mkdirSync(path.join(ws, 'redshift-temp-creds'))
    symlinkSync(victim, path.join(ws, 'redshift-temp-creds', 'trust-policy.json'))
    const step = await run(ws, generateInputs('redshift-temp-creds'))
    expect(step.exitCode).toBe(0)
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n')
    expect(JSON.parse(readFileSync(path.join(ws, 'redshift-temp-creds', 'trust-policy.json'), 'utf8')).Version).toBe('2012-10-17')
  })
})
