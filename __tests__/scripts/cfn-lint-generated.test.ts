// scripts/cfn-lint-generated.mjs (`npm run test:cfn-lint`) never passes without
// linting: without cfn-lint it says so and fails unless optional, and with a
// stand-in cfn-lint every template reaches it, in its partition's Regions, and
// an error fails the run. The real cfn-lint is not needed here (`npm test`
// must not depend on it); CI runs the script with it.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../support/run-action.js'

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'cfn-lint-generated.mjs')

function withDir<T>(use: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'rtc-cfn-lint-test-'))
  try {
    return use(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function runScript(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { env, encoding: 'utf8', timeout: 120000 })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

test.each([
  [[], {}, 1, ''],
  [['--optional'], {}, 0, ' (optional here)'],
  [['--optional'], { RTC_CFN_LINT_REQUIRED: '1' }, 1, '']
])('without cfn-lint on PATH, args %j and env %j: exit %i, one line that says it was NOT run', (args, extra, status, optional) => {
  withDir((empty) => {
    const run = runScript(args, { PATH: empty, ...extra })
    expect(run).toEqual({ status, stdout: `cfn-lint check NOT run: cfn-lint not on PATH${optional} (pipx install cfn-lint==1.51.0)\n`, stderr: '' })
  })
})

/** A cfn-lint that logs its arguments and reports an error on each aws-cn template. */
const STAND_IN = `
const fs = require('node:fs')
const args = process.argv.slice(2)
if (args[0] === '--version') { console.log('cfn-lint 1.51.0'); process.exit(0) }
fs.appendFileSync(process.env.STAND_IN_LOG, JSON.stringify(args) + '\\n')
const files = args.slice(args.indexOf('--') + 1)
const findings = files.filter((f) => f.includes('/aws-cn-')).map((f) => ({
  Filename: f, Level: 'Error', Message: 'stand-in error', Rule: { Id: 'E9999' }, Location: { Path: ['Resources', 'RedshiftTempCredsRole'] }
}))
console.log(JSON.stringify(findings))
process.exit(findings.length > 0 ? 2 : 0)
`

test('every generated template goes to cfn-lint in its partition\'s Regions, and an error fails the run', () => {
  withDir((dir) => {
    const standIn = path.join(dir, 'cfn-lint')
    writeFileSync(standIn, `#!${process.execPath}\n${STAND_IN}`)
    chmodSync(standIn, 0o755)
    const log = path.join(dir, 'calls.jsonl')
    writeFileSync(log, '')
    const run = runScript([], { PATH: dir, STAND_IN_LOG: log })
    expect(run.status).toBe(1)

    const calls = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[])
    const regionsOf = (call: string[]) => call.slice(call.indexOf('--regions') + 1, call.indexOf('--'))
    const filesOf = (call: string[]) => call.slice(call.indexOf('--') + 1)
    const linted = calls.flatMap(filesOf)
    expect(new Set(linted).size).toBe(linted.length)
    for (const call of calls) {
      const cases = filesOf(call).map((f) => path.basename(path.dirname(path.dirname(f))))
      const partition = cases[0].startsWith('aws-cn-') ? 'aws-cn' : cases[0].startsWith('aws-us-gov-') ? 'aws-us-gov' : 'aws'
      expect(cases.every((c) => (partition === 'aws' ? !c.startsWith('aws-') : c.startsWith(`${partition}-`)))).toBe(true)
      expect(regionsOf(call).every((r) => (partition === 'aws-cn' ? /^cn-/ : partition === 'aws-us-gov' ? /^us-gov-/ : /^(us|eu|ap|ca|sa|me|af|il|mx)-/).test(r))).toBe(true)
    }
    // same and cross account (the requester's template), each partition
    expect(linted.filter((f) => f.endsWith('/cloudformation-requester-template.json')).length).toBeGreaterThan(0)
    expect(calls.map((c) => regionsOf(c)[0])).toEqual(expect.arrayContaining(['us-east-1', 'cn-north-1', 'us-gov-west-1']))

    const failLines = run.stdout.split('\n').filter((l) => l.startsWith('FAIL '))
    const cn = linted.filter((f) => f.includes('/aws-cn-'))
    expect(cn.length).toBeGreaterThan(0)
    expect(failLines).toHaveLength(cn.length)
    for (const line of failLines) expect(line).toMatch(/^FAIL aws-cn-[\w-]+\/cloudformation[\w-]*\.json \[cn-north-1 cn-northwest-1\] E9999 Error: stand-in error \(at Resources\/RedshiftTempCredsRole\)$/)
    expect(run.stdout).toContain(`on ${linted.length} generated templates of `)
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`: ${cn.length} errors or warnings, FAILED$`))
  })
})
