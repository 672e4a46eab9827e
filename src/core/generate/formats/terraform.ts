// The `terraform` deploy format: Terraform's JSON syntax (*.tf.json) with
// aws_iam_role, aws_iam_role_policy and aws_iam_user_policy. Policies are
// JSON strings made by JSON.stringify; Terraform would read "${" or "%{" in
// a string as a template, and the input rules keep '$' and '%' out of every
// value that reaches a policy.
import { compactJson, prettyJson } from '../../json.js'
import { shellCommand } from '../../shell-quote.js'
import type { GeneratedDocuments } from '../documents.js'
import { maxSessionDurationFor, requesterOf, type Requester } from '../deploy-target.js'
import type { GenerateInputs } from '../inputs.js'
import type { ApplyCommand, DeployFile, DeployFormat } from './types.js'
import { TERRAFORM_FILES } from '../output-names.js'

/** A requester in another account is applied from a folder of its own, with that account's credentials. */
export const TERRAFORM_REQUESTER_DIR = 'requester-account'

const ROLE = 'redshift_temp_creds'
const PROVIDERS = { required_providers: { aws: { source: 'hashicorp/aws' } } }

const snake = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()

function requesterResources(requester: Requester, policy: string): Record<string, Record<string, object>> {
  const name = requester.policyName
  return requester.kind === 'user'
    ? { aws_iam_user_policy: { requester_assume_role: { name, user: requester.name, policy } } }
    : { aws_iam_role_policy: { requester_assume_role: { name, role: requester.name, policy } } }
}

export function terraformFiles(inputs: GenerateInputs, docs: GeneratedDocuments): DeployFile[] {
  const requester = requesterOf(inputs)
  const maxSession = maxSessionDurationFor(inputs)
  const rolePolicies: Record<string, object> = {}
  for (const p of docs.rolePolicies) {
    rolePolicies[snake(p.module.key)] = { name: p.module.policyName, role: `\${aws_iam_role.${ROLE}.name}`, policy: compactJson(p.document) }
  }
  const resource: Record<string, Record<string, object>> = {
    aws_iam_role: {
      [ROLE]: {
        name: inputs.roleName,
        path: inputs.rolePath,
        description: 'Informatica Amazon Redshift V2 connector: temporary security credentials',
        assume_role_policy: compactJson(docs.trustPolicy),
        // Without session-duration the role's MaxSessionDuration is not ours to set, as the CLI commands and
        // CloudFormation leave it. The provider gives max_session_duration a default of 3600: an imported role
        // whose sessions last longer would be cut back to an hour, and the connector's AssumeRole for its longer
        // Temporary Credential Duration refused. ignore_changes keeps IAM's value; a new role still gets 3600.
        ...(maxSession !== undefined ? { max_session_duration: maxSession } : { lifecycle: { ignore_changes: ['max_session_duration'] } })
      }
    }
  }
  if (requester && !requester.crossAccount && requester.kind === 'role') {
    rolePolicies.requester_assume_role = { name: requester.policyName, role: requester.name, policy: compactJson(docs.userPolicy) }
  }
  if (Object.keys(rolePolicies).length > 0) resource.aws_iam_role_policy = rolePolicies
  if (requester && !requester.crossAccount && requester.kind === 'user') Object.assign(resource, requesterResources(requester, compactJson(docs.userPolicy)))
  const files: DeployFile[] = [
    { name: TERRAFORM_FILES.role, content: prettyJson({ terraform: PROVIDERS, resource, output: { role_arn: { value: `\${aws_iam_role.${ROLE}.arn}` } } }) }
  ]
  if (requester?.crossAccount) {
    files.push({ name: TERRAFORM_FILES.requester, content: prettyJson({ terraform: PROVIDERS, resource: requesterResources(requester, compactJson(docs.userPolicy)) }) })
  }
  return files
}

export const TERRAFORM_FORMAT: DeployFormat = {
  name: 'terraform',
  title: 'Terraform',
  fileNames: Object.values(TERRAFORM_FILES),
  files: terraformFiles,
  commands(inputs, docs): ApplyCommand[] {
    const requester = requesterOf(inputs)
    const commands: ApplyCommand[] = []
    if (requester?.crossAccount) {
      const chdir = `-chdir=${TERRAFORM_REQUESTER_DIR}`
      commands.push(
        { purpose: 'Give the requester policy a folder (a Terraform root module) of its own', account: requester.account, argv: ['mkdir', '-p', TERRAFORM_REQUESTER_DIR] },
        { purpose: 'Move the requester policy there', account: requester.account, argv: ['mv', TERRAFORM_FILES.requester, `${TERRAFORM_REQUESTER_DIR}/`] },
        { purpose: 'Initialise it', account: requester.account, argv: ['terraform', chdir, 'init'] },
        { purpose: `Apply the policy that lets ${docs.principalArn} assume the role`, account: requester.account, argv: ['terraform', chdir, 'apply'] }
      )
    }
    commands.push(
      { purpose: 'Initialise the role module', account: inputs.accountId, argv: ['terraform', 'init'] },
      {
        // Terraform creates what its state does not hold: a role made before (by hand, by the CLI commands) makes
        // apply fail with EntityAlreadyExists until it is imported. Its inline policies need no import (a put replaces).
        // The import command is quoted as the commands are: it is meant to be pasted (a name '=etl' in zsh).
        // The provider's aws_iam_role has path ForceNew: an imported role made with another path is planned for
        // replacement, which deletes the role and makes another (a new role id, which key policies and trusts naming
        // the old one no longer match). apply shows that plan and asks before it acts: no -auto-approve here.
        purpose:
          `Create ${docs.roleArn} with its trust policy and inline policies, or update it once this state holds it (a role that already exists: ${shellCommand(['terraform', 'import', `aws_iam_role.${ROLE}`, inputs.roleName])} first). ` +
          `Read the plan before answering yes: if it would replace aws_iam_role.${ROLE}, the existing role's path is not role-path (${inputs.rolePath}), and replacing it deletes the role and makes a new one; answer no, set role-path to its path (IAM cannot change a role's path) and generate again`,
        account: inputs.accountId,
        argv: ['terraform', 'apply']
      }
    )
    return commands
  }
}
