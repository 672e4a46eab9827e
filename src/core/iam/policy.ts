// The shape of an IAM policy document as the generator writes it.

export const POLICY_VERSION = '2012-10-17'

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
