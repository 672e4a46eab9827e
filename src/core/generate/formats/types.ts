import type { GeneratedDocuments } from '../documents.js'
import type { Format, GenerateInputs } from '../inputs.js'

export interface DeployFile {
  name: string
  content: string
}

export interface ApplyCommand {
  /** What the command does, for the summary. */
  purpose: string
  /** The command as an argument vector: never spliced into shell text. */
  argv: string[]
  /**
   * A command whose exit status decides whether argv runs (its output discarded): `fails`, argv runs only when it
   * fails (get-role: the role does not exist yet); `succeeds`, only when it succeeds (get-role-policy: there is a
   * policy to remove). So one script serves the first deploy and every one after it.
   */
  onlyIf?: { argv: string[]; when: 'fails' | 'succeeds' }
  /** Which AWS account's credentials the command must run with. */
  account: string
}

/**
 * One way to deploy the documents (the AWS CLI, CloudFormation, Terraform),
 * as a module of its own: the files it adds and the commands that apply them,
 * run from the output folder.
 */
export interface DeployFormat {
  name: Format
  /** A heading for the summary. */
  title: string
  /** Every file name the format can write, so a stale one from an earlier run is removed. */
  fileNames: readonly string[]
  files(inputs: GenerateInputs, docs: GeneratedDocuments): DeployFile[]
  commands(inputs: GenerateInputs, docs: GeneratedDocuments): ApplyCommand[]
}
