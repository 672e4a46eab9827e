// The AWS CLI commands of the job summary are pasted into a terminal: every
// argument must reach the CLI as it is, whatever letters IAM allows in a name
// (+ = , . @ _ -) and in whichever shell: bash, sh (dash) and zsh, macOS's
// default. zsh expands a word that starts with '=' (`=u@x.com` becomes the
// path of a command of that name, else "zsh: u@x.com not found": the zsh
// manual, Expansion, "'=' expansion", on by default as the EQUALS option).
import { execFileSync } from 'node:child_process'
import { applyCommandsFor } from '../../src/core/generate/apply-commands.js'
import { shellCommand, shellQuote } from '../../src/core/shell-quote.js'
import { documentsFor } from '../../src/core/generate/documents.js'
import { parseGenerateInputs } from '../../src/core/generate/inputs.js'

const NAMES = ['=u@x.com', '=', '==a', 'a=b', '+a', ',a', '.a', '@a', '_a', 'a,b=c+d.e@f_g-h', "o'brien", '-r+=,.@_x']

describe('shell quoting of the apply commands', () => {
  test('no argument is left unquoted with a leading = (zsh would expand it)', () => {
    for (const name of NAMES) expect(shellQuote(name).startsWith('=')).toBe(false)
  })

  test('user, role and path names with every letter IAM allows come through sh and bash as they are', () => {
    const given = { 'account-id': '123456789012', 'role-name': '=r+=,.@_x', 'role-path': '/=a+b,c/', 'user-name': '=u@x.com' }
    const parsed = parseGenerateInputs((name) => (given as Record<string, string>)[name] ?? '')
    if (!parsed.ok) throw new Error(parsed.error.problem)
    // A command's condition (get-role before create-role, get-role-policy before delete-role-policy) names the role too.
    for (const argv of applyCommandsFor(parsed.value, documentsFor(parsed.value)).flatMap((c) => (c.onlyIf ? [c.argv, c.onlyIf.argv] : [c.argv]))) {
      const line = shellCommand(['printf', '%s\\n', ...argv.slice(1)])
      for (const shell of ['sh', 'bash']) {
        expect(execFileSync(shell, ['-c', line], { encoding: 'utf8' })).toBe(argv.slice(1).map((a) => `${a}\n`).join(''))
      }
      expect(line.split(' ').some((word) => word.startsWith('='))).toBe(false)
    }
  })

  test('a plain name stays unquoted', () => {
    expect(shellQuote('informatica-etl')).toBe('informatica-etl')
    expect(shellQuote('--role-name=-etl')).toBe('--role-name=-etl')
  })
})
