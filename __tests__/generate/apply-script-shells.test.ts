// The job summary's apply scripts are run under `sh -e` in deploy jobs and
// pasted into terminals, where macOS's default shell is zsh. An interactive
// zsh reads '#' as a comment only with its INTERACTIVE_COMMENTS option (off
// by default): without it, the apostrophe in a comment such as "the role's
// path" opened a quote that swallowed the commands after it, so a paste ran
// put-user-policy and skipped update-assume-role-policy and every
// put-role-policy. Each script now starts with a line that sets the option in
// zsh and that sh and bash skip.
import { describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { documentsFor } from '../../src/core/generate/documents.js'
import { fileSetFor } from '../../src/core/generate/file-set.js'
import { parseGenerateInputs } from '../../src/core/generate/inputs.js'
import { ZSH_COMMENTS, generateSummary } from '../../src/report/generate-summary.js'

const GIVEN: Record<string, string> = {
  'account-id': '123456789012',
  'role-name': 'rs-role',
  'user-name': 'etl',
  'user-account-id': '210987654321',
  kms: 'true',
  'staging-bucket': 'stage',
  'staging-prefix': 'data',
  'session-duration': '7200',
  formats: 'cli,cloudformation,terraform',
  partition: 'aws'
}

function scripts(): string[] {
  const parsed = parseGenerateInputs((name) => GIVEN[name] ?? '')
  if (!parsed.ok) throw new Error(parsed.error.problem)
  const docs = documentsFor(parsed.value)
  const summary = generateSummary(parsed.value, docs, fileSetFor(parsed.value, docs, parsed.value.formats), '/work/out', { name: 'x', skipped: 'local run' })
  return summary.split('```sh\n').slice(1).map((block) => block.slice(0, block.indexOf('```\n')))
}

/** A folder of stand-ins for the programs the scripts call: each prints its name and arguments, and succeeds. */
function stubPath(): string {
  const bin = mkdtempSync(path.join(tmpdir(), 'apply-stubs-'))
  for (const name of ['aws', 'terraform', 'mkdir', 'mv']) {
    writeFileSync(path.join(bin, name), `#!/bin/sh\necho "RAN ${name} $*"\n`)
    chmodSync(path.join(bin, name), 0o755)
  }
  return `${bin}:${process.env.PATH ?? ''}`
}

/** What the stubs print for the script's lines that run a command unconditionally. */
function plainCommands(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('if ') && line !== ZSH_COMMENTS)
    .map((line) => `RAN ${line}`)
}

const hasZsh = spawnSync('zsh', ['-c', 'true']).status === 0

describe('the apply scripts in sh, bash and zsh', () => {
  test('each script starts with the line that makes an interactive zsh read its # lines as comments', () => {
    const all = scripts()
    expect(all).toHaveLength(3)
    for (const script of all) expect(script.split('\n')[0]).toBe(ZSH_COMMENTS)
  })

  // Standard input from /dev/null: bash reads ~/.bashrc when it is a socket, as a test runner's may be.
  test.each(['sh', 'bash'])('%s -e runs every command of every script, the zsh line included, and exits 0', (shell) => {
    const PATH = stubPath()
    for (const script of scripts()) {
      const out = execFileSync(shell, shell === 'sh' ? ['-e', '-u', '-c', script] : ['-e', '-c', script], { encoding: 'utf8', env: { PATH }, stdio: ['ignore', 'pipe', 'pipe'] })
      const ran = out.split('\n')
      for (const command of plainCommands(script)) expect(ran).toContain(command)
    }
  })

  // zsh is not on every machine (CI's has none); where it is, a paste into an interactive zsh runs every command.
  ;(hasZsh ? test : test.skip)('an interactive zsh with its default options runs every command of every script', () => {
    const PATH = stubPath()
    for (const script of scripts()) {
      const run = spawnSync('zsh', ['-f', '-i'], { input: script, encoding: 'utf8', env: { PATH, ZDOTDIR: tmpdir() } })
      const ran = run.stdout.split('\n').flatMap((line) => (line.includes('RAN ') ? [line.slice(line.indexOf('RAN '))] : []))
      for (const command of plainCommands(script)) expect(ran).toContain(command)
      expect(run.stderr).not.toMatch(/command not found|bad pattern|parse error/)
    }
  })
})
