// What `generate` writes to output-dir when the folder cannot take the file
// set: a path past the file system's limits, a folder where a file of the set
// goes. Bad input gives one ::error:: naming output-dir and writes nothing (no
// folder, file, output or summary). Runs the action as built from the current
// src/ (not dist/), as a runner step.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { formatInputError, RefusedInput } from '../../src/core/inputs/input-error.js'
import { checkWriteTarget, writeFileSet } from '../../src/report/files.js'
import { spawnSync } from 'node:child_process'
import { REPO_ROOT, makeWorkspace, runAction, type StepResult } from '../support/run-action.js'
import { tempDir } from '../support/temp-dirs.js'

let bundle: string
beforeAll(() => {
  // The action as `npm run bundle` builds it, from this src/, into a folder of the test's own.
  const outdir = tempDir('rtc-bundle-')
  const built = spawnSync(process.execPath, ['scripts/bundle.mjs', 'src/index.ts', outdir], { cwd: REPO_ROOT, encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`bundle failed: ${built.stderr}`)
  bundle = path.join(outdir, 'index.js')
}, 60_000)

const INPUTS = { mode: 'generate', 'account-id': '123456789012', 'role-name': 'r1', 'user-name': 'u1', 'artifact-name': '' }

function generate(workspace: string, outputDir: string): Promise<StepResult> {
  return runAction({ bundle, workspace, inputs: { ...INPUTS, 'output-dir': outputDir } })
}

/** One ::error:: naming output-dir, exit 1, and nothing else reported or set. */
function expectRefused(step: StepResult): string {
  const errors = step.commands.filter((c) => c.command === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0].message).toMatch(/^Input 'output-dir': /)
  expect(step.exitCode).toBe(1)
  expect(step.commands.filter((c) => c.command !== 'error')).toEqual([])
  expect(step.outputs).toEqual({})
  expect(step.summary).toBe('')
  return errors[0].message
}


/** Tests here set GITHUB_WORKSPACE: each test gets back the value it found. */
function restoreWorkspaceEnvAfterEach(): void {
  let saved: string | undefined
  beforeEach(() => {
    saved = process.env.GITHUB_WORKSPACE
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_WORKSPACE
    else process.env.GITHUB_WORKSPACE = saved
  })
}

describe('an output-dir past the file system limits', () => {
  test('a folder name over 255 bytes: refused with the rule, no folder made', async () => {
    const ws = makeWorkspace()
    const step = await generate(ws, `first/${'a'.repeat(300)}`)
    const message = expectRefused(step)
    expect(message).toContain('has a folder or file name of 300 bytes')
    expect(message).toContain('at most 255 bytes')
    expect(readdirSync(ws)).toEqual([])
  })

  test('a name of 128 two-byte characters (256 bytes) is counted in bytes', async () => {
    const ws = makeWorkspace()
    const message = expectRefused(await generate(ws, `x/${'é'.repeat(128)}`))
    expect(message).toContain('of 256 bytes')
    expect(readdirSync(ws)).toEqual([])
  })

  test('a path over 4095 bytes in names of 200: refused, none of its folders made', async () => {
    const ws = makeWorkspace()
    const dir = Array.from({ length: 21 }, (_, i) => String(i).padStart(200, 'a')).join('/')
    const message = expectRefused(await generate(ws, dir))
    expect(message).toMatch(/makes a path of \d+ bytes with the files written in it/)
    expect(readdirSync(ws)).toEqual([])
  })

  test('a 120,000-character value is shown cut, once, with no stack', async () => {
    const ws = makeWorkspace()
    const step = await generate(ws, 'a'.repeat(120_000))
    expectRefused(step)
    // The value is cut to 80 characters in the message, and nothing else prints it.
    expect(step.stdout.length).toBeLessThan(2000)
    expect(step.stdout).not.toContain('::debug::')
  })

  test('a path outside the workspace is shown cut to 80 characters', async () => {
    const ws = makeWorkspace()
    const message = expectRefused(await generate(ws, `../${'b'.repeat(5000)}`))
    expect(message).toMatch(/resolves to "[^,"]{1,80}"…, outside the workspace/)
  })

  test('a path just within the limits is written', async () => {
    const ws = makeWorkspace()
    const step = await generate(ws, `first/${'a'.repeat(255)}`)
    expect(step.exitCode).toBe(0)
    expect(readdirSync(path.join(ws, 'first', 'a'.repeat(255)))).toContain('trust-policy.json')
  })
})

