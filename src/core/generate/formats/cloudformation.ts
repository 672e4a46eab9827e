// The `cloudformation` deploy format: one template that creates (or, once the
// stack owns it, updates) the role with its trust policy, its inline policies
// and MaxSessionDuration, and the requester's policy when the requester is in
// the role's account. A requester in another account gets a template of its
// own, deployed there. Built as objects and serialised: no input text is
// spliced into JSON.
import { prettyJson } from '../../json.js'
import type { PolicyDocument } from '../../iam/policy.js'
import type { GeneratedDocuments } from '../documents.js'
import { maxSessionDurationFor, requesterOf, REQUESTER_POLICY_NAME, type Requester } from '../deploy-target.js'
import type { GenerateInputs } from '../inputs.js'
import type { ApplyCommand, DeployFile, DeployFormat } from './types.js'
import { CLOUDFORMATION_FILES } from '../output-names.js'


const ROLE_RESOURCE = 'RedshiftTempCredsRole'
const REQUESTER_RESOURCE = 'RedshiftTempCredsRequesterPolicy'

function requesterPolicyResource(requester: Requester, document: PolicyDocument): object {
  return {
    Type: 'AWS::IAM::Policy',
    Properties: {
      PolicyName: REQUESTER_POLICY_NAME,
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

/** A stack name from the role name: CloudFormation allows letters, digits and hyphens only. */
export function stackNameFor(roleName: string, suffix = ''): string {
  return `redshift-temp-creds-${roleName.replace(/[^A-Za-z0-9-]/g, '-')}${suffix}`.slice(0, 128)
}

function deploy(template: string, stack: string): string[] {
  return ['aws', 'cloudformation', 'deploy', '--template-file', template, '--stack-name', stack, '--capabilities', 'CAPABILITY_NAMED_IAM']
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
        argv: deploy(CLOUDFORMATION_FILES.requester, stackNameFor(inputs.roleName, '-requester'))
      })
    }
    commands.push({
      purpose: `Create or update ${docs.roleArn} with its trust policy and inline policies${requester && !requester.crossAccount ? ', and the requester policy' : ''}`,
      account: inputs.accountId,
      argv: deploy(CLOUDFORMATION_FILES.role, stackNameFor(inputs.roleName))
    })
    return commands
  }
}
