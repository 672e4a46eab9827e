// The role session's name is the connector's choice (sts:RoleSessionName), which no input gives. A resource policy
// among the files that names one session of the connector's role (the AWS NotPrincipal example lists the session's
// ARN beside the role's and the account's) is read in the connector's favour: that session is the connector's.
import { checkTogether } from '../../src/core/together/check-together.js'
import { generatedSetup as setup, lintedAt, policyDoc as doc, SETUP_ACCOUNT } from '../support/together-setup.js'

const ROLE = `arn:aws:iam::${SETUP_ACCOUNT}:role/RedshiftTempCreds`
const BUCKET = 'arn:aws:s3:::etl-staging'
const NOW = Date.parse('2026-12-02T03:00:00Z')
const codesWith = (...extra: ReturnType<typeof lintedAt>[]) => {
  const s = setup({})
  return checkTogether([...s.files, ...extra], s.inputs, NOW)
    .map((f) => f.code)
    .filter((c) => !c.startsWith('RTC8'))
}
const onlyThese = (sessionArn: string) =>
  lintedAt(
    'iam/bucket-policy.json',
    'resource',
    doc({ Sid: 'OnlyTheConnector', Effect: 'Deny', NotPrincipal: { AWS: [ROLE, sessionArn, `arn:aws:iam::${SETUP_ACCOUNT}:root`] }, Action: 's3:*', Resource: [BUCKET, `${BUCKET}/*`] })
  )

test("a bucket policy's Deny with NotPrincipal listing the role, one session of it and the account spares the connector, whatever the session's name", () => {
  expect(codesWith(onlyThese(`arn:aws:sts::${SETUP_ACCOUNT}:assumed-role/RedshiftTempCreds/informatica-etl`))).toEqual([])
})

test("a session of another role listed instead is not the connector's: RTC714", () => {
  expect(codesWith(onlyThese(`arn:aws:sts::${SETUP_ACCOUNT}:assumed-role/OtherRole/informatica-etl`))).toEqual(['RTC714'])
})

test("a session named in an Allow's Principal of the bucket policy is the connector's too (the role's own policy allows nothing of S3)", () => {
  const s = setup({}, { 's3-staging-policy.json': doc({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }) })
  const bucket = lintedAt(
    'iam/bucket-policy.json',
    'resource',
    doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:sts::${SETUP_ACCOUNT}:assumed-role/RedshiftTempCreds/etl-run` }, Action: ['s3:ListBucket', 's3:ListBucketMultipartUploads', 's3:PutObject', 's3:GetObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'], Resource: [BUCKET, `${BUCKET}/data/*`] })
  )
  const codes = checkTogether([...s.files, bucket], s.inputs, NOW).map((f) => f.code).filter((c) => !c.startsWith('RTC8'))
  expect(codes).not.toContain('RTC714')
})
