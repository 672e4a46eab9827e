// The `cloudformation` deploy format: one template that creates (or, once the
// stack owns it, updates) the role with its trust policy, its inline policies
// and MaxSessionDuration, and the requester's policy when the requester is in
// the role's account. A requester in another account gets a template of its
// own, deployed there. Built as objects and serialised: no input text is
// spliced into JSON.
import { sha256Hex } from '../../hash.js'
import { prettyJson } from '../../json.js'
import type { PolicyDocument } from '../../iam/policy.js'
import type { GeneratedDocuments } from '../documents.js'
import { MIN_MAX_SESSION, maxSessionDurationFor, requesterOf, type Requester } from '../deploy-target.js'
import type { GenerateInputs } from '../inputs.js'
import type { ApplyCommand, DeployFile, DeployFormat } from './types.js'
import { CLOUDFORMATION_FILES } from '../output-names.js'
import { roleArnCommand, shellCommand } from '../../shell-quote.js'


const ROLE_RESOURCE = 'RedshiftTempCredsRole'
const REQUESTER_RESOURCE = 'RedshiftTempCredsRequesterPolicy'

function requesterPolicyResource(requester: Requester, document: PolicyDocument): object {
  return {
    Type: 'AWS::IAM::Policy',
    Properties: {
      PolicyName: requester.policyName,
      PolicyDocument: document,
      ...(requester.kind === 'user' ? { Users: [requester.name] } : { Roles: [requester.name] })
    }
  }
}

export function cloudFormationTemplates(inputs: GenerateInputs, docs: GeneratedDocuments): DeployFile[] {
  const requester = requesterOf(inputs)
  const maxSession = maxSessionDurationFor(inputs)
  const role = {
    Type: 'AWS::IAM::Role',
    // Deleting the stack (or replacing the resource) leaves the role the connector uses in place; resource
    // import, which brings an existing role into the stack, also requires a DeletionPolicy.
    DeletionPolicy: 'Retain',
    UpdateReplacePolicy: 'Retain',
    Properties: {
      RoleName: inputs.roleName,
      Path: inputs.rolePath,
      Description: 'Informatica Amazon Redshift V2 connector: temporary security credentials',
      AssumeRolePolicyDocument: docs.trustPolicy,
      ...(maxSession !== undefined ? { MaxSessionDuration: maxSession } : {}),
      ...(docs.rolePolicies.length > 0 ? { Policies: docs.rolePolicies.map((p) => ({ PolicyName: p.module.policyName, PolicyDocument: p.document })) } : {})
    }
  }
  const resources: Record<string, object> = { [ROLE_RESOURCE]: role }
  if (requester && !requester.crossAccount) resources[REQUESTER_RESOURCE] = requesterPolicyResource(requester, docs.userPolicy)
  const files: DeployFile[] = [
    {
      name: CLOUDFORMATION_FILES.role,
      content: prettyJson({
        AWSTemplateFormatVersion: '2010-09-09',
        Description: 'IAM role for the Informatica Amazon Redshift V2 connector (made by redshift-temp-creds-action)',
        Resources: resources,
        Outputs: { RoleArn: { Description: 'The role the connector assumes', Value: { 'Fn::GetAtt': [ROLE_RESOURCE, 'Arn'] } } }
      })
    }
  ]
  if (requester?.crossAccount) {
    files.push({
      name: CLOUDFORMATION_FILES.requester,
      content: prettyJson({
        AWSTemplateFormatVersion: '2010-09-09',
        Description: 'Lets the Redshift connector identity assume the role in the other account (made by redshift-temp-creds-action)',
        Resources: { [REQUESTER_RESOURCE]: requesterPolicyResource(requester, docs.userPolicy) }
      })
    })
  }
  return files
}

/**
 * Without session-duration the template leaves MaxSessionDuration out. CloudFormation makes the stack's role what
 * the template says, so a value an earlier template of the stack set is taken off, and UpdateRole without it applies
 * IAM's default of one hour: the connector's AssumeRole for a longer Temporary Credential Duration is then refused.
 * The CLI commands and Terraform (ignore_changes) leave IAM's value as it is; a template cannot.
 */
const MAX_SESSION_LEFT_OUT =
  `The template does not set MaxSessionDuration (no session-duration): if an earlier deploy of this stack set it, this one takes it off and IAM puts the role's sessions back to ${MIN_MAX_SESSION} seconds (UpdateRole applies its default of one hour), ` +
  "so the connector's AssumeRole for a longer Temporary Credential Duration is refused; give session-duration as before to keep it"

