// Builds the ARNs the documents name. Inputs reaching here were checked by
// ../inputs/rules.ts, so no part can carry a wildcard or a separator. And
// reads the one ARN form that stands for a whole account (wholeAccountOf).

export function roleArn(partition: string, account: string, path: string, name: string): string {
  return `arn:${partition}:iam::${account}:role${path}${name}`
}

/** `path` is an IAM path ('/' or '/a/b/', checked by the input rules): a user's ARN carries it. */
export function userArn(partition: string, account: string, name: string, path = '/'): string {
  return `arn:${partition}:iam::${account}:user${path}${name}`
}

export function accountRootArn(partition: string, account: string): string {
  return `arn:${partition}:iam::${account}:root`
}

/** An account a Principal value names as a whole; no partition for a bare account ID. */
export interface WholeAccount {
  account: string
  partition?: string
}

const ROOT_ARN = /^arn:([^:]+):iam::(\d{12}):root$/
const ACCOUNT_ID = /^\d{12}$/

/** Is `text` an AWS account id as IAM writes one: twelve digits, nothing else? */
export function isAccountId(text: string): boolean {
  return ACCOUNT_ID.test(text)
}

/**
 * The account a Principal value names as a whole, its 12-digit ID or its
 * root ARN (accountRootArn), or undefined for any other value.
 */
export function wholeAccountOf(value: string): WholeAccount | undefined {
  if (isAccountId(value)) return { account: value }
  // Most values are users, roles and services: the suffix rules them out without the pattern.
  const m = value.endsWith(':root') ? ROOT_ARN.exec(value) : null
  return m ? { account: m[2], partition: m[1] } : undefined
}

/**
 * Words AWS writes in an ARN's account part in place of an account id, for
 * policies it owns: "aws" for its managed policies (arn:aws:iam::aws:policy/...),
 * "partner" for partner policies (the AWS managed policy
 * AccountManagementFromVercel compares iam:PermissionsBoundary with
 * arn:aws:iam::partner:policy/...). Any other account part that is not 12
 * digits names no account.
 */
export const OWNER_ACCOUNT_WORDS: ReadonlySet<string> = new Set(['aws', 'partner'])

export function kmsKeyWildcardArn(partition: string, region: string, account: string): string {
  return `arn:${partition}:kms:${region}:${account}:key/*`
}

export function s3BucketArn(partition: string, bucket: string): string {
  return `arn:${partition}:s3:::${bucket}`
}

/** Every object under a key prefix ('' for the whole bucket; a prefix ends with '/'). */
export function s3ObjectsArn(partition: string, bucket: string, prefix: string): string {
  return `arn:${partition}:s3:::${bucket}/${prefix}*`
}

/** Redshift's GetClusterCredentials resources: dbuser, dbname and dbgroup of one cluster. */
export function redshiftClusterArn(partition: string, region: string, account: string, type: 'dbuser' | 'dbname' | 'dbgroup' | 'cluster', cluster: string, name?: string): string {
  return type === 'cluster' ? `arn:${partition}:redshift:${region}:${account}:cluster:${cluster}` : `arn:${partition}:redshift:${region}:${account}:${type}:${cluster}/${name ?? ''}`
}

export function redshiftWorkgroupArn(partition: string, region: string, account: string, workgroupId: string): string {
  return `arn:${partition}:redshift-serverless:${region}:${account}:workgroup/${workgroupId}`
}

/**
 * The resource types of the principals an ARN of this service names (IAM User Guide, "AWS JSON policy elements:
 * Principal"): an IAM user's, an IAM role's and the account root's ARN is an iam one, a role session's and a federated
 * user's an sts one. Undefined for any other service. A Map, so that a service part read from a policy
 * ("constructor", "__proto__") finds nothing of Object.prototype.
 */
export function principalTypesOf(service: string): ReadonlySet<string> | undefined {
  return PRINCIPAL_TYPES.get(service)
}

const PRINCIPAL_TYPES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['iam', new Set(['user', 'role', 'root'])],
  ['sts', new Set(['assumed-role', 'federated-user'])]
])
