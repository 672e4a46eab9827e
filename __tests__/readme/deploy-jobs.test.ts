// The README's deploy jobs apply the files its generate example makes: the
// `deploy-cli` job runs the AWS CLI commands the job summary lists for those
// inputs (a command it leaves out leaves the role without that permission, a
// command the summary does not list is one the files do not back), and the
// `deploy-cloudformation` job deploys the template to the stack the summary names.
import { parse } from 'yaml'
import { applyCommandsFor, commandLine } from '../../src/core/generate/apply-commands.js'
import { shellCommand } from '../../src/core/shell-quote.js'
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

/** Each line of a script that runs `aws iam`, trimmed. */
function awsIamLines(script: string): string[] {
  return script.split('\n').map((line) => line.trim()).filter((line) => line.includes('aws iam'))
}

const parsed = parseGenerateInputs((name) => exampleInputs()[name] ?? '')
if (!parsed.ok) throw new Error(formatInputError(parsed.error))
const inputs = parsed.value
// As the summary prints them: create-role with the get-role that decides whether it runs.
const summaryLines = applyCommandsFor(inputs, documentsFor(inputs)).map(commandLine)

test("deploy-cli runs every command the job summary lists for the generate example's inputs, as the summary prints it", () => {
  const readme = awsIamLines(jobRuns('deploy-cli'))
  // The example makes every role policy, so the summary lists no delete-role-policy to leave out.
  expect(summaryLines.filter((c) => c.includes('aws iam delete-role-policy'))).toEqual([])
  expect(summaryLines.filter((c) => !readme.some((line) => line.includes(c)))).toEqual([])
})

test('deploy-cli runs no aws iam command the job summary does not list', () => {
  expect(awsIamLines(jobRuns('deploy-cli')).filter((line) => !summaryLines.some((c) => line.includes(c)))).toEqual([])
})

test("deploy-cloudformation runs the job summary's CloudFormation command for the generate example's inputs", () => {
  const commands = CLOUDFORMATION_FORMAT.commands(inputs, documentsFor(inputs)).map((c) => shellCommand(c.argv))
  const deploys = jobRuns('deploy-cloudformation').replace(/\s+/g, ' ').match(/aws cloudformation deploy .*?(?= sha256sum| aws |$)/g)
  expect(deploys).toEqual(commands)
})
