// The bundle pays only for what a run uses: the artifact client, Octokit and
// the review module are separate chunks, loaded when an upload starts or a
// pull request is reviewed, never at start-up. Each run of the bundled action
// gets a module-loading hook (NODE_OPTIONS=--import) that lists every file
// it loads; the chunks are told apart by what they define, not by their names.
// The same hook lists the kinds of asynchronous resource the run creates, which
// shows whether it handed work to libuv's thread pool (file operations through
// fs.promises or callbacks), whose four threads a short run pays to start.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { BUNDLE, makeWorkspace, runAction, type StepResult } from '../support/run-action.js'

/** A class definition as a bundler writes it: `class Name` or `Name = class`. */
const definesClass = (name: string) => new RegExp(`\\bclass ${name}\\b|\\b${name} = class\\b`)
const MARKERS = {
  artifact: definesClass('DefaultArtifactClient'),
  octokit: definesClass('Octokit'),
  review: /\bfunction selectPolicyFiles\b/,
  linter: /\bfunction lintPolicyText\b/,
  // The check that the documents work together, with the policy evaluator and the diff it uses.
  together: /\bfunction checkTogether\b/,
  // @actions/core's OIDC client and what it stands on: never used by this action.
  httpClient: definesClass('HttpClient'),
  undici: definesClass('EnvHttpProxyAgent')
} as const
type Part = keyof typeof MARKERS

let hookDir: string
const workspaces: string[] = []

beforeAll(() => {
  hookDir = mkdtempSync(path.join(tmpdir(), 'rtc-load-hook-'))
  writeFileSync(
    path.join(hookDir, 'hooks.mjs'),
    "import { appendFileSync } from 'node:fs'\n" +
      'export async function load(url, context, next) {\n' +
      "  if (url.startsWith('file:')) appendFileSync(process.env.RTC_LOAD_LOG, url + '\\n')\n" +
      '  return next(url, context)\n' +
      '}\n'
  )
  writeFileSync(
    path.join(hookDir, 'register.mjs'),
    "import { register } from 'node:module'\n" +
      "import { createHook } from 'node:async_hooks'\n" +
      "import { appendFileSync } from 'node:fs'\n" +
      `register(${JSON.stringify(pathToFileURL(path.join(hookDir, 'hooks.mjs')).href)})\n` +
      'const kinds = new Set()\n' +
      'createHook({ init(id, kind) { kinds.add(kind) } }).enable()\n' +
      "process.on('exit', () => appendFileSync(process.env.RTC_ASYNC_LOG, [...kinds].join('\\n')))\n"
  )
})

afterAll(() => {
  rmSync(hookDir, { recursive: true, force: true })
  for (const ws of workspaces) rmSync(ws, { recursive: true, force: true })
})

/** Runs the bundle with the hook; returns the step and the parts of the bundle each loaded file holds. */
async function traced(inputs: Record<string, string>, env: Record<string, string> = {}, files: Record<string, string> = {}) {
  const ws = makeWorkspace('rtc-load-')
  workspaces.push(ws)
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(ws, name), text)
  const log = path.join(ws, 'loaded.txt')
  const asyncLog = path.join(ws, 'async-kinds.txt')
  writeFileSync(log, '')
  writeFileSync(asyncLog, '')
  const step = await runAction({
    workspace: ws,
    inputs,
    env: { NODE_OPTIONS: `--import=${pathToFileURL(path.join(hookDir, 'register.mjs')).href}`, RTC_LOAD_LOG: log, RTC_ASYNC_LOG: asyncLog, ...env }
  })
  rmSync(step.runnerTemp, { recursive: true, force: true })
  const dist = path.dirname(BUNDLE)
  const loaded = readFileSync(log, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u))
    .filter((f) => path.dirname(f) === dist)
  const parts = new Set<Part>()
  for (const file of loaded) {
    const code = readFileSync(file, 'utf8')
    for (const [part, marker] of Object.entries(MARKERS) as Array<[Part, RegExp]>) if (marker.test(code)) parts.add(part)
  }
  const bytes = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0)
  const bundleBytes = bytes(readdirSync(dist).filter((f) => f.endsWith('.js')).map((f) => path.join(dist, f)))
  const asyncKinds = readFileSync(asyncLog, 'utf8').split('\n').filter(Boolean)
  return { step, chunks: loaded.map((f) => path.basename(f)), parts: [...parts].sort(), shareOfBundle: bytes(loaded) / bundleBytes, asyncKinds }
}

const GENERATE = { mode: 'generate', 'account-id': '111122223333', 'role-name': 'etl', 'role-path': '/', kms: 'false', partition: 'aws', 'output-dir': 'out', 'artifact-name': 'policies' }
const VALIDATE = { mode: 'validate', 'policy-files': '*.json', 'fail-on': 'never', 'role-path': '/', kms: 'false', partition: 'aws', 'artifact-name': 'policies' }
const POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}'

/** Kinds of asynchronous resource whose work runs on libuv's thread pool: file system, DNS, compression. */
const THREAD_POOL_WORK = /^(FSREQ|FILEHANDLE|STATWATCHER|GETADDRINFO|GETNAMEINFO|ZLIB)/

