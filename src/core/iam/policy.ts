// The shape of an IAM policy document as the generator writes it.

export const POLICY_VERSION = '2012-10-17'

/**
 * IAM's quota on all of one role's inline policies together, in characters
 * without white space ("IAM and AWS STS quotas": role policy size); past it
 * PutRolePolicy, CloudFormation and Terraform are refused with LimitExceeded.
 */
export const ROLE_INLINE_POLICIES_MAX = 10240
/** The same quota for one IAM user's inline policies together ("IAM and AWS STS quotas": user policy size). */
export const USER_INLINE_POLICIES_MAX = 2048

export type OneOrMany<T> = T | T[]
export type ConditionBlock = Record<string, Record<string, OneOrMany<string>>>

export interface Statement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Principal?: '*' | Record<string, OneOrMany<string>>
  Action: OneOrMany<string>
  Resource?: OneOrMany<string>
  Condition?: ConditionBlock
}

export interface PolicyDocument {
  Version: typeof POLICY_VERSION
  Statement: Statement[]
}
