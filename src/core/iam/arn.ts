// Builds the ARNs the documents name. Inputs reaching here were checked by
// ../inputs/rules.ts, so no part can carry a wildcard or a separator.

export function roleArn(partition: string, account: string, path: string, name: string): string {
  return `arn:${partition}:iam::${account}:role${path}${name}`
}

export function userArn(partition: string, account: string, name: string): string {
  return `arn:${partition}:iam::${account}:user/${name}`
}

export function accountRootArn(partition: string, account: string): string {
  return `arn:${partition}:iam::${account}:root`
}

export function kmsKeyWildcardArn(partition: string, region: string, account: string): string {
  return `arn:${partition}:kms:${region}:${account}:key/*`
}