test('the hook sees thread-pool work where there is some', () => {
  const ws = makeWorkspace('rtc-load-')
  workspaces.push(ws)
  const asyncLog = path.join(ws, 'async-kinds.txt')
  writeFileSync(asyncLog, '')
  execFileSync(process.execPath, [`--import=${pathToFileURL(path.join(hookDir, 'register.mjs')).href}`, '-e', "require('node:fs').promises.access('.')"], {
    env: { ...process.env, RTC_ASYNC_LOG: asyncLog, RTC_LOAD_LOG: path.join(ws, 'loaded.txt') }
  })
  expect(readFileSync(asyncLog, 'utf8').split('\n').filter((kind) => THREAD_POOL_WORK.test(kind))).toEqual(['FSREQPROMISE'])
})

const ok = (step: StepResult) => expect({ exit: step.exitCode, stderr: step.stderr }).toEqual({ exit: 0, stderr: '' })

test('generate on a real runner without an artifact service loads index.js and what it imports, none of the parts above', async () => {
  const run = await traced(GENERATE, { ACTIONS_RUNTIME_TOKEN: 'token' })
  ok(run.step)
  // The hook sees the bundle (so an empty list of parts means something), and the whole start-up
  // path is one file: Node links each module file on its own, which costs a short run most.
  expect(run.chunks).toEqual(['index.js'])
  expect(run.parts).toEqual([])
  // Start-up reads a small part of the bundle: the parts are most of it.
  expect(run.shareOfBundle).toBeLessThan(0.05)
  expect(run.step.stdout).toContain('Artifact not uploaded')
  // Files, outputs and the job summary are written synchronously: the thread pool never starts.
  // (The hook sees the run's promises, so an empty match means something.)
  expect(run.asyncKinds).toContain('PROMISE')
  expect(run.asyncKinds.filter((kind) => THREAD_POOL_WORK.test(kind))).toEqual([])
})

test('generate loads the artifact client only once the upload starts', async () => {
  // An artifact service that cannot be reached: the upload starts, then fails.
  const run = await traced(GENERATE, { ACTIONS_RUNTIME_TOKEN: 'token', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' })
  // @actions/artifact imports @actions/github itself: Octokit's chunk (with its HTTP client and undici) comes with it.
  expect(run.parts).toEqual(['artifact', 'httpClient', 'octokit', 'undici'])
  expect(run.step.exitCode).toBe(1)
  expect(run.step.stdout).toContain("Artifact 'policies' was not uploaded")
})

test('validate outside a pull request loads the linter, never the review, Octokit or the artifact client', async () => {
  const run = await traced(VALIDATE, { ACTIONS_RUNTIME_TOKEN: 'token' }, { 'p.json': POLICY })
  ok(run.step)
  expect(run.parts).toEqual(['linter'])
  expect(run.asyncKinds.filter((kind) => THREAD_POOL_WORK.test(kind))).toEqual([])
})

test('validate loads the check that the documents work together only when its inputs are given', async () => {
  const run = await traced({ ...VALIDATE, 'account-id': '111122223333', 'role-name': 'etl' }, { ACTIONS_RUNTIME_TOKEN: 'token' }, { 'p.json': POLICY })
  ok(run.step)
  expect(run.parts).toEqual(['linter', 'together'])
})

test('validate on a pull request loads the review module', async () => {
  const ws = mkdtempSync(path.join(tmpdir(), 'rtc-load-event-'))
  workspaces.push(ws)
  const event = path.join(ws, 'event.json')
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } } }))
  // No token: the review stops with a warning right after it is loaded.
  const run = await traced({ ...VALIDATE, 'github-token': '' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }, { 'p.json': POLICY })
  ok(run.step)
  expect(run.parts).toContain('review')
  expect(run.step.stdout).toContain("Pull-request review skipped: the 'github-token' input is empty")
})

test('with stdout and stderr pipes, as on a runner, no run makes a socket for them (node:net is never loaded)', async () => {
  // A preload of its own: the loading hook above runs a loader thread, which loads node:net itself.
  const ws = makeWorkspace('rtc-load-')
  workspaces.push(ws)
  const probe = path.join(ws, 'builtins.mjs')
  const log = path.join(ws, 'builtins.txt')
  // process.moduleLoadList names every built-in module the process loaded ('NativeModule net').
  writeFileSync(probe, "import { appendFileSync } from 'node:fs'\nprocess.on('exit', () => appendFileSync(process.env.RTC_BUILTIN_LOG, process.moduleLoadList.join('\\n')))\n")
  writeFileSync(path.join(ws, 'p.json'), POLICY)
  const builtinsOf = async (inputs: Record<string, string>) => {
    writeFileSync(log, '')
    const step = await runAction({ workspace: ws, inputs, env: { NODE_OPTIONS: `--import=${pathToFileURL(probe).href}`, RTC_BUILTIN_LOG: log, ACTIONS_RUNTIME_TOKEN: 'token' } })
    ok(step)
    expect(step.stdout).not.toBe('')
    return readFileSync(log, 'utf8').split('\n')
  }
  for (const inputs of [GENERATE, VALIDATE]) {
    const builtins = await builtinsOf(inputs)
    // The list holds what was loaded, so a missing node:net means something.
    expect(builtins).toContain('NativeModule fs')
    expect(builtins).not.toContain('NativeModule net')
  }
})