const STACK_PREFIX = 'redshift-temp-creds-'
const REQUESTER_STACK_SUFFIX = '-requester'
/** CloudFormation's longest stack name. */
const STACK_NAME_MAX = 128
/** Hex digits of sha256(role name) that tell apart role names the stack name's alphabet cannot. */
const STACK_HASH_DIGITS = 8

/**
 * The stack for a role (`requesterOfRoleIn`: the stack of its requester policy, for the role in that account).
 * CloudFormation allows [A-Za-z][-A-Za-z0-9]* up to 128 characters, IAM role
 * names also + = , . @ _. Two roles must never share a stack: deploying the
 * second would change RoleName, which replaces the role and deletes the first.
 * So the name is kept as it is only when it is already a stack name and cannot
 * be mistaken for a hashed one or a requester stack; otherwise the
 * characters CloudFormation refuses become '-' and a hash of the exact role
 * name follows. Hashed names end in '-' and 8 hex digits, which a name kept as
 * it is never does, and a role stack never ends in '-requester'.
 */
export function stackNameFor(roleName: string, requesterOfRoleIn?: string): string {
  // A requester stack is deployed in the requester's account, where roles of one name in several accounts (dev and
  // prod) each have one: the role's account is part of its name (12 digits, then '-'), as it is of the policy's.
  const suffix = requesterOfRoleIn === undefined ? '' : REQUESTER_STACK_SUFFIX
  const account = requesterOfRoleIn === undefined ? '' : `${requesterOfRoleIn}-`
  const kept = /^[A-Za-z0-9-]+$/.test(roleName) && !/-[0-9a-f]{8}$/i.test(roleName) && !/-requester$/i.test(roleName)
  if (kept && STACK_PREFIX.length + account.length + roleName.length + suffix.length <= STACK_NAME_MAX) return `${STACK_PREFIX}${account}${roleName}${suffix}`
  const hash = `-${sha256Hex(roleName).slice(0, STACK_HASH_DIGITS)}`
  const room = STACK_NAME_MAX - STACK_PREFIX.length - account.length - hash.length - suffix.length
  return `${STACK_PREFIX}${account}${roleName.replace(/[^A-Za-z0-9-]/g, '-').slice(0, room)}${hash}${suffix}`
}

/**
 * A deploy job runs again with every generate run, mostly with nothing
 * changed: `--no-fail-on-empty-changeset` makes an empty change set exit 0,
 * where CLI versions that default to failing exit 255 ("No changes to deploy").
 */
function deploy(template: string, stack: string): string[] {
  return ['aws', 'cloudformation', 'deploy', '--template-file', template, '--stack-name', stack, '--capabilities', 'CAPABILITY_NAMED_IAM', '--no-fail-on-empty-changeset']
}

export const CLOUDFORMATION_FORMAT: DeployFormat = {
  name: 'cloudformation',
  title: 'CloudFormation',
  fileNames: Object.values(CLOUDFORMATION_FILES),
  files: cloudFormationTemplates,
  commands(inputs, docs): ApplyCommand[] {
    const requester = requesterOf(inputs)
    const commands: ApplyCommand[] = []
    if (requester?.crossAccount) {
      commands.push({
        purpose: `Deploy the policy that lets ${docs.principalArn} assume the role`,
        account: requester.account,
        argv: deploy(CLOUDFORMATION_FILES.requester, stackNameFor(inputs.roleName, inputs.accountId))
      })
    }
    commands.push({
      // With RoleName set, CloudFormation's CreateRole fails on a role made before (by hand, by the CLI commands),
      // and the failed stack must be deleted before the next deploy. Import takes a template of imported resources
      // only, and the requester's AWS::IAM::Policy cannot be imported: a template of the role resource alone.
      purpose:
        `Create or update ${docs.roleArn} with its trust policy and inline policies${requester && !requester.crossAccount ? ', and the requester policy' : ''} ` +
        `(a role that already exists outside this stack makes the deploy fail with "already exists": bring it into the stack first, once, with a change set of type IMPORT of a template that holds only the ${ROLE_RESOURCE} resource; ` +
        `its path must be role-path (${inputs.rolePath}), since IAM cannot change a role's path and the policies name the role by its ARN, path included: check with ${shellCommand(roleArnCommand(inputs.roleName))})` +
        (maxSessionDurationFor(inputs) === undefined ? `. ${MAX_SESSION_LEFT_OUT}` : ''),
      account: inputs.accountId,
      argv: deploy(CLOUDFORMATION_FILES.role, stackNameFor(inputs.roleName))
    })
    return commands
  }
}
