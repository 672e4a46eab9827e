// Runs the bundled action (dist/index.js by default) as a child process with
// the environment a GitHub runner gives a step, and reads back what the step
// left: outputs, job summary, exit code and the workflow commands it printed.
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { tempDir } from './temp-dirs.js'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** ACTION_BUNDLE lets a developer point the tests at a bundle built elsewhere. */
export const BUNDLE = process.env.ACTION_BUNDLE ? path.resolve(process.env.ACTION_BUNDLE) : path.join(REPO_ROOT, 'dist', 'index.js')

export interface RunOptions {
  /** Action inputs by their public names (`account-id`), as `with:` gives them. */
  inputs?: Record<string, string>
  /** More environment, e.g. GITHUB_EVENT_PATH or ACTIONS_RUNTIME_TOKEN. */
  env?: Record<string, string>
  /** An existing workspace; a fresh temporary one by default. */
  workspace?: string
  timeoutMs?: number
  /** Another bundle than BUNDLE: a script of the current src/ (script-bundle.ts). */
  bundle?: string
}

export interface StepResult {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
  runnerTemp: string
  /** `::error::`, `::warning::`, `::notice::` lines, parsed. */
  commands: Array<{ command: string; properties: Record<string, string>; message: string }>
}

/** A workspace folder, removed when the test file ends (temp-dirs.ts). */
export function makeWorkspace(prefix = 'rtc-ws-'): string {
  return tempDir(prefix)
}

/** The runner's inputs: INPUT_ + the name in upper case, spaces as '_', hyphens kept. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  return env
}

export async function runAction(options: RunOptions = {}): Promise<StepResult> {
  const workspace = options.workspace ?? makeWorkspace()
  const runnerTemp = tempDir('rtc-runner-temp-')
  const fileCommands = path.join(runnerTemp, '_runner_file_commands')
  mkdirSync(fileCommands, { recursive: true })
  const outputFile = path.join(fileCommands, 'set_output')
  const summaryFile = path.join(fileCommands, 'step_summary')
  for (const f of [outputFile, summaryFile]) writeFileSync(f, '')

  // Only what a runner gives: no INPUT_* or GITHUB_* leaks in from the test process.
  const base: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && !k.startsWith('ACTIONS_') && !k.startsWith('RUNNER_')) base[k] = v
  }
  const env: Record<string, string> = {
    ...base,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_REPOSITORY: 'octo-org/data-platform',
    GITHUB_WORKFLOW: 'iam',
    GITHUB_JOB: 'policies',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    ...inputEnv(options.inputs ?? {}),
    ...(options.env ?? {})
  }

  const child = spawn(process.execPath, [options.bundle ?? BUNDLE], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`action did not finish in ${options.timeoutMs ?? 30000} ms\n${stdout}\n${stderr}`))
    }, options.timeoutMs ?? 30000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
  })

  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace,
    runnerTemp,
    commands: parseWorkflowCommands(stdout)
  }
}

/** Reads GITHUB_OUTPUT as the runner does: `name<<DELIM\nvalue\nDELIM` or `name=value`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      i++
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++])
      if (i >= lines.length) throw new Error(`unterminated output ${name}`)
      outputs[name] = value.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return outputs
}

/** Parses `::command key=value,...::message` lines, unescaping as the runner does. */
export function parseWorkflowCommands(stdout: string): StepResult['commands'] {
  const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
  const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')
  const commands: StepResult['commands'] = []
  for (const line of stdout.split('\n')) {
    const m = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    commands.push({ command: m[1], properties, message: unescapeData(m[3]) })
  }
  return commands
}
