import type { PolicyDocument } from '../../iam/policy.js'
import type { GenerateInputs } from '../inputs.js'

/**
 * One inline policy of the role, as a module of its own: its file, its step
 * output, the name it is attached under, and how it is made from the inputs
 * (undefined when the inputs do not ask for it).
 */
export interface RolePolicyModule {
  /** The JSON file `generate` writes. */
  file: string
  /** The step output that carries it as compact JSON ('' when not made). */
  output: string
  /** The inline policy name on the role (put-role-policy, CloudFormation, Terraform). */
  policyName: string
  /** What it is, for the job summary. */
  purpose: string
  /** A Terraform and CloudFormation identifier for it (letters, digits, underscores). */
  key: string
  build(inputs: GenerateInputs): PolicyDocument | undefined
}

export interface RolePolicy {
  module: RolePolicyModule
  document: PolicyDocument
}
