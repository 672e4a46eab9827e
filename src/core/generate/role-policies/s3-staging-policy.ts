// The role's S3 staging policy: COPY and UNLOAD stage data through one bucket.
// Listing is on the bucket, scoped by s3:prefix when a prefix is set; object
// read/write/delete and the multipart actions are on the prefix's objects.
import { s3BucketArn, s3ObjectsArn } from '../../iam/arn.js'
import { POLICY_VERSION, type PolicyDocument, type Statement } from '../../iam/policy.js'
import type { GenerateInputs } from '../inputs.js'
import type { RolePolicyModule } from './types.js'

/** Object actions the connector uses on staged files, multipart uploads included. */
export const S3_OBJECT_ACTIONS = ['s3:PutObject', 's3:GetObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'] as const
/** Listing the staged files: authorised on the bucket, and the one of the two that IAM can scope by s3:prefix. */
export const S3_LIST_ACTION = 's3:ListBucket'
/** Listing in-progress multipart uploads: on the bucket; IAM offers no s3:prefix key for it, so it cannot be scoped to the prefix. */
export const S3_UPLOADS_ACTION = 's3:ListBucketMultipartUploads'
export const S3_STAGING_ACTIONS = [S3_LIST_ACTION, S3_UPLOADS_ACTION, ...S3_OBJECT_ACTIONS] as const

export function s3StagingPolicyFor(inputs: GenerateInputs): PolicyDocument | undefined {
  const bucket = inputs.stagingBucket
  if (!bucket) return undefined
  const prefix = inputs.stagingPrefix ?? ''
  const bucketArn = s3BucketArn(inputs.partition, bucket)
  const statements: Statement[] = []
  if (prefix) {
    // The prefix itself ('data/') and everything below it ('data/*'), never a sibling such as 'data-old/'.
    statements.push({
      Sid: 'ListStagingPrefix',
      Effect: 'Allow',
      Action: S3_LIST_ACTION,
      Resource: bucketArn,
      Condition: { StringLike: { 's3:prefix': [prefix, `${prefix}*`] } }
    })
    statements.push({ Sid: 'ListStagingUploads', Effect: 'Allow', Action: S3_UPLOADS_ACTION, Resource: bucketArn })
  } else {
    statements.push({ Sid: 'ListStagingBucket', Effect: 'Allow', Action: [S3_LIST_ACTION, S3_UPLOADS_ACTION], Resource: bucketArn })
  }
  statements.push({ Sid: 'UseStagingObjects', Effect: 'Allow', Action: [...S3_OBJECT_ACTIONS], Resource: s3ObjectsArn(inputs.partition, bucket, prefix) })
  return { Version: POLICY_VERSION, Statement: statements }
}

export const S3_STAGING_POLICY: RolePolicyModule = {
  file: 's3-staging-policy.json',
  output: 's3-staging-policy',
  policyName: 'redshift-temp-creds-s3-staging',
  purpose: 'inline policy for the role (S3 staging)',
  key: 'S3Staging',
  build: s3StagingPolicyFor
}
