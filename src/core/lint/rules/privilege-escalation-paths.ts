// The known privilege-escalation paths, in one table: each is a set of steps,
// and a principal that is allowed one action of every step, on every resource
// of its type, can give itself more access than it was given. Sources: Rhino
// Security Labs' "AWS IAM privilege escalation" methods and BishopFox's
// iam-vulnerable (privesc1-21 and the named ones). Paths whose actions are all
// IAM's are reported as RTC606, the others as RTC624.

export interface EscalationPath {
  /** What the holder does, for messages: "pass a role to a new Lambda function". */
  readonly name: string
  /** Every step must be granted; one action of a step is enough. Names as the Service Authorization Reference spells them. */
  readonly steps: readonly (readonly string[])[]
  /**
   * For a path that passes a role: the service principals the role may be
   * passed to on the way, the values `iam:PassedToService` takes (ECS task
   * roles go to ecs-tasks.amazonaws.com; a pipeline's roles to Data Pipeline,
   * and its resource role to EC2 or EMR).
   */
  readonly passedTo?: readonly string[]
}

/** IAM actions that on their own let the holder change its own (or anyone's) permissions or credentials. */
const IAM_ONLY: readonly EscalationPath[] = [
  ['iam:AddUserToGroup', 'join a group with more permissions'],
  ['iam:AttachGroupPolicy', 'attach any managed policy to a group'],
  ['iam:AttachRolePolicy', 'attach any managed policy to a role'],
  ['iam:AttachUserPolicy', 'attach any managed policy to a user'],
  ['iam:CreateAccessKey', 'create access keys for another user'],
  ['iam:CreateLoginProfile', 'set a console password for another user'],
  ['iam:CreatePolicyVersion', 'rewrite a managed policy'],
  ['iam:CreateRole', 'create a role trusting itself'],
  ['iam:DeleteRolePermissionsBoundary', 'lift a role\'s permissions boundary'],
  ['iam:DeleteUserPermissionsBoundary', 'lift a user\'s permissions boundary'],
  ['iam:PassRole', 'hand any role to a service'],
  ['iam:PutGroupPolicy', 'write an inline policy on a group'],
  ['iam:PutRolePermissionsBoundary', 'replace a role\'s permissions boundary'],
  ['iam:PutRolePolicy', 'write an inline policy on a role'],
  ['iam:PutUserPermissionsBoundary', 'replace a user\'s permissions boundary'],
  ['iam:PutUserPolicy', 'write an inline policy on a user'],
  ['iam:SetDefaultPolicyVersion', 'switch a managed policy to another version'],
  ['iam:UpdateAccessKey', 'reactivate another user\'s access keys'],
  ['iam:UpdateAssumeRolePolicy', 'make any role trust itself'],
  ['iam:UpdateLoginProfile', 'change another user\'s console password']
].map(([action, name]) => ({ name, steps: [[action]] }))

const PASS_ROLE = ['iam:PassRole']

/** Paths through other services: run code, or reach a machine, that holds a role. */
const THROUGH_SERVICES: readonly EscalationPath[] = [
  { name: 'replace the code of any Lambda function (it runs with the function\'s role)', steps: [['lambda:UpdateFunctionCode']] },
  { name: 'pass a role to a new Lambda function', steps: [PASS_ROLE, ['lambda:CreateFunction']], passedTo: ['lambda.amazonaws.com'] },
  { name: 'pass a role to a new EC2 instance', steps: [PASS_ROLE, ['ec2:RunInstances']], passedTo: ['ec2.amazonaws.com'] },
  { name: 'pass a role to a new Glue development endpoint or job', steps: [PASS_ROLE, ['glue:CreateDevEndpoint', 'glue:CreateJob']], passedTo: ['glue.amazonaws.com'] },
  { name: 'log in to any Glue development endpoint (it holds its role)', steps: [['glue:UpdateDevEndpoint']] },
  { name: 'pass a role to a new CloudFormation stack', steps: [PASS_ROLE, ['cloudformation:CreateStack']], passedTo: ['cloudformation.amazonaws.com'] },
  { name: 'update any CloudFormation stack (it runs with the stack\'s service role)', steps: [['cloudformation:UpdateStack']] },
  { name: 'pass a role to a new SageMaker notebook, training or processing job', steps: [PASS_ROLE, ['sagemaker:CreateNotebookInstance', 'sagemaker:CreateTrainingJob', 'sagemaker:CreateProcessingJob']], passedTo: ['sagemaker.amazonaws.com'] },
  { name: 'open any SageMaker notebook (it holds its role)', steps: [['sagemaker:CreatePresignedNotebookInstanceUrl']] },
  { name: 'pass a role to a new ECS task', steps: [PASS_ROLE, ['ecs:RegisterTaskDefinition', 'ecs:RunTask']], passedTo: ['ecs-tasks.amazonaws.com', 'ecs.amazonaws.com'] },
  // ECS Exec: the caller needs ecs:ExecuteCommand alone; the ssmmessages
  // channel is the task role's permission, not the caller's.
  { name: 'open a shell in any running ECS task (it holds its task role)', steps: [['ecs:ExecuteCommand']] },
  { name: 'pass a role to a new CodeBuild project', steps: [PASS_ROLE, ['codebuild:CreateProject']], passedTo: ['codebuild.amazonaws.com'] },
  { name: 'pass a role to a new Data Pipeline', steps: [PASS_ROLE, ['datapipeline:CreatePipeline']], passedTo: ['datapipeline.amazonaws.com', 'elasticmapreduce.amazonaws.com', 'ec2.amazonaws.com'] },
  { name: 'run commands on any EC2 instance (it holds its instance profile)', steps: [['ssm:SendCommand']] },
  { name: 'open a shell on any EC2 instance', steps: [['ssm:StartSession']] },
  { name: 'log in to any EC2 instance with a pushed SSH key', steps: [['ec2-instance-connect:SendSSHPublicKey']] }
]