describe('a folder in place of a file of the set', () => {
  /** A folder left from an earlier run: old policies, and a folder where trust-policy.json goes. */
  function earlierRun(ws: string): string {
    const dir = path.join(ws, 'redshift-temp-creds')
    mkdirSync(path.join(dir, 'trust-policy.json', 'x'), { recursive: true })
    writeFileSync(path.join(dir, 'user-policy.json'), 'old user policy\n')
    writeFileSync(path.join(dir, 'kms-policy.json'), 'old kms policy\n')
    return dir
  }

  test('refused before anything is replaced: the old files stay, no temporary file is left', async () => {
    const ws = makeWorkspace()
    const dir = earlierRun(ws)
    const message = expectRefused(await generate(ws, 'redshift-temp-creds'))
    expect(message).toContain('holds a folder named trust-policy.json')
    expect(readdirSync(dir).sort()).toEqual(['kms-policy.json', 'trust-policy.json', 'user-policy.json'])
    expect(readFileSync(path.join(dir, 'user-policy.json'), 'utf8')).toBe('old user policy\n')
    expect(readFileSync(path.join(dir, 'kms-policy.json'), 'utf8')).toBe('old kms policy\n')
  })

  test('a folder at a name the run removes (a stale kms-policy.json) is refused too', async () => {
    const ws = makeWorkspace()
    const dir = path.join(ws, 'redshift-temp-creds')
    mkdirSync(path.join(dir, 'kms-policy.json'), { recursive: true })
    writeFileSync(path.join(dir, 'user-policy.json'), 'old user policy\n')
    const message = expectRefused(await generate(ws, 'redshift-temp-creds'))
    expect(message).toContain('holds a folder named kms-policy.json')
    expect(readFileSync(path.join(dir, 'user-policy.json'), 'utf8')).toBe('old user policy\n')
  })
})

describe('writeFileSet on its own', () => {
  const files = [
    { name: 'user-policy.json', content: '{"new":1}\n' },
    { name: 'trust-policy.json', content: '{"new":2}\n' }
  ]
  restoreWorkspaceEnvAfterEach()

  function checked(ws: string, value: string) {
    process.env.GITHUB_WORKSPACE = ws
    const target = checkWriteTarget('output-dir', value, 'folder', ['user-policy.json', 'trust-policy.json'])
    if (!target.ok) throw new Error(target.error.problem)
    return target
  }

  test('a folder that appears after the check: RefusedInput naming output-dir, nothing replaced', () => {
    const ws = tempDir('rtc-set-')
    const target = checked(ws, 'out')
    mkdirSync(path.join(ws, 'out', 'trust-policy.json'), { recursive: true })
    writeFileSync(path.join(ws, 'out', 'user-policy.json'), 'old\n')
    let thrown: unknown
    try {
      writeFileSet(target, files, ['kms-policy.json'])
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(RefusedInput)
    expect((thrown as Error).message).toMatch(/^Input 'output-dir': "out" holds a folder named trust-policy\.json/)
    expect(readFileSync(path.join(ws, 'out', 'user-policy.json'), 'utf8')).toBe('old\n')
    expect(readdirSync(path.join(ws, 'out')).sort()).toEqual(['trust-policy.json', 'user-policy.json'])
  })

  test('a rename that fails removes every temporary file left', () => {
    const ws = tempDir('rtc-set-')
    const target = checked(ws, 'new/out')
    // The temporary file of 'sub/x.json' goes in '.sub', which exists; its final place 'sub' does not: the rename fails.
    const made = path.join(ws, 'new', 'out', '.sub')
    const withBadRename = [...files, { name: 'sub/x.json', content: '{}\n' }]
    mkdirSync(made, { recursive: true })
    expect(() => writeFileSet(target, withBadRename)).toThrow(/ENOENT/)
    // The files renamed before the failure are in place; no temporary file is left anywhere.
    expect(readdirSync(made)).toEqual([])
    expect(readdirSync(path.join(ws, 'new', 'out')).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  test('a write that fails in a folder made for it removes that folder', () => {
    const ws = tempDir('rtc-set-')
    const target = checked(ws, 'fresh/out')
    // 'missing/x.json' has no folder for its temporary file: the second write fails.
    expect(() => writeFileSet(target, [files[0], { name: 'missing/x.json', content: '{}\n' }])).toThrow(/ENOENT/)
    expect(existsSync(path.join(ws, 'fresh'))).toBe(false)
  })
})

describe('a path where a file stands for a folder, or a folder for a file', () => {
  restoreWorkspaceEnvAfterEach()

  test('the error names the rule that is broken (the type of what stands there), not only where a path may lead', () => {
    const ws = tempDir('rtc-kind-')
    process.env.GITHUB_WORKSPACE = ws
    writeFileSync(path.join(ws, 'out'), 'a file\n')
    mkdirSync(path.join(ws, 'reports.sarif'))
    const cases: Array<[string, 'file' | 'folder', RegExp]> = [
      ['out', 'folder', /^Input 'output-dir': "out" is a file, not a folder\. Expected a folder, or a path not there yet, whose every part is a folder: a path inside the workspace/],
      ['out/sub', 'folder', /^Input 'output-dir': "out\/sub" goes through "out", which is not a folder\. Expected a folder, or a path not there yet, whose every part is a folder/],
      ['reports.sarif', 'file', /^Input 'sarif-file': "reports\.sarif" is not a regular file\. Expected a regular file, or a path not there yet, whose every folder is a folder/],
      ['out/r.sarif', 'file', /^Input 'sarif-file': "out\/r\.sarif" goes through "out", which is not a folder\. Expected a regular file, or a path not there yet/]
    ]
    for (const [value, kind, message] of cases) {
      const target = checkWriteTarget(kind === 'folder' ? 'output-dir' : 'sarif-file', value, kind)
      expect(target.ok).toBe(false)
      if (!target.ok) expect(formatInputError(target.error)).toMatch(message)
    }
  })
})
