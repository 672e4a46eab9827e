// The README's deploy jobs apply the files its generate example makes: the
// `deploy-cli` job runs the AWS CLI commands the job summary lists for those
// inputs (a command it leaves out leaves the role without that permission, a
// command the summary does not list is one the files do not back), and the
// `deploy-cloudformation` job deploys the template to the stack the summary names.
import { parse } from 'yaml'
import { applyCommandsFor, shellCommand } from '../../src/core/generate/apply-commands.js'
import { CLOUDFORMATION_FORMAT } from '../../src/core/generate/formats/cloudformation.js'
import { documentsFor } from '../../src/core/generate/documents.js'
import { parseGenerateInputs } from '../../src/core/generate/inputs.js'
import { formatInputError } from '../../src/core/inputs/input-error.js'
import { actionYml, exampleSteps, README } from '../support/readme.js'

/** The generate example's inputs as the runner passes them: action.yml's defaults, then `with:` (expressions stand in). */
function exampleInputs(): Record<string, string> {
  const generate = exampleSteps(README).filter((s) => (s.inputs.mode ?? 'generate') === 'generate')
  expect(generate).toHaveLength(1)
  const inputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(actionYml().inputs)) if (spec.default !== undefined && !String(spec.default).includes('${{')) inputs[name] = String(spec.default)
  for (const [name, value] of Object.entries(generate[0].inputs)) inputs[name] = value.replace(/\$\{\{[^}]*\}\}/g, 'readme-external-id')
  return inputs
}

/** The `run:` text of every step of the README job `job` (a ```yaml block that holds it as a top-level key). */
function jobRuns(job: string): string {
  for (const block of README.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) {
    const doc = parse(block[1]) as Record<string, { steps?: Array<{ run?: string }> }> | null
    const spec = doc?.[job]
    if (spec) return (spec.steps ?? []).map((s) => s.run ?? '').join('\n')
  }
  throw new Error(`the README has no job ${job}`)
}

/** Each `aws iam …` command of a script, without what chains it (`> /dev/null 2>&1 ||`, `$(…)`). */
function awsIamCommands(script: string): string[] {
  return [...script.matchAll(/aws iam [^\n)]*/g)].map((m) => m[0].replace(/\s*(>\s*\/dev\/null.*|\|\|.*)$/, '').trim())
}

const parsed = parseGenerateInputs((name) => exampleInputs()[name] ?? '')
if (!parsed.ok) throw new Error(formatInputError(parsed.error))
const inputs = parsed.value
const summaryCommands = applyCommandsFor(inputs, documentsFor(inputs)).map((c) => shellCommand(c.argv))

test("deploy-cli runs every command the job summary lists for the generate example's inputs", () => {
  const readme = awsIamCommands(jobRuns('deploy-cli'))
  // The example makes every role policy, so the summary lists no delete-role-policy to leave out.
  expect(summaryCommands.filter((c) => c.startsWith('aws iam delete-role-policy'))).toEqual([])
  expect(summaryCommands.filter((c) => !readme.includes(c))).toEqual([])
})

test('deploy-cli runs no aws iam command the job summary does not list', () => {
  expect(awsIamCommands(jobRuns('deploy-cli')).filter((c) => !summaryCommands.includes(c))).toEqual([])
})

test("deploy-cloudformation runs the job summary's CloudFormation command for the generate example's inputs", () => {
  const commands = CLOUDFORMATION_FORMAT.commands(inputs, documentsFor(inputs)).map((c) => shellCommand(c.argv))
  const deploys = jobRuns('deploy-cloudformation').replace(/\s+/g, ' ').match(/aws cloudformation deploy .*?(?= sha256sum| aws |$)/g)
  expect(deploys).toEqual(commands)
})
