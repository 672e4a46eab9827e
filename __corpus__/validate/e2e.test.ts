// The bundled action in validate mode over the real-world corpus
// (../shared/corpus/real): every file is reported, nothing crashes.
import { cpSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Finding } from '../../src/core/lint/finding.js'
import { makeWorkspace, runAction, type StepResult } from '../../__tests__/support/run-action.js'
import { corpusDir } from '../support/corpus-dir.js'

const CORPUS = path.join(corpusDir(), 'real')

/** What the runner passes from action.yml's defaults, besides the test's inputs. */
const DEFAULTS = { mode: 'validate', 'role-path': '/', kms: 'false', partition: 'aws', 'fail-on': 'error', 'output-dir': 'redshift-temp-creds', 'artifact-name': 'redshift-temp-creds-policies' }
const validate = (ws: string, inputs: Record<string, string>): Promise<StepResult> => runAction({ workspace: ws, inputs: { ...DEFAULTS, ...inputs } })
const findingsOf = (step: StepResult): Finding[] => JSON.parse(step.outputs.findings) as Finding[]
const summaryRows = (step: StepResult) =>
  (step.summary.split('### Findings\n\n')[1]?.split('\n\n')[0] ?? '')
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .slice(2)

test('the real corpus: every file is reported, nothing crashes', async () => {
  const ws = makeWorkspace('rtc-corpus-')
  cpSync(CORPUS, path.join(ws, 'real'), { recursive: true })
  const names = readdirSync(CORPUS).filter((n) => n.endsWith('.json'))
  expect(names).toHaveLength(29)
  const step = await validate(ws, { 'policy-files': 'real/*.json', 'sarif-file': 'corpus.sarif' })
  expect(step.stderr).toBe('')
  expect([0, 1]).toContain(step.exitCode)
  for (const name of names) expect(step.summary).toContain(`| \`real/${name}\` |`)
  const findings = findingsOf(step)
  expect(findings.filter((f) => f.code === 'RTC902')).toEqual([])
  expect(summaryRows(step)).toHaveLength(findings.length)
  const sarif = JSON.parse(readFileSync(path.join(ws, 'corpus.sarif'), 'utf8'))
  expect(sarif.runs[0].results).toHaveLength(findings.length)
})
