// The `cli` deploy format: AWS CLI commands that apply the JSON documents.
import type { GeneratedDocuments } from './documents.js'
import { maxSessionDurationFor, requesterOf } from './deploy-target.js'
import { FILE_NAMES } from './file-names.js'
import type { ApplyCommand, DeployFormat } from './formats/types.js'
import type { GenerateInputs } from './inputs.js'
import { KMS_POLICY } from './role-policies/kms-policy.js'
import { ROLE_POLICY_MODULES } from './role-policies/index.js'
import { cliOption, roleArnCommand, shellCommand } from '../shell-quote.js'

export type { ApplyCommand } from './formats/types.js'

export const POLICY_NAMES = { kms: KMS_POLICY.policyName } as const


/** "inline policy for the role (KMS)" -> "KMS". */
const purposeName = (purpose: string): string => purpose.replace(/^inline policy for the role \((.*)\)$/, '$1')

/** The AWS CLI commands that apply the files, run from the files' folder. */
export function applyCommandsFor(inputs: GenerateInputs, docs: GeneratedDocuments): ApplyCommand[] {
  const commands: ApplyCommand[] = []
  const requester = requesterOf(inputs)
  if (requester) {
    const user = requester.kind === 'user'
    commands.push({
      purpose: `Allow ${user ? docs.userArn : docs.principalArn} to assume the role`,
      account: requester.account,
      argv: [
        'aws', 'iam', user ? 'put-user-policy' : 'put-role-policy', ...cliOption(user ? '--user-name' : '--role-name', requester.name),
        '--policy-name', requester.policyName, '--policy-document', `file://${FILE_NAMES.userPolicy}`
      ]
    })
  }
  const maxSession = maxSessionDurationFor(inputs)
  // The other commands change a role that exists; a new one is made first, with its trust policy. A deploy job runs
  // these after every generate run, and create-role on a role that exists fails (EntityAlreadyExists): it runs only
  // when get-role does not find the role.
  commands.push({
    purpose: `Create ${docs.roleArn} with its trust policy, when get-role finds no role of that name (a role that exists is left to update-assume-role-policy below, which sets its trust policy)`,
    account: inputs.accountId,
    argv: [
      'aws', 'iam', 'create-role', ...cliOption('--role-name', inputs.roleName), ...cliOption('--path', inputs.rolePath),
      '--assume-role-policy-document', `file://${FILE_NAMES.trustPolicy}`,
      ...(maxSession !== undefined ? ['--max-session-duration', String(maxSession)] : [])
    ],
    onlyIf: { argv: ['aws', 'iam', 'get-role', ...cliOption('--role-name', inputs.roleName)], when: 'fails' }
  })
  // The commands after create-role address the role by name, so they succeed on a role made earlier with another
  // path, which IAM cannot change (UpdateRole takes a description and MaxSessionDuration only). The requester policy
  // names the role by its ARN, path included: with another path, sts:AssumeRole is refused after a deploy that
  // succeeded throughout. So the deploy shows the role's ARN right after making it, to compare.
  commands.push({
    purpose: `Check that this prints ${docs.roleArn}: a role that already exists keeps the path it was made with (IAM cannot change a role's path), and user-policy.json names the role by this ARN, so with another path sts:AssumeRole is refused. If it prints another, set role-path to the path it shows and generate again`,
    account: inputs.accountId,
    argv: roleArnCommand(inputs.roleName)
  })
  commands.push({
    purpose: `Let ${docs.principalArn} assume ${docs.roleArn}`,
    account: inputs.accountId,
    argv: ['aws', 'iam', 'update-assume-role-policy', ...cliOption('--role-name', inputs.roleName), '--policy-document', `file://${FILE_NAMES.trustPolicy}`]
  })
  for (const { module } of docs.rolePolicies) {
    commands.push({
      purpose: `Give the role its ${purposeName(module.purpose)} permissions`,
      account: inputs.accountId,
      argv: ['aws', 'iam', 'put-role-policy', ...cliOption('--role-name', inputs.roleName), '--policy-name', module.policyName, '--policy-document', `file://${module.file}`]
    })
  }
  // put-role-policy adds and replaces, never removes: a run that no longer makes a role policy (kms turned off, no
  // staging-bucket, redshift-db-auth none) would leave the one an earlier deploy put, and the role its access.
  // CloudFormation (the role's Policies) and Terraform (a removed aws_iam_role_policy) delete it; so do these.
  const made = new Set(docs.rolePolicies.map((p) => p.module))
  for (const module of ROLE_POLICY_MODULES) {
    if (made.has(module)) continue
    // On a first deploy, or one after a deploy without it, there is none: delete-role-policy would fail (NoSuchEntity).
    commands.push({
      purpose: `Remove the role's ${purposeName(module.purpose)} permissions, which these inputs no longer ask for, when get-role-policy finds that an earlier deploy put them`,
      account: inputs.accountId,
      argv: ['aws', 'iam', 'delete-role-policy', ...cliOption('--role-name', inputs.roleName), '--policy-name', module.policyName],
      onlyIf: { argv: ['aws', 'iam', 'get-role-policy', ...cliOption('--role-name', inputs.roleName), '--policy-name', module.policyName], when: 'succeeds' }
    })
  }
  if (maxSession !== undefined) {
    commands.push({
      purpose: `Let the role's sessions last ${maxSession} seconds (MaxSessionDuration)`,
      account: inputs.accountId,
      argv: ['aws', 'iam', 'update-role', ...cliOption('--role-name', inputs.roleName), '--max-session-duration', String(maxSession)]
    })
  }
  return commands
}

export const CLI_FORMAT: DeployFormat = {
  name: 'cli',
  title: 'AWS CLI',
  fileNames: [],
  files: () => [],
  commands: applyCommandsFor
}

/**
 * One command as a line of POSIX shell, with its condition when it has one:
 * `if ! GUARD > /dev/null 2>&1; then COMMAND; fi`. Only the words around the
 * two quoted argument vectors are fixed text. An `if` whose condition fails
 * exits 0, so the line stops no `sh -e` script, last line or not (an `a && b`
 * last line would end the script with a's failure).
 */
export function commandLine(command: Pick<ApplyCommand, 'argv' | 'onlyIf'>): string {
  const run = shellCommand(command.argv)
  if (!command.onlyIf) return run
  const test = `${shellCommand(command.onlyIf.argv)} > /dev/null 2>&1`
  return `if ${command.onlyIf.when === 'fails' ? '! ' : ''}${test}; then ${run}; fi`
}
