import type { GeneratedDocuments } from './documents.js'
import { FILE_NAMES } from './file-set.js'
import type { GenerateInputs } from './inputs.js'

export const POLICY_NAMES = { user: 'redshift-temp-creds-assume-role', kms: 'redshift-temp-creds-kms' } as const

export interface ApplyCommand {
  /** What the command does, for the summary. */
  purpose: string
  /** The command as an argument vector: never spliced into shell text. */
  argv: string[]
  /** Which AWS account's credentials the command must run with. */
  account: string
}

/** The AWS CLI commands that apply the files, run from the files' folder. */
export function applyCommandsFor(inputs: GenerateInputs, docs: GeneratedDocuments): ApplyCommand[] {
  const commands: ApplyCommand[] = []
  if (inputs.userName) {
    commands.push({
      purpose: `Allow ${docs.userArn} to assume the role`,
      account: inputs.userAccountId,
      argv: ['aws', 'iam', 'put-user-policy', '--user-name', inputs.userName, '--policy-name', POLICY_NAMES.user, '--policy-document', `file://${FILE_NAMES.userPolicy}`]
    })
  }
  commands.push({
    purpose: `Let ${docs.principalArn} assume ${docs.roleArn}`,
    account: inputs.accountId,
    argv: ['aws', 'iam', 'update-assume-role-policy', '--role-name', inputs.roleName, '--policy-document', `file://${FILE_NAMES.trustPolicy}`]
  })
  if (docs.kmsPolicy) {
    commands.push({
      purpose: 'Give the role the KMS actions for the staging data',
      account: inputs.accountId,
      argv: ['aws', 'iam', 'put-role-policy', '--role-name', inputs.roleName, '--policy-name', POLICY_NAMES.kms, '--policy-document', `file://${FILE_NAMES.kmsPolicy}`]
    })
  }
  return commands
}

/** POSIX shell quoting of one argument: only quote what needs it. */
export function shellQuote(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg
  return `'${arg.replaceAll("'", `'\\''`)}'`
}

export function shellCommand(argv: string[]): string {
  return argv.map(shellQuote).join(' ')
}
