import { createRequire as __rtcCreateRequire } from 'node:module';
const require = __rtcCreateRequire(import.meta.url);

// src/core/iam/arn.ts
function roleArn(partition, account, path, name) {
  return `arn:${partition}:iam::${account}:role${path}${name}`;
}
function userArn(partition, account, name, path = "/") {
  return `arn:${partition}:iam::${account}:user${path}${name}`;
}
function accountRootArn(partition, account) {
  return `arn:${partition}:iam::${account}:root`;
}
var ROOT_ARN = /^arn:([^:]+):iam::(\d{12}):root$/;
function wholeAccountOf(value) {
  if (/^\d{12}$/.test(value)) return { account: value };
  const m = value.endsWith(":root") ? ROOT_ARN.exec(value) : null;
  return m ? { account: m[2], partition: m[1] } : void 0;
}
function kmsKeyWildcardArn(partition, region, account) {
  return `arn:${partition}:kms:${region}:${account}:key/*`;
}
function s3BucketArn(partition, bucket) {
  return `arn:${partition}:s3:::${bucket}`;
}
function s3ObjectsArn(partition, bucket, prefix) {
  return `arn:${partition}:s3:::${bucket}/${prefix}*`;
}
function redshiftClusterArn(partition, region, account, type, cluster, name) {
  return type === "cluster" ? `arn:${partition}:redshift:${region}:${account}:cluster:${cluster}` : `arn:${partition}:redshift:${region}:${account}:${type}:${cluster}/${name ?? ""}`;
}
function redshiftWorkgroupArn(partition, region, account, workgroupId) {
  return `arn:${partition}:redshift-serverless:${region}:${account}:workgroup/${workgroupId}`;
}

export {
  roleArn,
  userArn,
  accountRootArn,
  wholeAccountOf,
  kmsKeyWildcardArn,
  s3BucketArn,
  s3ObjectsArn,
  redshiftClusterArn,
  redshiftWorkgroupArn
};