export const ESCALATION_PATHS: readonly EscalationPath[] = [...IAM_ONLY, ...THROUGH_SERVICES]

/**
 * The resource types a path goes through, for the table actions that also act
 * on others (the Service Authorization Reference's names). A grant counts only
 * on every resource of these: ssm:SendCommand on every bucket (its output
 * bucket) or every SSM document reaches no instance, ec2:RunInstances on every
 * subnet or image places the role on no instance. Every other table action
 * goes through all the resource types it acts on.
 */
export const PATH_RESOURCE_TYPES: Readonly<Record<string, readonly string[]>> = {
  'ssm:SendCommand': ['instance', 'managed-instance'],
  'ssm:StartSession': ['instance', 'managed-instance'],
  'ec2:RunInstances': ['instance'],
  'sagemaker:CreateTrainingJob': ['training-job'],
  // Authorised on the cluster and on the task; the shell opens in the task.
  'ecs:ExecuteCommand': ['task']
}

/**
 * Table actions whose path also needs them allowed on one of these ARNs (any
 * Allow of the action, uncancelled, naming one). ssm:SendCommand is
 * authorised on the document as well as on the instance (the document is its
 * one required resource type), and commands are whatever the document runs:
 * the holder runs any command only with a document that takes them (AWS's
 * shell, PowerShell, remote-script and run-another-document ones) or with
 * every document (`document/*`, which also names the account's own). On
 * named documents that do one thing (`AWSEC2-CreateVssSnapshot`, as AWS
 * Backup's policies grant it) it runs that thing, no more.
 */
export const PATH_ALSO_NEEDS: Readonly<Record<string, readonly string[]>> = {
  'ssm:SendCommand': ['AWS-RunShellScript', 'AWS-RunPowerShellScript', 'AWS-RunRemoteScript', 'AWS-RunDocument', 'AWS-RunAnsiblePlaybook', 'AWS-ApplyAnsiblePlaybooks'].map(
    (name) => `arn:\${Partition}:ssm:\${Region}:\${Account}:document/${name}`
  )
}

/** The path's actions are all IAM's (RTC606); otherwise it goes through another service (RTC624). */
export function isIamOnly(path: EscalationPath): boolean {
  return path.steps.every((step) => step.every((a) => a.startsWith('iam:')))
}

/**
 * The actions that take a permissions boundary off a user or role. Every
 * other IAM action an Allow grants under a condition that the principal acted
 * on carry a given boundary (`iam:PermissionsBoundary`) leaves that principal
 * within the boundary; these leave it with none.
 */
export const BOUNDARY_LIFTING_ACTIONS: readonly string[] = ['iam:DeleteRolePermissionsBoundary', 'iam:DeleteUserPermissionsBoundary']

/** The actions of the IAM-only paths (RTC617 leaves them to RTC606). */
export const IAM_ESCALATION_ACTIONS: readonly string[] = IAM_ONLY.map((p) => p.steps[0][0])
